"""/billing/providers/: cost and calls by actual provider, shares, performance, comparisons."""

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from tests.factories import usage_log, usage_log_now

pytestmark = pytest.mark.django_db
URL = "/billing/providers/"


def section(html: str, element_id: str) -> str:
    start = html.index(f'id="{element_id}"')
    return html[start : html.index("</table>" if "table" in html[start - 30 : start] else "</ul>", start)]


WAN = {"model_used": "alibaba/wan-2.5/text-to-video", "endpoint": "/video-generation/wavespeed"}


def seed_video_calls(user):
    """Video calls served by WaveSpeed and by Google, so the category has a comparison.

    Timed now: the chart's test looks for today's bar, and the factory's default
    timestamps drift back a minute per log made earlier in the session.
    """
    usage_log_now(
        user, provider="video", **WAN,
        cost_total=Decimal("0.25"), tokens_total=0, response_time=40.0,
    )  # fmt: skip
    usage_log_now(
        user, provider="video", **WAN,
        cost_total=Decimal("0.75"), tokens_total=0, response_time=60.0, status_code=500,
    )  # fmt: skip
    usage_log_now(
        user, provider="video", model_used="veo-3.0-generate-preview",
        endpoint="https://generativelanguage.googleapis.com/v1beta/models/veo-3.0-generate-preview:predictLongRunning",
        cost_total=Decimal("3.00"), tokens_total=0, response_time=80.0,
    )  # fmt: skip
    usage_log_now(
        user, provider="gemini", model_used="gemini-2.5-flash", endpoint="",
        cost_total=Decimal("0.02"), tokens_total=2000, response_time=1.5,
    )  # fmt: skip


def test_it_sends_anonymous_visitors_to_the_login_page(client):
    assert client.get(URL)["Location"].startswith("/accounts/login/")


def test_a_user_sees_only_their_own_usage(client, owner, other_user):
    usage_log(owner, cost_total=Decimal("1.00"))
    usage_log(other_user, cost_total=Decimal("9.00"))
    client.force_login(owner)
    html = client.get(URL).content.decode()
    assert "$1.00" in html
    assert "$9.00" not in html
    assert "Your usage" in html


def test_staff_see_everyone_and_may_narrow_to_one_user(client, staff, owner, other_user):
    usage_log(owner, cost_total=Decimal("1.00"))
    usage_log(other_user, cost_total=Decimal("9.00"))
    client.force_login(staff)
    performance = section(client.get(URL).content.decode(), "performance")
    assert "$10.00" in performance
    narrowed = client.get(URL, {"user_id": other_user.pk}).content.decode()
    assert "$9.00" in section(narrowed, "performance")
    assert "$1.00" not in section(narrowed, "performance")
    assert f'name="user_id" value="{other_user.pk}"' in narrowed


def test_another_users_id_is_forbidden_to_non_staff(client, owner, other_user):
    client.force_login(owner)
    assert client.get(URL, {"user_id": other_user.pk}).status_code == 403


@pytest.mark.parametrize(
    "params, parameter",
    [({"user_id": "abc"}, "user_id"), ({"after": "yesterday"}, "after"), ({"tz": "Nowhere"}, "tz")],
)
def test_bad_input_is_a_400_naming_the_parameter(client, staff, params, parameter):
    client.force_login(staff)
    response = client.get(URL, params)
    assert response.status_code == 400
    assert f"<code>{parameter}</code>" in response.content.decode()


def test_the_performance_table_has_rates_percentiles_and_unit_costs(client, owner):
    seed_video_calls(owner)
    client.force_login(owner)
    html = client.get(URL).content.decode()
    wavespeed = re.search(r"<strong>WaveSpeed</strong>.*?</tr>", section(html, "performance"), re.S)[0]
    cells = re.findall(r'<td class="num">(.*?)</td>', wavespeed)
    # calls, success, p50, p95, cost, per call, per 1k tokens (none: billed per call)
    assert cells == ["2", "50.0%", "50.0 s", "59.0 s", "$1.00", "$0.50", "—"]
    google = re.search(r"<strong>Google</strong>.*?</tr>", section(html, "performance"), re.S)[0]
    # $3.02 over 2,000 tokens.
    assert re.findall(r'<td class="num">(.*?)</td>', google)[-1] == "$1.51"


