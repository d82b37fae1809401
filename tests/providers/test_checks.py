"""The PROVIDER_TRACKING system check names each problem with a stable id."""

from django.core import checks
from django.test import override_settings

from providers.checks import check_provider_tracking


def ids(setting):
    with override_settings(PROVIDER_TRACKING=setting):
        return sorted(error.id for error in check_provider_tracking())


def test_an_absent_setting_is_fine():
    assert check_provider_tracking() == []


def test_a_valid_setting_passes():
    assert ids({
        "ENUM_DEFAULTS": {"mistral": "mistral", "VIDEO": "fal"},
        "RULES": [{"provider": "azure", "endpoint": r"mycorp\.openai\.azure\.com"},
                  {"provider": "acme", "model": r"^ft:my-", "enum": "openai"}],
        "PROVIDERS": [{"slug": "acme", "display_name": "Acme AI"}],
    }) == []


def test_it_rejects_a_setting_that_is_not_a_dict():
    assert ids(["RULES"]) == ["providers.E001"]


def test_it_rejects_unknown_keys():
    assert ids({"RULE": []}) == ["providers.E002"]


def test_it_rejects_unknown_enum_values_and_unknown_slugs():
    assert ids({"ENUM_DEFAULTS": {"videos": "wavespeed"}}) == ["providers.E003"]
    assert ids({"ENUM_DEFAULTS": {"video": "acme"}}) == ["providers.E004"]
    assert ids({"ENUM_DEFAULTS": ["video"]}) == ["providers.E003"]


def test_it_rejects_rules_without_provider_or_pattern():
    assert ids({"RULES": [{"model": "x"}]}) == ["providers.E006"]
    assert ids({"RULES": [{"provider": "openai"}]}) == ["providers.E007"]
    assert ids({"RULES": [{"provider": "acme", "model": "x"}]}) == ["providers.E004"]
    assert ids({"RULES": [{"provider": "openai", "model": "x", "where": 1}]}) == ["providers.E005"]
    assert ids({"RULES": "x"}) == ["providers.E005"]
    assert ids({"RULES": [{"provider": "openai", "model": "x", "enum": "nope"}]}) == ["providers.E003"]


def test_it_rejects_bad_regular_expressions():
    assert ids({"RULES": [{"provider": "openai", "model": "(unclosed"}]}) == ["providers.E008"]
    assert ids({"RULES": [{"provider": "openai", "endpoint": 42}]}) == ["providers.E008"]


def test_it_rejects_bad_extra_providers():
    assert ids({"PROVIDERS": [{"slug": "Bad Slug", "display_name": "x"}]}) == ["providers.E009"]
    assert ids({"PROVIDERS": [{"slug": "acme"}]}) == ["providers.E009"]
    assert ids({"PROVIDERS": [{"slug": "openai", "display_name": "Mine"}]}) == ["providers.E010"]
    assert ids({"PROVIDERS": {"slug": "acme"}}) == ["providers.E009"]


def test_the_check_is_registered_and_messages_say_what_is_wrong():
    with override_settings(PROVIDER_TRACKING={"RULES": [{"provider": "openai", "model": "("}]}):
        errors = [e for e in checks.run_checks() if e.id.startswith("providers.")]
    assert [e.id for e in errors] == ["providers.E008"]
    assert "rule #1 'model' is not a valid regular expression" in errors[0].msg
    assert errors[0].obj == "settings.PROVIDER_TRACKING"
