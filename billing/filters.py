"""The usage-log filters, shared by the API and the server-rendered pages.

One `FilterSet` so a query string means the same thing everywhere: the API
returns 400 naming the parameter when `.is_valid()` is false, and a page can
render `.form` with the same errors. Every filter maps to an indexed column or a
bounded scan within the user's rows; none loads rows into Python.
"""

from __future__ import annotations

import datetime as dt

import django_filters
from django import forms
from django.core.validators import RegexValidator
from django.db.models import Q, QuerySet
from django_filters.fields import IsoDateTimeField

from providers.catalogue import provider_choices
from subscriptions.models import APIProvider, APIUsageLog

UNKNOWN_PROVIDER = "unknown"
STATUS_CHOICES = (("success", "Success (2xx)"), ("failed", "Failed (not 2xx)"))

billing_period_format = RegexValidator(
    r"^\d{4}-(0[1-9]|1[0-2])\Z", "Enter a billing period as YYYY-MM, e.g. 2026-03.", code="invalid"
)


def actual_provider_choices() -> list[tuple[str, str]]:
    """The catalogue's providers plus `unknown`, read on every use.

    Called lazily (Django wraps callable choices) so providers a deployment adds
    through PROVIDER_TRACKING appear without a restart of this module.
    """
    return [(UNKNOWN_PROVIDER, "Unknown (not detected)"), *provider_choices()]


class UTCDateTimeField(IsoDateTimeField):
    """An ISO 8601 date-time, converted to UTC.

    Python accepts offsets up to ±23:59 but PostgreSQL only to ±15:59, and an
    offset can push year 9999 past the calendar; both must be a 400, not a 500.
    """

    def to_python(self, value):
        parsed = super().to_python(value)
        if parsed is None:
            return None
        try:
            return parsed.astimezone(dt.UTC)
        except (OverflowError, ValueError):
            raise forms.ValidationError("This date-time is out of range.", code="invalid") from None


class UTCDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = UTCDateTimeField


class IntegerFilter(django_filters.Filter):
    """An exact filter on a whole number: `NumberFilter` would accept 200.5."""

    field_class = forms.IntegerField


class UsageLogFilterSet(django_filters.FilterSet):
    """Filters of the usage-logs list, summary, CSV export and usage pages."""

    # distinct=False: no filter here joins another table, so DISTINCT could only slow
    # the queries down and keep summaries off the daily rollups (billing/rollup_reads.py).
    provider = django_filters.MultipleChoiceFilter(
        distinct=False,
        choices=APIProvider.choices,
        label="Provider category",
        help_text="One or more enum values (repeat the parameter), e.g. provider=video&provider=audio.",
    )
    actual_provider = django_filters.MultipleChoiceFilter(
        distinct=False,
        choices=actual_provider_choices,
        method="filter_actual_provider",
        label="Actual provider",
        help_text="One or more provider slugs (repeat the parameter); `unknown` selects rows with none.",
    )
    model = django_filters.CharFilter(field_name="model_used", label="Model (exact)")
    model_contains = django_filters.CharFilter(
        field_name="model_used", lookup_expr="icontains", label="Model contains"
    )
    status = django_filters.ChoiceFilter(
        choices=STATUS_CHOICES, method="filter_status", label="Status", empty_label="Any"
    )
    status_code = IntegerFilter(
        field_name="status_code", label="HTTP status code", min_value=100, max_value=599
    )
    billing_period = django_filters.CharFilter(
        field_name="billing_period",
        label="Billing period",
        validators=[billing_period_format],
        help_text="YYYY-MM, counted in UTC.",
    )
    after = UTCDateTimeFilter(
        field_name="timestamp",
        lookup_expr="gte",
        label="At or after",
        help_text="ISO 8601 date-time, e.g. 2026-03-01T00:00:00Z (encode + as %2B in a URL).",
    )
    before = UTCDateTimeFilter(
        field_name="timestamp",
        lookup_expr="lt",
        label="Before",
        help_text="ISO 8601 date-time; rows strictly earlier are kept.",
    )
    min_cost = django_filters.NumberFilter(field_name="cost_total", lookup_expr="gte", label="Min cost (USD)")
    max_cost = django_filters.NumberFilter(field_name="cost_total", lookup_expr="lte", label="Max cost (USD)")
    search = django_filters.CharFilter(method="filter_search", label="Search model or endpoint")

    class Meta:
        model = APIUsageLog
        fields: list[str] = []

    def filter_actual_provider(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        if not value:
            return queryset
        slugs = [slug for slug in value if slug != UNKNOWN_PROVIDER]
        condition = Q(actual_provider_name__in=slugs) if slugs else Q(pk__in=[])
        if UNKNOWN_PROVIDER in value:
            condition |= Q(actual_provider_name__isnull=True) | Q(actual_provider_name="")
        return queryset.filter(condition)

    def filter_status(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        success = Q(status_code__gte=200, status_code__lt=300)
        if value == "success":
            return queryset.filter(success)
        if value == "failed":
            return queryset.exclude(success)
        return queryset

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(model_used__icontains=value) | Q(endpoint__icontains=value))

    def clean_errors(self) -> dict[str, list[str]]:
        """The form's errors as {parameter: [messages]}, for a 400 body."""
        return {name: list(messages) for name, messages in self.errors.items()}
