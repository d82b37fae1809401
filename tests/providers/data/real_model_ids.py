# ruff: noqa: E501  (verbatim endpoint URLs are longer than a line)
"""Real model ids, as vendors and routers publish them, with the provider that serves and bills them.

Each group cites the public list it was copied from (``SOURCES``). Ids are copied verbatim;
only the expected provider, and where it matters the enum or endpoint a real log would carry,
are ours. Where an id alone is genuinely ambiguous the comment says which answer a billing
page should show and why.
"""

from __future__ import annotations

from typing import NamedTuple

SOURCES = {
    "openai-sdk": "https://github.com/openai/openai-python/blob/main/src/openai/types/shared/chat_model.py",
    "ai-sdk-openai-image": "https://github.com/vercel/ai/blob/main/packages/openai/src/image/openai-image-options.ts",
    "ai-sdk-anthropic": "https://github.com/vercel/ai/blob/main/packages/anthropic/src/anthropic-messages-options.ts",
    "ai-sdk-google": "https://github.com/vercel/ai/blob/main/packages/google/src/google-generative-ai-options.ts",
    "ai-sdk-groq": "https://github.com/vercel/ai/blob/main/packages/groq/src/groq-chat-options.ts",
    "ai-sdk-together": "https://github.com/vercel/ai/blob/main/packages/togetherai/src/togetherai-chat-options.ts",
    "ai-sdk-mistral": "https://github.com/vercel/ai/blob/main/packages/mistral/src/mistral-chat-options.ts",
    "ai-sdk-fireworks": "https://github.com/vercel/ai/blob/main/packages/fireworks/src/fireworks-chat-options.ts",
    "ai-sdk-xai": "https://github.com/vercel/ai/blob/main/packages/xai/src/xai-chat-options.ts",
    "ai-sdk-cohere": "https://github.com/vercel/ai/blob/main/packages/cohere/src/cohere-chat-options.ts",
    "ai-sdk-cerebras": "https://github.com/vercel/ai/blob/main/packages/cerebras/src/cerebras-chat-options.ts",
    "ai-sdk-deepinfra": "https://github.com/vercel/ai/blob/main/packages/deepinfra/src/deepinfra-chat-options.ts",
    "ai-sdk-bedrock": "https://github.com/vercel/ai/blob/main/packages/amazon-bedrock/src/bedrock-chat-options.ts",
    "ai-sdk-elevenlabs": "https://github.com/vercel/ai/blob/main/packages/elevenlabs/src/elevenlabs-speech-options.ts",
    "litellm-prices": "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json",
    # Model pages, e.g. https://wavespeed.ai/models/alibaba/wan-2.5/text-to-video/llms.txt
    "wavespeed-docs": "https://wavespeed.ai/docs/docs-api/",
    "wavespeed-client": "WaveSpeedAI model list of a public WaveSpeedClient (curated from wavespeed.ai docs)",
    # Router ids "<org>/<model>:<provider or policy>".
    "hf-inference-providers": "https://huggingface.co/docs/inference-providers",
    "minimax-docs": "https://platform.minimax.io/docs/faq/models",
    "ollama-models": "https://ollama.com/v1/models",
    # Endpoints as each vendor's API reference documents them; account, project, resource and
    # deployment names in them are placeholders, the hosts and path shapes are the vendors'.
    "openai-api-ref": "https://platform.openai.com/docs/api-reference",
    "anthropic-api-ref": "https://docs.anthropic.com/en/api/messages",
    "gemini-api-ref": "https://ai.google.dev/api",
    "vertex-ai-ref": "https://cloud.google.com/vertex-ai/generative-ai/docs/reference/rest",
    "aws-api-ref": "https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html",
    "azure-ai-ref": "https://learn.microsoft.com/en-us/azure/ai-foundry/openai/reference",
    "provider-api-refs": "Base URLs in each provider's own API reference (api.deepseek.com, api.moonshot.ai, "
                         "dashscope-intl.aliyuncs.com, api.groq.com/openai/v1, ark.cn-beijing.volces.com/api/v3...)",
    "openrouter-models": "https://openrouter.ai/docs/api-reference/list-available-models",
    "volcengine-ark-docs": "https://www.volcengine.com/docs/82379",
    "cloudflare-workers-ai": "https://developers.cloudflare.com/workers-ai/models/",
}


class Case(NamedTuple):
    model: str
    expected: str | None
    enum: str | None = None
    endpoint: str | None = None
    source: str = ""


def _group(source: str, expected: str | None, ids: str, enum: str | None = None,
           endpoint: str | None = None) -> list[Case]:
    return [Case(model, expected, enum, endpoint, source) for model in ids.split()]


def _calls(source: str, rows: str) -> list[Case]:
    """One case per "expected | enum | model | endpoint" row; "-" leaves a field empty."""
    cases = []
    for row in rows.strip().splitlines():
        expected, enum, model, endpoint = (None if x.strip() == "-" else x.strip() for x in row.split(" | "))
        cases.append(Case(model, expected, enum, endpoint, source))
    return cases


GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"
TOGETHER_URL = "https://api.together.xyz/v1/chat/completions"
DEEPINFRA_URL = "https://api.deepinfra.com/v1/openai/chat/completions"
CEREBRAS_URL = "https://api.cerebras.ai/v1/chat/completions"

