"""Headless Chromium (Debian's, never a download) driving the live server.

Skipped with the reason when /usr/bin/chromium is absent; `.ci/run` installs it.
"""

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from tests.factories import usage_log

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
PASSWORD = "pw-browser-123"

# (enum, model, endpoint, actual provider expected, cost)
CALLS = [
    ("video", "alibaba/wan-2.5/text-to-video", "/video-generation/wavespeed", "WaveSpeed", "0.25"),
    ("video", "veo-3.0-generate-preview", "https://generativelanguage.googleapis.com/v1beta/models/veo-3.0",
     "Google", "0.75"),
    ("mistral", "openai/gpt-oss-120b:groq", "/api/llm/chat", "Hugging Face", "0.01"),
    ("gemini", "gemini-2.5-flash", "/api/llm/chat", "Google", "0.02"),
    ("anthropic", "claude-sonnet-4-5", "https://api.anthropic.com/v1/messages", "Anthropic", "0.04"),
    ("audio", "minimax/speech-02-hd", "/audio-generation/wavespeed", "WaveSpeed", "0.05"),
]  # fmt: skip


def pytest_collection_modifyitems(items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason="/usr/bin/chromium is absent (apt-get install chromium; .ci/run does)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="module")
def browser():
    """Chromium for one test module, with Django's async guard relaxed only meanwhile.

    Playwright's sync API keeps an event loop running in this thread while it is
    started, and Django then refuses the ORM calls of the tests (seeding, flushing),
    which are plain synchronous code. The guard comes back once Playwright stops,
    so the rest of the suite keeps it.
    """
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, timezone_id="Asia/Kolkata")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def shot():
    """Save a full-page screenshot under test-artifacts/ and return its path."""
    ARTIFACTS.mkdir(exist_ok=True)

    def save(page, name: str) -> Path:
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save


@pytest.fixture
def demo(transactional_db):
    """A user with two rounds of every kind of call, an hour apart, and a staff account."""
    user = get_user_model().objects.create_user("dana", password=PASSWORD)
    get_user_model().objects.create_user("boss", password=PASSWORD, is_staff=True, is_superuser=True)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for round_ in range(2):
        for index, (enum, model, endpoint, _, cost) in enumerate(CALLS):
            usage_log(
                user, provider=enum, model_used=model, endpoint=endpoint, cost_total=Decimal(cost),
                timestamp=now - dt.timedelta(hours=round_ * 6 + index),
            )  # fmt: skip
    return user


def log_in(page, live_server, username: str, next_path: str) -> None:
    page.goto(f"{live_server.url}{next_path}")
    assert "/login/" in page.url
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("form [type=submit]")
    page.wait_for_url(f"{live_server.url}{next_path}*")
