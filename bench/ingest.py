"""Ingest benchmark: what detection costs the two write paths.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_bench .venv/bin/python -m bench.ingest

Times `record_usage` (one call per row, each its own transaction) and the
manager's `bulk_create` (batches of 1,000), each against the same write with
detection switched off, in the same run, alternated call by call (batch by
batch) so drift on a shared machine hits both alike. "Detection off" is the same write with
`actual_provider_name` given explicitly (detected beforehand, outside the timer):
an explicit value is kept and skips detection, and the row written is
byte-for-byte the one detection would write, so the two differ by the detection
call alone. Patching detection to return None would also write narrower rows.
The detection cache is cleared before every detecting round, so each round pays
its cold misses (a few hundred distinct triples). Rows are drawn from the
realistic triple set of bench/triples.py. The last line holds name=value pairs.
"""

import argparse
import random
import statistics
import time

from bench.environment import setup_django

GOAL_OVERHEAD = 0.05


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=1_000, help="record_usage calls per round")
    parser.add_argument("--bulk-rows", type=int, default=20_000, help="rows per bulk_create round")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of each; medians are reported")
    args = parser.parse_args()
    if min(args.calls, args.bulk_rows, args.rounds) < 1:
        parser.error("--calls, --bulk-rows and --rounds must be positive")
    setup_django()
    run_benchmark(args.calls, args.bulk_rows, args.rounds)


def draws(count: int, seed: int) -> list[tuple[str, str, str, str | None]]:
    """`count` (enum, model, endpoint, detected slug) drawn with a skew towards a few hot triples."""
    from bench.triples import weighted_triples
    from providers.detection import detect_actual_provider

    triples = weighted_triples()
    rng = random.Random(seed)
    picked = [triples[int(len(triples) * rng.random() ** 3)] for _ in range(count)]
    return [
        (enum, model, endpoint, detect_actual_provider(enum, model, endpoint))
        for enum, model, endpoint in picked
    ]


def time_record_usage(user, rows) -> tuple[float, float]:
    """Rows per second of record_usage with detection and without, call by call alternated.

    Each row is written twice, once each way, in alternating order, and each
    call is timed on its own: on a shared machine the load changes by the
    second, and pairing the calls gives both the same conditions.
    """
    from providers.detection import clear_cache
    from subscriptions.services import record_usage

    clear_cache()
    spent = {True: 0.0, False: 0.0}
    for index, (enum, model, endpoint, slug) in enumerate(rows):
        for detect in (True, False) if index % 2 == 0 else (False, True):
            started = time.perf_counter()
            record_usage(
                user=user,
                provider=enum,
                model_used=model,
                endpoint=endpoint,
                tokens_input=120,
                tokens_output=80,
                cost_input="0.0012",
                cost_output="0.0030",
                response_time=1.2,
                actual_provider_name=None if detect else slug,
            )
            spent[detect] += time.perf_counter() - started
    return len(rows) / spent[True], len(rows) / spent[False]


def time_bulk_create(user, rows, *, batch: int = 1_000) -> tuple[float, float]:
    """Rows per second of the manager's bulk_create with detection and without, batch by batch alternated.

    The objects are built before each timer starts; only bulk_create is timed.
    """
    from django.utils import timezone

    from providers.detection import clear_cache
    from subscriptions.models import APIUsageLog
    from subscriptions.tracking import billing_period_for

    now = timezone.now()
    period = billing_period_for(now)

    def build(chunk, detect: bool) -> list[APIUsageLog]:
        return [
            APIUsageLog(
                user=user,
                provider=enum,
                model_used=model,
                endpoint=endpoint,
                tokens_input=120,
                tokens_output=80,
                tokens_total=200,
                cost_input="0.0012",
                cost_output="0.0030",
                cost_total="0.0042",
                response_time=1.2,
                timestamp=now,
                billing_period=period,
                actual_provider_name=None if detect else slug,
            )
            for enum, model, endpoint, slug in chunk
        ]

    clear_cache()
    spent = {True: 0.0, False: 0.0}
    for index, offset in enumerate(range(0, len(rows), batch)):
        chunk = rows[offset : offset + batch]
        for detect in (True, False) if index % 2 == 0 else (False, True):
            objs = build(chunk, detect)
            started = time.perf_counter()
            APIUsageLog.objects.bulk_create(objs)
            spent[detect] += time.perf_counter() - started
    return len(rows) / spent[True], len(rows) / spent[False]


def median_overhead(with_detection: list[float], without: list[float]) -> float:
    """The median over rounds of how much longer a row takes with detection than without."""
    return statistics.median(off / on - 1 for on, off in zip(with_detection, without, strict=True))


def run_benchmark(calls: int, bulk_rows: int, rounds: int) -> None:
    from django.contrib.auth import get_user_model

    from bench.environment import migrate
    from bench.figures import summary_line, verdict
    from subscriptions.models import APIUsageLog

    migrate()
    user, _ = get_user_model().objects.get_or_create(username="bench-ingest")
    print(f"table holds {APIUsageLog.objects.count():,} rows before the run", flush=True)
    rates: dict[str, list[float]] = {"record": [], "record_off": [], "bulk": [], "bulk_off": []}
    for index in range(rounds):
        single, bulk = draws(calls, seed=index), draws(bulk_rows, seed=1_000 + index)
        for name, (on, off) in (
            ("record", time_record_usage(user, single)),
            ("bulk", time_bulk_create(user, bulk)),
        ):
            rates[name].append(on)
            rates[name + "_off"].append(off)
        print(
            f"  round {index + 1}: record_usage {rates['record'][-1]:,.0f} vs {rates['record_off'][-1]:,.0f} "
            f"rows/s; bulk_create {rates['bulk'][-1]:,.0f} vs {rates['bulk_off'][-1]:,.0f} rows/s",
            flush=True,
        )
    # Leave the table as it was found: the other benchmarks load their own rows.
    APIUsageLog.objects.filter(user=user).delete()
    med = {name: statistics.median(values) for name, values in rates.items()}
    # Cost of detection: how much longer a row takes with it than without, per
    # round (both sides of a round ran side by side), then the median round.
    record_overhead = median_overhead(rates["record"], rates["record_off"])
    bulk_overhead = median_overhead(rates["bulk"], rates["bulk_off"])
    print()
    for label, name, overhead in (
        ("record_usage", "record", record_overhead),
        ("bulk_create ", "bulk", bulk_overhead),
    ):
        print(
            f"{label}: {med[name]:,.0f} rows/s with detection, {med[name + '_off']:,.0f} without; "
            f"detection adds {overhead:+.1%} per row "
            f"(goal < {GOAL_OVERHEAD:.0%}: {verdict(overhead, GOAL_OVERHEAD)})"
        )
    print(
        summary_line(
            record_rows_per_s=round(med["record"]),
            record_off_rows_per_s=round(med["record_off"]),
            record_overhead=round(record_overhead, 4),
            bulk_rows_per_s=round(med["bulk"]),
            bulk_off_rows_per_s=round(med["bulk_off"]),
            bulk_overhead=round(bulk_overhead, 4),
        )
    )


if __name__ == "__main__":
    main()
