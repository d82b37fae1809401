"""Shared fixtures: users of each kind the permission matrix needs."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Tests log users in by the hundred; the production hasher's cost buys nothing here."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def owner(db):
    return get_user_model().objects.create_user("owner", "owner@example.com", "pw-owner-123")


@pytest.fixture
def other_user(db):
    return get_user_model().objects.create_user("other", "other@example.com", "pw-other-123")


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user(
        "staff", "staff@example.com", "pw-staff-123", is_staff=True, is_superuser=True
    )


@pytest.fixture
def service_account(db):
    """A non-staff account allowed to ingest logs for any user."""
    user = get_user_model().objects.create_user("ingest-bot", "bot@example.com", "pw-bot-123")
    user.user_permissions.add(Permission.objects.get(codename="add_apiusagelog"))
    return get_user_model().objects.get(pk=user.pk)  # drop the permission cache


def pytest_collection_modifyitems(config, items):
    """Skip PostgreSQL-only tests, saying why, when the suite runs on SQLite."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    reason = pytest.mark.skip(
        reason="needs PostgreSQL (row locks and real concurrent connections); set DATABASE_URL to run it"
    )
    for item in items:
        if "postgres_only" in item.keywords:
            item.add_marker(reason)
