"""A continuous percentile aggregate that runs in the database on both engines.

PostgreSQL has the ordered-set aggregate built in:
``percentile_cont(0.95) WITHIN GROUP (ORDER BY response_time)``.

SQLite has none in Python's stock build, so we register one on every SQLite
connection: ``percentile_cont(value, fraction)``, a Python aggregate that SQLite
calls row by row inside the same GROUP BY query. The summary therefore stays one
SQL statement on SQLite too; the cost is that each group's values are held in
Python memory while SQLite scans it, which is fine for the embedded demo
database and is why production runs PostgreSQL. Registration happens on the
`connection_created` signal, and again (cheaply, idempotently) whenever the
expression is compiled, so a connection opened before this module was imported
also has it. The semantics match PostgreSQL's: linear interpolation between the
closest ranks, NULLs ignored, NULL for an empty group. (SQLite 3.47+ built with
SQLITE_ENABLE_PERCENTILE ships a function of the same name and meaning.)
"""

from __future__ import annotations

import math

from django.db.backends.signals import connection_created
from django.db.models import Aggregate, FloatField
from django.dispatch import receiver


def percentile_cont(values: list[float], fraction: float) -> float | None:
    """PostgreSQL's percentile_cont over an unsorted list: linear interpolation."""
    if not values:
        return None
    ordered = sorted(values)
    position = fraction * (len(ordered) - 1)
    lower = math.floor(position)
    upper = math.ceil(position)
    if lower == upper:
        return float(ordered[lower])
    weight = position - lower
    return ordered[lower] + (ordered[upper] - ordered[lower]) * weight


class _SQLitePercentileCont:
    """The SQLite side of `percentile_cont(value, fraction)`."""

    def __init__(self) -> None:
        self.values: list[float] = []
        self.fraction: float | None = None

    def step(self, value, fraction) -> None:
        self.fraction = fraction
        if value is not None:
            self.values.append(value)

    def finalize(self) -> float | None:
        if self.fraction is None:
            return None
        return percentile_cont(self.values, float(self.fraction))


def register_sqlite_percentile(raw_connection) -> None:
    """Make `percentile_cont(value, fraction)` available on a sqlite3 connection."""
    raw_connection.create_aggregate("percentile_cont", 2, _SQLitePercentileCont)


@receiver(connection_created, dispatch_uid="billing.aggregates.register_sqlite_percentile")
def _on_connection_created(sender, connection, **kwargs) -> None:
    if connection.vendor == "sqlite":
        register_sqlite_percentile(connection.connection)


class PercentileCont(Aggregate):
    """The `fraction` continuous percentile of an expression, computed by the database."""

    function = "percentile_cont"
    name = "PercentileCont"
    output_field = FloatField()
    allow_distinct = False
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"

    def __init__(self, expression, fraction: float, **extra) -> None:
        if not 0 <= fraction <= 1:
            raise ValueError("fraction must be between 0 and 1")
        self.fraction = float(fraction)
        super().__init__(expression, **extra)

    def as_sql(self, compiler, connection, **extra_context):
        extra_context.setdefault("fraction", repr(self.fraction))
        return super().as_sql(compiler, connection, **extra_context)

    def as_sqlite(self, compiler, connection, **extra_context):
        connection.ensure_connection()
        register_sqlite_percentile(connection.connection)
        return self.as_sql(
            compiler, connection, template="%(function)s(%(expressions)s, %(fraction)s)", **extra_context
        )

    def _get_repr_options(self) -> dict:
        return {**super()._get_repr_options(), "fraction": self.fraction}
