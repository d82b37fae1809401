"""Keep the daily rollups exact: every write to usage logs changes them in the same transaction.

Two ways, by how many rows a write touches:

- inserts and the backfill know exactly what they add or move, so they send
  *deltas*: one `INSERT ... ON CONFLICT DO UPDATE SET calls = calls + ...`
  statement per batch, which concurrent writers serialise on the rollup row;
- rarer writes (an update, a delete, a bulk_create that skips conflicts)
  *refresh* the (user, day) buckets they touched: those rollup rows are
  deleted and summed again from the logs.

`rebuild_rollups` builds them all from the logs (migration 0006, and after a
bulk load that went around Django), and `rollup_differences` checks them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import Decimal

from django.db import connections, models, transaction
from django.db.models import Count, F, Q, Sum, Value
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

# Fields whose value decides a log's rollup bucket or what it adds there.
ROLLUP_FIELDS = frozenset(
    {
        "user",
        "user_id",
        "timestamp",
        "provider",
        "actual_provider_name",
        "tokens_total",
        "cost_total",
        "response_time",
        "status_code",
    }
)
# A call that succeeded, as rollups count it and summaries read it.
SUCCESS = Q(status_code__gte=200, status_code__lt=300)
ROWS_PER_STATEMENT = 500

# (user_id, UTC day, enum, actual provider slug or "")
Key = tuple[int, dt.date, str, str]


class Sums:
    """What a set of logs adds to one rollup row."""

    __slots__ = ("calls", "successes", "tokens", "cost", "response_time")

    def __init__(self) -> None:
        self.calls = 0
        self.successes = 0
        self.tokens = 0
        self.cost = Decimal("0")
        self.response_time = 0.0

    def add(self, calls, successes, tokens, cost, response_time, sign: int = 1) -> None:
        self.calls += sign * calls
        self.successes += sign * successes
        self.tokens += sign * int(tokens or 0)
        self.cost += sign * Decimal(str(cost or 0))
        self.response_time += sign * float(response_time or 0)

    def is_zero(self) -> bool:
        return not (self.calls or self.successes or self.tokens or self.cost or self.response_time)


class Deltas(defaultdict):
    """Sums per rollup key, signed: what a write adds to (or takes from) the rollups."""

    def __init__(self) -> None:
        super().__init__(Sums)

    def add_groups(self, groups: Iterable[dict], sign: int = 1) -> Deltas:
        """Add rows of `grouped()`."""
        for row in groups:
            key = (row["r_user"], _as_date(row["r_day"]), row["r_provider"], row["r_actual"] or "")
            self[key].add(row["calls"], row["successes"], row["tokens"], row["cost"], row["rt"], sign)
        return self

    def add_log(self, log, sign: int = 1) -> Deltas:
        """Add one log as it was (or will be) stored."""
        values = stored_values(log)
        key = (values["user_id"], utc_day(values["timestamp"]), values["provider"], values["actual"])
        success = 200 <= values["status_code"] < 300
        self[key].add(1, int(success), values["tokens"], values["cost"], values["response_time"], sign)
        return self


def maintains(model: type[models.Model]) -> bool:
    """Whether writes through `model` keep rollups: not the historical models of migrations."""
    from subscriptions.models import APIUsageLog

    return model is APIUsageLog


def utc_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone(dt.UTC).date()


def bucket_of(log) -> tuple[int, dt.date]:
    """The (user, UTC day) bucket an instance is stored in."""
    return log.user_id, utc_day(stored_values(log)["timestamp"])


def _as_date(value) -> dt.date:
    # SQLite's TruncDate comes back as a date already; guard against a string anyway.
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def has_expressions(log) -> bool:
    """Whether a rollup input of the instance is an expression the database will compute."""
    names = ("user_id", "timestamp", "provider", "actual_provider_name", "tokens_total", "cost_total")
    names += ("response_time", "status_code")
    return any(hasattr(getattr(log, name), "resolve_expression") for name in names)


def stored_values(log) -> dict:
    """The rollup inputs of an instance, converted as its fields would store them."""
    meta = log._meta
    timestamp = meta.get_field("timestamp").to_python(log.timestamp)
    if timezone.is_naive(timestamp):
        timestamp = timezone.make_aware(timestamp, timezone.get_default_timezone())
    return {
        "user_id": log.user_id,
        "timestamp": timestamp,
        "provider": log.provider,
        "actual": log.actual_provider_name or "",
        "tokens": meta.get_field("tokens_total").to_python(log.tokens_total) or 0,
        "cost": meta.get_field("cost_total").to_python(log.cost_total) or Decimal("0"),
        "response_time": meta.get_field("response_time").to_python(log.response_time) or 0.0,
        "status_code": int(meta.get_field("status_code").to_python(log.status_code)),
    }


def grouped(queryset: models.QuerySet, *extra: str) -> models.QuerySet:
    """The logs' sums per rollup key (plus `extra` columns), in one GROUP BY query."""
    return (
        queryset.order_by()
        .values(
            *extra,
            r_user=F("user_id"),
            r_day=TruncDate("timestamp", tzinfo=dt.UTC),
            r_provider=F("provider"),
            r_actual=Coalesce("actual_provider_name", Value("")),
        )
        .annotate(
            calls=Count("pk"),
            successes=Count("pk", filter=SUCCESS),
            tokens=Sum("tokens_total"),
            cost=Sum("cost_total"),
            rt=Sum("response_time"),
        )
    )


