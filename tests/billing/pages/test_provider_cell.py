"""The provider cell: actual provider in bold, the enum below it only when it differs."""

import pytest
from django.template import Context, Template

from billing.templatetags.billing_tags import provider_cell_parts, shorten, usd
from tests.factories import usage_log


def test_it_shows_the_actual_provider_with_the_enum_below_when_they_differ():
    cell = provider_cell_parts("wavespeed", "video")
    assert (cell.primary, cell.enum, cell.known) == ("WaveSpeed", "video", True)


def test_it_shows_no_subtext_when_the_enum_is_the_vendor_itself():
    cell = provider_cell_parts("openai", "openai")
    assert (cell.primary, cell.enum) == ("OpenAI", None)


def test_an_unknown_actual_provider_shows_the_enum_display_name_alone():
    cell = provider_cell_parts(None, "video")
    assert (cell.primary, cell.enum, cell.known) == ("Video", None, False)


def test_an_unknown_mistral_row_reads_hugging_face_like_display_provider():
    assert provider_cell_parts(None, "mistral").primary == "Hugging Face"


def test_a_slug_missing_from_the_catalogue_falls_back_to_the_enum():
    cell = provider_cell_parts("no-such-vendor", "audio")
    assert (cell.primary, cell.known) == ("Audio", False)


@pytest.mark.django_db
def test_the_tag_renders_bold_provider_and_small_enum_for_a_log(owner):
    log = usage_log(owner, provider="video", actual_provider_name="wavespeed")
    html = Template("{% load billing_tags %}{% provider_cell log %}").render(Context({"log": log}))
    assert '<strong class="provider-name">WaveSpeed</strong>' in html
    assert '<small class="provider-enum">video</small>' in html


def test_the_tag_renders_an_unknown_provider_without_bold():
    html = Template("{% load billing_tags %}{% provider_cell actual=None enum='audio' %}").render(Context())
    assert "<strong" not in html
    assert ">Audio</span>" in html


def test_shorten_keeps_the_host_and_the_end_of_a_long_endpoint():
    endpoint = "https://generativelanguage.googleapis.com/v1beta/models/veo-3.0:predictLongRunning"
    short = shorten(endpoint, 40)
    assert len(short) == 40
    assert short.startswith("https://generativelangu")
    assert short.endswith("LongRunning")
    assert shorten("/api/chat", 40) == "/api/chat"


def test_usd_keeps_sub_cent_amounts_readable():
    assert usd("0.001908") == "$0.0019"
    assert usd("1234.5") == "$1,234.50"
