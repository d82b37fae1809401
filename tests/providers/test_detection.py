"""Detection rules, one class of evidence at a time; pure Python, no database."""

import pytest

from providers.catalogue import ENUM_DEFAULTS, get_provider
from providers.detection import MAX_INPUT_CHARS, Detection, detect_actual_provider, explain


class FakeTextChoice(str):
    """Stands in for an APIProvider member: a str with .value and .name, as TextChoices are."""

    def __new__(cls, value: str) -> "FakeTextChoice":
        member = super().__new__(cls, value)
        member.value = value
        member.name = value.upper()
        return member


ACCEPTANCE = [
    ("VIDEO", "alibaba/wan-2.5/text-to-video", "/video-generation/wavespeed", "wavespeed"),
    ("STABILITY", "qwen-image", "/image-generation/wavespeed", "wavespeed"),
    ("AUDIO", "minimax/speech-02-hd", "/audio-generation/wavespeed", "wavespeed"),
    ("GEMINI", "gemini-2.5-flash", None, "google"),
    ("MISTRAL", "openai/gpt-oss-120b:groq", None, "huggingface"),
]


@pytest.mark.parametrize(("enum", "model", "endpoint", "expected"), ACCEPTANCE)
def test_it_meets_the_design_note_examples(enum, model, endpoint, expected):
    assert detect_actual_provider(enum, model, endpoint) == expected
    assert detect_actual_provider(FakeTextChoice(enum.lower()), model, endpoint) == expected
    assert detect_actual_provider(enum.lower(), model, endpoint) == expected


@pytest.mark.parametrize(
    ("endpoint", "expected", "evidence"),
    [
        ("https://api.openai.com/v1/chat/completions", "openai", "api.openai.com"),
        ("https://generativelanguage.googleapis.com/v1beta/models/x:generateContent", "google",
         "generativelanguage.googleapis.com"),
        ("https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/l", "google",
         "us-central1-aiplatform.googleapis.com"),
        ("https://api.anthropic.com/v1/messages", "anthropic", "api.anthropic.com"),
        ("https://api.wavespeed.ai/api/v3/google/veo3.1/text-to-video", "wavespeed", "api.wavespeed.ai"),
        ("https://router.huggingface.co/v1/chat/completions", "huggingface", "router.huggingface.co"),
        ("https://api-inference.huggingface.co/models/gpt2", "huggingface", "api-inference.huggingface.co"),
        ("https://api.stability.ai/v2beta/stable-image/generate/core", "stability", "api.stability.ai"),
        ("https://mycorp.openai.azure.com/openai/deployments/gpt-4o/chat/completions", "azure",
         "mycorp.openai.azure.com"),
        ("https://bedrock-runtime.eu-west-1.amazonaws.com/model/x/converse", "bedrock",
         "bedrock-runtime.eu-west-1.amazonaws.com"),
        ("https://openrouter.ai/api/v1/chat/completions", "openrouter", "openrouter.ai"),
        ("https://api.groq.com/openai/v1/chat/completions", "groq", "api.groq.com"),
        ("https://api.together.xyz/v1/completions", "together", "api.together.xyz"),
        ("https://api.fireworks.ai/inference/v1/chat/completions", "fireworks", "api.fireworks.ai"),
        ("https://api.mistral.ai/v1/chat/completions", "mistral", "api.mistral.ai"),
        ("https://api.cohere.ai/v1/generate", "cohere", "api.cohere.ai"),
        ("https://api.deepseek.com/chat/completions", "deepseek", "api.deepseek.com"),
        ("https://api.x.ai/v1/chat/completions", "xai", "api.x.ai"),
        ("https://api.perplexity.ai/chat/completions", "perplexity", "api.perplexity.ai"),
        ("https://api.elevenlabs.io/v1/text-to-speech/abc", "elevenlabs", "api.elevenlabs.io"),
        ("https://integrate.api.nvidia.com/v1/chat/completions", "nvidia", "integrate.api.nvidia.com"),
        ("https://dashscope-intl.aliyuncs.com/compatible-mode/v1", "alibaba", "dashscope-intl.aliyuncs.com"),
        ("https://dashscope-finance.aliyuncs.com/api/v1", "alibaba", "dashscope-finance.aliyuncs.com"),
        ("https://api.moonshot.ai/v1/chat/completions", "moonshot", "api.moonshot.ai"),
        ("https://open.bigmodel.cn/api/paas/v4/chat/completions", "zhipu", "open.bigmodel.cn"),
        ("https://api.minimaxi.com/v1/t2a_v2", "minimax", "api.minimaxi.com"),
        ("https://api.llama.com/v1/chat/completions", "meta", "api.llama.com"),
        ("http://localhost:11434/api/chat", "ollama", "localhost:11434"),
        ("https://api.tavily.com/search", "tavily", "api.tavily.com"),
        ("https://google.serper.dev/search", "serper", "google.serper.dev"),
        ("https://api.exa.ai/search", "exa", "api.exa.ai"),
        ("https://api.firecrawl.dev/v1/scrape", "firecrawl", "api.firecrawl.dev"),
        ("api.openai.com/v1/embeddings", "openai", "api.openai.com"),  # logged without a scheme
        ("HTTPS://USER:PW@API.OPENAI.COM:443/v1/models", "openai", "api.openai.com"),
    ],
)
def test_it_names_the_provider_from_the_api_host(endpoint, expected, evidence):
    found = explain(endpoint=endpoint, model_name="gpt-4o" if expected != "openai" else "claude-3-opus")
    assert (found.slug, found.rule, found.field) == (expected, "endpoint-host", "endpoint")
    assert found.evidence == evidence


