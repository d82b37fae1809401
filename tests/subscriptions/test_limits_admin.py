"""Admin: plans with their limits inline, subscriptions, and the users-near-limits page."""

from decimal import Decimal

import pytest

from subscriptions.limits import users_near_limits
from tests.factories import subscribe, usage_log_now

NEAR_LIMITS = "/admin/subscriptions/usersubscription/near-limits/"

pytestmark = pytest.mark.django_db


def test_the_page_lists_users_at_or_past_the_share_fullest_first(client, staff, owner, other_user):
    subscribe(owner, {"video": {"max_calls": 4}})
    subscribe(other_user, {"video": {"max_calls": 2, "max_cost": Decimal("100")}})
    for _ in range(3):
        usage_log_now(owner)  # 3 of 4: 75%
    for _ in range(3):
        usage_log_now(other_user)  # 3 of 2: over
    client.force_login(staff)

    response = client.get(NEAR_LIMITS, {"share": "70"})

    assert response.status_code == 200
    rows = [(s.username, s.provider, s.metric, s.used, s.limit) for s in response.context["standings"]]
    assert rows == [("other", "video", "calls", 3, 2), ("owner", "video", "calls", 3, 4)]
    assert b"over-limit" in response.content and b"near-limit" in response.content
    at_80 = users_near_limits(period=response.context["period"], share=0.8)
    assert [s.username for s in at_80] == ["other"]


def test_the_page_uses_the_admin_look(client, staff):
    client.force_login(staff)
    response = client.get(NEAR_LIMITS)
    assert response.context["site_header"]  # each_context ran
    assert b"No user is at 80% or more" in response.content


@pytest.mark.parametrize(("name", "value"), [("share", "abc"), ("share", "0"), ("period", "2026-13")])
def test_bad_parameters_are_a_400_naming_them(client, staff, name, value):
    client.force_login(staff)
    response = client.get(NEAR_LIMITS, {name: value})
    assert response.status_code == 400
    assert name.encode() in response.content


def test_non_staff_users_are_sent_to_the_login_page(client, owner):
    client.force_login(owner)
    response = client.get(NEAR_LIMITS)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_plan_page_edits_limits_inline(client, staff, owner):
    subscription = subscribe(owner, {"video": {"max_calls": 4}}, name="Starter")
    client.force_login(staff)
    response = client.get(f"/admin/subscriptions/subscriptionplan/{subscription.plan.pk}/change/")
    assert response.status_code == 200
    assert b'name="limits-0-max_calls"' in response.content
    assert client.get("/admin/subscriptions/usersubscription/").status_code == 200
