"""Provider insights: within each enum category, who is cheaper, who is reliable, what changed.

Pure computation over `billing.selectors.usage_summary` rows (plain dicts), so
every rule is tested on crafted numbers without a database. The two functions
at the bottom (`provider_insights`, `provider_regressions_between`) are the
only ones that query, through usage_summary: one grouped query per window.

The enum is the category ("video"); the actual provider is who served it
("wavespeed", "google"). Comparing providers inside one category is what makes
a recommendation meaningful: a video call and a chat call have nothing in common.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import QuerySet
from django.utils import timezone

from billing.selectors import display_for, usage_summary

# A provider needs this many calls in the range before its numbers mean anything.
MIN_CALLS_TO_COMPARE = 20
# "Clearly cheaper": the unit cost is at most this share of the other's (20% cheaper or more).
CLEARLY_CHEAPER_RATIO = Decimal("0.8")
# "Comparable success rate": at most this many points below the other's (0.02 = 2 points).
COMPARABLE_SUCCESS_GAP = 0.02
# Week-over-week changes smaller than this share are reported as flat.
FLAT_CHANGE = 0.05


@dataclass
class ProviderStats:
    """One actual provider's numbers inside one enum category."""

    slug: str | None
    display_name: str
    calls: int
    tokens: int
    cost: Decimal
    success_rate: float
    p95_response_time: float | None

    @property
    def cost_per_call(self) -> Decimal | None:
        return self.cost / self.calls if self.calls else None

    @property
    def cost_per_1k_tokens(self) -> Decimal | None:
        return self.cost * 1000 / self.tokens if self.tokens else None


@dataclass
class Recommendation:
    """A cheaper provider at a comparable success rate, with the numbers behind it."""

    enum: str
    cheaper: ProviderStats
    instead_of: ProviderStats
    unit: str  # "call" or "1k tokens"
    cheaper_unit_cost: Decimal
    other_unit_cost: Decimal

    @property
    def saving_share(self) -> float:
        """How much cheaper per unit: 0.75 means a quarter of the price."""
        return float(1 - self.cheaper_unit_cost / self.other_unit_cost)

    def __str__(self) -> str:
        return (
            f"{self.enum}: {self.cheaper.display_name} {_money(self.cheaper_unit_cost)}/{self.unit}, "
            f"{self.cheaper.success_rate:.1%} ok vs {self.instead_of.display_name} "
            f"{_money(self.other_unit_cost)}/{self.unit}, {self.instead_of.success_rate:.1%} ok"
        )


@dataclass
class CategoryInsight:
    """One enum category: the providers seen in it and, if one stands out, a recommendation."""

    enum: str
    label: str
    providers: list[ProviderStats] = field(default_factory=list)
    recommendation: Recommendation | None = None


def compare_providers(rows: list[dict]) -> list[CategoryInsight]:
    """Per enum category, its providers (cheapest per call first) and a recommendation.

    `rows` come from `usage_summary(group_by=("provider", "actual_provider"))`;
    each needs provider, actual_provider, calls, tokens, cost, success_rate and
    p95_response_time. Categories are ordered by total cost, highest first.
    """
    categories: dict[str, CategoryInsight] = {}
    for row in rows:
        enum = row["provider"]
        category = categories.get(enum)
        if category is None:
            category = categories[enum] = CategoryInsight(enum, row.get("provider_display") or enum)
        category.providers.append(
            ProviderStats(
                slug=row["actual_provider"],
                display_name=row.get("actual_provider_display") or row["actual_provider"] or "Unknown",
                calls=row["calls"],
                tokens=row["tokens"] or 0,
                cost=Decimal(row["cost"] or 0),
                success_rate=row["success_rate"],
                p95_response_time=row["p95_response_time"],
            )
        )
    for category in categories.values():
        category.providers.sort(key=lambda p: (p.cost_per_call is None, p.cost_per_call or 0, -p.calls))
        category.recommendation = recommend(category.enum, category.providers)
    return sorted(categories.values(), key=lambda c: -sum(p.cost for p in c.providers))


