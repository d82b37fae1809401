"""API and page latency benchmark: the same requests at 10,000 and at 1,000,000 rows.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_bench_api .venv/bin/python -m bench.api

Replaces the usage-log table's contents (use a database of its own), loads
each size with detected rows for five users over 90 days, and times every
target below through Django's test Client in this process: URL routing,
middleware, authentication, the view, its queries and rendering, without an
HTTP server's noise (bench/load.sh measures that). Each figure is the median of
--repeat requests after two warm-up requests. The deep list page is reached by
following `next` links (1,000 pages of 50 rows, or the last page when the user
has fewer). `--explain FILE` writes EXPLAIN (ANALYZE, BUFFERS) of every
target's slowest query at the large size, as Markdown, for bench/README.md.
The last line holds name=value pairs.
"""

import argparse
import statistics
import sys
import time

from bench.environment import setup_django

# What is measured: name -> (who asks, path). Update the paths here when routes move.
# {after} is 30 days ago (ISO 8601, UTC); {period} the current billing period; {pk} one of the user's rows.
TARGETS: dict[str, tuple[str, str]] = {
    "list_first": ("user", "/api/subscription/usage-logs/"),
    "list_deep": ("user", "/api/subscription/usage-logs/?cursor={deep_cursor}"),
    # 10 rows a page: at 10,000 rows the user has only about 14 firecrawl calls, and a page
    # shorter at one size than at the other would time rendering, not the query.
    "list_rare_provider": ("user", "/api/subscription/usage-logs/?actual_provider=firecrawl&page_size=10"),
    "detail": ("user", "/api/subscription/usage-logs/{pk}/"),
    "summary_user_30d": (
        "user",
        "/api/subscription/usage-logs/summary/?group_by=actual_provider&after={after}&percentiles=false",
    ),
    "summary_staff_30d": (
        "staff",
        "/api/subscription/usage-logs/summary/?group_by=actual_provider&after={after}&percentiles=false",
    ),
    # Exact p50/p95 need every response time of the range: read from the logs, not rollups.
    "summary_user_30d_p95": (
        "user",
        "/api/subscription/usage-logs/summary/?group_by=actual_provider&after={after}",
    ),
    "summary_staff_30d_p95": (
        "staff",
        "/api/subscription/usage-logs/summary/?group_by=actual_provider&after={after}",
    ),
    "usage_page": ("user", "/billing/usage/"),
    "admin_report": ("staff", "/admin/subscriptions/apiusagelog/usage-report/"),
    "admin_report_month": (
        "staff",
        "/admin/subscriptions/apiusagelog/usage-report/?timestamp__year={year}&timestamp__month={month}",
    ),
}
DEEP_PAGES = 1_000
# Goals (large / small): keyset reads must not grow with the table; aggregates
# over a growing window may, up to 3x, before daily rollups are called for.
GOALS = {"list_first": 1.5, "list_deep": 1.5, "list_rare_provider": 1.5, "detail": 1.5}
AGGREGATE_GOAL = 3.0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--explain", metavar="FILE", help="write EXPLAIN of each target's slowest query")
    args = parser.parse_args()
    if args.small < 100 or args.large < args.small or args.repeat < 1:
        parser.error("need 100 <= --small <= --large and --repeat >= 1")
    setup_django()
    run_benchmark(args.small, args.large, args.repeat, args.explain)


