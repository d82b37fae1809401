"""Fill actual_provider_name on old rows, or re-detect all rows after the rules changed."""

from django.core.management.base import BaseCommand, CommandError

from subscriptions.services import BACKFILL_BATCH_SIZE, backfill_actual_provider


class Command(BaseCommand):
    help = (
        "Detect the actual provider of usage logs in primary-key batches, one "
        "set-based UPDATE per batch. By default only rows still NULL are touched."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            help="Re-detect every row (after PROVIDER_TRACKING rules changed), not only NULL ones.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Count what would change; write nothing.")
        parser.add_argument("--batch-size", type=int, default=BACKFILL_BATCH_SIZE)

    def handle(self, *args, **options):
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1")
        quiet = options["verbosity"] == 0
        result = backfill_actual_provider(
            only_missing=not options["all"],
            batch_size=options["batch_size"],
            dry_run=options["dry_run"],
            progress=None if quiet else lambda line: self.stderr.write(line),
        )
        verb = "Would update" if options["dry_run"] else "Updated"
        self.stdout.write(
            f"{verb} {result.updated} of {result.scanned} rows scanned in {result.batches} batches; "
            f"{result.undetected} rows have no detectable provider."
        )
        for (enum, slug), rows in sorted(result.transitions.items(), key=lambda item: -item[1]):
            self.stdout.write(f"  {enum} -> {slug}: {rows}")
