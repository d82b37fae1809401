"""Charts drawn on the server as inline SVG: no JavaScript, no CDN, nothing to degrade.

The geometry is computed here and the markup lives in templates, so every label
(provider names, dates) goes through autoescaping like any other text.
"""

from __future__ import annotations

import math

from django import template

register = template.Library()

# Okabe-Ito's colour-blind-friendly colours first, then Tableau's; one per series, by rank.
PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
    "#7f7f7f", "#8c564b", "#17becf", "#bcbd22", "#393b79", "#e377c2", "#9edae5",
)  # fmt: skip
WIDTH, HEIGHT = 760, 260
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 64, 12, 12, 44
MAX_X_LABELS = 12
MAX_BAR_WIDTH = 56  # a range of one or two days would otherwise draw slabs


def colour(index: int) -> str:
    """The colour of the series at this rank (repeats after the palette)."""
    return PALETTE[index % len(PALETTE)]


def nice_ceiling(value: float) -> float:
    """A round upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def _coordinate(value: float) -> str:
    """A coordinate as text: templates would otherwise localise thousands of floats one by one."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _axis_label(value: float, measure: str) -> str:
    if measure == "cost":
        return f"${value:,.2f}" if value < 100 else f"${value:,.0f}"
    return f"{value:,.0f}"


def stacked_bar_geometry(chart: dict, measure: str) -> dict:
    """Rectangles, gridlines and labels of a stacked bar chart of `measure` ("cost" or "calls").

    `chart` is {"labels": [bucket...], "series": [{"name", "cost": [...], "calls": [...]}...]}.
    """
    labels = chart["labels"]
    series = chart["series"]
    count = len(labels)
    plot_width = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    totals = [sum(float(s[measure][i]) for s in series) for i in range(count)]
    top = nice_ceiling(max(totals, default=0))
    slot = plot_width / count if count else plot_width
    bar = min(max(slot * 0.75, 1.0), MAX_BAR_WIDTH)
    bars = []
    for index, label in enumerate(labels):
        x = MARGIN_LEFT + index * slot + (slot - bar) / 2
        y = MARGIN_TOP + plot_height
        for rank, item in enumerate(series):
            value = float(item[measure][index])
            if value <= 0:
                continue
            height = value / top * plot_height
            y -= height
            shown = _axis_label(value, measure) if measure == "cost" else f"{value:,.0f} calls"
            bars.append(
                {
                    "x": _coordinate(x),
                    "y": _coordinate(y),
                    "width": _coordinate(bar),
                    "height": _coordinate(height),
                    "colour": colour(rank),
                    "title": f"{item['name']} · {label}: {shown}",
                }
            )
    grid = []
    for step in range(5):
        value = top * step / 4
        y = MARGIN_TOP + plot_height - plot_height * step / 4
        grid.append({"y": _coordinate(y), "label": _axis_label(value, measure)})
    every = max(1, math.ceil(count / MAX_X_LABELS))
    x_labels = [
        {"x": _coordinate(MARGIN_LEFT + index * slot + slot / 2), "text": label}
        for index, label in enumerate(labels)
        if index % every == 0
    ]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "left": MARGIN_LEFT,
        "right": WIDTH - MARGIN_RIGHT,
        "baseline": MARGIN_TOP + plot_height,
        "label_y": MARGIN_TOP + plot_height + 18,
        "bars": bars,
        "grid": grid,
        "x_labels": x_labels,
        "legend": [{"name": item["name"], "colour": colour(rank)} for rank, item in enumerate(series)],
    }


@register.inclusion_tag("billing/_stacked_bars.html")
def stacked_bars(chart: dict, measure: str, title: str) -> dict:
    """An SVG stacked bar chart of `measure` per time bucket and actual provider."""
    return {"g": stacked_bar_geometry(chart, measure), "title": title, "measure": measure}


@register.simple_tag
def series_colour(index: int) -> str:
    """The colour a chart gives the series at this rank, for legends and share bars."""
    return colour(int(index))
