"""Rebuild the daily usage rollups from the logs, or only check that they match them."""

from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from subscriptions.models import UsageDailyRollup
from subscriptions.rollups import rebuild_rollups, rollup_differences

MICRODOLLAR = Decimal("0.000001")  # the cost columns hold six decimal places
# A verify run lists this many differing rows; past that, a count says how many more.
MAX_LISTED_DIFFERENCES = 20


class Command(BaseCommand):
    help = (
        "Replace every daily usage rollup with sums from the usage logs, one transaction per batch "
        "of users (after a bulk load that went around Django, or to repair drift). With --verify, "
        "only compare them and exit with status 1 when any row differs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--verify",
            action="store_true",
            help=f"Write nothing: list up to {MAX_LISTED_DIFFERENCES} rollup rows that differ from the "
            "logs and fail if there are any.",
        )
        parser.add_argument(
            "--database",
            default=DEFAULT_DB_ALIAS,
            choices=tuple(connections),
            help="The database alias to rebuild or verify (default: %(default)s).",
        )
        parser.add_argument(
            "--users-per-batch",
            type=int,
            default=200,
            help="Users whose rollups are rebuilt in one transaction (default: %(default)s).",
        )

    def handle(self, *args, **options):
        using = options["database"]
        if options["verify"]:
            self._verify(using)
            return
        if options["users_per_batch"] < 1:
            raise CommandError("--users-per-batch must be at least 1")
        quiet = options["verbosity"] == 0
        written = rebuild_rollups(
            using=using,
            users_per_batch=options["users_per_batch"],
            progress=None if quiet else self.stderr.write,
        )
        self.stdout.write(f"Rebuilt the usage rollups from the logs: {written} rollup rows written.")

    def _verify(self, using: str) -> None:
        differences = rollup_differences(using=using)
        if not differences:
            rows = UsageDailyRollup.objects.using(using).count()
            self.stdout.write(f"OK: rollups match the logs ({rows} rollup rows checked).")
            return
        for key, from_logs, stored in differences[:MAX_LISTED_DIFFERENCES]:
            self.stdout.write(f"{describe(key)}: logs {summarise(from_logs)}; rollup {summarise(stored)}")
        unlisted = len(differences) - MAX_LISTED_DIFFERENCES
        if unlisted > 0:
            self.stdout.write(f"... and {unlisted} more")
        rows = "row differs" if len(differences) == 1 else "rows differ"
        raise CommandError(
            f"{len(differences)} rollup {rows} from the logs; "
            "run rebuild_usage_rollups without --verify to rebuild them."
        )


def describe(key: tuple) -> str:
    """A rollup key as an operator reads it: user, UTC day, enum/actual provider."""
    user_id, day, enum, actual = key
    return f"user {user_id} {day.isoformat()} {enum}/{actual or '-'}"


def summarise(sums: dict) -> str:
    """One side of a difference, with the cost at the columns' precision whatever the engine summed."""
    cost = Decimal(str(sums["cost"])).quantize(MICRODOLLAR)
    return (
        f"calls={sums['calls']} successes={sums['successes']} tokens={sums['tokens']} "
        f"cost={cost} response_time={sums['response_time']:g}"
    )
