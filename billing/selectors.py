"""Reads of usage logs: who may see which rows, and per-group summaries.

Views parse input and call these; nothing here knows about HTTP. Scoping lives
in one function so the API, the CSV export and the pages cannot disagree about
privacy.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Sequence
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, F, QuerySet, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from billing.aggregates import PercentileCont
from billing.rollup_reads import ROLLUP_DIMENSIONS, plan_rollup_read
from providers.catalogue import display_name as provider_display_name
from subscriptions.models import ENUM_DISPLAY_FALLBACK, APIProvider, APIUsageLog
from subscriptions.rollups import SUCCESS

GROUP_BY_CHOICES = ("actual_provider", "provider", "model", "day", "billing_period")
# Groups that read as a sequence (a time line) are ordered by key, the rest by cost.
CHRONOLOGICAL = frozenset({"day", "billing_period"})
UNKNOWN_DISPLAY = "Unknown"


def usage_logs_visible_to(*, user, requested_user_id: int | str | None = None) -> QuerySet[APIUsageLog]:
    """The usage logs `user` may read, optionally narrowed to one user's.

    Non-staff users see their own rows only; asking for someone else's is a
    PermissionDenied (not an empty list, which would hide the mistake). Staff
    see every row, or one user's with `requested_user_id`. A malformed or
    unknown id is a ValidationError keyed by `user_id`.
    """
    if user is None or not user.is_authenticated:
        raise PermissionDenied("Authentication is required to read usage logs.")
    logs = APIUsageLog.objects.all()
    if requested_user_id in (None, ""):
        return logs if user.is_staff else logs.filter(user=user)
    try:
        requested = int(str(requested_user_id).strip())
    except ValueError:
        message = f"user_id must be a whole number, got {requested_user_id!r}."
        raise ValidationError({"user_id": [message]}) from None
    if requested < 1:
        raise ValidationError({"user_id": [f"user_id must be a positive number, got {requested}."]})
    if requested == user.pk:
        return logs.filter(user=user)
    if not user.is_staff:
        raise PermissionDenied("Only staff may read another user's usage logs (user_id).")
    if not get_user_model().objects.filter(pk=requested).exists():
        raise ValidationError({"user_id": [f"There is no user with id {requested}."]})
    return logs.filter(user_id=requested)


def _dimension(name: str, tz: zoneinfo.ZoneInfo):
    if name == "actual_provider":
        return F("actual_provider_name")
    if name == "provider":
        return F("provider")
    if name == "model":
        return F("model_used")
    if name == "day":
        return TruncDate("timestamp", tzinfo=tz)
    if name == "billing_period":
        return F("billing_period")
    raise ValueError(f"group_by must be one of {', '.join(GROUP_BY_CHOICES)}; got {name!r}.")


def display_for(dimension: str, value) -> str:
    """A group key as a person reads it ("WaveSpeed", "Video", "2026-03-01")."""
    if dimension == "actual_provider":
        return (provider_display_name(value) if value else None) or (value or UNKNOWN_DISPLAY)
    if dimension == "provider":
        if value in APIProvider.values:
            return APIProvider(value).label
        return value or UNKNOWN_DISPLAY
    if dimension == "day":
        return value.isoformat() if value is not None else UNKNOWN_DISPLAY
    return value or "(none)"


def enum_display_fallback(value: str) -> str:
    """The enum's label as billing pages show it when no actual provider is known."""
    return ENUM_DISPLAY_FALLBACK.get(value) or display_for("provider", value)


def _normalise_group_by(group_by: str | Sequence[str]) -> tuple[str, ...]:
    dimensions = (group_by,) if isinstance(group_by, str) else tuple(group_by)
    if not 1 <= len(dimensions) <= 2 or len(set(dimensions)) != len(dimensions):
        raise ValueError("group_by takes one key or a pair of two different keys.")
    for name in dimensions:
        if name not in GROUP_BY_CHOICES:
            raise ValueError(f"group_by must be one of {', '.join(GROUP_BY_CHOICES)}; got {name!r}.")
    return dimensions


def _percentile(fraction: float) -> PercentileCont:
    return PercentileCont("response_time", fraction)


def usage_summary(
    *,
    queryset: QuerySet[APIUsageLog],
    group_by: str | Sequence[str],
    tz: zoneinfo.ZoneInfo | None = None,
    percentiles: bool = True,
    use_rollups: bool = True,
) -> list[dict]:
    """Calls, tokens, cost, response times and success rate per group.

    `group_by` is one of GROUP_BY_CHOICES or a pair of them, e.g.
    ("actual_provider", "provider"); with a pair, `key` is a tuple and each
    dimension also appears under its own name with a `<name>_display`. Groups
    are ordered by cost, highest first (ties by key), except `day` and
    `billing_period`, which are ordered by key. `day` buckets in `tz` (default:
    the server's time zone). Logs without an actual provider form one group
    whose key is None.

    Without percentiles (they come back None), the whole UTC days of the range
    are read from the daily rollups when the queryset's filters allow it (see
    billing/rollup_reads.py), and only part days from the logs: the same
    figures from thousands of rows instead of millions. Percentiles need every
    response time, so they are computed from the logs by the database (see
    billing/aggregates.py for SQLite); `use_rollups=False` forces the logs.
    """
    dimensions = _normalise_group_by(group_by)
    tz = tz or timezone.get_current_timezone()
    plan = plan_rollup_read(queryset, dimensions, tz) if use_rollups and not percentiles else None
    groups: dict = {}
    if plan is None:
        _merge(groups, _log_groups(queryset, dimensions, tz, percentiles))
    else:
        _merge(groups, _rollup_groups(plan.rollups, dimensions))
        if plan.edges is not None:
            _merge(groups, _log_groups(plan.edges, dimensions, tz, percentiles=False))
    return [_summary_row(dimensions, keys, sums) for keys, sums in _in_summary_order(groups, dimensions)]


