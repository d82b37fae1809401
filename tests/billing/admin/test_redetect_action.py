"""The "Re-detect actual provider" admin action goes through the backfill and reports changes."""

import pytest

from subscriptions.models import APIUsageLog
from tests.factories import usage_log

pytestmark = pytest.mark.django_db
URL = "/admin/subscriptions/apiusagelog/"


def test_it_redetects_only_the_selected_rows_and_says_how_many_changed(admin_client_for_staff, owner):
    stale = [usage_log(owner, provider="video") for _ in range(3)]
    right = usage_log(owner, provider="video")
    untouched = usage_log(owner, provider="video")
    APIUsageLog.objects.filter(pk__in=[log.pk for log in [*stale, untouched]]).update(
        actual_provider_name="google"
    )
    response = admin_client_for_staff.post(
        URL,
        {"action": "redetect_actual_provider", "_selected_action": [log.pk for log in [*stale, right]]},
        follow=True,
    )
    assert "Re-detected the selected rows under the current rules: 3 changed." in response.content.decode()
    stored = dict(APIUsageLog.objects.values_list("pk", "actual_provider_name"))
    assert [stored[log.pk] for log in [*stale, right]] == ["wavespeed"] * 4
    assert stored[untouched.pk] == "google"


def test_the_action_needs_the_change_permission(client, owner):
    from django.contrib.auth.models import Permission

    viewer = type(owner).objects.create_user("viewer", password="pw-viewer-123", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_apiusagelog"))
    log = usage_log(owner, provider="video")
    APIUsageLog.objects.filter(pk=log.pk).update(actual_provider_name="google")
    client.force_login(viewer)
    assert "redetect_actual_provider" not in client.get(URL).content.decode()
    client.post(URL, {"action": "redetect_actual_provider", "_selected_action": [log.pk]})
    log.refresh_from_db()
    assert log.actual_provider_name == "google"
