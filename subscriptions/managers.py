"""The usage-log queryset: bulk paths send no signals, so they detect and keep rollups here."""

from django.db import models, transaction

from subscriptions import rollups
from subscriptions.tracking import billing_period_for, fill_derived_fields

# Changing any of these changes what detection would say about a row.
DETECTION_INPUTS = frozenset({"provider", "model_used", "endpoint"})
# Rows per statement when a write walks a selection by primary key.
CHUNK = 10_000


class APIUsageLogQuerySet(models.QuerySet):
    """Keeps actual_provider_name filled, and the daily rollups exact, on the paths that bypass save()."""

    def bulk_create(self, objs, *args, **kwargs):
        """bulk_create that detects the actual provider of every row and adds the rows to the rollups."""
        objs = list(objs)
        for obj in objs:
            fill_derived_fields(obj)
        if not rollups.maintains(self.model):
            return super().bulk_create(objs, *args, **kwargs)
        if kwargs.get("update_conflicts"):
            raise ValueError(
                "Usage logs are an audit trail: bulk_create(update_conflicts=True) would rewrite "
                "logged calls. Use record_usage, whose request_id makes a replay a no-op."
            )
        with transaction.atomic(using=self.db, savepoint=False):
            created = super().bulk_create(objs, *args, **kwargs)
            if kwargs.get("ignore_conflicts"):
                # Which rows were skipped is not reported back: sum their buckets again.
                rollups.refresh({rollups.bucket_of(obj) for obj in objs}, using=self.db)
            else:
                deltas = rollups.Deltas()
                for obj in created:
                    deltas.add_log(obj)
                rollups.apply(deltas, using=self.db)
        return created

    def bulk_update(self, objs, fields, *args, **kwargs):
        """bulk_update that re-derives what its fields decide: the actual provider, the billing period."""
        objs = list(objs)
        fields = list(fields)
        redetect = DETECTION_INPUTS.intersection(fields) and "actual_provider_name" not in fields
        repartition = "timestamp" in fields and "billing_period" not in fields
        if redetect:
            fields.append("actual_provider_name")
        if repartition:
            fields.append("billing_period")
        for obj in objs:
            obj.actual_provider_name = obj.actual_provider_name or None  # unknown is NULL, never ""
            if redetect or repartition:
                fill_derived_fields(obj)
        if not rollups.maintains(self.model) or not rollups.ROLLUP_FIELDS.intersection(fields):
            return super().bulk_update(objs, fields, *args, **kwargs)
        with transaction.atomic(using=self.db, savepoint=False):
            pks = [obj.pk for obj in objs]
            touched = self._buckets_of_pks(pks)
            updated = super().bulk_update(objs, fields, *args, **kwargs)
            touched |= self._buckets_of_pks(pks)
            rollups.refresh(touched, using=self.db)
        return updated

    def update(self, **kwargs):
        """update() that keeps rollups exact and re-detects the rows whose detection inputs it changed.

        Rows whose detection inputs change are cleared and re-detected by the
        set-based backfill over the same primary-key range, so this stays a
        handful of statements per CHUNK rows however many rows it touches.
        """
        if kwargs.get("actual_provider_name") == "":
            kwargs = {**kwargs, "actual_provider_name": None}  # unknown is NULL, as every write stores it
        redetect = DETECTION_INPUTS.intersection(kwargs) and "actual_provider_name" not in kwargs
        if redetect:
            kwargs = {**kwargs, "actual_provider_name": None}
        if not rollups.maintains(self.model) or not rollups.ROLLUP_FIELDS.intersection(kwargs):
            return self._update_and_redetect(redetect, **kwargs)
        with transaction.atomic(using=self.db, savepoint=False):
            pks = list(self.order_by("pk").values_list("pk", flat=True))
            touched = self._buckets_of_pks(pks)
            updated = sum(
                super(APIUsageLogQuerySet, self._by_pks(chunk)).update(**kwargs) for chunk in _chunks(pks)
            )
            touched |= self._buckets_of_pks(pks)
            rollups.refresh(touched, using=self.db)
            if "timestamp" in kwargs and "billing_period" not in kwargs:
                self._derive_billing_periods(pks)
            if redetect and pks:
                self._redetect(pks[0], pks[-1])
        return updated

    def delete(self):
        """delete() that takes the rows out of their daily rollups in the same transaction."""
        if not rollups.maintains(self.model):
            return super().delete()
        with transaction.atomic(using=self.db, savepoint=False):
            touched = rollups.buckets_of(self)
            deleted = super().delete()
            rollups.refresh(touched, using=self.db)
        return deleted

    def _update_and_redetect(self, redetect: bool, **kwargs) -> int:
        if not redetect:
            return super().update(**kwargs)
        bounds = self.aggregate(low=models.Min("pk"), high=models.Max("pk"))
        updated = super().update(**kwargs)
        if updated:
            self._redetect(bounds["low"], bounds["high"])
        return updated

    def _redetect(self, low: int, high: int) -> None:
        from subscriptions.services import backfill_actual_provider

        rows = self.model._base_manager.using(self.db).filter(pk__gte=low, pk__lte=high)
        backfill_actual_provider(queryset=rows)

    def _derive_billing_periods(self, pks: list) -> None:
        """Set each moved row's billing period to its new timestamp's UTC month."""
        for chunk in _chunks(pks):
            by_period: dict[str, list] = {}
            for pk, timestamp in self._by_pks(chunk).values_list("pk", "timestamp"):
                by_period.setdefault(billing_period_for(timestamp), []).append(pk)
            for period, ids in by_period.items():
                stale = self._by_pks(ids).exclude(billing_period=period)
                super(APIUsageLogQuerySet, stale).update(billing_period=period)

    def _by_pks(self, pks: list) -> "APIUsageLogQuerySet":
        return APIUsageLogQuerySet(self.model, using=self.db).filter(pk__in=pks)

    def _buckets_of_pks(self, pks: list) -> set:
        buckets: set = set()
        for chunk in _chunks(pks):
            buckets |= rollups.buckets_of(self._by_pks(chunk))
        return buckets


def _chunks(items: list) -> list[list]:
    return [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]
