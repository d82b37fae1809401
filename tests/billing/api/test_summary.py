"""GET /api/subscription/usage-logs/summary/: groups, filters, time zones, one query."""

import datetime as dt
from decimal import Decimal

import pytest

from tests.billing.api.conftest import SUMMARY_URL
from tests.factories import usage_log

pytestmark = pytest.mark.django_db


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


def test_the_summary_is_one_query(owner, client_for, django_assert_num_queries):
    for status_code in (200, 200, 500):
        usage_log(owner, status_code=status_code, response_time=2.0, cost_total=Decimal("1.5"))
    usage_log(owner, provider="gemini", model_used="gemini-2.5-flash", endpoint="/chat")
    client = client_for(owner)
    # 1: the GROUP BY with every aggregate, percentiles included.
    with django_assert_num_queries(1):
        response = client.get(SUMMARY_URL, {"group_by": "actual_provider", "status_code": 200})
    assert response.status_code == 200
    with django_assert_num_queries(1):
        body = client.get(SUMMARY_URL).json()
    assert body[0] == {
        "key": "wavespeed",
        "display_name": "WaveSpeed",
        "calls": 3,
        "tokens": 45,
        "cost": "4.500000",
        "avg_response_time": 2.0,
        "p50_response_time": 2.0,
        "p95_response_time": 2.0,
        "success_rate": pytest.approx(2 / 3),
    }
    assert body[1]["key"] == "google"


def test_filters_apply_to_the_summary(owner, client_for):
    usage_log(owner, status_code=200)
    usage_log(owner, status_code=500)
    body = client_for(owner).get(SUMMARY_URL, {"status": "failed", "group_by": "provider"}).json()
    assert [(row["key"], row["display_name"], row["calls"]) for row in body] == [("video", "Video", 1)]


def test_days_follow_the_requested_time_zone(owner, client_for):
    usage_log(owner, timestamp=at(2026, 3, 1, 20))  # 2 March, 01:30 in Kolkata
    usage_log(owner, timestamp=at(2026, 3, 1, 10))
    client = client_for(owner)
    utc = client.get(SUMMARY_URL, {"group_by": "day", "tz": "UTC"}).json()
    kolkata = client.get(SUMMARY_URL, {"group_by": "day", "tz": "Asia/Kolkata"}).json()
    assert [(row["key"], row["calls"]) for row in utc] == [("2026-03-01", 2)]
    assert [(row["key"], row["calls"]) for row in kolkata] == [("2026-03-01", 1), ("2026-03-02", 1)]


def test_a_pair_of_keys_returns_both(owner, client_for):
    usage_log(owner, provider="mistral", model_used="openai/gpt-oss-120b:groq", endpoint="/router")
    body = client_for(owner).get(SUMMARY_URL, {"group_by": "actual_provider,provider"}).json()
    assert body[0]["key"] == ["huggingface", "mistral"]
    assert (body[0]["actual_provider_display"], body[0]["provider_display"]) == ("Hugging Face", "Mistral")


@pytest.mark.parametrize("group_by", ["model", "billing_period", "day"])
def test_every_grouping_works(owner, client_for, group_by):
    usage_log(owner, timestamp=at(2026, 4, 2, 3))
    body = client_for(owner).get(SUMMARY_URL, {"group_by": group_by, "tz": "UTC"}).json()
    expected = {"model": "alibaba/wan-2.5/text-to-video", "billing_period": "2026-04", "day": "2026-04-02"}
    assert body[0]["key"] == expected[group_by]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"group_by": "vendor"}, "group_by"),
        ({"group_by": "model,model"}, "group_by"),
        ({"group_by": "model,day,provider"}, "group_by"),
        ({"tz": "Mars/Olympus_Mons"}, "tz"),
        ({"tz": "../../etc/passwd"}, "tz"),
        ({"tz": "Asia/Kolkata\x00"}, "tz"),
        ({"provider": "nope"}, "provider"),
        ({"user_id": "x"}, "user_id"),
    ],
)
def test_a_bad_parameter_is_a_400_naming_it(owner, client_for, params, parameter):
    usage_log(owner)
    response = client_for(owner).get(SUMMARY_URL, params)
    assert response.status_code == 400
    assert list(response.json()) == [parameter]
