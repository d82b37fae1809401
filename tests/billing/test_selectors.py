"""Scoping and summaries: who sees which logs, and per-group figures in one query."""

import datetime as dt
import zoneinfo
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from billing.aggregates import percentile_cont
from billing.selectors import GROUP_BY_CHOICES, usage_logs_visible_to, usage_summary
from subscriptions.models import APIUsageLog
from tests.factories import usage_log

pytestmark = pytest.mark.django_db

KOLKATA = zoneinfo.ZoneInfo("Asia/Kolkata")


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


def test_a_user_sees_only_their_own_logs(owner, other_user):
    mine = usage_log(owner)
    usage_log(other_user)
    assert list(usage_logs_visible_to(user=owner)) == [mine]


def test_a_user_may_name_themselves(owner, other_user):
    mine = usage_log(owner)
    usage_log(other_user)
    assert list(usage_logs_visible_to(user=owner, requested_user_id=str(owner.pk))) == [mine]


def test_a_user_naming_someone_else_is_denied_with_a_reason(owner, other_user):
    with pytest.raises(PermissionDenied, match="Only staff"):
        usage_logs_visible_to(user=owner, requested_user_id=other_user.pk)


def test_staff_see_everyone_or_the_user_they_name(staff, owner, other_user):
    mine = usage_log(owner)
    theirs = usage_log(other_user)
    assert set(usage_logs_visible_to(user=staff)) == {mine, theirs}
    assert list(usage_logs_visible_to(user=staff, requested_user_id=other_user.pk)) == [theirs]


@pytest.mark.parametrize("bad", ["abc", "1.5", "-3", "0", "1; drop table"])
def test_a_malformed_user_id_is_a_validation_error_naming_it(staff, bad):
    with pytest.raises(ValidationError) as excinfo:
        usage_logs_visible_to(user=staff, requested_user_id=bad)
    assert "user_id" in excinfo.value.message_dict


def test_staff_naming_a_missing_user_get_a_validation_error(staff):
    with pytest.raises(ValidationError) as excinfo:
        usage_logs_visible_to(user=staff, requested_user_id=987654)
    assert "no user" in excinfo.value.message_dict["user_id"][0]


def test_anonymous_is_denied():
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(PermissionDenied):
        usage_logs_visible_to(user=AnonymousUser())


def test_summary_by_actual_provider_in_one_query(owner, django_assert_num_queries):
    for rt, status in [(1.0, 200), (2.0, 200), (3.0, 500), (4.0, 200)]:
        usage_log(owner, response_time=rt, status_code=status, cost_total=Decimal("0.25"), tokens_total=10)
    usage_log(
        owner, provider="gemini", model_used="gemini-2.5-flash", endpoint="/chat", cost_total=Decimal("0.1")
    )
    usage_log(owner, actual_provider_name=None, cost_total=Decimal("0.05"))
    APIUsageLog.objects.filter(cost_total=Decimal("0.05")).update(actual_provider_name=None)

    with django_assert_num_queries(1):
        summary = usage_summary(queryset=APIUsageLog.objects.all(), group_by="actual_provider")

    assert [(g["key"], g["display_name"]) for g in summary] == [
        ("wavespeed", "WaveSpeed"),
        ("google", "Google"),
        (None, "Unknown"),
    ]
    wavespeed = summary[0]
    assert wavespeed["calls"] == 4
    assert wavespeed["tokens"] == 40
    assert wavespeed["cost"] == Decimal("1.00")
    assert wavespeed["avg_response_time"] == pytest.approx(2.5)
    assert wavespeed["p50_response_time"] == pytest.approx(2.5)
    assert wavespeed["p95_response_time"] == pytest.approx(3.85)  # 3 + 0.85 * (4 - 3)
    assert wavespeed["success_rate"] == pytest.approx(0.75)


def test_summary_by_provider_uses_the_enum_label(owner):
    usage_log(owner, provider="stability", model_used="qwen-image", endpoint="/image-generation/wavespeed")
    summary = usage_summary(queryset=APIUsageLog.objects.all(), group_by="provider")
    assert [(g["key"], g["display_name"]) for g in summary] == [("stability", "Stability")]


