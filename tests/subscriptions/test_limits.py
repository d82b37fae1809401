"""Plan limits: counted per enum and billing period, enforced by record_usage at the boundary."""

import datetime as dt
import threading
from decimal import Decimal

import pytest
from django.db import connection, connections
from django.utils import timezone

from subscriptions.limits import UsageLimitExceeded, period_usage
from subscriptions.models import APIUsageLog
from subscriptions.services import check_usage_allowed, record_usage
from tests.factories import subscribe, usage_log_now

VIDEO = {
    "provider": "video",
    "model_used": "alibaba/wan-2.5/text-to-video",
    "endpoint": "/video-generation/wavespeed",
}
GOOGLE_VIDEO = {
    "provider": "video",
    "model_used": "veo-3.0-generate-preview",
    "endpoint": "https://generativelanguage.googleapis.com/v1beta/models/veo-3.0:predictLongRunning",
}


@pytest.mark.django_db
class TestCallLimit:
    def test_the_last_allowed_call_is_written_and_the_first_over_is_refused(self, owner):
        subscribe(owner, {"video": {"max_calls": 3}})
        for _ in range(3):
            record_usage(user=owner, **VIDEO)
        with pytest.raises(UsageLimitExceeded) as excinfo:
            record_usage(user=owner, **VIDEO)
        assert APIUsageLog.objects.filter(user=owner).count() == 3
        refusal = excinfo.value
        assert (refusal.provider, refusal.metric, refusal.limit, refusal.used) == ("video", "calls", 3, 3)
        assert "Video (video)" in str(refusal) and "3 of 3 calls" in str(refusal)

    def test_the_refusal_is_a_validation_error_on_provider(self, owner):
        subscribe(owner, {"video": {"max_calls": 0}})
        with pytest.raises(UsageLimitExceeded) as excinfo:
            record_usage(user=owner, **VIDEO)
        assert list(excinfo.value.message_dict) == ["provider"]
        assert excinfo.value.error_dict["provider"][0].code == "usage_limit_exceeded"

    def test_the_check_before_a_call_agrees_with_the_write_at_the_boundary(self, owner):
        subscribe(owner, {"video": {"max_calls": 2}})
        record_usage(user=owner, **VIDEO)
        assert check_usage_allowed(user=owner, provider="video")
        record_usage(user=owner, **VIDEO)
        answer = check_usage_allowed(user=owner, provider="video")
        assert not answer
        assert answer.usage.calls == 2 and answer.refusal.metric == "calls"

    def test_limits_count_by_enum_whoever_served_the_call(self, owner):
        subscribe(owner, {"video": {"max_calls": 2}})
        record_usage(user=owner, **VIDEO)  # WaveSpeed
        record_usage(user=owner, **GOOGLE_VIDEO)  # Google, same enum
        served_by = set(APIUsageLog.objects.values_list("actual_provider_name", flat=True))
        assert served_by == {"wavespeed", "google"}
        with pytest.raises(UsageLimitExceeded):
            record_usage(user=owner, **VIDEO)

    def test_other_enums_are_not_counted_and_unlimited_without_a_limit_row(self, owner):
        subscribe(owner, {"video": {"max_calls": 1}})
        record_usage(user=owner, **VIDEO)
        for _ in range(3):
            record_usage(user=owner, provider="gemini", model_used="gemini-2.5-flash", endpoint="/api/chat")
        assert APIUsageLog.objects.filter(user=owner, provider="gemini").count() == 3

    def test_another_users_usage_does_not_count(self, owner, other_user):
        subscribe(owner, {"video": {"max_calls": 1}})
        usage_log_now(other_user)
        usage_log_now(other_user)
        record_usage(user=owner, **VIDEO)

    def test_a_user_without_a_subscription_is_unlimited(self, owner):
        for _ in range(5):
            record_usage(user=owner, **VIDEO)
        assert check_usage_allowed(user=owner, provider="video")
        assert APIUsageLog.objects.count() == 5

    def test_last_periods_usage_does_not_count_against_this_one(self, owner):
        subscribe(owner, {"video": {"max_calls": 1}})
        usage_log_now(owner, timestamp=timezone.now() - dt.timedelta(days=40))
        record_usage(user=owner, **VIDEO)

    def test_a_late_logged_call_counts_against_its_own_period(self, owner):
        subscribe(owner, {"video": {"max_calls": 1}})
        old = timezone.now() - dt.timedelta(days=40)
        usage_log_now(owner, timestamp=old)
        with pytest.raises(UsageLimitExceeded) as excinfo:
            record_usage(user=owner, **VIDEO, timestamp=old + dt.timedelta(minutes=1))
        assert excinfo.value.period == old.strftime("%Y-%m")

    def test_replaying_a_request_id_at_the_limit_returns_the_row_instead_of_refusing(self, owner):
        subscribe(owner, {"video": {"max_calls": 1}})
        first, _ = record_usage(user=owner, **VIDEO, request_id="r-1")
        again, created = record_usage(user=owner, **VIDEO, request_id="r-1")
        assert (again.pk, created) == (first.pk, False)

    def test_a_limit_row_with_every_field_empty_is_unlimited(self, owner):
        subscribe(owner, {"video": {}})
        for _ in range(3):
            record_usage(user=owner, **VIDEO)


