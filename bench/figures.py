"""Timing and reporting helpers shared by the benchmarks."""

import statistics
import time
from collections.abc import Callable


def median_seconds(run: Callable[[], object], *, repeat: int) -> float:
    """The median wall time of `repeat` calls; noisy shared machines need the median."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def summary_line(**figures: object) -> str:
    """The last line every benchmark prints: space-separated name=value pairs."""
    return " ".join(f"{name}={_format(value)}" for name, value in figures.items())


def _format(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def verdict(value: float, goal: float) -> str:
    """ "met" when a figure is within its goal (lower is better), else "NOT met"."""
    return "met" if value <= goal else "NOT met"
