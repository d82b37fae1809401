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
from django.db.models import Avg, Count, F, FloatField, Q, QuerySet, Sum, Value
from django.db.models.functions import TruncDate
from django.utils import timezone

from billing.aggregates import PercentileCont
from providers.catalogue import display_name as provider_display_name
from subscriptions.models import ENUM_DISPLAY_FALLBACK, APIProvider, APIUsageLog

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


def _dimension(name: str, tz: zoneinfo.ZoneInfo | None):
    if name == "actual_provider":
        return F("actual_provider_name")
    if name == "provider":
        return F("provider")
    if name == "model":
        return F("model_used")
    if name == "day":
        return TruncDate("timestamp", tzinfo=tz or timezone.get_current_timezone())
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


NOT_COMPUTED = Value(None, output_field=FloatField())


def _percentile(fraction: float) -> PercentileCont:
    return PercentileCont("response_time", fraction)


def usage_summary(
    *,
    queryset: QuerySet[APIUsageLog],
    group_by: str | Sequence[str],
    tz: zoneinfo.ZoneInfo | None = None,
    percentiles: bool = True,
) -> list[dict]:
    """Calls, tokens, cost, response times and success rate per group, in ONE query.

    `group_by` is one of GROUP_BY_CHOICES or a pair of them, e.g.
    ("actual_provider", "provider"); with a pair, `key` is a tuple and each
    dimension also appears under its own name with a `<name>_display`. Groups
    are ordered by cost, highest first (ties by key), except `day` and
    `billing_period`, which are ordered by key. `day` buckets in `tz` (default:
    the server's time zone). Percentiles are computed by the database; see
    billing/aggregates.py for how SQLite does it. They sort every group, so a
    caller that shows none passes `percentiles=False` (they come back None).
    """
    dimensions = _normalise_group_by(group_by)
    aliases = [f"group_{i}" for i in range(len(dimensions))]
    rows = (
        queryset.order_by()
        .values(**{alias: _dimension(name, tz) for alias, name in zip(aliases, dimensions, strict=True)})
        .annotate(
            calls=Count("pk"),
            tokens=Sum("tokens_total"),
            cost=Sum("cost_total"),
            avg_response_time=Avg("response_time"),
            p50_response_time=_percentile(0.5) if percentiles else NOT_COMPUTED,
            p95_response_time=_percentile(0.95) if percentiles else NOT_COMPUTED,
            successes=Count("pk", filter=Q(status_code__gte=200, status_code__lt=300)),
        )
    )
    if set(dimensions) <= CHRONOLOGICAL:
        rows = rows.order_by(*aliases)
    else:
        rows = rows.order_by(F("cost").desc(nulls_last=True), *[F(a).asc(nulls_last=True) for a in aliases])

    summary = []
    for row in rows:
        keys = tuple(row[alias] for alias in aliases)
        displays = tuple(display_for(name, value) for name, value in zip(dimensions, keys, strict=True))
        item = {
            "key": keys[0] if len(keys) == 1 else keys,
            "display_name": " / ".join(displays),
            "calls": row["calls"],
            "tokens": row["tokens"] or 0,
            "cost": row["cost"] if row["cost"] is not None else Decimal("0"),
            "avg_response_time": row["avg_response_time"],
            "p50_response_time": row["p50_response_time"],
            "p95_response_time": row["p95_response_time"],
            "success_rate": row["successes"] / row["calls"] if row["calls"] else 0.0,
        }
        if len(dimensions) > 1:
            for name, value, display in zip(dimensions, keys, displays, strict=True):
                item[name] = value
                item[f"{name}_display"] = display
        summary.append(item)
    return summary


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
