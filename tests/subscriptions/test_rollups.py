"""Every write path keeps the daily rollups exact: what rollup_differences() finds, and concrete sums.

Each test writes through one path, then checks twice: `rollup_differences() == []`
(the rollups equal the logs summed again) and the expected numbers of the key
rows, so a path that wrote nothing, or an empty table, cannot pass.
"""

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.models import F

from subscriptions import rollups, services
from subscriptions.limits import UsageLimitExceeded
from subscriptions.models import APIUsageLog, UsageDailyRollup
from subscriptions.rollups import rebuild_rollups, rollup_differences
from subscriptions.services import backfill_actual_provider, record_usage
from tests.factories import subscribe, usage_log
from tests.threads import THREADS, run_in_threads

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")  # UTC+1 in March 2026
NEW_YORK = ZoneInfo("America/New_York")  # UTC-4 from 8 March 2026
MAR_14 = dt.date(2026, 3, 14)
MAR_15 = dt.date(2026, 3, 15)
MAR_16 = dt.date(2026, 3, 16)
MAR_17 = dt.date(2026, 3, 17)

# Berlin's 15 March, 00:30 is still 14 March in UTC; New York's 14 March, 21:00 is already the 15th.
BERLIN_JUST_AFTER_MIDNIGHT = dt.datetime(2026, 3, 15, 0, 30, tzinfo=BERLIN)  # 2026-03-14 23:30 UTC
BERLIN_AN_HOUR_LATER = dt.datetime(2026, 3, 15, 1, 30, tzinfo=BERLIN)  # 2026-03-15 00:30 UTC
NEW_YORK_EVENING = dt.datetime(2026, 3, 14, 21, 0, tzinfo=NEW_YORK)  # 2026-03-15 01:00 UTC

LLM_CHAT = {"provider": "openai", "model_used": "gpt-4o", "endpoint": "/api/llm/chat"}
GEMINI = {"provider": "gemini", "model_used": "gemini-2.5-pro", "endpoint": "/api/llm/chat"}
AUDIO = {"provider": "audio", "model_used": "minimax/speech-02-hd", "endpoint": "/audio-generation/wavespeed"}


def utc(day: dt.date, hour: int = 12, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC)


def rollup_table() -> dict:
    """Every rollup row as {(user, day, enum, actual): (calls, successes, tokens, cost)}."""
    return {
        (row.user_id, row.day, row.provider, row.actual_provider_name): (
            row.calls,
            row.successes,
            row.tokens_total,
            row.cost_total,
        )
        for row in UsageDailyRollup.objects.all()
    }


def assert_exact() -> None:
    """The rollups equal the logs summed again, and no row is left empty."""
    assert rollup_differences() == []
    assert not UsageDailyRollup.objects.filter(calls__lte=0).exists()


# --- APIUsageLog.save() ------------------------------------------------------------------------


def test_save_counts_each_insert_in_its_utc_day_whatever_the_time_zones(owner, other_user, settings):
    settings.TIME_ZONE = "Asia/Tokyo"  # the default time zone must not decide the day either
    usage_log(owner, timestamp=BERLIN_JUST_AFTER_MIDNIGHT)
    usage_log(owner, timestamp=BERLIN_AN_HOUR_LATER, tokens_total=20, cost_total=Decimal("0.200001"))
    usage_log(
        owner,
        **GEMINI,
        timestamp=NEW_YORK_EVENING,
        status_code=500,
        tokens_total=100,
        cost_total=Decimal("0.5"),
    )
    usage_log(other_user, **AUDIO, timestamp=BERLIN_JUST_AFTER_MIDNIGHT, status_code=429)

    assert_exact()
    assert rollup_table() == {
        (owner.pk, MAR_14, "video", "wavespeed"): (1, 1, 15, Decimal("0.15")),
        (owner.pk, MAR_15, "video", "wavespeed"): (1, 1, 20, Decimal("0.200001")),
        (owner.pk, MAR_15, "gemini", "google"): (1, 0, 100, Decimal("0.5")),
        (other_user.pk, MAR_14, "audio", "wavespeed"): (1, 0, 15, Decimal("0.15")),
    }
    row = UsageDailyRollup.objects.get(user=owner, day=MAR_15, provider="video")
    assert (row.billing_period, row.response_time_sum) == ("2026-03", 1.5)


def test_save_of_a_stored_row_moves_it_to_its_new_user_day_and_enum(owner, other_user):
    moved = usage_log(owner, timestamp=utc(MAR_14))
    usage_log(owner, timestamp=utc(MAR_14, 13))

    moved.user = other_user
    moved.timestamp = dt.datetime(2026, 3, 16, 1, 0, tzinfo=BERLIN)  # 2026-03-16 00:00 UTC
    moved.provider, moved.model_used, moved.endpoint = GEMINI.values()
    moved.actual_provider_name = None  # so the save signal detects it again
    moved.status_code, moved.tokens_total, moved.cost_total = 503, 70, Decimal("0.7")
    moved.save()

    assert_exact()
    assert rollup_table() == {
        (owner.pk, MAR_14, "video", "wavespeed"): (1, 1, 15, Decimal("0.15")),
        (other_user.pk, MAR_16, "gemini", "google"): (1, 0, 70, Decimal("0.7")),
    }


