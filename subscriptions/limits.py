"""Plan limits: may this user make one more call in this enum category this period?

Limits count by enum (`APIUsageLog.provider`), never by actual provider. Current
usage is one aggregate over the (user, billing_period, provider) index
`usage_user_period_enum_idx`, so a check costs the same however big the table is.

What counts: every logged call, failed or not (a failed call still reached the
vendor). A call is refused when it would take usage past a limit; an empty limit
field is unlimited; a user without a subscription, or without a limit row for
the enum, is unlimited in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Count, Sum
from django.utils import timezone

from providers.catalogue import display_name as provider_display_name
from subscriptions.models import ENUM_DISPLAY_FALLBACK, APIProvider, APIUsageLog, UserSubscription
from subscriptions.tracking import billing_period_for

METRICS = ("calls", "tokens", "cost")
PERIOD_PATTERN = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


def is_billing_period(value: str) -> bool:
    """Whether `value` is a billing period as usage logs write it: YYYY-MM, from 2000-01."""
    return bool(PERIOD_PATTERN.fullmatch(value)) and value >= "2000-01"


class UsageLimitExceeded(ValidationError):
    """A call refused by the user's plan: names the enum, the limit and the usage.

    A ValidationError on `provider`, so every caller that already turns
    validation errors into a 400 (the ingestion API, forms) handles it too.
    """

    def __init__(self, *, provider: str, metric: str, limit, used, period: str):
        self.provider = provider
        self.metric = metric
        self.limit = limit
        self.used = used
        self.period = period
        label = APIProvider(provider).label if provider in APIProvider.values else provider
        message = (
            f"Plan limit reached for {label} ({provider}): {_fmt(metric, used)} of "
            f"{_fmt(metric, limit)} {metric} used in {period}."
        )
        super().__init__({"provider": [ValidationError(message, code="usage_limit_exceeded")]})
        self.text = message

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Usage:
    """One enum's usage in one period."""

    calls: int = 0
    tokens: int = 0
    cost: Decimal = Decimal(0)


@dataclass(frozen=True)
class Limit:
    """One enum's ceilings; None is unlimited."""

    calls: int | None = None
    tokens: int | None = None
    cost: Decimal | None = None


@dataclass
class UsageCheck:
    """The answer of `check_usage_allowed`: truthy when the call may go ahead."""

    allowed: bool
    provider: str
    period: str
    usage: Usage | None = None
    limit: Limit | None = None
    refusal: UsageLimitExceeded | None = field(default=None, repr=False)

    def __bool__(self) -> bool:
        return self.allowed


def check_usage_allowed(
    *, user, provider: str, estimated_cost: Decimal | int | str | None = None
) -> UsageCheck:
    """Answer, before a call is made, whether the user's plan allows it now.

    Two queries at most: the plan's limit for the enum, then (only if there is
    one) the period's usage. Without an estimate, a call is allowed while some
    of every limited quantity is left; with one, the cost must also fit.
    """
    period = billing_period_for(timezone.now())
    limit = limit_for(user=user, provider=provider)
    if limit is None:
        return UsageCheck(allowed=True, provider=provider, period=period)
    usage = period_usage(user=user, provider=provider, period=period)
    cost = _estimate(estimated_cost)
    refusal = _refusal(provider, period, usage, limit, tokens=None, cost=cost)
    return UsageCheck(refusal is None, provider, period, usage, limit, refusal)


def _estimate(value) -> Decimal | None:
    """A caller's cost estimate as a Decimal; a mistake there is a bug, so it raises."""
    if value is None:
        return None
    try:
        cost = Decimal(str(value))
    except ArithmeticError:
        raise ValueError(f"estimated_cost must be a number of USD, got {value!r}") from None
    if not cost.is_finite() or cost < 0:
        raise ValueError(f"estimated_cost must be a finite amount of 0 or more, got {value!r}")
    return cost


