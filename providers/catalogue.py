"""The provider catalogue: who can serve and bill an AI API call, and how to recognise them.

Every rule that detection uses lives here as data, read top to bottom. Adding a provider is
adding a ``Provider`` entry; nothing in ``providers.detection`` names a vendor. Order matters
where two entries could claim the same text: serving vendors whose ids mimic a model family
(Groq's ``mistral-saba-24b``, Cerebras' ``zai-glm-4.6``) come before the family's maker.

Pure Python on purpose: migrations, the bulk write path and plain scripts import it without
Django being configured.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ENUM_DEFAULTS",
    "HUB_ID_PROVIDER",
    "PROVIDERS",
    "Provider",
    "display_name",
    "get_provider",
    "provider_choices",
]


@dataclass(frozen=True, slots=True)
class Provider:
    """One vendor that serves and bills API calls, with the evidence that names it.

    Patterns are regular expressions matched (``re.match``, anchored at the start) against the
    lower-cased text, except ``id_patterns`` which are matched against the text as logged
    because letter case is part of those shapes.
    """

    slug: str
    display_name: str
    # API hosts: "api.openai.com", "*.openai.azure.com" (any subdomain), or a glob with one "*"
    # inside a label ("*-aiplatform.googleapis.com", "bedrock-runtime.*.amazonaws.com").
    # "localhost:11434" matches host and port together.
    hosts: tuple[str, ...] = ()
    # Path segments of an internal route that name this provider ("/video-generation/wavespeed").
    # None means just the slug; () means never (a slug such as "meta" is too common a word).
    route_names: tuple[str, ...] | None = None
    # Vendor REST paths distinctive enough to name the vendor without a host.
    endpoint_patterns: tuple[str, ...] = ()
    # Model-name prefixes of routers and client libraries (litellm's "groq/", "bedrock/"):
    # whatever follows, this provider served the call.
    route_prefixes: tuple[str, ...] = ()
    # Prefixes that are also a model maker's org name ("minimax/", "anthropic/"): they count
    # only on a two-segment id, so WaveSpeed's "minimax/hailuo-02/t2v-standard" is not taken.
    vendor_prefixes: tuple[str, ...] = ()
    # Prefixes that count only when the rest is one of this provider's own families:
    # "openai/gpt-4o" is a litellm route, "openai/gpt-oss-120b" is a Hugging Face Hub id.
    family_prefixes: tuple[str, ...] = ()
    # The part after the last ":" of an "<org>/<model>:<suffix>" id (routers' provider pickers).
    router_suffix_patterns: tuple[str, ...] = ()
    # Whole-id shapes with a rule id of their own: (rule, pattern), matched case-sensitively.
    id_patterns: tuple[tuple[str, str], ...] = ()
    # Model families this provider alone serves under these names (first-party ids, dated and
    # versioned, and vendor-specific serving ids). Also tried on the model part of an
    # all-lower-case "<org>/<model>" id, the form aggregators use.
    model_patterns: tuple[str, ...] = ()
    # Open-weight names this provider serves as a bare id ("gemma-3-27b-it" on the Gemini API);
    # never tried on "<org>/<model>", which is a Hub id anyone may serve.
    bare_model_patterns: tuple[str, ...] = ()
    # Whole "<org>/<model>" ids that only this provider issues (Together's "-Turbo" builds).
    hub_id_patterns: tuple[str, ...] = ()

    @property
    def route_segments(self) -> tuple[str, ...]:
        """Path segments that name this provider in an internal route."""
        return (self.slug,) if self.route_names is None else self.route_names


_HF_ROUTER_SUFFIX = (
    r"(?:fastest|cheapest|preferred|auto|hf-inference|groq|together|together-ai|fireworks-ai"
    r"|sambanova|cerebras|novita|nebius|hyperbolic|fal-ai|replicate|cohere|featherless-ai|nscale"
    r"|scaleway|ovhcloud|publicai|baseten|zai-org|wavespeed|deepinfra|clarifai|black-forest-labs)"
)

# A WaveSpeed task segment: "text-to-video", "i2v-standard", "edit", "t2v-480p", "pro"...
_TASK = (
    r"(?:[a-z0-9.]+-)*(?:(?:text|image|video|audio|speech|reference|ref|start-end-frame)-to-"
    r"(?:video|image|audio|speech|text|3d|music)|t2v|i2v|t2i|i2i|r2v|v2v|s2v|t2a|edit|upscaler?"
    r"|lipsync|extend|animate|fast|pro|standard|turbo|ultra|lite|plus|max|master|hd|sequential"
    r"|\d{3,4}p)(?:-[a-z0-9.]+)*"
)
# Chat-model families whose names end like a task ("gemini-2.5-pro", "grok-4-fast").
_CHAT_FAMILY = r"(?:gemini|gpt|claude|grok|o\d|llama|qwen|deepseek|mistral|kimi|glm|sonar|command)-"
_ORG = r"[a-z0-9][a-z0-9-]*"
_NAME = r"[a-z0-9][a-z0-9._-]*"

PROVIDERS: tuple[Provider, ...] = (
    Provider(
        slug="wavespeed",
        display_name="WaveSpeed",
        hosts=("api.wavespeed.ai", "wavespeed.ai"),
        route_names=("wavespeed", "wavespeedai", "wavespeed-ai"),
        endpoint_patterns=(
            r"/api/v3/(?:predictions/|wavespeed-ai/|" + _ORG + "/" + _NAME + "/" + _TASK + "$)",
        ),
        route_prefixes=("wavespeed/", "wavespeed_ai/"),
        id_patterns=(
            ("wavespeed-task-id", r"(?i:wavespeed-ai)/[\w.-]+(?:/[\w.-]+)?$"),
            # "<vendor>/<model>/<task>": three segments ending in a task (Hub ids have two). A
            # chat family in the last place ("<router>/google/gemini-2.5-pro") is a model, not a task.
            ("wavespeed-task-id", _ORG + "/" + _NAME + "/(?!" + _CHAT_FAMILY + ")" + _TASK + "$"),
            # Two lower-case segments naming a media task ("kwaivgi/kling-v2.1-i2v-pro").
            ("wavespeed-task-id", _ORG + r"/(?:[a-z0-9.]+-)*(?:t2v|i2v|t2i|r2v|s2v|v2v)(?:-[a-z0-9.]+)*$"),
            # A closed media model under its maker's org ("google/veo3", "bytedance/seedream-v4"):
            # first-party APIs never prefix the org, resellers do, and WaveSpeed is ours.
            (
                "wavespeed-task-id",
                _ORG + r"/(?:veo|imagen|sora|kling|hailuo|seedance|seedream|seededit|wan-|vidu"
                r"|pixverse|hunyuan-video|nano-banana|ltx|mmaudio|dia-tts)[a-z0-9._-]*$",
            ),
        ),
    ),
    Provider(
        slug="huggingface",
        display_name="Hugging Face",
        hosts=("router.huggingface.co", "api-inference.huggingface.co", "*.endpoints.huggingface.cloud",
               "huggingface.co"),
        route_names=("huggingface", "hugging-face", "hf", "hf-inference"),
        route_prefixes=("huggingface/", "hf-inference/", "hf_inference/"),
        router_suffix_patterns=(_HF_ROUTER_SUFFIX,),
    ),
    Provider(
        slug="openrouter",
        display_name="OpenRouter",
        hosts=("openrouter.ai",),
        route_prefixes=("openrouter/",),
        router_suffix_patterns=(r"(?:free|beta|nitro|floor|online|extended|thinking|exacto|self-moderated)",),
    ),
    Provider(
        slug="replicate",
        display_name="Replicate",
        hosts=("api.replicate.com", "replicate.com", "*.replicate.delivery"),
        route_prefixes=("replicate/",),
        router_suffix_patterns=(r"[0-9a-f]{32,64}",),  # "<owner>/<model>:<version hash>"
    ),
    Provider(
        slug="vercel",
        display_name="Vercel AI Gateway",
        hosts=("ai-gateway.vercel.sh",),
        route_prefixes=("vercel_ai_gateway/",),
    ),
    Provider(
        slug="aimlapi",
        display_name="AI/ML API",
        hosts=("api.aimlapi.com",),
        route_prefixes=("aiml/",),
    ),
    Provider(
        slug="bedrock",
        display_name="Amazon Bedrock",
        hosts=("bedrock-runtime.*.amazonaws.com", "bedrock.*.amazonaws.com",
               "bedrock-runtime-fips.*.amazonaws.com", "bedrock-agent-runtime.*.amazonaws.com",
               "bedrock-mantle.*.api.aws"),
        endpoint_patterns=(r"/model/[^/]+/(?:invoke|invoke-with-response-stream|converse|converse-stream)",),
        route_prefixes=("bedrock/", "bedrock_converse/", "bedrock_mantle/", "amazon-bedrock/",
                        "arn:aws:bedrock:", "arn:aws-us-gov:bedrock:", "arn:aws-cn:bedrock:"),
        id_patterns=(
            (
                "bedrock-id",
                r"(?:(?:us|eu|apac|jp|au|ca|in|us-gov|global)\.)?(?:anthropic|amazon|meta|cohere|ai21|mistral"
                r"|stability|deepseek|writer|openai|qwen|twelvelabs|luma|moonshotai|moonshot|minimax|google"
                r"|nvidia|xai|zai)\.[a-z0-9]",
            ),
            # Bedrock's "-v1:0" model version on an id logged without its maker's "anthropic.".
            ("bedrock-id", r"[a-z][a-z0-9.-]*-v\d+:\d+$"),
        ),
    ),
    Provider(
        slug="azure",
        display_name="Microsoft Azure",
        # Commercial, Government (".us") and China (".cn") clouds; speech services too.
        # "models.inference.ai.azure.com" itself is GitHub Models' endpoint (see "github").
        hosts=("*.openai.azure.com", "*.openai.azure.us", "*.openai.azure.cn",
               "*.cognitiveservices.azure.com", "*.cognitiveservices.azure.us",
               "*.services.ai.azure.com", "*.inference.ai.azure.com",
               "*.models.ai.azure.com", "*.api.cognitive.microsoft.com", "*.tts.speech.microsoft.com",
               "*.stt.speech.microsoft.com"),
        endpoint_patterns=(r"/openai/deployments/",),
        route_prefixes=("azure/", "azure_ai/", "azure_text/"),
    ),
    Provider(
        slug="google",
        display_name="Google",
        hosts=("generativelanguage.googleapis.com", "aiplatform.googleapis.com",
               "*-aiplatform.googleapis.com", "aiplatform.*.rep.googleapis.com",
               "texttospeech.googleapis.com", "speech.googleapis.com"),
        route_names=("google", "gemini", "vertex", "vertexai", "vertex-ai", "google-ai", "imagen", "veo"),
        endpoint_patterns=(
            r"/v1(?:beta|alpha)?\d?/(?:models|tunedmodels)/[^/]+:(?:generatecontent|streamgeneratecontent"
            r"|predict|predictlongrunning|embedcontent|batchembedcontents|counttokens|generateimages)",
            r"/v1(?:beta\d?)?/projects/[^/]+/locations/",
        ),
        # "models/gemini-1.5-pro" is the Gemini API's resource name; "projects/..." and
        # "publishers/..." are Vertex AI's, billed by Google Cloud whoever made the model.
        route_prefixes=("vertex_ai/", "vertex_ai_beta/", "vertex/", "gemini/", "google_genai/", "models/",
                        "tunedmodels/", "projects/", "publishers/"),
        # "claude-3-5-haiku@20241022", "mistral-large@2407", "jamba-1.5-mini@001": the "@version"
        # is Vertex AI's naming for publisher models; no other API writes versions that way.
        id_patterns=(("vertex-model-id", r"[A-Za-z0-9][\w.-]*@(?:\d{3,8}|latest|default)$"),),
        model_patterns=(
            r"gemini(?:-|$)", r"imagen-", r"veo-", r"text-embedding-00\d", r"text-multilingual-embedding",
            r"embedding-00\d", r"textembedding-gecko", r"(?:text|chat|code)-bison", r"learnlm-",
            r"chirp(?:-|$)", r"lyria-", r"medlm-", r"aqa$", r"multimodalembedding",
            r"text-embedding-(?:large-exp|preview)-", r"text-unicorn", r"deep-research-", r"nano-banana",
        ),
        bare_model_patterns=(r"gemma-\d",),  # "gemma2-9b-it" is Groq's naming
    ),
    # Serving vendors whose own ids look like a maker's family: before the makers.
    Provider(
        slug="groq",
        display_name="Groq",
        hosts=("api.groq.com",),
        route_prefixes=("groq/",),
        model_patterns=(
            r"[\w.-]+-(?:versatile|instant|specdec)$", r"llama3-(?:70|8)b-8192$",
            r"llama-3\.2-\d+b-(?:text|vision)-preview$",
            r"mixtral-8x7b-32768$", r"gemma2?-[\d.]+b-it$", r"llama-guard-3-8b$", r"llama3-groq-",
            r"deepseek-r1-distill-(?:llama-70b|qwen-32b)$", r"qwen-qwq-32b$", r"mistral-saba-24b$",
            r"qwen-2\.5-(?:coder-)?32b$", r"distil-whisper-", r"playai-tts", r"compound-beta",
        ),
        bare_model_patterns=(r"whisper-large-v3(?:-turbo)?$",),
    ),
    Provider(
        slug="cerebras",
        display_name="Cerebras",
        hosts=("api.cerebras.ai",),
        route_prefixes=("cerebras/",),
        model_patterns=(r"llama3\.1-\d+b$", r"llama-3\.3-70b$", r"qwen-3-\d+b", r"zai-glm-"),
    ),
    Provider(
        slug="sambanova",
        display_name="SambaNova",
        hosts=("api.sambanova.ai",),
        route_prefixes=("sambanova/",),
        model_patterns=(r"meta-llama-3\.\d-\d+b-instruct$", r"llama-4-maverick-17b-128e-instruct$"),
    ),
    Provider(
        slug="together",
        display_name="Together AI",
        hosts=("api.together.xyz", "api.together.ai"),
        route_prefixes=("together_ai/", "together/"),
        hub_id_patterns=(r"[^/]+/[\w.-]+-(?:turbo|lite|tput)$",),  # Together's own quantised builds
    ),
    Provider(
        slug="fireworks",
        display_name="Fireworks AI",
        hosts=("api.fireworks.ai", "*.direct.fireworks.ai"),
        route_prefixes=("fireworks_ai/", "fireworks/", "accounts/"),
    ),
    Provider(
        slug="deepinfra",
        display_name="DeepInfra",
        hosts=("api.deepinfra.com",),
        route_prefixes=("deepinfra/",),
    ),
    Provider(
        slug="novita",
        display_name="Novita AI",
        hosts=("api.novita.ai",),
        route_prefixes=("novita/",),
    ),
    Provider(
        slug="nebius",
        display_name="Nebius AI Studio",
        hosts=("api.studio.nebius.ai", "api.studio.nebius.com", "api.tokenfactory.nebius.com"),
        route_prefixes=("nebius/",),
    ),
    Provider(
        slug="hyperbolic",
        display_name="Hyperbolic",
        hosts=("api.hyperbolic.xyz",),
        route_prefixes=("hyperbolic/",),
    ),
    Provider(
        slug="databricks",
        display_name="Databricks",
        hosts=("*.cloud.databricks.com", "*.azuredatabricks.net"),
        route_prefixes=("databricks/",),
    ),
    Provider(
        slug="nvidia",
        display_name="NVIDIA",
        hosts=("integrate.api.nvidia.com", "ai.api.nvidia.com"),
        route_prefixes=("nvidia_nim/",),
    ),
    Provider(
        slug="fal",
        display_name="fal.ai",
        hosts=("fal.run", "queue.fal.run", "*.fal.run", "rest.alpha.fal.ai"),
        route_prefixes=("fal_ai/", "fal-ai/", "fal/"),
    ),
    Provider(
        slug="ollama",
        display_name="Ollama",
        hosts=("localhost:11434", "127.0.0.1:11434", "0.0.0.0:11434", "ollama.com", "ollama:11434"),
        route_prefixes=("ollama/", "ollama_chat/"),
        # "llama3:8b", "gpt-oss:20b": a bare name with one ":<tag>" is Ollama's own naming.
        id_patterns=(("ollama-tag", r"(?!ft:)[a-z0-9][a-z0-9._-]*:[A-Za-z0-9][A-Za-z0-9._-]*$"),),
    ),
    Provider(
        slug="volcengine",
        display_name="Volcano Engine",
        hosts=("ark.*.volces.com", "ark.*.bytepluses.com", "open.volcengineapi.com"),
        route_names=("volcengine", "volces", "byteplus"),
        route_prefixes=("volcengine/", "byteplus/"),
        # ByteDance's Doubao and Seed families are served by Volcano Engine Ark (BytePlus abroad).
        # Ark also versions the makers' models it serves with a six-digit date
        # ("deepseek-v3-2-251201", "kimi-k2-thinking-251104", "glm-4-7-251222"), which DeepSeek's
        # and Moonshot's own APIs never do; Zhipu does ("glm-4-air-250414") but writes "glm-4.7",
        # never Ark's "glm-4-7". Before the makers.
        model_patterns=(r"doubao-",),
        bare_model_patterns=(
            r"(?:deepseek-|kimi-|seed(?:ance|ream|edit)-|glm-\d-\d-)(?:[a-z0-9.-]*-)?2[4-9](?:0[1-9]|1[0-2])[0-3]\d$",
        ),
    ),
    # Inference clouds and gateways that bill for whatever model they serve: a host or a
    # routing prefix names them, the model inside never does.
    Provider(slug="cloudflare", display_name="Cloudflare Workers AI",
             endpoint_patterns=(r"/accounts/[^/]+/ai/run/",),
             route_names=("cloudflare", "workers-ai"),
             route_prefixes=("cloudflare/", "@cf/", "@hf/", "workers-ai/", "workers_ai/")),
    Provider(slug="watsonx", display_name="IBM watsonx", hosts=("*.ml.cloud.ibm.com",),
             route_prefixes=("watsonx/", "watsonx_text/")),
    Provider(slug="baseten", display_name="Baseten", hosts=("inference.baseten.co", "*.api.baseten.co"),
             route_prefixes=("baseten/",)),
    # Slugs that are common words ("lambda", "github", "oracle") never count as a route segment.
    Provider(slug="lambda", display_name="Lambda", hosts=("api.lambda.ai", "api.lambdalabs.com"),
             route_names=(), route_prefixes=("lambda_ai/",)),
    Provider(slug="sagemaker", display_name="Amazon SageMaker", hosts=("runtime.sagemaker.*.amazonaws.com",),
             route_prefixes=("sagemaker/", "sagemaker_chat/")),
    Provider(slug="github", display_name="GitHub Models",
             hosts=("models.github.ai", "models.inference.ai.azure.com", "api.githubcopilot.com"),
             route_names=(), route_prefixes=("github_copilot/", "github/")),
    Provider(slug="oracle", display_name="Oracle Cloud",
             hosts=("inference.generativeai.*.oci.oraclecloud.com",),
             route_names=("oci",), route_prefixes=("oci/",)),
    # litellm's lower-case "snowflake/" and "friendliai/" prefixes, matched case-sensitively: the
    # Hub's "Snowflake/snowflake-arctic-embed-m" and "FriendliAI/..." are their orgs' open weights.
    Provider(slug="snowflake", display_name="Snowflake Cortex", hosts=("*.snowflakecomputing.com",),
             id_patterns=(("model-route-prefix", r"snowflake/"),)),
    Provider(slug="featherless", display_name="Featherless", hosts=("api.featherless.ai",),
             route_prefixes=("featherless_ai/",)),
    Provider(slug="friendliai", display_name="FriendliAI", hosts=("api.friendli.ai",),
             id_patterns=(("model-route-prefix", r"friendliai/"),)),
    Provider(slug="nscale", display_name="Nscale", hosts=("inference.api.nscale.com",),
             route_prefixes=("nscale/",)),
    Provider(slug="ovhcloud", display_name="OVHcloud", hosts=("*.endpoints.kepler.ai.cloud.ovh.net",),
             route_prefixes=("ovhcloud/",)),
    Provider(slug="scaleway", display_name="Scaleway", hosts=("api.scaleway.ai",),
             route_prefixes=("scaleway/",)),
    Provider(slug="wandb", display_name="Weights & Biases", hosts=("api.inference.wandb.ai",),
             route_prefixes=("wandb/",)),
    Provider(slug="gmi", display_name="GMI Cloud", hosts=("api.gmi-serving.com",), route_prefixes=("gmi/",)),
    Provider(slug="digitalocean", display_name="DigitalOcean", hosts=("inference.do-ai.run",),
             route_prefixes=("gradient_ai/",)),
    Provider(slug="siliconflow", display_name="SiliconFlow",
             hosts=("api.siliconflow.cn", "api.siliconflow.com", "api-st.siliconflow.cn"),
             route_prefixes=("siliconflow/",)),
    Provider(slug="assemblyai", display_name="AssemblyAI",
             hosts=("api.assemblyai.com", "api.eu.assemblyai.com"),
             route_prefixes=("assemblyai/",)),
    Provider(slug="chutes", display_name="Chutes", hosts=("llm.chutes.ai", "*.chutes.ai"),
             route_prefixes=("chutes/",)),
    Provider(slug="recraft", display_name="Recraft", hosts=("external.api.recraft.ai",),
             route_prefixes=("recraft/",), model_patterns=(r"recraftv\d",)),
    # Model makers with their own APIs.
    Provider(
        slug="openai",
        display_name="OpenAI",
        hosts=("api.openai.com", "*.api.openai.com"),  # "eu.api.openai.com": data residency
        endpoint_patterns=(r"/v1/(?:images/(?:generations|edits|variations)|audio/(?:speech|transcriptions"
                           r"|translations)|moderations|responses|realtime)",),
        route_prefixes=("text-completion-openai/", "openai_responses/"),
        family_prefixes=("openai/",),
        model_patterns=(
            r"gpt-(?!oss|j-|j$|neo|sw3|2$|2-)", r"chatgpt-", r"o[1-9](?:$|-)", r"dall-e-", r"tts-1",
            r"whisper-1$", r"text-embedding-(?:3-|ada-)", r"(?:omni|text)-moderation-", r"sora-",
            r"codex-", r"(?:text-)?(?:davinci|babbage|curie|ada)-00\d$", r"computer-use-preview", r"ft:",
        ),
    ),
    Provider(
        slug="anthropic",
        display_name="Anthropic",
        hosts=("api.anthropic.com",),
        endpoint_patterns=(r"/v1/(?:messages|complete)(?:/|$|\?)",),
        vendor_prefixes=("anthropic/",),
        model_patterns=(r"claude(?:-|$)",),
    ),
    Provider(
        slug="mistral",
        display_name="Mistral AI",
        hosts=("api.mistral.ai", "codestral.mistral.ai"),
        vendor_prefixes=("mistral/", "mistral_ai/", "codestral/"),
        model_patterns=(
            r"mistral-(?:large|medium|small|tiny|embed|moderation|ocr|saba|code|vibe)",
            r"(?:open-)?codestral", r"devstral", r"magistral", r"ministral-(?!3:)", r"pixtral",
            r"open-mistral", r"open-mixtral", r"voxtral", r"(?:labs-)?leanstral",
        ),
    ),
    Provider(
        slug="cohere",
        display_name="Cohere",
        hosts=("api.cohere.com", "api.cohere.ai"),
        endpoint_patterns=(r"/v[12]/(?:chat|rerank|embed|generate|classify)(?:$|\?)",),
        vendor_prefixes=("cohere/", "cohere_chat/"),
        model_patterns=(
            r"command(?:$|-)", r"c4ai-aya", r"aya-", r"embed-(?:english|multilingual|v\d)",
            r"rerank-(?:v\d|english|multilingual)",
        ),
    ),
    Provider(
        slug="deepseek",
        display_name="DeepSeek",
        hosts=("api.deepseek.com",),
        vendor_prefixes=("deepseek/",),
        # The API's own names; "deepseek-v4-pro" bare is the API's too (hosts prefix their org or path).
        model_patterns=(r"deepseek-(?:chat|reasoner|coder|flash|pro|v\d[\w.]*(?:-(?:flash|pro|exp|vision|lite))*)$",),
    ),
    Provider(
        slug="xai",
        display_name="xAI",
        hosts=("api.x.ai", "*.api.x.ai"),
        route_names=("xai", "x-ai", "grok"),
        vendor_prefixes=("xai/",),
        model_patterns=(r"grok(?:-|$)",),
    ),
    Provider(
        slug="perplexity",
        display_name="Perplexity",
        hosts=("api.perplexity.ai",),
        route_prefixes=("perplexity/", "perplexity_ai/"),
        model_patterns=(r"sonar(?:$|-)", r"r1-1776", r"llama-3\.1-sonar-", r"pplx-"),
    ),
    Provider(
        slug="ai21",
        display_name="AI21 Labs",
        hosts=("api.ai21.com",),
        vendor_prefixes=("ai21/", "ai21_chat/"),
        model_patterns=(r"jamba-", r"j2-", r"jurassic"),
    ),
    Provider(
        slug="elevenlabs",
        display_name="ElevenLabs",
        hosts=("api.elevenlabs.io", "*.elevenlabs.io"),
        endpoint_patterns=(r"/v1/(?:text-to-speech|speech-to-text|speech-to-speech|sound-generation)(?:/|$)",),
        vendor_prefixes=("elevenlabs/",),
        model_patterns=(r"eleven_", r"scribe_v\d"),
    ),
    Provider(
        slug="voyage",
        display_name="Voyage AI",
        hosts=("api.voyageai.com",),
        vendor_prefixes=("voyage/",),
        model_patterns=(r"voyage-", r"rerank-(?:lite-)?\d"),
    ),
    Provider(
        slug="jina",
        display_name="Jina AI",
        hosts=("api.jina.ai", "r.jina.ai", "s.jina.ai"),
        vendor_prefixes=("jina_ai/",),
        model_patterns=(r"jina-",),
    ),
    Provider(
        slug="alibaba",
        display_name="Alibaba Cloud",
        hosts=("dashscope.aliyuncs.com", "dashscope-intl.aliyuncs.com", "dashscope-us.aliyuncs.com",
               "dashscope*.aliyuncs.com"),
        route_names=("alibaba", "dashscope", "qwen"),
        route_prefixes=("dashscope/", "qwencloud/", "qwen_ai_platform/", "alibaba_cloud/"),
        # Model Studio's commercial names ("qwen-plus", "qwen3.5-plus", "qwen3-coder-flash"); open
        # weights ("qwen3-32b") are served everywhere and are left to the other evidence.
        model_patterns=(
            r"qwen[\d.]*-(?:max|plus|turbo|long|flash|coder|omni|image|mt-|audio|tts|math-plus|asr|livetranslate"
            r"|deep-research|doc-|vl-ocr)", r"qwen[\d.]*-(?:vl|coder|omni)-(?:max|plus|flash|turbo)",
            r"qwq-plus", r"qvq-max", r"wan\d(?:\.\d)?-", r"wanx", r"text-embedding-v\d", r"paraformer",
            r"cosyvoice", r"sambert", r"happyhorse-",
        ),
        # Open-weight Qwen under its bare lower-case name ("qwen3-32b", "qwen2.5-72b-instruct") is
        # Model Studio's naming: hosts write the Hub's "Qwen/...", Ollama a ":tag", Cerebras "qwen-3-".
        bare_model_patterns=(r"(?:qwen\d(?:\.\d)?|qwq|qvq)-",),
    ),
    Provider(
        slug="moonshot",
        display_name="Moonshot AI",
        hosts=("api.moonshot.cn", "api.moonshot.ai", "api.kimi.com"),
        route_names=("moonshot", "kimi"),
        route_prefixes=("moonshot/",),
        model_patterns=(r"moonshot-v1", r"kimi-(?:k\d|latest|thinking|for-coding)"),
    ),
    Provider(
        slug="zhipu",
        display_name="Zhipu AI",
        hosts=("open.bigmodel.cn", "api.z.ai"),
        route_names=("zhipu", "zhipuai", "bigmodel", "zai"),
        route_prefixes=("zai/", "zhipuai/", "zhipu/"),
        model_patterns=(r"glm-(?:\d|z1)", r"cogview", r"cogvideox", r"charglm", r"emohaa"),
    ),
    Provider(
        slug="minimax",
        display_name="MiniMax",
        hosts=("api.minimax.chat", "api.minimaxi.com", "api.minimax.io", "api.minimaxi.chat"),
        vendor_prefixes=("minimax/",),
        model_patterns=(
            r"minimax-", r"abab\d", r"speech-(?:0[12]|2\.\d)", r"(?:t2v|i2v|s2v|video)-01", r"image-01",
        ),
    ),
    Provider(
        slug="meta",
        display_name="Meta",
        hosts=("api.llama.com",),
        route_names=(),
        route_prefixes=("meta_llama/",),
        # The Llama API's own ids, bare; the same weights elsewhere carry an org
        # ("meta-llama/llama-3.3-70b-instruct" on OpenRouter is a Hub id) or another suffix.
        bare_model_patterns=(
            r"llama-4-(?:maverick|scout)-17b-\d+e-instruct-fp8$", r"llama-3\.3-(?:70|8)b-instruct$",
        ),
    ),
    Provider(
        slug="stability",
        display_name="Stability AI",
        hosts=("api.stability.ai",),
        route_names=("stability", "stabilityai", "stability-ai"),
        endpoint_patterns=(
            r"/v2beta/(?:stable-image|3d|audio|video)/", r"/v1/generation/[^/]+/(?:text|image)-to-image",
        ),
        vendor_prefixes=("stability/",),
        model_patterns=(
            r"sd3", r"stable-diffusion-(?!xl-v|v0)", r"stable-image-", r"stable-audio", r"stable-video",
            r"stable-fast-3d", r"esrgan-",
        ),
    ),
    Provider(
        slug="black-forest-labs",
        display_name="Black Forest Labs",
        hosts=("api.bfl.ai", "api.bfl.ml", "api.us1.bfl.ai", "api.eu1.bfl.ai"),
        route_names=("bfl", "black-forest-labs"),
        route_prefixes=("black_forest_labs/", "bfl/"),
        # BFL's API names its endpoints by model ("/v1/flux-kontext-pro"); hosts of the open
        # weights write "FLUX.1-dev" or an org or path ("fal-ai/flux/dev", "wavespeed-ai/...").
        bare_model_patterns=(r"flux-(?:pro|kontext|dev|2-)",),
    ),
    Provider(slug="luma", display_name="Luma AI", hosts=("api.lumalabs.ai",),
             model_patterns=(r"ray-(?:2|flash)",)),
    Provider(slug="runway", display_name="Runway", hosts=("api.dev.runwayml.com", "api.runwayml.com"),
             route_prefixes=("runwayml/",), model_patterns=(r"gen4_", r"gen3a_")),
    Provider(slug="deepgram", display_name="Deepgram", hosts=("api.deepgram.com", "*.deepgram.com"),
             route_prefixes=("deepgram/",),
             # Deepgram's speech models ("nova-3", "nova-2-medical") and voices ("aura-2-thalia-en");
             # Amazon's Nova is "amazon.nova-..." or "nova-pro-v1".
             bare_model_patterns=(r"nova-[23](?:$|-[a-z])", r"aura-(?:2-)?[a-z]+-[a-z]{2}$")),
    # Chinese makers' own APIs; their bare names only (hosts of the open weights add an org).
    Provider(slug="baidu", display_name="Baidu Qianfan", hosts=("qianfan.baidubce.com", "aip.baidubce.com"),
             route_names=("baidu", "qianfan"), route_prefixes=("qianfan/",),
             bare_model_patterns=(r"ernie-",)),
    Provider(slug="tencent", display_name="Tencent Hunyuan",
             hosts=("api.hunyuan.cloud.tencent.com", "hunyuan.tencentcloudapi.com",
                    "api.lkeap.cloud.tencent.com"),
             route_names=("hunyuan",), route_prefixes=("hunyuan/",),
             bare_model_patterns=(r"hunyuan-(?:turbo|large|standard|lite|pro|t1|a13b|role|code|vision|functioncall"
                                  r"|translation|embedding)",)),
    Provider(slug="stepfun", display_name="StepFun", hosts=("api.stepfun.com", "api.stepfun.ai"),
             bare_model_patterns=(r"step-(?:1[ov]?|1x|2|3|r1|tts|asr)(?:-|$)",)),
    Provider(slug="01ai", display_name="01.AI", hosts=("api.lingyiwanwu.com", "api.01.ai"),
             route_names=(), bare_model_patterns=(r"yi-(?:large|lightning|medium|vision|spark)",)),
    Provider(slug="baichuan", display_name="Baichuan", hosts=("api.baichuan-ai.com",),
             bare_model_patterns=(r"baichuan\d",)),
    # Search and scraping APIs the product calls directly.
    Provider(slug="tavily", display_name="Tavily", hosts=("api.tavily.com",), route_prefixes=("tavily/",),
             model_patterns=(r"tavily-",)),
    Provider(slug="serper", display_name="Serper", hosts=("google.serper.dev", "scrape.serper.dev"),
             route_prefixes=("serper/",)),
    Provider(slug="exa", display_name="Exa", hosts=("api.exa.ai", "api.metaphor.systems"),
             route_names=("exa", "metaphor"), route_prefixes=("exa_ai/", "exa/")),
    Provider(slug="firecrawl", display_name="Firecrawl", hosts=("api.firecrawl.dev",),
             route_prefixes=("firecrawl/",)),
)

# The APIProvider enum's value -> the provider that value has always meant when nothing more
# specific is known. "mistral" calls have gone through Hugging Face since the start.
ENUM_DEFAULTS: dict[str, str] = {
    "gemini": "google",
    "openai": "openai",
    "anthropic": "anthropic",
    "mistral": "huggingface",
    "wavespeed": "wavespeed",
    "tavily": "tavily",
    "serper": "serper",
    "metaphor": "exa",
    "firecrawl": "firecrawl",
    "stability": "stability",
    "exa": "exa",
    "video": "wavespeed",
    "image_edit": "wavespeed",
    "audio": "wavespeed",
}

# Who serves a bare "<org>/<model>" Hub id when nothing else is known: the Hub's own router.
HUB_ID_PROVIDER = "huggingface"

_BY_SLUG: dict[str, Provider] = {p.slug: p for p in PROVIDERS}


def get_provider(slug: object) -> Provider | None:
    """The catalogue entry for ``slug``, including entries a deployment added, or None."""
    if not isinstance(slug, str):
        return None
    key = slug.strip().lower()
    found = _BY_SLUG.get(key)
    if found is not None:
        return found
    from providers import overrides

    return overrides.current().extra_providers.get(key)


def display_name(slug: object) -> str | None:
    """The human name to show for ``slug`` ("WaveSpeed"); None for None or an unknown slug."""
    provider = get_provider(slug)
    return provider.display_name if provider is not None else None


def provider_choices() -> list[tuple[str, str]]:
    """(slug, display name) pairs sorted by display name, for filters and forms."""
    from providers import overrides

    entries = {p.slug: p.display_name for p in PROVIDERS}
    for slug, provider in overrides.current().extra_providers.items():
        entries.setdefault(slug, provider.display_name)
    return sorted(entries.items(), key=lambda item: (item[1].casefold(), item[0]))