@pytest.mark.parametrize(
    ("endpoint", "expected"),
    [
        ("/video-generation/wavespeed", "wavespeed"),
        ("/api/huggingface/chat", "huggingface"),
        ("/image-generation/stability?size=1024", "stability"),
        ("https://internal.example.com/proxy/gemini/generate", "google"),
        ("/v2beta/stable-image/generate/core", "stability"),
        ("/v1/generation/stable-diffusion-xl-1024-v1-0/text-to-image", "stability"),
        ("/v1/messages", "anthropic"),
        ("/v1beta/models/gemini-2.5-flash:generateContent", "google"),
        ("/openai/deployments/gpt-4o/chat/completions", "azure"),
        ("/model/anthropic.claude-v2/invoke", "bedrock"),
        ("/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM", "elevenlabs"),
        ("/api/v3/bytedance/seedream-v4/edit", "wavespeed"),
    ],
)
def test_it_names_the_provider_from_the_endpoint_path(endpoint, expected):
    found = explain(model_name="gpt-4o", endpoint=endpoint)
    assert (found.slug, found.rule) == (expected, "endpoint-path")


@pytest.mark.parametrize(
    "endpoint",
    [
        "/images/openai-compatible",  # a protocol, not the vendor: segments must match whole
        "/v1/chat/completions",
        "/metadata/wavespeeds",
        "https://example.com/wavespeed.ai/video",
    ],
)
def test_it_does_not_read_providers_into_parts_of_path_segments(endpoint):
    assert explain(endpoint=endpoint).rule is None


