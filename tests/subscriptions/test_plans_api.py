"""GET /api/subscription/usage/: the signed-in user's usage per enum against their plan."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from subscriptions.models import APIUsageLog
from tests.factories import subscribe, usage_log_now

URL = "/api/subscription/usage/"
GOOGLE_VIDEO = {
    "model_used": "veo-3.0-generate-preview",
    "endpoint": "https://generativelanguage.googleapis.com/v1beta/models/veo-3.0:predictLongRunning",
}

pytestmark = pytest.mark.django_db


def client_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def by_enum(body: dict) -> dict:
    return {row["provider"]: row for row in body["enums"]}


def test_it_shows_used_limit_remaining_and_the_split_by_actual_provider(owner):
    subscribe(owner, {"video": {"max_calls": 10, "max_cost": Decimal("5")}}, name="Pro", tier="pro")
    usage_log_now(owner, cost_total=Decimal("0.25"), tokens_total=0)  # WaveSpeed
    usage_log_now(owner, cost_total=Decimal("0.25"), tokens_total=0)  # WaveSpeed
    usage_log_now(owner, cost_total=Decimal("0.75"), tokens_total=0, **GOOGLE_VIDEO)  # Google

    body = client_for(owner).get(URL).json()

    assert body["period"] == timezone.now().strftime("%Y-%m")
    assert body["plan"] == {"name": "Pro", "tier": "pro", "status": "active"}
    video = by_enum(body)["video"]
    assert video["used"] == {"calls": 3, "tokens": 0, "cost": "1.250000"}
    assert video["limit"] == {"calls": 10, "tokens": None, "cost": "5.000000"}
    assert video["remaining"] == {"calls": 7, "tokens": None, "cost": "3.750000"}
    assert [
        (p["actual_provider"], p["display_name"], p["calls"], p["cost"]) for p in video["by_actual_provider"]
    ] == [
        ("google", "Google", 1, "0.750000"),
        ("wavespeed", "WaveSpeed", 2, "0.500000"),
    ]


def test_an_enum_with_a_limit_and_no_usage_is_listed_with_all_of_it_remaining(owner):
    subscribe(owner, {"audio": {"max_calls": 4}})
    audio = by_enum(client_for(owner).get(URL).json())["audio"]
    assert audio["used"]["calls"] == 0 and audio["remaining"]["calls"] == 4
    assert audio["by_actual_provider"] == []


def test_remaining_never_goes_negative_when_usage_passed_a_lowered_limit(owner):
    subscribe(owner, {"video": {"max_calls": 1}})
    usage_log_now(owner)
    usage_log_now(owner)  # written before the limit was lowered; bypasses record_usage
    video = by_enum(client_for(owner).get(URL).json())["video"]
    assert video["used"]["calls"] == 2 and video["remaining"]["calls"] == 0


def test_a_user_without_a_plan_sees_usage_and_no_limits(owner):
    usage_log_now(owner)
    body = client_for(owner).get(URL).json()
    assert body["plan"] is None
    assert by_enum(body)["video"]["limit"] == {"calls": None, "tokens": None, "cost": None}


def test_it_never_shows_another_users_usage_not_even_to_staff(owner, other_user, staff):
    usage_log_now(other_user)
    usage_log_now(other_user)
    assert client_for(owner).get(URL).json()["enums"] == []
    assert client_for(staff).get(URL, {"user_id": other_user.pk}).json()["enums"] == []


def test_last_periods_usage_is_not_this_periods(owner):
    usage_log_now(owner, timestamp=timezone.now() - dt.timedelta(days=40))
    assert client_for(owner).get(URL).json()["enums"] == []


def test_a_period_parameter_shows_that_period(owner):
    then = timezone.now() - dt.timedelta(days=40)
    usage_log_now(owner, timestamp=then)
    body = client_for(owner).get(URL, {"period": then.strftime("%Y-%m")}).json()
    assert by_enum(body)["video"]["used"]["calls"] == 1


@pytest.mark.parametrize(
    "bad", ["2026-13", "2026-1", "26-01", "1999-12", "2026-01-01", "x" * 5000, "2026-0\x001"]
)
def test_a_bad_period_is_a_400_naming_the_parameter(owner, bad):
    response = client_for(owner).get(URL, {"period": bad})
    assert response.status_code == 400
    assert "period" in response.json()


def test_anonymous_users_are_refused():
    assert APIClient().get(URL).status_code in (401, 403)


def test_it_costs_two_queries_however_many_enums_and_providers(owner, django_assert_num_queries):
    subscribe(owner, {"video": {"max_calls": 10}, "audio": {"max_calls": 10}, "gemini": {"max_tokens": 10}})
    usage_log_now(owner)
    usage_log_now(owner, **GOOGLE_VIDEO)
    usage_log_now(
        owner, provider="audio", model_used="minimax/speech-02-hd", endpoint="/audio-generation/wavespeed"
    )
    usage_log_now(owner, provider="openai", model_used="gpt-4o", endpoint="/api/chat/openai")
    client = client_for(owner)
    # 1: the subscription joined to its plan's limits
    # 2: this period's usage grouped by (enum, actual provider)
    with django_assert_num_queries(2):
        assert client.get(URL).status_code == 200


def test_the_usage_logs_api_is_still_reachable_beside_it(owner):
    usage_log_now(owner)
    response = client_for(owner).get("/api/subscription/usage-logs/")
    assert response.status_code == 200


def test_ingesting_a_call_past_the_limit_is_a_400_naming_provider_and_writes_nothing(service_account, owner):
    subscribe(owner, {"video": {"max_calls": 1}})
    call = {
        "user": owner.pk,
        "provider": "video",
        "model_used": "alibaba/wan-2.5/text-to-video",
        "endpoint": "/video-generation/wavespeed",
    }
    ingest = client_for(service_account)
    assert ingest.post("/api/subscription/usage-logs/", call, format="json").status_code == 201
    response = ingest.post("/api/subscription/usage-logs/", call, format="json")
    assert response.status_code == 400
    assert "Plan limit reached for Video (video): 1 of 1 calls" in str(response.json())
    assert "provider" in str(response.json())
    assert APIUsageLog.objects.filter(user=owner).count() == 1
