"""POST /api/subscription/usage-logs/: one log or a batch, idempotent, all or nothing."""

import pytest

from subscriptions.models import APIUsageLog
from tests.billing.api.conftest import LIST_URL

pytestmark = pytest.mark.django_db

CALL = {
    "provider": "video",
    "model_used": "alibaba/wan-2.5/text-to-video",
    "endpoint": "/video-generation/wavespeed",
    "tokens_input": 100,
    "tokens_output": 20,
    "cost_input": "0.25",
    "cost_output": "0.5",
    "response_time": 3.2,
    "timestamp": "2026-03-01T10:00:00+05:30",
}


def post(client, payload):
    return client.post(LIST_URL, payload, format="json")


def test_a_service_account_records_a_call_for_a_user(service_account, owner, client_for):
    response = post(client_for(service_account), {**CALL, "user": owner.pk, "request_id": "r-1"})
    assert response.status_code == 201, response.content
    row = response.json()
    log = APIUsageLog.objects.get()
    assert (log.user, log.actual_provider_name, log.tokens_total) == (owner, "wavespeed", 120)
    assert (row["id"], row["cost_total"], row["billing_period"]) == (log.pk, "0.750000", "2026-03")
    assert row["timestamp"] == "2026-03-01T04:30:00Z"


def test_the_user_defaults_to_the_requester(staff, client_for):
    assert post(client_for(staff), CALL).status_code == 201
    assert APIUsageLog.objects.get().user == staff


def test_an_explicit_actual_provider_is_kept(staff, client_for):
    post(client_for(staff), {**CALL, "actual_provider_name": "google"})
    assert APIUsageLog.objects.get().actual_provider_name == "google"


def test_replaying_a_request_id_returns_the_row_and_writes_nothing(service_account, owner, client_for):
    client = client_for(service_account)
    first = post(client, {**CALL, "user": owner.pk, "request_id": "r-1"})
    again = post(client, {**CALL, "user": owner.pk, "request_id": "r-1", "tokens_input": 999})
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    assert APIUsageLog.objects.count() == 1


def test_a_batch_is_written_whole(service_account, owner, other_user, client_for):
    batch = [
        {**CALL, "user": user.pk, "request_id": f"b-{i}"} for i, user in enumerate([owner, other_user] * 3)
    ]
    response = post(client_for(service_account), batch)
    assert response.status_code == 201
    body = response.json()
    assert (body["created"], body["replayed"], len(body["results"])) == (6, 0, 6)
    assert [row["request_id"] for row in body["results"]] == [f"b-{i}" for i in range(6)]
    assert APIUsageLog.objects.filter(user=other_user).count() == 3


def test_a_replayed_batch_writes_nothing_new(staff, client_for):
    batch = [{**CALL, "request_id": f"b-{i}"} for i in range(3)]
    client = client_for(staff)
    first = post(client, batch).json()
    response = post(client, batch)
    assert response.status_code == 200
    assert (response.json()["created"], response.json()["replayed"]) == (0, 3)
    assert response.json()["results"] == first["results"]
    assert APIUsageLog.objects.count() == 3


def test_a_batch_that_partly_replays_creates_only_the_new_rows(staff, client_for):
    client = client_for(staff)
    post(client, {**CALL, "request_id": "old"})
    body = post(client, [{**CALL, "request_id": "old"}, {**CALL, "request_id": "new"}]).json()
    assert (body["created"], body["replayed"]) == (1, 1)
    assert APIUsageLog.objects.count() == 2


def test_one_invalid_item_writes_nothing_and_names_its_index(staff, client_for):
    batch = [{**CALL, "request_id": "ok-0"}, {**CALL, "provider": "nope"}, {**CALL, "tokens_input": -5}]
    response = post(client_for(staff), batch)
    assert response.status_code == 400
    body = response.json()
    assert set(body["errors"]) == {"1", "2"}
    assert list(body["errors"]["1"]) == ["provider"]
    assert list(body["errors"]["2"]) == ["tokens_input"]
    assert "none was written" in body["detail"]
    assert APIUsageLog.objects.count() == 0


def test_an_item_refused_by_record_usage_rolls_back_the_items_before_it(staff, owner, other_user, client_for):
    """The serializer passes both, but record_usage refuses item 1 (a request_id of another user)."""
    client = client_for(staff)
    post(client, {**CALL, "user": other_user.pk, "request_id": "taken"})
    batch = [
        {**CALL, "user": owner.pk, "request_id": "fresh"},
        {**CALL, "user": owner.pk, "request_id": "taken"},
    ]
    response = post(client, batch)
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["1"]
    assert "request_id" in response.json()["errors"]["1"]
    assert not APIUsageLog.objects.filter(request_id="fresh").exists()


def test_a_timestamp_out_of_range_is_refused_by_the_one_write_path(staff, client_for):
    response = post(client_for(staff), {**CALL, "timestamp": "1999-01-01T00:00:00Z"})
    assert response.status_code == 400
    assert list(response.json()) == ["timestamp"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"provider": "videos"}, "provider"),
        ({"endpoint": ""}, "endpoint"),
        ({"cost_total": "NaN"}, "cost_total"),
        ({"cost_input": "-1"}, "cost_input"),
        ({"status_code": 700}, "status_code"),
        ({"response_time": -1}, "response_time"),
        ({"timestamp": "tomorrow"}, "timestamp"),
        ({"actual_provider_name": "acme"}, "actual_provider_name"),
        ({"user": 987654}, "user"),
        ({"cost": "1.00"}, "cost"),  # misspelt field: refused, not dropped
    ],
)
def test_a_single_invalid_log_is_a_400_naming_the_field(staff, client_for, change, field):
    response = post(client_for(staff), {**CALL, **change})
    assert response.status_code == 400, response.content
    assert field in response.json()
    assert APIUsageLog.objects.count() == 0


def test_more_than_a_thousand_items_are_refused(staff, client_for):
    response = post(client_for(staff), [CALL] * 1001)
    assert response.status_code == 400
    assert "1000" in response.json()["non_field_errors"][0]


@pytest.mark.parametrize("payload", [[], "text", 42, [1, 2]])
def test_a_payload_that_is_not_objects_is_a_400(staff, client_for, payload):
    response = post(client_for(staff), payload)
    assert response.status_code == 400
    assert APIUsageLog.objects.count() == 0


def test_a_thousand_items_are_accepted(service_account, owner, client_for):
    batch = [{**CALL, "user": owner.pk, "request_id": f"k-{i}"} for i in range(1000)]
    response = post(client_for(service_account), batch)
    assert response.status_code == 201
    assert APIUsageLog.objects.filter(user=owner).count() == 1000


def test_a_timestamp_with_a_large_offset_is_stored_in_utc(staff, client_for):
    response = post(client_for(staff), {**CALL, "timestamp": "2026-03-01T01:00:00-23:00"})
    assert response.status_code == 201, response.content
    assert response.json()["timestamp"] == "2026-03-02T00:00:00Z"
