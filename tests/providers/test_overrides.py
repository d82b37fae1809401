"""PROVIDER_TRACKING changes detection at once under override_settings, and bad parts are ignored."""

from django.test import override_settings

from providers.detection import detect_actual_provider, explain

SETTING = {
    "ENUM_DEFAULTS": {"mistral": "mistral"},
    "RULES": [
        {"provider": "azure", "endpoint": r"mycorp\.example\.com"},
        {"provider": "openai", "model": r"^ft:my-"},
        {"provider": "acme", "model": r"^acme-", "enum": "openai"},
    ],
    "PROVIDERS": [{"slug": "acme", "display_name": "Acme AI"}],
}


def test_enum_defaults_can_be_overridden():
    assert detect_actual_provider("mistral") == "huggingface"
    with override_settings(PROVIDER_TRACKING=SETTING):
        assert detect_actual_provider("mistral") == "mistral"
    assert detect_actual_provider("mistral") == "huggingface"


def test_custom_rules_come_first_top_to_bottom():
    with override_settings(PROVIDER_TRACKING=SETTING):
        found = explain("openai", "gpt-4o", "https://mycorp.example.com/v1/chat")
        assert (found.slug, found.rule, found.field) == ("azure", "custom-rule", "endpoint")
        assert str(found) == "deployment rule #1 on endpoint → Microsoft Azure"
        assert detect_actual_provider(None, "ft:my-model", "https://api.groq.com/x") == "openai"


def test_a_rule_can_route_to_an_added_provider_and_be_limited_to_an_enum():
    with override_settings(PROVIDER_TRACKING=SETTING):
        assert detect_actual_provider("openai", "acme-large") == "acme"
        assert explain("openai", "acme-large").display_name == "Acme AI"
        assert detect_actual_provider("video", "acme-large") == "wavespeed"


def test_malformed_parts_are_skipped_at_run_time():
    broken = {
        "ENUM_DEFAULTS": {"video": "nobody", "nonsense": "openai"},
        "RULES": [{"provider": "openai", "model": "("}, {"provider": "nobody", "model": "."}, "junk",
                  {"provider": "openai"}, {"provider": "groq", "model": "^gpt-4o$"}],
        "PROVIDERS": "junk",
    }
    with override_settings(PROVIDER_TRACKING=broken):
        assert detect_actual_provider("video") == "wavespeed"
        assert detect_actual_provider(None, "gpt-4o") == "groq"
    with override_settings(PROVIDER_TRACKING="not a dict"):
        assert detect_actual_provider(None, "gpt-4o") == "openai"
