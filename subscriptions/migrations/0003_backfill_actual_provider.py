# Backfill actual_provider_name on the rows written before the column existed.
#
# The migration may import the pure `providers` package (it has no models), so
# it uses the very rules the save signal and record_usage use, through the same
# set-based function as the `backfill_actual_provider` command. Each batch
# commits on its own (atomic = False): an interrupted run keeps its progress and
# a rerun resumes with the rows still NULL.

from django.db import migrations


def backfill(apps, schema_editor):
    from subscriptions.services import backfill_actual_provider

    model = apps.get_model("subscriptions", "APIUsageLog")
    result = backfill_actual_provider(
        model=model, progress=lambda line: print(f"  backfill {line}", flush=True)
    )
    if result.batches:
        print(f"  backfill: {result.updated} rows filled, {result.undetected} undetected")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("subscriptions", "0002_apiusagelog_actual_provider_name"),
    ]

    operations = [
        migrations.RunPython(backfill, migrations.RunPython.noop, elidable=True),
    ]
