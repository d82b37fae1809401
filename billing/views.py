"""Server-rendered billing pages: the signed-in user's usage logs and provider analytics.

Views parse input and call the selectors; the same `UsageLogFilterSet` as the
API filters the rows, so a query string means the same thing on a page, in the
API and in the CSV export. Bad input is a 400 page naming the parameter.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections import defaultdict
from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from billing.filters import UsageLogFilterSet
from billing.insights import provider_insights
from billing.keyset import beyond
from billing.selectors import summary_totals, usage_logs_visible_to, usage_summary
from subscriptions.models import APIUsageLog

PAGE_SIZE = 50
# The API's list; `format=csv` streams every matching row with the same filters.
CSV_EXPORT_PATH = "/api/subscription/usage-logs/"
TZ_COOKIE = "tz"
ANALYTICS_DEFAULT_DAYS = 30
# Longer ranges are charted by billing period: a bar per day would be unreadable.
DAILY_CHART_MAX_DAYS = 92
CURSOR = re.compile(r"^(-?\d{1,19})_(\d{1,19})$")
# Parameters that move through the pages rather than select rows.
PAGING_PARAMS = ("older", "newer")


class BadParameter(Exception):
    """A query parameter the page cannot use; rendered as a 400 naming it."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(message)
        self.errors = {parameter: [message]}


def resolve_timezone(request: HttpRequest) -> zoneinfo.ZoneInfo:
    """The zone to show times in: `?tz=` (IANA name), else the browser's cookie, else the server's.

    A bad `?tz=` is the user's typo and gets a 400; a bad cookie is ignored
    because the user never typed it.
    """
    name = request.GET.get("tz")
    if name is not None:
        zone = _zone(name)
        if zone is None:
            raise BadParameter("tz", f"tz must be an IANA time zone such as Europe/Paris, got {name!r}.")
        return zone
    return _zone(request.COOKIES.get(TZ_COOKIE, "")) or timezone.get_default_timezone()


def _zone(name: str) -> zoneinfo.ZoneInfo | None:
    if not name or len(name) > 64:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


@dataclass(frozen=True)
class Cursor:
    """A position in the (timestamp, id) order: the row a page starts after."""

    timestamp: dt.datetime
    id: int

    def encode(self) -> str:
        micros = (self.timestamp - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)) // dt.timedelta(microseconds=1)
        return f"{micros}_{self.id}"

    @classmethod
    def of(cls, log: APIUsageLog) -> Cursor:
        return cls(log.timestamp, log.pk)

    @classmethod
    def parse(cls, parameter: str, raw: str) -> Cursor:
        match = CURSOR.match(raw)
        if match is None:
            raise BadParameter(parameter, f"{parameter} is not a page position this site made: {raw!r}.")
        try:
            moment = dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(microseconds=int(match[1]))
        except OverflowError:
            raise BadParameter(parameter, f"{parameter} is out of range: {raw!r}.") from None
        return cls(moment, int(match[2]))


@dataclass
class KeysetPage:
    rows: list[APIUsageLog]
    newer: Cursor | None
    older: Cursor | None


def keyset_page(queryset: QuerySet, *, older: Cursor | None, newer: Cursor | None, size: int) -> KeysetPage:
    """One page of rows, newest first, after or before a cursor: never OFFSET, never COUNT.

    Fetches one row more than the page to know whether another page exists, on
    the (user, -timestamp, -id) index. Going newer reads ascending and flips.
    """
    if newer is not None:
        after = beyond("timestamp", newer.timestamp, newer.id, below=False)
        rows = list(queryset.filter(after).order_by("timestamp", "id")[: size + 1])
        if len(rows) > size:
            rows = rows[:size][::-1]
            return KeysetPage(rows, newer=Cursor.of(rows[0]), older=Cursor.of(rows[-1]))
        if len(rows) < size:
            # Reached the newest rows: show a full first page instead of a short one.
            return keyset_page(queryset, older=None, newer=None, size=size)
        rows.reverse()
        return KeysetPage(rows, newer=None, older=Cursor.of(rows[-1]))
    if older is not None:
        queryset = queryset.filter(beyond("timestamp", older.timestamp, older.id, below=True))
    rows = list(queryset.order_by("-timestamp", "-id")[: size + 1])
    has_older = len(rows) > size
    rows = rows[:size]
    return KeysetPage(
        rows,
        newer=Cursor.of(rows[0]) if older is not None and rows else None,
        older=Cursor.of(rows[-1]) if has_older else None,
    )


def _query(params: QueryDict, **changes: str | None) -> str:
    """The query string with some parameters replaced or removed (None)."""
    params = params.copy()
    for name, value in changes.items():
        params.pop(name, None)
        if value is not None:
            params[name] = value
    return params.urlencode()


def _filter_params(request: HttpRequest) -> QueryDict:
    params = request.GET.copy()
    for name in PAGING_PARAMS:
        params.pop(name, None)
    return params


def _with_hints(filterset: UsageLogFilterSet) -> UsageLogFilterSet:
    """Placeholders that show the accepted formats in the HTML form."""
    hints = {"after": "2026-03-01 or 2026-03-01T09:00", "before": "2026-04-01", "billing_period": "2026-03"}
    for name, hint in hints.items():
        if name in filterset.form.fields:
            filterset.form.fields[name].widget.attrs.setdefault("placeholder", hint)
    return filterset


def _bad_request(request: HttpRequest, template: str, context: dict, errors: dict) -> HttpResponse:
    context = {**context, "errors": errors}
    return render(request, template, context, status=400)


