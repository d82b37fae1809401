"""manage.py detect_provider prints the slug, the display name and the reason."""

from io import StringIO

from django.core.management import call_command


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("detect_provider", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_it_prints_slug_name_and_reason():
    out, err = run("--enum", "video", "--model", "alibaba/wan-2.5/text-to-video",
                   "--endpoint", "/video-generation/wavespeed")
    assert out.splitlines() == ["slug: wavespeed", "display name: WaveSpeed",
                                "why: endpoint path wavespeed → WaveSpeed"]
    assert err == ""


def test_it_prints_unknown_when_nothing_is_known():
    out, _ = run()
    assert out.splitlines() == ["slug: unknown", "display name: unknown", "why: no evidence for a provider"]


def test_a_junk_enum_gives_no_evidence_and_says_so():
    out, err = run("--enum", "videos", "--model", "gpt-4o")
    assert "slug: openai" in out
    assert "'videos' is not an APIProvider value" in err
