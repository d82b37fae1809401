"""record_usage validates, derives totals, and is idempotent on request_id."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from subscriptions.models import APIUsageLog
from subscriptions.services import record_usage

pytestmark = pytest.mark.django_db

VALID = {"provider": "openai", "model_used": "gpt-4o-2024-08-06", "endpoint": "/v1/chat/completions"}


def test_it_derives_totals_and_the_billing_period(owner):
    log, _ = record_usage(
        user=owner,
        **VALID,
        tokens_input=100,
        tokens_output=20,
        cost_input="0.25",
        cost_output="0.5",
        timestamp=dt.datetime(2026, 2, 3, 4, 5, tzinfo=dt.UTC),
    )
    log.refresh_from_db()
    assert (log.tokens_total, log.cost_total, log.billing_period) == (120, Decimal("0.75"), "2026-02")
    assert log.actual_provider_name == "openai"


def test_replaying_a_request_id_returns_the_existing_row(owner):
    first, created = record_usage(user=owner, **VALID, request_id="req-1")
    again, created_again = record_usage(user=owner, **VALID, request_id="req-1", tokens_input=999)
    assert (created, created_again) == (True, False)
    assert again.pk == first.pk
    assert APIUsageLog.objects.count() == 1


def test_another_users_request_id_is_refused(owner, other_user):
    record_usage(user=owner, **VALID, request_id="req-1")
    with pytest.raises(ValidationError) as excinfo:
        record_usage(user=other_user, **VALID, request_id="req-1")
    assert "request_id" in excinfo.value.message_dict
    assert APIUsageLog.objects.count() == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("provider", "not-an-enum"),
        ("model_used", "gpt\x00-4o"),
        ("endpoint", "/v1/\x00chat"),
        ("model_used", "m" * 10_000),
        ("endpoint", "/e" * 5_000),
        ("tokens_input", -1),
        ("tokens_input", 2**70),
        ("cost_input", "NaN"),
        ("cost_input", "Infinity"),
        ("cost_input", Decimal("1e20")),
        ("cost_input", "-0.01"),
        ("response_time", float("nan")),
        ("response_time", float("inf")),
        ("response_time", -1.0),
        ("status_code", 42),
        ("timestamp", dt.datetime(1970, 1, 1, tzinfo=dt.UTC)),
        ("timestamp", dt.datetime(2999, 1, 1, tzinfo=dt.UTC)),
        ("tokens_input", "lots"),
    ],
)
def test_it_rejects_bad_input_and_writes_nothing(owner, field, value):
    fields = {**VALID, field: value}
    with pytest.raises(ValidationError) as excinfo:
        record_usage(user=owner, **fields)
    assert field in excinfo.value.message_dict
    assert not APIUsageLog.objects.exists()


def test_it_rejects_a_naive_timestamp(owner):
    with pytest.raises(ValidationError) as excinfo:
        record_usage(user=owner, **VALID, timestamp=dt.datetime(2026, 1, 1))
    assert "timestamp" in excinfo.value.message_dict
