"""API clients signed in as each kind of user."""

import pytest
from rest_framework.test import APIClient

LIST_URL = "/api/subscription/usage-logs/"
SUMMARY_URL = "/api/subscription/usage-logs/summary/"


def detail_url(pk: int) -> str:
    return f"{LIST_URL}{pk}/"


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def client_for(api):
    """An API client authenticated as the given user, without auth queries (force_authenticate)."""

    def make(user):
        client = APIClient()
        client.force_authenticate(user)
        return client

    return make
