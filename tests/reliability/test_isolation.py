"""Every URL of the project, for every kind of visitor: the expected status, and nobody else's data.

The URLs come from the resolver, not from this file, so a new URL without a row
in ACCESS fails `test_every_url_answers_each_visitor_as_the_table_says` until
someone decides who may see it. Each user's rows carry a model name and a cost
found nowhere else; a response for someone who may not read a user's rows must
not contain either, so neither a row nor a total that counts it can leak.
"""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.authtoken.models import Token

from subscriptions.models import APIUsageLog, UsageAlert
from tests.factories import subscribe, usage_log_now

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "owner", "other", "staff", "service")
# Who may read whose rows: staff everyone's, anyone else only their own.
MARKERS = {
    "owner": ("owner-only-model-7f3a", Decimal("3131.313131")),
    "other": ("other-only-model-9c1e", Decimal("4242.424242")),
    "staff": ("staff-only-model-2b8d", Decimal("5353.535353")),
    "service": ("bot-only-model-6e0f", Decimal("6464.646464")),
}

# Shorthands for the expected status per role, in ROLES order.
LOGIN = (302, 302, 302, 302, 302)  # an alias that redirects everyone (then signed-in checks apply)
ADMIN = (302, 302, 302, 200, 302)  # the admin: staff only, the rest sent to its login
ADMIN_REFUSED = (302, 302, 302, 403, 302)  # the admin, but nobody may (usage logs are never added/deleted)
PAGE = (302, 200, 200, 200, 200)  # a signed-in page
PUBLIC = (200, 200, 200, 200, 200)
API = (401, 200, 200, 200, 200)  # token auth first: anonymous gets 401 with WWW-Authenticate
API_SESSION_FIRST = (403, 200, 200, 200, 200)  # session auth first: anonymous gets 403

