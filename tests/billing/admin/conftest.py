"""Admin clients and a few usage logs of known providers."""

import pytest


@pytest.fixture
def admin_client_for_staff(client, staff):
    client.force_login(staff)
    return client