def test_the_endpoint_outranks_the_model_and_the_model_outranks_the_enum():
    assert detect_actual_provider("openai", "claude-3-opus-20240229", "https://api.groq.com/x") == "groq"
    assert detect_actual_provider("openai", "claude-3-opus-20240229") == "anthropic"
    assert detect_actual_provider("openai") == "openai"


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("groq/llama3-8b-8192", "groq"),
        ("together_ai/meta-llama/Llama-3-70b-chat-hf", "together"),
        ("fireworks_ai/accounts/fireworks/models/llama-v3p1-8b-instruct", "fireworks"),
        ("accounts/fireworks/models/llama-v3p1-8b-instruct", "fireworks"),
        ("bedrock/anthropic.claude-v2", "bedrock"),
        ("azure/gpt-4o", "azure"),
        ("azure_ai/mistral-large", "azure"),
        ("vertex_ai/claude-3-5-sonnet@20240620", "google"),  # Vertex bills for Claude on Vertex
        ("gemini/gemini-1.5-pro", "google"),
        ("models/gemini-1.5-pro", "google"),
        ("openrouter/anthropic/claude-3-opus", "openrouter"),
        ("deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct", "deepinfra"),
        ("replicate/meta/llama-2-70b-chat", "replicate"),
        ("ollama/llama3", "ollama"),
        ("ollama_chat/llama3.1:8b", "ollama"),
        ("huggingface/meta-llama/Llama-3.1-8B-Instruct", "huggingface"),
        ("mistral/mistral-large-latest", "mistral"),
        ("anthropic/claude-3-5-sonnet-20241022", "anthropic"),
        ("openai/gpt-4o", "openai"),
        ("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-haiku-20241022-v1:0",
         "bedrock"),
    ],
)
def test_it_follows_routing_prefixes_in_the_model_name(model, expected):
    found = explain("mistral", model)
    assert (found.slug, found.rule, found.field) == (expected, "model-route-prefix", "model_name")


def test_an_openai_org_id_that_is_not_an_openai_api_model_is_a_hub_id():
    assert explain(model_name="openai/gpt-oss-120b").rule == "hub-id"
    assert explain(model_name="openai/whisper-large-v3").slug == "huggingface"


@pytest.mark.parametrize(
    ("model", "expected", "evidence"),
    [
        ("openai/gpt-oss-120b:groq", "huggingface", ":groq"),
        ("deepseek-ai/DeepSeek-R1:together", "huggingface", ":together"),
        ("meta-llama/Llama-3.1-8B-Instruct:fastest", "huggingface", ":fastest"),
        ("meta-llama/Llama-3.1-8B-Instruct:cheapest", "huggingface", ":cheapest"),
        ("meta-llama/llama-3.3-70b-instruct:free", "openrouter", ":free"),
        ("anthropic/claude-3-opus:beta", "openrouter", ":beta"),
        ("stability-ai/sdxl:39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b", "replicate",
         ":39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b"),
    ],
)
def test_it_reads_router_suffixes(model, expected, evidence):
    found = explain("mistral", model)
    assert (found.slug, found.rule, found.evidence) == (expected, "model-router-suffix", evidence)


