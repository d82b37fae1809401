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
from django.db import models, router, transaction
from django.utils import timezone

from providers.catalogue import display_name as provider_display_name
from subscriptions import rollups
from subscriptions.managers import APIUsageLogQuerySet
from subscriptions.tracking import billing_period_for


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
    cost_input = models.DecimalField(
        max_digits=14, decimal_places=6, default=0, validators=[MinValueValidator(0)]
    )
    cost_output = models.DecimalField(
        max_digits=14, decimal_places=6, default=0, validators=[MinValueValidator(0)]
    )
    cost_total = models.DecimalField(
        max_digits=14, decimal_places=6, default=0, validators=[MinValueValidator(0)]
    )
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
            # Serves a user's list filtered by actual provider (the API's ?actual_provider=,
            # the usage page's provider filter) with its keyset pagination: one range
            # read per page, where usage_user_time_idx scans past every other provider.
            models.Index(
                fields=["user", "actual_provider_name", "-timestamp", "-id"],
                name="usage_user_actual_time_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_provider_display()} {self.model_used or '-'} @ {self.timestamp:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs) -> None:
        """Save, and change the daily rollups by the same difference in the same transaction."""
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and not rollups.ROLLUP_FIELDS.intersection(update_fields):
            super().save(*args, **kwargs)
            return
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        rows = type(self)._base_manager.using(using)
        with transaction.atomic(using=using, savepoint=False):
            deltas = rollups.Deltas()
            before = None
            if self.pk is not None and not kwargs.get("force_insert"):
                before = rows.select_for_update().filter(pk=self.pk).first()
            super().save(*args, **kwargs)
            if before is not None:
                deltas.add_log(before, sign=-1)
            if before is not None or rollups.has_expressions(self):
                # Read back what was written: update_fields may have left changes on the
                # instance unsaved, and an expression (F(), Now()) is computed by the database.
                deltas.add_log(rows.get(pk=self.pk))
            else:
                deltas.add_log(self)
            rollups.apply(deltas, using=using)

    def delete(self, *args, **kwargs):
        """Delete, and take the row out of its daily rollup in the same transaction."""
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        with transaction.atomic(using=using, savepoint=False):
            stored = type(self)._base_manager.using(using).select_for_update().filter(pk=self.pk).first()
            deleted = super().delete(*args, **kwargs)
            if stored is not None:
                rollups.apply(rollups.Deltas().add_log(stored, sign=-1), using=using)
            return deleted

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


class UsageDailyRollup(models.Model):
    """Usage logs summed per user, UTC day, enum and actual provider.

    Summaries over whole days read these few rows instead of every log: at a
    million logs a 30-day summary reads thousands of rows, not hundreds of
    thousands. Every write path keeps them exact in the write's own
    transaction (subscriptions/rollups.py); `rebuild_usage_rollups --verify`
    compares them with the logs. An unknown actual provider is stored as "".
    """

    # No index of its own: usage_rollup_key's index leads with the user.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    day = models.DateField(help_text="The calls' day in UTC.")
    billing_period = models.CharField(max_length=7, help_text="YYYY-MM of the day.")
    provider = models.CharField(max_length=20, choices=APIProvider.choices)
    actual_provider_name = models.CharField(max_length=50, blank=True, default="")
    calls = models.BigIntegerField(default=0)
    successes = models.BigIntegerField(default=0, help_text="Calls answered 2xx.")
    tokens_total = models.BigIntegerField(default=0)
    cost_total = models.DecimalField(max_digits=24, decimal_places=6, default=0)
    response_time_sum = models.FloatField(default=0, help_text="Seconds, for the average.")

    class Meta:
        constraints = [
            # The upsert's conflict target; its index also serves a user's date-range summaries.
            models.UniqueConstraint(
                fields=["user", "day", "provider", "actual_provider_name"], name="usage_rollup_key"
            ),
        ]
        indexes = [
            # Serves staff summaries over all users for a date range (the admin report, ?after=).
            models.Index(fields=["day"], name="usage_rollup_day_idx"),
        ]

    def __str__(self) -> str:
        provider = f"{self.provider}/{self.actual_provider_name or '-'}"
        return f"{self.day} user {self.user_id} {provider}: {self.calls} calls"


class PlanTier(models.TextChoices):
    FREE = "free", "Free"
    BASIC = "basic", "Basic"
    PRO = "pro", "Pro"
    ENTERPRISE = "enterprise", "Enterprise"


class SubscriptionPlan(models.Model):
    """What a user pays for: a price and, per enum category, how much they may use."""

    name = models.CharField(max_length=100, unique=True)
    tier = models.CharField(max_length=20, choices=PlanTier.choices, default=PlanTier.FREE)
    monthly_price = models.DecimalField(
        max_digits=10, decimal_places=2, default=0, validators=[MinValueValidator(0)], help_text="USD."
    )
    is_active = models.BooleanField(default=True, help_text="Inactive plans are kept for existing users.")

    class Meta:
        ordering = ["monthly_price", "name"]

    def __str__(self) -> str:
        return self.name


class PlanLimit(models.Model):
    """A plan's ceiling for one enum category per billing period; an empty field is unlimited.

    Limits count by enum, never by actual provider: the enum is what a plan sells
    ("video generation"), whoever serves it.
    """

    plan = models.ForeignKey(SubscriptionPlan, on_delete=models.CASCADE, related_name="limits")
    provider = models.CharField(max_length=20, choices=APIProvider.choices)
    max_calls = models.PositiveIntegerField(null=True, blank=True)
    max_tokens = models.PositiveBigIntegerField(null=True, blank=True)
    max_cost = models.DecimalField(
        max_digits=14,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text="USD per billing period.",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["plan", "provider"], name="plan_limit_one_per_enum"),
        ]

    def __str__(self) -> str:
        return f"{self.plan} / {self.get_provider_display()}"


class SubscriptionStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    PAST_DUE = "past_due", "Past due"
    CANCELLED = "cancelled", "Cancelled"


class UserSubscription(models.Model):
    """A user's plan. Its row is also the lock that serializes the user's limited writes.

    The current period is not stored: billing periods are calendar months in UTC,
    the same "YYYY-MM" every usage log carries, so a stored copy could only go stale.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscription"
    )
    plan = models.ForeignKey(SubscriptionPlan, on_delete=models.PROTECT, related_name="subscriptions")
    status = models.CharField(
        max_length=20, choices=SubscriptionStatus.choices, default=SubscriptionStatus.ACTIVE
    )
    started_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.user} on {self.plan}"

    @property
    def current_period(self) -> str:
        """The billing period ("YYYY-MM", UTC) that calls made now count against."""
        return billing_period_for(timezone.now())


class UsageAlert(models.Model):
    """An alert already sent, so the cron command reports each finding once per period."""

    kind = models.CharField(max_length=20)  # "limit" or "provider"
    subject = models.CharField(max_length=200)  # e.g. "user:12:video:calls", "wavespeed:p95"
    period = models.CharField(max_length=7, help_text="YYYY-MM")
    message = models.TextField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "subject", "period"], name="usage_alert_once_per_period"),
        ]

    def __str__(self) -> str:
        return f"{self.period} {self.kind}: {self.subject}"
