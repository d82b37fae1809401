"""Server-side chart geometry: bars stack per bucket and scale to a round axis top."""

from billing.templatetags.billing_charts import PALETTE, nice_ceiling, stacked_bar_geometry


def test_nice_ceiling_rounds_up_to_one_two_or_five_times_a_power_of_ten():
    assert [nice_ceiling(v) for v in (0, 0.7, 3, 7.2, 180)] == [1.0, 1.0, 5, 10, 200]


def test_bars_of_one_bucket_stack_from_the_baseline_up():
    chart = {
        "labels": ["2026-03-01", "2026-03-02"],
        "series": [
            {"name": "WaveSpeed", "cost": [3.0, 1.0], "calls": [3, 1]},
            {"name": "Google", "cost": [2.0, 0.0], "calls": [2, 0]},
        ],
    }
    g = stacked_bar_geometry(chart, "cost")
    first_day = [bar for bar in g["bars"] if "2026-03-01" in bar["title"]]
    assert [bar["colour"] for bar in first_day] == [PALETTE[0], PALETTE[1]]
    wavespeed, google = (
        {k: float(bar[k]) for k in ("x", "y", "width", "height")} for bar in first_day
    )
    assert wavespeed["y"] + wavespeed["height"] == g["baseline"]
    assert google["y"] + google["height"] == wavespeed["y"]
    # 5 is the axis top, so the first day's stack reaches the top of the plot.
    assert google["y"] == float(g["grid"][-1]["y"])
    # A zero value draws nothing.
    assert len(g["bars"]) == 3
    assert g["grid"][-1]["label"] == "$5.00"
