"""A deployment's ``PROVIDER_TRACKING`` setting, read lazily and compiled once.

Detection runs on every write, so the setting is read on first use and kept until Django's
``setting_changed`` signal (wired in ``ProvidersConfig.ready``) calls ``clear_caches``.
Django is optional here: with Django absent or unconfigured there simply are no overrides.
Malformed parts are skipped, never raised: the system check in ``providers.checks`` is where
a bad setting is reported, and detection must keep working meanwhile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

SETTING_NAME = "PROVIDER_TRACKING"
ALLOWED_KEYS = frozenset({"ENUM_DEFAULTS", "RULES", "PROVIDERS"})
RULE_KEYS = frozenset({"provider", "model", "endpoint", "enum"})
PROVIDER_KEYS = frozenset({"slug", "display_name"})
SLUG_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,49}")


@dataclass(frozen=True, slots=True)
class CustomRule:
    """A deployment rule: every given pattern must match for ``provider`` to win."""

    index: int
    provider: str
    model: re.Pattern[str] | None
    endpoint: re.Pattern[str] | None
    enum: str | None

    def describe(self) -> str:
        """Which fields this rule looks at, for explanations."""
        parts = [name for name, value in (("model", self.model), ("endpoint", self.endpoint)) if value]
        return " and ".join(parts)


@dataclass(frozen=True, slots=True)
class Overrides:
    """The compiled setting: enum defaults merged over the catalogue's, rules, extra providers."""

    enum_defaults: dict[str, str]
    rules: tuple[CustomRule, ...] = ()
    extra_providers: dict[str, Any] = field(default_factory=dict)


def read_setting() -> Any:
    """The raw setting, or None when Django is absent, unconfigured or has no such setting."""
    try:
        from django.conf import settings
    except Exception:  # Django not installed: pure-Python use.
        return None
    try:
        if not settings.configured:
            return None
        return getattr(settings, SETTING_NAME, None)
    except Exception:  # ImproperlyConfigured and friends: behave as if unset.
        return None


@lru_cache(maxsize=1)
def current() -> Overrides:
    """The compiled overrides in force (cached until ``clear_caches``)."""
    return compile_setting(read_setting())


def clear_caches() -> None:
    """Forget the compiled setting and every cached detection (tests, ``override_settings``)."""
    current.cache_clear()
    from providers import detection

    detection.clear_cache()


def compile_setting(raw: Any) -> Overrides:
    """Compile ``raw`` leniently: keep what is valid, drop what is not."""
    from providers.catalogue import ENUM_DEFAULTS, PROVIDERS, Provider

    enum_defaults = dict(ENUM_DEFAULTS)
    if not isinstance(raw, dict):
        return Overrides(enum_defaults=enum_defaults)

    extra: dict[str, Provider] = {}
    builtin = {p.slug for p in PROVIDERS}
    entries = raw.get("PROVIDERS")
    for entry in entries if isinstance(entries, list | tuple) else ():
        if not isinstance(entry, dict):
            continue
        slug, name = entry.get("slug"), entry.get("display_name")
        if (isinstance(slug, str) and SLUG_RE.fullmatch(slug) and slug not in builtin
                and isinstance(name, str) and name.strip()):
            extra[slug] = Provider(slug=slug, display_name=name.strip())
    known = builtin | set(extra)

    defaults = raw.get("ENUM_DEFAULTS")
    for key, slug in defaults.items() if isinstance(defaults, dict) else ():
        if isinstance(key, str) and key.lower() in ENUM_DEFAULTS and slug in known:
            enum_defaults[key.lower()] = slug

    rules: list[CustomRule] = []
    raw_rules = raw.get("RULES")
    for index, rule in enumerate(raw_rules if isinstance(raw_rules, list | tuple) else (), start=1):
        compiled = _compile_rule(index, rule, known)
        if compiled is not None:
            rules.append(compiled)
    return Overrides(enum_defaults=enum_defaults, rules=tuple(rules), extra_providers=extra)


def _compile_rule(index: int, rule: Any, known: set[str]) -> CustomRule | None:
    if not isinstance(rule, dict) or rule.get("provider") not in known:
        return None
    patterns = {}
    for key in ("model", "endpoint"):
        source = rule.get(key)
        if source is None:
            continue
        if not isinstance(source, str):
            return None
        try:
            patterns[key] = re.compile(source, re.IGNORECASE)
        except re.error:
            return None
    if not patterns:
        return None
    enum = rule.get("enum")
    return CustomRule(
        index=index,
        provider=rule["provider"],
        model=patterns.get("model"),
        endpoint=patterns.get("endpoint"),
        enum=enum.lower() if isinstance(enum, str) else None,
    )
