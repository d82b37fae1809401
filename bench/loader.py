"""Fill the usage-log table with N realistic rows in one set-based statement.

`INSERT ... SELECT generate_series` builds the rows inside PostgreSQL (1M rows in
seconds), drawing each row's (provider, model_used, endpoint) from a few hundred
distinct triples with a skew towards a few hot ones, for a few users, spread
evenly over the last 90 days so ids grow with time as they do in production.
"""

# Django imports live inside the functions: `python -m bench.loader` runs this
# module before Django is set up.

BENCH_USERS = ["bench-user-1", "bench-user-2", "bench-user-3", "bench-user-4", "bench-user-5"]
BENCH_STAFF = "bench-staff"
BENCH_PASSWORD = "bench-password-1"  # a throwaway database's accounts only


def bench_users() -> tuple[list[int], int]:
    """The ids of the benchmark's ordinary users and of its staff user, created once."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    ids = []
    for name in BENCH_USERS:
        user, created = User.objects.get_or_create(username=name)
        if created:
            user.set_password(BENCH_PASSWORD)
            user.save()
        ids.append(user.pk)
    staff, created = User.objects.get_or_create(username=BENCH_STAFF, defaults={"is_staff": True})
    if created:
        staff.is_superuser = True
        staff.set_password(BENCH_PASSWORD)
        staff.save()
    return ids, staff.pk


def load_usage_logs(rows: int, *, user_ids: list[int], detected: bool, days: int = 90) -> None:
    """Replace the table's contents with `rows` rows; actual_provider_name NULL unless `detected`.

    The daily rollups are rebuilt from them, so reads and the backfill start
    from the state Django's own writes would have left.
    """
    from django.db import connection

    from bench.triples import weighted_triples
    from providers.detection import detect_actual_provider
    from subscriptions.models import APIUsageLog
    from subscriptions.rollups import rebuild_rollups

    table = APIUsageLog._meta.db_table
    triples = weighted_triples()
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {table} RESTART IDENTITY CASCADE")
        cursor.execute(
            "CREATE TEMPORARY TABLE IF NOT EXISTS bench_triple "
            "(n integer PRIMARY KEY, provider text, model_used text, endpoint text, slug text)"
        )
        cursor.execute("TRUNCATE bench_triple")
        cursor.executemany(
            "INSERT INTO bench_triple VALUES (%s, %s, %s, %s, %s)",
            [
                (n, enum, model, endpoint, detect_actual_provider(enum, model, endpoint))
                for n, (enum, model, endpoint) in enumerate(triples)
            ],
        )
        cursor.execute("SELECT setseed(0.42)")
        cursor.execute(
            f"""
            INSERT INTO {table} (
                user_id, provider, endpoint, method, model_used, actual_provider_name,
                tokens_input, tokens_output, tokens_total, cost_input, cost_output, cost_total,
                response_time, status_code, error_message, retry_count, request_id,
                timestamp, billing_period
            )
            SELECT
                (%(users)s::bigint[])[1 + s.g %% %(user_count)s], t.provider, t.endpoint, 'POST',
                t.model_used, CASE WHEN %(detected)s THEN t.slug END,
                s.tokens_in, s.tokens_out, s.tokens_in + s.tokens_out,
                s.cost_in, s.cost_out, s.cost_in + s.cost_out,
                s.response_time, s.status_code,
                CASE WHEN s.status_code >= 500 THEN 'upstream timeout' ELSE '' END, 0, NULL,
                s.ts, to_char(s.ts AT TIME ZONE 'UTC', 'YYYY-MM')
            FROM (
                SELECT g,
                       now() - make_interval(days => %(days)s) + (g + 1) * (make_interval(days => %(days)s)
                           - interval '1 minute') / %(rows)s AS ts,
                       floor(%(triple_count)s * power(random(), 3))::int AS n,
                       (random() * 2000)::int AS tokens_in,
                       (random() * 800)::int AS tokens_out,
                       round((random() * 0.02)::numeric, 6) AS cost_in,
                       round((random() * 0.04)::numeric, 6) AS cost_out,
                       round((random() * 8)::numeric, 3)::float AS response_time,
                       CASE WHEN random() < 0.03 THEN 502 ELSE 200 END AS status_code
                FROM generate_series(0, %(rows)s - 1) AS g
            ) AS s
            JOIN bench_triple AS t ON t.n = s.n
            """,
            {
                "users": user_ids,
                "user_count": len(user_ids),
                "detected": detected,
                "days": days,
                "rows": rows,
                "triple_count": len(triples),
            },
        )
    # Rows written around Django: sum them into the daily rollups as migration 0007 would.
    rebuild_rollups()
    settle()


def settle() -> None:
    """VACUUM ANALYZE and CHECKPOINT, so every timed run starts from the same on-disk state.

    Without it the first reader after a bulk write pays for hint bits and the
    visibility map, and a checkpoint may land in the middle of a measurement.
    """
    from django.db import connection

    from subscriptions.models import APIUsageLog, UsageDailyRollup

    with connection.cursor() as cursor:
        for model in (APIUsageLog, UsageDailyRollup):
            cursor.execute(f"VACUUM (ANALYZE) {model._meta.db_table}")
        cursor.execute("CHECKPOINT")


def main() -> None:
    """`python -m bench.loader --rows N`: fill the table with detected rows (for load.sh)."""
    import argparse

    from bench.environment import migrate, setup_django

    parser = argparse.ArgumentParser(description="Replace the usage logs with N realistic rows.")
    parser.add_argument("--rows", type=int, required=True)
    args = parser.parse_args()
    if args.rows < 1:
        parser.error("--rows must be positive")
    setup_django()
    migrate()
    user_ids, _ = bench_users()
    load_usage_logs(args.rows, user_ids=user_ids, detected=True)
    print(f"loaded {args.rows:,} rows for users {user_ids}")


if __name__ == "__main__":
    main()