# route (as the resolver spells it) -> (a concrete path, expected statuses, an HTML form that writes)
ACCESS: dict[str, tuple[str, tuple[int, ...], bool]] = {
    "": ("/", LOGIN, False),
    "admin/": ("/admin/", ADMIN, False),
    # A signed-in user who is not staff is shown the admin's login form, told they lack access.
    "admin/login/": ("/admin/login/", (200, 200, 200, 302, 200), True),
    "admin/logout/": ("/admin/logout/", (302, 302, 302, 405, 302), True),  # POST only
    "admin/password_change/": ("/admin/password_change/", ADMIN, True),
    "admin/password_change/done/": ("/admin/password_change/done/", ADMIN, False),
    "admin/autocomplete/": ("/admin/autocomplete/", (302, 302, 302, 403, 302), False),
    "admin/jsi18n/": ("/admin/jsi18n/", ADMIN, False),
    "admin/r/<path:content_type_id>/<path:object_id>/": (
        "/admin/r/{ct}/{log}/",
        (302, 302, 302, 404, 302),
        False,
    ),
    "admin/auth/group/": ("/admin/auth/group/", ADMIN, True),
    "admin/auth/group/add/": ("/admin/auth/group/add/", ADMIN, True),
    "admin/auth/group/<path:object_id>/history/": ("/admin/auth/group/{group}/history/", ADMIN, False),
    "admin/auth/group/<path:object_id>/delete/": ("/admin/auth/group/{group}/delete/", ADMIN, True),
    "admin/auth/group/<path:object_id>/change/": ("/admin/auth/group/{group}/change/", ADMIN, True),
    "admin/auth/group/<path:object_id>/": ("/admin/auth/group/{group}/", LOGIN, False),
    "admin/auth/user/<id>/password/": ("/admin/auth/user/{other}/password/", ADMIN, True),
    "admin/auth/user/": ("/admin/auth/user/", ADMIN, True),
    "admin/auth/user/add/": ("/admin/auth/user/add/", ADMIN, True),
    "admin/auth/user/<path:object_id>/history/": ("/admin/auth/user/{other}/history/", ADMIN, False),
    "admin/auth/user/<path:object_id>/delete/": ("/admin/auth/user/{other}/delete/", ADMIN, True),
    "admin/auth/user/<path:object_id>/change/": ("/admin/auth/user/{other}/change/", ADMIN, True),
    "admin/auth/user/<path:object_id>/": ("/admin/auth/user/{other}/", LOGIN, False),
    "admin/authtoken/tokenproxy/": ("/admin/authtoken/tokenproxy/", ADMIN, True),
    "admin/authtoken/tokenproxy/add/": ("/admin/authtoken/tokenproxy/add/", ADMIN, True),
    "admin/authtoken/tokenproxy/<path:object_id>/history/": (
        "/admin/authtoken/tokenproxy/{other}/history/",
        ADMIN,
        False,
    ),
    "admin/authtoken/tokenproxy/<path:object_id>/delete/": (
        "/admin/authtoken/tokenproxy/{other}/delete/",
        ADMIN,
        True,
    ),
    "admin/authtoken/tokenproxy/<path:object_id>/change/": (
        "/admin/authtoken/tokenproxy/{other}/change/",
        ADMIN,
        True,
    ),
    "admin/authtoken/tokenproxy/<path:object_id>/": ("/admin/authtoken/tokenproxy/{other}/", LOGIN, False),
    "admin/subscriptions/subscriptionplan/": ("/admin/subscriptions/subscriptionplan/", ADMIN, True),
    "admin/subscriptions/subscriptionplan/add/": ("/admin/subscriptions/subscriptionplan/add/", ADMIN, True),
    "admin/subscriptions/subscriptionplan/<path:object_id>/history/": (
        "/admin/subscriptions/subscriptionplan/{plan}/history/",
        ADMIN,
        False,
    ),
    "admin/subscriptions/subscriptionplan/<path:object_id>/delete/": (
        "/admin/subscriptions/subscriptionplan/{plan}/delete/",
        ADMIN,
        True,
    ),
    "admin/subscriptions/subscriptionplan/<path:object_id>/change/": (
        "/admin/subscriptions/subscriptionplan/{plan}/change/",
        ADMIN,
        True,
    ),
    "admin/subscriptions/subscriptionplan/<path:object_id>/": (
        "/admin/subscriptions/subscriptionplan/{plan}/",
        LOGIN,
        False,
    ),
    "admin/subscriptions/usersubscription/near-limits/": (
        "/admin/subscriptions/usersubscription/near-limits/",
        ADMIN,
        False,
    ),
    "admin/subscriptions/usersubscription/": ("/admin/subscriptions/usersubscription/", ADMIN, True),
    "admin/subscriptions/usersubscription/add/": ("/admin/subscriptions/usersubscription/add/", ADMIN, True),
    "admin/subscriptions/usersubscription/<path:object_id>/history/": (
        "/admin/subscriptions/usersubscription/{subscription}/history/",
        ADMIN,
        False,
    ),
    "admin/subscriptions/usersubscription/<path:object_id>/delete/": (
        "/admin/subscriptions/usersubscription/{subscription}/delete/",
        ADMIN,
        True,
    ),
    "admin/subscriptions/usersubscription/<path:object_id>/change/": (
        "/admin/subscriptions/usersubscription/{subscription}/change/",
        ADMIN,
        True,
    ),
    "admin/subscriptions/usersubscription/<path:object_id>/": (
        "/admin/subscriptions/usersubscription/{subscription}/",
        LOGIN,
        False,
    ),
    "admin/subscriptions/usagealert/": ("/admin/subscriptions/usagealert/", ADMIN, True),
    "admin/subscriptions/usagealert/add/": ("/admin/subscriptions/usagealert/add/", ADMIN, True),
    "admin/subscriptions/usagealert/<path:object_id>/history/": (
        "/admin/subscriptions/usagealert/{alert}/history/",
        ADMIN,
        False,
    ),
    "admin/subscriptions/usagealert/<path:object_id>/delete/": (
        "/admin/subscriptions/usagealert/{alert}/delete/",
        ADMIN,
        True,
    ),
    "admin/subscriptions/usagealert/<path:object_id>/change/": (
        "/admin/subscriptions/usagealert/{alert}/change/",
        ADMIN,
        True,
    ),
    "admin/subscriptions/usagealert/<path:object_id>/": (
        "/admin/subscriptions/usagealert/{alert}/",
        LOGIN,
        False,
    ),
    "admin/subscriptions/apiusagelog/usage-report/": (
        "/admin/subscriptions/apiusagelog/usage-report/",
        ADMIN,
        False,
    ),
    "admin/subscriptions/apiusagelog/detection-coverage/": (
        "/admin/subscriptions/apiusagelog/detection-coverage/",
        ADMIN,
        False,
    ),
    "admin/subscriptions/apiusagelog/detection-coverage/backfill/": (
        "/admin/subscriptions/apiusagelog/detection-coverage/backfill/",
        (302, 302, 302, 405, 302),
        True,
    ),
    "admin/subscriptions/apiusagelog/": ("/admin/subscriptions/apiusagelog/", ADMIN, True),
    "admin/subscriptions/apiusagelog/add/": ("/admin/subscriptions/apiusagelog/add/", ADMIN_REFUSED, False),
    "admin/subscriptions/apiusagelog/<path:object_id>/history/": (
        "/admin/subscriptions/apiusagelog/{log}/history/",
        ADMIN,
        False,
    ),
    "admin/subscriptions/apiusagelog/<path:object_id>/delete/": (
        "/admin/subscriptions/apiusagelog/{log}/delete/",
        ADMIN_REFUSED,
        False,
    ),
    "admin/subscriptions/apiusagelog/<path:object_id>/change/": (
        "/admin/subscriptions/apiusagelog/{log}/change/",
        ADMIN,
        False,
    ),
    "admin/subscriptions/apiusagelog/<path:object_id>/": (
        "/admin/subscriptions/apiusagelog/{log}/",
        LOGIN,
        False,
    ),
    "admin/^(?P<app_label>auth|authtoken|subscriptions)/$": ("/admin/subscriptions/", ADMIN, False),
    "admin/(?P<url>.*)$": ("/admin/no-such-page/", (302, 302, 302, 404, 302), False),
    "accounts/login/": ("/accounts/login/", PUBLIC, True),
    "accounts/logout/": ("/accounts/logout/", (405, 405, 405, 405, 405), True),
    "accounts/password_change/": ("/accounts/password_change/", PAGE, True),
    "accounts/password_change/done/": ("/accounts/password_change/done/", PAGE, False),
    "accounts/password_reset/": ("/accounts/password_reset/", PUBLIC, True),
    "accounts/password_reset/done/": ("/accounts/password_reset/done/", PUBLIC, False),
    "accounts/reset/<uidb64>/<token>/": ("/accounts/reset/MQ/bad-token/", PUBLIC, False),
    "accounts/reset/done/": ("/accounts/reset/done/", PUBLIC, False),
    "billing/usage/": ("/billing/usage/", PAGE, False),
    "billing/providers/": ("/billing/providers/", PAGE, False),
    "api/subscription/usage/": ("/api/subscription/usage/", API_SESSION_FIRST, False),
    "api/subscription/^usage-logs/$": ("/api/subscription/usage-logs/", API, False),
    "api/subscription/^usage-logs\\.(?P<format>[a-z0-9]+)/?$": (
        "/api/subscription/usage-logs.csv",
        API,
        False,
    ),
    "api/subscription/^usage-logs/summary/$": ("/api/subscription/usage-logs/summary/", API, False),
    "api/subscription/^usage-logs/summary\\.(?P<format>[a-z0-9]+)/?$": (
        "/api/subscription/usage-logs/summary.json",
        API,
        False,
    ),
    "api/subscription/^usage-logs/insights/$": ("/api/subscription/usage-logs/insights/", API, False),
    "api/subscription/^usage-logs/insights\\.(?P<format>[a-z0-9]+)/?$": (
        "/api/subscription/usage-logs/insights.json",
        API,
        False,
    ),
    # Each visitor asks for the owner's log: only the owner and staff may see it, others get 404.
    "api/subscription/^usage-logs/(?P<pk>[^/.]+)/$": (
        "/api/subscription/usage-logs/{log}/",
        (401, 200, 404, 200, 404),
        False,
    ),
    "api/subscription/^usage-logs/(?P<pk>[^/.]+)\\.(?P<format>[a-z0-9]+)/?$": (
        "/api/subscription/usage-logs/{log}.json",
        (401, 200, 404, 200, 404),
        False,
    ),
    "api/subscription/": ("/api/subscription/", API_SESSION_FIRST, False),
    "api/subscription/<drf_format_suffix:format>": ("/api/subscription/.json", API_SESSION_FIRST, False),
    "api/schema/": ("/api/schema/", PUBLIC, False),
    "api/schema/docs/": ("/api/schema/docs/", PUBLIC, False),
    "api/schema/redoc/": ("/api/schema/redoc/", PUBLIC, False),
}