def test_summary_by_model_orders_by_cost_then_key(owner):
    usage_log(owner, model_used="b", cost_total=Decimal("1"))
    usage_log(owner, model_used="a", cost_total=Decimal("1"))
    usage_log(owner, model_used="c", cost_total=Decimal("3"))
    summary = usage_summary(queryset=APIUsageLog.objects.all(), group_by="model")
    assert [g["key"] for g in summary] == ["c", "a", "b"]


def test_summary_by_day_buckets_in_the_requested_time_zone(owner):
    # 20:00 UTC on 1 March is 01:30 on 2 March in Kolkata (UTC+05:30).
    usage_log(owner, timestamp=at(2026, 3, 1, 20, 0))
    usage_log(owner, timestamp=at(2026, 3, 1, 10, 0))
    utc = usage_summary(queryset=APIUsageLog.objects.all(), group_by="day", tz=zoneinfo.ZoneInfo("UTC"))
    kolkata = usage_summary(queryset=APIUsageLog.objects.all(), group_by="day", tz=KOLKATA)
    assert [(g["display_name"], g["calls"]) for g in utc] == [("2026-03-01", 2)]
    assert [(g["display_name"], g["calls"]) for g in kolkata] == [("2026-03-01", 1), ("2026-03-02", 1)]
    assert kolkata[0]["key"] == dt.date(2026, 3, 1)


def test_summary_by_billing_period_is_chronological(owner):
    usage_log(owner, timestamp=at(2026, 3, 5), cost_total=Decimal("1"))
    usage_log(owner, timestamp=at(2026, 1, 5), cost_total=Decimal("2"))
    summary = usage_summary(queryset=APIUsageLog.objects.all(), group_by="billing_period")
    assert [g["key"] for g in summary] == ["2026-01", "2026-03"]


def test_summary_by_a_pair_returns_both_keys_and_names(owner, django_assert_num_queries):
    usage_log(owner, provider="video", cost_total=Decimal("2"))
    usage_log(
        owner,
        provider="mistral",
        model_used="openai/gpt-oss-120b:groq",
        endpoint="/chat",
        cost_total=Decimal("1"),
    )
    with django_assert_num_queries(1):
        summary = usage_summary(queryset=APIUsageLog.objects.all(), group_by=("actual_provider", "provider"))
    assert summary[0]["key"] == ("wavespeed", "video")
    assert summary[0]["actual_provider"] == "wavespeed"
    assert summary[0]["actual_provider_display"] == "WaveSpeed"
    assert summary[0]["provider"] == "video"
    assert summary[0]["provider_display"] == "Video"
    assert summary[0]["display_name"] == "WaveSpeed / Video"
    assert summary[1]["key"] == ("huggingface", "mistral")


def test_summary_respects_the_queryset_it_is_given(owner, other_user):
    usage_log(owner)
    usage_log(other_user)
    usage_log(other_user)
    summary = usage_summary(queryset=usage_logs_visible_to(user=owner), group_by="actual_provider")
    assert [g["calls"] for g in summary] == [1]


def test_summary_of_nothing_is_an_empty_list(owner):
    assert usage_summary(queryset=APIUsageLog.objects.none(), group_by="provider") == []


@pytest.mark.parametrize("group_by", ["vendor", ("model", "model"), ("a", "b", "c"), ()])
def test_summary_rejects_unknown_groupings(group_by):
    with pytest.raises(ValueError):
        usage_summary(queryset=APIUsageLog.objects.all(), group_by=group_by)


def test_every_grouping_choice_runs(owner):
    usage_log(owner)
    for group_by in GROUP_BY_CHOICES:
        assert usage_summary(queryset=APIUsageLog.objects.all(), group_by=group_by)[0]["calls"] == 1


@pytest.mark.parametrize(
    ("values", "fraction", "expected"),
    [
        ([], 0.5, None),
        ([5.0], 0.95, 5.0),
        ([4.0, 1.0, 3.0, 2.0], 0.5, 2.5),
        ([1.0, 2.0], 0.0, 1.0),
        ([1.0, 2.0], 1.0, 2.0),
        ([0.0, 10.0], 0.95, 9.5),
    ],
)
def test_the_python_percentile_matches_postgres_percentile_cont(values, fraction, expected):
    assert percentile_cont(values, fraction) == (pytest.approx(expected) if expected is not None else None)