def test_saving_the_only_row_of_a_bucket_elsewhere_leaves_no_empty_row(owner):
    log = usage_log(owner, timestamp=utc(MAR_14))
    log.timestamp = utc(MAR_15)
    log.save()

    assert_exact()
    assert rollup_table() == {(owner.pk, MAR_15, "video", "wavespeed"): (1, 1, 15, Decimal("0.15"))}


def test_save_with_update_fields_adds_the_difference_of_the_written_fields(owner):
    log = usage_log(owner, timestamp=utc(MAR_14))
    usage_log(owner, timestamp=utc(MAR_14, 13))

    log.tokens_total, log.cost_total, log.status_code = 40, Decimal("1.25"), 404
    log.save(update_fields=["tokens_total", "cost_total", "status_code"])

    assert_exact()
    assert rollup_table() == {(owner.pk, MAR_14, "video", "wavespeed"): (2, 1, 55, Decimal("1.40"))}


def test_save_with_update_fields_of_a_detection_input_keeps_the_stored_actual_provider(owner):
    log = usage_log(owner, timestamp=utc(MAR_14), **LLM_CHAT)
    APIUsageLog.objects.filter(pk=log.pk).update(actual_provider_name="fal")
    log.refresh_from_db()

    log.provider = "anthropic"
    log.save(update_fields=["provider"])

    assert APIUsageLog.objects.get(pk=log.pk).actual_provider_name == "fal"
    assert_exact()
    assert rollup_table() == {(owner.pk, MAR_14, "anthropic", "fal"): (1, 1, 15, Decimal("0.15"))}


def test_save_with_update_fields_ignores_unsaved_changes_to_other_rollup_fields(owner):
    log = usage_log(owner, timestamp=utc(MAR_14))
    log.timestamp = utc(MAR_16)  # changed in memory, not written: the row stays on the 14th
    log.tokens_total = 40
    log.save(update_fields=["tokens_total"])
    assert APIUsageLog.objects.get(pk=log.pk).timestamp == utc(MAR_14)
    assert_exact()
    assert rollup_table() == {(owner.pk, MAR_14, "video", "wavespeed"): (1, 1, 40, Decimal("0.15"))}


def test_save_with_update_fields_of_a_detection_input_counts_an_unwritten_detection_nowhere(owner):
    log = usage_log(owner, timestamp=utc(MAR_14), **LLM_CHAT)
    clear_actual_provider_behind_django([log.pk])
    rollups.refresh({(owner.pk, MAR_14)}, using="default")
    log.refresh_from_db()
    log.provider = "anthropic"  # the signal detects a provider in memory that update_fields skips
    log.save(update_fields=["provider"])
    assert APIUsageLog.objects.get(pk=log.pk).actual_provider_name is None
    assert_exact()
    assert rollup_table() == {(owner.pk, MAR_14, "anthropic", ""): (1, 1, 15, Decimal("0.15"))}


def test_save_with_an_f_expression_adds_the_value_the_database_computed(owner):
    log = usage_log(owner, timestamp=utc(MAR_14))
    log.tokens_total = F("tokens_total") + 10
    log.save(update_fields=["tokens_total"])
    assert APIUsageLog.objects.get(pk=log.pk).tokens_total == 25
    assert_exact()
    assert rollup_table() == {(owner.pk, MAR_14, "video", "wavespeed"): (1, 1, 25, Decimal("0.15"))}


def test_an_insert_with_a_database_computed_timestamp_is_counted_on_the_stored_day(owner):
    from django.db.models.functions import Now

    log = usage_log(owner, save=False, timestamp=Now(), billing_period="2026-12")
    log.save()
    stored = APIUsageLog.objects.get(pk=log.pk)
    assert_exact()
    key = (owner.pk, stored.timestamp.astimezone(dt.UTC).date(), "video", "wavespeed")
    assert rollup_table() == {key: (1, 1, 15, Decimal("0.15"))}


def test_save_with_update_fields_of_other_fields_leaves_rollups_alone(owner):
    log = usage_log(owner, timestamp=utc(MAR_14))
    log.error_message = "retried"
    log.save(update_fields=["error_message"])

    assert_exact()
    assert rollup_table() == {(owner.pk, MAR_14, "video", "wavespeed"): (1, 1, 15, Decimal("0.15"))}


def test_update_or_create_and_get_or_create_keep_rollups(owner):
    APIUsageLog.objects.get_or_create(
        request_id="req-1", defaults={"user": owner, **LLM_CHAT, "timestamp": utc(MAR_14)}
    )
    APIUsageLog.objects.get_or_create(request_id="req-1", defaults={"user": owner, **LLM_CHAT})
    APIUsageLog.objects.update_or_create(
        request_id="req-1", defaults={"tokens_total": 99, "status_code": 500}
    )

    assert_exact()
    assert rollup_table() == {(owner.pk, MAR_14, "openai", "openai"): (1, 0, 99, Decimal("0"))}


