"""Who sees what, on every endpoint: anonymous, owner, other user, staff, service account."""

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.billing.api.conftest import LIST_URL, SUMMARY_URL, detail_url
from tests.factories import usage_log

pytestmark = pytest.mark.django_db

CSV = {"format": "csv"}


@pytest.fixture
def logs(owner, other_user):
    return {"owner": usage_log(owner).pk, "other": usage_log(other_user).pk}


def csv_ids(response) -> set[int]:
    lines = b"".join(response.streaming_content).decode().splitlines()[1:]
    return {int(line.split(",")[0]) for line in lines}


@pytest.mark.parametrize(
    ("method", "url"),
    [("get", LIST_URL), ("get", SUMMARY_URL), ("get", LIST_URL + "?format=csv"), ("post", LIST_URL)],
)
def test_anonymous_gets_401_with_a_token_challenge(api, logs, method, url):
    response = getattr(api, method)(url)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_anonymous_cannot_read_a_detail(api, logs):
    assert api.get(detail_url(logs["owner"])).status_code == 401


def test_owner_sees_only_their_rows_everywhere(owner, client_for, logs):
    client = client_for(owner)
    assert [row["id"] for row in client.get(LIST_URL).json()["results"]] == [logs["owner"]]
    assert client.get(detail_url(logs["owner"])).status_code == 200
    assert [row["calls"] for row in client.get(SUMMARY_URL).json()] == [1]
    assert csv_ids(client.get(LIST_URL, CSV)) == {logs["owner"]}


def test_another_users_log_is_a_404_not_a_403(owner, client_for, logs):
    assert client_for(owner).get(detail_url(logs["other"])).status_code == 404


@pytest.mark.parametrize("url", [LIST_URL, SUMMARY_URL, LIST_URL + "?format=csv"])
def test_a_user_naming_another_user_gets_403_with_a_reason(owner, other_user, client_for, logs, url):
    joiner = "&" if "?" in url else "?"
    response = client_for(owner).get(f"{url}{joiner}user_id={other_user.pk}")
    assert response.status_code == 403
    assert "Only staff" in response.json()["detail"]
    assert response["Content-Type"].startswith("application/json")


def test_a_user_naming_themselves_is_fine(owner, client_for, logs):
    response = client_for(owner).get(LIST_URL, {"user_id": owner.pk})
    assert [row["id"] for row in response.json()["results"]] == [logs["owner"]]


def test_staff_see_everyone_and_may_narrow_to_one_user(staff, other_user, client_for, logs):
    client = client_for(staff)
    assert {row["id"] for row in client.get(LIST_URL).json()["results"]} == set(logs.values())
    assert [row["id"] for row in client.get(LIST_URL, {"user_id": other_user.pk}).json()["results"]] == [
        logs["other"]
    ]
    assert client.get(detail_url(logs["other"])).status_code == 200
    assert [row["calls"] for row in client.get(SUMMARY_URL).json()] == [2]
    assert [row["calls"] for row in client.get(SUMMARY_URL, {"user_id": other_user.pk}).json()] == [1]
    assert csv_ids(client.get(LIST_URL, {**CSV, "user_id": other_user.pk})) == {logs["other"]}


def test_staff_naming_a_missing_user_get_a_400(staff, client_for, logs):
    response = client_for(staff).get(LIST_URL, {"user_id": 999999})
    assert response.status_code == 400
    assert list(response.json()) == ["user_id"]


def test_a_service_account_reads_only_its_own_rows(service_account, owner, client_for, logs):
    client = client_for(service_account)
    assert client.get(LIST_URL).json()["results"] == []
    assert client.get(detail_url(logs["owner"])).status_code == 404
    assert client.get(SUMMARY_URL).json() == []
    assert csv_ids(client.get(LIST_URL, CSV)) == set()
    assert client.get(LIST_URL, {"user_id": owner.pk}).status_code == 403


def test_token_authentication_works(owner, logs):
    token = Token.objects.create(user=owner)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert [row["id"] for row in client.get(LIST_URL).json()["results"]] == [logs["owner"]]


def test_session_authentication_works(owner, logs):
    client = APIClient()
    client.force_login(owner)
    assert [row["id"] for row in client.get(LIST_URL).json()["results"]] == [logs["owner"]]


def test_a_plain_user_cannot_ingest(owner, client_for):
    response = client_for(owner).post(
        LIST_URL, {"provider": "video", "endpoint": "/video-generation/wavespeed"}, format="json"
    )
    assert response.status_code == 403
    assert "add_apiusagelog" in response.json()["detail"]


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_logs_cannot_be_changed_or_deleted_through_the_api(staff, client_for, logs, method):
    assert getattr(client_for(staff), method)(detail_url(logs["owner"])).status_code == 405
