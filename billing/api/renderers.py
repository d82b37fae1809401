"""CSV export: every matching row, streamed in constant memory.

The list view hands the filtered, scoped, ordered queryset to `stream_csv`,
which walks it with `.iterator(chunk_size=...)` (a server-side cursor on
PostgreSQL) and yields encoded lines as it goes, so memory stays flat however
many rows match. Cells are built from the same column list as the JSON rows.
Text that a spreadsheet would run as a formula is prefixed with `'`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from rest_framework.renderers import BaseRenderer

from billing.api.serializers import USAGE_LOG_FIELDS
from subscriptions.models import APIUsageLog

CHUNK_SIZE = 2000
# A spreadsheet treats a cell starting with one of these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class CSVRenderer(BaseRenderer):
    """Lets content negotiation accept `?format=csv` / `Accept: text/csv` on the list.

    The list view streams the body itself (see `stream_csv`); this renderer only
    exists so DRF routes the request to it.
    """

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        raise NotImplementedError("The list view streams CSV itself; see billing.api.renderers.stream_csv.")


def neutralise(value):
    """Text that would run as a spreadsheet formula, prefixed with a quote; anything else as is."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def csv_row(log: APIUsageLog) -> list:
    """The cells of one row, in USAGE_LOG_FIELDS order, matching the JSON values."""
    values = {
        "timestamp": log.timestamp.isoformat(),
        "provider_display": log.get_provider_display(),
        "actual_provider_display": log.actual_provider_display,
        "display_provider": log.display_provider,
        "status": log.status,
    }
    return [neutralise(values[name] if name in values else getattr(log, name)) for name in USAGE_LOG_FIELDS]


class _Line:
    """A write-only file whose write() returns what it was given, for csv.writer."""

    def write(self, value: str) -> str:
        return value


def csv_lines(queryset: QuerySet[APIUsageLog], chunk_size: int = CHUNK_SIZE) -> Iterator[str]:
    """The header line, then one line per row, read `chunk_size` rows at a time."""
    writer = csv.writer(_Line())
    yield writer.writerow(USAGE_LOG_FIELDS)
    batch: list[str] = []
    for log in queryset.iterator(chunk_size=chunk_size):
        batch.append(writer.writerow(["" if cell is None else cell for cell in csv_row(log)]))
        if len(batch) >= 500:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


def stream_csv(queryset: QuerySet[APIUsageLog], filename: str = "usage-logs.csv") -> StreamingHttpResponse:
    """A streamed CSV download of every row of the queryset."""
    response = StreamingHttpResponse(
        (line.encode("utf-8") for line in csv_lines(queryset)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
