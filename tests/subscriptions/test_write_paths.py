"""Every path that writes a usage log makes a detection attempt."""

import datetime as dt

import pytest

from subscriptions.models import APIUsageLog
from subscriptions.services import record_usage
from tests.factories import usage_log

pytestmark = pytest.mark.django_db


def test_save_detects_the_actual_provider(owner):
    log = usage_log(owner)
    log.refresh_from_db()
    assert log.actual_provider_name == "wavespeed"


def test_objects_create_detects_the_actual_provider(owner):
    log = APIUsageLog.objects.create(
        user=owner, provider="gemini", model_used="gemini-2.5-flash", endpoint="/api/llm/chat"
    )
    log.refresh_from_db()
    assert log.actual_provider_name == "google"


def test_save_derives_the_billing_period_in_utc(owner):
    new_york_winter = dt.timezone(dt.timedelta(hours=-5))
    log = usage_log(owner, timestamp=dt.datetime(2026, 3, 31, 23, 30, tzinfo=new_york_winter))
    log.refresh_from_db()
    assert log.billing_period == "2026-04"


def test_bulk_create_detects_every_row(owner):
    APIUsageLog.objects.bulk_create(
        [
            usage_log(owner, save=False),
            usage_log(
                owner,
                save=False,
                provider="mistral",
                model_used="openai/gpt-oss-120b:groq",
                endpoint="/api/llm/chat",
            ),
        ]
    )
    assert sorted(APIUsageLog.objects.values_list("actual_provider_name", flat=True)) == [
        "huggingface",
        "wavespeed",
    ]


def test_an_explicit_actual_provider_is_kept(owner):
    log = usage_log(owner, actual_provider_name="google")
    bulk = usage_log(owner, save=False, actual_provider_name="replicate")
    APIUsageLog.objects.bulk_create([bulk])
    record, _ = record_usage(
        user=owner, provider="video", endpoint="/video-generation/wavespeed", actual_provider_name="fal"
    )
    assert APIUsageLog.objects.get(pk=log.pk).actual_provider_name == "google"
    assert APIUsageLog.objects.get(model_used=bulk.model_used, actual_provider_name="replicate")
    assert APIUsageLog.objects.get(pk=record.pk).actual_provider_name == "fal"


def test_record_usage_detects_the_actual_provider(owner):
    log, created = record_usage(
        user=owner,
        provider="audio",
        model_used="minimax/speech-02-hd",
        endpoint="/audio-generation/wavespeed",
    )
    assert created
    assert APIUsageLog.objects.get(pk=log.pk).actual_provider_name == "wavespeed"


def test_queryset_update_of_a_detection_input_redetects(owner):
    log = usage_log(owner)
    APIUsageLog.objects.filter(pk=log.pk).update(
        provider="gemini", model_used="gemini-2.5-pro", endpoint="/api/llm/chat"
    )
    assert APIUsageLog.objects.get(pk=log.pk).actual_provider_name == "google"


def test_queryset_update_of_other_fields_keeps_the_actual_provider(owner):
    log = usage_log(owner, actual_provider_name="replicate")
    APIUsageLog.objects.filter(pk=log.pk).update(status_code=500)
    assert APIUsageLog.objects.get(pk=log.pk).actual_provider_name == "replicate"


def test_bulk_update_of_a_detection_input_fills_an_empty_provider(owner):
    log = usage_log(owner)
    APIUsageLog.objects.filter(pk=log.pk).update(actual_provider_name=None)
    log.refresh_from_db()
    log.model_used, log.provider, log.endpoint = "claude-3-5-sonnet-20241022", "anthropic", "/api/llm/chat"
    APIUsageLog.objects.bulk_update([log], ["model_used", "provider", "endpoint"])
    assert APIUsageLog.objects.get(pk=log.pk).actual_provider_name == "anthropic"
