"""GET /api/subscription/usage-logs/summary/?percentiles=: the fast summary says the same thing.

`percentiles=false` leaves p50/p95 null and may read the daily rollups; every
other figure must be what `percentiles=true` (the default, read from the logs)
gives for the same filters.
"""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from subscriptions.models import APIUsageLog, UsageDailyRollup
from tests.billing.api.conftest import SUMMARY_URL
from tests.factories import usage_log

pytestmark = pytest.mark.django_db

LOG_TABLE = APIUsageLog._meta.db_table
ROLLUP_TABLE = UsageDailyRollup._meta.db_table
SAME_FIELDS = ("key", "display_name", "calls", "tokens", "cost", "success_rate")
VIDEO = {
    "provider": "video",
    "model_used": "alibaba/wan-2.5/text-to-video",
    "endpoint": "/video-generation/wavespeed",
}
GEMINI = {"provider": "gemini", "model_used": "gemini-2.5-flash", "endpoint": ""}
GROQ = {"provider": "mistral", "model_used": "openai/gpt-oss-120b:groq", "endpoint": ""}


def at(day: int, hour: int = 0, minute: int = 0, second: int = 0, microsecond: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, minute, second, microsecond, tzinfo=dt.UTC)


@pytest.fixture
def logs(owner, other_user):
    """Five March days of the owner's calls, on and around midnights, plus one of another user's."""
    moments = [at(day, hour) for day in range(2, 7) for hour in (0, 7, 19)]
    moments += [at(3, 23, 59, 59, 999999), at(6, 23, 59, 59, 999999)]
    for n, moment in enumerate(moments, start=1):
        kind = (VIDEO, GEMINI, GROQ)[n % 3]
        usage_log(
            owner,
            **kind,
            timestamp=moment,
            tokens_total=n * 11,
            cost_total=Decimal(n * 1234567 % 3_000_000) / Decimal(1_000_000),
            response_time=0.25 * (n % 7) + 0.5,
            status_code=(200, 201, 500, 429, 200)[n % 5],
        )
    unknown = usage_log(owner, provider="exa", model_used="neural", endpoint="/s", timestamp=at(4, 12))
    APIUsageLog.objects.filter(pk=unknown.pk).update(actual_provider_name=None)
    usage_log(other_user, **VIDEO, timestamp=at(4, 12), cost_total=Decimal("9.000001"))


def summary(client, **params) -> list[dict]:
    response = client.get(SUMMARY_URL, params)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"group_by": "provider"},
        {"group_by": "day", "tz": "UTC"},
        {"group_by": "day", "tz": "Asia/Kolkata"},
        {"group_by": "billing_period"},
        {"group_by": "model"},
        {"group_by": "actual_provider,provider"},
        {"group_by": "day,actual_provider", "tz": "UTC"},
        {"after": "2026-03-03T00:00:00Z", "before": "2026-03-06T00:00:00Z"},
        {"after": "2026-03-03T07:00:00Z", "before": "2026-03-06T19:00:00Z", "group_by": "day", "tz": "UTC"},
        {"after": "2026-03-03T00:00:00+05:30", "group_by": "provider"},
        {"before": "2026-03-05T00:00:00Z", "actual_provider": ["unknown", "google"]},
        {"actual_provider": "wavespeed", "billing_period": "2026-03"},
        {"provider": "gemini", "after": "2026-03-04T00:00:00Z"},
        {"status": "failed", "group_by": "provider"},
        {"model": "gemini-2.5-flash"},
    ],
    ids=lambda params: "&".join(f"{k}={v}" for k, v in params.items()) or "defaults",
)
def test_without_percentiles_every_other_figure_is_the_same(logs, owner, client_for, params):
    client = client_for(owner)
    with_percentiles = summary(client, **params)
    without = summary(client, **params, percentiles="false")
    assert sum(row["calls"] for row in with_percentiles) > 0
    assert [[row[name] for name in SAME_FIELDS] for row in without] == [
        [row[name] for name in SAME_FIELDS] for row in with_percentiles
    ]
    for fast, slow in zip(without, with_percentiles, strict=True):
        assert list(fast) == list(slow)
        assert fast["avg_response_time"] == pytest.approx(slow["avg_response_time"], rel=1e-12)
        assert fast["p50_response_time"] is None and fast["p95_response_time"] is None
        assert slow["p50_response_time"] is not None and slow["p95_response_time"] is not None


