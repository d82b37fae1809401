"""Benchmark actual-provider detection: cold (every triple distinct) and log-table repetition.

Plain script, no database: ``.venv/bin/python bench/detection.py`` from the repo root.
Detection runs on every write and in the backfill, so both figures matter: the cold rate
bounds a backfill over many distinct (enum, model, endpoint) triples, the warm rate is what
record_usage sees on a real log table, where a few hundred triples repeat.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from providers import detection  # noqa: E402
from providers.catalogue import ENUM_DEFAULTS  # noqa: E402
from tests.providers.data.real_model_ids import CASES  # noqa: E402

ENDPOINTS = [
    None,
    "/video-generation/wavespeed",
    "/image-generation/wavespeed",
    "/audio-generation/wavespeed",
    "https://api.openai.com/v1/chat/completions",
    "https://router.huggingface.co/v1/chat/completions",
    "https://api.anthropic.com/v1/messages",
    "/v1beta/models/gemini-2.5-flash:generateContent",
    "https://api.groq.com/openai/v1/chat/completions",
    "/api/internal/chat",
]
WARM_DISTINCT = 200
WARM_CALLS = 200_000


def distinct_triples() -> list[tuple[str | None, str, str | None]]:
    """Every real id with its logged enum and endpoint, crossed with a few more endpoints."""
    enums = sorted(ENUM_DEFAULTS)
    triples = {(case.enum, case.model, case.endpoint) for case in CASES}
    for index, case in enumerate(CASES):
        endpoint = ENDPOINTS[index % len(ENDPOINTS)]
        triples.add((enums[index % len(enums)], case.model, endpoint))
        triples.add((None, case.model, f"https://gateway.example.com/t{index}/v1/chat/completions"))
    return sorted(triples, key=repr)


def cold_rate(triples: list[tuple[str | None, str, str | None]], rounds: int = 5) -> tuple[float, float]:
    """Calls per second and mean microseconds with the cache cleared: every call is a miss."""
    rates = []
    for _ in range(rounds):
        detection.clear_cache()
        start = time.perf_counter()
        for enum, model, endpoint in triples:
            detection.detect_actual_provider(enum, model, endpoint)
        rates.append(len(triples) / (time.perf_counter() - start))
    info = detection._explain_cached.cache_info()
    assert info.hits == 0, "cold run must not be served from the cache"
    rate = statistics.median(rates)
    return rate, 1e6 / rate


def warm_rate(triples: list[tuple[str | None, str, str | None]]) -> tuple[float, float]:
    """Calls per second over WARM_CALLS drawn from WARM_DISTINCT triples, as a log table repeats."""
    rng = random.Random(42)
    pool = rng.sample(triples, WARM_DISTINCT)
    calls = [rng.choice(pool) for _ in range(WARM_CALLS)]
    detection.clear_cache()
    start = time.perf_counter()
    for enum, model, endpoint in calls:
        detection.detect_actual_provider(enum, model, endpoint)
    rate = WARM_CALLS / (time.perf_counter() - start)
    return rate, 1e6 / rate


def main() -> None:
    triples = distinct_triples()
    cold, cold_us = cold_rate(triples)
    warm, warm_us = warm_rate(triples)
    print(f"cold: {len(triples)} distinct (enum, model, endpoint) triples, cache cleared")
    print(f"  {cold:,.0f} detections/s, {cold_us:.1f} us per call")
    print(f"warm: {WARM_CALLS:,} calls over {WARM_DISTINCT} distinct triples (log-table repetition)")
    print(f"  {warm:,.0f} detections/s, {warm_us:.2f} us per call")
    print(
        f"cold_distinct={len(triples)} cold_per_s={cold:.0f} cold_us={cold_us:.2f} "
        f"warm_calls={WARM_CALLS} warm_distinct={WARM_DISTINCT} "
        f"warm_per_s={warm:.0f} warm_us={warm_us:.2f}"
    )


if __name__ == "__main__":
    main()
