"""Keyset (cursor) pagination over (field, id) that costs the same at any depth.

DRF's CursorPagination keys on the first ordering field plus an offset among
ties; with `ordering=cost_total` millions of rows can share a cost, and the
offset then grows with depth. Here the cursor carries the last row's
(value, id) pair and the next page is `WHERE (field, id) < (value, id)`, so
every page is one indexed range read whatever the ordering. No COUNT(*) is ever
run: the response has next/previous links, not a total.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from billing.keyset import beyond
from subscriptions.models import APIUsageLog

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
DEFAULT_ORDERING = "-timestamp"
ORDERING_FIELDS = ("timestamp", "cost_total", "response_time")
ORDERING_CHOICES = tuple(f"{sign}{name}" for name in ORDERING_FIELDS for sign in ("-", ""))


def parse_ordering(request: Request) -> tuple[str, bool]:
    """(field, descending) from `ordering`; only the indexed-or-bounded fields are allowed."""
    raw = request.query_params.get("ordering") or DEFAULT_ORDERING
    if raw not in ORDERING_CHOICES:
        raise ValidationError(
            {"ordering": [f"ordering must be one of {', '.join(ORDERING_CHOICES)}; got {raw!r}."]}
        )
    return raw.lstrip("-"), raw.startswith("-")


def ordered(queryset: QuerySet, field: str, descending: bool) -> QuerySet:
    """The queryset in (field, id) order; id breaks ties so the order is total."""
    sign = "-" if descending else ""
    return queryset.order_by(f"{sign}{field}", f"{sign}id")


def parse_page_size(request: Request) -> int:
    raw = request.query_params.get("page_size")
    if raw in (None, ""):
        return DEFAULT_PAGE_SIZE
    try:
        size = int(raw)
    except ValueError:
        raise ValidationError({"page_size": [f"page_size must be a whole number, got {raw!r}."]}) from None
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise ValidationError(
            {"page_size": [f"page_size must be between 1 and {MAX_PAGE_SIZE}, got {size}."]}
        )
    return size


@dataclass(frozen=True)
class Cursor:
    """A position: the boundary row's (value, id), and whether we walk backwards from it."""

    ordering: str
    value: str
    pk: int
    backwards: bool

    def encode(self) -> str:
        payload = {"o": self.ordering, "v": self.value, "id": self.pk, "b": int(self.backwards)}
        return base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()

    @classmethod
    def decode(cls, raw: str, ordering: str) -> Cursor:
        invalid = ValidationError({"cursor": ["Invalid cursor: use the next/previous links as given."]})
        try:
            payload = json.loads(base64.urlsafe_b64decode(raw.encode("ascii")))
            cursor = cls(str(payload["o"]), str(payload["v"]), int(payload["id"]), bool(payload["b"]))
        except (ValueError, TypeError, KeyError, UnicodeError, binascii.Error):
            raise invalid from None
        if cursor.ordering != ordering:
            raise ValidationError(
                {"cursor": ["This cursor belongs to another ordering; start again without it."]}
            )
        return cursor


def _cursor_value(log: APIUsageLog, field: str) -> str:
    value = getattr(log, field)
    return (
        value.isoformat() if field == "timestamp" else repr(value) if isinstance(value, float) else str(value)
    )


class KeysetPagination(BasePagination):
    """Pages of `page_size` rows (default 50, at most 500) linked by opaque cursors."""

    cursor_query_param = "cursor"

    def paginate_queryset(self, queryset: QuerySet, request: Request, view=None) -> list:
        self.request = request
        self.page_size = parse_page_size(request)
        field, descending = parse_ordering(request)
        self.field, self.ordering = field, f"{'-' if descending else ''}{field}"
        raw = request.query_params.get(self.cursor_query_param)
        cursor = Cursor.decode(raw, self.ordering) if raw else None
        backwards = bool(cursor and cursor.backwards)

        # Walking backwards reads the reversed order, then flips the page.
        rows = ordered(queryset, field, descending != backwards)
        if cursor is not None:
            try:
                value = APIUsageLog._meta.get_field(field).to_python(cursor.value)
            except DjangoValidationError:
                raise ValidationError(
                    {"cursor": ["Invalid cursor: use the next/previous links as given."]}
                ) from None
            if value is None:
                raise ValidationError({"cursor": ["Invalid cursor: use the next/previous links as given."]})
            # Rows below the cursor come next when reading descending (and not walking back).
            rows = rows.filter(beyond(field, value, cursor.pk, below=descending != backwards))
        page = list(rows[: self.page_size + 1])
        has_more = len(page) > self.page_size
        page = page[: self.page_size]
        if backwards:
            page.reverse()
        self.page = page
        self.has_next = has_more if not backwards else cursor is not None
        self.has_previous = has_more if backwards else cursor is not None
        return page

    def _link(self, log: APIUsageLog, backwards: bool) -> str:
        cursor = Cursor(self.ordering, _cursor_value(log, self.field), log.pk, backwards)
        return replace_query_param(
            self.request.build_absolute_uri(), self.cursor_query_param, cursor.encode()
        )

    def get_next_link(self) -> str | None:
        if not self.has_next:
            return None
        if not self.page:  # walked back past the start: the first page follows
            return remove_query_param(self.request.build_absolute_uri(), self.cursor_query_param)
        return self._link(self.page[-1], backwards=False)

    def get_previous_link(self) -> str | None:
        if not self.has_previous or not self.page:
            return None
        return self._link(self.page[0], backwards=True)

    def get_paginated_response(self, data: Sequence) -> Response:
        return Response({"next": self.get_next_link(), "previous": self.get_previous_link(), "results": data})

    def get_paginated_response_schema(self, schema: dict) -> dict:
        link = {"type": "string", "nullable": True, "format": "uri"}
        return {
            "type": "object",
            "required": ["next", "previous", "results"],
            "properties": {"next": link, "previous": link, "results": schema},
        }

    def get_schema_operation_parameters(self, view) -> list[dict]:
        return [
            {
                "name": self.cursor_query_param,
                "in": "query",
                "required": False,
                "description": "Opaque position from a `next` or `previous` link.",
                "schema": {"type": "string"},
            },
            {
                "name": "page_size",
                "in": "query",
                "required": False,
                "description": f"Rows per page, 1 to {MAX_PAGE_SIZE} (default {DEFAULT_PAGE_SIZE}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
            },
            {
                "name": "ordering",
                "in": "query",
                "required": False,
                "description": "Sort order; ties are broken by id in the same direction.",
                "schema": {"type": "string", "enum": list(ORDERING_CHOICES), "default": DEFAULT_ORDERING},
            },
        ]