def apply(deltas: Deltas, *, using: str, rollup_model=None) -> None:
    """Add the deltas to the rollups: one upsert per ROWS_PER_STATEMENT keys, empty rows removed.

    Keys go in sorted order so two writers lock shared rollup rows in the same
    order and cannot deadlock each other.
    """
    from subscriptions.models import UsageDailyRollup

    UsageDailyRollup = rollup_model or UsageDailyRollup  # noqa: N806 (a migration's historical model)
    changes = sorted((key, sums) for key, sums in deltas.items() if not sums.is_zero())
    if not changes:
        return
    connection = connections[using]
    quote = connection.ops.quote_name
    meta = UsageDailyRollup._meta
    table = quote(meta.db_table)
    key_fields = ("user", "day", "provider", "actual_provider_name")
    keys = [quote(meta.get_field(name).column) for name in key_fields]
    counters = [
        quote(meta.get_field(name).column)
        for name in ("calls", "successes", "tokens_total", "cost_total", "response_time_sum")
    ]
    columns = [*keys[:2], quote("billing_period"), *keys[2:], *counters]
    increments = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in counters)
    placeholder = "(" + ", ".join(["%s"] * len(columns)) + ")"
    with connection.cursor() as cursor:
        for start in range(0, len(changes), ROWS_PER_STATEMENT):
            chunk = changes[start : start + ROWS_PER_STATEMENT]
            params: list = []
            for (user_id, day, enum, actual), sums in chunk:
                params += [user_id, day, day.strftime("%Y-%m"), enum, actual]
                params += [sums.calls, sums.successes, sums.tokens, sums.cost, sums.response_time]
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([placeholder] * len(chunk))} "
                f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {increments}",
                params,
            )
    emptied = [key for key, sums in changes if sums.calls < 0]
    if emptied:
        UsageDailyRollup.objects.using(using).filter(
            calls=0,
            user_id__in={key[0] for key in emptied},
            day__in={key[1] for key in emptied},
        ).delete()


def buckets_of(queryset: models.QuerySet) -> set[tuple[int, dt.date]]:
    """The distinct (user, UTC day) buckets of some logs."""
    rows = queryset.order_by().values_list("user_id", TruncDate("timestamp", tzinfo=dt.UTC)).distinct()
    return {(user_id, _as_date(day)) for user_id, day in rows}


def _bucket_condition(buckets: Iterable[tuple[int, dt.date]]) -> Q:
    """Logs in any of the buckets: per user, one timestamp range per run of consecutive days."""
    days_by_user: dict[int, list[dt.date]] = defaultdict(list)
    for user_id, day in buckets:
        days_by_user[user_id].append(day)
    condition = Q(pk__in=[])
    for user_id, days in days_by_user.items():
        days.sort()
        start = previous = days[0]
        for day in [*days[1:], None]:
            if day is not None and day - previous == dt.timedelta(days=1):
                previous = day
                continue
            condition |= Q(
                user_id=user_id,
                timestamp__gte=midnight(start),
                timestamp__lt=midnight(previous + dt.timedelta(days=1)),
            )
            if day is not None:
                start = previous = day
    return condition


