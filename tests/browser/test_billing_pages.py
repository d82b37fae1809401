"""The billing pages and the admin report in a real browser: what a person sees and clicks."""

import pytest

from billing import views
from tests.browser.conftest import CALLS, log_in
from tests.factories import subscribe, usage_log_now

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_usage_page_shows_bold_provider_with_enum_below_then_filters_and_pages(
    page, live_server, demo, shot, monkeypatch
):
    monkeypatch.setattr(views, "PAGE_SIZE", 5)
    log_in(page, live_server, "dana", "/billing/usage/")
    first = page.locator("#usage-logs tbody tr").first
    name = first.locator("strong.provider-name")
    enum = first.locator("small.provider-enum")
    assert page.locator("#usage-logs tbody tr").count() == 5
    # Newest call is the WaveSpeed video call: bold name, the enum smaller below it.
    assert name.inner_text() == "WaveSpeed"
    assert enum.inner_text() == "video"
    assert int(name.evaluate("el => getComputedStyle(el).fontWeight")) >= 600
    name_box, enum_box = name.bounding_box(), enum.bounding_box()
    assert enum_box["y"] >= name_box["y"] + name_box["height"] - 1  # below, not beside
    size = "el => parseFloat(getComputedStyle(el).fontSize)"
    assert enum.evaluate(size) < name.evaluate(size)
    # The totals name every actual provider of the data.
    totals = page.locator("#totals tbody").inner_text()
    for provider in {call[3] for call in CALLS}:
        assert provider in totals
    shot(page, "usage")

    # Page to older rows and back.
    newest = page.locator("#usage-logs td.model").all_inner_texts()
    page.locator("a.older").first.click()
    older = page.locator("#usage-logs td.model").all_inner_texts()
    assert older and older != newest
    assert page.locator("#usage-logs tbody tr").count() == 5
    shot(page, "usage-older")
    page.locator("a.newer").first.click()
    assert page.locator("#usage-logs td.model").all_inner_texts() == newest

    # Apply a filter from the form: only Google's calls remain, totals follow.
    if page.locator("details.filters").get_attribute("open") is None:
        page.locator("details.filters summary").click()
    page.select_option("#id_actual_provider", ["google"])
    page.click("details.filters button[type=submit]")
    page.wait_for_url("**actual_provider=google**")
    providers = page.locator("#usage-logs strong.provider-name").all_inner_texts()
    assert providers and set(providers) == {"Google"}
    assert page.locator("#totals tbody tr").count() == 1
    assert "actual_provider=google" in page.locator("#csv-link").get_attribute("href")
    shot(page, "usage-filtered")


def test_times_follow_the_browsers_time_zone(page, live_server, demo):
    log_in(page, live_server, "dana", "/billing/usage/")
    page.reload()  # the first page set the tz cookie from the browser's zone
    # Chromium's ICU may report the zone by its older alias.
    head = page.locator(".page-head").inner_text()
    assert "Asia/Kolkata" in head or "Asia/Calcutta" in head
    shown = page.locator("#usage-logs td.time time").first
    iso = shown.get_attribute("datetime")
    assert iso.endswith("+05:30")
    assert shown.inner_text() == iso[:19].replace("T", " ")


def test_analytics_page_draws_charts_and_tables(page, live_server, demo, shot):
    log_in(page, live_server, "boss", "/billing/providers/")
    assert page.locator("svg.chart-svg").count() == 2
    # At least one bar per provider in each of the two charts.
    assert page.locator("svg.chart-svg rect").count() >= 2 * len({call[3] for call in CALLS})
    legend = page.locator(".legend").first.inner_text()
    performance = page.locator("#performance").inner_text()
    for provider in {call[3] for call in CALLS}:
        assert provider in legend
        assert provider in performance
    video = page.locator("#insight-categories tbody tr", has_text="Video").first.inner_text()
    assert "WaveSpeed" in video
    assert "Google" in page.locator("#insight-categories").inner_text()
    shot(page, "providers")


def test_analytics_without_javascript_still_shows_every_number(browser, live_server, demo, shot):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        log_in(page, live_server, "dana", "/billing/providers/")
        assert page.locator("svg.chart-svg rect").count() > 0
        page.locator("details.chart-table summary").click()
        assert page.locator("#over-time tbody tr").count() >= 1
        shot(page, "providers-no-js")
    finally:
        context.close()


def test_admin_report_and_changelist(page, live_server, demo, shot):
    log_in(page, live_server, "boss", "/admin/subscriptions/apiusagelog/")
    cell = page.locator("#result_list tbody tr").first.locator(".provider-cell")
    assert cell.locator("strong").inner_text() == "WaveSpeed"
    assert cell.locator("small").inner_text() == "video"
    shot(page, "admin-changelist")
    page.click("text=Usage report")
    page.wait_for_url("**/usage-report/**")
    report = page.locator("#usage-report").inner_text()
    for provider in {call[3] for call in CALLS}:
        assert provider in report
    shot(page, "admin-report")
    # Narrow with the admin's own filter sidebar: the report follows.
    page.locator("#changelist-filter a", has_text="Hugging Face").first.click()
    page.wait_for_url("**actual_provider=huggingface**")
    assert page.locator("#usage-report tbody tr").count() == 1
    assert "Hugging Face" in page.locator("#usage-report tbody").inner_text()
    page.click("text=Detection coverage")
    assert "rows have no actual provider" in page.locator("#missing-total").inner_text()
    shot(page, "admin-coverage")


def test_plan_usage_api_and_near_limits_admin(page, live_server, demo, shot):
    subscribe(demo, {"video": {"max_calls": 5}}, name="Starter")
    for _ in range(4):
        usage_log_now(demo)  # WaveSpeed video calls in the current period
    log_in(page, live_server, "dana", "/billing/usage/")
    page.goto(f"{live_server.url}/api/subscription/usage/")
    body = page.locator(".response-info").inner_text()  # the browsable API's response panel
    assert '"provider": "video"' in body
    assert '"wavespeed"' in body
    shot(page, "plan-usage-api")
    page.context.clear_cookies()
    log_in(page, live_server, "boss", "/admin/subscriptions/usersubscription/near-limits/")
    row = page.locator("#near-limits tbody tr", has_text="dana")
    assert row.count() == 1
    assert "\tvideo\tcalls\t" in row.inner_text()  # the enum and the limit reached
    shot(page, "admin-near-limits")
