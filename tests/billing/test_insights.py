"""Provider insights: comparison, recommendation and trends on crafted summary rows."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from billing.insights import (
    ProviderStats,
    as_json,
    compare_providers,
    provider_insights,
    recommend,
    regressions,
    trends,
)
from subscriptions.models import APIUsageLog
from tests.factories import usage_log


def row(enum, slug, display, *, calls, cost, success=1.0, tokens=0, p95=1.0):
    """A usage_summary row grouped by ("provider", "actual_provider")."""
    return {
        "provider": enum,
        "provider_display": enum.title(),
        "actual_provider": slug,
        "actual_provider_display": display,
        "calls": calls,
        "tokens": tokens,
        "cost": Decimal(cost),
        "success_rate": success,
        "p95_response_time": p95,
    }


def stats(slug, *, calls=100, cost="10", success=0.99, tokens=0):
    return ProviderStats(slug, slug.title(), calls, tokens, Decimal(cost), success, 2.0)


def test_the_issues_example_recommends_wavespeed_with_its_numbers():
    rows = [
        row("video", "google", "Google", calls=200, cost="90.00", success=0.970),
        row("video", "wavespeed", "WaveSpeed", calls=500, cost="55.00", success=0.992),
    ]
    [video] = compare_providers(rows)
    assert [p.slug for p in video.providers] == ["wavespeed", "google"]  # cheapest per call first
    assert str(video.recommendation) == "video: WaveSpeed $0.11/call, 99.2% ok vs Google $0.45/call, 97.0% ok"
    assert video.recommendation.saving_share == pytest.approx(1 - 0.11 / 0.45)


def test_a_cheaper_provider_with_a_clearly_worse_success_rate_is_not_recommended():
    assert (
        recommend("video", [stats("wavespeed", cost="11", success=0.90), stats("google", cost="45")]) is None
    )


def test_a_success_rate_just_within_the_gap_still_counts_as_comparable():
    found = recommend(
        "video", [stats("wavespeed", cost="11", success=0.975), stats("google", cost="45", success=0.99)]
    )
    assert found is not None and found.cheaper.slug == "wavespeed"


def test_a_provider_only_slightly_cheaper_is_not_clearly_cheaper():
    # 0.85 of the price: under the 20%-cheaper bar.
    assert recommend("video", [stats("wavespeed", cost="8.5"), stats("google", cost="10")]) is None
    # exactly 0.8 of the price: on the bar.
    assert recommend("video", [stats("wavespeed", cost="8"), stats("google", cost="10")]) is not None


def test_providers_with_too_few_calls_or_no_cost_or_no_identity_take_no_part():
    assert recommend("video", [stats("wavespeed", calls=5, cost="0.1"), stats("google", cost="45")]) is None
    assert recommend("video", [stats("wavespeed", cost="0"), stats("google", cost="45")]) is None
    unknown = ProviderStats(None, "Unknown", 100, 0, Decimal("1"), 1.0, None)
    assert recommend("video", [unknown, stats("google", cost="45")]) is None


def test_token_billed_categories_compare_per_1k_tokens():
    cheap = stats("huggingface", calls=100, cost="1.00", tokens=100_000)  # $0.01 per 1k
    dear = stats("openai", calls=50, cost="5.00", tokens=100_000)  # $0.05 per 1k, but more per call
    found = recommend("mistral", [dear, cheap])
    assert found.unit == "1k tokens" and found.cheaper.slug == "huggingface"
    assert str(found).startswith("mistral: Huggingface $0.01/1k tokens")


def test_the_recommendation_is_set_against_the_most_used_dearer_provider():
    found = recommend(
        "video",
        [stats("wavespeed", cost="10"), stats("google", calls=300, cost="90"), stats("a", cost="100")],
    )
    assert found.instead_of.slug == "google"


def test_categories_are_kept_apart_and_ordered_by_spend():
    rows = [
        row("audio", "wavespeed", "WaveSpeed", calls=30, cost="1.5"),
        row("video", "wavespeed", "WaveSpeed", calls=30, cost="9"),
        row("video", "google", "Google", calls=30, cost="30"),
    ]
    categories = compare_providers(rows)
    assert [c.enum for c in categories] == ["video", "audio"]
    assert [p.slug for p in categories[1].providers] == ["wavespeed"]
    assert categories[1].recommendation is None


def summary(slug, *, calls, cost="1", success=1.0, p95=1.0):
    """A usage_summary row grouped by "actual_provider"."""
    return {
        "key": slug,
        "display_name": slug.title(),
        "calls": calls,
        "cost": Decimal(cost),
        "success_rate": success,
        "p95_response_time": p95,
    }


def test_trends_pair_each_provider_with_its_previous_week_including_new_and_gone_ones():
    items = {
        t.slug: t
        for t in trends(
            [
                summary("wavespeed", calls=150, cost="15"),
                summary("google", calls=10),
                summary("new", calls=5),
            ],
            [
                summary("wavespeed", calls=100, cost="10"),
                summary("google", calls=10),
                summary("old", calls=7),
            ],
        )
    }
    assert items["wavespeed"].direction == "up" and items["wavespeed"].calls_change == pytest.approx(0.5)
    assert items["wavespeed"].cost_change == pytest.approx(0.5)
    assert items["google"].direction == "flat"
    assert (items["new"].direction, items["old"].direction) == ("new", "gone")
    assert items["old"].calls == 0 and items["new"].calls_change is None


def test_regressions_flag_failure_and_latency_jumps_with_enough_calls_only():
    items = trends(
        [
            summary("wavespeed", calls=100, success=0.90),
            summary("google", calls=100, p95=3.0),
            summary("few", calls=5, success=0.1),
            summary("steady", calls=100, success=0.97, p95=1.2),
        ],
        [
            summary("wavespeed", calls=100, success=0.99),
            summary("google", calls=100, p95=1.5),
            summary("few", calls=100, success=1.0),
            summary("steady", calls=100, success=0.99, p95=1.0),
        ],
    )
    found = {(r.trend.slug, r.metric): str(r) for r in regressions(items)}
    assert set(found) == {("wavespeed", "failure_rate"), ("google", "p95")}
    assert (
        found[("wavespeed", "failure_rate")]
        == "Wavespeed: failure rate 10.0% (100 calls), was 1.0% (100 calls)"
    )
    assert found[("google", "p95")] == "Google: p95 latency 3.00s (100 calls), was 1.50s (100 calls)"


@pytest.mark.django_db
def test_provider_insights_reads_the_database_in_three_grouped_queries(owner, django_assert_num_queries):
    now = timezone.now()
    google = {
        "model_used": "veo-3.0-generate-preview",
        "endpoint": "https://generativelanguage.googleapis.com/v1beta/models/veo-3.0:predictLongRunning",
    }
    per_call = {"tokens_input": 0, "tokens_output": 0, "tokens_total": 0}  # media calls bill per call
    for i in range(25):
        usage_log(owner, cost_total=Decimal("0.11"), timestamp=now - dt.timedelta(hours=i), **per_call)
        usage_log(
            owner,
            cost_total=Decimal("0.45"),
            timestamp=now - dt.timedelta(days=8, hours=i),
            **google,
            **per_call,
        )
    # 1: comparison by (enum, actual provider); 2: this week by provider; 3: last week by provider
    with django_assert_num_queries(3):
        insights = provider_insights(queryset=APIUsageLog.objects.filter(user=owner), now=now)
    assert [str(r) for r in insights.recommendations] == [
        "video: WaveSpeed $0.11/call, 100.0% ok vs Google $0.45/call, 100.0% ok"
    ]
    by_slug = {t.slug: t for t in insights.trends}
    assert (by_slug["wavespeed"].direction, by_slug["google"].direction) == ("new", "gone")
    payload = as_json(insights)
    assert payload["categories"][0]["providers"][0]["cost_per_call"] == "0.110000"


def test_the_partial_renders_the_numbers_and_escapes_provider_names():
    from django.template.loader import render_to_string

    from billing.insights import ProviderInsights

    rows = [
        row("video", "google", "Google", calls=200, cost="90.00", success=0.970),
        row("video", "<b>x</b>", "<b>x</b>", calls=500, cost="55.00", success=0.992),
    ]
    categories = compare_providers(rows)
    insights = ProviderInsights(
        categories=categories,
        trends=trends([summary("<i>y</i>", calls=3)], []),
        week_start=timezone.now(),
        recommendations=[c.recommendation for c in categories if c.recommendation],
    )
    html = render_to_string("billing/_insights.html", {"insights": insights})
    assert "$0.11/call, 99.2% ok vs Google $0.45/call, 97.0% ok" in html
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html
    assert "<i>y</i>" not in html
