"""GET /api/subscription/usage-logs/{id}/."""

import pytest

from tests.billing.api.conftest import detail_url
from tests.factories import usage_log

pytestmark = pytest.mark.django_db


def test_the_detail_is_one_query(owner, client_for, django_assert_num_queries):
    log = usage_log(owner)
    client = client_for(owner)
    # 1: SELECT the row, scoped to the owner.
    with django_assert_num_queries(1):
        response = client.get(detail_url(log.pk))
    assert response.json()["id"] == log.pk
    assert response.json()["display_provider"] == "WaveSpeed"


def test_a_missing_id_is_a_404(owner, client_for):
    assert client_for(owner).get(detail_url(424242)).status_code == 404


def test_the_browsable_api_renders(owner):
    from rest_framework.test import APIClient

    log = usage_log(owner)
    client = APIClient()
    client.force_login(owner)
    response = client.get(detail_url(log.pk), HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert b"WaveSpeed" in response.content
    list_page = client.get("/api/subscription/usage-logs/", HTTP_ACCEPT="text/html")
    assert list_page.status_code == 200
    assert b"actual_provider" in list_page.content  # the filter form


def test_the_browsable_api_offers_staff_the_ingestion_form(staff):
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_login(staff)
    page = client.get("/api/subscription/usage-logs/", HTTP_ACCEPT="text/html")
    assert page.status_code == 200
    assert b'name="endpoint"' in page.content
    assert b'name="request_id"' in page.content


@pytest.mark.parametrize("pk", ["99999999999999999999999", "9223372036854775808", "-1", "abc", "1e5"])
def test_an_id_that_cannot_exist_is_a_404_not_a_500(owner, client_for, pk):
    usage_log(owner)
    assert client_for(owner).get(detail_url(pk)).status_code == 404