def run_benchmark(small: int, large: int, repeat: int, explain_path: str | None) -> None:
    from bench.environment import migrate
    from bench.figures import summary_line, verdict
    from bench.loader import bench_users, load_usage_logs

    migrate()
    user_ids, staff_id = bench_users()
    medians: dict[int, dict[str, float]] = {}
    for rows in (small, large):
        print(f"loading {rows:,} rows", flush=True)
        load_usage_logs(rows, user_ids=user_ids, detected=True)
        clients = _clients(user_ids[0], staff_id)
        urls = _urls(clients["user"], user_ids[0])
        medians[rows] = {}
        for name, (who, path) in TARGETS.items():
            url = path.format(**urls)
            medians[rows][name] = _median_ms(clients[who], url, repeat)
            print(f"  {rows:>9,} rows  {name:<20} {medians[rows][name]:8.1f} ms", flush=True)
        if rows == large and explain_path:
            _write_explains(explain_path, clients, urls, rows)

    print()
    print(f"{'target':<20} {small:>10,} rows {large:>12,} rows   ratio  goal")
    figures: dict[str, object] = {}
    for name in TARGETS:
        low, high = medians[small][name], medians[large][name]
        ratio = high / low
        goal = GOALS.get(name, AGGREGATE_GOAL)
        print(
            f"{name:<20} {low:>12.1f} ms {high:>12.1f} ms {ratio:>6.2f}x  <= {goal}x {verdict(ratio, goal)}"
        )
        figures[f"{name}_ms_small"] = round(low, 1)
        figures[f"{name}_ms_large"] = round(high, 1)
        figures[f"{name}_ratio"] = round(ratio, 2)
    print(summary_line(small=small, large=large, **figures))


def _clients(user_id: int, staff_id: int) -> dict:
    from django.contrib.auth import get_user_model
    from django.test import Client

    clients = {}
    for who, pk in (("user", user_id), ("staff", staff_id)):
        client = Client()
        client.force_login(get_user_model().objects.get(pk=pk))
        clients[who] = client
    return clients


def _urls(client, user_id: int) -> dict[str, str]:
    """The values the target paths need: a deep cursor, a row's pk, dates."""
    import datetime as dt
    from urllib.parse import parse_qs, urlsplit

    from django.utils import timezone

    from subscriptions.models import APIUsageLog

    url, pages = "/api/subscription/usage-logs/", 0
    cursor = ""
    while pages < DEEP_PAGES:
        body = _get(client, url).json()
        if not body["next"]:
            break
        cursor = parse_qs(urlsplit(body["next"]).query)["cursor"][0]
        url = f"/api/subscription/usage-logs/?cursor={cursor}"
        pages += 1
    print(f"  deep page: {pages + 1} pages from the first", flush=True)
    now = timezone.now()
    middle = APIUsageLog.objects.filter(user_id=user_id).order_by("pk").values_list("pk", flat=True)
    count = middle.count()
    return {
        "deep_cursor": cursor,
        "pk": middle[count // 2],
        "after": (now - dt.timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "year": now.year,
        "month": now.month,
    }


def _get(client, url: str):
    response = client.get(url)
    if response.status_code != 200:
        sys.exit(f"GET {url} answered {response.status_code}: {response.content[:500]!r}")
    return response


def _median_ms(client, url: str, repeat: int) -> float:
    for _ in range(2):
        _get(client, url)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        _get(client, url)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _write_explains(path: str, clients: dict, urls: dict, rows: int) -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of every usage-log and rollup query each target runs, as Markdown."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from subscriptions.models import APIUsageLog, UsageDailyRollup

    tables = [f'"{model._meta.db_table}"' for model in (APIUsageLog, UsageDailyRollup)]
    sections = [
        f"Plans at {rows:,} rows (PostgreSQL), every query of each target that reads the log "
        "or the rollup table.\n"
    ]
    for name, (who, path_template) in TARGETS.items():
        with CaptureQueriesContext(connection) as captured:
            _get(clients[who], path_template.format(**urls))
        sections.append(f"#### {name}\n")
        for query in captured.captured_queries:
            if not any(table in query["sql"] for table in tables):
                continue
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {query['sql']}")
                plan = "\n".join(row[0] for row in cursor.fetchall())
            sections.append(f"```sql\n{query['sql']}\n```\n\n```\n{plan}\n```\n")
    with open(path, "w") as out:
        out.write("\n".join(sections))
    print(f"  plans written to {path}", flush=True)


if __name__ == "__main__":
    main()