@require_GET
@login_required
def usage_list(request: HttpRequest) -> HttpResponse:
    """The signed-in user's usage logs: filters, totals by actual provider, keyset pages."""
    template = "billing/usage_list.html"
    context: dict = {"tz": timezone.get_default_timezone()}
    try:
        tz = context["tz"] = resolve_timezone(request)
        older = Cursor.parse("older", request.GET["older"]) if "older" in request.GET else None
        newer = Cursor.parse("newer", request.GET["newer"]) if "newer" in request.GET else None
    except BadParameter as exc:
        return _bad_request(request, template, context, exc.errors)
    # Own rows only, staff included: this page is "my usage"; analytics is the cross-user view.
    logs = usage_logs_visible_to(user=request.user, requested_user_id=request.user.pk)
    filterset = context["filterset"] = _with_hints(UsageLogFilterSet(request.GET, queryset=logs))
    with timezone.override(tz):  # a date-time typed without an offset means the user's zone
        valid = filterset.is_valid()
    if not valid:
        return _bad_request(request, template, context, filterset.clean_errors())

    page = keyset_page(filterset.qs, older=older, newer=newer, size=PAGE_SIZE)
    totals = usage_summary(queryset=filterset.qs, group_by="actual_provider", percentiles=False)
    filters = _filter_params(request)
    # The API shows staff every user's rows by default; the export must match this page.
    csv_query = _query(filters, format="csv", user_id=str(request.user.pk), tz=None)
    context.update(
        page=page,
        totals=totals,
        grand_total=summary_totals(totals),
        newer_query=_query(filters, newer=page.newer.encode()) if page.newer else None,
        older_query=_query(filters, older=page.older.encode()) if page.older else None,
        # Past the end of the rows (a stale cursor): a way back to the first page.
        first_query=filters.urlencode() if (older or newer) and not page.rows else None,
        csv_url=f"{CSV_EXPORT_PATH}?{csv_query}",
        filtered=bool(filters),
    )
    return render(request, template, context)


@require_GET
@login_required
def provider_analytics(request: HttpRequest) -> HttpResponse:
    """Cost and calls by actual provider over a range, shares, and per-provider performance.

    Staff see every user (or one, with `user_id`); others see themselves. With no
    `after`/`before`, the range is the last ANALYTICS_DEFAULT_DAYS days.
    """
    template = "billing/provider_analytics.html"
    context: dict = {"tz": timezone.get_default_timezone()}
    try:
        tz = context["tz"] = resolve_timezone(request)
        logs = usage_logs_visible_to(user=request.user, requested_user_id=request.GET.get("user_id"))
    except BadParameter as exc:
        return _bad_request(request, template, context, exc.errors)
    except ValidationError as exc:
        return _bad_request(request, template, context, exc.message_dict)
    data = request.GET.copy()
    if not data.get("after") and not data.get("before"):
        start = timezone.now().astimezone(tz) - dt.timedelta(days=ANALYTICS_DEFAULT_DAYS)
        data["after"] = start.replace(hour=0, minute=0, second=0, microsecond=0).isoformat()
    filterset = context["filterset"] = _with_hints(UsageLogFilterSet(data, queryset=logs))
    with timezone.override(tz):
        valid = filterset.is_valid()
    if not valid:
        return _bad_request(request, template, context, filterset.clean_errors())

    rows = filterset.qs
    by_provider = usage_summary(queryset=rows, group_by="actual_provider")
    bucket = _time_bucket(filterset.form.cleaned_data)
    over_time = usage_summary(
        queryset=rows, group_by=(bucket, "actual_provider"), tz=tz, percentiles=False
    )
    # Per category comparison, recommendations and week-over-week trends (billing/insights.py).
    insights = provider_insights(queryset=rows)
    context.update(
        performance=[_with_unit_costs(row) for row in by_provider],
        grand_total=summary_totals(by_provider),
        chart=_chart_series(over_time, bucket, by_provider),
        bucket=bucket,
        insights=insights,
        everyone=request.user.is_staff and not request.GET.get("user_id"),
        filtered=any(name not in ("tz", "user_id") for name in request.GET),
    )
    return render(request, template, context)


def _time_bucket(cleaned: dict) -> str:
    start = cleaned.get("after")
    end = cleaned.get("before") or timezone.now()
    if start is None or end - start > dt.timedelta(days=DAILY_CHART_MAX_DAYS):
        return "billing_period"
    return "day"



def _with_unit_costs(row: dict) -> dict:
    """Cost per call and per 1,000 tokens; None where the divisor is zero (per-call billing)."""
    cost = row["cost"]
    return {
        **row,
        "cost_per_call": cost / row["calls"] if row["calls"] else None,
        "cost_per_1k_tokens": cost * 1000 / row["tokens"] if row["tokens"] else None,
    }


def _chart_series(over_time: list[dict], bucket: str, by_provider: list[dict]) -> dict:
    """Buckets in time order and, per actual provider (largest cost first), cost and calls per bucket."""
    keys = sorted({row[bucket] for row in over_time if row[bucket] is not None})
    labels = [key.isoformat() if hasattr(key, "isoformat") else str(key) for key in keys]
    cost: dict = defaultdict(lambda: [0.0] * len(keys))
    calls: dict = defaultdict(lambda: [0] * len(keys))
    position = {key: index for index, key in enumerate(keys)}
    for row in over_time:
        if row[bucket] is None:
            continue
        slug = row["actual_provider"]
        cost[slug][position[row[bucket]]] = float(row["cost"])
        calls[slug][position[row[bucket]]] = row["calls"]
    series = [
        {"slug": slug, "name": row["display_name"], "cost": cost[slug], "calls": calls[slug]}
        for row in by_provider
        for slug in [row["key"]]
    ]
    rows = [
        {"label": label, "cells": [{"cost": s["cost"][i], "calls": s["calls"][i]} for s in series]}
        for i, label in enumerate(labels)
    ]
    return {"labels": labels, "series": series, "rows": rows}
