# Sum the usage logs already written into daily rollups.
#
# From here on every write keeps the rollups exact itself (subscriptions/rollups.py).
# Each batch of users commits on its own (atomic = False); the build replaces a
# batch's rows, so a rerun after an interruption starts over cleanly. The same
# function is the `rebuild_usage_rollups` command.

from django.db import migrations


def build(apps, schema_editor):
    from subscriptions.rollups import rebuild_rollups

    # "No actual provider" is NULL from here on; rollups file it under "".
    logs = apps.get_model("subscriptions", "APIUsageLog")._base_manager.using(schema_editor.connection.alias)
    logs.filter(actual_provider_name="").update(actual_provider_name=None)
    written = rebuild_rollups(
        using=schema_editor.connection.alias,
        log_model=apps.get_model("subscriptions", "APIUsageLog"),
        rollup_model=apps.get_model("subscriptions", "UsageDailyRollup"),
        progress=lambda line: print(f"  rollups {line}", flush=True),
    )
    if written:
        print(f"  rollups: {written} rows written")


def clear(apps, schema_editor):
    apps.get_model("subscriptions", "UsageDailyRollup").objects.using(schema_editor.connection.alias).delete()


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("subscriptions", "0006_usage_daily_rollups"),
    ]

    operations = [
        migrations.RunPython(build, clear, elidable=True),
    ]
