"""The admin usage report: actual provider x enum, honouring the changelist's filters and dates."""

import datetime as dt
import re
from decimal import Decimal

import pytest

from subscriptions.models import APIUsageLog
from tests.factories import usage_log

pytestmark = pytest.mark.django_db
URL = "/admin/subscriptions/apiusagelog/usage-report/"
MARCH = dt.datetime(2026, 3, 5, tzinfo=dt.UTC)
APRIL = dt.datetime(2026, 4, 2, tzinfo=dt.UTC)


@pytest.fixture
def logs(owner, other_user):
    usage_log(owner, provider="video", cost_total=Decimal("0.25"), tokens_total=0, timestamp=MARCH)
    usage_log(
        owner, provider="video", cost_total=Decimal("0.75"), tokens_total=0, timestamp=APRIL, status_code=500
    )
    usage_log(
        other_user, provider="video", model_used="veo-3.0-generate-preview",
        endpoint="https://generativelanguage.googleapis.com/v1beta/models/veo-3.0:predictLongRunning",
        cost_total=Decimal("3.00"), tokens_total=0, timestamp=APRIL,
    )  # fmt: skip
    usage_log(
        owner, provider="gemini", model_used="gemini-2.5-flash", endpoint="", cost_total=Decimal("0.02"),
        tokens_total=2000, timestamp=APRIL,
    )  # fmt: skip
    unknown = usage_log(
        owner, provider="legacy", model_used="m", endpoint="/e", cost_total=Decimal("0.10"), tokens_total=0
    )
    APIUsageLog.objects.filter(pk=unknown.pk).update(actual_provider_name=None)


def report_rows(response) -> list[list[str]]:
    """Each row as [provider, enum, calls, tokens, cost, success rate]."""
    body = response.content.decode().split('id="usage-report"')[1].split("</tbody>")[0]
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        if not cells:
            continue
        cells[0] = re.sub(r"<[^>]+>", "", cells[0]).strip()
        rows.append([cell.strip() for cell in cells])
    return rows


def test_it_aggregates_by_actual_provider_and_enum_highest_cost_first(admin_client_for_staff, logs):
    rows = report_rows(admin_client_for_staff.get(URL))
    assert rows == [
        ["Google", "video", "1", "0", "$3.00", "100.0%"],
        ["WaveSpeed", "video", "2", "0", "$1.00", "50.0%"],
        ["Unknown", "legacy", "1", "0", "$0.10", "100.0%"],
        ["Google", "gemini", "1", "2,000", "$0.02", "100.0%"],
    ]


def test_it_honours_the_changelist_filters_and_search(admin_client_for_staff, logs):
    rows = report_rows(admin_client_for_staff.get(URL, {"actual_provider": "google", "q": "veo"}))
    assert rows == [["Google", "video", "1", "0", "$3.00", "100.0%"]]


def test_it_honours_the_date_drill_down_and_shows_its_links(admin_client_for_staff, logs):
    response = admin_client_for_staff.get(URL, {"timestamp__year": "2026", "timestamp__month": "3"})
    assert report_rows(response) == [["WaveSpeed", "video", "1", "0", "$0.25", "100.0%"]]
    assert 'class="date-back"' in response.content.decode()


def test_it_ignores_the_changelists_page_and_ordering(admin_client_for_staff, logs):
    response = admin_client_for_staff.get(URL, {"p": "99", "o": "3"})
    assert response.status_code == 200
    assert len(report_rows(response)) == 4


def test_the_footer_totals_every_group(admin_client_for_staff, logs):
    footer = admin_client_for_staff.get(URL).content.decode().split("<tfoot>")[1].split("</tfoot>")[0]
    assert re.findall(r'<td class="num">(.*?)</td>', footer) == ["5", "2,000", "$4.12", "80.0%"]


def test_a_bad_filter_value_is_a_400_with_a_message(admin_client_for_staff, logs):
    response = admin_client_for_staff.get(URL, {"billing_period": "March"})
    assert response.status_code == 400
    assert "billing_period must be YYYY-MM" in response.content.decode()


def test_it_looks_like_the_admin_and_links_back_to_the_same_rows(admin_client_for_staff, logs):
    html = admin_client_for_staff.get(URL, {"provider__exact": "video"}).content.decode()
    assert 'id="site-name"' in html  # the admin's header, from each_context
    assert 'href="/admin/subscriptions/apiusagelog/?provider__exact=video"' in html


def test_it_is_for_staff_only(client, owner):
    client.force_login(owner)
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_it_costs_a_fixed_number_of_queries(admin_client_for_staff, logs, django_assert_num_queries):
    # 1 session, 2 user, 3 the changelist's capped count, 4 date hierarchy min/max,
    # 5 its months, 6 the grouped summary.
    with django_assert_num_queries(6):
        assert admin_client_for_staff.get(URL).status_code == 200
