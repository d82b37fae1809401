"""The catalogue as data: unique slugs, compilable patterns, names for every default."""

import re

import pytest
from django.test import override_settings

from providers.catalogue import ENUM_DEFAULTS, PROVIDERS, display_name, get_provider, provider_choices

REQUIRED = {
    "wavespeed": "WaveSpeed", "google": "Google", "huggingface": "Hugging Face", "stability": "Stability AI",
    "openai": "OpenAI", "anthropic": "Anthropic", "mistral": "Mistral AI", "deepseek": "DeepSeek",
    "xai": "xAI", "together": "Together AI", "fireworks": "Fireworks AI", "elevenlabs": "ElevenLabs",
    "bedrock": "Amazon Bedrock",
    "openrouter": "OpenRouter", "ai21": "AI21 Labs", "nvidia": "NVIDIA", "sambanova": "SambaNova",
    "deepinfra": "DeepInfra", "voyage": "Voyage AI", "jina": "Jina AI", "alibaba": "Alibaba Cloud",
    "moonshot": "Moonshot AI", "zhipu": "Zhipu AI", "minimax": "MiniMax", "meta": "Meta", "ollama": "Ollama",
}
ALSO_REQUIRED = {"tavily", "serper", "exa", "firecrawl", "cohere", "groq", "replicate", "azure", "perplexity",
                 "cerebras"}


def test_slugs_are_unique_lower_case_and_short():
    slugs = [p.slug for p in PROVIDERS]
    assert len(slugs) == len(set(slugs))
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,49}", slug) for slug in slugs)


def test_the_required_providers_are_there_with_their_names():
    for slug, name in REQUIRED.items():
        assert display_name(slug) == name
    assert all(get_provider(slug) is not None for slug in ALSO_REQUIRED)


def test_every_enum_default_is_a_catalogue_slug():
    assert all(get_provider(slug) for slug in ENUM_DEFAULTS.values())
    assert ENUM_DEFAULTS["mistral"] == "huggingface" and ENUM_DEFAULTS["metaphor"] == "exa"


@pytest.mark.parametrize("provider", PROVIDERS, ids=lambda p: p.slug)
def test_every_pattern_compiles(provider):
    patterns = [*provider.endpoint_patterns, *provider.router_suffix_patterns, *provider.model_patterns,
                *provider.bare_model_patterns, *provider.hub_id_patterns,
                *(pattern for _, pattern in provider.id_patterns)]
    for pattern in patterns:
        re.compile(pattern)


def test_display_name_of_nothing_is_none():
    assert display_name(None) is None
    assert display_name("no-such-provider") is None
    assert display_name(42) is None
    assert display_name(" OpenAI ") == "OpenAI"


def test_choices_are_sorted_by_display_name():
    names = [name.casefold() for _, name in provider_choices()]
    assert names == sorted(names)
    assert ("wavespeed", "WaveSpeed") in provider_choices()


def test_choices_include_providers_a_deployment_adds():
    with override_settings(PROVIDER_TRACKING={"PROVIDERS": [{"slug": "acme", "display_name": "Acme AI"}]}):
        assert ("acme", "Acme AI") in provider_choices()
        assert display_name("acme") == "Acme AI"
    assert display_name("acme") is None
