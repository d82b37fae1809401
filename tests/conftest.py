"""Shared fixtures: users of each kind the permission matrix needs."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission


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
