"""GET /api/subscription/usage-logs/insights/: provider comparison per enum category."""

from decimal import Decimal

import pytest

from tests.factories import usage_log

pytestmark = pytest.mark.django_db

INSIGHTS_URL = "/api/subscription/usage-logs/insights/"


def seed_video_calls(user, *, wavespeed_failures: int = 0) -> None:
    """30 WaveSpeed video calls at $0.10 and 30 Google ones at $0.50, billed per call."""
    for index in range(30):
        failed = index < wavespeed_failures
        usage_log(user, cost_total=Decimal("0.10"), tokens_total=0, status_code=500 if failed else 200)
        usage_log(
            user,
            tokens_total=0,
            model_used="veo-3.0-generate-preview",
            endpoint="https://generativelanguage.googleapis.com/v1beta/models/veo-3.0-generate-preview",
            cost_total=Decimal("0.50"),
        )


def test_it_compares_providers_within_a_category_and_recommends_the_cheaper(client_for, owner):
    seed_video_calls(owner)
    response = client_for(owner).get(INSIGHTS_URL)
    assert response.status_code == 200
    (video,) = response.json()["categories"]
    assert video["provider"] == "video"
    by_slug = {row["actual_provider"]: row for row in video["providers"]}
    assert by_slug["wavespeed"]["cost_per_call"] == "0.100000"
    assert by_slug["google"]["cost_per_call"] == "0.500000"
    assert video["recommendation"].startswith("video: WaveSpeed $0.10/call")


def test_no_recommendation_when_the_cheaper_provider_fails_more(client_for, owner):
    seed_video_calls(owner, wavespeed_failures=6)
    (video,) = client_for(owner).get(INSIGHTS_URL).json()["categories"]
    assert video["recommendation"] is None


def test_it_sees_only_the_requesters_rows(client_for, owner, other_user):
    seed_video_calls(other_user)
    assert client_for(owner).get(INSIGHTS_URL).json() == {"categories": [], "trends": []}
    assert client_for(owner).get(INSIGHTS_URL, {"user_id": other_user.pk}).status_code == 403


def test_it_honours_the_filters_and_rejects_bad_ones(client_for, owner):
    seed_video_calls(owner)
    response = client_for(owner).get(INSIGHTS_URL, {"actual_provider": "google"})
    (video,) = response.json()["categories"]
    assert [row["actual_provider"] for row in video["providers"]] == ["google"]
    bad = client_for(owner).get(INSIGHTS_URL, {"billing_period": "2026-13"})
    assert bad.status_code == 400
    assert "billing_period" in bad.json()


def test_anonymous_callers_are_refused(api):
    assert api.get(INSIGHTS_URL).status_code == 401
