"""How a usage log looks in the API, and what ingestion accepts."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from rest_framework import serializers

from providers.catalogue import display_name as provider_display_name
from subscriptions.models import APIProvider, APIUsageLog

# One list, used by the JSON rows and the CSV export, so both carry the same columns.
USAGE_LOG_FIELDS = (
    "id",
    "timestamp",
    "billing_period",
    "provider",
    "provider_display",
    "actual_provider_name",
    "actual_provider_display",
    "display_provider",
    "model_used",
    "endpoint",
    "method",
    "tokens_input",
    "tokens_output",
    "tokens_total",
    "cost_input",
    "cost_output",
    "cost_total",
    "response_time",
    "status_code",
    "status",
    "error_message",
    "retry_count",
    "request_id",
)
STATUS_CHOICES = ("success", "failed")
MAX_BATCH = 1000


class UsageLogSerializer(serializers.ModelSerializer):
    """One usage log with the actual provider beside the enum, as billing pages show it."""

    provider_display = serializers.CharField(source="get_provider_display", read_only=True)
    actual_provider_display = serializers.CharField(
        read_only=True,
        allow_null=True,
        help_text='Display name of the actual provider ("WaveSpeed"), or null.',
    )
    display_provider = serializers.CharField(
        read_only=True,
        help_text="The actual provider's display name if known, else the enum's (mistral: Hugging Face).",
    )
    status = serializers.ChoiceField(choices=STATUS_CHOICES, read_only=True, help_text="success for 2xx.")

    class Meta:
        model = APIUsageLog
        fields = USAGE_LOG_FIELDS
        read_only_fields = USAGE_LOG_FIELDS


class OffsetDateTimeField(serializers.DateTimeField):
    """A date-time that must carry its offset: a naive one would silently be read as server time."""

    default_error_messages = {
        "naive": "Include a time zone offset, e.g. 2026-03-01T10:00:00Z or 2026-03-01T15:30:00+05:30."
    }

    def enforce_timezone(self, value):
        if timezone.is_naive(value):
            self.fail("naive")
        return super().enforce_timezone(value)


class UsageLogIngestSerializer(serializers.Serializer):
    """One call to record. Totals default to the sum of their parts; unknown keys are refused."""

    user = serializers.IntegerField(
        required=False, min_value=1, help_text="Id of the user who made the call; defaults to the requester."
    )
    provider = serializers.ChoiceField(choices=APIProvider.choices)
    endpoint = serializers.CharField(max_length=500)
    model_used = serializers.CharField(max_length=255, required=False, allow_blank=True, allow_null=True)
    method = serializers.CharField(max_length=10, required=False, default="POST")
    actual_provider_name = serializers.CharField(
        max_length=50,
        required=False,
        allow_null=True,
        allow_blank=True,
        help_text="Slug of the provider that served the call, when the caller knows it; detected otherwise.",
    )
    tokens_input = serializers.IntegerField(min_value=0, required=False, default=0)
    tokens_output = serializers.IntegerField(min_value=0, required=False, default=0)
    tokens_total = serializers.IntegerField(min_value=0, required=False, allow_null=True, default=None)
    cost_input = serializers.DecimalField(
        max_digits=14, decimal_places=6, min_value=0, required=False, default=0
    )
    cost_output = serializers.DecimalField(
        max_digits=14, decimal_places=6, min_value=0, required=False, default=0
    )
    cost_total = serializers.DecimalField(
        max_digits=14, decimal_places=6, min_value=0, required=False, allow_null=True, default=None
    )
    response_time = serializers.FloatField(min_value=0, required=False, default=0.0, help_text="Seconds.")
    status_code = serializers.IntegerField(min_value=100, max_value=599, required=False, default=200)
    error_message = serializers.CharField(required=False, allow_blank=True, default="", trim_whitespace=False)
    retry_count = serializers.IntegerField(min_value=0, max_value=32767, required=False, default=0)
    request_id = serializers.CharField(
        max_length=100,
        required=False,
        allow_null=True,
        allow_blank=True,
        help_text="Idempotency key: replaying it returns the existing row and writes nothing.",
    )
    timestamp = OffsetDateTimeField(required=False, help_text="ISO 8601 with an offset; defaults to now.")

    def validate_timestamp(self, value):
        # Stored in UTC: PostgreSQL refuses offsets beyond ±15:59 that Python accepts.
        try:
            return value.astimezone(dt.UTC)
        except (OverflowError, ValueError):
            raise serializers.ValidationError("This date-time is out of range.") from None

    def validate_actual_provider_name(self, value: str | None) -> str | None:
        if value and provider_display_name(value) is None:
            raise serializers.ValidationError(f"{value!r} is not a provider in the catalogue.")
        return value or None

    def to_internal_value(self, data):
        # A misspelt key ("cost" for "cost_total") would otherwise be dropped in silence.
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError({str(name): ["Unknown field."] for name in unknown})
        return super().to_internal_value(data)


class IngestBatchResultSerializer(serializers.Serializer):
    """The answer to a list: how many rows were written, how many were replays, and the rows in order."""

    created = serializers.IntegerField()
    replayed = serializers.IntegerField()
    results = UsageLogSerializer(many=True)


class SummaryRowSerializer(serializers.Serializer):
    """One group of the summary. With a pair of keys, each key also appears under its own name."""

    key = serializers.JSONField(
        help_text="The group's key; a [first, second] pair when grouping by two keys."
    )
    display_name = serializers.CharField()
    calls = serializers.IntegerField()
    tokens = serializers.IntegerField()
    cost = serializers.DecimalField(max_digits=20, decimal_places=6, help_text="USD, a decimal string.")
    avg_response_time = serializers.FloatField(allow_null=True)
    p50_response_time = serializers.FloatField(allow_null=True)
    p95_response_time = serializers.FloatField(allow_null=True)
    success_rate = serializers.FloatField(help_text="Share of 2xx calls, 0 to 1.")

    def to_representation(self, instance: dict) -> dict:
        data = super().to_representation(instance)
        key = instance["key"]
        data["key"] = [_plain(part) for part in key] if isinstance(key, tuple) else _plain(key)
        for name, value in instance.items():
            if name not in data:
                data[name] = _plain(value)
        return data


def _plain(value):
    """A JSON-ready key: dates become ISO strings."""
    return value.isoformat() if hasattr(value, "isoformat") else value


class InsightProviderSerializer(serializers.Serializer):
    """One actual provider's numbers inside one enum category."""

    actual_provider = serializers.CharField(allow_null=True)
    display_name = serializers.CharField()
    calls = serializers.IntegerField()
    tokens = serializers.IntegerField()
    cost = serializers.CharField(help_text="USD, a decimal string.")
    cost_per_call = serializers.CharField(allow_null=True)
    cost_per_1k_tokens = serializers.CharField(allow_null=True, help_text="Null when no tokens were billed.")
    success_rate = serializers.FloatField()
    p95_response_time = serializers.FloatField(allow_null=True)


class InsightCategorySerializer(serializers.Serializer):
    """The providers seen within one enum category, and a recommendation where one is clearly cheaper."""

    provider = serializers.CharField(help_text="The enum value, e.g. video.")
    label = serializers.CharField()
    providers = InsightProviderSerializer(many=True)
    recommendation = serializers.CharField(allow_null=True)


class InsightTrendSerializer(serializers.Serializer):
    """One actual provider's last 7 days against the 7 before."""

    actual_provider = serializers.CharField(allow_null=True)
    display_name = serializers.CharField()
    calls = serializers.IntegerField()
    previous_calls = serializers.IntegerField()
    calls_change = serializers.FloatField(allow_null=True)
    cost = serializers.CharField()
    previous_cost = serializers.CharField()
    success_rate = serializers.FloatField(allow_null=True)
    previous_success_rate = serializers.FloatField(allow_null=True)
    p95_response_time = serializers.FloatField(allow_null=True)
    previous_p95_response_time = serializers.FloatField(allow_null=True)
    direction = serializers.CharField()


class InsightsSerializer(serializers.Serializer):
    """Provider insights over the filtered rows (billing.insights.as_json)."""

    categories = InsightCategorySerializer(many=True)
    trends = InsightTrendSerializer(many=True)
