"""GET /api/subscription/usage-logs/: rows, filters, ordering, keyset pages and the 400s."""

import datetime as dt
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest

from subscriptions.models import APIUsageLog
from tests.billing.api.conftest import LIST_URL
from tests.factories import usage_log

pytestmark = pytest.mark.django_db


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_a_row_carries_the_actual_provider_beside_the_enum(owner, client_for):
    log = usage_log(owner, timestamp=at(2026, 3, 1, 20, 0, 5), request_id="req-1", status_code=201)
    row = client_for(owner).get(LIST_URL).json()["results"][0]
    assert row == {
        "id": log.pk,
        "timestamp": "2026-03-01T20:00:05Z",
        "billing_period": "2026-03",
        "provider": "video",
        "provider_display": "Video",
        "actual_provider_name": "wavespeed",
        "actual_provider_display": "WaveSpeed",
        "display_provider": "WaveSpeed",
        "model_used": "alibaba/wan-2.5/text-to-video",
        "endpoint": "/video-generation/wavespeed",
        "method": "POST",
        "tokens_input": 10,
        "tokens_output": 5,
        "tokens_total": 15,
        "cost_input": "0.100000",
        "cost_output": "0.050000",
        "cost_total": "0.150000",
        "response_time": 1.5,
        "status_code": 201,
        "status": "success",
        "error_message": "",
        "retry_count": 0,
        "request_id": "req-1",
    }


def test_an_undetected_mistral_row_displays_as_hugging_face(owner, client_for):
    log = usage_log(owner, provider="mistral", model_used="", endpoint="/x", status_code=503)
    APIUsageLog.objects.filter(pk=log.pk).update(actual_provider_name=None)
    row = client_for(owner).get(LIST_URL).json()["results"][0]
    assert (row["actual_provider_name"], row["actual_provider_display"]) == (None, None)
    assert (row["display_provider"], row["status"]) == ("Hugging Face", "failed")


def test_the_list_is_one_query_whatever_the_page_size(owner, client_for, django_assert_num_queries):
    for _ in range(30):
        usage_log(owner)
    client = client_for(owner)
    # 1: SELECT the page (page_size + 1 rows, to know whether a next page exists). No COUNT(*).
    with django_assert_num_queries(1) as captured:
        response = client.get(LIST_URL, {"page_size": 25, "provider": "video", "status": "success"})
    assert len(response.json()["results"]) == 25
    assert "COUNT(" not in captured.captured_queries[0]["sql"].upper()


def test_staff_narrowing_to_a_user_costs_one_more_query(staff, owner, client_for, django_assert_num_queries):
    usage_log(owner)
    # 1: does the user exist; 2: the page.
    with django_assert_num_queries(2):
        response = client_for(staff).get(LIST_URL, {"user_id": owner.pk})
    assert len(response.json()["results"]) == 1


def test_pages_follow_each_other_newest_first_without_gaps_or_repeats(owner, client_for):
    same_moment = at(2026, 1, 1, 12)
    logs = [usage_log(owner, timestamp=same_moment) for _ in range(5)]  # ties broken by id
    logs += [usage_log(owner, timestamp=at(2026, 1, 2, h)) for h in range(6)]
    expected = [log.pk for log in sorted(logs, key=lambda log: (log.timestamp, log.pk), reverse=True)]
    client = client_for(owner)

    seen, url, pages = [], LIST_URL + "?page_size=3", []
    while url:
        body = client.get(url).json()
        pages.append(body)
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
    assert seen == expected
    assert pages[0]["previous"] is None

    # And back again from the last page.
    back, url = [], pages[-1]["previous"]
    while url:
        body = client.get(url).json()
        back = [row["id"] for row in body["results"]] + back
        url = body["previous"]
    assert back == expected[: len(expected) - len(pages[-1]["results"])]