def recommend(enum: str, providers: list[ProviderStats]) -> Recommendation | None:
    """The cheapest provider, if it is clearly cheaper at a comparable success rate.

    Compared per 1k tokens when every candidate bills tokens, else per call.
    Only providers with enough calls and a known, paid cost take part; the
    cheapest is set against the most used of the others (the spend one would
    move), so the line answers "what should we switch from, to what".
    """
    candidates = [p for p in providers if p.calls >= MIN_CALLS_TO_COMPARE and p.slug and p.cost > 0]
    if len(candidates) < 2:
        return None
    by_tokens = all(p.tokens for p in candidates)
    unit = "1k tokens" if by_tokens else "call"

    def unit_cost(p: ProviderStats) -> Decimal:
        return p.cost_per_1k_tokens if by_tokens else p.cost_per_call

    cheapest = min(candidates, key=lambda p: (unit_cost(p), -p.success_rate))
    others = [
        p
        for p in candidates
        if p is not cheapest
        and unit_cost(cheapest) <= unit_cost(p) * CLEARLY_CHEAPER_RATIO
        and cheapest.success_rate >= p.success_rate - COMPARABLE_SUCCESS_GAP
    ]
    if not others:
        return None
    instead_of = max(others, key=lambda p: (p.calls, unit_cost(p)))
    return Recommendation(enum, cheapest, instead_of, unit, unit_cost(cheapest), unit_cost(instead_of))


@dataclass
class Trend:
    """One provider this window against the previous one."""

    slug: str | None
    display_name: str
    calls: int
    previous_calls: int
    cost: Decimal
    previous_cost: Decimal
    success_rate: float | None
    previous_success_rate: float | None
    p95_response_time: float | None
    previous_p95_response_time: float | None

    @property
    def calls_change(self) -> float | None:
        return _change(self.calls, self.previous_calls)

    @property
    def cost_change(self) -> float | None:
        return _change(self.cost, self.previous_cost)

    @property
    def p95_change(self) -> float | None:
        return _change(self.p95_response_time, self.previous_p95_response_time)

    @property
    def failure_rate(self) -> float | None:
        return None if self.success_rate is None else 1 - self.success_rate

    @property
    def previous_failure_rate(self) -> float | None:
        return None if self.previous_success_rate is None else 1 - self.previous_success_rate

    @property
    def direction(self) -> str:
        """"new", "gone", "up", "down" or "flat", by calls."""
        if not self.previous_calls:
            return "new"
        if not self.calls:
            return "gone"
        change = self.calls_change
        if abs(change) < FLAT_CHANGE:
            return "flat"
        return "up" if change > 0 else "down"


def trends(current: list[dict], previous: list[dict]) -> list[Trend]:
    """Per actual provider, a window against the previous one; busiest first.

    Both lists are `usage_summary(group_by="actual_provider")` rows. A provider
    present in one window only still appears, with zeros for the other.
    """
    now = {row["key"]: row for row in current}
    before = {row["key"]: row for row in previous}
    result = []
    for slug in now.keys() | before.keys():
        row, old = now.get(slug, {}), before.get(slug, {})
        result.append(
            Trend(
                slug=slug,
                display_name=(row or old).get("display_name") or display_for("actual_provider", slug),
                calls=row.get("calls", 0),
                previous_calls=old.get("calls", 0),
                cost=Decimal(row.get("cost") or 0),
                previous_cost=Decimal(old.get("cost") or 0),
                success_rate=row.get("success_rate"),
                previous_success_rate=old.get("success_rate"),
                p95_response_time=row.get("p95_response_time"),
                previous_p95_response_time=old.get("p95_response_time"),
            )
        )
    return sorted(result, key=lambda t: (-t.calls, -t.previous_calls, t.display_name))


@dataclass
class Regression:
    """A provider whose failure rate or p95 latency jumped against the previous window."""

    trend: Trend
    metric: str  # "failure_rate" or "p95"

    def __str__(self) -> str:
        t = self.trend
        if self.metric == "failure_rate":
            return (
                f"{t.display_name}: failure rate {t.failure_rate:.1%} ({t.calls} calls), "
                f"was {t.previous_failure_rate:.1%} ({t.previous_calls} calls)"
            )
        return (
            f"{t.display_name}: p95 latency {t.p95_response_time:.2f}s ({t.calls} calls), "
            f"was {t.previous_p95_response_time:.2f}s ({t.previous_calls} calls)"
        )