def midnight(day: dt.date) -> dt.datetime:
    """The first moment of a UTC day."""
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def refresh(buckets: set[tuple[int, dt.date]], *, using: str) -> None:
    """Sum the buckets again from the logs: for writes that do not know their own deltas."""
    from subscriptions.models import APIUsageLog, UsageDailyRollup

    if not buckets:
        return
    ordered = sorted(buckets)
    for start in range(0, len(ordered), ROWS_PER_STATEMENT):
        chunk = ordered[start : start + ROWS_PER_STATEMENT]
        rollup_condition = Q(pk__in=[])
        for user_id, day in chunk:
            rollup_condition |= Q(user_id=user_id, day=day)
        UsageDailyRollup.objects.using(using).filter(rollup_condition).delete()
        logs = APIUsageLog._base_manager.using(using).filter(_bucket_condition(chunk))
        apply(Deltas().add_groups(grouped(logs)), using=using)


def rebuild_rollups(
    *,
    using: str = "default",
    progress: Callable[[str], None] | None = None,
    users_per_batch: int = 200,
    log_model=None,
    rollup_model=None,
) -> int:
    """Replace every rollup row with sums from the logs; return how many rows it wrote.

    Each batch of users is its own transaction, so a long rebuild holds no lock
    for long. Migration 0007 passes its historical models.
    """
    from subscriptions.models import APIUsageLog, UsageDailyRollup

    APIUsageLog = log_model or APIUsageLog  # noqa: N806
    UsageDailyRollup = rollup_model or UsageDailyRollup  # noqa: N806

    user_ids = sorted(
        APIUsageLog._base_manager.using(using).order_by().values_list("user_id", flat=True).distinct()
    )
    UsageDailyRollup.objects.using(using).exclude(user_id__in=user_ids).delete()
    written = 0
    for start in range(0, len(user_ids), users_per_batch):
        batch = user_ids[start : start + users_per_batch]
        with transaction.atomic(using=using):
            UsageDailyRollup.objects.using(using).filter(user_id__in=batch).delete()
            logs = APIUsageLog._base_manager.using(using).filter(user_id__in=batch)
            deltas = Deltas().add_groups(grouped(logs))
            apply(deltas, using=using, rollup_model=UsageDailyRollup)
        written += len(deltas)
        if progress is not None:
            progress(f"users {start + len(batch)}/{len(user_ids)}: {written} rollup rows")
    return written


def rollup_differences(*, using: str = "default") -> list[tuple[Key, dict, dict]]:
    """Rollup rows that disagree with the logs: (key, from the logs, stored); empty when exact."""
    from subscriptions.models import APIUsageLog, UsageDailyRollup

    expected = Deltas().add_groups(grouped(APIUsageLog._base_manager.using(using).all()))
    stored = {
        (row.user_id, row.day, row.provider, row.actual_provider_name): row
        for row in UsageDailyRollup.objects.using(using).all()
    }
    differences = []
    for key in sorted(set(expected) | set(stored)):
        want = _as_dict(expected.get(key))
        row = stored.get(key)
        have = (
            {
                "calls": row.calls,
                "successes": row.successes,
                "tokens": row.tokens_total,
                "cost": row.cost_total,
                "response_time": row.response_time_sum,
            }
            if row is not None
            else _as_dict(None)
        )
        if not _same(want, have):
            differences.append((key, want, have))
    return differences


def _as_dict(sums: Sums | None) -> dict:
    sums = sums or Sums()
    return {
        "calls": sums.calls,
        "successes": sums.successes,
        "tokens": sums.tokens,
        "cost": sums.cost,
        "response_time": sums.response_time,
    }


def _same(want: dict, have: dict) -> bool:
    cent = Decimal("0.000001")
    return (
        all(want[name] == have[name] for name in ("calls", "successes", "tokens"))
        and Decimal(str(want["cost"])).quantize(cent) == Decimal(str(have["cost"])).quantize(cent)
        # A float sum depends on the order it was added in; a microsecond per call is plenty.
        and abs(want["response_time"] - have["response_time"]) <= 1e-6 * max(1, want["calls"])
    )