def test_a_save_that_fails_inside_a_transaction_leaves_rollups_unchanged(owner):
    stored = usage_log(owner, timestamp=utc(MAR_14), request_id="taken")
    other = usage_log(owner, timestamp=utc(MAR_15), request_id="free")
    before = rollup_table()

    duplicate = usage_log(owner, save=False, timestamp=utc(MAR_16), request_id="taken")
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()
    other.timestamp, other.tokens_total, other.request_id = utc(MAR_16), 500, stored.request_id
    with pytest.raises(IntegrityError), transaction.atomic():
        other.save()

    assert (
        rollup_table()
        == before
        == {
            (owner.pk, MAR_14, "video", "wavespeed"): (1, 1, 15, Decimal("0.15")),
            (owner.pk, MAR_15, "video", "wavespeed"): (1, 1, 15, Decimal("0.15")),
        }
    )
    assert_exact()


# --- APIUsageLog.delete() ----------------------------------------------------------------------


def test_delete_takes_the_row_out_and_an_emptied_row_away(owner, other_user):
    first = usage_log(owner, timestamp=utc(MAR_14), tokens_total=10)
    usage_log(owner, timestamp=utc(MAR_14, 13), tokens_total=30, status_code=500)
    alone = usage_log(other_user, **GEMINI, timestamp=BERLIN_JUST_AFTER_MIDNIGHT)

    first.delete()
    alone.delete()

    assert_exact()
    assert rollup_table() == {(owner.pk, MAR_14, "video", "wavespeed"): (1, 0, 30, Decimal("0.15"))}


# --- the queryset: bulk_create, bulk_update, update(), delete() ----------------------------------


def test_bulk_create_adds_every_row_to_its_bucket(owner, other_user):
    APIUsageLog.objects.bulk_create(
        [
            usage_log(owner, save=False, timestamp=BERLIN_JUST_AFTER_MIDNIGHT),
            usage_log(owner, save=False, timestamp=BERLIN_AN_HOUR_LATER, status_code=502),
            usage_log(owner, save=False, **GEMINI, timestamp=NEW_YORK_EVENING, tokens_total=7),
            usage_log(other_user, save=False, timestamp=BERLIN_AN_HOUR_LATER, cost_total="0.010001"),
            usage_log(other_user, save=False, timestamp=BERLIN_AN_HOUR_LATER, actual_provider_name="fal"),
        ],
        batch_size=2,
    )

    assert_exact()
    assert rollup_table() == {
        (owner.pk, MAR_14, "video", "wavespeed"): (1, 1, 15, Decimal("0.15")),
        (owner.pk, MAR_15, "video", "wavespeed"): (1, 0, 15, Decimal("0.15")),
        (owner.pk, MAR_15, "gemini", "google"): (1, 1, 7, Decimal("0.15")),
        (other_user.pk, MAR_15, "video", "wavespeed"): (1, 1, 15, Decimal("0.010001")),
        (other_user.pk, MAR_15, "video", "fal"): (1, 1, 15, Decimal("0.15")),
    }


def test_bulk_create_ignoring_conflicts_counts_only_the_rows_it_inserted(owner):
    usage_log(owner, timestamp=utc(MAR_14), request_id="seen")
    APIUsageLog.objects.bulk_create(
        [
            # The replay has another day and other sums: none of them may be counted.
            usage_log(owner, save=False, timestamp=utc(MAR_15), request_id="seen", tokens_total=999),
            usage_log(owner, save=False, timestamp=utc(MAR_15, 13), request_id="new", tokens_total=5),
            usage_log(owner, save=False, timestamp=utc(MAR_14, 13), request_id="new-2"),
        ],
        ignore_conflicts=True,
    )

    assert APIUsageLog.objects.count() == 3
    assert_exact()
    assert rollup_table() == {
        (owner.pk, MAR_14, "video", "wavespeed"): (2, 2, 30, Decimal("0.30")),
        (owner.pk, MAR_15, "video", "wavespeed"): (1, 1, 5, Decimal("0.15")),
    }


