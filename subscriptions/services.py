"""Writes to usage logs: the one write path (`record_usage`) and the backfill."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import EmptyResultSet, FullResultSet, ValidationError
from django.db import IntegrityError, connections, models, transaction
from django.db.models import Count
from django.utils import timezone

from providers.detection import detect_actual_provider
from subscriptions import rollups
from subscriptions.limits import UsageLimitExceeded, check_usage_allowed, enforce_usage_limit  # noqa: F401
from subscriptions.models import APIUsageLog
from subscriptions.tracking import fill_derived_fields

BACKFILL_BATCH_SIZE = 10_000

# check_usage_allowed and UsageLimitExceeded (imported above) are part of this module's
# interface: callers ask the services module before a call and catch its refusal.

# Calls are logged as they happen; a timestamp outside this window is a bug in
# the caller (a unit mix-up, an uninitialised date), not a real call.
EARLIEST_TIMESTAMP = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
MAX_CLOCK_SKEW = dt.timedelta(days=1)
TEXT_FIELDS = ("endpoint", "method", "model_used", "actual_provider_name", "error_message", "request_id")


def record_usage(
    *,
    user,
    provider: str,
    endpoint: str,
    model_used: str | None = None,
    method: str = "POST",
    tokens_input: int = 0,
    tokens_output: int = 0,
    tokens_total: int | None = None,
    cost_input: Decimal | int | str = 0,
    cost_output: Decimal | int | str = 0,
    cost_total: Decimal | int | str | None = None,
    response_time: float = 0.0,
    status_code: int = 200,
    error_message: str = "",
    retry_count: int = 0,
    request_id: str | None = None,
    timestamp: dt.datetime | None = None,
    actual_provider_name: str | None = None,
) -> tuple[APIUsageLog, bool]:
    """Validate and write one usage log; return it and whether it was created.

    Totals default to the sum of their parts. A `request_id` makes the call
    idempotent: replaying it returns the existing row and writes nothing, even
    when two replays race. Raises `ValidationError` naming each bad field, or
    `UsageLimitExceeded` (a ValidationError) when the user's plan has no room
    left in this enum; in either case nothing is written.
    """
    # A request_id no database can store (NUL, lone surrogate) is named by _validate below.
    if request_id and _storable(request_id):
        existing = _existing_for_request(user, request_id)
        if existing is not None:
            return existing, False

    log = APIUsageLog(
        user=user,
        provider=provider,
        endpoint=endpoint,
        model_used=model_used or "",
        method=(method or "POST").upper(),
        tokens_input=tokens_input,
        tokens_output=tokens_output,
        tokens_total=tokens_total,
        cost_input=cost_input,
        cost_output=cost_output,
        cost_total=cost_total,
        response_time=response_time,
        status_code=status_code,
        error_message=error_message or "",
        retry_count=retry_count,
        request_id=request_id or None,
        timestamp=timestamp or timezone.now(),
        actual_provider_name=actual_provider_name or None,
    )
    _validate(log)
    try:
        with transaction.atomic():
            enforce_usage_limit(log)  # locks the user's subscription row until commit
            log.save(force_insert=True)
    except IntegrityError:
        # Another writer stored the same request_id between our check and insert.
        existing = _existing_for_request(user, request_id) if request_id else None
        if existing is None:
            raise
        return existing, False
    return log, True


def _existing_for_request(user, request_id: str) -> APIUsageLog | None:
    existing = APIUsageLog.objects.filter(request_id=request_id).first()
    if existing is not None and existing.user_id != user.pk:
        raise ValidationError({"request_id": "This request_id is already used by another request."})
    return existing


def _validate(log: APIUsageLog) -> None:
    """Field validation plus the rules no single field can check."""
    errors: dict[str, list[str]] = {}
    try:
        _fill_totals(log)
    except (TypeError, ValueError, ArithmeticError):
        # A part is not a number; full_clean below names which one.
        log.tokens_total = log.tokens_total or 0
        log.cost_total = log.cost_total or 0
    try:
        # The user is an instance already, and request_id uniqueness is enforced
        # by the database (see record_usage), so neither costs a query here.
        log.full_clean(exclude=["user"], validate_unique=False, validate_constraints=False)
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            errors.setdefault(name, []).extend(messages)
    for name in TEXT_FIELDS:
        value = getattr(log, name)
        if isinstance(value, str) and name not in errors and not _encodable(value):
            # A lone surrogate ("\ud800", valid in JSON) has no UTF-8 form: the database driver would raise.
            errors[name] = ["Text must not contain lone surrogate code points."]
    if isinstance(log.timestamp, dt.datetime) and "timestamp" not in errors:
        if timezone.is_naive(log.timestamp):
            errors["timestamp"] = ["Timestamp must include a time zone offset."]
        elif not EARLIEST_TIMESTAMP <= log.timestamp <= timezone.now() + MAX_CLOCK_SKEW:
            errors["timestamp"] = ["Timestamp must be between 2000-01-01 and tomorrow."]
    if errors:
        raise ValidationError(errors)
    fill_derived_fields(log)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _storable(value) -> bool:
    """Text that can appear in a query on any engine: UTF-8 encodable, no NUL byte."""
    return isinstance(value, str) and "\x00" not in value and _encodable(value)


def _fill_totals(log: APIUsageLog) -> None:
    if log.tokens_total is None:
        log.tokens_total = int(log.tokens_input or 0) + int(log.tokens_output or 0)
    if log.cost_total is None:
        log.cost_total = Decimal(str(log.cost_input or 0)) + Decimal(str(log.cost_output or 0))


@dataclass
class BackfillResult:
    """What a backfill did (or, on a dry run, would do)."""

    batches: int = 0
    scanned: int = 0
    updated: int = 0
    undetected: int = 0
    transitions: Counter = field(default_factory=Counter)  # (enum, slug or None) -> rows


def backfill_actual_provider(
    *,
    only_missing: bool = True,
    batch_size: int | None = None,
    dry_run: bool = False,
    progress: Callable[[str], None] | None = None,
    queryset: models.QuerySet | None = None,
    model: type[models.Model] | None = None,
) -> BackfillResult:
    """Detect and store the actual provider of existing rows, set-based.

    Walks primary-key windows of `batch_size` (BACKFILL_BATCH_SIZE by default);
    in each, detection runs once per distinct (provider, model_used, endpoint)
    and one UPDATE joined on a VALUES list of the detected triples writes the
    window, in its own transaction, so an interrupted run keeps what it did and
    a rerun resumes. `only_missing` touches only rows still NULL;
    otherwise every row is re-detected (after the rules changed) and only rows
    whose answer differs are written. `model` lets the data migration pass its
    historical model; `queryset` narrows the rows (an admin selection).
    """
    batch_size = batch_size or BACKFILL_BATCH_SIZE
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    rows = queryset if queryset is not None else (model or APIUsageLog)._base_manager.all()
    if only_missing:
        rows = rows.filter(actual_provider_name__isnull=True)
    bounds = rows.aggregate(low=models.Min("pk"), high=models.Max("pk"))
    result = BackfillResult()
    if bounds["low"] is None:
        return result
    low, high = bounds["low"], bounds["high"]
    windows = (high - low) // batch_size + 1
    for start in range(low, high + 1, batch_size):
        window = rows.filter(pk__gte=start, pk__lt=start + batch_size)
        with transaction.atomic(using=window.db):
            _backfill_window(window, dry_run=dry_run, result=result)
        result.batches += 1
        if progress is not None:
            verb = "would update" if dry_run else "updated"
            progress(
                f"batch {result.batches}/{windows}: scanned {result.scanned} rows, "
                f"{verb} {result.updated}, undetected {result.undetected}"
            )
    return result


def _backfill_window(window: models.QuerySet, *, dry_run: bool, result: BackfillResult) -> None:
    """Detect once per distinct triple of the window, then write it joined on those triples.

    Where rollups are kept, the same GROUP BY also splits by (user, day) and
    carries the sums, so the rows that change provider move between rollup rows
    in this window's transaction without reading the window twice.
    """
    keep_rollups = rollups.maintains(window.model) and not dry_run
    triple = ("provider", "model_used", "endpoint", "actual_provider_name")
    if keep_rollups:
        groups = rollups.grouped(window, *triple)
    else:
        groups = window.order_by().values(*triple).annotate(calls=Count("pk"))
    # (enum, model_used, endpoint, stored value) -> detected slug, for the groups that change.
    changes: dict[tuple[str, str, str, str | None], str] = {}
    changing_rows = 0
    deltas = rollups.Deltas()
    for group in groups:
        enum, model_used, endpoint, current = (group[name] for name in triple)
        count = group["calls"]
        slug = detect_actual_provider(provider_enum=enum, model_name=model_used, endpoint=endpoint)
        result.scanned += count
        if slug is None:
            result.undetected += count
            continue
        if slug == current:
            continue
        result.transitions[(enum, slug)] += count
        result.updated += count
        changes[(enum, model_used, endpoint, current)] = slug
        changing_rows += count
        if keep_rollups:
            deltas.add_groups([group], sign=-1)
            deltas.add_groups([{**group, "r_actual": slug}])
    if dry_run or not changes:
        return
    written = _write_detected(window, [(*key, slug) for key, slug in changes.items()])
    if not keep_rollups:
        return
    if written == changing_rows:
        rollups.apply(deltas, using=window.db)
    else:
        # Another writer changed some of these rows between the read and the UPDATE.
        rollups.refresh({key[:2] for key in deltas}, using=window.db)


# Columns of the detected-triples table the window is joined with.
_DETECTED_COLUMNS = ("provider", "model_used", "endpoint", "current_name", "slug")


def _write_detected(window: models.QuerySet, changes: list[tuple]) -> int:
    """Write the window in one UPDATE ... FROM a VALUES list of the changed triples; return rows written.

    A hash join on (provider, model_used, endpoint) costs the same per row however
    many distinct triples the window holds, where the former CASE ... WHEN with
    an OR of every triple was evaluated triple by triple on every row; this is
    the statement the benchmark's floor uses, bounded to one primary-key window.
    PostgreSQL and SQLite (3.33+) both accept it. The stored value is part of the
    join so a row that changed since the window was read is left alone.
    """
    model = window.model
    if _reads_other_tables(window.query):
        # The compiled WHERE below must only name the updated table itself.
        window = model._base_manager.filter(pk__in=window.values("pk"))
    connection = connections[window.db]
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    try:
        where_sql, where_params = window.query.get_compiler(window.db).compile(window.query.where)
    except EmptyResultSet:
        return 0
    except FullResultSet:
        where_sql, where_params = "1 = 1", []

    def column(name: str) -> str:
        return f"{table}.{quote(model._meta.get_field(name).column)}"

    stored = column("actual_provider_name")
    target = quote(model._meta.get_field("actual_provider_name").column)
    params_limit = connection.features.max_query_params or 65_535
    per_statement = max(1, min(5_000, (params_limit - len(where_params)) // len(_DETECTED_COLUMNS)))
    row_placeholder = "(" + ", ".join(["%s"] * len(_DETECTED_COLUMNS)) + ")"
    written = 0
    for offset in range(0, len(changes), per_statement):
        chunk = changes[offset : offset + per_statement]
        sql = (
            f"WITH detected ({', '.join(_DETECTED_COLUMNS)}) AS "
            f"(VALUES {', '.join([row_placeholder] * len(chunk))}) "
            f"UPDATE {table} SET {target} = detected.slug "
            f"FROM detected WHERE ({where_sql}) "
            f"AND {column('provider')} = detected.provider "
            f"AND {column('model_used')} = detected.model_used "
            f"AND {column('endpoint')} = detected.endpoint "
            f"AND ({stored} = detected.current_name OR ({stored} IS NULL AND detected.current_name IS NULL))"
        )
        params = [value for row in chunk for value in row] + list(where_params)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            written += cursor.rowcount
    return written


def _reads_other_tables(query) -> bool:
    """Whether the queryset's WHERE refers to a table other than its own (a join)."""
    return sum(1 for alias, refs in query.alias_refcount.items() if refs) > 1


def redetect_usage_logs(queryset: models.QuerySet) -> int:
    """Re-detect the given rows under the current rules; return how many changed."""
    return backfill_actual_provider(queryset=queryset, only_missing=False).updated