def test_percentiles_default_to_true_and_give_numbers(logs, owner, client_for):
    body = summary(client_for(owner), group_by="actual_provider")
    assert {row["key"] for row in body} == {"wavespeed", "google", "huggingface", None}
    for row in body:
        assert isinstance(row["p50_response_time"], float)
        assert isinstance(row["p95_response_time"], float)
        assert row["p50_response_time"] <= row["p95_response_time"]


@pytest.mark.parametrize(("raw", "computed"), [("true", True), ("1", True), ("false", False), ("0", False)])
def test_percentiles_take_true_or_false(logs, owner, client_for, raw, computed):
    body = summary(client_for(owner), percentiles=raw)
    assert all((row["p50_response_time"] is not None) == computed for row in body)


@pytest.mark.parametrize("raw", ["maybe", "\x00", "2", "truthy", "on"])
def test_anything_else_is_a_400_naming_percentiles(logs, owner, client_for, raw):
    response = client_for(owner).get(SUMMARY_URL, {"percentiles": raw})
    assert response.status_code == 400
    assert list(response.json()) == ["percentiles"]


def test_a_nul_byte_in_the_url_is_a_400_naming_percentiles(logs, owner, client_for):
    response = client_for(owner).get(f"{SUMMARY_URL}?percentiles=%00")
    assert response.status_code == 400
    assert list(response.json()) == ["percentiles"]


def tables_read(queries: CaptureQueriesContext) -> list[set[str]]:
    return [
        {table for table in (LOG_TABLE, ROLLUP_TABLE) if table in query["sql"]}
        for query in queries.captured_queries
    ]


def test_without_percentiles_a_range_of_whole_days_reads_only_the_rollups(logs, owner, client_for):
    client = client_for(owner)
    params = {
        "group_by": "actual_provider",
        "after": "2026-03-03T00:00:00Z",
        "before": "2026-03-06T00:00:00Z",
    }
    with CaptureQueriesContext(connection) as queries:
        body = summary(client, **params, percentiles="false")
    assert tables_read(queries) == [{ROLLUP_TABLE}]
    expected_calls = APIUsageLog.objects.filter(user=owner, timestamp__gte=at(3), timestamp__lt=at(6)).count()
    assert sum(row["calls"] for row in body) == expected_calls == 11  # 3 per day, 23:59:59.999999, exa

    with CaptureQueriesContext(connection) as queries:
        summary(client, **params)
    assert tables_read(queries) == [{LOG_TABLE}]


def test_without_percentiles_a_part_day_adds_one_log_query(logs, owner, client_for):
    params = {"group_by": "provider", "after": "2026-03-03T07:00:00Z", "before": "2026-03-06T00:00:00Z"}
    with CaptureQueriesContext(connection) as queries:
        body = summary(client_for(owner), **params, percentiles="false")
    assert sorted(map(sorted, tables_read(queries))) == [[LOG_TABLE], [ROLLUP_TABLE]]
    assert sum(row["calls"] for row in body) == 10  # 3 March from 07:00 (3 logs), 4-5 March (7 logs)


def test_without_percentiles_a_later_write_is_counted(logs, owner, client_for):
    client = client_for(owner)
    params = {"group_by": "actual_provider", "after": "2026-03-03T00:00:00Z", "percentiles": "false"}
    before = {row["key"]: row for row in summary(client, **params)}
    usage_log(owner, **GEMINI, timestamp=at(5, 12), tokens_total=7, cost_total=Decimal("0.000007"))
    after = {row["key"]: row for row in summary(client, **params)}
    assert after["google"]["calls"] == before["google"]["calls"] + 1
    assert after["google"]["tokens"] == before["google"]["tokens"] + 7
    assert Decimal(after["google"]["cost"]) == Decimal(before["google"]["cost"]) + Decimal("0.000007")


def test_staff_without_percentiles_see_the_same_figures_for_one_user_or_everyone(
    logs, staff, other_user, client_for
):
    client = client_for(staff)
    for params in ({}, {"user_id": other_user.pk}):
        fast = summary(client, **params, percentiles="false")
        slow = summary(client, **params)
        assert [[row[name] for name in SAME_FIELDS] for row in fast] == [
            [row[name] for name in SAME_FIELDS] for row in slow
        ]
    assert summary(client, user_id=other_user.pk, percentiles="false")[0]["cost"] == "9.000001"