@pytest.mark.parametrize("rows_per_statement", [2, rollups.ROWS_PER_STATEMENT])
def test_refreshing_more_buckets_than_one_statement_holds(owner, other_user, monkeypatch, rows_per_statement):
    """1,100 buckets, every other day for two users: no run of days merges them into fewer conditions."""
    monkeypatch.setattr(rollups, "ROWS_PER_STATEMENT", rows_per_statement)
    first_day = dt.date(2020, 1, 1)
    days = [first_day + dt.timedelta(days=2 * n) for n in range(550)]
    APIUsageLog.objects.bulk_create(
        usage_log(user, save=False, timestamp=utc(day, 23, 59), request_id=f"{user.pk}-{day}")
        for user in (owner, other_user)
        for day in days
    )
    UsageDailyRollup.objects.filter(user=owner, day=days[-1]).update(calls=5)  # drift the refresh repairs

    APIUsageLog.objects.bulk_create(
        [usage_log(owner, save=False, timestamp=utc(day, 0, 1), request_id=f"again-{day}") for day in days]
        + [
            usage_log(other_user, save=False, timestamp=utc(days[0]), request_id=f"{other_user.pk}-{days[0]}")
        ],
        ignore_conflicts=True,
    )

    assert_exact()
    table = rollup_table()
    assert len(table) == 1_100
    assert table[(owner.pk, days[-1], "video", "wavespeed")] == (2, 2, 30, Decimal("0.30"))
    assert table[(other_user.pk, days[0], "video", "wavespeed")] == (1, 1, 15, Decimal("0.15"))
    assert table[(other_user.pk, days[-1], "video", "wavespeed")] == (1, 1, 15, Decimal("0.15"))


def test_bulk_create_updating_conflicts_is_refused_and_writes_nothing(owner):
    usage_log(owner, timestamp=utc(MAR_14), request_id="seen")
    with pytest.raises(ValueError, match="audit trail"):
        APIUsageLog.objects.bulk_create(
            [usage_log(owner, save=False, timestamp=utc(MAR_15), request_id="seen", tokens_total=999)],
            update_conflicts=True,
            unique_fields=["request_id"],
            update_fields=["tokens_total", "timestamp"],
        )

    assert APIUsageLog.objects.count() == 1
    assert_exact()
    assert rollup_table() == {(owner.pk, MAR_14, "video", "wavespeed"): (1, 1, 15, Decimal("0.15"))}


def test_bulk_update_moves_rows_between_buckets(owner, other_user):
    logs = [usage_log(owner, timestamp=utc(MAR_14, hour)) for hour in (1, 2, 3)]
    logs[0].user, logs[0].timestamp = other_user, NEW_YORK_EVENING
    logs[1].status_code, logs[1].tokens_total = 500, 100
    logs[2].provider, logs[2].model_used, logs[2].endpoint = GEMINI.values()
    logs[2].actual_provider_name = None  # so bulk_update detects it again

    APIUsageLog.objects.bulk_update(
        logs, ["user", "timestamp", "status_code", "tokens_total", "provider", "model_used", "endpoint"]
    )

    assert APIUsageLog.objects.get(pk=logs[2].pk).actual_provider_name == "google"
    assert_exact()
    assert rollup_table() == {
        (owner.pk, MAR_14, "video", "wavespeed"): (1, 0, 100, Decimal("0.15")),
        (owner.pk, MAR_14, "gemini", "google"): (1, 1, 15, Decimal("0.15")),
        (other_user.pk, MAR_15, "video", "wavespeed"): (1, 1, 15, Decimal("0.15")),
    }


def test_update_moves_rows_to_another_user_and_day(owner, other_user):
    moved = [usage_log(owner, timestamp=utc(MAR_14, hour)) for hour in (1, 2)]
    usage_log(owner, timestamp=utc(MAR_14, 3))
    usage_log(owner, timestamp=utc(MAR_15))
    usage_log(owner, timestamp=utc(MAR_17))

    updated = APIUsageLog.objects.filter(pk__in=[log.pk for log in moved]).update(
        user=other_user, timestamp=dt.datetime(2026, 3, 17, 0, 10, tzinfo=BERLIN), status_code=500
    )

    assert updated == 2
    assert_exact()
    assert rollup_table() == {
        (owner.pk, MAR_14, "video", "wavespeed"): (1, 1, 15, Decimal("0.15")),
        (owner.pk, MAR_15, "video", "wavespeed"): (1, 1, 15, Decimal("0.15")),
        (owner.pk, MAR_17, "video", "wavespeed"): (1, 1, 15, Decimal("0.15")),
        (other_user.pk, MAR_16, "video", "wavespeed"): (2, 0, 30, Decimal("0.30")),
    }


def test_update_with_an_expression_across_midnight(owner):
    for minute in (10, 40, 50):
        usage_log(owner, timestamp=utc(MAR_14, 23, minute))

    owner.api_usage_logs.filter(timestamp__minute__gte=40).update(
        timestamp=F("timestamp") + dt.timedelta(minutes=25), tokens_total=F("tokens_total") * 2
    )

    assert_exact()
    assert rollup_table() == {
        (owner.pk, MAR_14, "video", "wavespeed"): (1, 1, 15, Decimal("0.15")),
        (owner.pk, MAR_15, "video", "wavespeed"): (2, 2, 60, Decimal("0.30")),
    }


