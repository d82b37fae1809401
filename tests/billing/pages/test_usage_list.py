"""/billing/usage/: the signed-in user's logs, filters, totals, keyset pages, time zones."""

import datetime as dt
import re
from decimal import Decimal
from urllib.parse import parse_qs, urlparse

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from billing import views
from tests.factories import usage_log

pytestmark = pytest.mark.django_db
URL = "/billing/usage/"
MOMENT = dt.datetime(2026, 3, 1, 23, 30, tzinfo=dt.UTC)


@pytest.fixture
def signed_in(client, owner):
    client.force_login(owner)
    return client


def rows_of(response) -> list[str]:
    """The model names of the table's rows, in page order."""
    html = response.content.decode()
    table = html[html.index('id="usage-logs"') :]
    return re.findall(r'<td class="model">(.*?)</td>', table)


def test_it_sends_anonymous_visitors_to_the_login_page(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/billing/usage/")


def test_it_shows_only_the_signed_in_users_logs_even_to_staff(client, owner, staff):
    usage_log(owner, model_used="owner-model")
    usage_log(staff, model_used="staff-model")
    client.force_login(staff)
    assert rows_of(client.get(URL)) == ["staff-model"]
    client.force_login(owner)
    assert rows_of(client.get(URL)) == ["owner-model"]


def test_the_provider_cell_is_bold_with_the_enum_below_and_unknown_shows_the_enum(signed_in, owner):
    usage_log(owner, provider="video", actual_provider_name="wavespeed")
    unknown = usage_log(owner, provider="audio", model_used="x", endpoint="/y")
    type(unknown).objects.filter(pk=unknown.pk).update(actual_provider_name=None)
    html = signed_in.get(URL).content.decode()
    cell = '<strong class="provider-name">WaveSpeed</strong><small class="provider-enum">video</small>'
    assert cell in html
    assert 'title="actual provider unknown">Audio</span>' in html


def test_columns_show_tokens_cost_status_response_time_and_a_shortened_endpoint(signed_in, owner):
    endpoint = "https://generativelanguage.googleapis.com/v1beta/models/veo-3.0-generate:predictLongRunning"
    usage_log(
        owner, endpoint=endpoint, tokens_total=1234, cost_total=Decimal("0.75"), status_code=429,
        response_time=2.5, error_message="Rate limit exceeded",
    )  # fmt: skip
    html = signed_in.get(URL).content.decode()
    assert f'<span title="{endpoint}">https://generativelangu' in html
    assert "1,234" in html
    assert "$0.75" in html
    assert 'class="status status--failed" title="Rate limit exceeded">429<' in html
    assert "2.500 s" in html


def test_times_are_shown_in_the_zone_given_by_tz(signed_in, owner):
    usage_log(owner, timestamp=MOMENT)
    html = signed_in.get(URL, {"tz": "Asia/Kolkata"}).content.decode()
    assert "2026-03-02 05:00:00" in html
    assert "Asia/Kolkata" in html


def test_times_follow_the_browser_cookie_and_tz_wins_over_it(signed_in, owner):
    usage_log(owner, timestamp=MOMENT)
    signed_in.cookies["tz"] = "America/New_York"
    assert "2026-03-01 18:30:00" in signed_in.get(URL).content.decode()
    assert "2026-03-01 23:30:00" in signed_in.get(URL, {"tz": "UTC"}).content.decode()


def test_a_bad_cookie_zone_falls_back_to_the_server_zone(signed_in, owner, settings):
    usage_log(owner, timestamp=MOMENT)
    signed_in.cookies["tz"] = "Not/AZone"
    response = signed_in.get(URL)
    assert response.status_code == 200
    assert "2026-03-01 23:30:00" in response.content.decode()


def test_a_bad_tz_is_a_400_naming_the_parameter(signed_in):
    response = signed_in.get(URL, {"tz": "Mars/Olympus"})
    assert response.status_code == 400
    assert "<code>tz</code>" in response.content.decode()


def test_an_invalid_filter_is_a_400_naming_the_parameter_not_an_empty_list(signed_in, owner):
    usage_log(owner)
    response = signed_in.get(URL, {"status_code": "abc", "billing_period": "2026-13"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "<code>status_code</code>" in html
    assert "<code>billing_period</code>" in html
    assert 'id="usage-logs"' not in html


def test_a_filter_narrows_the_rows_and_the_totals(signed_in, owner):
    usage_log(owner, provider="video", actual_provider_name="wavespeed", model_used="wan", cost_total="1.00")
    usage_log(owner, provider="gemini", model_used="gemini-2.5-flash", endpoint="", cost_total="2.00")
    response = signed_in.get(URL, {"actual_provider": "google"})
    assert rows_of(response) == ["gemini-2.5-flash"]
    totals = response.content.decode().split('id="totals"')[1].split("</table>")[0]
    assert "<strong>Google</strong>" in totals
    assert "WaveSpeed" not in totals
    assert "$2.00" in totals


def test_totals_group_by_actual_provider_over_the_whole_filtered_range_not_one_page(
    signed_in, owner, monkeypatch
):
    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    for _ in range(5):
        usage_log(owner, cost_total="1.00")
    html = signed_in.get(URL).content.decode()
    totals = html.split('id="totals"')[1].split("</table>")[0]
    assert re.search(r"<strong>WaveSpeed</strong></td>\s*<td class=\"num\">5</td>", totals)
    assert "$5.00" in totals


def test_the_csv_link_keeps_the_filters_and_the_users_own_scope(signed_in, owner):
    response = signed_in.get(URL, {"provider": "video", "search": "wan", "older": "1_1", "tz": "UTC"})
    link = re.search(r'href="([^"]+)" id="csv-link"', response.content.decode())[1]
    parsed = urlparse(link.replace("&amp;", "&"))
    assert parsed.path == "/api/subscription/usage-logs/"
    assert parse_qs(parsed.query) == {
        "provider": ["video"], "search": ["wan"], "format": ["csv"], "user_id": [str(owner.pk)],
    }  # fmt: skip


def test_user_text_is_escaped_in_cells_and_titles(signed_in, owner):
    usage_log(owner, model_used="<script>alert(1)</script>", endpoint='/x"><img src=x onerror=alert(1)>')
    html = signed_in.get(URL).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html
    assert "&quot;&gt;&lt;img" in html


class TestKeysetPagination:
    def test_older_and_newer_walk_every_row_once_in_time_order_with_ties_broken_by_id(
        self, signed_in, owner, monkeypatch
    ):
        monkeypatch.setattr(views, "PAGE_SIZE", 2)
        # Five rows, three of them at the very same moment: only the id orders those.
        for index in range(5):
            moment = MOMENT if index < 3 else MOMENT - dt.timedelta(hours=index)
            usage_log(owner, model_used=f"m{index}", timestamp=moment)
        expected = ["m2", "m1", "m0", "m3", "m4"]
        seen, pages, query = [], [], {}
        while True:
            response = signed_in.get(URL, query)
            pages.append(rows_of(response))
            seen += pages[-1]
            older = re.search(r'class="older" href="\?([^"]+)"', response.content.decode())
            if older is None:
                break
            query = parse_qs(older[1].replace("&amp;", "&"))
        assert seen == expected
        assert pages == [["m2", "m1"], ["m0", "m3"], ["m4"]]
        newer = re.search(r'class="newer" href="\?([^"]+)"', response.content.decode())[1]
        assert rows_of(signed_in.get(URL, parse_qs(newer))) == ["m0", "m3"]

    def test_newer_from_near_the_top_shows_a_full_first_page(self, signed_in, owner, monkeypatch):
        monkeypatch.setattr(views, "PAGE_SIZE", 2)
        logs = [
            usage_log(owner, model_used=f"m{i}", timestamp=MOMENT - dt.timedelta(hours=i)) for i in range(4)
        ]
        cursor = views.Cursor.of(logs[1]).encode()
        assert rows_of(signed_in.get(URL, {"newer": cursor})) == ["m0", "m1"]

    def test_pages_keep_the_filters(self, signed_in, owner, monkeypatch):
        monkeypatch.setattr(views, "PAGE_SIZE", 1)
        usage_log(owner, provider="gemini", model_used="gemini-a", endpoint="")
        usage_log(owner, provider="video", model_used="wan")
        usage_log(owner, provider="gemini", model_used="gemini-b", endpoint="")
        first = signed_in.get(URL, {"provider": "gemini"})
        older = re.search(r'class="older" href="\?([^"]+)"', first.content.decode())[1].replace("&amp;", "&")
        assert parse_qs(older)["provider"] == ["gemini"]
        assert rows_of(signed_in.get(URL, parse_qs(older))) == ["gemini-b"]

    @pytest.mark.parametrize("raw", ["garbage", "1_", "_1", "99999999999999999999_1", "1.5_2"])
    def test_a_cursor_the_site_did_not_make_is_a_400_naming_it(self, signed_in, raw):
        response = signed_in.get(URL, {"older": raw})
        assert response.status_code == 400
        assert "<code>older</code>" in response.content.decode()

    def test_no_page_uses_offset_or_counts_rows(self, signed_in, owner, monkeypatch):
        monkeypatch.setattr(views, "PAGE_SIZE", 2)
        logs = [usage_log(owner) for _ in range(5)]
        with CaptureQueriesContext(connection) as queries:
            signed_in.get(URL, {"older": views.Cursor.of(logs[1]).encode()})
        sql = " ".join(q["sql"].upper() for q in queries.captured_queries)
        assert "OFFSET" not in sql
        assert "COUNT(*)" not in sql


def test_the_page_costs_four_queries_however_many_rows(signed_in, owner, django_assert_num_queries):
    for index in range(30):
        usage_log(owner, provider="video" if index % 2 else "gemini")
    # 1 session, 2 user, 3 the page of rows (limit+1), 4 totals by actual provider.
    with django_assert_num_queries(4):
        response = signed_in.get(URL, {"provider": ["video", "gemini"]})
    assert response.status_code == 200


def test_the_csv_link_downloads_the_same_rows_as_the_page(client, staff, owner):
    usage_log(staff, provider="video", model_used="mine-video")
    usage_log(staff, provider="gemini", model_used="gemini-2.5-flash", endpoint="")
    usage_log(owner, provider="video", model_used="someone-elses-video")
    client.force_login(staff)
    page = client.get(URL, {"provider": "video"})
    link = re.search(r'href="([^"]+)" id="csv-link"', page.content.decode())[1].replace("&amp;", "&")
    response = client.get(link)
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert "mine-video" in body
    assert "gemini-2.5-flash" not in body
    assert "someone-elses-video" not in body


def test_a_date_time_typed_without_an_offset_is_read_in_the_users_zone(signed_in, owner):
    usage_log(owner, model_used="late-evening-utc", timestamp=MOMENT)  # 05:00 next day in Kolkata
    in_kolkata = signed_in.get(URL, {"after": "2026-03-02T04:00", "tz": "Asia/Kolkata"})
    in_utc = signed_in.get(URL, {"after": "2026-03-02T04:00", "tz": "UTC"})
    assert rows_of(in_kolkata) == ["late-evening-utc"]
    assert rows_of(in_utc) == []
    assert 'placeholder="2026-03-01 or 2026-03-01T09:00"' in in_utc.content.decode()


def test_a_cursor_past_the_last_row_offers_the_way_back_to_the_newest(signed_in, owner):
    log = usage_log(owner, provider="video")
    response = signed_in.get(URL, {"provider": "video", "older": views.Cursor.of(log).encode()})
    assert rows_of(response) == []
    assert 'class="newest" href="?provider=video"' in response.content.decode()
