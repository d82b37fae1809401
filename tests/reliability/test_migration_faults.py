"""Migrations and backfills on PostgreSQL at a realistic size: nothing lost or altered."""

import hashlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from providers.detection import detect_actual_provider
from subscriptions import services
from subscriptions.models import APIUsageLog
from subscriptions.services import backfill_actual_provider

pytestmark = [pytest.mark.postgres_only]

ROWS = 20_000
BEFORE_COLUMN = [("subscriptions", "0001_initial")]
KINDS = [
    ("video", "alibaba/wan-2.5/text-to-video", "/video-generation/wavespeed"),
    ("stability", "qwen-image", "/image-generation/wavespeed"),
    ("audio", "minimax/speech-02-hd", "/audio-generation/wavespeed"),
    ("gemini", "gemini-2.5-flash", "/api/llm/chat"),
    ("mistral", "openai/gpt-oss-120b:groq", "/api/llm/chat"),
    ("openai", "gpt-4o-2024-08-06", "https://api.openai.com/v1/chat/completions"),
    ("tavily", "", "https://api.tavily.com/search"),
]
# Every column the first schema had: the migrations must leave them untouched.
ORIGINAL_COLUMNS = (
    "id, user_id, provider, endpoint, method, model_used, tokens_input, tokens_output, tokens_total, "
    "cost_input, cost_output, cost_total, response_time, status_code, error_message, retry_count, "
    "request_id, timestamp, billing_period"
)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def leaf_nodes():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def assert_every_row_detected() -> None:
    expected = {(e, m, p): detect_actual_provider(e, m, p) for e, m, p in KINDS}
    assert None not in expected.values()
    rows = APIUsageLog.objects.values_list("provider", "model_used", "endpoint", "actual_provider_name")
    assert all(slug == expected[(enum, model, endpoint)] for enum, model, endpoint, slug in rows)


def checksum() -> tuple[int, str]:
    """Row count and a digest of every original column, in primary-key order."""
    digest = hashlib.sha256()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {ORIGINAL_COLUMNS} FROM subscriptions_apiusagelog ORDER BY id")
        count = 0
        for row in cursor:
            digest.update(repr(row).encode())
            count += 1
    return count, digest.hexdigest()


def seed_old_rows(old_apps) -> None:
    user = old_apps.get_model("auth", "User").objects.create(username="legacy")
    Log = old_apps.get_model("subscriptions", "APIUsageLog")
    Log.objects.bulk_create(
        (
            Log(
                user_id=user.pk, provider=enum, model_used=model, endpoint=endpoint,
                tokens_input=index % 977, tokens_total=index % 977, cost_total=f"{index % 313}.001",
                response_time=index / 7, status_code=200 if index % 29 else 500,
                request_id=f"legacy-{index}", billing_period="2025-06",
            )
            for index in range(ROWS)
            for enum, model, endpoint in [KINDS[index % len(KINDS)]]
        ),
        batch_size=2000,
    )


@pytest.mark.django_db(transaction=True)
def test_forward_back_forward_keeps_every_row_and_column(monkeypatch):
    monkeypatch.setattr(services, "BACKFILL_BATCH_SIZE", 3000)
    seed_old_rows(migrate(BEFORE_COLUMN))
    before = checksum()
    try:
        migrate(leaf_nodes())
        assert checksum() == before
        assert_every_row_detected()
        migrate(BEFORE_COLUMN)
        assert checksum() == before
        migrate(leaf_nodes())
        assert checksum() == before
        assert_every_row_detected()
    finally:
        migrate(leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_an_interrupted_backfill_resumes_to_the_uninterrupted_result(monkeypatch, owner):
    APIUsageLog.objects.bulk_create(
        APIUsageLog(user=owner, provider=enum, model_used=model, endpoint=endpoint)
        for index in range(ROWS)
        for enum, model, endpoint in [KINDS[index % len(KINDS)]]
    )
    APIUsageLog.objects.update(actual_provider_name=None)
    backfill_actual_provider(batch_size=1000)
    uninterrupted = list(APIUsageLog.objects.order_by("pk").values_list("pk", "actual_provider_name"))

    APIUsageLog.objects.update(actual_provider_name=None)
    real_window, batches = services._backfill_window, []

    def fail_in_batch_7(*args, **kwargs):
        batches.append(1)
        if len(batches) == 7:
            raise RuntimeError("injected failure in batch 7")
        return real_window(*args, **kwargs)

    monkeypatch.setattr(services, "_backfill_window", fail_in_batch_7)
    with pytest.raises(RuntimeError, match="batch 7"):
        backfill_actual_provider(batch_size=1000)
    assert APIUsageLog.objects.filter(actual_provider_name=None).count() == ROWS - 6000
    monkeypatch.setattr(services, "_backfill_window", real_window)
    backfill_actual_provider(batch_size=1000)
    assert list(APIUsageLog.objects.order_by("pk").values_list("pk", "actual_provider_name")) == uninterrupted
