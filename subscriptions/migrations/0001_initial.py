# The usage-log table as it first shipped: the enum only, no actual provider.

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

import subscriptions.models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="APIUsageLog",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "provider",
                    models.CharField(
                        choices=[
                            ("gemini", "Gemini"),
                            ("openai", "OpenAI"),
                            ("anthropic", "Anthropic"),
                            ("mistral", "Mistral"),
                            ("wavespeed", "WaveSpeed"),
                            ("tavily", "Tavily"),
                            ("serper", "Serper"),
                            ("metaphor", "Metaphor"),
                            ("firecrawl", "Firecrawl"),
                            ("stability", "Stability"),
                            ("exa", "Exa"),
                            ("video", "Video"),
                            ("image_edit", "Image edit"),
                            ("audio", "Audio"),
                        ],
                        max_length=20,
                    ),
                ),
                (
                    "endpoint",
                    models.CharField(
                        max_length=500, validators=[django.core.validators.ProhibitNullCharactersValidator()]
                    ),
                ),
                (
                    "method",
                    models.CharField(
                        default="POST",
                        max_length=10,
                        validators=[django.core.validators.ProhibitNullCharactersValidator()],
                    ),
                ),
                (
                    "model_used",
                    models.CharField(
                        blank=True,
                        default="",
                        max_length=255,
                        validators=[django.core.validators.ProhibitNullCharactersValidator()],
                    ),
                ),
                ("tokens_input", models.PositiveBigIntegerField(default=0)),
                ("tokens_output", models.PositiveBigIntegerField(default=0)),
                ("tokens_total", models.PositiveBigIntegerField(default=0)),
                ("cost_input", models.DecimalField(decimal_places=6, default=0, max_digits=14, validators=[django.core.validators.MinValueValidator(0)])),
                ("cost_output", models.DecimalField(decimal_places=6, default=0, max_digits=14, validators=[django.core.validators.MinValueValidator(0)])),
                ("cost_total", models.DecimalField(decimal_places=6, default=0, max_digits=14, validators=[django.core.validators.MinValueValidator(0)])),
                (
                    "response_time",
                    models.FloatField(
                        default=0,
                        help_text="Seconds.",
                        validators=[
                            subscriptions.models.validate_finite,
                            django.core.validators.MinValueValidator(0),
                        ],
                    ),
                ),
                (
                    "status_code",
                    models.PositiveSmallIntegerField(
                        default=200,
                        validators=[
                            django.core.validators.MinValueValidator(100),
                            django.core.validators.MaxValueValidator(599),
                        ],
                    ),
                ),
                (
                    "error_message",
                    models.TextField(
                        blank=True,
                        default="",
                        validators=[django.core.validators.ProhibitNullCharactersValidator()],
                    ),
                ),
                ("retry_count", models.PositiveSmallIntegerField(default=0)),
                (
                    "request_id",
                    models.CharField(
                        blank=True,
                        help_text="Idempotency key: a replayed request_id writes nothing new.",
                        max_length=100,
                        null=True,
                        unique=True,
                        validators=[django.core.validators.ProhibitNullCharactersValidator()],
                    ),
                ),
                ("timestamp", models.DateTimeField(default=django.utils.timezone.now)),
                ("billing_period", models.CharField(blank=True, help_text="YYYY-MM, in UTC.", max_length=7)),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="api_usage_logs",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "API usage log",
                "indexes": [
                    models.Index(fields=["user", "-timestamp", "-id"], name="usage_user_time_idx"),
                    models.Index(fields=["-timestamp", "-id"], name="usage_time_idx"),
                    models.Index(
                        fields=["user", "billing_period", "provider"], name="usage_user_period_enum_idx"
                    ),
                ],
            },
        ),
    ]