def enforce_usage_limit(log: APIUsageLog) -> None:
    """Raise UsageLimitExceeded if writing `log` would take its user past a limit.

    Must run inside the transaction that inserts the log: on PostgreSQL it locks
    the user's subscription row (SELECT ... FOR UPDATE), so a racing call of the
    same user waits here until this one commits, then counts it. SQLite has no
    row locks (the demo engine, one writer at a time); the race is tested on
    PostgreSQL, the production engine.
    """
    limit = limit_for(user=log.user, provider=log.provider, lock=True)
    if limit is None:
        return
    usage = period_usage(user=log.user, provider=log.provider, period=log.billing_period)
    refusal = _refusal(
        log.provider, log.billing_period, usage, limit,
        tokens=int(log.tokens_total or 0), cost=Decimal(str(log.cost_total or 0)),
    )
    if refusal is not None:
        raise refusal


def limit_for(*, user, provider: str, lock: bool = False) -> Limit | None:
    """The user's plan limit for one enum, or None when they have none (unlimited).

    One query. With `lock`, the user's subscription row is locked for the rest of
    the transaction; a user with no limit in this enum needs no serialization.
    """
    rows = UserSubscription.objects.filter(user=user, plan__limits__provider=provider)
    if lock and connection.features.has_select_for_update:
        rows = rows.select_for_update(of=("self",))
    row = rows.values_list(
        "plan__limits__max_calls", "plan__limits__max_tokens", "plan__limits__max_cost"
    ).first()
    if row is None or row == (None, None, None):
        return None
    return Limit(*row)


def period_usage(*, user, provider: str, period: str) -> Usage:
    """Calls, tokens and cost of one user in one enum and billing period: one aggregate."""
    totals = APIUsageLog.objects.filter(user=user, billing_period=period, provider=provider).aggregate(
        calls=Count("pk"), tokens=Sum("tokens_total"), cost=Sum("cost_total")
    )
    return Usage(totals["calls"], totals["tokens"] or 0, totals["cost"] or Decimal(0))


def _refusal(
    provider: str, period: str, usage: Usage, limit: Limit, *, tokens: int | None, cost: Decimal | None
) -> UsageLimitExceeded | None:
    """The first limit the call would break. An unknown amount (None) needs some left."""
    wanted = {"calls": 1, "tokens": tokens, "cost": cost}
    for metric in METRICS:
        ceiling, used, amount = getattr(limit, metric), getattr(usage, metric), wanted[metric]
        if ceiling is None:
            continue
        over = used >= ceiling if amount is None else used + amount > ceiling
        if over:
            return UsageLimitExceeded(
                provider=provider, metric=metric, limit=ceiling, used=used, period=period
            )
    return None


def _fmt(metric: str, value) -> str:
    return f"${Decimal(value):.2f}" if metric == "cost" else f"{value:,}"


def usage_share(used, ceiling) -> float | None:
    """How much of a limit is used (1.0 = all of it), or None when unlimited."""
    if ceiling is None:
        return None
    if not ceiling:
        return float("inf") if used else 1.0
    return float(Decimal(used) / Decimal(ceiling))


