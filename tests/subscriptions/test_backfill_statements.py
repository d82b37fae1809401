"""How the backfill writes: one joined UPDATE per window, bounded statements, races left alone."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from subscriptions import services
from subscriptions.models import APIUsageLog
from subscriptions.rollups import rollup_differences
from subscriptions.services import backfill_actual_provider
from tests.factories import usage_log

pytestmark = pytest.mark.django_db

# Twelve distinct triples, every one detected as some provider.
MODELS = [("gemini", "gemini-2.5-flash"), ("openai", "gpt-4o"), ("anthropic", "claude-3-5-haiku")]
TRIPLES = [
    (enum, model, endpoint)
    for enum, model in MODELS
    for endpoint in ["/api/llm/chat", "/api/llm/complete", "/api/jobs/batch", "/api/jobs/retry"]
]


def seed_unfilled(user, triples=TRIPLES, copies: int = 2) -> None:
    for _ in range(copies):
        for enum, model, endpoint in triples:
            usage_log(user, provider=enum, model_used=model, endpoint=endpoint)
    APIUsageLog.objects.update(actual_provider_name=None)


def updates_in(captured: CaptureQueriesContext) -> list[str]:
    """The statements that write the log table (the rollups' upserts write another table)."""
    table = f'UPDATE "{APIUsageLog._meta.db_table}"'
    return [query["sql"] for query in captured.captured_queries if table in query["sql"]]


def test_each_window_is_written_by_one_update_statement(owner):
    seed_unfilled(owner)  # 24 rows, 12 triples
    with CaptureQueriesContext(connection) as captured:
        result = backfill_actual_provider(batch_size=10)
    assert result.batches == 3
    assert len(updates_in(captured)) == 3
    assert not APIUsageLog.objects.filter(actual_provider_name=None).exists()


def test_it_splits_a_window_into_statements_under_the_parameter_limit(owner, monkeypatch):
    seed_unfilled(owner, copies=1)
    # Room for three triples (five parameters each) beside the window's own parameters.
    monkeypatch.setattr(connection.features, "max_query_params", 3 * 5 + 3)
    with CaptureQueriesContext(connection) as captured:
        result = backfill_actual_provider()
    assert result.updated == 12
    assert len(updates_in(captured)) == 4
    assert not APIUsageLog.objects.filter(actual_provider_name=None).exists()


def test_a_narrowing_queryset_that_joins_another_table_fills_only_its_rows(owner, other_user):
    seed_unfilled(owner, copies=1)
    seed_unfilled(other_user, copies=1)
    result = backfill_actual_provider(queryset=APIUsageLog.objects.filter(user__username="owner"))
    assert result.updated == 12
    assert not APIUsageLog.objects.filter(user=owner, actual_provider_name=None).exists()
    assert APIUsageLog.objects.filter(user=other_user, actual_provider_name=None).count() == 12


def test_a_row_written_by_someone_else_after_the_window_was_read_keeps_their_value(owner, monkeypatch):
    seed_unfilled(owner, triples=TRIPLES[:1], copies=3)
    raced = APIUsageLog.objects.order_by("pk").first()
    real_detect = services.detect_actual_provider

    def detect_while_another_writer_stores(*args, **kwargs):
        # Between the window's read and its UPDATE, a caller stores an explicit value.
        APIUsageLog.objects.filter(pk=raced.pk).update(actual_provider_name="replicate")
        return real_detect(*args, **kwargs)

    monkeypatch.setattr(services, "detect_actual_provider", detect_while_another_writer_stores)
    backfill_actual_provider()
    assert APIUsageLog.objects.get(pk=raced.pk).actual_provider_name == "replicate"
    assert APIUsageLog.objects.filter(actual_provider_name="google").count() == 2
    assert rollup_differences() == []  # the window's buckets were summed again