@pytest.mark.parametrize(
    ("model", "rule", "expected"),
    [
        ("anthropic.claude-3-sonnet-20240229-v1:0", "bedrock-id", "bedrock"),
        ("us.meta.llama3-2-90b-instruct-v1:0", "bedrock-id", "bedrock"),
        ("eu.anthropic.claude-3-7-sonnet-20250219-v1:0", "bedrock-id", "bedrock"),
        ("apac.amazon.nova-pro-v1:0", "bedrock-id", "bedrock"),
        ("amazon.titan-text-express-v1", "bedrock-id", "bedrock"),
        ("cohere.command-r-v1:0", "bedrock-id", "bedrock"),
        ("alibaba/wan-2.5/text-to-video", "wavespeed-task-id", "wavespeed"),
        ("google/veo3.1/text-to-video", "wavespeed-task-id", "wavespeed"),
        ("bytedance/seedream-v4/edit", "wavespeed-task-id", "wavespeed"),
        ("minimax/hailuo-02/i2v-standard", "wavespeed-task-id", "wavespeed"),
        ("wavespeed-ai/flux-dev", "wavespeed-task-id", "wavespeed"),
        ("kwaivgi/kling-v2.1-i2v-pro", "wavespeed-task-id", "wavespeed"),
        ("llama3:8b", "ollama-tag", "ollama"),
        ("qwen2.5:72b-instruct-q4_K_M", "ollama-tag", "ollama"),
    ],
)
def test_it_recognises_vendor_native_id_shapes(model, rule, expected):
    found = explain("video", model)
    assert (found.slug, found.rule, found.evidence) == (expected, rule, model)


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("gpt-4o-2024-08-06", "openai"), ("chatgpt-4o-latest", "openai"), ("o1", "openai"),
        ("o3-mini", "openai"),
        ("o4-mini", "openai"), ("dall-e-3", "openai"), ("gpt-image-1", "openai"), ("tts-1-hd", "openai"),
        ("whisper-1", "openai"), ("text-embedding-3-large", "openai"), ("omni-moderation-latest", "openai"),
        ("sora-2", "openai"), ("ft:gpt-4o-mini-2024-07-18:acme::9abc", "openai"),
        ("claude-3-5-sonnet-20241022", "anthropic"), ("claude-sonnet-4-5", "anthropic"),
        ("claude-opus-4-1-20250805", "anthropic"), ("gemini-2.5-flash-preview-05-20", "google"),
        ("gemini-embedding-001", "google"), ("imagen-4.0-generate-001", "google"),
        ("veo-3.0-generate-preview", "google"), ("text-embedding-004", "google"),
        ("gemma-3-27b-it", "google"),
        ("command-r-plus", "cohere"), ("command-a-03-2025", "cohere"), ("embed-english-v3.0", "cohere"),
        ("rerank-v3.5", "cohere"), ("grok-2", "xai"), ("grok-4-0709", "xai"), ("sonar-pro", "perplexity"),
        ("deepseek-chat", "deepseek"), ("deepseek-reasoner", "deepseek"), ("mistral-large-latest", "mistral"),
        ("codestral-latest", "mistral"), ("pixtral-12b-2409", "mistral"), ("open-mistral-nemo", "mistral"),
        ("jamba-1.5-large", "ai21"), ("eleven_multilingual_v2", "elevenlabs"), ("voyage-3-large", "voyage"),
        ("jina-embeddings-v3", "jina"), ("qwen-max", "alibaba"), ("qwen-image", "alibaba"),
        ("qwen-plus", "alibaba"), ("wan2.2-t2v-plus", "alibaba"), ("moonshot-v1-8k", "moonshot"),
        ("kimi-k2-0711-preview", "moonshot"), ("glm-4.5", "zhipu"), ("MiniMax-M1", "minimax"),
        ("speech-02-hd", "minimax"), ("abab6.5s-chat", "minimax"),
        ("Llama-4-Maverick-17B-128E-Instruct-FP8", "meta"), ("sd3.5-large", "stability"),
        ("stable-diffusion-xl-1024-v1-0", "stability"), ("stable-image-core", "stability"),
        ("llama-3.3-70b-versatile", "groq"), ("llama-3.1-8b-instant", "groq"), ("mixtral-8x7b-32768", "groq"),
        ("llama3.1-8b", "cerebras"), ("Meta-Llama-3.3-70B-Instruct", "sambanova"),
        ("google/gemini-2.5-pro", "google"), ("x-ai/grok-4", "xai"),
    ],
)
def test_it_knows_model_families_as_logs_carry_them(model, expected):
    found = explain(None, model)
    assert (found.slug, found.rule) == (expected, "model-family")


