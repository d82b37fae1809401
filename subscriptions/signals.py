"""A thin pre_save hook onto the same detection every other write path uses."""

from django.db.models.signals import pre_save
from django.dispatch import receiver

from subscriptions.models import APIUsageLog
from subscriptions.tracking import fill_derived_fields


@receiver(pre_save, sender=APIUsageLog, dispatch_uid="usage_log_fill_derived_fields")
def fill_usage_log_derived_fields(sender, instance: APIUsageLog, raw: bool = False, **kwargs) -> None:
    """Fill actual_provider_name and billing_period on save() and objects.create()."""
    if raw:  # loaddata writes fixtures exactly as they are
        return
    fill_derived_fields(instance)
