"""Start Django for a benchmark the way production runs it.

Benchmarks are plain scripts, so they set Django up themselves. Query logging
is switched off (settings.DEBUG False after setup): with it on, Django keeps
every query in memory, which both slows the measured code and inflates the
backfill's peak memory. Static storage keeps its DEBUG-time choice so the
pages render without a collectstatic manifest.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django(*, require_postgres: bool = True) -> None:
    """Configure and start Django; exit with a message when not on PostgreSQL."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django
    from django.conf import settings

    django.setup()
    settings.DEBUG = False
    if require_postgres:
        from django.db import connection

        if connection.vendor != "postgresql":
            sys.exit(
                "This benchmark measures PostgreSQL: set DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME"
            )


def migrate() -> None:
    """Bring the benchmark database to the current schema."""
    from django.core.management import call_command
    from django.db import OperationalError, connection

    try:
        connection.ensure_connection()
    except OperationalError as exc:
        name = connection.settings_dict["NAME"]
        sys.exit(
            f"Cannot open the benchmark database {name!r} ({exc}); "
            f"create it with: createdb -h HOST -U USER {name}"
        )
    call_command("migrate", verbosity=0, interactive=False)