@pytest.mark.parametrize(
    ("ordering", "key"),
    [
        ("cost_total", lambda log: (log.cost_total, log.pk)),
        ("-cost_total", lambda log: (-log.cost_total, -log.pk)),
        ("response_time", lambda log: (log.response_time, log.pk)),
        ("-response_time", lambda log: (-log.response_time, -log.pk)),
        ("timestamp", lambda log: (log.timestamp, log.pk)),
    ],
)
def test_ordering_switches_the_keyset_and_pages_stay_exact(owner, client_for, ordering, key):
    # Many equal costs and times: the cursor must carry the id, not an offset.
    logs = [
        usage_log(
            owner, cost_total=Decimal(i % 3), response_time=float(i % 2) + 0.1, timestamp=at(2026, 1, 1, i)
        )
        for i in range(10)
    ]
    expected = [log.pk for log in sorted(logs, key=key)]
    client = client_for(owner)
    seen, url = [], f"{LIST_URL}?page_size=4&ordering={ordering}"
    while url:
        body = client.get(url).json()
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
    assert seen == expected


def test_filters_reach_the_list(owner, client_for):
    usage_log(owner, provider="gemini", model_used="gemini-2.5-flash", endpoint="/chat")
    video = usage_log(owner)
    client = client_for(owner)
    assert ids(client.get(LIST_URL, {"actual_provider": "wavespeed"})) == [video.pk]
    assert ids(
        client.get(LIST_URL, {"search": "wan-2.5", "min_cost": "0.1", "billing_period": video.billing_period})
    )
    assert ids(client.get(LIST_URL, {"provider": ["audio", "stability"]})) == []


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"provider": "videos"}, "provider"),
        ({"actual_provider": "acme"}, "actual_provider"),
        ({"status": "ok"}, "status"),
        ({"status_code": "2xx"}, "status_code"),
        ({"billing_period": "2026-1"}, "billing_period"),
        ({"after": "last tuesday"}, "after"),
        ({"before": "2026-13-01T00:00:00Z"}, "before"),
        ({"min_cost": "1e999999"}, "min_cost"),
        ({"max_cost": "-"}, "max_cost"),
        ({"ordering": "user"}, "ordering"),
        ({"ordering": "id"}, "ordering"),
        ({"page_size": "501"}, "page_size"),
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "ten"}, "page_size"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"cursor": "eyJvIjoiLXRpbWVzdGFtcCJ9"}, "cursor"),  # valid base64 JSON, missing keys
        ({"user_id": "me"}, "user_id"),
        ({"after": "9999-12-31T23:59:59-23:00"}, "after"),  # past the calendar once in UTC
        ({"before": "0001-01-01T00:00:00+14:00"}, "before"),
        ({"search": "a\x00b"}, "search"),  # PostgreSQL text cannot hold NUL
        ({"model": "\x00"}, "model"),
    ],
)
def test_a_bad_parameter_is_a_400_naming_it(owner, client_for, params, parameter):
    usage_log(owner)
    response = client_for(owner).get(LIST_URL, params)
    assert response.status_code == 400
    assert list(response.json()) == [parameter]


def test_a_cursor_from_another_ordering_is_refused(owner, client_for):
    for _ in range(3):
        usage_log(owner)
    client = client_for(owner)
    next_link = client.get(LIST_URL, {"page_size": 1}).json()["next"]
    cursor = parse_qs(urlsplit(next_link).query)["cursor"][0]
    response = client.get(LIST_URL, {"cursor": cursor, "ordering": "cost_total"})
    assert response.status_code == 400
    assert "another ordering" in response.json()["cursor"][0]


def test_a_tampered_cursor_value_is_a_400_not_a_500(owner, client_for):
    import base64
    import json

    usage_log(owner)
    raw = base64.urlsafe_b64encode(
        json.dumps({"o": "-timestamp", "v": "yesterday", "id": 1, "b": 0}).encode()
    )
    response = client_for(owner).get(LIST_URL, {"cursor": raw.decode()})
    assert response.status_code == 400
    assert list(response.json()) == ["cursor"]


def test_an_offset_postgresql_cannot_parse_is_converted_not_a_500(owner, client_for):
    """Python accepts offsets to +-23:59, PostgreSQL to +-15:59: filters compare in UTC."""
    log = usage_log(owner, timestamp=at(2026, 1, 2, 0))
    client = client_for(owner)
    assert ids(client.get(LIST_URL, {"after": "2026-01-01T01:00:00-23:00"})) == [log.pk]
    assert ids(client.get(LIST_URL, {"after": "2026-01-01T01:00:01-23:00"})) == []


def test_staff_naming_a_user_id_beyond_any_integer_get_a_400(staff, client_for):
    response = client_for(staff).get(LIST_URL, {"user_id": str(10**30)})
    assert response.status_code == 400
    assert list(response.json()) == ["user_id"]