def test_each_category_compares_its_actual_providers(client, owner):
    seed_video_calls(owner)
    client.force_login(owner)
    html = client.get(URL).content.decode()
    categories = section(html, "insight-categories")
    video = categories[categories.index(">Video <small") : categories.index(">Gemini <small")]
    assert "<strong>WaveSpeed</strong>" in video
    assert "<strong>Google</strong>" in video


def test_a_clearly_cheaper_provider_of_a_category_is_recommended_with_its_numbers(client, owner):
    for _ in range(20):
        # Billed per call (no tokens), so the recommendation compares cost per call.
        usage_log(owner, provider="video", **WAN, cost_total=Decimal("0.10"), tokens_total=0)
        usage_log(
            owner, provider="video", model_used="veo-3.0-generate-preview",
            endpoint="https://generativelanguage.googleapis.com/v1beta/models/veo-3.0:predictLongRunning",
            cost_total=Decimal("0.50"), tokens_total=0,
        )  # fmt: skip
    client.force_login(owner)
    recommendations = section(client.get(URL).content.decode(), "recommendations")
    assert "video: WaveSpeed $0.10/call, 100.0% ok vs Google $0.50/call, 100.0% ok" in recommendations


def test_the_cost_share_adds_up_per_provider(client, owner):
    usage_log(owner, provider="video", cost_total=Decimal("3.00"))
    usage_log(owner, provider="gemini", model_used="gemini-2.5", endpoint="", cost_total=Decimal("1.00"))
    client.force_login(owner)
    share = section(client.get(URL).content.decode(), "cost-share")
    assert "$3.00 · 75%" in share
    assert "$1.00 · 25%" in share


def test_charts_are_inline_svg_with_a_table_of_the_same_numbers(client, owner):
    seed_video_calls(owner)
    client.force_login(owner)
    html = client.get(URL).content.decode()
    assert html.count('<svg class="chart-svg"') == 2
    assert "<script" not in html.split("</head>")[1]  # nothing to degrade: no script in the body
    assert "<title>WaveSpeed · " in html
    over_time = section(html, "over-time")
    assert timezone.localdate().isoformat() in over_time
    assert "$4.02" not in over_time  # per provider, not summed
    assert "$1.00 <small" in over_time  # WaveSpeed's day


def test_the_default_range_is_the_last_thirty_days_and_after_widens_it(client, owner):
    usage_log(owner, cost_total=Decimal("1.00"))
    usage_log(owner, cost_total=Decimal("5.00"), timestamp=timezone.now() - dt.timedelta(days=60))
    client.force_login(owner)
    assert "$1.00" in section(client.get(URL).content.decode(), "performance")
    assert "$6.00" not in section(client.get(URL).content.decode(), "performance")
    after = (timezone.now() - dt.timedelta(days=120)).isoformat()
    wide = client.get(URL, {"after": after}).content.decode()
    assert "$6.00" in section(wide, "performance")
    # Past three months the chart buckets by billing period.
    assert "per billing period" in wide


def test_an_empty_range_says_so(client, owner):
    client.force_login(owner)
    assert 'id="no-usage"' in client.get(URL).content.decode()


def test_provider_names_and_dates_in_charts_are_escaped(client, owner, settings):
    settings.PROVIDER_TRACKING = {"PROVIDERS": [{"slug": "evil", "display_name": "<b>Evil</b>"}]}
    usage_log(owner, actual_provider_name="evil")
    client.force_login(owner)
    html = client.get(URL).content.decode()
    assert "<b>Evil</b>" not in html
    # In the legend, the bar titles, the tables and the category comparison.
    assert html.count("&lt;b&gt;Evil&lt;/b&gt;") >= 5


def test_the_page_costs_seven_queries(client, staff, owner, django_assert_num_queries):
    seed_video_calls(owner)
    client.force_login(staff)
    # 1 session, 2 user, 3 totals by actual provider, 4 by day x provider,
    # insights: 5 by enum x provider, 6 this week by provider, 7 the week before.
    with django_assert_num_queries(7):
        assert client.get(URL).status_code == 200
    # Narrowing to a user adds one: that the user exists.
    with django_assert_num_queries(8):
        assert client.get(URL, {"user_id": owner.pk}).status_code == 200
