"""The usage_alerts cron command: limit and provider findings, reported once per period."""

import datetime as dt
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from subscriptions.management.commands.usage_alerts import previous_period
from subscriptions.models import UsageAlert
from tests.factories import subscribe, usage_log_now

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("usage_alerts", *args, stdout=out)
    return out.getvalue()


def this_period() -> str:
    return timezone.now().strftime("%Y-%m")


def test_it_reports_a_user_past_the_share_and_not_one_below(owner, other_user):
    subscribe(owner, {"video": {"max_calls": 10}}, name="Starter")
    subscribe(other_user, {"video": {"max_calls": 10}})
    for _ in range(8):
        usage_log_now(owner)
    for _ in range(7):
        usage_log_now(other_user)
    report = run()
    assert "owner (Starter): video calls 8 of 10 (80%)" in report
    assert "other" not in report


def test_a_second_run_in_the_same_period_reports_nothing_new(owner):
    subscribe(owner, {"video": {"max_calls": 10}})
    for _ in range(9):
        usage_log_now(owner)
    assert "owner" in run()
    assert run() == f"Nothing new to report for {this_period()}.\n"
    assert UsageAlert.objects.count() == 1


def test_going_over_the_limit_after_a_near_alert_is_reported_once_more(owner):
    subscribe(owner, {"video": {"max_calls": 10}})
    for _ in range(9):
        usage_log_now(owner)
    run()
    for _ in range(2):
        usage_log_now(owner)  # 11 of 10, e.g. logged before the limit was lowered
    report = run()
    assert "video calls 11 of 10 (110%)" in report
    assert set(UsageAlert.objects.values_list("subject", flat=True)) == {
        f"user:{owner.pk}:video:calls:near",
        f"user:{owner.pk}:video:calls:over",
    }


def test_a_new_period_reports_again(owner):
    subscribe(owner, {"video": {"max_calls": 2}})
    last = timezone.now().replace(day=1) - dt.timedelta(days=3)
    usage_log_now(owner, timestamp=last)
    usage_log_now(owner, timestamp=last)
    assert "owner" in run("--period", last.strftime("%Y-%m"))
    usage_log_now(owner)
    usage_log_now(owner)
    assert "owner" in run()


def test_it_reports_a_provider_whose_failure_rate_jumped(owner):
    now = timezone.now()
    last = now.replace(day=1) - dt.timedelta(days=3)
    for i in range(20):
        usage_log_now(owner, timestamp=last - dt.timedelta(minutes=i))  # all succeeded last period
        usage_log_now(owner, timestamp=now - dt.timedelta(seconds=i), status_code=500 if i < 4 else 200)
    report = run()
    assert "Providers worse than in" in report
    assert "WaveSpeed: failure rate 20.0% (20 calls), was 0.0% (20 calls)" in report
    assert run().startswith("Nothing new")


def test_it_reports_a_provider_whose_p95_latency_jumped_but_not_with_too_few_calls(owner):
    now = timezone.now()
    last = now.replace(day=1) - dt.timedelta(days=3)
    for i in range(20):
        usage_log_now(owner, timestamp=last - dt.timedelta(minutes=i), response_time=1.0)
        usage_log_now(owner, timestamp=now - dt.timedelta(seconds=i), response_time=3.0)
    assert "Nothing new" in run("--min-calls", "21")
    assert "WaveSpeed: p95 latency 3.00s (20 calls), was 1.00s (20 calls)" in run()


def test_it_emails_the_report_through_djangos_mail_settings(owner, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    subscribe(owner, {"video": {"max_calls": 1}})
    usage_log_now(owner)
    run("--email", "ops@example.com")
    [message] = mail.outbox
    assert message.to == ["ops@example.com"]
    assert message.subject == f"Usage alerts for {this_period()}: 1 new"
    assert "video calls 1 of 1 (100%)" in message.body


def test_a_failed_email_records_nothing_so_the_next_run_retries(owner, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1
    subscribe(owner, {"video": {"max_calls": 1}})
    usage_log_now(owner)
    with pytest.raises(OSError):
        run("--email", "ops@example.com")
    assert not UsageAlert.objects.exists()


def test_a_dry_run_prints_and_records_nothing(owner):
    subscribe(owner, {"video": {"max_calls": 1}})
    usage_log_now(owner)
    assert "(dry run" in run("--dry-run")
    assert not UsageAlert.objects.exists()


@pytest.mark.parametrize(
    "args",
    [
        ("--period", "2026-13"),
        ("--period", "x"),
        ("--share", "0"),
        ("--latency-ratio", "1"),
        ("--min-calls", "0"),
    ],
)
def test_bad_options_are_refused_with_their_name(args):
    with pytest.raises(CommandError, match=args[0]):
        run(*args)


def test_the_period_before_january_is_last_december():
    assert (previous_period("2026-01"), previous_period("2026-03")) == ("2025-12", "2026-02")
