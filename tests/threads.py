"""Real concurrent writers for the PostgreSQL-only tests."""

from concurrent.futures import ThreadPoolExecutor

from django.db import connection

THREADS = 8


def run_in_threads(function, count: int) -> list:
    """Run function(i) for i in range(count) on THREADS threads, each closing its own connection."""

    def call(index):
        try:
            return function(index)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        return list(pool.map(call, range(count)))