@pytest.mark.parametrize(
    "model",
    ["meta-llama/Llama-3.1-8B-Instruct", "mistralai/Mistral-7B-Instruct-v0.3", "Qwen/Qwen2.5-72B-Instruct",
     "deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "google/gemma-2-9b-it"],
)
def test_a_bare_hub_id_is_served_by_hugging_face(model):
    found = explain(None, model)
    assert (found.slug, found.rule, found.evidence) == ("huggingface", "hub-id", model)


@pytest.mark.parametrize(("enum", "expected"), sorted(ENUM_DEFAULTS.items()))
def test_each_enum_falls_back_to_its_default(enum, expected):
    for form in (enum, enum.upper(), FakeTextChoice(enum), f"APIProvider.{enum.upper()}"):
        found = explain(form, "some-unknown-model", "/v1/unknown")
        assert (found.slug, found.rule, found.field) == (expected, "enum-default", "provider_enum")
        assert found.evidence == enum


def test_every_answer_is_a_catalogue_slug():
    for enum, expected in ENUM_DEFAULTS.items():
        assert get_provider(expected) is not None, enum


def test_explain_reads_as_a_sentence():
    assert str(explain(endpoint="https://api.openai.com/v1/chat")) == "endpoint host api.openai.com → OpenAI"
    assert str(explain("VIDEO")) == "default for enum video → WaveSpeed"
    assert str(explain(model_name="groq/llama3-8b-8192")) == "model route prefix groq/ → Groq"
    assert str(explain()) == "no evidence for a provider"
    found = explain("gemini", "gemini-2.5-flash")
    assert found == Detection("google", "Google", "model-family", "model_name", "gemini-2.5-flash")
    assert str(found) == "model family of gemini-2.5-flash → Google"


def test_a_detection_is_frozen():
    with pytest.raises(AttributeError):
        explain("video").slug = "openai"


class ExplodingStr:
    def __str__(self):
        raise RuntimeError("no")


class ExplodingValue:
    @property
    def value(self):
        raise RuntimeError("no")


JUNK = [None, "", "   ", "x" * 10_000, "/" * 10_000, ":" * 10_000, "a-" * 5000, "a/b/" + "a-" * 5000,
        "日本語/モデル:グロック", "gpt-4o\x00", "\x00" * 100, 42, 4.2, b"gpt-4o", bytearray(b"\xff\xfe"),
        ["gpt-4o"], {"model": "x"}, object(), ExplodingStr(), ExplodingValue(), "https://[::1", "https://", "http://:80/x",
        "a" * 511 + "/" + "b" * 1000, "ftp://api.openai.com/x"]


@pytest.mark.parametrize("junk", JUNK, ids=lambda v: type(v).__name__)
def test_it_never_raises_whatever_it_is_given(junk):
    for args in ((junk, None, None), (None, junk, None), (None, None, junk), (junk, junk, junk)):
        slug = detect_actual_provider(*args)
        assert slug is None or get_provider(slug) is not None
        assert isinstance(str(explain(*args)), str)


def test_bytes_are_read_as_text():
    assert detect_actual_provider(model_name=b"gpt-4o") == "openai"


def test_inputs_are_truncated_before_matching():
    long_id = "gpt-4o-" + "x" * (MAX_INPUT_CHARS * 4)
    assert detect_actual_provider(model_name=long_id) == "openai"
    assert len(explain(model_name=long_id).evidence) <= MAX_INPUT_CHARS


@pytest.mark.parametrize(
    ("model", "expected", "rule"),
    [
        # Vertex AI writes versions with "@", whoever made the model: Google Cloud bills.
        ("claude-3-5-haiku@20241022", "google", "vertex-model-id"),
        ("mistral-large@2407", "google", "vertex-model-id"),
        # An OpenAI fine-tune has colons but is no Ollama tag.
        ("ft:gpt-4o-mini-2024-07-18:my-org:custom-suffix:9abcDEF1", "openai", "model-family"),
        ("qwen2.5:7b", "ollama", "ollama-tag"),
        # Bedrock's "-v1:0" version, logged without the maker's "anthropic." prefix.
        ("claude-sonnet-4-5-20250929-v1:0", "bedrock", "bedrock-id"),
        # Ark's six-digit versions of other makers' models; Zhipu's own dated ids stay Zhipu's.
        ("kimi-k2-thinking-251104", "volcengine", "model-family"),
        ("glm-4-air-250414", "zhipu", "model-family"),
        # A chat family after "<router>/<org>/" is a routed model, not a WaveSpeed task.
        ("litellm_proxy/google/gemini-2.5-pro", "google", "model-family"),
        ("minimax/hailuo-02/pro", "wavespeed", "wavespeed-task-id"),
    ],
)
def test_it_reads_vendor_specific_id_shapes(model, expected, rule):
    found = explain(None, model, None)
    assert (found.slug, found.rule) == (expected, rule)


def test_a_common_word_slug_is_not_a_route_segment():
    assert detect_actual_provider(None, None, "/integrations/github/lambda/oracle") is None
