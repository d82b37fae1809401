"""The provider cell, rendered the same way on every page and in the admin.

Rule of the project: the actual provider is for display, the enum for limits. A
cell therefore shows the actual provider in bold and, when the enum names a
different category, the enum in smaller text below it (**WaveSpeed** / video).
When no actual provider is known it shows the enum's display name alone, with the
same fallback as `APIUsageLog.display_provider` (`mistral` reads Hugging Face).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from providers.catalogue import display_name
from subscriptions.models import ENUM_DISPLAY_FALLBACK, APIProvider

register = template.Library()


@dataclass(frozen=True)
class ProviderCell:
    """What a provider cell shows: a main line, and the enum below it when it differs."""

    primary: str
    enum: str | None
    known: bool


def provider_cell_parts(actual_slug: str | None, enum_value: str | None) -> ProviderCell:
    """The lines of a provider cell for an actual-provider slug and an enum value.

    The enum is shown below only when an actual provider is known and is not the
    enum's own vendor (`openai` / `openai` needs no subtext).
    """
    actual = display_name(actual_slug) if actual_slug else None
    if actual:
        differs = bool(enum_value) and enum_value != actual_slug
        return ProviderCell(primary=actual, enum=enum_value if differs else None, known=True)
    return ProviderCell(primary=enum_display_name(enum_value), enum=None, known=False)


def enum_display_name(enum_value: str | None) -> str:
    """The enum's label as a billing page shows it, `mistral` as Hugging Face."""
    if not enum_value:
        return "Unknown"
    if enum_value in ENUM_DISPLAY_FALLBACK:
        return ENUM_DISPLAY_FALLBACK[enum_value]
    try:
        return APIProvider(enum_value).label
    except ValueError:
        return enum_value


def _field(obj, name: str):
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


@register.simple_tag
def provider_cell(row=None, *, actual: str | None = None, enum: str | None = None) -> SafeString:
    """Render `billing/_provider_cell.html` for a usage log (or a summary dict) or explicit values.

    `{% provider_cell log %}` reads `actual_provider_name` and `provider` from the
    row; `{% provider_cell actual=slug enum=value %}` serves aggregated tables.
    """
    if row is not None:
        actual = _field(row, "actual_provider_name")
        enum = _field(row, "provider")
    return render_to_string("billing/_provider_cell.html", {"cell": provider_cell_parts(actual, enum)})


@register.filter
def percent(value) -> str:
    """A ratio in 0..1 as "97.5%"; blank when there is nothing to divide."""
    if value is None or value == "":
        return "—"
    return f"{float(value) * 100:.1f}%"


@register.filter
def usd(value) -> str:
    """An amount in US dollars with enough digits for sub-cent API calls."""
    if value is None or value == "":
        return "—"
    amount = Decimal(str(value))
    if amount != 0 and abs(amount) < Decimal("0.01"):
        return f"${amount:,.4f}"
    return f"${amount:,.2f}"


@register.filter
def seconds(value) -> str:
    """A response time in seconds, to the millisecond below ten seconds."""
    if value is None or value == "":
        return "—"
    value = float(value)
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


@register.filter
def shorten(value, length: int = 40) -> str:
    """Keep the start and the end of a long endpoint, which carry the host and the route."""
    text = "" if value is None else str(value)
    length = int(length)
    if len(text) <= length:
        return text
    head = (length - 1) * 2 // 3
    tail = length - 1 - head
    return f"{text[:head]}…{text[-tail:]}"