def test_update_of_the_model_redetects_and_moves_rows_to_the_new_provider(owner, other_user):
    changed = usage_log(owner, **LLM_CHAT, timestamp=utc(MAR_14, 1))
    usage_log(owner, **LLM_CHAT, timestamp=utc(MAR_14, 2))
    usage_log(other_user, **LLM_CHAT, timestamp=utc(MAR_14, 3))

    APIUsageLog.objects.filter(pk=changed.pk).update(model_used="claude-3-5-sonnet-20241022")

    assert APIUsageLog.objects.get(pk=changed.pk).actual_provider_name == "anthropic"
    assert_exact()
    assert rollup_table() == {
        (owner.pk, MAR_14, "openai", "openai"): (1, 1, 15, Decimal("0.15")),
        (owner.pk, MAR_14, "openai", "anthropic"): (1, 1, 15, Decimal("0.15")),
        (other_user.pk, MAR_14, "openai", "openai"): (1, 1, 15, Decimal("0.15")),
    }


def test_update_of_fields_outside_the_rollups_changes_nothing(owner):
    usage_log(owner, timestamp=utc(MAR_14))
    APIUsageLog.objects.update(error_message="timeout", retry_count=2)

    assert_exact()
    assert rollup_table() == {(owner.pk, MAR_14, "video", "wavespeed"): (1, 1, 15, Decimal("0.15"))}


def test_queryset_delete_empties_buckets_without_leaving_zero_rows(owner, other_user):
    usage_log(owner, timestamp=utc(MAR_14, 1))
    usage_log(owner, **GEMINI, timestamp=utc(MAR_14, 2))
    usage_log(owner, timestamp=utc(MAR_15, 1), status_code=500)
    usage_log(owner, timestamp=utc(MAR_15, 2))
    usage_log(owner, timestamp=utc(MAR_17))
    usage_log(other_user, timestamp=utc(MAR_14))

    deleted, _ = APIUsageLog.objects.filter(user=owner, provider="video").exclude(status_code=500).delete()

    assert deleted == 3
    assert_exact()
    assert rollup_table() == {
        (owner.pk, MAR_14, "gemini", "google"): (1, 1, 15, Decimal("0.15")),
        (owner.pk, MAR_15, "video", "wavespeed"): (1, 0, 15, Decimal("0.15")),
        (other_user.pk, MAR_14, "video", "wavespeed"): (1, 1, 15, Decimal("0.15")),
    }


def test_deleting_every_log_empties_the_rollups(owner, other_user):
    usage_log(owner, timestamp=utc(MAR_14))
    usage_log(other_user, timestamp=utc(MAR_15))
    assert UsageDailyRollup.objects.count() == 2

    APIUsageLog.objects.all().delete()

    assert UsageDailyRollup.objects.count() == 0
    assert_exact()


# --- record_usage ------------------------------------------------------------------------------


def test_record_usage_counts_calls_and_a_replay_adds_nothing(owner, other_user):
    record_usage(
        user=owner,
        **LLM_CHAT,
        tokens_input=10,
        tokens_output=5,
        cost_input="0.01",
        timestamp=BERLIN_JUST_AFTER_MIDNIGHT,
        request_id="req-1",
    )
    record_usage(user=owner, **LLM_CHAT, status_code=500, timestamp=BERLIN_AN_HOUR_LATER)
    record_usage(user=other_user, **AUDIO, cost_total="2.5", timestamp=NEW_YORK_EVENING)
    before = rollup_table()

    again, created = record_usage(
        user=owner, **LLM_CHAT, tokens_input=999, timestamp=BERLIN_AN_HOUR_LATER, request_id="req-1"
    )

    assert not created
    assert (
        rollup_table()
        == before
        == {
            (owner.pk, MAR_14, "openai", "openai"): (1, 1, 15, Decimal("0.01")),
            (owner.pk, MAR_15, "openai", "openai"): (1, 0, 0, Decimal("0")),
            (other_user.pk, MAR_15, "audio", "wavespeed"): (1, 1, 0, Decimal("2.5")),
        }
    )
    assert_exact()


def test_record_usage_refused_by_the_plan_writes_no_rollup(owner):
    subscribe(owner, {"openai": {"max_calls": 1}})
    record_usage(user=owner, **LLM_CHAT)
    before = rollup_table()

    with pytest.raises(UsageLimitExceeded):
        record_usage(user=owner, **LLM_CHAT)

    assert sum(calls for calls, *_ in before.values()) == 1
    assert rollup_table() == before
    assert_exact()


# --- backfill_actual_provider ------------------------------------------------------------------


def clear_actual_provider_behind_django(pks) -> None:
    """NULL the column with plain SQL, as an old database holds it: the rollups do not see it."""
    table = connection.ops.quote_name(APIUsageLog._meta.db_table)
    with connection.cursor() as cursor:
        placeholders = ", ".join(["%s"] * len(pks))
        cursor.execute(
            f"UPDATE {table} SET actual_provider_name = NULL WHERE id IN ({placeholders})", list(pks)
        )


