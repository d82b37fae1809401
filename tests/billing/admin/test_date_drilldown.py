"""The changelist's date drill-down: years, months and days from the daily rollups, not a DISTINCT scan."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.db.models.query import QuerySet
from django.test.utils import CaptureQueriesContext

from billing.admin import UsageLogAdminQuerySet
from subscriptions.models import APIUsageLog
from tests.factories import usage_log

pytestmark = pytest.mark.django_db
URL = "/admin/subscriptions/apiusagelog/"
LOG_TABLE = APIUsageLog._meta.db_table


def at(*parts) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=dt.UTC)


@pytest.fixture
def spread(owner, other_user):
    """Logs over two years, several months and days, with edges at midnight."""
    for user, moment, enum in [
        (owner, at(2025, 12, 31, 23, 59, 59), "video"),
        (owner, at(2026, 1, 1, 0, 0, 0), "video"),
        (other_user, at(2026, 1, 15, 12), "gemini"),
        (owner, at(2026, 3, 2, 8), "audio"),
        (owner, at(2026, 3, 9, 23, 30), "video"),
        (other_user, at(2026, 3, 9, 1), "video"),
    ]:
        usage_log(user, provider=enum, timestamp=moment)


def as_admin(queryset: QuerySet) -> UsageLogAdminQuerySet:
    return UsageLogAdminQuerySet(model=APIUsageLog, query=queryset.query.chain())


@pytest.mark.parametrize("kind", ["year", "month", "day"])
@pytest.mark.parametrize("order", ["ASC", "DESC"])
@pytest.mark.parametrize(
    "narrow",
    [
        {},
        {"provider": "video"},
        {"timestamp__gte": at(2026, 1, 1), "timestamp__lt": at(2026, 3, 9, 12)},
        {"model_used": "alibaba/wan-2.5/text-to-video"},  # not in the rollups: Django's own query
    ],
    ids=["all", "enum", "part-day-range", "model"],
)
def test_it_lists_what_django_would_list(spread, kind, order, narrow):
    rows = APIUsageLog.objects.filter(**narrow)
    expected = list(QuerySet.datetimes(rows, "timestamp", kind, order))
    assert expected  # the fixture has rows in every case
    assert list(as_admin(rows).datetimes("timestamp", kind, order)) == expected


def test_the_year_and_month_pages_read_no_distinct_over_the_logs(admin_client_for_staff, spread):
    for params in ({}, {"timestamp__year": "2026"}, {"timestamp__year": "2026", "timestamp__month": "3"}):
        with CaptureQueriesContext(connection) as captured:
            response = admin_client_for_staff.get(URL, params)
        assert response.status_code == 200
        distinct_over_logs = [
            query["sql"]
            for query in captured.captured_queries
            if "DISTINCT" in query["sql"] and LOG_TABLE in query["sql"]
        ]
        assert distinct_over_logs == [], params


def test_the_drill_down_links_follow_the_rows(admin_client_for_staff, spread):
    html = admin_client_for_staff.get(URL, {"timestamp__year": "2026"}).content.decode()
    months = re.findall(r"timestamp__month=(\d+)", html)
    assert sorted(set(months), key=int) == ["1", "3"]
    march = {"timestamp__year": "2026", "timestamp__month": "3"}
    html = admin_client_for_staff.get(URL, march).content.decode()
    assert sorted(set(re.findall(r"timestamp__day=(\d+)", html)), key=int) == ["2", "9"]


def test_a_new_log_appears_in_the_drill_down_at_once(admin_client_for_staff, owner, spread):
    usage_log(owner, timestamp=at(2026, 7, 4, 10))
    html = admin_client_for_staff.get(URL, {"timestamp__year": "2026"}).content.decode()
    assert "timestamp__month=7" in html
