"""The detection-coverage page: what has no actual provider, why, and the backfill button."""

import re

import pytest

from subscriptions.models import APIUsageLog
from tests.factories import usage_log

pytestmark = pytest.mark.django_db
URL = "/admin/subscriptions/apiusagelog/detection-coverage/"
BACKFILL_URL = "/admin/subscriptions/apiusagelog/detection-coverage/backfill/"


def clear(*logs):
    APIUsageLog.objects.filter(pk__in=[log.pk for log in logs]).update(actual_provider_name=None)


@pytest.fixture
def missing(owner):
    """Two rows the rules now know (a video call) and three they cannot place."""
    known = [usage_log(owner, provider="video") for _ in range(2)]
    unknown = [
        usage_log(owner, provider="legacy", model_used="mystery-model", endpoint="/internal/thing")
        for _ in range(3)
    ]
    usage_log(owner, provider="video")  # detected: not on the page
    clear(*known, *unknown)


def table(html: str, element_id: str) -> list[list[str]]:
    body = html.split(f'id="{element_id}"')[1].split("</table>")[0]
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        if cells:
            rows.append(cells)
    return rows


def test_it_counts_rows_without_an_actual_provider(admin_client_for_staff, missing):
    html = admin_client_for_staff.get(URL).content.decode()
    assert re.search(r"<strong>5</strong> rows have no actual provider", html)
    assert table(html, "missing-by-enum") == [["legacy", "3"], ["video", "2"]]


def test_top_models_and_endpoints_show_what_detection_says_now(admin_client_for_staff, missing):
    html = admin_client_for_staff.get(URL).content.decode()
    models = table(html, "missing-models")
    assert models[0] == ["legacy", "mystery-model", "3", "no evidence for a provider"]
    assert models[1][:3] == ["video", "alibaba/wan-2.5/text-to-video", "2"]
    assert models[1][3].endswith("WaveSpeed")
    endpoints = table(html, "missing-endpoints")
    assert endpoints[0] == ["legacy", "/internal/thing", "3", "no evidence for a provider"]
    assert endpoints[1][3].endswith("WaveSpeed")


def test_the_backfill_button_fills_what_the_rules_know_and_reports_it(admin_client_for_staff, missing):
    response = admin_client_for_staff.post(BACKFILL_URL, follow=True)
    html = response.content.decode()
    assert "Backfill done: 2 rows filled, 3 still undetected." in html
    assert re.search(r"<strong>3</strong> rows have no actual provider", html)
    assert APIUsageLog.objects.filter(actual_provider_name__isnull=True).count() == 3


def test_the_backfill_needs_a_post_and_the_change_permission(client, admin_client_for_staff, owner, missing):
    assert admin_client_for_staff.get(BACKFILL_URL).status_code == 405
    from django.contrib.auth.models import Permission

    viewer = type(owner).objects.create_user("viewer", password="pw-viewer-123", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_apiusagelog"))
    client.force_login(viewer)
    assert "Run the backfill" not in client.get(URL).content.decode()
    assert client.post(BACKFILL_URL).status_code == 403
    assert APIUsageLog.objects.filter(actual_provider_name__isnull=True).count() == 5


def test_model_names_and_endpoints_are_escaped(admin_client_for_staff, owner):
    log = usage_log(owner, provider="legacy", model_used="<script>x()</script>", endpoint="<img src=x>")
    clear(log)
    html = admin_client_for_staff.get(URL).content.decode()
    assert "<script>x()" not in html
    assert "<img src=x>" not in html
    assert "&lt;script&gt;x()&lt;/script&gt;" in html


def test_it_costs_a_fixed_number_of_queries(admin_client_for_staff, missing, django_assert_num_queries):
    # 1 session, 2 user, 3 by enum, 4 top models, 5 top endpoints.
    with django_assert_num_queries(5):
        assert admin_client_for_staff.get(URL).status_code == 200
