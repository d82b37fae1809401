"""The keyset condition shared by the API's cursors and the usage page's newer/older links."""

from django.db.models import Q


def beyond(field: str, value, pk: int, *, below: bool) -> Q:
    """Rows strictly after (value, pk) in (field, id) order: below it when `below`, else above.

    The first, redundant bound (`field <= value`) is what lets PostgreSQL walk
    the (user, -timestamp, -id) index from the cursor: on the OR alone it reads
    every row before the cursor and throws them away, so page 1,000 cost
    1,000 pages.
    """
    strict, inclusive = ("lt", "lte") if below else ("gt", "gte")
    return Q(**{f"{field}__{inclusive}": value}) & (
        Q(**{f"{field}__{strict}": value}) | Q(**{field: value, f"id__{strict}": pk})
    )