def project_routes() -> list[str]:
    """Every URL pattern of the project, spelled as its route strings joined."""

    def walk(patterns, prefix):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                yield prefix + str(pattern.pattern)

    return sorted(set(walk(get_resolver().url_patterns, "")))


@pytest.fixture
def world(owner, other_user, staff, service_account):
    """The visitors, each with rows only they (and staff) may read, and one object of each admin model."""
    users = {"owner": owner, "other": other_user, "staff": staff, "service": service_account}
    logs = {}
    for role, user in users.items():
        model, cost = MARKERS[role]
        # Timed now: the plan-usage API and the analytics page show the current period and 30 days.
        logs[role] = usage_log_now(user, model_used=model, endpoint=f"/api/{model}", cost_total=cost)
        usage_log_now(user, model_used=model, provider="gemini", endpoint="/api/llm/chat", status_code=500)
    subscription = subscribe(owner, {"video": {"max_calls": 100}})
    for user in users.values():
        Token.objects.create(user=user)
    objects = {
        "log": logs["owner"].pk,
        "other": other_user.pk,
        "group": Group.objects.create(name="auditors").pk,
        "plan": subscription.plan.pk,
        "subscription": subscription.pk,
        "alert": UsageAlert.objects.create(kind="limit", subject="x", period="2026-01", message="m").pk,
        "ct": ContentType.objects.get_for_model(APIUsageLog).pk,
    }
    return users, objects


