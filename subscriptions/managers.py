"""The usage-log queryset: bulk paths send no signals, so they detect here."""

from django.db import models

from subscriptions.tracking import fill_derived_fields

# Changing any of these changes what detection would say about a row.
DETECTION_INPUTS = frozenset({"provider", "model_used", "endpoint"})


class APIUsageLogQuerySet(models.QuerySet):
    """Keeps actual_provider_name filled on the paths that bypass pre_save."""

    def bulk_create(self, objs, *args, **kwargs):
        """bulk_create that detects the actual provider of every row first."""
        objs = list(objs)
        for obj in objs:
            fill_derived_fields(obj)
        return super().bulk_create(objs, *args, **kwargs)

    def bulk_update(self, objs, fields, *args, **kwargs):
        """bulk_update that fills an empty actual provider when detection inputs change."""
        objs = list(objs)
        fields = list(fields)
        if DETECTION_INPUTS.intersection(fields) and "actual_provider_name" not in fields:
            for obj in objs:
                fill_derived_fields(obj)
            fields.append("actual_provider_name")
        return super().bulk_update(objs, fields, *args, **kwargs)

    def update(self, **kwargs):
        """update() that re-detects the rows whose detection inputs it changed.

        The changed rows are cleared and re-detected by the set-based backfill
        over the same primary-key range, so this stays a handful of statements
        however many rows it touches.
        """
        if not DETECTION_INPUTS.intersection(kwargs) or "actual_provider_name" in kwargs:
            return super().update(**kwargs)
        from subscriptions.services import backfill_actual_provider

        bounds = self.aggregate(low=models.Min("pk"), high=models.Max("pk"))
        updated = super().update(actual_provider_name=None, **kwargs)
        if updated:
            backfill_actual_provider(
                queryset=self.model._base_manager.filter(pk__gte=bounds["low"], pk__lte=bounds["high"])
            )
        return updated
