"""Usage logs: one row per AI API call, with the enum that drives limits and the
actual provider that served and billed it."""

import math

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    MaxValueValidator,
    MinValueValidator,
    ProhibitNullCharactersValidator,
)
from django.db import models
from django.utils import timezone
from providers.catalogue import display_name as provider_display_name

from subscriptions.managers import APIUsageLogQuerySet


class APIProvider(models.TextChoices):
    """The generic category a caller logs. It drives plan limits, so it stays coarse."""

    GEMINI = "gemini", "Gemini"
    OPENAI = "openai", "OpenAI"
    ANTHROPIC = "anthropic", "Anthropic"
    MISTRAL = "mistral", "Mistral"
    WAVESPEED = "wavespeed", "WaveSpeed"
    TAVILY = "tavily", "Tavily"
    SERPER = "serper", "Serper"
    METAPHOR = "metaphor", "Metaphor"
    FIRECRAWL = "firecrawl", "Firecrawl"
    STABILITY = "stability", "Stability"
    EXA = "exa", "Exa"
    VIDEO = "video", "Video"
    IMAGE_EDIT = "image_edit", "Image edit"
    AUDIO = "audio", "Audio"


# When no actual provider is known, the enum's label is shown, except where the
# enum's name misleads: the `mistral` category is served through Hugging Face.
ENUM_DISPLAY_FALLBACK = {APIProvider.MISTRAL: "Hugging Face"}

no_nul = ProhibitNullCharactersValidator()


def validate_finite(value: float) -> None:
    """Reject NaN and infinities, which FloatField would otherwise store."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError("Enter a finite number.", code="not_finite")


class APIUsageLog(models.Model):
    """One API call: who made it, what it cost, and who really served it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="api_usage_logs"
    )
    provider = models.CharField(max_length=20, choices=APIProvider.choices)
    endpoint = models.CharField(max_length=500, validators=[no_nul])
    method = models.CharField(max_length=10, default="POST", validators=[no_nul])
    model_used = models.CharField(max_length=255, blank=True, default="", validators=[no_nul])
    actual_provider_name = models.CharField(
        max_length=50,
        null=True,
        blank=True,
        db_index=True,
        validators=[no_nul],
        help_text="Slug of the vendor that served and billed the call (e.g. wavespeed).",
    )
    tokens_input = models.PositiveBigIntegerField(default=0)
    tokens_output = models.PositiveBigIntegerField(default=0)
    tokens_total = models.PositiveBigIntegerField(default=0)
    cost_input = models.DecimalField(max_digits=14, decimal_places=6, default=0)
    cost_output = models.DecimalField(max_digits=14, decimal_places=6, default=0)
    cost_total = models.DecimalField(max_digits=14, decimal_places=6, default=0)
    response_time = models.FloatField(
        default=0, validators=[validate_finite, MinValueValidator(0)], help_text="Seconds."
    )
    status_code = models.PositiveSmallIntegerField(
        default=200, validators=[MinValueValidator(100), MaxValueValidator(599)]
    )
    error_message = models.TextField(blank=True, default="", validators=[no_nul])
    retry_count = models.PositiveSmallIntegerField(default=0)
    request_id = models.CharField(
        max_length=100,
        null=True,
        blank=True,
        unique=True,
        validators=[no_nul],
        help_text="Idempotency key: a replayed request_id writes nothing new.",
    )
    timestamp = models.DateTimeField(default=timezone.now)
    billing_period = models.CharField(max_length=7, blank=True, help_text="YYYY-MM, in UTC.")

    objects = APIUsageLogQuerySet.as_manager()

    class Meta:
        verbose_name = "API usage log"
        indexes = [
            # Serves the per-user list, its keyset pagination (-timestamp, -id)
            # and per-user date-range summaries.
            models.Index(fields=["user", "-timestamp", "-id"], name="usage_user_time_idx"),
            # Serves the staff list over all users and the admin changelist.
            models.Index(fields=["-timestamp", "-id"], name="usage_time_idx"),
            # Serves plan-limit checks: a user's usage per enum in a billing period.
            models.Index(fields=["user", "billing_period", "provider"], name="usage_user_period_enum_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_provider_display()} {self.model_used or '-'} @ {self.timestamp:%Y-%m-%d %H:%M}"

    @property
    def actual_provider_display(self) -> str | None:
        """The actual provider's display name ("WaveSpeed"), or None when unknown."""
        return provider_display_name(self.actual_provider_name)

    @property
    def display_provider(self) -> str:
        """What a billing page shows: the actual provider, else the enum's label."""
        return (
            self.actual_provider_display
            or ENUM_DISPLAY_FALLBACK.get(self.provider)
            or self.get_provider_display()
        )

    @property
    def is_success(self) -> bool:
        return 200 <= self.status_code < 300

    @property
    def status(self) -> str:
        return "success" if self.is_success else "failed"
