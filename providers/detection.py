"""Detect the provider that actually served and billed an AI API call.

The ``APIProvider`` enum a call is logged under is a plan-limit category ("video", "mistral");
the billing page needs the vendor behind it. Evidence is weighed most specific first:

1. deployment rules from ``PROVIDER_TRACKING["RULES"]``, top to bottom;
2. the endpoint: the API host of a full URL, a distinctive vendor REST path, or a provider
   named as a segment of an internal route ("/video-generation/wavespeed");
3. the model name: a router's provider suffix ("<org>/<model>:groq" on Hugging Face's
   router), a routing prefix ("groq/", "bedrock/"), a vendor-native id shape (Bedrock,
   WaveSpeed, Vertex AI's "@version", Ollama tags), the model family, and last a bare Hugging Face Hub id;
4. the enum's default provider.

All vendor knowledge is data in ``providers.catalogue``; this module only walks it. Detection
runs on every write, so patterns are compiled once, inputs are truncated before matching (no
regex ever sees more than ``MAX_INPUT_CHARS``), and results are memoised on the normalised
inputs. Nothing here raises: any input, however odd, yields a slug from the catalogue or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from providers import catalogue, overrides
from providers.catalogue import PROVIDERS

__all__ = ["Detection", "MAX_INPUT_CHARS", "clear_cache", "detect_actual_provider", "explain"]

MAX_INPUT_CHARS = 512
CACHE_SIZE = 8192

_PHRASES = {
    "custom-rule": "deployment rule {}",
    "endpoint-host": "endpoint host {}",
    "endpoint-path": "endpoint path {}",
    "model-router-suffix": "model router suffix {}",
    "model-route-prefix": "model route prefix {}",
    "bedrock-id": "Bedrock model id {}",
    "wavespeed-task-id": "WaveSpeed model id {}",
    "ollama-tag": "Ollama model tag {}",
    "vertex-model-id": "Vertex AI model id {}",
    "model-family": "model family of {}",
    "hub-id": "Hugging Face Hub model id {}",
    "enum-default": "default for enum {}",
}


@dataclass(frozen=True, slots=True)
class Detection:
    """The outcome of a detection and the evidence behind it, for the admin's "why"."""

    slug: str | None
    display_name: str | None
    rule: str | None
    field: str | None
    evidence: str | None

    def __str__(self) -> str:
        if self.slug is None:
            return "no evidence for a provider"
        phrase = _PHRASES.get(self.rule or "", "{}").format(self.evidence)
        return f"{phrase} → {self.display_name}"


NO_EVIDENCE = Detection(None, None, None, None, None)


def detect_actual_provider(provider_enum: object = None, model_name: object = None,
                           endpoint: object = None) -> str | None:
    """The slug of the provider that served the call, or None when nothing supports an answer."""
    return explain(provider_enum, model_name, endpoint).slug


def explain(provider_enum: object = None, model_name: object = None, endpoint: object = None) -> Detection:
    """Like ``detect_actual_provider`` but says which rule decided, on which field, and why."""
    try:
        return _explain_cached(_enum_key(provider_enum), _text(model_name), _text(endpoint))
    except Exception:  # A detection failure must never break a write path.
        return NO_EVIDENCE


def clear_cache() -> None:
    """Forget memoised detections (after the catalogue or the setting changed)."""
    _explain_cached.cache_clear()


# --- normalisation -------------------------------------------------------------------------

def _text(value: object) -> str | None:
    if value is None:
        return None
    try:
        if isinstance(value, str):
            text = value
        elif isinstance(value, bytes | bytearray | memoryview):
            text = bytes(value[: MAX_INPUT_CHARS * 4]).decode("utf-8", "replace")
        else:
            text = str(value)
        text = str.strip(str.__getitem__(text, slice(0, MAX_INPUT_CHARS)))
    except Exception:
        return None
    return text or None


def _enum_key(value: object) -> str | None:
    """"video", "VIDEO", APIProvider.VIDEO and "APIProvider.VIDEO" all give "video"."""
    try:
        value = getattr(value, "value", value)
    except Exception:
        return None
    text = _text(value)
    if text is None:
        return None
    return text.lower().rpartition(".")[2] or None


# --- the compiled catalogue --------------------------------------------------------------

