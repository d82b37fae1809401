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
]