def subscription_usage(*, user, period: str) -> dict:
    """One user's plan and, per enum, usage, limit, remaining and split by actual provider.

    Two queries: the subscription joined to its plan's limits (one row per limit),
    and the period's usage grouped by (enum, actual provider) on
    usage_user_period_enum_idx. Enums listed: those with a limit or with usage.
    """
    plan = None
    limits: dict[str, Limit] = {}
    rows = UserSubscription.objects.filter(user=user).values_list(
        "status", "plan__name", "plan__tier",
        "plan__limits__provider", "plan__limits__max_calls", "plan__limits__max_tokens",
        "plan__limits__max_cost",
    )
    for status, name, tier, enum, max_calls, max_tokens, max_cost in rows:
        plan = {"name": name, "tier": tier, "status": status}
        if enum is not None:
            limits[enum] = Limit(max_calls, max_tokens, max_cost)

    split = (
        APIUsageLog.objects.filter(user=user, billing_period=period)
        .order_by()
        .values_list("provider", "actual_provider_name")
        .annotate(calls=Count("pk"), tokens=Sum("tokens_total"), cost=Sum("cost_total"))
    )
    by_enum: dict[str, list[dict]] = {}
    for enum, slug, calls, tokens, cost in split:
        by_enum.setdefault(enum, []).append(
            {
                "actual_provider": slug,
                "display_name": provider_display_name(slug) or ENUM_DISPLAY_FALLBACK.get(enum) or "Unknown",
                "calls": calls,
                "tokens": tokens or 0,
                "cost": cost or Decimal(0),
            }
        )

    enums = []
    for enum in sorted(set(limits) | set(by_enum), key=_enum_order):
        parts = sorted(by_enum.get(enum, []), key=lambda part: (-part["cost"], -part["calls"]))
        used = Usage(
            sum(p["calls"] for p in parts), sum(p["tokens"] for p in parts), sum(p["cost"] for p in parts)
        )
        limit = limits.get(enum, Limit())
        enums.append(
            {
                "provider": enum,
                "label": APIProvider(enum).label if enum in APIProvider.values else enum,
                "used": {metric: getattr(used, metric) for metric in METRICS},
                "limit": {metric: getattr(limit, metric) for metric in METRICS},
                "remaining": {
                    metric: None if getattr(limit, metric) is None
                    else max(getattr(limit, metric) - getattr(used, metric), 0)
                    for metric in METRICS
                },
                "by_actual_provider": parts,
            }
        )
    return {"period": period, "plan": plan, "enums": enums}


def _enum_order(enum: str) -> int:
    """Enums in the order APIProvider declares them, unknown values last."""
    values = APIProvider.values
    return values.index(enum) if enum in values else len(values)


@dataclass(frozen=True)
class LimitStanding:
    """How far one user is into one limit of one enum."""

    user_id: int
    username: str
    plan: str
    provider: str
    metric: str
    used: int | Decimal
    limit: int | Decimal
    share: float

    @property
    def is_over(self) -> bool:
        return self.share >= 1


def users_near_limits(*, period: str, share: float = 0.8) -> list[LimitStanding]:
    """Every (user, enum, metric) at or past `share` of its limit in `period`, fullest first.

    Two queries whatever the number of users: the limits of every subscribed
    user, and the period's usage of subscribed users grouped by (user, enum).
    """
    limits: dict[tuple[int, str], tuple[str, str, Limit]] = {}
    for user_id, username, plan, enum, *ceilings in UserSubscription.objects.filter(
        plan__limits__isnull=False
    ).values_list(
        "user_id", "user__username", "plan__name",
        "plan__limits__provider", "plan__limits__max_calls", "plan__limits__max_tokens",
        "plan__limits__max_cost",
    ):
        limits[(user_id, enum)] = (username, plan, Limit(*ceilings))
    if not limits:
        return []
    usage = (
        APIUsageLog.objects.filter(
            billing_period=period, user__in=UserSubscription.objects.values("user_id")
        )
        .order_by()
        .values_list("user_id", "provider")
        .annotate(calls=Count("pk"), tokens=Sum("tokens_total"), cost=Sum("cost_total"))
    )
    standings = []
    for user_id, enum, calls, tokens, cost in usage:
        if (user_id, enum) not in limits:
            continue
        username, plan, limit = limits[(user_id, enum)]
        used = Usage(calls, tokens or 0, cost or Decimal(0))
        for metric in METRICS:
            fraction = usage_share(getattr(used, metric), getattr(limit, metric))
            if fraction is not None and fraction >= share:
                standings.append(
                    LimitStanding(
                        user_id, username, plan, enum, metric,
                        getattr(used, metric), getattr(limit, metric), fraction,
                    )
                )
    return sorted(standings, key=lambda s: (-s.share, s.username, s.provider, s.metric))
