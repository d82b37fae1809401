"""rebuild_usage_rollups: rebuilds the rollups from the logs, or with --verify only compares them."""

import datetime as dt
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import DEFAULT_DB_ALIAS, connections

from subscriptions.management.commands import rebuild_usage_rollups
from subscriptions.models import APIUsageLog, UsageDailyRollup
from subscriptions.rollups import rollup_differences
from tests.factories import usage_log

pytestmark = pytest.mark.django_db

MAR_14 = dt.date(2026, 3, 14)


def at(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)


def run(*args, **options) -> tuple[str, str]:
    stdout, stderr = StringIO(), StringIO()
    call_command("rebuild_usage_rollups", *args, stdout=stdout, stderr=stderr, **options)
    return stdout.getvalue(), stderr.getvalue()


def rollup_table() -> dict:
    return {
        (row.user_id, row.day, row.provider, row.actual_provider_name): (
            row.calls,
            row.tokens_total,
            row.cost_total,
        )
        for row in UsageDailyRollup.objects.all()
    }


@pytest.fixture
def logs(owner, other_user, staff):
    """Three users' logs: four rollup rows when exact."""
    usage_log(owner, timestamp=at(MAR_14, 1))
    usage_log(owner, timestamp=at(MAR_14, 2), status_code=500)
    usage_log(
        owner, provider="gemini", model_used="gemini-2.5-pro", endpoint="/api/llm/chat", timestamp=at(MAR_14)
    )
    usage_log(other_user, timestamp=at(MAR_14 + dt.timedelta(days=1)))
    usage_log(staff, timestamp=at(MAR_14), cost_total=Decimal("2.000001"))
    return rollup_table()


def test_it_rebuilds_lost_and_wrong_rollups_from_the_logs(logs, owner, staff):
    UsageDailyRollup.objects.filter(user=owner).delete()
    UsageDailyRollup.objects.filter(user=staff).update(calls=9, cost_total=0)

    out, err = run(users_per_batch=2)

    assert rollup_table() == logs
    assert logs[(owner.pk, MAR_14, "video", "wavespeed")] == (2, 30, Decimal("0.30"))
    assert rollup_differences() == []
    assert out == "Rebuilt the usage rollups from the logs: 4 rollup rows written.\n"
    assert err == "users 2/3: 3 rollup rows\nusers 3/3: 4 rollup rows\n"


def test_it_drops_rollups_of_users_without_logs(logs, other_user):
    APIUsageLog.objects.filter(user=other_user).delete()
    UsageDailyRollup.objects.create(
        user=other_user, day=MAR_14, billing_period="2026-03", provider="exa", calls=1
    )

    out, _ = run()

    assert not UsageDailyRollup.objects.filter(user=other_user).exists()
    assert "3 rollup rows written" in out
    assert rollup_differences() == []


def test_it_prints_no_progress_at_verbosity_0(logs):
    out, err = run(verbosity=0)
    assert (out, err) == ("Rebuilt the usage rollups from the logs: 4 rollup rows written.\n", "")


def test_it_refuses_an_empty_batch(logs):
    with pytest.raises(CommandError, match="at least 1"):
        run(users_per_batch=0)


def test_verify_says_the_rollups_match_the_logs(logs):
    out, err = run("--verify")
    assert out == "OK: rollups match the logs (4 rollup rows checked).\n"
    assert err == ""


def test_verify_lists_the_differing_rows_fails_and_repairs_nothing(logs, owner, other_user):
    UsageDailyRollup.objects.filter(user=owner, provider="gemini").update(calls=3, cost_total=Decimal("1"))
    UsageDailyRollup.objects.filter(user=other_user).delete()
    stdout = StringIO()

    with pytest.raises(CommandError, match="2 rollup rows differ from the logs") as excinfo:
        call_command("rebuild_usage_rollups", "--verify", stdout=stdout, stderr=StringIO())

    assert excinfo.value.returncode == 1
    assert stdout.getvalue().splitlines() == [
        f"user {owner.pk} 2026-03-14 gemini/google: "
        "logs calls=1 successes=1 tokens=15 cost=0.150000 response_time=1.5; "
        "rollup calls=3 successes=1 tokens=15 cost=1.000000 response_time=1.5",
        f"user {other_user.pk} 2026-03-15 video/wavespeed: "
        "logs calls=1 successes=1 tokens=15 cost=0.150000 response_time=1.5; "
        "rollup calls=0 successes=0 tokens=0 cost=0.000000 response_time=0",
    ]
    assert len(rollup_differences()) == 2  # verify wrote nothing


def test_verify_lists_at_most_20_rows_and_counts_the_rest(owner):
    APIUsageLog.objects.bulk_create(
        usage_log(owner, save=False, timestamp=at(MAR_14 - dt.timedelta(days=days))) for days in range(25)
    )
    UsageDailyRollup.objects.update(calls=2)

    stdout = StringIO()
    with pytest.raises(CommandError, match="25 rollup rows differ"):
        call_command("rebuild_usage_rollups", "--verify", stdout=stdout)

    lines = stdout.getvalue().splitlines()
    assert len(lines) == 21
    assert all(line.startswith(f"user {owner.pk} 2026-0") for line in lines[:20])
    assert lines[20] == "... and 5 more"


def test_verify_of_an_empty_database_matches(db):
    out, _ = run("--verify")
    assert out == "OK: rollups match the logs (0 rollup rows checked).\n"


def test_it_rejects_an_unknown_database_alias(logs):
    with pytest.raises(CommandError, match="invalid choice: 'elsewhere'"):
        run("--database", "elsewhere")


@pytest.fixture
def mirror_alias(monkeypatch):
    """A second database alias the command accepts; the tests below never open a connection to it."""
    monkeypatch.setitem(connections.settings, "mirror", dict(connections.settings[DEFAULT_DB_ALIAS]))
    return "mirror"


def test_it_rebuilds_on_the_database_it_is_given(mirror_alias, monkeypatch):
    used = []
    monkeypatch.setattr(
        rebuild_usage_rollups, "rebuild_rollups", lambda *, using, **kw: used.append(using) or 7
    )

    out, _ = run("--database", mirror_alias)

    assert used == ["mirror"]
    assert "7 rollup rows written" in out


def test_it_verifies_on_the_database_it_is_given(mirror_alias, monkeypatch):
    used = []
    difference = ((1, MAR_14, "video", "wavespeed"), dict(ONE_CALL), {**ONE_CALL, "calls": 2})
    monkeypatch.setattr(
        rebuild_usage_rollups, "rollup_differences", lambda *, using: used.append(using) or [difference]
    )

    with pytest.raises(CommandError, match="1 rollup row differs from the logs"):
        run("--database", mirror_alias, "--verify")

    assert used == ["mirror"]


ONE_CALL = {"calls": 1, "successes": 1, "tokens": 15, "cost": Decimal("0.15"), "response_time": 1.5}
