"""Fill the derived columns of a usage log before it is written.

Every write path (save() through the pre_save signal, the manager's
bulk_create/bulk_update, record_usage) calls `fill_derived_fields`, so no row
reaches the table without a detection attempt. It imports no models so the
queryset, the signal and the services can all use it without import cycles.
"""

from datetime import UTC, datetime

from providers.detection import detect_actual_provider


def billing_period_for(timestamp: datetime) -> str:
    """The "YYYY-MM" billing period of a moment, counted in UTC."""
    if timestamp.tzinfo is not None:
        timestamp = timestamp.astimezone(UTC)
    return timestamp.strftime("%Y-%m")


def fill_derived_fields(log) -> None:
    """Detect the actual provider when it is empty, and derive the billing period from the timestamp.

    An explicitly given actual_provider_name is kept: a caller that knows who
    served the call knows better than any rule. The billing period is always
    the timestamp's UTC month, so a log moved in time moves period with it.
    """
    if not log.actual_provider_name:
        log.actual_provider_name = detect_actual_provider(
            provider_enum=log.provider,
            model_name=log.model_used,
            endpoint=log.endpoint,
        )
    if isinstance(log.timestamp, datetime):
        log.billing_period = billing_period_for(log.timestamp)