def _combined(entries: list[tuple[str, str]]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One alternation of (pattern, slug) pairs; ``lastgroup`` names the winner, order kept."""
    if not entries:
        return None, {}
    groups = {f"g{i}": slug for i, (_, slug) in enumerate(entries)}
    source = "|".join(f"(?P<g{i}>{pattern})" for i, (pattern, _) in enumerate(entries))
    return re.compile(source), groups


def _glob(host: str) -> str:
    return re.escape(host).replace(r"\*", "[^.]*")


_HOST_EXACT: dict[str, str] = {}
_HOST_SUFFIX: dict[str, str] = {}
_HOST_GLOBS: list[tuple[str, str]] = []
_ROUTE_SEGMENTS: dict[str, str] = {}
_ROUTE_PREFIXES: dict[str, str] = {}
_ODD_PREFIXES: list[tuple[str, str]] = []  # prefixes not ending in "/", e.g. "arn:aws:bedrock:"
_VENDOR_PREFIXES: dict[str, str] = {}
_FAMILY_PREFIXES: dict[str, str] = {}
_OWN_FAMILY: dict[str, re.Pattern[str]] = {}
_ID_PATTERNS: list[tuple[str, str, str]] = []

for _p in PROVIDERS:
    for _host in _p.hosts:
        if _host.startswith("*."):
            _HOST_SUFFIX.setdefault(_host[2:], _p.slug)
        elif "*" in _host:
            _HOST_GLOBS.append((_glob(_host), _p.slug))
        else:
            _HOST_EXACT.setdefault(_host, _p.slug)
    for _segment in _p.route_segments:
        _ROUTE_SEGMENTS.setdefault(_segment, _p.slug)
    for _prefix in _p.route_prefixes:
        if _prefix.endswith("/") and _prefix.count("/") == 1:
            _ROUTE_PREFIXES.setdefault(_prefix, _p.slug)
        else:
            _ODD_PREFIXES.append((_prefix, _p.slug))
    for _prefix in _p.vendor_prefixes:
        _VENDOR_PREFIXES.setdefault(_prefix, _p.slug)
    for _prefix in _p.family_prefixes:
        _FAMILY_PREFIXES.setdefault(_prefix, _p.slug)
    if _p.model_patterns:
        _OWN_FAMILY[_p.slug] = re.compile("|".join(f"(?:{x})" for x in _p.model_patterns))
    for _rule, _pattern in _p.id_patterns:
        _ID_PATTERNS.append((_pattern, _rule, _p.slug))

# Host globs and whole-id shapes are each one alternation: the first alternative that matches
# wins, exactly as a top-to-bottom loop would, in one pass of the regex engine.
_HOST_GLOB_RE, _HOST_GLOB_GROUPS = _combined(_HOST_GLOBS)
_ID_RE, _ID_GROUPS = _combined([(pattern, f"{rule} {slug}") for pattern, rule, slug in _ID_PATTERNS])
_ENDPOINT_RE, _ENDPOINT_GROUPS = _combined([(x, p.slug) for p in PROVIDERS for x in p.endpoint_patterns])
_SUFFIX_RE, _SUFFIX_GROUPS = _combined([(x, p.slug) for p in PROVIDERS for x in p.router_suffix_patterns])
_BARE_FAMILY_RE, _BARE_FAMILY_GROUPS = _combined(
    [(x, p.slug) for p in PROVIDERS for x in (*p.model_patterns, *p.bare_model_patterns)]
)
_FAMILY_RE, _FAMILY_GROUPS = _combined([(x, p.slug) for p in PROVIDERS for x in p.model_patterns])
_HUB_SERVING_RE, _HUB_SERVING_GROUPS = _combined([(x, p.slug) for p in PROVIDERS for x in p.hub_id_patterns])
_HUB_ID_RE = re.compile(r"[\w.-]+/[\w.-]+")
_HOST_RE = re.compile(r"[a-z0-9.-]+(?::\d{1,5})?")


# --- detection -----------------------------------------------------------------------------

def _found(slug: str, rule: str, field: str, evidence: str) -> Detection:
    return Detection(slug, catalogue.display_name(slug), rule, field, evidence)


@lru_cache(maxsize=CACHE_SIZE)
def _explain_cached(enum: str | None, model: str | None, endpoint: str | None) -> Detection:
    return _detect(enum, model, endpoint)


def _detect(enum: str | None, model: str | None, endpoint: str | None) -> Detection:
    """The uncached walk down the evidence order (the benchmark calls it directly)."""
    config = overrides.current()
    for rule in config.rules:
        found = _custom_rule(rule, enum, model, endpoint)
        if found is not None:
            return found
    if endpoint:
        found = _from_endpoint(endpoint)
        if found is not None:
            return found
    if model:
        found = _from_model(model)
        if found is not None:
            return found
    if enum:
        slug = config.enum_defaults.get(enum)
        if slug is not None:
            return _found(slug, "enum-default", "provider_enum", enum)
    return NO_EVIDENCE


def _custom_rule(rule: overrides.CustomRule, enum: str | None, model: str | None,
                 endpoint: str | None) -> Detection | None:
    if rule.enum is not None and rule.enum != enum:
        return None
    if rule.endpoint is not None and (endpoint is None or not rule.endpoint.search(endpoint)):
        return None
    if rule.model is not None and (model is None or not rule.model.search(model)):
        return None
    field = "endpoint" if rule.endpoint is not None else "model_name"
    return _found(rule.provider, "custom-rule", field, f"#{rule.index} on {rule.describe()}")


def _split_endpoint(endpoint: str) -> tuple[str | None, str]:
    """(host or None, path) of a full URL, a scheme-less "host/path" or a bare path."""
    text = endpoint.lower()
    if "://" in text:
        rest = text.partition("://")[2]
    elif text.startswith("//"):
        rest = text[2:]
    else:
        first = text.partition("/")[0]
        if not ("." in first or ":" in first) or not _HOST_RE.fullmatch(first):
            return None, text
        rest = text
    host, _, path = rest.partition("/")
    host = host.rpartition("@")[2].partition("?")[0].partition("#")[0]
    return host or None, "/" + path


def _host_slug(host: str) -> tuple[str, str] | None:
    if host in _HOST_EXACT:
        return _HOST_EXACT[host], host
    name = host.partition(":")[0].rstrip(".")
    if name in _HOST_EXACT:
        return _HOST_EXACT[name], name
    dot = name.find(".")
    while dot != -1:
        slug = _HOST_SUFFIX.get(name[dot + 1:])
        if slug is not None:
            return slug, name
        dot = name.find(".", dot + 1)
    if _HOST_GLOB_RE is not None:
        match = _HOST_GLOB_RE.fullmatch(name)
        if match is not None:
            return _HOST_GLOB_GROUPS[match.lastgroup], name
    return None


def _from_endpoint(endpoint: str) -> Detection | None:
    host, path = _split_endpoint(endpoint)
    if host:
        hit = _host_slug(host)
        if hit is not None:
            return _found(hit[0], "endpoint-host", "endpoint", hit[1])
    path = path.partition("?")[0].partition("#")[0]
    if _ENDPOINT_RE is not None:
        match = _ENDPOINT_RE.search(path)
        if match is not None:
            return _found(_ENDPOINT_GROUPS[match.lastgroup], "endpoint-path", "endpoint", match.group(0))
    for segment in path.split("/"):
        slug = _ROUTE_SEGMENTS.get(segment)
        if slug is not None:
            return _found(slug, "endpoint-path", "endpoint", segment)
    return None


def _from_model(model: str) -> Detection | None:
    low = model.lower()
    slash = low.find("/")
    segments = low.count("/") + 1

    # A router's provider picker after the last ":" of "<org>/<model>:<suffix>". Bedrock's
    # ":0" versions and Ollama's ":8b" tags match no router's suffix and fall through.
    if slash > 0 and _SUFFIX_RE is not None:
        head, colon, suffix = low.rpartition(":")
        if colon and "/" in head:
            match = _SUFFIX_RE.fullmatch(suffix)
            if match is not None:
                slug = _SUFFIX_GROUPS[match.lastgroup]
                return _found(slug, "model-router-suffix", "model_name", ":" + suffix)

    if slash > 0:
        first = low[: slash + 1]
        slug = _ROUTE_PREFIXES.get(first)
        if slug is None and segments == 2:
            slug = _VENDOR_PREFIXES.get(first)
            if slug is None and first in _FAMILY_PREFIXES:
                owner = _FAMILY_PREFIXES[first]
                if _OWN_FAMILY[owner].match(low, slash + 1):
                    slug = owner
        if slug is not None:
            return _found(slug, "model-route-prefix", "model_name", first)
    for prefix, slug in _ODD_PREFIXES:
        if low.startswith(prefix):
            return _found(slug, "model-route-prefix", "model_name", prefix)

    if _ID_RE is not None:
        match = _ID_RE.match(model)
        if match is not None:
            rule, _, slug = _ID_GROUPS[match.lastgroup].partition(" ")
            return _found(slug, rule, "model_name", model)

    if segments == 1:
        match = _BARE_FAMILY_RE.match(low) if _BARE_FAMILY_RE is not None else None
        if match is not None:
            return _found(_BARE_FAMILY_GROUPS[match.lastgroup], "model-family", "model_name", model)
        return None

    # "<org>/<model>": an aggregator's all-lower-case id names a closed family by its maker
    # ("google/gemini-2.5-pro"); otherwise it is a Hub id, served by Hugging Face unless
    # a vendor's own build suffix says who else.
    if model == low and _FAMILY_RE is not None:
        match = _FAMILY_RE.match(low, low.rfind("/") + 1)
        if match is not None:
            return _found(_FAMILY_GROUPS[match.lastgroup], "model-family", "model_name", model)
    if segments == 2:
        if _HUB_SERVING_RE is not None:
            match = _HUB_SERVING_RE.match(low)
            if match is not None:
                return _found(_HUB_SERVING_GROUPS[match.lastgroup], "model-family", "model_name", model)
        if _HUB_ID_RE.fullmatch(model):
            return _found(catalogue.HUB_ID_PROVIDER, "hub-id", "model_name", model)
    return None
