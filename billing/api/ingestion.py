"""Batch ingestion: validate every item, then write all of them or none.

The one write path stays `record_usage`; this module only adds the batch rules
the API promises: serializer validation of every item first, the users resolved
in one query, and all writes in a single transaction that rolls back if any item
fails, with the errors keyed by the item's index.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction

from billing.api.serializers import UsageLogIngestSerializer
from subscriptions.models import APIUsageLog
from subscriptions.services import record_usage


@dataclass
class IngestResult:
    """Rows written or replayed, in input order, or the errors per item index."""

    logs: list[APIUsageLog] = field(default_factory=list)
    created: int = 0
    errors: dict[int, dict] = field(default_factory=dict)


def ingest_usage_logs(*, items: list, requester) -> IngestResult:
    """Record every item for its user (default: the requester); all or nothing."""
    result = IngestResult()
    serializer = UsageLogIngestSerializer(data=items, many=True)
    if not serializer.is_valid():
        errors = serializer.errors
        # DRF reports per-item errors as {index: errors} (a list in its older format).
        pairs = errors.items() if isinstance(errors, dict) else enumerate(errors)
        result.errors = {int(i): item_errors for i, item_errors in pairs if item_errors}
        return result
    validated = serializer.validated_data

    wanted = {item["user"] for item in validated if "user" in item and item["user"] != requester.pk}
    users = get_user_model().objects.in_bulk(wanted) if wanted else {}
    users[requester.pk] = requester
    for i, item in enumerate(validated):
        if item.get("user", requester.pk) not in users:
            result.errors[i] = {"user": [f"There is no user with id {item['user']}."]}
    if result.errors:
        return result

    with transaction.atomic():
        for i, item in enumerate(validated):
            fields = dict(item)
            user = users[fields.pop("user", requester.pk)]
            try:
                log, created = record_usage(user=user, **fields)
            except DjangoValidationError as exc:
                result.errors[i] = (
                    exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
                )
                continue
            result.logs.append(log)
            result.created += created
        if result.errors:
            # Items before the bad one were written inside this block: undo them all.
            transaction.set_rollback(True)
            result.logs, result.created = [], 0
    return result
