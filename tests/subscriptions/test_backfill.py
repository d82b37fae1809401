"""The set-based backfill: service, command, dry run, re-detection, resume."""

import pytest
from django.core.management import call_command

from subscriptions import services
from subscriptions.models import APIUsageLog
from subscriptions.services import backfill_actual_provider, redetect_usage_logs
from tests.factories import usage_log

pytestmark = pytest.mark.django_db

KINDS = [
    ("video", "alibaba/wan-2.5/text-to-video", "/video-generation/wavespeed", "wavespeed"),
    ("gemini", "gemini-2.5-flash", "/api/llm/chat", "google"),
    ("mistral", "openai/gpt-oss-120b:groq", "/api/llm/chat", "huggingface"),
    ("anthropic", "claude-3-5-sonnet-20241022", "https://api.anthropic.com/v1/messages", "anthropic"),
]


def seed_unfilled(owner, rows: int) -> None:
    """Rows as an old database holds them: actual_provider_name NULL."""
    for index in range(rows):
        enum, model, endpoint, _ = KINDS[index % len(KINDS)]
        usage_log(owner, provider=enum, model_used=model, endpoint=endpoint)
    APIUsageLog.objects.update(actual_provider_name=None)


def expected_by_model():
    return {model: slug for _, model, _, slug in KINDS}


def test_it_fills_every_row_across_batch_boundaries(owner):
    seed_unfilled(owner, 2 * 7 + 5)
    result = backfill_actual_provider(batch_size=7)
    assert result.batches == 3
    assert result.updated == 19
    for model, slug in APIUsageLog.objects.values_list("model_used", "actual_provider_name"):
        assert slug == expected_by_model()[model]


def test_it_counts_transitions_per_enum(owner):
    seed_unfilled(owner, 8)
    result = backfill_actual_provider()
    assert result.transitions == {
        ("video", "wavespeed"): 2,
        ("gemini", "google"): 2,
        ("mistral", "huggingface"): 2,
        ("anthropic", "anthropic"): 2,
    }


def test_a_dry_run_writes_nothing(owner):
    seed_unfilled(owner, 8)
    result = backfill_actual_provider(dry_run=True)
    assert result.updated == 8
    assert not APIUsageLog.objects.exclude(actual_provider_name=None).exists()


def test_it_keeps_explicit_values_unless_asked_to_redetect_all(owner):
    log = usage_log(owner, actual_provider_name="replicate")
    assert backfill_actual_provider().updated == 0
    assert APIUsageLog.objects.get(pk=log.pk).actual_provider_name == "replicate"
    assert backfill_actual_provider(only_missing=False).updated == 1
    assert APIUsageLog.objects.get(pk=log.pk).actual_provider_name == "wavespeed"


def test_redetect_reports_only_rows_that_changed(owner):
    usage_log(owner)
    changed = usage_log(owner, actual_provider_name="replicate")
    assert redetect_usage_logs(APIUsageLog.objects.all()) == 1
    assert APIUsageLog.objects.get(pk=changed.pk).actual_provider_name == "wavespeed"


def test_an_interrupted_backfill_resumes_with_the_same_result(owner, monkeypatch):
    seed_unfilled(owner, 30)
    real_window = services._backfill_window
    calls = {"n": 0}

    def failing_window(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("injected failure in batch 3")
        return real_window(*args, **kwargs)

    monkeypatch.setattr(services, "_backfill_window", failing_window)
    with pytest.raises(RuntimeError):
        backfill_actual_provider(batch_size=5)
    assert APIUsageLog.objects.filter(actual_provider_name=None).count() == 20
    monkeypatch.setattr(services, "_backfill_window", real_window)
    backfill_actual_provider(batch_size=5)
    assert not APIUsageLog.objects.filter(actual_provider_name=None).exists()
    for model, slug in APIUsageLog.objects.values_list("model_used", "actual_provider_name"):
        assert slug == expected_by_model()[model]


def test_the_command_reports_counts_and_progress(owner, capsys):
    seed_unfilled(owner, 12)
    call_command("backfill_actual_provider", "--batch-size", "5")
    out, err = capsys.readouterr()
    assert "Updated 12 of 12 rows scanned in 3 batches" in out
    assert "video -> wavespeed: 3" in out
    assert "batch 3/3" in err
    assert not APIUsageLog.objects.filter(actual_provider_name=None).exists()


def test_the_command_dry_run_and_all_flags(owner, capsys):
    usage_log(owner, actual_provider_name="replicate")
    call_command("backfill_actual_provider", "--all", "--dry-run")
    assert "Would update 1 of 1 rows" in capsys.readouterr().out
    assert APIUsageLog.objects.get().actual_provider_name == "replicate"


def test_the_command_rejects_a_bad_batch_size():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--batch-size"):
        call_command("backfill_actual_provider", "--batch-size", "0")
