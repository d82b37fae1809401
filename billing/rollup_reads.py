"""Whether a summary can read the daily rollups instead of the logs, and how.

A summary is asked for with a queryset of logs, already scoped and filtered by
whoever built it (the API's filters, the admin's changelist). Its WHERE clause
is read back here: when every condition names something a rollup row also
carries (user, enum, actual provider, billing period, a time range), the
whole UTC days inside the time range are read from the rollups and the part
days at its edges from the logs. Anything else (a model name, a status, a
search, a join) keeps the summary on the logs, so the answer never changes,
only how fast it comes.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.db.models.expressions import Col
from django.db.models.functions import TruncDate
from django.db.models.lookups import Lookup
from django.db.models.sql.where import AND, OR, WhereNode

from subscriptions.models import UsageDailyRollup
from subscriptions.rollups import midnight

# Log field -> the rollup field holding the same value.
ROLLUP_FIELD = {
    "user": "user_id",
    "provider": "provider",
    "actual_provider_name": "actual_provider_name",
    "billing_period": "billing_period",
}
# Dimensions of usage_summary a rollup row carries.
ROLLUP_DIMENSIONS = {
    "actual_provider": "actual_provider_name",
    "provider": "provider",
    "day": "day",
    "billing_period": "billing_period",
}
UTC_KEYS = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Zulu", "Etc/Zulu"})


class NotServable(Exception):
    """The queryset asks for something the rollups do not carry."""


@dataclass
class RollupRead:
    """Rollup rows for the whole days, and the logs of the part days at the edges (if any)."""

    rollups: QuerySet[UsageDailyRollup]
    edges: QuerySet | None


def plan_rollup_read(queryset: QuerySet, dimensions: tuple[str, ...], tz) -> RollupRead | None:
    """How to answer a summary of `queryset` from the rollups, or None when it cannot be."""
    if not all(name in ROLLUP_DIMENSIONS for name in dimensions):
        return None
    if "day" in dimensions and not is_utc(tz):
        return None  # rollup days are UTC days
    query = queryset.query
    if query.is_sliced or query.distinct or query.combinator or query.is_empty():
        return None
    try:
        condition, lower, upper = _translate_top(query.where, query.base_table)
    except NotServable:
        return None
    rollups = UsageDailyRollup.objects.using(queryset.db).filter(condition)
    first_day = last_day = None  # whole days: first_day <= day < last_day
    edge = Q()
    if lower is not None:
        first_day = _first_whole_day(*lower)
        if first_day is None:
            return None  # the range starts in the calendar's last day
        rollups = rollups.filter(day__gte=first_day)
        if lower != (midnight(first_day), True):  # a range from midnight has no part day
            edge |= Q(timestamp__lt=midnight(first_day))
    if upper is not None:
        last_day = upper[0].astimezone(dt.UTC).date()
        rollups = rollups.filter(day__lt=last_day)
        if upper != (midnight(last_day), False):  # nor one up to (not including) midnight
            edge |= Q(timestamp__gte=midnight(last_day))
    if first_day is not None and last_day is not None and first_day >= last_day:
        return None  # no whole day in the range
    return RollupRead(rollups=rollups, edges=queryset.filter(edge) if edge else None)


def days_with_logs(queryset: QuerySet) -> set[dt.date] | None:
    """The UTC days holding any of the queryset's logs, read from the rollups; None when they cannot tell.

    What the admin's date drill-down lists, which Django would find with a
    DISTINCT over every matching log.
    """
    plan = plan_rollup_read(queryset, ("day",), dt.UTC)
    if plan is None:
        return None
    days = set(plan.rollups.order_by().values_list("day", flat=True).distinct())
    if plan.edges is not None:
        edge_days = plan.edges.order_by().values_list(TruncDate("timestamp", tzinfo=dt.UTC), flat=True)
        days |= set(edge_days.distinct())
    return days


def is_utc(tz) -> bool:
    if isinstance(tz, zoneinfo.ZoneInfo):
        return tz.key in UTC_KEYS
    return tz is dt.UTC


def _first_whole_day(bound: dt.datetime, inclusive: bool) -> dt.date | None:
    """The first UTC day all of whose moments satisfy `timestamp >= bound` (or `>` when not inclusive)."""
    bound = bound.astimezone(dt.UTC)
    day = bound.date()
    if midnight(day) < bound or not inclusive:
        if day == dt.date.max:
            return None
        day += dt.timedelta(days=1)
    return day


def _translate_top(where: WhereNode, table: str):
    """The top-level AND: time bounds apart, every other condition translated to the rollups."""
    if where.negated or (where.connector != AND and len(where.children) > 1):
        return _translate(where, table), None, None
    condition, lower, upper = Q(), None, None
    for child in where.children:
        if isinstance(child, Lookup) and _field_of(child, table) == "timestamp":
            value = child.rhs
            if not isinstance(value, dt.datetime) or value.tzinfo is None:
                raise NotServable
            if child.lookup_name in ("gte", "gt"):
                lower = _tighter(lower, (value, child.lookup_name == "gte"), max)
            elif child.lookup_name in ("lt", "lte"):
                upper = _tighter(upper, (value, child.lookup_name == "lte"), min)
            else:
                raise NotServable
            continue
        condition &= _translate(child, table)
    return condition, lower, upper


def _tighter(bound, candidate, pick):
    """Of two bounds (moment, inclusive) on the same side, the one that lets fewer rows through."""
    if bound is None:
        return candidate
    if bound[0] == candidate[0]:
        return bound[0], bound[1] and candidate[1]
    return bound if pick(bound[0], candidate[0]) == bound[0] else candidate


def _translate(node, table: str) -> Q:
    """A WHERE node as a condition on the rollups; NotServable when it names anything else."""
    if isinstance(node, WhereNode):
        if node.connector not in (AND, OR):
            raise NotServable  # XOR
        parts = [_translate(child, table) for child in node.children]
        combined = Q()
        for part in parts:
            combined = (combined | part) if node.connector == OR and combined else (combined & part)
        if node.connector == OR and not parts:
            combined = Q(pk__in=[])
        return ~combined if node.negated else combined
    if not isinstance(node, Lookup):
        raise NotServable
    name = _field_of(node, table)
    if hasattr(node.rhs, "resolve_expression"):
        raise NotServable  # a subquery or an expression
    if node.lookup_name == "in" and not node.rhs:
        return Q(pk__in=[])  # matches nothing, whichever the field
    if name not in ROLLUP_FIELD:
        raise NotServable
    target = ROLLUP_FIELD[name]
    value = node.rhs
    if name == "actual_provider_name":
        # Rollups file a log without an actual provider under "", and no log stores ""
        # (writes store NULL; migration 0007 turned older "" into NULL): "" matches nothing.
        if node.lookup_name == "isnull":
            if value is not True:
                raise NotServable
            return Q(actual_provider_name="")
        if value == "" or (node.lookup_name == "in" and "" in value):
            value = [item for item in ([value] if node.lookup_name == "exact" else value) if item != ""]
            return Q(actual_provider_name__in=[_plain(item) for item in value])
    if node.lookup_name == "exact":
        return Q(**{target: _plain(value)})
    if node.lookup_name == "in":
        return Q(**{f"{target}__in": [_plain(item) for item in value]})
    raise NotServable


def _field_of(lookup: Lookup, table: str) -> str | None:
    """The name of the log field a lookup tests, when it is a column of the log table itself."""
    lhs = lookup.lhs
    if not isinstance(lhs, Col) or lhs.alias != table:
        raise NotServable
    return lhs.target.name


def _plain(value):
    """A lookup's right-hand side as a stored value: a related instance becomes its pk."""
    if value is None:
        raise NotServable
    return getattr(value, "pk", value)