CASES: list[Case] = [
    *_group("openai-sdk", "openai", enum="openai", ids="""
        gpt-5.2 gpt-5.2-2025-12-11 gpt-5.2-chat-latest gpt-5.2-pro gpt-5.2-pro-2025-12-11 gpt-5.1
        gpt-5.1-2025-11-13 gpt-5.1-codex gpt-5.1-mini gpt-5.1-chat-latest gpt-5 gpt-5-mini
        gpt-5-nano gpt-5-2025-08-07 gpt-5-mini-2025-08-07 gpt-5-nano-2025-08-07 gpt-5-chat-latest
        gpt-4.1 gpt-4.1-mini gpt-4.1-nano gpt-4.1-2025-04-14 gpt-4.1-mini-2025-04-14
        gpt-4.1-nano-2025-04-14 o4-mini o4-mini-2025-04-16 o3 o3-2025-04-16 o3-mini
        o3-mini-2025-01-31 o1 o1-2024-12-17 o1-preview o1-preview-2024-09-12 o1-mini
        o1-mini-2024-09-12 gpt-4o gpt-4o-2024-11-20 gpt-4o-2024-08-06 gpt-4o-2024-05-13
        gpt-4o-audio-preview gpt-4o-audio-preview-2024-10-01 gpt-4o-audio-preview-2024-12-17
        gpt-4o-audio-preview-2025-06-03 gpt-4o-mini-audio-preview
        gpt-4o-mini-audio-preview-2024-12-17 gpt-4o-search-preview gpt-4o-mini-search-preview
        gpt-4o-search-preview-2025-03-11 gpt-4o-mini-search-preview-2025-03-11 chatgpt-4o-latest
        codex-mini-latest gpt-4o-mini gpt-4o-mini-2024-07-18 gpt-4-turbo gpt-4-turbo-2024-04-09
        gpt-4-0125-preview gpt-4-turbo-preview gpt-4-1106-preview gpt-4-vision-preview gpt-4
        gpt-4-0314 gpt-4-0613 gpt-4-32k gpt-4-32k-0314 gpt-4-32k-0613 gpt-audio-mini gpt-3.5-turbo
        gpt-3.5-turbo-16k gpt-3.5-turbo-0301 gpt-3.5-turbo-0613 gpt-3.5-turbo-1106
        gpt-3.5-turbo-0125 gpt-3.5-turbo-16k-0613
    """),
    *_group("ai-sdk-openai-image", "openai", enum="openai", ids="""
        dall-e-3 dall-e-2 gpt-image-1 gpt-image-1-mini gpt-image-1.5 gpt-image-2
    """),
    *_group("litellm-prices", "openai", ids="""
        chatgpt-4o-latest gpt-4o-transcribe-diarize gpt-audio-mini-2025-12-15
        gpt-4o-mini-realtime-preview gpt-4o-mini-realtime-preview-2024-12-17 gpt-4o-mini-transcribe
        gpt-4o-mini-tts gpt-4o-realtime-preview gpt-4o-realtime-preview-2024-12-17
        gpt-4o-realtime-preview-2025-06-03 gpt-4o-transcribe gpt-image-1.5-2025-12-16
        gpt-image-2-2026-04-21 davinci-002
    """),
    *_group("ai-sdk-anthropic", "anthropic", enum="anthropic", ids="""
        claude-opus-4-20250514 claude-sonnet-4-20250514 claude-3-7-sonnet-20250219
        claude-3-5-sonnet-latest claude-3-5-sonnet-20241022 claude-3-5-sonnet-20240620
        claude-3-5-haiku-latest claude-3-5-haiku-20241022 claude-3-opus-latest
        claude-3-opus-20240229 claude-3-sonnet-20240229 claude-3-haiku-20240307
    """),
    *_group("litellm-prices", "anthropic", ids="""
        claude-haiku-4-5-20251001 claude-haiku-4-5 claude-4-opus-20250514 claude-4-sonnet-20250514
        claude-sonnet-4-5
    """),
    *_group("ai-sdk-google", "google", enum="gemini", ids="""
        gemini-1.5-flash gemini-1.5-flash-latest gemini-1.5-flash-001 gemini-1.5-flash-002
        gemini-1.5-flash-8b gemini-1.5-flash-8b-latest gemini-1.5-flash-8b-001 gemini-1.5-pro
        gemini-1.5-pro-latest gemini-1.5-pro-001 gemini-1.5-pro-002 gemini-2.0-flash
        gemini-2.0-flash-001 gemini-2.0-flash-live-001 gemini-2.0-flash-lite
        gemini-2.0-pro-exp-02-05 gemini-2.0-flash-thinking-exp-01-21 gemini-2.0-flash-exp
        gemini-2.5-pro gemini-2.5-flash gemini-2.5-flash-image-preview gemini-2.5-flash-lite
        gemini-2.5-flash-lite-preview-09-2025 gemini-2.5-flash-preview-04-17
        gemini-2.5-flash-preview-09-2025 gemini-pro-latest gemini-flash-latest
        gemini-flash-lite-latest gemini-2.5-pro-exp-03-25 gemini-exp-1206 gemma-3-12b-it
        gemma-3-27b-it
    """),
    # litellm's "gemini/" prefix is its route to the Gemini API.
    *_group("litellm-prices", "google", ids="""
        gemini/gemini-2.5-flash-lite-preview-09-2025 gemini/gemini-2.5-flash-preview-09-2025
        gemini/gemini-flash-latest gemini/gemini-flash-lite-latest
        gemini/gemini-2.5-flash-lite-preview-06-17 gemini/gemini-2.5-flash-preview-tts
        gemini/gemini-2.5-pro gemini/gemini-2.5-computer-use-preview-10-2025
        gemini/gemini-3-pro-preview gemini/gemini-3.1-flash-lite-preview
        gemini/gemini-3.1-flash-lite
    """),
    *_group("ai-sdk-groq", "groq", ids="""
        gemma2-9b-it llama-3.3-70b-versatile llama-3.1-8b-instant llama-guard-3-8b llama3-70b-8192
        llama3-8b-8192 mixtral-8x7b-32768 qwen-qwq-32b mistral-saba-24b qwen-2.5-32b
        deepseek-r1-distill-qwen-32b deepseek-r1-distill-llama-70b
    """),
    # Groq serves this one under the Hub's name (lower-cased): only the endpoint tells.
    *_group("ai-sdk-groq", "groq", endpoint=GROQ_URL, ids="meta-llama/llama-4-scout-17b-16e-instruct"),
    # Together serves Hub ids; its own "-Turbo"/"-Lite"/"-tput" builds name it, the rest need the endpoint.
    *_group("ai-sdk-together", "together", ids="""
        meta-llama/Llama-3.3-70B-Instruct-Turbo meta-llama/Llama-3.2-3B-Instruct-Turbo
        meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo
        meta-llama/Meta-Llama-3-8B-Instruct-Lite Qwen/Qwen3-235B-A22B-fp8-tput
        Qwen/Qwen2.5-7B-Instruct-Turbo Qwen/Qwen2.5-72B-Instruct-Turbo
    """),
    *_group("ai-sdk-together", "together", endpoint=TOGETHER_URL, ids="""
        meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8 meta-llama/Llama-4-Scout-17B-16E-Instruct
        meta-llama/Llama-3-70b-chat-hf meta-llama/Llama-3-8b-chat-hf
        marin-community/marin-8b-instruct nvidia/Llama-3.1-Nemotron-70B-Instruct-HF
        Qwen/Qwen2.5-Coder-32B-Instruct Qwen/QwQ-32B Qwen/Qwen2-72B-Instruct google/gemma-2-27b-it
        google/gemma-2b-it arcee-ai/virtuoso-large arcee-ai/virtuoso-medium-v2 arcee-ai/coder-large
        deepseek-ai/DeepSeek-V3 deepseek-ai/DeepSeek-R1 deepseek-ai/DeepSeek-R1-Distill-Llama-70B
        deepseek-ai/DeepSeek-R1-Distill-Qwen-14B Gryphe/MythoMax-L2-13b
        mistralai/Mistral-Small-24B-Instruct-2501 mistralai/Magistral-Small-2506
        mistralai/Mistral-7B-Instruct-v0.1 mistralai/Mistral-7B-Instruct-v0.2
        mistralai/Mistral-7B-Instruct-v0.3 mistralai/Mixtral-8x7B-Instruct-v0.1
        NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO
    """),
    # Without an endpoint a bare Hub id is the Hub's: Hugging Face's router is the sensible biller
    # (this is how the product's "mistral" calls are logged).
    *_group("ai-sdk-together", "huggingface", enum="mistral", ids="""
        mistralai/Mistral-7B-Instruct-v0.3 deepseek-ai/DeepSeek-R1 Qwen/QwQ-32B
        google/gemma-2-27b-it
    """),
    *_group("ai-sdk-mistral", "mistral", ids="""
        ministral-3b-latest ministral-8b-latest mistral-large-latest mistral-medium-latest
        mistral-medium-2505 mistral-small-latest pixtral-large-latest magistral-small-2506
        magistral-medium-2506 pixtral-12b-2409 open-mistral-7b open-mixtral-8x7b open-mixtral-8x22b
    """),
    *_group("ai-sdk-fireworks", "fireworks", ids="""
        accounts/fireworks/models/deepseek-v3 accounts/fireworks/models/llama-v3p3-70b-instruct
        accounts/fireworks/models/llama-v3p2-3b-instruct
        accounts/fireworks/models/llama-v3p1-405b-instruct
        accounts/fireworks/models/llama-v3p1-8b-instruct
        accounts/fireworks/models/mixtral-8x7b-instruct
        accounts/fireworks/models/mixtral-8x22b-instruct
        accounts/fireworks/models/mixtral-8x7b-instruct-hf
        accounts/fireworks/models/qwen2p5-coder-32b-instruct
        accounts/fireworks/models/qwen2p5-72b-instruct
        accounts/fireworks/models/qwen-qwq-32b-preview
        accounts/fireworks/models/qwen2-vl-72b-instruct
        accounts/fireworks/models/llama-v3p2-11b-vision-instruct accounts/fireworks/models/qwq-32b
        accounts/fireworks/models/yi-large accounts/fireworks/models/kimi-k2-instruct
        accounts/fireworks/models/kimi-k2-thinking accounts/fireworks/models/kimi-k2p5
        accounts/fireworks/models/minimax-m2
    """),
    *_group("litellm-prices", "fireworks", ids="""
        fireworks_ai/accounts/fireworks/models/llama-v3p2-11b-vision-instruct
        fireworks_ai/accounts/fireworks/models/llama-v3p2-1b-instruct
        fireworks_ai/accounts/fireworks/models/llama-v3p2-3b-instruct
        fireworks_ai/accounts/fireworks/models/llama-v3p2-90b-vision-instruct
        fireworks_ai/accounts/fireworks/models/llama4-maverick-instruct-basic
        fireworks_ai/accounts/fireworks/models/llama4-scout-instruct-basic
        fireworks_ai/accounts/fireworks/models/minimax-m2p1
        fireworks_ai/accounts/fireworks/models/minimax-m2p7
        fireworks_ai/accounts/fireworks/models/minimax-m3
        fireworks_ai/accounts/fireworks/models/mixtral-8x22b-instruct-hf
        fireworks_ai/accounts/fireworks/models/qwen2-72b-instruct
        fireworks_ai/accounts/fireworks/models/qwen2p5-coder-32b-instruct
        fireworks_ai/accounts/fireworks/models/yi-large fireworks_ai/deepseek-v4-flash
        fireworks_ai/deepseek-v4-pro fireworks_ai/glm-4p7 fireworks_ai/glm-5p1
        fireworks_ai/glm-5p1-fast fireworks_ai/glm-5p2 fireworks_ai/gpt-oss-120b
        fireworks_ai/gpt-oss-20b fireworks_ai/kimi-k2p5 fireworks_ai/kimi-k2p6
        fireworks_ai/kimi-k2p6-fast fireworks_ai/kimi-k2p7-code fireworks_ai/kimi-k2p7-code-fast
        fireworks_ai/minimax-m2p1 fireworks_ai/minimax-m2p7 fireworks_ai/minimax-m3
    """),
    *_group("ai-sdk-xai", "xai", ids="""
        grok-4.6 grok-4.5 grok-4-1 grok-4-1-fast-reasoning grok-4-1-fast-non-reasoning
        grok-4-fast-non-reasoning grok-4-fast-reasoning grok-4.20-0309-non-reasoning
        grok-4.20-0309-reasoning grok-4.20-multi-agent-0309 grok-code-fast-1 grok-4 grok-4-0709
        grok-4-latest grok-3 grok-3-latest grok-3-fast grok-3-fast-latest grok-3-mini
        grok-3-mini-latest grok-3-mini-fast grok-3-mini-fast-latest grok-2-vision-1212 grok-2-vision
        grok-2-vision-latest grok-2-image-1212 grok-2-image grok-2-image-latest grok-2-1212 grok-2
        grok-2-latest grok-vision-beta grok-beta
    """),
    *_group("litellm-prices", "xai", ids="""
        xai/grok-3-beta xai/grok-3-fast-beta xai/grok-3-fast-latest xai/grok-3-latest
        xai/grok-3-mini xai/grok-3-mini-beta xai/grok-3-mini-fast xai/grok-3-mini-fast-beta
        xai/grok-3-mini-fast-latest xai/grok-3-mini-latest xai/grok-4 xai/grok-4-fast-reasoning
        xai/grok-4-fast-non-reasoning xai/grok-4-0709 xai/grok-4-latest xai/grok-4-1-fast
        xai/grok-4-1-fast-reasoning xai/grok-4-1-fast-reasoning-latest
        xai/grok-4-1-fast-non-reasoning xai/grok-4-1-fast-non-reasoning-latest
        xai/grok-4.20-multi-agent-beta-0309 xai/grok-4.20-beta-0309-reasoning
        xai/grok-4.20-0309-reasoning xai/grok-4.20-beta-0309-non-reasoning
    """),
    *_group("ai-sdk-cohere", "cohere", ids="""
        command-a-03-2025 command-a-reasoning-08-2025 command-a-vision-07-2025 command-r7b-12-2024
        command-r-plus-04-2024 command-r-plus command-r-08-2024 command-r-03-2024 command-r command
        command-nightly command-light command-light-nightly
    """),
    *_group("ai-sdk-cerebras", "cerebras", ids="""
        llama3.1-8b qwen-3-235b-a22b-instruct-2507 qwen-3-235b-a22b-thinking-2507 zai-glm-4.6
    """),
    # gpt-oss-120b is open weights that many serve under that bare name: the endpoint decides.
    *_group("ai-sdk-cerebras", "cerebras", endpoint=CEREBRAS_URL, ids="gpt-oss-120b"),
    *_group("litellm-prices", "cerebras", ids="""
        cerebras/llama-3.3-70b cerebras/llama3.1-70b cerebras/llama3.1-8b cerebras/gpt-oss-120b
        cerebras/qwen-3-32b cerebras/zai-glm-4.6 cerebras/zai-glm-4.7
    """),
    # DeepInfra serves Hub ids under their Hub names: a real log carries its endpoint.
    *_group("ai-sdk-deepinfra", "deepinfra", endpoint=DEEPINFRA_URL, ids="""
        01-ai/Yi-34B-Chat Austism/chronos-hermes-13b-v2 bigcode/starcoder2-15b-instruct-v0.1
        bigcode/starcoder2-15b codellama/CodeLlama-34b-Instruct-hf
        codellama/CodeLlama-70b-Instruct-hf cognitivecomputations/dolphin-2.6-mixtral-8x7b
        cognitivecomputations/dolphin-2.9.1-llama-3-70b databricks/dbrx-instruct
        deepinfra/airoboros-70b deepseek-ai/DeepSeek-V3 google/codegemma-7b-it
        google/gemma-1.1-7b-it google/gemma-2-27b-it google/gemma-2-9b-it
        Gryphe/MythoMax-L2-13b-turbo Gryphe/MythoMax-L2-13b HuggingFaceH4/zephyr-orpo-141b-A35b-v0.1
        KoboldAI/LLaMA2-13B-Tiefighter lizpreciatior/lzlv_70b_fp16_hf
        mattshumer/Reflection-Llama-3.1-70B meta-llama/Llama-2-13b-chat-hf
        meta-llama/Llama-2-70b-chat-hf meta-llama/Llama-2-7b-chat-hf
        meta-llama/Llama-3.2-11B-Vision-Instruct meta-llama/Llama-3.2-1B-Instruct
        meta-llama/Llama-3.2-3B-Instruct meta-llama/Llama-3.2-90B-Vision-Instruct
        meta-llama/Llama-3.3-70B-Instruct-Turbo meta-llama/Llama-3.3-70B-Instruct
        meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8 meta-llama/Llama-4-Scout-17B-16E-Instruct
        meta-llama/Meta-Llama-3-70B-Instruct meta-llama/Meta-Llama-3-8B-Instruct
        meta-llama/Meta-Llama-3.1-405B-Instruct meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo
        meta-llama/Meta-Llama-3.1-70B-Instruct meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo
        meta-llama/Meta-Llama-3.1-8B-Instruct microsoft/Phi-3-medium-4k-instruct
        microsoft/WizardLM-2-7B microsoft/WizardLM-2-8x22B mistralai/Mistral-7B-Instruct-v0.1
        mistralai/Mistral-7B-Instruct-v0.2 mistralai/Mistral-7B-Instruct-v0.3
        mistralai/Mistral-Nemo-Instruct-2407 mistralai/Mixtral-8x22B-Instruct-v0.1
        mistralai/Mixtral-8x22B-v0.1 mistralai/Mixtral-8x7B-Instruct-v0.1
        NousResearch/Hermes-3-Llama-3.1-405B nvidia/Llama-3.1-Nemotron-70B-Instruct
        nvidia/Nemotron-4-340B-Instruct openbmb/MiniCPM-Llama3-V-2_5 openchat/openchat_3.5
        openchat/openchat-3.6-8b Phind/Phind-CodeLlama-34B-v2 Qwen/Qwen2-72B-Instruct
        Qwen/Qwen2-7B-Instruct Qwen/Qwen2.5-72B-Instruct Qwen/Qwen2.5-7B-Instruct
        Qwen/Qwen2.5-Coder-32B-Instruct Qwen/Qwen2.5-Coder-7B Qwen/QwQ-32B-Preview
        Sao10K/L3-70B-Euryale-v2.1 Sao10K/L3-8B-Lunaris-v1 Sao10K/L3.1-70B-Euryale-v2.2
    """),
    *_group("ai-sdk-bedrock", "bedrock", ids="""
        amazon.titan-tg1-large amazon.titan-text-express-v1 anthropic.claude-v2
        anthropic.claude-v2:1 anthropic.claude-instant-v1 anthropic.claude-sonnet-5
        anthropic.claude-opus-4-7 anthropic.claude-opus-4-6-v1 anthropic.claude-sonnet-4-6-v1
        anthropic.claude-opus-4-5-20251101-v1:0 anthropic.claude-haiku-4-5-20251001-v1:0
        anthropic.claude-sonnet-4-20250514-v1:0 anthropic.claude-sonnet-4-5-20250929-v1:0
        anthropic.claude-opus-4-20250514-v1:0 anthropic.claude-opus-4-1-20250805-v1:0
        anthropic.claude-3-7-sonnet-20250219-v1:0 anthropic.claude-3-5-sonnet-20240620-v1:0
        anthropic.claude-3-5-sonnet-20241022-v2:0 anthropic.claude-3-5-haiku-20241022-v1:0
        anthropic.claude-3-sonnet-20240229-v1:0 anthropic.claude-3-haiku-20240307-v1:0
        anthropic.claude-3-opus-20240229-v1:0 cohere.command-text-v14 cohere.command-light-text-v14
        cohere.command-r-v1:0 cohere.command-r-plus-v1:0 meta.llama3-70b-instruct-v1:0
        meta.llama3-8b-instruct-v1:0 meta.llama3-1-405b-instruct-v1:0
        meta.llama3-1-70b-instruct-v1:0 meta.llama3-1-8b-instruct-v1:0
        meta.llama3-2-11b-instruct-v1:0 meta.llama3-2-1b-instruct-v1:0
        meta.llama3-2-3b-instruct-v1:0 meta.llama3-2-90b-instruct-v1:0
        mistral.mistral-7b-instruct-v0:2 mistral.mixtral-8x7b-instruct-v0:1
        mistral.mistral-large-2402-v1:0 mistral.mistral-small-2402-v1:0 openai.gpt-oss-120b-1:0
        openai.gpt-oss-20b-1:0 amazon.titan-text-lite-v1 us.amazon.nova-premier-v1:0
        us.amazon.nova-pro-v1:0 us.amazon.nova-micro-v1:0 us.amazon.nova-lite-v1:0
        us.anthropic.claude-3-sonnet-20240229-v1:0 us.anthropic.claude-3-opus-20240229-v1:0
        us.anthropic.claude-3-haiku-20240307-v1:0 us.anthropic.claude-3-5-sonnet-20240620-v1:0
        us.anthropic.claude-3-5-haiku-20241022-v1:0 us.anthropic.claude-3-5-sonnet-20241022-v2:0
        us.anthropic.claude-3-7-sonnet-20250219-v1:0 us.anthropic.claude-opus-4-5-20251101-v1:0
        us.anthropic.claude-sonnet-4-5-20250929-v1:0 us.anthropic.claude-sonnet-4-20250514-v1:0
        us.anthropic.claude-opus-4-20250514-v1:0 us.anthropic.claude-opus-4-1-20250805-v1:0
        us.meta.llama3-2-11b-instruct-v1:0 us.meta.llama3-2-3b-instruct-v1:0
        us.meta.llama3-2-90b-instruct-v1:0 us.meta.llama3-2-1b-instruct-v1:0
        us.meta.llama3-1-8b-instruct-v1:0 us.meta.llama3-1-70b-instruct-v1:0
        us.meta.llama3-3-70b-instruct-v1:0 us.deepseek.r1-v1:0 us.mistral.pixtral-large-2502-v1:0
        us.meta.llama4-scout-17b-instruct-v1:0 us.meta.llama4-maverick-17b-instruct-v1:0
    """),
    *_group("litellm-prices", "bedrock", ids="""
        ai21.j2-mid-v1 ai21.j2-ultra-v1 ai21.jamba-1-5-large-v1:0 ai21.jamba-1-5-mini-v1:0
        ai21.jamba-instruct-v1:0 amazon.nova-canvas-v1:0 us.amazon.nova-canvas-v1:0
        us.writer.palmyra-x4-v1:0 us.writer.palmyra-x5-v1:0 writer.palmyra-x4-v1:0
        writer.palmyra-x5-v1:0 amazon.nova-lite-v1:0 amazon.nova-2-lite-v1:0
        amazon.nova-2-pro-preview-20251202-v1:0 jp.amazon.nova-2-lite-v1:0
        apac.amazon.nova-2-pro-preview-20251202-v1:0 eu.amazon.nova-2-lite-v1:0
        bedrock/us-west-2/moonshotai.kimi-k2.5 bedrock/us-west-2/qwen.qwen3-coder-next
        bedrock/us.anthropic.claude-3-5-haiku-20241022-v1:0 us.deepseek.v3.2 eu.deepseek.v3.2
        us.meta.llama3-1-405b-instruct-v1:0
    """),
    # Azure bills for everything it hosts, OpenAI's models and the catalogue's others alike.
    *_group("litellm-prices", "azure", ids="""
        azure/ada azure/codex-mini azure/command-r-plus azure_ai/claude-haiku-4-5
        azure_ai/claude-opus-4-5 azure_ai/claude-opus-4-1 azure_ai/claude-sonnet-4-5
        azure/computer-use-preview azure/container azure_ai/gpt-oss-120b azure_ai/gpt-5.5
        azure_ai/gpt-5.5-2026-04-23 azure/gpt-5.1-chat azure/gpt-5.1-codex azure/gpt-5.1-codex-max
        azure/gpt-5.1-codex-mini azure/gpt-5.2 azure/gpt-5.2-2025-12-11 azure/gpt-5.2-chat
        azure/gpt-5.2-chat-2025-12-11 azure/gpt-5.2-codex azure/gpt-5.3-chat azure/gpt-5.3-codex
        azure/gpt-5.2-pro azure/gpt-5.2-pro-2025-12-11 azure/gpt-5.4 azure/us/gpt-5.4
        azure/us/o3-mini-2025-01-31 azure/us/o4-mini-2025-04-16 azure/whisper-1
        azure_ai/Cohere-embed-v3-english azure_ai/Cohere-embed-v3-multilingual azure_ai/FLUX-1.1-pro
        azure_ai/FLUX.1-Kontext-pro azure_ai/flux.2-pro azure_ai/MAI-Image-2.5
        azure_ai/MAI-Image-2.5-Flash azure_ai/MAI-Image-2e azure_ai/Llama-3.2-11B-Vision-Instruct
        azure_ai/Llama-3.2-90B-Vision-Instruct azure_ai/Llama-3.3-70B-Instruct
        azure_ai/Llama-4-Maverick-17B-128E-Instruct-FP8 azure_ai/Llama-4-Scout-17B-16E-Instruct
        azure_ai/Meta-Llama-3-70B-Instruct azure_ai/Meta-Llama-3.1-405B-Instruct
        azure_ai/Meta-Llama-3.1-70B-Instruct azure_ai/Meta-Llama-3.1-8B-Instruct
        azure_ai/Phi-3-medium-128k-instruct azure_ai/Phi-3-medium-4k-instruct
        azure_ai/Phi-3-mini-128k-instruct azure_ai/Phi-3-mini-4k-instruct
        azure_ai/Phi-3-small-128k-instruct azure_ai/Phi-3-small-8k-instruct
        azure_ai/Phi-3.5-MoE-instruct azure_ai/Phi-3.5-mini-instruct
        azure_ai/Phi-3.5-vision-instruct azure_ai/Phi-4 azure_ai/Phi-4-mini-instruct
        azure_ai/Phi-4-multimodal-instruct azure_ai/Phi-4-mini-reasoning
    """),
    *_group("litellm-prices", "black-forest-labs", ids="""
        black_forest_labs/flux-kontext-pro black_forest_labs/flux-kontext-max
        black_forest_labs/flux-pro-1.0-fill black_forest_labs/flux-pro-1.0-expand
        black_forest_labs/flux-pro-1.1 black_forest_labs/flux-pro-1.1-ultra
        black_forest_labs/flux-dev black_forest_labs/flux-pro
    """),
    *_group("litellm-prices", "databricks", ids="""
        databricks/databricks-meta-llama-3-1-405b-instruct
        databricks/databricks-meta-llama-3-1-8b-instruct
        databricks/databricks-meta-llama-3-3-70b-instruct
        databricks/databricks-meta-llama-3-70b-instruct databricks/databricks-mixtral-8x7b-instruct
        databricks/databricks-mpt-30b-instruct databricks/databricks-mpt-7b-instruct
    """),
    *_group("litellm-prices", "deepgram", ids="""
        deepgram/base deepgram/base-conversationalai deepgram/base-finance deepgram/base-general
        deepgram/base-meeting deepgram/base-phonecall deepgram/base-video deepgram/base-voicemail
        deepgram/enhanced deepgram/enhanced-finance deepgram/enhanced-general
        deepgram/enhanced-meeting deepgram/enhanced-phonecall deepgram/nova deepgram/nova-2
        deepgram/nova-2-atc deepgram/nova-2-automotive deepgram/nova-2-conversationalai
        deepgram/nova-2-drivethru deepgram/nova-2-finance deepgram/nova-2-general
    """),
    *_group("litellm-prices", "aimlapi", ids="""
        aiml/dall-e-2 aiml/dall-e-3 aiml/flux-pro aiml/flux-pro/v1.1 aiml/flux-pro/v1.1-ultra
        aiml/flux-realism aiml/flux/dev aiml/flux/kontext-max/text-to-image
        aiml/flux/kontext-pro/text-to-image aiml/flux/schnell
        aiml/google/imagen-4.0-ultra-generate-001 aiml/google/nano-banana-pro
        aiml/openai/gpt-image-2
    """),
    # OpenRouter bills for whatever it routes; the vendor inside the id is only the model's maker.
    *_group("litellm-prices", "openrouter", ids="""
        openrouter/mistralai/devstral-2512 openrouter/mistralai/ministral-3b-2512
        openrouter/mistralai/ministral-8b-2512 openrouter/mistralai/ministral-14b-2512
        openrouter/mistralai/mistral-large-2512 openrouter/mistralai/mistral-7b-instruct
        openrouter/mistralai/mistral-large openrouter/mistralai/mistral-small-3.1-24b-instruct
        openrouter/mistralai/mistral-small-3.2-24b-instruct
        openrouter/mistralai/mixtral-8x22b-instruct openrouter/moonshotai/kimi-k2.5
        openrouter/openai/gpt-3.5-turbo openrouter/openai/gpt-3.5-turbo-16k openrouter/openai/gpt-4
        openrouter/openai/gpt-4.1 openrouter/openai/gpt-4.1-mini openrouter/openai/gpt-4.1-nano
        openrouter/openai/gpt-4o openrouter/openai/gpt-4o-2024-05-13 openrouter/openai/gpt-5-chat
        openrouter/openai/gpt-5-codex openrouter/openai/gpt-5.2-codex openrouter/openai/gpt-5
        openrouter/openai/gpt-5-mini openrouter/openai/gpt-5-nano
        openrouter/openai/gpt-5.1-codex-max openrouter/openai/gpt-5.2 openrouter/openai/gpt-5.2-chat
        openrouter/openai/gpt-5.2-pro openrouter/openai/gpt-oss-120b openrouter/openai/gpt-oss-20b
        openrouter/openai/o1
    """),
    *_group("litellm-prices", "vercel", ids="""
        vercel_ai_gateway/alibaba/qwen-3-14b vercel_ai_gateway/alibaba/qwen-3-235b
        vercel_ai_gateway/alibaba/qwen-3-30b vercel_ai_gateway/alibaba/qwen-3-32b
        vercel_ai_gateway/alibaba/qwen3-coder vercel_ai_gateway/amazon/nova-lite
        vercel_ai_gateway/amazon/nova-micro vercel_ai_gateway/amazon/nova-pro
        vercel_ai_gateway/amazon/titan-embed-text-v2 vercel_ai_gateway/anthropic/claude-3-haiku
        vercel_ai_gateway/anthropic/claude-3-opus vercel_ai_gateway/anthropic/claude-3.5-haiku
        vercel_ai_gateway/anthropic/claude-3.5-sonnet vercel_ai_gateway/anthropic/claude-3.7-sonnet
        vercel_ai_gateway/anthropic/claude-4-opus vercel_ai_gateway/anthropic/claude-4-sonnet
    """),
    *_group("litellm-prices", "novita", ids="""
        novita/qwen/qwen3-vl-30b-a3b-thinking novita/qwen/qwen3-omni-30b-a3b-thinking
        novita/qwen/qwen3-omni-30b-a3b-instruct novita/qwen/qwen-mt-plus
        novita/baidu/ernie-4.5-vl-28b-a3b novita/baidu/ernie-4.5-21B-a3b novita/qwen/qwen3-8b-fp8
        novita/qwen/qwen3-4b-fp8 novita/qwen/qwen2.5-7b-instruct
        novita/meta-llama/llama-3.2-3b-instruct novita/sao10k/l31-70b-euryale-v2.2
        novita/qwen/qwen3-embedding-0.6b novita/qwen/qwen3-embedding-8b novita/baai/bge-m3
        novita/qwen/qwen3-reranker-8b novita/baai/bge-reranker-v2-m3
    """),
    *_group("ai-sdk-elevenlabs", "elevenlabs", ids="""
        eleven_v3 eleven_multilingual_v2 eleven_flash_v2_5 eleven_flash_v2 eleven_turbo_v2_5
        eleven_turbo_v2 eleven_monolingual_v1 eleven_multilingual_v1
    """),
    *_group("wavespeed-client", "wavespeed", enum="video", ids="""
        wavespeed-ai/flux-dev wavespeed-ai/flux-dev-ultra-fast wavespeed-ai/flux-dev-lora
        wavespeed-ai/flux-dev-lora-ultra-fast wavespeed-ai/flux-schnell
        wavespeed-ai/flux-schnell-lora wavespeed-ai/flux-kontext-dev
        wavespeed-ai/flux-kontext-dev-ultra-fast wavespeed-ai/flux-kontext-pro
        wavespeed-ai/flux-kontext-max wavespeed-ai/wan-2.1/t2v-480p wavespeed-ai/wan-2.1/t2v-720p
        wavespeed-ai/wan-2.1/i2v-480p wavespeed-ai/wan-2.1/i2v-720p
        wavespeed-ai/wan-2.1/i2v-480p-lora wavespeed-ai/wan-2.1/i2v-720p-lora
        bytedance/seedance-v1-pro-t2v-480p bytedance/seedance-v1-pro-i2v-720p
        bytedance/seedance-v1-pro-i2v-1080p kwaivgi/kling-v2.1-i2v-master kwaivgi/kling-v2.1-i2v-pro
        minimax/hailuo-02/standard minimax/hailuo-02/pro google/veo3 wavespeed-ai/veo2-t2v
        wavespeed-ai/veo2-i2v wavespeed-ai/imagen4 wavespeed-ai/dia-tts
        wavespeed-ai/hunyuan3d-v2-multi-view wavespeed-ai/video-upscaler
        wavespeed-ai/hidream-i1-full wavespeed-ai/instant-character
    """),
    *_group("wavespeed-docs", "wavespeed", enum="video", ids="""
        alibaba/wan-2.5/text-to-video alibaba/wan-2.5/text-to-video-fast
        alibaba/wan-3.0/text-to-video alibaba/wan-2.5/image-to-video
    """),
    # The Hugging Face router bills the call whichever inference provider it picks.
    *_group("hf-inference-providers", "huggingface", enum="mistral", ids="""
        openai/gpt-oss-120b:groq deepseek-ai/DeepSeek-R1:together
        meta-llama/Llama-3.1-8B-Instruct:fastest openai/gpt-oss-120b:cheapest
        Qwen/Qwen3-Coder-480B-A35B-Instruct:cerebras meta-llama/Llama-3.3-70B-Instruct:sambanova
        deepseek-ai/DeepSeek-V3-0324:novita moonshotai/Kimi-K2-Instruct:fireworks-ai
        zai-org/GLM-4.5:zai-org black-forest-labs/FLUX.1-dev:fal-ai
    """),
    *_group("minimax-docs", "minimax", ids="""
        MiniMax-M3 MiniMax-M2.7 MiniMax-M2.7-highspeed MiniMax-M2.5 MiniMax-M2.5-highspeed
        MiniMax-Hailuo-2.3 MiniMax-Hailuo-2.3-Fast MiniMax-Hailuo-02 MiniMax-H3
    """),
    *_group("ollama-models", "ollama", ids="""
        deepseek-v3.1:671b qwen3-vl:235b-instruct ministral-3:8b devstral-2:123b ministral-3:14b
        gemma3:27b qwen3.5:397b gemma3:12b gemma4:31b nemotron-3-nano:30b gpt-oss:20b
    """),
    # A sweep of litellm's price list beyond the ids above: for each provider, ids that only a
    # family, id shape or Vertex "@version" decides, then a spread of its routing prefixes.
    # Ambiguities resolved for the billing page: a bare lower-case open-weight Qwen ("qwen3-32b")
    # is Model Studio's naming, so Alibaba; an Ark six-digit version on a maker's model
    # ("kimi-k2-thinking-251104") is Volcano Engine's; "<model>@<version>" is Vertex AI's.
    *_group("litellm-prices", "ai21", ids="""
        j2-light j2-mid j2-ultra jamba-1.5 jamba-1.5-large jamba-1.5-mini jamba-large-1.6
        jamba-large-1.7 jamba-mini-1.6 jamba-mini-1.7
    """),
    *_group("litellm-prices", "alibaba", ids="""
        dashscope/deepseek-v4-flash dashscope/qwen3-30b-a3b qwen_ai_platform/happyhorse-1.0-t2v
        qwen_ai_platform/qwen3-vl-235b-a22b-thinking qwencloud/qwen-max
    """),
    *_group("litellm-prices", "anthropic", ids="""
        claude-fable-5 claude-fable-5-1 claude-haiku-5-5 claude-mythos-5 claude-mythos-5-1
        claude-mythos-preview claude-opus-4-5 claude-opus-4-5-20251101 claude-opus-4-6
        claude-opus-4-6-20260205
    """),
    *_group("litellm-prices", "assemblyai", ids="""
        assemblyai/best assemblyai/nano
    """),
    *_group("litellm-prices", "azure", ids="""
        azure/apac/gpt-6.1-sol azure/gpt-4-turbo azure/gpt-image-2.5-sunburst
        azure/us/gpt-5.1-codex azure_ai/claude-fable-5
    """),
    *_group("litellm-prices", "baseten", ids="""
        baseten/MiniMaxAI/MiniMax-M2.5 baseten/deepseek-ai/DeepSeek-V4-Pro
        baseten/moonshotai/Kimi-K2-Instruct-0905
        baseten/nvidia/NVIDIA-Nemotron-3-Ultra-550B-A55B baseten/zai-org/GLM-4.6
    """),
    *_group("litellm-prices", "bedrock", ids="""
        amazon.nova-2-5-sonic anthropic.claude-v1 au.anthropic.claude-sonnet-4-6
        eu.anthropic.claude-opus-4-6-v1 global.anthropic.claude-opus-5-5 in.moonshotai.kimi-k3
        mistral.pixtral-large-2502-v1:0 stability.stable-image-control-sketch-v1:0
        us-gov.nvidia.nemotron-nano-3-30b us.openai.gpt-5.4
        bedrock/*/1-month-commitment/cohere.command-light-text-v14
        bedrock/claude_platform/claude-sonnet-5
        bedrock/us-east-1/1-month-commitment/anthropic.claude-v2:1
        bedrock/us-gov-west-1/amazon.nova-lite-v1:0 bedrock_mantle/google.gemma-4-26b-a4b
    """),
    *_group("litellm-prices", "cerebras", ids="""
        cerebras/gemma-4-31b cerebras/llama-3.1-70b cerebras/llama-3.1-8b cerebras/qwen-3.8-27b
    """),
    *_group("litellm-prices", "cloudflare", ids="""
        cloudflare/@cf/aisingapore/gemma-sea-lion-v4-27b-it
        cloudflare/@cf/google/gemma-7b-it-lora cloudflare/@cf/meta/llama-3.2-3b-instruct
        cloudflare/@cf/moonshotai/kimi-k2.7-code cloudflare/@cf/qwen/qwq-32b
    """),
    *_group("litellm-prices", "cohere", ids="""
        c4ai-aya-expanse-32b command-a-plus-05-2026 command-r-plus-08-2024
        embed-english-light-v3.0 embed-english-v3.0 embed-multilingual-light-v3.0
        embed-multilingual-v3.0 rerank-english-v3.0 rerank-multilingual-v3.0 rerank-v3.5
        cohere/embed-v4.0 cohere/embed-v5.0-fast cohere/embed-v5.0-pro cohere/parse-v5.0
    """),
    *_group("litellm-prices", "databricks", ids="""
        databricks/ai_decide databricks/databricks-claude-sonnet-4-6
        databricks/databricks-gemini-3-7-flash databricks/databricks-gpt-5-4-pro
        databricks/databricks-gpt-oss-120b
    """),
    *_group("litellm-prices", "deepgram", ids="""
        deepgram/aura deepgram/nova-2-video deepgram/nova-3-medical deepgram/streaming/diarize
        deepgram/streaming/nova-3-multilingual
    """),
    *_group("litellm-prices", "deepinfra", ids="""
        deepinfra/ByteDance/Seed-1.8 deepinfra/Qwen/Qwen3-VL-30B-A3B-Instruct
        deepinfra/anthropic/claude-sonnet-5 deepinfra/google/gemma-4-26B-A4B-it
        deepinfra/moonshotai/Kimi-K2-Instruct-0905
    """),
    *_group("litellm-prices", "deepseek", ids="""
        deepseek-chat deepseek-flash deepseek-reasoner deepseek-v4-flash
        deepseek-v4-flash-vision-exp deepseek-v4-pro deepseek/deepseek-chat
        deepseek/deepseek-flash deepseek/deepseek-reasoner deepseek/deepseek-v3.2
        deepseek/deepseek-v4-flash-vision-exp
    """),
    *_group("litellm-prices", "digitalocean", ids="""
        gradient_ai/alibaba-qwen3-32b gradient_ai/anthropic-claude-3.5-haiku
        gradient_ai/anthropic-claude-3.7-sonnet gradient_ai/llama3-8b-instruct
        gradient_ai/mistral-nemo-instruct-2407
    """),
    *_group("litellm-prices", "elevenlabs", ids="""
        elevenlabs/eleven_flash_v2 elevenlabs/eleven_multilingual_v2
        elevenlabs/eleven_turbo_v2_5 elevenlabs/eleven_v3_conversational
        elevenlabs/eleven_v4_turbo
    """),
    *_group("litellm-prices", "exa", ids="""
        exa_ai/search
    """),
    *_group("litellm-prices", "fal", ids="""
        fal_ai/bria/text-to-image/3.2 fal_ai/fal-ai/bytedance/seedream/v3/text-to-image
        fal_ai/fal-ai/imagen4/preview fal_ai/fal-ai/stable-diffusion-v35-medium
        fal_ai/minimax/h3-max/recast
    """),
    *_group("litellm-prices", "featherless", ids="""
        featherless_ai/featherless-ai/Qwerky-72B featherless_ai/featherless-ai/Qwerky-QwQ-32B
    """),
    *_group("litellm-prices", "firecrawl", ids="""
        firecrawl/search
    """),
    *_group("litellm-prices", "fireworks", ids="""
        fireworks_ai/WhereIsAI/UAE-Large-V1 fireworks_ai/accounts/fireworks/models/ember-1
        fireworks_ai/accounts/fireworks/models/llama-v3-8b-instruct-hf
        fireworks_ai/accounts/fireworks/models/qwen2-vl-2b-instruct
        fireworks_ai/accounts/fireworks/models/qwen3p8-max
    """),
    *_group("litellm-prices", "friendliai", ids="""
        friendliai/MiniMaxAI/MiniMax-M2.5 friendliai/deepseek-ai/DeepSeek-V3.2
        friendliai/google/gemma-4-31B-it friendliai/zai-org/GLM-5.1 friendliai/zai-org/GLM-5.2
    """),
    *_group("litellm-prices", "github", ids="""
        github_copilot/claude-fable-5 github_copilot/claude-sonnet-5.5
        github_copilot/gpt-4.1-2025-04-14 github_copilot/gpt-5.4 github_copilot/gpt-6.1-sol
    """),
    *_group("litellm-prices", "gmi", ids="""
        gmi/MiniMaxAI/MiniMax-M2 gmi/Qwen/Qwen3.8-27B gmi/deepseek-ai/DeepSeek-V3.2
        gmi/meta-llama/Llama-4-Scout-17B-16E-Instruct gmi/openai/gpt-5.6-sol
    """),
    *_group("litellm-prices", "google", ids="""
        deep-research-pro-preview-12-2025 gemini-2.5-flash-native-audio-preview-09-2025
        gemini-3-flash-preview gemini-3.1-flash-image-preview gemini-3.1-flash-live-preview
        gemini-3.5-flash-lite gemini-3.8-flash-cyber gemini-embedding-2
        gemini-live-2.5-flash-preview-native-audio-09-2025 gemini-robotics-er-2-preview
        gemini/deep-research-max-preview-04-2026 gemini/gemini-omni-flash-preview
        vertex_ai/claude-opus-4-7 vertex_ai/gemini-3.5-flash vertex_ai/mistral-large-2411
    """),
    *_group("litellm-prices", "groq", ids="""
        groq/canopylabs/orpheus-arabic-saudi groq/meta-llama/llama-prompt-guard-2-22m
        groq/openai/gpt-oss-120b groq/openai/gpt-oss-safeguard-20b groq/whisper-large-v3
    """),
    *_group("litellm-prices", "hyperbolic", ids="""
        hyperbolic/NousResearch/Hermes-3-Llama-3.1-70B
        hyperbolic/Qwen/Qwen2.5-Coder-32B-Instruct hyperbolic/deepseek-ai/DeepSeek-R1-0528
        hyperbolic/meta-llama/Llama-3.2-3B-Instruct
        hyperbolic/meta-llama/Meta-Llama-3.1-405B-Instruct
    """),
    *_group("litellm-prices", "jina", ids="""
        jina-reranker-m0 jina-reranker-v2-base-multilingual jina-reranker-v3.5
    """),
    *_group("litellm-prices", "lambda", ids="""
        lambda_ai/deepseek-llama3.3-70b lambda_ai/hermes3-405b lambda_ai/lfm-7b
        lambda_ai/llama3.1-70b-instruct-fp8 lambda_ai/llama3.2-3b-instruct
    """),
    *_group("litellm-prices", "meta", ids="""
        meta_llama/Llama-3.3-70B-Instruct meta_llama/Llama-3.3-8B-Instruct
        meta_llama/Llama-4-Maverick-17B-128E-Instruct-FP8
        meta_llama/Llama-4-Scout-17B-16E-Instruct-FP8
    """),
    *_group("litellm-prices", "minimax", ids="""
        minimax/MiniMax-H3 minimax/MiniMax-M2 minimax/MiniMax-M2.1-lightning
        minimax/MiniMax-M2.5-lightning minimax/speech-02-hd
    """),
    *_group("litellm-prices", "mistral", ids="""
        text-completion-codestral/codestral-2405 text-completion-codestral/codestral-latest
        codestral/codestral-2405 mistral/ministral-14b-2512 mistral/mistral-large-4
        mistral/mistral-ocr-latest mistral/voxtral-mini-transcribe-realtime-2602
    """),
    *_group("litellm-prices", "moonshot", ids="""
        moonshot/kimi-k2.5 moonshot/kimi-k2.7-code moonshot/kimi-k3.1-pro
        moonshot/moonshot-v1-128k moonshot/moonshot-v1-32k
    """),
    *_group("litellm-prices", "nebius", ids="""
        nebius/BAAI/bge-en-icl nebius/Qwen/Qwen2.5-Coder-7B nebius/deepseek-ai/DeepSeek-R1
        nebius/meta-llama/Llama-3.3-70B-Instruct nebius/nvidia/Llama-3.3-Nemotron-Super-49B-v1
    """),
    *_group("litellm-prices", "novita", ids="""
        novita/Sao10K/L3-8B-Stheno-v3.2 novita/deepseek/deepseek-v3.2-exp
        novita/microsoft/wizardlm-2-8x22b novita/paddlepaddle/paddleocr-vl
        novita/qwen/qwen3.6-35b-a3b
    """),
    *_group("litellm-prices", "nscale", ids="""
        nscale/Qwen/QwQ-32B nscale/Qwen/Qwen2.5-Coder-7B-Instruct
        nscale/deepseek-ai/DeepSeek-R1-Distill-Llama-8B
        nscale/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B nscale/meta-llama/Llama-3.3-70B-Instruct
    """),
    *_group("litellm-prices", "nvidia", ids="""
        nvidia_nim/nvidia/llama-3_2-nv-rerankqa-1b-v2
        nvidia_nim/nvidia/nv-rerankqa-mistral-4b-v3
        nvidia_nim/ranking/nvidia/llama-3.2-nv-rerankqa-1b-v2
    """),
    *_group("litellm-prices", "ollama", ids="""
        ollama/codegeex4 ollama/deepseek-coder-v2-lite-base ollama/internlm2_5-20b-chat
        ollama/llama2:7b ollama/mistral
    """),
    *_group("litellm-prices", "openai", ids="""
        babbage-002 ft:gpt-4.1-2025-04-14 gpt-4o-mini-tts-2025-03-20 gpt-5.3-chat-latest
        gpt-5.5-2026-04-23 gpt-6-astra-law gpt-daybreak-blue-latest gpt-realtime-1.5
        gpt-transcribe sora-2 openai/sora-2 openai/sora-2-pro openai/sora-2-pro-high-res
    """),
    *_group("litellm-prices", "oracle", ids="""
        oci/cohere.command-a-03-2025 oci/cohere.embed-english-image-v3.0
        oci/google.gemini-2.5-flash-lite oci/meta.llama-4-scout-17b-16e-instruct oci/xai.grok-4
    """),
    *_group("litellm-prices", "ovhcloud", ids="""
        ovhcloud/DeepSeek-R1-Distill-Llama-70B ovhcloud/Meta-Llama-3_3-70B-Instruct
        ovhcloud/Mistral-Small-3.2-24B-Instruct-2506 ovhcloud/Qwen2.5-VL-72B-Instruct
        ovhcloud/gpt-oss-20b
    """),
    *_group("litellm-prices", "perplexity", ids="""
        perplexity/anthropic/claude-fable-5 perplexity/google/gemini-3-pro-preview
        perplexity/openai/gpt-5.3-codex perplexity/perplexity/nemotron-3-ultra-550b-a55b
        perplexity/preset/deep-research
    """),
    *_group("litellm-prices", "recraft", ids="""
        recraft/recraftv2 recraft/recraftv3
    """),
    *_group("litellm-prices", "replicate", ids="""
        replicate/anthropic/claude-3.5-haiku replicate/deepseek-ai/deepseek-v3.1
        replicate/meta/llama-2-7b replicate/mistralai/mixtral-8x7b-instruct-v0.1
        replicate/openai/gpt-5-nano
    """),
    *_group("litellm-prices", "runway", ids="""
        runwayml/aleph2 runwayml/gemini_omni_flash runwayml/gen4_image runwayml/gen4_turbo
        runwayml/seedance2
    """),
    *_group("litellm-prices", "sagemaker", ids="""
        sagemaker/meta-textgeneration-llama-2-13b sagemaker/meta-textgeneration-llama-2-13b-f
        sagemaker/meta-textgeneration-llama-2-70b sagemaker/meta-textgeneration-llama-2-70b-b-f
        sagemaker/meta-textgeneration-llama-2-7b
    """),
    *_group("litellm-prices", "sambanova", ids="""
        sambanova/DeepSeek-R1 sambanova/DeepSeek-V3.1 sambanova/DeepSeek-V3.2
        sambanova/Llama-4-Maverick-17B-128E-Instruct sambanova/Meta-Llama-3.3-70B-Instruct
    """),
    *_group("litellm-prices", "scaleway", ids="""
        scaleway/BAAI/bge-multilingual-gemma2 scaleway/google/gemma-4-26b-a4b-it
        scaleway/mistralai/mistral-small-3.2-24b-instruct-2506 scaleway/openai/whisper-large-v3
        scaleway/qwen/qwen3-embedding-8b
    """),
    *_group("litellm-prices", "serper", ids="""
        serper/search
    """),
    *_group("litellm-prices", "snowflake", ids="""
        snowflake/claude-3-5-sonnet snowflake/deepseek-r1 snowflake/llama3-8b
        snowflake/llama4-maverick snowflake/openai-gpt-5-mini
    """),
    *_group("litellm-prices", "stability", ids="""
        stability/conservative stability/inpaint stability/sd3 stability/sd3.5-large
        stability/search-and-replace
    """),
    *_group("litellm-prices", "tavily", ids="""
        tavily/search tavily/search-advanced
    """),
    *_group("litellm-prices", "together", ids="""
        together_ai/BAAI/bge-base-en-v1.5 together_ai/Qwen/Qwen3-Next-80B-A3B-Thinking
        together_ai/deepseek-ai/DeepSeek-V3 together_ai/meta-llama/Meta-Llama-3.1-8B
        together_ai/nvidia/NVIDIA-Nemotron-3.5-Super-VL
    """),
    *_group("litellm-prices", "vercel", ids="""
        vercel_ai_gateway/anthropic/claude-3-5-sonnet vercel_ai_gateway/deepseek/deepseek-v3
        vercel_ai_gateway/meta/llama-3.3-70b vercel_ai_gateway/mistral/pixtral-large
        vercel_ai_gateway/openai/text-embedding-3-large
    """),
    *_group("litellm-prices", "volcengine", ids="""
        deepseek-v3-2-251201 doubao-embedding doubao-embedding-large
        doubao-embedding-large-text-240915 doubao-embedding-large-text-250515
        doubao-embedding-text-240715 glm-4-7-251222 kimi-k2-thinking-251104
        volcengine/doubao-seed-2-0-code-preview-260215 volcengine/doubao-seed-2-0-mini-260215
        volcengine/doubao-seed-2-1-lite-260915 volcengine/doubao-seed-2-1-pro-260915
        volcengine/doubao-seedance-2-0-260128
    """),
    *_group("litellm-prices", "voyage", ids="""
        voyage/rerank-1 voyage/rerank-3-lite voyage/voyage-3.5 voyage/voyage-code-3
        voyage/voyage-large-2-instruct
    """),
    *_group("litellm-prices", "wandb", ids="""
        wandb/JetBrains/Mellum2-12B-A2.5B-Instruct wandb/Qwen/Qwen3.6-35B-A3B
        wandb/deepseek-ai/DeepSeek-V4-Pro-0813 wandb/ibm-granite/granite-4.2-8b
        wandb/moonshotai/Kimi-K2.7-Code
    """),
    *_group("litellm-prices", "watsonx", ids="""
        watsonx/bigscience/mt0-xxl watsonx/ibm/granite-3-3-8b-instruct
        watsonx/ibm/granite-ttm-1536-96-r2 watsonx/meta-llama/llama-3-2-90b-vision-instruct
        watsonx/mistralai/mistral-medium-2505
    """),
    *_group("litellm-prices", "xai", ids="""
        xai/grok-4.20 xai/grok-4.20-experimental-beta-0304-non-reasoning
        xai/grok-4.20-non-reasoning xai/grok-4.7 xai/grok-imagine-image-quality-20260403
    """),
    *_group("litellm-prices", "zhipu", ids="""
        bigmodel/glm-5.3 bigmodel/glm-5.3-flash bigmodel/glm-5.3-flashx zai/glm-4-32b-0414-128k
        zai/glm-4.5-airx zai/glm-4.5v zai/glm-4.7-flash zai/glm-5.1
    """),
    # Calls as production logs hold them: a model and the endpoint it went to. The host decides
    # whoever made the model (Claude on Vertex or Azure, gpt-oss on Bedrock, FLUX on Together).
    # Without an endpoint: Bedrock ARNs and inference profiles are Bedrock's; OpenRouter's
    # ":free"/":nitro"/":thinking" variants are OpenRouter's; a maker's closed family under its
    # org ("google/gemini-2.5-pro", "x-ai/grok-4") is shown as the maker, the likeliest biller;
    # a lower-case open-weight "<org>/<model>" stays a Hub id, billed by the Hub's router.
    *_calls("openai-api-ref", """
        openai | openai | gpt-4o | https://api.openai.com/v1/chat/completions
        openai | - | text-embedding-3-small | https://api.openai.com/v1/embeddings
        openai | image_edit | gpt-image-1 | https://api.openai.com/v1/images/generations
        openai | audio | whisper-1 | https://api.openai.com/v1/audio/transcriptions
        openai | openai | ft:gpt-4o-mini-2024-07-18:my-org:custom-suffix:9abcDEF1 | -
        openai | - | ft:gpt-3.5-turbo-0125:acme::8xYz | -
        openai | audio | gpt-4o-mini-tts | -
        openai | - | o3-deep-research | -
        openai | - | gpt-realtime | -
        openai | video | sora-2-pro | -
    """),
    *_calls("anthropic-api-ref", """
        anthropic | anthropic | claude-sonnet-4-5 | https://api.anthropic.com/v1/messages
        anthropic | - | claude-3-5-haiku-latest | https://api.anthropic.com/v1/messages/batches
    """),
    *_calls("gemini-api-ref", """
        google | gemini | gemini-2.5-flash | https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent
        google | openai | gemini-2.0-flash | https://generativelanguage.googleapis.com/v1beta/openai/chat/completions
        google | - | text-embedding-004 | https://generativelanguage.googleapis.com/v1beta/models/text-embedding-004:embedContent
        google | image_edit | gemini-2.5-flash-image | -
        google | stability | imagen-4.0-generate-001 | -
        google | video | veo-3.1-generate-preview | -
        google | audio | gemini-2.5-flash-preview-tts | -
    """),
    *_calls("vertex-ai-ref", """
        google | gemini | gemini-2.0-flash | https://us-central1-aiplatform.googleapis.com/v1/projects/my-proj/locations/us-central1/publishers/google/models/gemini-2.0-flash:generateContent
        google | anthropic | claude-3-5-sonnet-v2@20241022 | https://us-east5-aiplatform.googleapis.com/v1/projects/my-proj/locations/us-east5/publishers/anthropic/models/claude-3-5-sonnet-v2@20241022:streamRawPredict
        google | gemini | gemini-2.5-pro | https://aiplatform.googleapis.com/v1/projects/my-proj/locations/global/publishers/google/models/gemini-2.5-pro:generateContent
        google | mistral | mistral-large@2407 | https://europe-west4-aiplatform.googleapis.com/v1/projects/p/locations/europe-west4/publishers/mistralai/models/mistral-large@2407:rawPredict
        google | stability | imagen-3.0-generate-002 | https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google/models/imagen-3.0-generate-002:predict
        google | video | veo-3.0-generate-001 | https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google/models/veo-3.0-generate-001:predictLongRunning
        google | - | meta/llama-3.3-70b-instruct-maas | https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/endpoints/openapi/chat/completions
        google | - | projects/my-project/locations/us-central1/endpoints/1234567890 | -
        google | - | publishers/anthropic/models/claude-opus-4@20250514 | -
        google | gemini | projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash-001 | -
        google | - | vertex_ai/meta/llama-4-maverick-17b-128e-instruct-maas | -
        google | anthropic | claude-opus-4-1@20250805 | -
        google | - | claude-3-7-sonnet@20250219 | -
        google | - | codestral-2501@001 | -
    """),
    *_calls("aws-api-ref", """
        bedrock | anthropic | anthropic.claude-3-5-sonnet-20240620-v1:0 | https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-5-sonnet-20240620-v1:0/converse
        bedrock | anthropic | eu.anthropic.claude-3-7-sonnet-20250219-v1:0 | https://bedrock-runtime.eu-central-1.amazonaws.com/model/eu.anthropic.claude-3-7-sonnet-20250219-v1:0/invoke
        bedrock | anthropic | us.anthropic.claude-3-7-sonnet-20250219-v1:0 | https://bedrock-runtime.us-west-2.amazonaws.com/model/arn%3Aaws%3Abedrock%3Aus-west-2%3A123456789012%3Ainference-profile%2Fus.anthropic.claude-3-7-sonnet-20250219-v1%3A0/converse
        bedrock | - | anthropic.claude-3-haiku-20240307-v1:0 | https://bedrock-runtime.us-gov-west-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1:0/invoke
        bedrock | - | amazon.titan-embed-text-v2:0 | https://bedrock-runtime-fips.us-east-1.amazonaws.com/model/amazon.titan-embed-text-v2:0/invoke
        bedrock | openai | openai.gpt-oss-120b-1:0 | https://bedrock-runtime.us-west-2.amazonaws.com/openai/v1/chat/completions
        bedrock | - | meta.llama3-1-70b-instruct-v1:0 | /model/meta.llama3-1-70b-instruct-v1:0/converse-stream
        bedrock | - | us.anthropic.claude-sonnet-4-20250514-v1:0 | https://bedrock-agent-runtime.us-east-1.amazonaws.com/retrieveAndGenerate
        sagemaker | - | my-llama-endpoint | https://runtime.sagemaker.us-east-1.amazonaws.com/endpoints/my-llama-endpoint/invocations
        bedrock | anthropic | arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-7-sonnet-20250219-v1:0 | -
        bedrock | - | arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-3-haiku-20240307-v1:0 | -
        bedrock | - | arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6 | -
        bedrock | - | arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdefghijkl | -
        bedrock | - | arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us-gov.anthropic.claude-3-5-sonnet-20240620-v1:0 | -
        bedrock | anthropic | global.anthropic.claude-sonnet-4-5-20250929-v1:0 | -
        bedrock | - | apac.anthropic.claude-3-5-sonnet-20240620-v1:0 | -
        bedrock | video | us.twelvelabs.pegasus-1-2-v1:0 | -
        bedrock | - | cohere.embed-english-v3 | -
        bedrock | - | amazon.titan-embed-text-v2:0 | -
        bedrock | stability | stability.sd3-5-large-v1:0 | -
        bedrock | video | luma.ray-v2:0 | -
        bedrock | video | amazon.nova-reel-v1:0 | -
        bedrock | - | twelvelabs.marengo-embed-2-7-v1:0 | -
        bedrock | - | bedrock/converse/us.anthropic.claude-3-7-sonnet-20250219-v1:0 | -
    """),
    *_calls("azure-ai-ref", """
        azure | openai | gpt-4o | https://myresource.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21
        azure | openai | my-gpt4o-deployment | https://contoso-eastus.openai.azure.com/openai/deployments/my-gpt4o-deployment/chat/completions?api-version=2025-01-01-preview
        azure | openai | gpt-4.1-mini | https://myresource.openai.azure.com/openai/v1/chat/completions
        azure | - | text-embedding-3-large | https://myresource.openai.azure.com/openai/deployments/text-embedding-3-large/embeddings?api-version=2024-02-01
        azure | image_edit | dall-e-3 | https://myresource.openai.azure.com/openai/deployments/dall-e-3/images/generations?api-version=2024-02-01
        azure | audio | whisper | https://myresource.openai.azure.com/openai/deployments/whisper/audio/transcriptions?api-version=2024-06-01
        azure | - | DeepSeek-R1 | https://myresource.services.ai.azure.com/models/chat/completions?api-version=2024-05-01-preview
        azure | anthropic | claude-sonnet-4-5 | https://myresource.services.ai.azure.com/anthropic/v1/messages
        azure | openai | gpt-4o | https://myresource.cognitiveservices.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21
        azure | - | Meta-Llama-3.1-405B-Instruct | https://Meta-Llama-3-1-405B-Instruct-xyz.eastus2.models.ai.azure.com/v1/chat/completions
        azure | mistral | Mistral-large-2407 | https://mistral-large-2407-abc.eastus.inference.ai.azure.com/v1/chat/completions
        azure | openai | gpt-4o | /openai/deployments/gpt-4o/chat/completions
    """),
    *_calls("provider-api-refs", """
        deepseek | - | deepseek-chat | https://api.deepseek.com/chat/completions
        deepseek | - | deepseek-reasoner | https://api.deepseek.com/v1/chat/completions
        deepseek | - | deepseek-chat | https://api.deepseek.com/beta/completions
        moonshot | - | kimi-k2-0711-preview | https://api.moonshot.ai/v1/chat/completions
        moonshot | - | moonshot-v1-8k | https://api.moonshot.cn/v1/chat/completions
        moonshot | anthropic | kimi-k2-turbo-preview | https://api.moonshot.ai/anthropic/v1/messages
        alibaba | - | qwen-plus | https://dashscope-intl.aliyuncs.com/compatible-mode/v1/chat/completions
        alibaba | - | qwen-max | https://dashscope.aliyuncs.com/api/v1/services/aigc/text-generation/generation
        alibaba | video | wan2.1-t2v-turbo | https://dashscope-intl.aliyuncs.com/api/v1/services/aigc/video-generation/video-synthesis
        alibaba | - | qwen3-coder-plus | https://dashscope-us.aliyuncs.com/compatible-mode/v1/chat/completions
        alibaba | stability | qwen-image | https://dashscope.aliyuncs.com/api/v1/services/aigc/multimodal-generation/generation
        mistral | mistral | mistral-large-latest | https://api.mistral.ai/v1/chat/completions
        mistral | mistral | codestral-latest | https://codestral.mistral.ai/v1/fim/completions
        mistral | - | mistral-ocr-latest | https://api.mistral.ai/v1/ocr
        mistral | - | mistral-embed | https://api.mistral.ai/v1/embeddings
        groq | - | llama-3.3-70b-versatile | https://api.groq.com/openai/v1/chat/completions
        groq | audio | whisper-large-v3-turbo | https://api.groq.com/openai/v1/audio/transcriptions
        groq | mistral | openai/gpt-oss-120b | https://api.groq.com/openai/v1/chat/completions
        together | stability | black-forest-labs/FLUX.1-schnell-Free | https://api.together.xyz/v1/images/generations
        together | - | meta-llama/Llama-3.3-70B-Instruct-Turbo | https://api.together.ai/v1/chat/completions
        fireworks | - | accounts/fireworks/models/llama-v3p1-8b-instruct | https://api.fireworks.ai/inference/v1/chat/completions
        fireworks | stability | accounts/fireworks/models/flux-1-schnell-fp8 | https://api.fireworks.ai/inference/v1/workflows/accounts/fireworks/models/flux-1-schnell-fp8/text_to_image
        deepinfra | mistral | meta-llama/Meta-Llama-3.1-8B-Instruct | https://api.deepinfra.com/v1/openai/chat/completions
        deepinfra | stability | stabilityai/sdxl-turbo | https://api.deepinfra.com/v1/inference/stabilityai/sdxl-turbo
        xai | - | grok-4 | https://api.x.ai/v1/chat/completions
        xai | image_edit | grok-2-image | https://api.x.ai/v1/images/generations
        perplexity | - | sonar-pro | https://api.perplexity.ai/chat/completions
        cohere | - | command-a-03-2025 | https://api.cohere.com/v2/chat
        cohere | - | embed-english-v3.0 | https://api.cohere.ai/v1/embed
        cohere | - | rerank-v3.5 | https://api.cohere.com/v2/rerank
        cerebras | - | llama-3.3-70b | https://api.cerebras.ai/v1/chat/completions
        sambanova | - | Meta-Llama-3.3-70B-Instruct | https://api.sambanova.ai/v1/chat/completions
        openrouter | anthropic | anthropic/claude-sonnet-4 | https://openrouter.ai/api/v1/chat/completions
        openrouter | gemini | google/gemini-2.5-pro | https://openrouter.ai/api/v1/chat/completions
        openrouter | openai | openai/gpt-4o | https://openrouter.ai/api/v1/completions
        replicate | stability | black-forest-labs/flux-schnell | https://api.replicate.com/v1/models/black-forest-labs/flux-schnell/predictions
        replicate | video | google/veo-3 | https://api.replicate.com/v1/models/google/veo-3/predictions
        replicate | stability | stability-ai/sdxl:39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b | https://api.replicate.com/v1/predictions
        wavespeed | video | google/veo3.1/image-to-video | -
        stability | stability | stable-image-ultra | https://api.stability.ai/v2beta/stable-image/generate/ultra
        stability | stability | sd3.5-large | https://api.stability.ai/v2beta/stable-image/generate/sd3
        elevenlabs | audio | eleven_multilingual_v2 | https://api.elevenlabs.io/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM
        elevenlabs | audio | scribe_v1 | https://api.elevenlabs.io/v1/speech-to-text
        black-forest-labs | stability | flux-pro-1.1 | https://api.bfl.ai/v1/flux-pro-1.1
        black-forest-labs | image_edit | flux-kontext-pro | https://api.bfl.ml/v1/flux-kontext-pro
        fal | stability | fal-ai/flux/dev | https://fal.run/fal-ai/flux/dev
        fal | video | fal-ai/kling-video/v2.1/master/text-to-video | https://queue.fal.run/fal-ai/kling-video/v2.1/master/text-to-video
        nvidia | - | meta/llama-3.1-405b-instruct | https://integrate.api.nvidia.com/v1/chat/completions
        nebius | mistral | meta-llama/Meta-Llama-3.1-70B-Instruct | https://api.studio.nebius.com/v1/chat/completions
        novita | - | deepseek/deepseek-r1 | https://api.novita.ai/v3/openai/chat/completions
        hyperbolic | mistral | meta-llama/Llama-3.3-70B-Instruct | https://api.hyperbolic.xyz/v1/chat/completions
        luma | video | ray-2 | https://api.lumalabs.ai/dream-machine/v1/generations
        runway | video | gen4_turbo | https://api.dev.runwayml.com/v1/image_to_video
        deepgram | audio | nova-3 | https://api.deepgram.com/v1/listen?model=nova-3
        voyage | - | voyage-3-large | https://api.voyageai.com/v1/embeddings
        jina | - | jina-embeddings-v3 | https://api.jina.ai/v1/embeddings
        ai21 | - | jamba-large | https://api.ai21.com/studio/v1/chat/completions
        minimax | - | MiniMax-M1 | https://api.minimax.io/v1/text/chatcompletion_v2
        minimax | audio | speech-02-hd | https://api.minimaxi.com/v1/t2a_v2
        zhipu | - | glm-4.5 | https://open.bigmodel.cn/api/paas/v4/chat/completions
        zhipu | - | glm-4.6 | https://api.z.ai/api/paas/v4/chat/completions
        zhipu | anthropic | glm-4.6 | https://api.z.ai/api/anthropic/v1/messages
        volcengine | - | doubao-seed-1-6-250615 | https://ark.cn-beijing.volces.com/api/v3/chat/completions
        volcengine | video | seedance-1-0-pro-250528 | https://ark.ap-southeast.bytepluses.com/api/v3/contents/generations/tasks
        meta | - | Llama-4-Maverick-17B-128E-Instruct-FP8 | https://api.llama.com/v1/chat/completions
        tavily | tavily | - | https://api.tavily.com/search
        serper | serper | - | https://google.serper.dev/search
        exa | metaphor | - | https://api.exa.ai/search
        firecrawl | firecrawl | - | https://api.firecrawl.dev/v1/scrape
        ollama | - | llama3.2 | http://localhost:11434/api/chat
        ollama | - | qwen2.5:7b | http://127.0.0.1:11434/v1/chat/completions
        cloudflare | - | @cf/meta/llama-3.1-8b-instruct | https://api.cloudflare.com/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/ai/run/@cf/meta/llama-3.1-8b-instruct
        cloudflare | stability | @cf/black-forest-labs/flux-1-schnell | -
        openai | openai | gpt-4o-mini | https://gateway.ai.cloudflare.com/v1/acct123/my-gateway/openai/chat/completions
        watsonx | - | ibm/granite-3-8b-instruct | https://us-south.ml.cloud.ibm.com/ml/v1/text/chat?version=2024-05-01
        siliconflow | - | deepseek-ai/DeepSeek-V3 | https://api.siliconflow.cn/v1/chat/completions
        siliconflow | mistral | Qwen/Qwen2.5-72B-Instruct | https://api.siliconflow.com/v1/chat/completions
        baseten | - | deepseek-ai/DeepSeek-V3-0324 | https://inference.baseten.co/v1/chat/completions
        github | openai | openai/gpt-4.1 | https://models.github.ai/inference/chat/completions
        github | anthropic | claude-sonnet-4 | https://api.githubcopilot.com/chat/completions
        oracle | - | cohere.command-r-plus | https://inference.generativeai.us-chicago-1.oci.oraclecloud.com/20231130/actions/chat
        lambda | - | llama3.3-70b-instruct-fp8 | https://api.lambda.ai/v1/chat/completions
        snowflake | anthropic | claude-3-5-sonnet | https://myorg-myaccount.snowflakecomputing.com/api/v2/cortex/inference:complete
        databricks | - | databricks-meta-llama-3-3-70b-instruct | https://adb-1234567890123456.7.azuredatabricks.net/serving-endpoints/databricks-meta-llama-3-3-70b-instruct/invocations
        databricks | anthropic | databricks-claude-3-7-sonnet | https://dbc-a1b2c3d4-e5f6.cloud.databricks.com/serving-endpoints/chat/completions
        vercel | anthropic | anthropic/claude-sonnet-4 | https://ai-gateway.vercel.sh/v1/chat/completions
        aimlapi | openai | gpt-4o | https://api.aimlapi.com/v1/chat/completions
        featherless | - | featherless-ai/Qwerky-72B | https://api.featherless.ai/v1/chat/completions
        friendliai | - | meta-llama-3.3-70b-instruct | https://api.friendli.ai/serverless/v1/chat/completions
        nscale | - | Qwen/QwQ-32B | https://inference.api.nscale.com/v1/chat/completions
        ovhcloud | - | Meta-Llama-3_3-70B-Instruct | https://oai.endpoints.kepler.ai.cloud.ovh.net/v1/chat/completions
        scaleway | - | llama-3.3-70b-instruct | https://api.scaleway.ai/v1/chat/completions
        wandb | - | openai/gpt-oss-120b | https://api.inference.wandb.ai/v1/chat/completions
        assemblyai | audio | best | https://api.assemblyai.com/v2/transcript
        recraft | stability | recraftv3 | https://external.api.recraft.ai/v1/images/generations
    """),
    *_calls("hf-inference-providers", """
        huggingface | mistral | meta-llama/Llama-3.1-8B-Instruct | https://router.huggingface.co/v1/chat/completions
        huggingface | stability | black-forest-labs/FLUX.1-dev | https://router.huggingface.co/hf-inference/models/black-forest-labs/FLUX.1-dev
        huggingface | mistral | gpt2 | https://api-inference.huggingface.co/models/gpt2
        huggingface | mistral | tgi | https://xyz123.us-east-1.aws.endpoints.huggingface.cloud/v1/chat/completions
        huggingface | mistral | Qwen/Qwen2.5-72B-Instruct | https://router.huggingface.co/together/v1/chat/completions
        huggingface | mistral | deepseek-ai/DeepSeek-V3-0324:fireworks-ai | -
        huggingface | mistral | meta-llama/Llama-3.1-8B-Instruct:nebius | -
        huggingface | mistral | Qwen/Qwen2.5-VL-7B-Instruct:hyperbolic | -
        huggingface | mistral | openai/gpt-oss-20b:nscale | -
        huggingface | mistral | meta-llama/Llama-3.3-70B-Instruct:ovhcloud | -
        huggingface | mistral | Qwen/Qwen3-235B-A22B:scaleway | -
        huggingface | mistral | swiss-ai/Apertus-8B-Instruct-2509:publicai | -
        huggingface | mistral | CohereLabs/c4ai-command-r-plus:cohere | -
        huggingface | mistral | openai/gpt-oss-120b:novita | -
        huggingface | mistral | Qwen/Qwen3-Coder-30B-A3B-Instruct:preferred | -
        huggingface | stability | stabilityai/stable-diffusion-xl-base-1.0:hf-inference | -
        huggingface | video | Wan-AI/Wan2.2-T2V-A14B:fal-ai | -
        huggingface | audio | hexgrad/Kokoro-82M:fal-ai | -
        huggingface | audio | openai/whisper-large-v3:hf-inference | -
    """),
    *_calls("wavespeed-docs", """
        wavespeed | image_edit | google/nano-banana-pro/edit | https://api.wavespeed.ai/api/v3/google/nano-banana-pro/edit
        wavespeed | video | wavespeed-ai/wan-2.2/image-to-video | https://api.wavespeed.ai/api/v3/wavespeed-ai/wan-2.2/image-to-video
        wavespeed | video | - | https://api.wavespeed.ai/api/v3/predictions/abc123/result
        wavespeed | image_edit | google/nano-banana/edit | -
        wavespeed | image_edit | google/nano-banana-pro/edit | -
        wavespeed | image_edit | bytedance/seedream-v4 | -
        wavespeed | video | openai/sora-2/text-to-video | -
    """),
    *_calls("openrouter-models", """
        google | gemini | google/gemini-2.5-pro | -
        google | - | google/gemini-2.5-flash-lite | -
        google | - | google/gemini-3-pro-preview | -
        openai | - | openai/gpt-4o-mini | -
        openai | - | openai/o3-mini | -
        openrouter | - | deepseek/deepseek-chat-v3-0324:free | -
        openrouter | mistral | meta-llama/llama-3.3-70b-instruct:free | -
        openrouter | - | qwen/qwen3-235b-a22b:free | -
        openrouter | - | moonshotai/kimi-k2:free | -
        openrouter | - | z-ai/glm-4.5-air:free | -
        openrouter | - | openai/gpt-oss-120b:nitro | -
        openrouter | - | anthropic/claude-3.7-sonnet:thinking | -
        openrouter | - | openai/gpt-4o:online | -
        openrouter | - | openai/gpt-oss-120b:exacto | -
        anthropic | - | anthropic/claude-sonnet-4 | -
        anthropic | - | anthropic/claude-3.5-haiku | -
        xai | - | x-ai/grok-4 | -
        xai | - | x-ai/grok-code-fast-1 | -
        deepseek | - | deepseek/deepseek-chat | -
        mistral | - | mistralai/mistral-large-2411 | -
        mistral | - | mistralai/codestral-2501 | -
        perplexity | - | perplexity/sonar-reasoning-pro | -
        huggingface | mistral | meta-llama/llama-3.3-70b-instruct | -
        huggingface | mistral | qwen/qwen3-32b | -
    """),
    *_calls("volcengine-ark-docs", """
        volcengine | - | doubao-1-5-pro-32k-250115 | -
        volcengine | image_edit | doubao-seedream-4-0-250828 | -
        volcengine | - | deepseek-r1-250528 | -
    """),
    *_calls("cloudflare-workers-ai", """
        cloudflare | audio | @cf/openai/whisper | -
        cloudflare | - | @hf/thebloke/mistral-7b-instruct-v0.1-awq | -
    """),

    # Regional and sovereign hosts, and the makers whose bare names alone name their API.
    *_calls("provider-api-refs", """
        openai | openai | gpt-4o | https://eu.api.openai.com/v1/chat/completions
        azure | openai | gpt-4o | https://myresource.openai.azure.us/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21
        azure | audio | - | https://eastus.tts.speech.microsoft.com/cognitiveservices/v1
        google | gemini | gemini-2.5-pro | https://aiplatform.us-central1.rep.googleapis.com/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-pro:generateContent
        github | openai | gpt-4o | https://models.inference.ai.azure.com/chat/completions
        xai | - | grok-4 | https://us-east-1.api.x.ai/v1/chat/completions
        elevenlabs | audio | eleven_multilingual_v2 | https://api.eu.residency.elevenlabs.io/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM
        deepgram | audio | nova-3 | https://api.eu.deepgram.com/v1/listen
        moonshot | - | kimi-for-coding | https://api.kimi.com/coding/v1/chat/completions
        baidu | - | ernie-4.5-turbo-128k | https://qianfan.baidubce.com/v2/chat/completions
        tencent | - | hunyuan-turbos-latest | https://api.hunyuan.cloud.tencent.com/v1/chat/completions
        stepfun | - | step-2-16k | https://api.stepfun.com/v1/chat/completions
        01ai | - | yi-lightning | https://api.lingyiwanwu.com/v1/chat/completions
        baichuan | - | Baichuan4-Turbo | https://api.baichuan-ai.com/v1/chat/completions
        chutes | - | deepseek-ai/DeepSeek-V3-0324 | https://llm.chutes.ai/v1/chat/completions
        fireworks | audio | whisper-v3 | https://audio-prod.us-virginia-1.direct.fireworks.ai/v1/audio/transcriptions
        baidu | - | ernie-x1-turbo-32k | -
        tencent | - | hunyuan-t1-latest | -
        stepfun | - | step-1v-8k | -
        01ai | - | yi-large | -
        baichuan | - | Baichuan4-Air | -
        deepgram | audio | aura-2-thalia-en | -
        deepgram | audio | nova-2-medical | -
        black-forest-labs | stability | flux-kontext-pro | -
        black-forest-labs | stability | flux-pro-1.1-ultra | -
        alibaba | - | qwen2.5-72b-instruct | -
        alibaba | - | qwen3-235b-a22b | -
        volcengine | - | doubao-seed-1-6-flash-250715 | -
        volcengine | video | seedance-1-0-pro-250528 | -
        zhipu | - | glm-4-air-250414 | -
        zhipu | stability | cogview-4-250304 | -
        openai | - | text-davinci-003 | -
        huggingface | mistral | Snowflake/snowflake-arctic-embed-l-v2.0 | -
        openai | - | litellm_proxy/openai/gpt-5-pro | -
        google | - | litellm_proxy/google/gemini-2.5-pro | -
    """),
]
