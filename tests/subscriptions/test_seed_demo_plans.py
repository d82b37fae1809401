"""seed_demo_usage also seeds plans, subscriptions and a user near a limit, idempotently."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from subscriptions.limits import check_usage_allowed, users_near_limits
from subscriptions.models import APIUsageLog, PlanLimit, SubscriptionPlan, UserSubscription

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """The seed sets a password per demo user; PBKDF2 would make each run take seconds."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def seed() -> None:
    call_command("seed_demo_usage", "--calls", "30", stdout=StringIO(), stderr=StringIO())


def test_it_seeds_plans_every_user_on_one_and_dave_near_his_video_limit():
    seed()
    assert list(SubscriptionPlan.objects.values_list("name", flat=True)) == ["Free", "Pro", "Enterprise"]
    plans = dict(UserSubscription.objects.values_list("user__username", "plan__name"))
    assert plans == {"alice": "Pro", "bob": "Pro", "carol": "Enterprise", "dave": "Free"}
    [standing] = users_near_limits(period=timezone.now().strftime("%Y-%m"), share=0.8)
    assert (standing.username, standing.provider, standing.used, standing.limit) == ("dave", "video", 18, 20)
    dave = UserSubscription.objects.get(user__username="dave").user
    assert check_usage_allowed(user=dave, provider="video")


def test_running_it_again_adds_nothing():
    def counts() -> tuple[int, ...]:
        return tuple(
            model.objects.count() for model in (SubscriptionPlan, PlanLimit, UserSubscription, APIUsageLog)
        )

    seed()
    before = counts()
    seed()
    assert counts() == before
