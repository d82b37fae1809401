"""The admin for usage logs: an operations console for a table of tens of millions of rows.

Nothing here counts the whole table: the changelist's paginator counts at most
`CappedCountPaginator.cap` rows, and the extra billing pages (a usage report by
actual provider x enum, and a detection-coverage page) aggregate in the database.
"""

from __future__ import annotations

import datetime as dt
import re

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from billing.rollup_reads import days_with_logs, is_utc
from billing.selectors import summary_totals, usage_summary
from billing.templatetags.billing_tags import provider_cell
from providers.catalogue import provider_choices
from providers.detection import explain
from subscriptions.managers import APIUsageLogQuerySet
from subscriptions.models import APIUsageLog
from subscriptions.services import backfill_actual_provider, redetect_usage_logs

UNKNOWN = "unknown"
BILLING_PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
# Changelist parameters that describe the screen, not the rows: the report drops them.
SCREEN_PARAMS = ("p", "o", "e", "_changelist_filters")


class CappedCountPaginator(Paginator):
    """A paginator that counts at most `cap` rows, so a changelist never scans the whole table.

    Django counts with `SELECT COUNT(*) FROM (SELECT ... LIMIT cap)`, which stops
    after `cap` index entries. Past the cap the admin narrows with the date
    hierarchy or a filter; deep OFFSET pages would be slow anyway.
    """

    cap = 10_000

    @cached_property
    def count(self) -> int:
        return self.object_list[: self.cap].count()


class ActualProviderFilter(admin.SimpleListFilter):
    """Filter by the vendor that served the call, including rows detection could not name."""

    title = "actual provider"
    parameter_name = "actual_provider"

    def lookups(self, request, model_admin):
        return [(UNKNOWN, "Unknown (not detected)"), *provider_choices()]

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        if value == UNKNOWN:
            return queryset.filter(actual_provider_name__isnull=True)
        if value not in dict(provider_choices()):
            raise IncorrectLookupParameters(f"Unknown actual provider {value!r}")
        return queryset.filter(actual_provider_name=value)


class StatusFilter(admin.SimpleListFilter):
    """Success (2xx) or failed, the way the billing pages and the API say it."""

    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [("success", "Success (2xx)"), ("failed", "Failed")]

    def queryset(self, request, queryset):
        success = {"status_code__gte": 200, "status_code__lt": 300}
        if self.value() == "success":
            return queryset.filter(**success)
        if self.value() == "failed":
            return queryset.exclude(**success)
        if self.value() is not None:
            raise IncorrectLookupParameters("status must be success or failed")
        return queryset


class BillingPeriodFilter(admin.SimpleListFilter):
    """The last twelve billing periods, listed from the calendar rather than a DISTINCT scan."""

    title = "billing period"
    parameter_name = "billing_period"

    def lookups(self, request, model_admin):
        today = timezone.now()
        periods = []
        year, month = today.year, today.month
        for _ in range(12):
            periods.append((f"{year:04d}-{month:02d}", f"{year:04d}-{month:02d}"))
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return periods

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        if not BILLING_PERIOD.match(value):
            raise IncorrectLookupParameters("billing_period must be YYYY-MM")
        return queryset.filter(billing_period=value)


class UsageLogAdminQuerySet(APIUsageLogQuerySet):
    """The changelist's rows, whose date drill-down lists years, months and days from the daily rollups."""

    def datetimes(self, field_name, kind, order="ASC", tzinfo=None):
        zone = tzinfo or timezone.get_current_timezone()
        days = days_with_logs(self) if field_name == "timestamp" and is_utc(zone) else None
        if days is None:
            return super().datetimes(field_name, kind, order, tzinfo)
        starts = {_start_of(kind, day) for day in days}
        return sorted(starts, reverse=order == "DESC")


def _start_of(kind: str, day: dt.date) -> dt.datetime:
    """The first moment (UTC) of the year, month or day holding `day`, as datetimes() returns it."""
    if kind == "year":
        day = day.replace(month=1, day=1)
    elif kind == "month":
        day = day.replace(day=1)
    elif kind != "day":
        raise ValueError(f"The date drill-down reads days, months and years, not {kind!r}.")
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