@pytest.fixture
def unknown_providers(owner, other_user):
    """Logs of two users and three days, most of them with the actual provider NULLed behind Django."""
    logs = [
        usage_log(owner, timestamp=BERLIN_JUST_AFTER_MIDNIGHT),
        usage_log(owner, timestamp=BERLIN_AN_HOUR_LATER, status_code=500),
        usage_log(owner, **GEMINI, timestamp=BERLIN_AN_HOUR_LATER, tokens_total=100),
        usage_log(owner, **LLM_CHAT, timestamp=utc(MAR_17)),
        usage_log(other_user, **AUDIO, timestamp=NEW_YORK_EVENING),
    ]
    usage_log(owner, timestamp=utc(MAR_14, 1))  # still known: must stay where it is
    cleared = [log.pk for log in logs]
    clear_actual_provider_behind_django(cleared)
    return cleared


UNKNOWN_BEFORE_BACKFILL = {
    "owner": {
        (MAR_14, "video", ""): (1, 1, 15, Decimal("0.15")),
        (MAR_14, "video", "wavespeed"): (1, 1, 15, Decimal("0.15")),
        (MAR_15, "video", ""): (1, 0, 15, Decimal("0.15")),
        (MAR_15, "gemini", ""): (1, 1, 100, Decimal("0.15")),
        (MAR_17, "openai", ""): (1, 1, 15, Decimal("0.15")),
    },
    "other": {(MAR_15, "audio", ""): (1, 1, 15, Decimal("0.15"))},
}
DETECTED_AFTER_BACKFILL = {
    "owner": {
        (MAR_14, "video", "wavespeed"): (2, 2, 30, Decimal("0.30")),
        (MAR_15, "video", "wavespeed"): (1, 0, 15, Decimal("0.15")),
        (MAR_15, "gemini", "google"): (1, 1, 100, Decimal("0.15")),
        (MAR_17, "openai", "openai"): (1, 1, 15, Decimal("0.15")),
    },
    "other": {(MAR_15, "audio", "wavespeed"): (1, 1, 15, Decimal("0.15"))},
}


def expected_table(by_user: dict, owner, other_user) -> dict:
    users = {"owner": owner.pk, "other": other_user.pk}
    return {(users[who], *key): sums for who, rows in by_user.items() for key, sums in rows.items()}


def test_refresh_puts_rows_cleared_behind_django_in_the_unknown_bucket(unknown_providers, owner, other_user):
    rollups.refresh(rollups.buckets_of(APIUsageLog.objects.all()), using="default")

    assert_exact()
    assert rollup_table() == expected_table(UNKNOWN_BEFORE_BACKFILL, owner, other_user)


@pytest.mark.parametrize("batch_size", [1, 2, 10_000])
def test_backfill_moves_unknown_rows_to_their_detected_provider(
    unknown_providers, owner, other_user, batch_size
):
    rebuild_rollups()
    assert rollup_table() == expected_table(UNKNOWN_BEFORE_BACKFILL, owner, other_user)

    result = backfill_actual_provider(batch_size=batch_size)

    assert result.updated == 5
    assert_exact()
    assert rollup_table() == expected_table(DETECTED_AFTER_BACKFILL, owner, other_user)


def test_a_backfill_of_a_selection_across_a_join_moves_only_the_selected_rows(
    unknown_providers, owner, other_user
):
    rebuild_rollups()

    result = backfill_actual_provider(queryset=APIUsageLog.objects.filter(user__username=owner.username))

    assert result.updated == 4
    assert_exact()
    assert rollup_table() == {
        **expected_table({"owner": DETECTED_AFTER_BACKFILL["owner"]}, owner, other_user),
        **expected_table({"other": UNKNOWN_BEFORE_BACKFILL["other"]}, owner, other_user),
    }


def test_a_dry_run_backfill_changes_neither_logs_nor_rollups(unknown_providers, owner, other_user):
    cleared = unknown_providers
    rollups.refresh(rollups.buckets_of(APIUsageLog.objects.all()), using="default")

    result = backfill_actual_provider(dry_run=True, batch_size=2)

    assert result.updated == 5
    assert APIUsageLog.objects.filter(actual_provider_name=None).count() == len(cleared)
    assert_exact()
    assert rollup_table() == expected_table(UNKNOWN_BEFORE_BACKFILL, owner, other_user)


def test_a_full_redetection_moves_rows_off_a_stale_provider(owner):
    logs = [usage_log(owner, timestamp=utc(MAR_14, hour)) for hour in (1, 2, 3)]
    APIUsageLog.objects.filter(pk__in=[logs[0].pk, logs[1].pk]).update(actual_provider_name="fal")
    assert rollup_table()[(owner.pk, MAR_14, "video", "fal")] == (2, 2, 30, Decimal("0.30"))

    result = backfill_actual_provider(only_missing=False)

    assert result.updated == 2
    assert_exact()
    assert rollup_table() == {(owner.pk, MAR_14, "video", "wavespeed"): (3, 3, 45, Decimal("0.45"))}