def client_for(role: str, users: dict) -> Client:
    client = Client()
    if role != "anonymous":
        client.force_login(users[role])
    return client


def forbidden_markers(role: str) -> list[str]:
    """What must not appear in a response to `role`: every other user's model name and cost."""
    if role == "staff":
        return []
    hidden = [other for other in MARKERS if other != role]
    return [
        text
        for other in hidden
        for text in (MARKERS[other][0], str(MARKERS[other][1])[:7], f"{MARKERS[other][1]:,.0f}")
    ]


def body_of(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", errors="replace")


@pytest.mark.parametrize("route", project_routes())
def test_every_url_answers_each_visitor_as_the_table_says(world, route):
    assert route in ACCESS, f"New URL {route!r}: add a row to ACCESS saying who may see it."
    users, objects = world
    path, expected, _ = ACCESS[route]
    url = path.format(**objects)
    got = {}
    for role in ROLES:
        response = client_for(role, users).get(url)
        got[role] = response.status_code
        if response.status_code == 302 and expected is not LOGIN:
            # Apart from the aliases that always redirect, a refusal sends to a sign-in page.
            assert "login" in response["Location"] or response["Location"] == "/admin/", response["Location"]
        body = body_of(response)
        for marker in forbidden_markers(role):
            assert marker not in body, f"{url} shows {role} another user's data: {marker!r}"
    assert got == dict(zip(ROLES, expected, strict=True)), url


@pytest.mark.parametrize("route", [route for route, (_, _, writes) in ACCESS.items() if writes])
def test_every_html_form_that_writes_refuses_a_post_without_a_csrf_token(world, route):
    users, objects = world
    path, _, _ = ACCESS[route]
    client = Client(enforce_csrf_checks=True)
    client.force_login(users["staff"])
    before = APIUsageLog.objects.count(), Group.objects.count(), UsageAlert.objects.count()
    response = client.post(path.format(**objects), {"name": "x", "action": "delete_selected", "post": "yes"})
    assert response.status_code == 403, (route, response.status_code)
    assert b"CSRF" in response.content
    assert (APIUsageLog.objects.count(), Group.objects.count(), UsageAlert.objects.count()) == before


def test_the_ingestion_api_refuses_a_session_post_without_a_csrf_token(world):
    users, _ = world
    client = Client(enforce_csrf_checks=True)
    client.force_login(users["staff"])
    response = client.post(
        "/api/subscription/usage-logs/",
        {"provider": "video", "endpoint": "/x"},
        content_type="application/json",
    )
    assert response.status_code == 403
    assert b"CSRF" in response.content
    assert APIUsageLog.objects.count() == 8


def test_the_summary_counts_only_the_requesters_rows(world):
    users, _ = world
    for role in ("owner", "other", "service"):
        rows = client_for(role, users).get("/api/subscription/usage-logs/summary/").json()
        assert sum(row["calls"] for row in rows) == 2, role
    rows = client_for("staff", users).get("/api/subscription/usage-logs/summary/").json()
    assert sum(row["calls"] for row in rows) == 8


@pytest.mark.parametrize(
    "url",
    [
        "/billing/usage/",
        "/billing/providers/",
        "/api/subscription/usage-logs/",
        "/api/subscription/usage-logs/?format=csv",
        "/api/subscription/usage-logs/summary/?group_by=model",
        "/api/subscription/usage/",
    ],
)
def test_each_visitor_sees_their_own_figures_so_their_absence_elsewhere_means_something(world, url):
    """Each user's own model name or cost (alone in its group, so a total that mixed in
    someone else's rows would show another figure) is on the page."""
    users, _ = world
    for role in ("owner", "other", "service"):
        model, cost = MARKERS[role]
        body = body_of(client_for(role, users).get(url))
        assert model in body or f"{cost:,.2f}" in body or str(cost) in body, (role, url)