@pytest.mark.django_db
class TestTokenAndCostLimits:
    def test_tokens_up_to_the_limit_pass_and_one_more_is_refused(self, owner):
        subscribe(owner, {"openai": {"max_tokens": 1000}})
        chat = {"provider": "openai", "model_used": "gpt-4o", "endpoint": "/api/chat/openai"}
        record_usage(user=owner, **chat, tokens_input=600)
        record_usage(user=owner, **chat, tokens_input=400)  # exactly at the limit
        with pytest.raises(UsageLimitExceeded) as excinfo:
            record_usage(user=owner, **chat, tokens_input=1)
        assert (excinfo.value.metric, excinfo.value.limit, excinfo.value.used) == ("tokens", 1000, 1000)

    def test_a_cost_that_would_cross_the_limit_is_refused_and_one_that_fits_passes(self, owner):
        subscribe(owner, {"video": {"max_cost": Decimal("1.00")}})
        record_usage(user=owner, **VIDEO, cost_input="0.60")
        with pytest.raises(UsageLimitExceeded) as excinfo:
            record_usage(user=owner, **VIDEO, cost_input="0.41")
        assert "$0.60 of $1.00 cost" in str(excinfo.value)
        record_usage(user=owner, **VIDEO, cost_input="0.40")  # lands exactly on the limit

    def test_the_check_refuses_an_estimate_that_does_not_fit(self, owner):
        subscribe(owner, {"video": {"max_cost": Decimal("1.00")}})
        record_usage(user=owner, **VIDEO, cost_input="0.75")
        assert check_usage_allowed(user=owner, provider="video", estimated_cost="0.25")
        assert not check_usage_allowed(user=owner, provider="video", estimated_cost="0.26")
        assert check_usage_allowed(user=owner, provider="video")  # some budget is left

    def test_without_an_estimate_the_check_refuses_once_the_budget_is_spent(self, owner):
        subscribe(owner, {"video": {"max_cost": Decimal("1.00")}})
        record_usage(user=owner, **VIDEO, cost_input="1.00")
        assert not check_usage_allowed(user=owner, provider="video")


@pytest.mark.django_db
@pytest.mark.parametrize("estimate", ["abc", "-1", "NaN", "Infinity"])
def test_a_nonsense_estimate_is_a_value_error_naming_it(owner, estimate):
    subscribe(owner, {"video": {"max_cost": Decimal("1.00")}})
    with pytest.raises(ValueError, match="estimated_cost"):
        check_usage_allowed(user=owner, provider="video", estimated_cost=estimate)


@pytest.mark.django_db
def test_the_check_costs_two_queries_and_none_without_a_limit(owner, django_assert_num_queries):
    subscribe(owner, {"video": {"max_calls": 5}})
    usage_log_now(owner)
    # 1: the plan's limit for the enum (subscription joined to its limits)
    # 2: the period's usage, one aggregate on usage_user_period_enum_idx
    with django_assert_num_queries(2):
        check_usage_allowed(user=owner, provider="video")
    # 1: the limit lookup finds none, so the usage is not read
    with django_assert_num_queries(1):
        check_usage_allowed(user=owner, provider="audio")


@pytest.mark.django_db
def test_period_usage_sums_one_users_enum_in_one_period(owner, other_user):
    usage_log_now(owner, tokens_total=10, cost_total=Decimal("0.5"))
    usage_log_now(owner, tokens_total=5, cost_total=Decimal("0.25"), status_code=500)
    usage_log_now(owner, provider="audio")
    usage_log_now(other_user)
    usage = period_usage(user=owner, provider="video", period=timezone.now().strftime("%Y-%m"))
    assert (usage.calls, usage.tokens, usage.cost) == (2, 15, Decimal("0.75"))


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Row locks (SELECT ... FOR UPDATE) exist on PostgreSQL only; SQLite has one writer at a time.",
)
@pytest.mark.django_db(transaction=True)
def test_racing_calls_never_both_take_the_last_slot(owner):
    subscribe(owner, {"video": {"max_calls": 5}})
    for _ in range(4):
        record_usage(user=owner, **VIDEO)
    racers = 8
    barrier = threading.Barrier(racers)
    outcomes: list[str] = []

    def race() -> None:
        try:
            barrier.wait()
            record_usage(user=owner, **VIDEO)
            outcomes.append("written")
        except UsageLimitExceeded:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=race) for _ in range(racers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["refused"] * (racers - 1) + ["written"]
    assert APIUsageLog.objects.filter(user=owner).count() == 5