@pytest.mark.parametrize("concurrent_write", ["update", "delete"])
def test_backfill_sums_the_window_again_when_another_writer_changed_it(
    unknown_providers, owner, other_user, monkeypatch, concurrent_write
):
    """Between the window's read and its UPDATE another writer changes a row: the backfill falls back."""
    rebuild_rollups()
    cleared = unknown_providers
    victim = cleared[0]  # owner's video call of 14 March (UTC)
    write_detected = services._write_detected

    def another_writer_first(window, changes):
        rows = APIUsageLog.objects.filter(pk=victim)
        rows.update(actual_provider_name="fal") if concurrent_write == "update" else rows.delete()
        return write_detected(window, changes)

    monkeypatch.setattr(services, "_write_detected", another_writer_first)

    backfill_actual_provider()

    # Applying the deltas it read would have moved the victim a second time: only a new sum is exact.
    assert_exact()
    expected = expected_table(DETECTED_AFTER_BACKFILL, owner, other_user)
    expected[(owner.pk, MAR_14, "video", "wavespeed")] = (1, 1, 15, Decimal("0.15"))
    if concurrent_write == "update":
        expected[(owner.pk, MAR_14, "video", "fal")] = (1, 1, 15, Decimal("0.15"))
    assert rollup_table() == expected


# --- rebuild_rollups (migration 0007) and rollup_differences -----------------------------------


@pytest.fixture
def mixed_logs(owner, other_user, staff):
    usage_log(owner, timestamp=BERLIN_JUST_AFTER_MIDNIGHT)
    usage_log(owner, timestamp=BERLIN_AN_HOUR_LATER, status_code=500)
    usage_log(owner, **GEMINI, timestamp=NEW_YORK_EVENING, cost_total=Decimal("1.000001"))
    usage_log(other_user, **AUDIO, timestamp=utc(MAR_16))
    usage_log(staff, **LLM_CHAT, timestamp=utc(MAR_17), actual_provider_name="azure")


def test_rebuild_after_the_rollups_were_lost_reproduces_them_exactly(mixed_logs, owner, other_user, staff):
    kept = rollup_table()
    assert len(kept) == 5
    UsageDailyRollup.objects.all().delete()
    lines = []

    written = rebuild_rollups(progress=lines.append, users_per_batch=2)

    assert written == 5
    assert rollup_table() == kept
    assert kept[(owner.pk, MAR_15, "gemini", "google")] == (1, 1, 15, Decimal("1.000001"))
    assert kept[(staff.pk, MAR_17, "openai", "azure")] == (1, 1, 15, Decimal("0.15"))
    assert lines == ["users 2/3: 4 rollup rows", "users 3/3: 5 rollup rows"]
    assert_exact()


def test_rebuild_with_the_migrations_historical_models(mixed_logs, owner):
    kept = rollup_table()
    UsageDailyRollup.objects.all().delete()
    state = MigrationLoader(connection).project_state(("subscriptions", "0007_build_usage_daily_rollups"))

    written = rebuild_rollups(
        log_model=state.apps.get_model("subscriptions", "APIUsageLog"),
        rollup_model=state.apps.get_model("subscriptions", "UsageDailyRollup"),
    )

    assert written == 5
    assert rollup_table() == kept
    assert_exact()


def test_rebuild_replaces_wrong_rows_and_drops_rows_of_users_without_logs(
    mixed_logs, owner, other_user, staff
):
    kept = rollup_table()
    UsageDailyRollup.objects.filter(user=owner, provider="gemini").update(calls=7, tokens_total=1)
    UsageDailyRollup.objects.create(user=staff, day=MAR_14, billing_period="2026-03", provider="exa", calls=3)
    APIUsageLog.objects.filter(user=other_user).update(user=staff)
    UsageDailyRollup.objects.create(
        user=other_user, day=MAR_14, billing_period="2026-03", provider="video", calls=1
    )
    assert len(rollup_differences()) == 3

    rebuild_rollups()

    assert_exact()
    assert rollup_table() == {
        **{key: sums for key, sums in kept.items() if key[0] != other_user.pk},
        (staff.pk, MAR_16, "audio", "wavespeed"): (1, 1, 15, Decimal("0.15")),
    }


def test_rollup_differences_reports_a_tampered_a_missing_and_an_extra_row(mixed_logs, owner, other_user):
    UsageDailyRollup.objects.filter(user=owner, provider="gemini").update(calls=2, cost_total=Decimal("9"))
    UsageDailyRollup.objects.filter(user=other_user).delete()
    UsageDailyRollup.objects.create(user=owner, day=MAR_16, billing_period="2026-03", provider="exa", calls=1)

    differences = rollup_differences()

    assert [key for key, _, _ in differences] == sorted(
        [
            (owner.pk, MAR_15, "gemini", "google"),
            (owner.pk, MAR_16, "exa", ""),
            (other_user.pk, MAR_16, "audio", "wavespeed"),
        ]
    )
    by_key = {key: (want, have) for key, want, have in differences}
    want, have = by_key[(owner.pk, MAR_15, "gemini", "google")]
    assert (want["calls"], want["cost"], have["calls"], have["cost"]) == (
        1,
        Decimal("1.000001"),
        2,
        Decimal("9"),
    )
    assert by_key[(other_user.pk, MAR_16, "audio", "wavespeed")][1]["calls"] == 0
    assert by_key[(owner.pk, MAR_16, "exa", "")][0]["calls"] == 0


