# Dual-write first: the nullable column, filled by every write path from now on.
# Old rows are filled by the data migration that follows.

import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("subscriptions", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="apiusagelog",
            name="actual_provider_name",
            field=models.CharField(
                blank=True,
                db_index=True,
                help_text="Slug of the vendor that served and billed the call (e.g. wavespeed).",
                max_length=50,
                null=True,
                validators=[django.core.validators.ProhibitNullCharactersValidator()],
            ),
        ),
    ]
