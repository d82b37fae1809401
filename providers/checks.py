"""System check for the ``PROVIDER_TRACKING`` setting.

Detection skips malformed parts of the setting silently (a write path must not fail), so this
check is where a deployment learns, at start-up, that a rule will never fire.
"""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error

from providers.catalogue import ENUM_DEFAULTS, PROVIDERS
from providers.overrides import ALLOWED_KEYS, PROVIDER_KEYS, RULE_KEYS, SETTING_NAME, SLUG_RE

OBJ = f"settings.{SETTING_NAME}"


def check_provider_tracking(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """Validate ``settings.PROVIDER_TRACKING``; an absent setting is fine."""
    raw = getattr(settings, SETTING_NAME, None)
    if raw is None:
        return []
    if not isinstance(raw, dict):
        return [_error("must be a dict.", "providers.E001", hint=f"Got {type(raw).__name__}.")]

    errors: list[CheckMessage] = []
    unknown = sorted(str(k) for k in raw if k not in ALLOWED_KEYS)
    if unknown:
        errors.append(_error(f"has unknown keys: {', '.join(unknown)}.", "providers.E002",
                             hint=f"Allowed keys: {', '.join(sorted(ALLOWED_KEYS))}."))
    extra_slugs, provider_errors = _check_providers(raw.get("PROVIDERS"))
    errors += provider_errors
    known = {p.slug for p in PROVIDERS} | extra_slugs
    errors += _check_enum_defaults(raw.get("ENUM_DEFAULTS"), known)
    errors += _check_rules(raw.get("RULES"), known)
    return errors


def _error(message: str, check_id: str, hint: str | None = None) -> Error:
    return Error(f"{SETTING_NAME} {message}", hint=hint, obj=OBJ, id=check_id)


def _unknown_slug(where: str, slug: Any) -> Error:
    return _error(f"{where} names unknown provider {slug!r}.", "providers.E004",
                  hint="Use a catalogue slug, or add it under PROVIDER_TRACKING['PROVIDERS'].")


def _check_enum_defaults(value: Any, known: set[str]) -> list[CheckMessage]:
    if value is None:
        return []
    if not isinstance(value, dict):
        return [_error("['ENUM_DEFAULTS'] must be a dict of enum value -> provider slug.", "providers.E003")]
    errors: list[CheckMessage] = []
    for key, slug in value.items():
        if not isinstance(key, str) or key.lower() not in ENUM_DEFAULTS:
            errors.append(_error(f"['ENUM_DEFAULTS'] has unknown enum value {key!r}.", "providers.E003",
                                 hint=f"Known values: {', '.join(sorted(ENUM_DEFAULTS))}."))
        if slug not in known:
            errors.append(_unknown_slug(f"['ENUM_DEFAULTS'][{key!r}]", slug))
    return errors


def _check_rules(value: Any, known: set[str]) -> list[CheckMessage]:
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        return [_error("['RULES'] must be a list of dicts.", "providers.E005")]
    errors: list[CheckMessage] = []
    for index, rule in enumerate(value, start=1):
        where = f"['RULES'] rule #{index}"
        if not isinstance(rule, dict):
            errors.append(_error(f"{where} must be a dict.", "providers.E005"))
            continue
        unknown = sorted(str(k) for k in rule if k not in RULE_KEYS)
        if unknown:
            errors.append(_error(f"{where} has unknown keys: {', '.join(unknown)}.", "providers.E005",
                                 hint=f"Allowed keys: {', '.join(sorted(RULE_KEYS))}."))
        if "provider" not in rule:
            errors.append(_error(f"{where} has no 'provider'.", "providers.E006"))
        elif rule["provider"] not in known:
            errors.append(_unknown_slug(where, rule["provider"]))
        if rule.get("model") is None and rule.get("endpoint") is None:
            errors.append(_error(f"{where} has neither a 'model' nor an 'endpoint' pattern.",
                                 "providers.E007", hint="A rule without a pattern would claim every call."))
        for key in ("model", "endpoint"):
            if rule.get(key) is not None:
                errors += _check_pattern(f"{where} '{key}'", rule[key])
        enum = rule.get("enum")
        if enum is not None and (not isinstance(enum, str) or enum.lower() not in ENUM_DEFAULTS):
            errors.append(_error(f"{where} has unknown enum value {enum!r}.", "providers.E003"))
    return errors


def _check_pattern(where: str, pattern: Any) -> list[CheckMessage]:
    if not isinstance(pattern, str):
        return [_error(f"{where} must be a regular expression string.", "providers.E008")]
    try:
        re.compile(pattern)
    except re.error as exc:
        return [_error(f"{where} is not a valid regular expression: {exc}.", "providers.E008")]
    return []


def _check_providers(value: Any) -> tuple[set[str], list[CheckMessage]]:
    if value is None:
        return set(), []
    if not isinstance(value, list | tuple):
        return set(), [_error("['PROVIDERS'] must be a list of dicts.", "providers.E009")]
    builtin = {p.slug for p in PROVIDERS}
    slugs: set[str] = set()
    errors: list[CheckMessage] = []
    for index, entry in enumerate(value, start=1):
        where = f"['PROVIDERS'] entry #{index}"
        if not isinstance(entry, dict):
            errors.append(_error(f"{where} must be a dict.", "providers.E009"))
            continue
        unknown = sorted(str(k) for k in entry if k not in PROVIDER_KEYS)
        if unknown:
            errors.append(_error(f"{where} has unknown keys: {', '.join(unknown)}.", "providers.E009",
                                 hint="Allowed keys: display_name, slug."))
        slug, name = entry.get("slug"), entry.get("display_name")
        if not isinstance(slug, str) or not SLUG_RE.fullmatch(slug):
            errors.append(_error(f"{where} needs a 'slug' of lower-case letters, digits, '-' or '_'.",
                                 "providers.E009"))
        elif slug in builtin or slug in slugs:
            errors.append(_error(f"{where} repeats slug {slug!r}.", "providers.E010",
                                 hint="Catalogue slugs cannot be redefined; use RULES to route to them."))
        else:
            slugs.add(slug)
        if not isinstance(name, str) or not name.strip():
            errors.append(_error(f"{where} needs a non-empty 'display_name'.", "providers.E009"))
    return slugs, errors
