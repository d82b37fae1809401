"""Concurrent writers on PostgreSQL: nothing lost, nothing duplicated, nothing left undetected."""

import pytest

from subscriptions.models import APIUsageLog
from subscriptions.services import backfill_actual_provider, record_usage
from tests.factories import usage_log
from tests.threads import THREADS, run_in_threads

pytestmark = [pytest.mark.postgres_only, pytest.mark.django_db(transaction=True)]


def test_replaying_one_request_id_from_8_threads_writes_one_row(owner):
    results = run_in_threads(
        lambda _: record_usage(
            user=owner,
            provider="video",
            model_used="alibaba/wan-2.5/text-to-video",
            endpoint="/video-generation/wavespeed",
            request_id="same-request",
        ),
        THREADS * 4,
    )
    assert APIUsageLog.objects.filter(request_id="same-request").count() == 1
    assert sum(created for _, created in results) == 1
    assert len({log.pk for log, _ in results}) == 1


def test_8_threads_of_500_calls_write_4000_detected_rows(owner):
    kinds = [
        ("video", "alibaba/wan-2.5/text-to-video", "/video-generation/wavespeed"),
        ("gemini", "gemini-2.5-flash", "/api/llm/chat"),
        ("mistral", "openai/gpt-oss-120b:groq", "/api/llm/chat"),
        ("anthropic", "claude-3-5-sonnet-20241022", "https://api.anthropic.com/v1/messages"),
    ]

    def write_500(thread):
        for index in range(500):
            enum, model, endpoint = kinds[(thread + index) % len(kinds)]
            record_usage(
                user=owner,
                provider=enum,
                model_used=model,
                endpoint=endpoint,
                request_id=f"t{thread}-{index}",
            )

    run_in_threads(write_500, THREADS)
    assert APIUsageLog.objects.count() == 4000
    assert APIUsageLog.objects.values("request_id").distinct().count() == 4000
    assert not APIUsageLog.objects.filter(actual_provider_name=None).exists()


def test_a_backfill_during_writes_leaves_no_fillable_row_null(owner):
    APIUsageLog.objects.bulk_create(
        usage_log(owner, save=False, provider="gemini", model_used="gemini-2.5-pro", endpoint="/api/llm/chat")
        for _ in range(3000)
    )
    APIUsageLog.objects.update(actual_provider_name=None)  # as an old database holds them

    def work(worker):
        if worker == 0:
            return backfill_actual_provider(batch_size=250).updated
        for index in range(300):
            record_usage(
                user=owner,
                provider="audio",
                model_used="minimax/speech-02-hd",
                endpoint="/audio-generation/wavespeed",
                request_id=f"new-{worker}-{index}",
            )
        return 0

    filled = run_in_threads(work, 4)[0]
    assert filled == 3000
    assert APIUsageLog.objects.count() == 3900
    assert not APIUsageLog.objects.filter(actual_provider_name=None).exists()