def test_rollup_differences_notices_a_cost_off_by_a_millionth(mixed_logs, owner):
    UsageDailyRollup.objects.filter(user=owner, provider="gemini").update(cost_total=Decimal("1.000002"))
    assert [key for key, _, _ in rollup_differences()] == [(owner.pk, MAR_15, "gemini", "google")]


# --- concurrent writers (PostgreSQL) -----------------------------------------------------------


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_concurrent_record_usage_on_one_rollup_row_loses_no_call(owner):
    calls_per_thread = 25

    def write(thread):
        for index in range(calls_per_thread):
            record_usage(
                user=owner,
                **LLM_CHAT,
                tokens_input=index,
                cost_input="0.001",
                status_code=200 if index % 5 else 500,
                timestamp=utc(MAR_14, 12, thread),
                request_id=f"t{thread}-{index}",
            )
            if index % 10 == 0:  # a replay in the middle of the race adds nothing
                record_usage(user=owner, **LLM_CHAT, request_id=f"t{thread}-{index}")

    run_in_threads(write, THREADS)

    assert rollup_table() == {
        (owner.pk, MAR_14, "openai", "openai"): (
            THREADS * calls_per_thread,
            THREADS * (calls_per_thread - 5),
            THREADS * sum(range(calls_per_thread)),
            Decimal("0.001") * THREADS * calls_per_thread,
        )
    }
    assert_exact()


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_racing_replays_of_one_request_id_count_one_call(owner):
    results = run_in_threads(
        lambda _: record_usage(
            user=owner, **LLM_CHAT, tokens_input=3, timestamp=utc(MAR_14), request_id="same"
        ),
        THREADS * 4,
    )

    assert sum(created for _, created in results) == 1
    assert rollup_table() == {(owner.pk, MAR_14, "openai", "openai"): (1, 1, 3, Decimal("0"))}
    assert_exact()


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_concurrent_inserts_updates_and_deletes_of_one_bucket_stay_exact(owner, other_user):
    """Summing a bucket again while others add to it must neither lose nor double an addition.

    Worker 0 updates and deletes owner's failed calls over and over (each a refresh
    of the bucket), worker 1 moves each of its calls to other_user after writing
    the next, the others add successes and failures to the same rollup row.
    """

    def work(worker):
        if worker == 0:
            for _ in range(20):
                APIUsageLog.objects.filter(user=owner, tokens_total=1).update(tokens_total=2)
                APIUsageLog.objects.filter(user=owner, tokens_total=2, status_code=500).delete()
        elif worker == 1:
            for index in range(40):
                APIUsageLog.objects.filter(user=owner, request_id=f"moved-{index - 1}").update(
                    user=other_user
                )
                record_usage(
                    user=owner, **LLM_CHAT, tokens_input=1, timestamp=utc(MAR_14), request_id=f"moved-{index}"
                )
        else:
            for index in range(40):
                record_usage(
                    user=owner,
                    **LLM_CHAT,
                    tokens_input=1,
                    status_code=500 if index % 2 else 200,
                    timestamp=utc(MAR_14),
                    request_id=f"writer-{worker}-{index}",
                )

    run_in_threads(work, 6)

    assert_exact()
    table = rollup_table()
    assert set(table) == {(owner.pk, MAR_14, "openai", "openai"), (other_user.pk, MAR_14, "openai", "openai")}
    owner_calls, owner_successes, _, _ = table[(owner.pk, MAR_14, "openai", "openai")]
    moved_calls, moved_successes, _, _ = table[(other_user.pk, MAR_14, "openai", "openai")]
    assert (moved_calls, moved_successes) == (39, 39)
    # 4 writers x 20 successes, plus worker 1's last call, which was not moved; failures may be deleted.
    assert owner_successes == 81
    assert owner_calls == APIUsageLog.objects.filter(user=owner).count() >= 81


def test_bulk_update_of_the_timestamp_moves_the_billing_period_with_it(owner):
    log = usage_log(owner, timestamp=utc(MAR_14))
    assert log.billing_period == "2026-03"
    log.timestamp = dt.datetime(2026, 2, 28, 23, 59, tzinfo=dt.UTC)
    APIUsageLog.objects.bulk_update([log], ["timestamp"])
    assert APIUsageLog.objects.get(pk=log.pk).billing_period == "2026-02"
    assert_exact()
    assert rollup_table() == {
        (owner.pk, dt.date(2026, 2, 28), "video", "wavespeed"): (1, 1, 15, Decimal("0.15"))
    }
