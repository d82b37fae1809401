"""The usage-log changelist: provider cell, filters, search, dates, and no full-table COUNT(*)."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from billing.admin import CappedCountPaginator
from subscriptions.models import APIUsageLog
from tests.factories import usage_log

pytestmark = pytest.mark.django_db
URL = "/admin/subscriptions/apiusagelog/"


def models_listed(response) -> list[str]:
    return re.findall(r'<td class="field-model_used">(.*?)</td>', response.content.decode())


@pytest.fixture
def logs(owner, other_user):
    usage_log(owner, provider="video", model_used="wan", timestamp=dt.datetime(2026, 3, 5, tzinfo=dt.UTC))
    usage_log(
        other_user, provider="gemini", model_used="gemini-2.5-flash", endpoint="/api/llm/chat",
        status_code=429, timestamp=dt.datetime(2026, 4, 2, tzinfo=dt.UTC),
    )  # fmt: skip
    unknown = usage_log(owner, provider="legacy", model_used="mystery", endpoint="/internal/thing")
    APIUsageLog.objects.filter(pk=unknown.pk).update(actual_provider_name=None)


def test_it_lists_rows_newest_first_with_the_provider_cell(admin_client_for_staff, logs):
    response = admin_client_for_staff.get(URL)
    assert models_listed(response) == ["mystery", "gemini-2.5-flash", "wan"]
    html = response.content.decode()
    cell = '<strong class="provider-name">{}</strong><small class="provider-enum">{}</small>'
    assert cell.format("WaveSpeed", "video") in html
    assert cell.format("Google", "gemini") in html


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"actual_provider": "unknown"}, ["mystery"]),
        ({"actual_provider": "google"}, ["gemini-2.5-flash"]),
        ({"provider__exact": "video"}, ["wan"]),
        ({"status": "failed"}, ["gemini-2.5-flash"]),
        ({"status": "success"}, ["mystery", "wan"]),
        ({"billing_period": "2026-03"}, ["wan"]),
        ({"timestamp__year": "2026", "timestamp__month": "4"}, ["gemini-2.5-flash"]),
        ({"q": "gemini"}, ["gemini-2.5-flash"]),
        ({"q": "/internal/"}, ["mystery"]),
        ({"q": "other"}, ["gemini-2.5-flash"]),
    ],
)
def test_filters_search_and_date_drill_down_narrow_the_rows(admin_client_for_staff, logs, params, expected):
    assert models_listed(admin_client_for_staff.get(URL, params)) == expected


@pytest.mark.parametrize(
    "params", [{"actual_provider": "nope"}, {"status": "x"}, {"billing_period": "2026-3"}]
)
def test_a_bad_filter_value_is_reported_not_a_500(admin_client_for_staff, logs, params):
    response = admin_client_for_staff.get(URL, params)
    assert response.status_code == 302
    assert response["Location"].endswith("?e=1")


def test_the_actual_provider_filter_offers_unknown_and_the_catalogue(admin_client_for_staff, logs):
    html = admin_client_for_staff.get(URL).content.decode()
    assert "?actual_provider=unknown" in html
    assert "?actual_provider=wavespeed" in html
    assert "?actual_provider=huggingface" in html


def test_no_query_counts_the_whole_table(admin_client_for_staff, logs):
    with CaptureQueriesContext(connection) as queries:
        assert admin_client_for_staff.get(URL).status_code == 200
    counts = [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]
    assert counts, "the paginator still counts, within its cap"
    for sql in counts:
        assert re.search(r"LIMIT \d+", sql), sql


def test_the_paginator_stops_counting_at_its_cap(owner, monkeypatch):
    for _ in range(4):
        usage_log(owner)
    monkeypatch.setattr(CappedCountPaginator, "cap", 3)
    assert CappedCountPaginator(APIUsageLog.objects.order_by("-timestamp"), 2).count == 3
    monkeypatch.setattr(CappedCountPaginator, "cap", 10)
    assert CappedCountPaginator(APIUsageLog.objects.order_by("-timestamp"), 2).count == 4


def test_model_names_are_escaped(admin_client_for_staff, owner):
    usage_log(owner, model_used="<script>alert(1)</script>")
    html = admin_client_for_staff.get(URL).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_changelist_links_to_the_report_with_its_filters(admin_client_for_staff, logs):
    html = admin_client_for_staff.get(URL, {"provider__exact": "video", "p": "1"}).content.decode()
    assert 'href="/admin/subscriptions/apiusagelog/usage-report/?provider__exact=video"' in html


def test_the_changelist_query_count_does_not_grow_with_rows(
    admin_client_for_staff, owner, other_user, django_assert_num_queries
):
    for index in range(40):
        usage_log(owner if index % 2 else other_user)
    # 1 session, 2 user, 3 capped count, 4 date hierarchy min/max, 5 its months,
    # 6 the page of rows joined to their users (list_select_related).
    with django_assert_num_queries(6):
        assert admin_client_for_staff.get(URL).status_code == 200