def regressions(
    items: list[Trend],
    *,
    failure_jump: float = 0.05,
    latency_ratio: float = 1.5,
    min_calls: int = MIN_CALLS_TO_COMPARE,
) -> list[Regression]:
    """Providers whose failure rate rose by `failure_jump` points or more, or whose p95
    grew `latency_ratio` times or more, with at least `min_calls` calls in both windows."""
    found = []
    for t in items:
        if t.calls < min_calls or t.previous_calls < min_calls:
            continue
        if t.failure_rate - t.previous_failure_rate >= failure_jump:
            found.append(Regression(t, "failure_rate"))
        if (
            t.p95_response_time is not None
            and t.previous_p95_response_time
            and t.p95_response_time >= t.previous_p95_response_time * latency_ratio
        ):
            found.append(Regression(t, "p95"))
    return found


@dataclass
class ProviderInsights:
    """What the providers page and the API summary render."""

    categories: list[CategoryInsight]
    trends: list[Trend]
    week_start: dt.datetime
    recommendations: list[Recommendation] = field(default_factory=list)


def provider_insights(*, queryset: QuerySet, now: dt.datetime | None = None) -> ProviderInsights:
    """Comparison over `queryset` (already scoped and filtered by the caller) and the
    trend of its last 7 days against the 7 before. Three grouped queries."""
    now = now or timezone.now()
    week_start = now - dt.timedelta(days=7)
    categories = compare_providers(usage_summary(queryset=queryset, group_by=("provider", "actual_provider")))
    this_week = usage_summary(queryset=queryset.filter(timestamp__gte=week_start), group_by="actual_provider")
    last_week = usage_summary(
        queryset=queryset.filter(timestamp__gte=week_start - dt.timedelta(days=7), timestamp__lt=week_start),
        group_by="actual_provider",
    )
    return ProviderInsights(
        categories=categories,
        trends=trends(this_week, last_week),
        week_start=week_start,
        recommendations=[c.recommendation for c in categories if c.recommendation],
    )


def as_json(insights: ProviderInsights) -> dict:
    """The insights as JSON-ready data, for an API response."""

    def stats(p: ProviderStats) -> dict:
        return {
            "actual_provider": p.slug,
            "display_name": p.display_name,
            "calls": p.calls,
            "tokens": p.tokens,
            "cost": str(p.cost),
            "cost_per_call": _str(p.cost_per_call),
            "cost_per_1k_tokens": _str(p.cost_per_1k_tokens),
            "success_rate": p.success_rate,
            "p95_response_time": p.p95_response_time,
        }

    return {
        "categories": [
            {
                "provider": c.enum,
                "label": c.label,
                "providers": [stats(p) for p in c.providers],
                "recommendation": str(c.recommendation) if c.recommendation else None,
            }
            for c in insights.categories
        ],
        "trends": [
            {
                "actual_provider": t.slug,
                "display_name": t.display_name,
                "calls": t.calls,
                "previous_calls": t.previous_calls,
                "calls_change": t.calls_change,
                "cost": str(t.cost),
                "previous_cost": str(t.previous_cost),
                "success_rate": t.success_rate,
                "previous_success_rate": t.previous_success_rate,
                "p95_response_time": t.p95_response_time,
                "previous_p95_response_time": t.previous_p95_response_time,
                "direction": t.direction,
            }
            for t in insights.trends
        ],
    }


def provider_regressions_between(
    *, current: QuerySet, previous: QuerySet, **thresholds
) -> list[Regression]:
    """Regressions of every actual provider from `previous` to `current`: two grouped queries."""
    items = trends(
        usage_summary(queryset=current, group_by="actual_provider"),
        usage_summary(queryset=previous, group_by="actual_provider"),
    )
    return regressions(items, **thresholds)


def _change(now, before) -> float | None:
    if now is None or not before:
        return None
    return float((Decimal(str(now)) - Decimal(str(before))) / Decimal(str(before)))


def _money(value: Decimal) -> str:
    """Dollars with two decimals, or more when the amount is below a cent."""
    return f"${value:.2f}" if value >= Decimal("0.01") else f"${value:.4f}"


def _str(value: Decimal | None) -> str | None:
    return None if value is None else str(value.quantize(Decimal("0.000001")))