def _log_groups(queryset: QuerySet, dimensions: tuple[str, ...], tz, percentiles: bool):
    """(key, sums) per group read from the logs, in one GROUP BY query."""
    aliases = [f"group_{i}" for i in range(len(dimensions))]
    rows = (
        queryset.order_by()
        .values(**{alias: _dimension(name, tz) for alias, name in zip(aliases, dimensions, strict=True)})
        .annotate(
            calls=Count("pk"),
            successes=Count("pk", filter=SUCCESS),
            tokens=Sum("tokens_total"),
            cost=Sum("cost_total"),
            rt_sum=Sum("response_time"),
            **({"p50": _percentile(0.5), "p95": _percentile(0.95)} if percentiles else {}),
        )
    )
    return ((_group_key(dimensions, [row[alias] for alias in aliases]), row) for row in rows)


def _rollup_groups(rollups: QuerySet, dimensions: tuple[str, ...]):
    """(key, sums) per group read from the daily rollups."""
    fields = [ROLLUP_DIMENSIONS[name] for name in dimensions]
    rows = (
        rollups.order_by()
        .values(*fields)
        .annotate(
            calls=Sum("calls"),
            successes=Sum("successes"),
            tokens=Sum("tokens_total"),
            cost=Sum("cost_total"),
            rt_sum=Sum("response_time_sum"),
        )
    )
    return ((_group_key(dimensions, [row[field] for field in fields]), row) for row in rows)


def _group_key(dimensions: tuple[str, ...], values: list) -> tuple:
    # No actual provider is one group however it is stored (NULL in logs, "" in rollups).
    return tuple(
        (value or None) if name == "actual_provider" else value
        for name, value in zip(dimensions, values, strict=True)
    )


def _merge(groups: dict, rows) -> None:
    """Add (key, sums) rows into `groups`: logs and rollups may both hold part of a group."""
    for key, row in rows:
        sums = groups.setdefault(
            key, {"calls": 0, "successes": 0, "tokens": 0, "cost": Decimal("0"), "rt_sum": 0.0}
        )
        sums["calls"] += row["calls"] or 0
        sums["successes"] += row["successes"] or 0
        sums["tokens"] += row["tokens"] or 0
        sums["cost"] += row["cost"] if row["cost"] is not None else Decimal("0")
        sums["rt_sum"] += row["rt_sum"] or 0.0
        if "p50" in row:  # only a read of every log of the group computes percentiles
            sums["p50"], sums["p95"] = row["p50"], row["p95"]


def _in_summary_order(groups: dict, dimensions: tuple[str, ...]) -> list[tuple[tuple, dict]]:
    """Time lines by key; everything else by cost, highest first, ties by key (None last)."""

    def by_key(item):
        return tuple((value is None, value if value is not None else 0) for value in item[0])

    items = sorted(groups.items(), key=by_key)
    if set(dimensions) <= CHRONOLOGICAL:
        return items
    return sorted(items, key=lambda item: -item[1]["cost"])


def _summary_row(dimensions: tuple[str, ...], keys: tuple, sums: dict) -> dict:
    displays = tuple(display_for(name, value) for name, value in zip(dimensions, keys, strict=True))
    calls = sums["calls"]
    item = {
        "key": keys[0] if len(keys) == 1 else keys,
        "display_name": " / ".join(displays),
        "calls": calls,
        "tokens": sums["tokens"],
        "cost": sums["cost"],
        "avg_response_time": sums["rt_sum"] / calls if calls else None,
        "p50_response_time": sums.get("p50"),
        "p95_response_time": sums.get("p95"),
        "success_rate": sums["successes"] / calls if calls else 0.0,
    }
    if len(dimensions) > 1:
        for name, value, display in zip(dimensions, keys, displays, strict=True):
            item[name] = value
            item[f"{name}_display"] = display
    return item


def summary_totals(rows: list[dict]) -> dict:
    """One footer line from usage_summary rows (a handful), without reading the table again."""
    calls = sum(row["calls"] for row in rows)
    successes = sum(row["success_rate"] * row["calls"] for row in rows)
    return {
        "calls": calls,
        "tokens": sum(row["tokens"] for row in rows),
        "cost": sum((row["cost"] for row in rows), Decimal("0")),
        "success_rate": successes / calls if calls else None,
    }
