"""Backfill benchmark: our batched backfill against the single-statement SQL floor.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_bench .venv/bin/python -m bench.backfill

Loads N rows (default 1,000,000) with actual_provider_name NULL, then, in the
same run and from the same freshly loaded and vacuumed table each time, times
`backfill_actual_provider()` (the function migration 0003 and the command use,
run in a child process that also reports its peak RSS) and the floor: one
`UPDATE ... FROM (VALUES ...)` over the whole table joined on the detected
distinct triples. Only that statement is timed for the floor, not finding and
detecting its triples, so the floor is as low as it can be. Ours also keeps
the daily rollups exact (each window moves its counts between rollup rows) and
the floor does not, so the ratio includes that work; after each of our runs the
rollups are compared with the logs. Memory is measured at N and at N/10. The
last line holds name=value pairs.
"""

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time

from bench.environment import setup_django

GOAL_TIME_RATIO = 1.5
GOAL_MEMORY_RATIO = 1.2


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each; medians are reported")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rows < 10 or args.repeat < 1:
        parser.error("--rows must be at least 10 and --repeat at least 1")
    setup_django()
    if args.child:
        run_child()
        return
    run_benchmark(args.rows, args.repeat)


def run_child() -> None:
    """Run the backfill once and report its time and this process's peak memory as JSON."""
    from subscriptions.services import backfill_actual_provider

    rss_before = _current_rss_kb()
    started = time.perf_counter()
    result = backfill_actual_provider()
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "seconds": seconds,
                "updated": result.updated,
                "batches": result.batches,
                "rss_before_kb": rss_before,
                "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            }
        )
    )


def _current_rss_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def run_backfill_child() -> dict:
    output = subprocess.run(
        [sys.executable, "-m", "bench.backfill", "--child"], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def run_floor() -> tuple[float, int]:
    """The single statement: every NULL row updated at once, joined on the detected triples."""
    from django.db import connection

    from providers.detection import detect_actual_provider
    from subscriptions.models import APIUsageLog

    table = APIUsageLog._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT DISTINCT provider, model_used, endpoint FROM {table} WHERE actual_provider_name IS NULL"
        )
        detected = [
            (enum, model, endpoint, slug)
            for enum, model, endpoint in cursor.fetchall()
            if (slug := detect_actual_provider(enum, model, endpoint)) is not None
        ]
        values = ", ".join(["(%s, %s, %s, %s)"] * len(detected))
        started = time.perf_counter()
        cursor.execute(
            f"WITH detected (provider, model_used, endpoint, slug) AS (VALUES {values}) "
            f"UPDATE {table} AS t SET actual_provider_name = detected.slug FROM detected "
            "WHERE t.actual_provider_name IS NULL AND t.provider = detected.provider "
            "AND t.model_used = detected.model_used AND t.endpoint = detected.endpoint",
            [value for row in detected for value in row],
        )
        seconds = time.perf_counter() - started
        return seconds, cursor.rowcount


def outcome() -> list[tuple[str | None, int]]:
    """How many rows hold each slug: both methods must leave the same table."""
    from django.db.models import Count

    from subscriptions.models import APIUsageLog

    return list(
        APIUsageLog.objects.order_by("actual_provider_name")
        .values_list("actual_provider_name")
        .annotate(rows=Count("pk"))
    )


def rollups_match() -> bool:
    """Whether the backfill left the daily rollups equal to sums of the logs."""
    from subscriptions.rollups import rollup_differences

    differences = rollup_differences()
    for key, want, have in differences[:5]:
        print(f"  rollup {key}: logs say {want}, rollup holds {have}", flush=True)
    return not differences


def run_benchmark(rows: int, repeat: int) -> None:
    from bench.environment import migrate
    from bench.figures import summary_line, verdict
    from bench.loader import bench_users, load_usage_logs

    migrate()
    user_ids, _ = bench_users()
    small = rows // 10

    print(f"memory at N/10: loading {small:,} rows", flush=True)
    load_usage_logs(small, user_ids=user_ids, detected=False)
    small_run = run_backfill_child()

    ours, floor, peaks = [], [], []
    ours_outcome = floor_outcome = None
    for index in range(repeat):
        # Alternate which goes first so drift on a shared machine hits both alike.
        for method in ("ours", "floor") if index % 2 == 0 else ("floor", "ours"):
            load_usage_logs(rows, user_ids=user_ids, detected=False)
            if method == "ours":
                run = run_backfill_child()
                ours.append(run["seconds"])
                peaks.append(run["peak_rss_kb"])
                ours_outcome = outcome()
                rollups_exact = rollups_match()
                print(
                    f"  run {index + 1} ours:  {run['seconds']:.2f} s, {run['updated']:,} rows updated "
                    f"in {run['batches']} batches, peak RSS {run['peak_rss_kb'] / 1024:.1f} MiB",
                    flush=True,
                )
            else:
                seconds, updated = run_floor()
                floor.append(seconds)
                floor_outcome = outcome()
                print(f"  run {index + 1} floor: {seconds:.2f} s, {updated:,} rows updated", flush=True)
    if ours_outcome != floor_outcome:
        sys.exit(f"the backfill and the floor disagree:\n  ours  {ours_outcome}\n  floor {floor_outcome}")
    if not rollups_exact:
        sys.exit("the backfill left the daily rollups different from the logs")

    ours_s, floor_s = statistics.median(ours), statistics.median(floor)
    time_ratio = ours_s / floor_s
    peak_n, peak_small = max(peaks), small_run["peak_rss_kb"]
    memory_ratio = peak_n / peak_small
    print()
    print(f"rows: {rows:,} ({len(ours)} runs each, medians)")
    print(f"backfill_actual_provider: {ours_s:.2f} s, {rows / ours_s:,.0f} rows/s")
    print(f"single-statement floor:   {floor_s:.2f} s, {rows / floor_s:,.0f} rows/s")
    print(f"ratio: {time_ratio:.2f}x (goal <= {GOAL_TIME_RATIO}x: {verdict(time_ratio, GOAL_TIME_RATIO)})")
    print(
        f"peak RSS of the backfill process: {peak_n / 1024:.1f} MiB at N, "
        f"{peak_small / 1024:.1f} MiB at N/10 "
        f"(started at {small_run['rss_before_kb'] / 1024:.1f} MiB); ratio {memory_ratio:.2f} "
        f"(goal <= {GOAL_MEMORY_RATIO}: {verdict(memory_ratio, GOAL_MEMORY_RATIO)})"
    )
    print(
        summary_line(
            rows=rows,
            backfill_s=ours_s,
            floor_s=floor_s,
            backfill_rows_per_s=round(rows / ours_s),
            floor_rows_per_s=round(rows / floor_s),
            ratio=time_ratio,
            peak_rss_mib_n=peak_n / 1024,
            peak_rss_mib_n10=peak_small / 1024,
            memory_ratio=memory_ratio,
            rollups_exact=rollups_exact,
        )
    )


if __name__ == "__main__":
    main()
