"""The migration history upgrades an old database in place and backfills it."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from subscriptions import services

BEFORE_COLUMN = [("subscriptions", "0001_initial")]
AFTER_BACKFILL = [("subscriptions", "0003_backfill_actual_provider")]
BATCH = 20
KINDS = [
    ("video", "alibaba/wan-2.5/text-to-video", "/video-generation/wavespeed", "wavespeed"),
    ("stability", "qwen-image", "/image-generation/wavespeed", "wavespeed"),
    ("gemini", "gemini-2.5-flash", "/api/llm/chat", "google"),
    ("mistral", "openai/gpt-oss-120b:groq", "/api/llm/chat", "huggingface"),
    ("openai", "gpt-4o-2024-08-06", "https://api.openai.com/v1/chat/completions", "openai"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def old_database(transactional_db, monkeypatch):
    """The schema before the column, with more than two batches of rows."""
    monkeypatch.setattr(services, "BACKFILL_BATCH_SIZE", BATCH)
    old_apps = migrate(BEFORE_COLUMN)
    user = old_apps.get_model("auth", "User").objects.create(username="legacy")
    Log = old_apps.get_model("subscriptions", "APIUsageLog")
    Log.objects.bulk_create(
        Log(user_id=user.pk, provider=enum, model_used=model, endpoint=endpoint, billing_period="2025-01")
        for index in range(2 * BATCH + 5)
        for enum, model, endpoint, _ in [KINDS[index % len(KINDS)]]
    )
    yield
    migrate(connection_leaf_nodes())


def connection_leaf_nodes():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def test_migrating_forward_backfills_every_row(old_database):
    new_apps = migrate(AFTER_BACKFILL)
    Log = new_apps.get_model("subscriptions", "APIUsageLog")
    expected = {model: slug for _, model, _, slug in KINDS}
    rows = list(Log.objects.values_list("model_used", "actual_provider_name"))
    assert len(rows) == 2 * BATCH + 5
    assert all(slug == expected[model] for model, slug in rows)


def test_it_migrates_back_and_forward_again(old_database):
    migrate(AFTER_BACKFILL)
    old_apps = migrate(BEFORE_COLUMN)
    assert old_apps.get_model("subscriptions", "APIUsageLog").objects.count() == 2 * BATCH + 5
    Log = migrate(AFTER_BACKFILL).get_model("subscriptions", "APIUsageLog")
    assert not Log.objects.filter(actual_provider_name=None).exists()
