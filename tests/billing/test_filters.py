"""The usage-log FilterSet: each filter narrows the rows, and bad values are errors, not empty lists."""

import datetime as dt
from decimal import Decimal

import pytest
from django.http import QueryDict

from billing.filters import UsageLogFilterSet
from subscriptions.models import APIUsageLog
from tests.factories import usage_log

pytestmark = pytest.mark.django_db


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


def filtered(query: str) -> set[int]:
    filterset = UsageLogFilterSet(QueryDict(query), queryset=APIUsageLog.objects.all())
    assert filterset.is_valid(), filterset.errors
    return set(filterset.qs.values_list("pk", flat=True))


@pytest.fixture
def logs(owner):
    """Four calls that differ in every filtered column."""
    video = usage_log(
        owner,
        provider="video",
        model_used="alibaba/wan-2.5/text-to-video",
        endpoint="/video-generation/wavespeed",
        status_code=200,
        cost_total=Decimal("0.50"),
        timestamp=at(2026, 1, 10, 12),
    )
    gemini = usage_log(
        owner,
        provider="gemini",
        model_used="gemini-2.5-flash",
        endpoint="/chat",
        status_code=429,
        cost_total=Decimal("0.02"),
        timestamp=at(2026, 2, 1, 0),
    )
    mistral = usage_log(
        owner,
        provider="mistral",
        model_used="openai/gpt-oss-120b:groq",
        endpoint="/llm/router",
        status_code=201,
        cost_total=Decimal("1.25"),
        timestamp=at(2026, 2, 15, 8),
    )
    unknown = usage_log(
        owner,
        provider="tavily",
        model_used="",
        endpoint="/search",
        status_code=500,
        cost_total=Decimal("0"),
        timestamp=at(2026, 3, 1, 9),
    )
    APIUsageLog.objects.filter(pk=unknown.pk).update(actual_provider_name=None)
    return {"video": video.pk, "gemini": gemini.pk, "mistral": mistral.pk, "unknown": unknown.pk}


def test_no_parameters_keep_every_row(logs):
    assert filtered("") == set(logs.values())


def test_provider_takes_one_or_more_enum_values(logs):
    assert filtered("provider=video") == {logs["video"]}
    assert filtered("provider=video&provider=gemini") == {logs["video"], logs["gemini"]}


def test_actual_provider_takes_slugs_and_unknown(logs):
    assert filtered("actual_provider=wavespeed") == {logs["video"]}
    assert filtered("actual_provider=google&actual_provider=huggingface") == {logs["gemini"], logs["mistral"]}
    assert filtered("actual_provider=unknown") == {logs["unknown"]}
    assert filtered("actual_provider=unknown&actual_provider=google") == {logs["unknown"], logs["gemini"]}


def test_model_is_exact_and_model_contains_is_not(logs):
    assert filtered("model=gemini-2.5-flash") == {logs["gemini"]}
    assert filtered("model=gemini") == set()
    assert filtered("model_contains=GPT-OSS") == {logs["mistral"]}


def test_status_splits_2xx_from_the_rest(logs):
    assert filtered("status=success") == {logs["video"], logs["mistral"]}
    assert filtered("status=failed") == {logs["gemini"], logs["unknown"]}


def test_status_code_is_exact(logs):
    assert filtered("status_code=429") == {logs["gemini"]}


def test_billing_period_is_exact(logs):
    assert filtered("billing_period=2026-02") == {logs["gemini"], logs["mistral"]}


def test_after_is_inclusive_and_before_is_exclusive(logs):
    assert filtered("after=2026-02-01T00:00:00Z") == {logs["gemini"], logs["mistral"], logs["unknown"]}
    assert filtered("before=2026-02-01T00:00:00Z") == {logs["video"]}
    assert filtered("after=2026-02-01T05:30:00%2B05:30&before=2026-02-15T08:00:00Z") == {logs["gemini"]}


def test_cost_bounds_are_inclusive(logs):
    assert filtered("min_cost=0.5") == {logs["video"], logs["mistral"]}
    assert filtered("max_cost=0.02") == {logs["gemini"], logs["unknown"]}
    assert filtered("min_cost=0.02&max_cost=0.5") == {logs["gemini"], logs["video"]}


def test_search_looks_in_model_and_endpoint(logs):
    assert filtered("search=wan-2.5") == {logs["video"]}
    assert filtered("search=SEARCH") == {logs["unknown"]}
    assert filtered("search=%20%20") == set(logs.values())


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("provider=nope", "provider"),
        ("actual_provider=not-a-vendor", "actual_provider"),
        ("status=ok", "status"),
        ("status_code=abc", "status_code"),
        ("status_code=200.5", "status_code"),
        ("status_code=99", "status_code"),
        ("billing_period=2026-13", "billing_period"),
        ("billing_period=March", "billing_period"),
        ("after=yesterday", "after"),
        ("before=2026-02-30T00:00:00Z", "before"),
        ("min_cost=cheap", "min_cost"),
        ("max_cost=NaN", "max_cost"),
    ],
)
def test_an_invalid_value_is_an_error_naming_the_parameter(query, parameter):
    filterset = UsageLogFilterSet(QueryDict(query), queryset=APIUsageLog.objects.all())
    assert not filterset.is_valid()
    assert list(filterset.errors) == [parameter]


def test_the_form_renders_with_the_catalogue_providers(settings):
    html = UsageLogFilterSet(QueryDict(""), queryset=APIUsageLog.objects.none()).form.as_p()
    assert 'value="wavespeed"' in html
    assert 'value="unknown"' in html
