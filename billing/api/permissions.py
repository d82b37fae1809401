"""Who may write usage logs through the API."""

from rest_framework.permissions import SAFE_METHODS, BasePermission

INGEST_PERMISSION = "subscriptions.add_apiusagelog"


def can_ingest(user) -> bool:
    """Staff, or an account granted subscriptions.add_apiusagelog (a service account)."""
    return bool(user and user.is_authenticated and (user.is_staff or user.has_perm(INGEST_PERMISSION)))


class CanIngestUsageLogs(BasePermission):
    """Reads are for any signed-in user (scoped elsewhere); writes need `can_ingest`."""

    message = f"Recording usage logs needs staff status or the {INGEST_PERMISSION} permission."

    def has_permission(self, request, view) -> bool:
        return request.method in SAFE_METHODS or can_ingest(request.user)
