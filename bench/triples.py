"""A realistic set of (provider enum, model_used, endpoint) triples for load tests.

A real usage-log table holds a few hundred distinct triples repeated over
millions of rows: detection and the backfill's GROUP BY depend on that shape,
so the loaders draw from this set rather than from unique random strings.
"""

import itertools
import random

# enum -> (model ids seen under it, endpoints they are called on)
FAMILIES: dict[str, tuple[list[str], list[str]]] = {
    "video": (
        [
            "alibaba/wan-2.5/text-to-video",
            "alibaba/wan-2.5/image-to-video",
            "kwaivgi/kling-v2.1-i2v-pro",
            "bytedance/seedance-v1-pro-t2v-1080p",
            "google/veo3-fast",
            "minimax/hailuo-02/standard",
        ],
        ["/video-generation/wavespeed", "/api/v3/wavespeed-ai/video", "/video/generate", "/video/extend"],
    ),
    "audio": (
        [
            "minimax/speech-02-hd",
            "minimax/speech-02-turbo",
            "elevenlabs/eleven-v3",
            "openai/whisper-large-v3",
        ],
        ["/audio-generation/wavespeed", "/audio/speech", "/audio/transcribe"],
    ),
    "image_edit": (
        ["bytedance/seededit-v3", "qwen-image-edit", "flux-kontext-pro", "google/nano-banana/edit"],
        ["/image-edit/wavespeed", "/image-edit", "/api/v3/wavespeed-ai/image-edit"],
    ),
    "stability": (
        [
            "qwen-image",
            "stable-diffusion-3.5-large",
            "sd3.5-medium",
            "stable-image-core",
            "stable-image-ultra",
        ],
        [
            "/image-generation/wavespeed",
            "/v2beta/stable-image/generate/core",
            "/v2beta/stable-image/generate/ultra",
            "/v2beta/stable-image/generate/sd3",
        ],
    ),
    "gemini": (
        [
            "gemini-2.5-flash",
            "gemini-2.5-pro",
            "gemini-2.0-flash-lite",
            "gemini-1.5-pro-002",
            "text-embedding-004",
            "imagen-4.0-generate-001",
        ],
        [
            "/api/llm/chat",
            "/api/llm/embed",
            "https://generativelanguage.googleapis.com/v1beta/models",
            "/api/research/summarise",
        ],
    ),
    "mistral": (
        [
            "openai/gpt-oss-120b:groq",
            "openai/gpt-oss-20b:together",
            "meta-llama/Llama-3.3-70B-Instruct",
            "mistralai/Mistral-7B-Instruct-v0.3",
            "Qwen/Qwen3-235B-A22B:cerebras",
            "deepseek-ai/DeepSeek-R1",
        ],
        ["/api/llm/chat", "https://router.huggingface.co/v1/chat/completions", "/api/llm/complete"],
    ),
    "openai": (
        ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3-mini", "gpt-5", "text-embedding-3-large"],
        [
            "https://api.openai.com/v1/chat/completions",
            "https://api.openai.com/v1/embeddings",
            "/api/llm/chat",
            "/v1/responses",
        ],
    ),
    "anthropic": (
        [
            "claude-3-5-sonnet-20241022",
            "claude-3-5-haiku-20241022",
            "claude-sonnet-4-20250514",
            "claude-opus-4-1",
            "bedrock/anthropic.claude-v2",
            "openrouter/anthropic/claude-3-opus",
        ],
        ["https://api.anthropic.com/v1/messages", "/api/llm/chat", "/api/agents/run"],
    ),
    "tavily": ([""], ["https://api.tavily.com/search", "/api/search/tavily"]),
    "serper": ([""], ["https://google.serper.dev/search", "/api/search/serper"]),
    "exa": ([""], ["https://api.exa.ai/search", "/api/search/exa"]),
    "metaphor": ([""], ["https://api.metaphor.systems/search"]),
    "firecrawl": ([""], ["https://api.firecrawl.dev/v1/scrape", "/api/crawl"]),
    "wavespeed": (
        ["wavespeed-ai/flux-dev", "wavespeed-ai/hunyuan-video/t2v"],
        ["https://api.wavespeed.ai/api/v3/wavespeed-ai/flux-dev", "/image-generation/wavespeed"],
    ),
}


# Internal routes any family's calls may go through (batch jobs, retries).
SHARED_ENDPOINTS = ["/api/jobs/batch", "/api/jobs/retry"]


def all_triples() -> list[tuple[str, str, str]]:
    """Every combination of a family's models and endpoints: a few hundred distinct triples."""
    return [
        (enum, model, endpoint)
        for enum, (models, endpoints) in FAMILIES.items()
        for model, endpoint in itertools.product(models, endpoints + SHARED_ENDPOINTS)
    ]


def weighted_triples(seed: int = 5) -> list[tuple[str, str, str]]:
    """The triples in a fixed shuffled order; loaders draw skewed towards the front (a few are hot)."""
    triples = all_triples()
    random.Random(seed).shuffle(triples)
    return triples