@admin.register(APIUsageLog)
class APIUsageLogAdmin(admin.ModelAdmin):
    """Usage logs are written by `record_usage` only: the admin reads, explains and re-detects."""

    list_display = [
        "timestamp",
        "user",
        "provider_column",
        "model_used",
        "tokens_total",
        "cost_total",
        "status_code",
        "response_time",
    ]
    list_filter = [ActualProviderFilter, "provider", StatusFilter, BillingPeriodFilter]
    list_select_related = ["user"]
    raw_id_fields = ["user"]
    date_hierarchy = "timestamp"
    search_fields = ["model_used", "endpoint", "=user__username"]
    # The changelist reads the (-timestamp, -id) index; facet counts would scan the table per filter.
    ordering = ["-timestamp", "-id"]
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    paginator = CappedCountPaginator
    list_per_page = 50
    actions = ["redetect_actual_provider"]
    readonly_fields = [
        "user",
        "provider",
        "actual_provider_name",
        "detection_explanation",
        "model_used",
        "endpoint",
        "method",
        "tokens_input",
        "tokens_output",
        "tokens_total",
        "cost_input",
        "cost_output",
        "cost_total",
        "response_time",
        "status_code",
        "error_message",
        "retry_count",
        "request_id",
        "timestamp",
        "billing_period",
    ]
    fields = readonly_fields

    # Billing records are an audit trail: no adding or deleting by hand.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        rows = super().get_queryset(request)
        return UsageLogAdminQuerySet(model=rows.model, query=rows.query.chain(), using=rows.db)

    @admin.display(description="provider", ordering="actual_provider_name")
    def provider_column(self, obj: APIUsageLog):
        return provider_cell(obj)

    @admin.display(description="why this provider")
    def detection_explanation(self, obj: APIUsageLog):
        detection = explain(provider_enum=obj.provider, model_name=obj.model_used, endpoint=obj.endpoint)
        if detection.slug == obj.actual_provider_name:
            verdict = "matches the stored value"
        else:
            verdict = (
                f"differs from the stored value ({obj.actual_provider_name or 'none'}): "
                "use the “Re-detect actual provider” action"
            )
        return format_html(
            "{}<br><small>rule: {} · field: {} · evidence: {} · {}</small>",
            str(detection),
            detection.rule or "—",
            detection.field or "—",
            detection.evidence or "—",
            verdict,
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "show_save": False,
            "show_save_and_continue": False,
            "show_save_and_add_another": False,
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "report_query": _report_query(request)}
        return super().changelist_view(request, extra_context)

    @admin.action(description="Re-detect actual provider", permissions=["change"])
    def redetect_actual_provider(self, request: HttpRequest, queryset: QuerySet) -> None:
        changed = redetect_usage_logs(queryset)
        self.message_user(
            request,
            f"Re-detected the selected rows under the current rules: {changed} changed.",
            messages.SUCCESS,
        )

    def get_urls(self):
        info = f"{self.opts.app_label}_{self.opts.model_name}"
        wrap = self.admin_site.admin_view
        return [
            path("usage-report/", wrap(self.usage_report_view), name=f"{info}_usage_report"),
            path(
                "detection-coverage/",
                wrap(self.detection_coverage_view),
                name=f"{info}_detection_coverage",
            ),
            path(
                "detection-coverage/backfill/",
                wrap(self.backfill_missing_view),
                name=f"{info}_backfill_missing",
            ),
            *super().get_urls(),
        ]

    def usage_report_view(self, request: HttpRequest) -> HttpResponse:
        """Calls, tokens, cost and success rate by actual provider x enum for the changelist's rows.

        The changelist itself applies the filters, search and date drill-down, so
        the report always matches what the admin had on screen.
        """
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Usage by actual provider",
            "report_query": _report_query(request),
        }
        request.GET = request.GET.copy()
        for name in SCREEN_PARAMS:
            request.GET.pop(name, None)
        try:
            changelist = self.get_changelist_instance(request)
        except IncorrectLookupParameters as exc:
            context["error"] = str(exc) or "A filter value is not valid."
            return TemplateResponse(request, "admin/billing/usage_report.html", context, status=400)
        rows = usage_summary(
            queryset=changelist.queryset, group_by=("actual_provider", "provider"), percentiles=False
        )
        context.update(cl=changelist, rows=rows, totals=summary_totals(rows))
        return TemplateResponse(request, "admin/billing/usage_report.html", context)

    def detection_coverage_view(self, request: HttpRequest) -> HttpResponse:
        """Rows with no actual provider, and the model names and endpoints behind them.

        For each, what detection says under the current rules: "no evidence" means
        a `PROVIDER_TRACKING` rule is missing; an answer means a backfill will fill it.
        """
        if not self.has_view_permission(request):
            raise PermissionDenied
        missing = APIUsageLog.objects.filter(actual_provider_name__isnull=True).order_by()
        by_enum = list(missing.values("provider").annotate(rows=Count("pk")).order_by("-rows"))
        top_models = list(
            missing.values("provider", "model_used").annotate(rows=Count("pk")).order_by("-rows")[:25]
        )
        top_endpoints = list(
            missing.values("provider", "endpoint").annotate(rows=Count("pk")).order_by("-rows")[:25]
        )
        for row in top_models:
            row["detection"] = explain(provider_enum=row["provider"], model_name=row["model_used"])
        for row in top_endpoints:
            row["detection"] = explain(provider_enum=row["provider"], endpoint=row["endpoint"])
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Detection coverage",
            "missing_total": sum(row["rows"] for row in by_enum),
            "by_enum": by_enum,
            "top_models": top_models,
            "top_endpoints": top_endpoints,
            "can_backfill": self.has_change_permission(request),
        }
        return TemplateResponse(request, "admin/billing/detection_coverage.html", context)

    @staticmethod
    def _coverage_url() -> str:
        return reverse("admin:subscriptions_apiusagelog_detection_coverage")

    def backfill_missing_view(self, request: HttpRequest) -> HttpResponse:
        """Run the backfill over the rows still missing an actual provider (POST only)."""
        return require_POST(self._backfill_missing)(request)

    def _backfill_missing(self, request: HttpRequest) -> HttpResponse:
        if not self.has_change_permission(request):
            raise PermissionDenied
        result = backfill_actual_provider(only_missing=True)
        self.message_user(
            request,
            f"Backfill done: {result.updated} rows filled, {result.undetected} still undetected.",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(self._coverage_url())


def _report_query(request: HttpRequest) -> str:
    """The changelist's filters as a query string, without page, ordering or error markers."""
    params = request.GET.copy()
    for name in SCREEN_PARAMS:
        params.pop(name, None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else ""
