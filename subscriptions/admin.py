"""Admin for plans and subscriptions, and a page of users near or over their limits."""

from __future__ import annotations

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone

from subscriptions.limits import is_billing_period, users_near_limits
from subscriptions.models import PlanLimit, SubscriptionPlan, UsageAlert, UserSubscription
from subscriptions.tracking import billing_period_for

DEFAULT_SHARE = 0.8
NEAR_LIMITS_TEMPLATE = "admin/subscriptions/usersubscription/near_limits.html"


class PlanLimitInline(admin.TabularInline):
    model = PlanLimit
    extra = 1
    fields = ("provider", "max_calls", "max_tokens", "max_cost")


@admin.register(SubscriptionPlan)
class SubscriptionPlanAdmin(admin.ModelAdmin):
    list_display = ("name", "tier", "monthly_price", "is_active", "limit_count")
    list_filter = ("tier", "is_active")
    search_fields = ("name",)
    inlines = [PlanLimitInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(limit_rows=Count("limits"))

    @admin.display(description="Limits", ordering="limit_rows")
    def limit_count(self, obj: SubscriptionPlan) -> int:
        return obj.limit_rows


@admin.register(UserSubscription)
class UserSubscriptionAdmin(admin.ModelAdmin):
    list_display = ("user", "plan", "status", "started_at")
    list_filter = ("status", "plan")
    list_select_related = ("user", "plan")
    raw_id_fields = ("user",)
    search_fields = ("user__username", "user__email", "plan__name")
    change_list_template = "admin/subscriptions/usersubscription/change_list.html"

    def get_urls(self):
        info = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path(
                "near-limits/", self.admin_site.admin_view(self.near_limits_view), name=f"{info}_near_limits"
            ),
            *super().get_urls(),
        ]

    def near_limits_view(self, request: HttpRequest) -> HttpResponse:
        """Users at or past a share of a limit this period (or ?period=YYYY-MM), fullest first."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Users near or over their limits",
        }
        errors = []
        period = request.GET.get("period") or billing_period_for(timezone.now())
        if not is_billing_period(period):
            errors.append("period must be a billing period written YYYY-MM.")
        raw_share = request.GET.get("share") or ""
        try:
            share = float(raw_share) / 100 if raw_share else DEFAULT_SHARE
            if not 0 < share <= 10:
                raise ValueError
        except ValueError:
            errors.append("share must be a percentage between 1 and 1000.")
            share = DEFAULT_SHARE
        context.update(period=period, share_percent=round(share * 100), errors=errors)
        if errors:
            return TemplateResponse(request, NEAR_LIMITS_TEMPLATE, context, status=400)
        context["standings"] = users_near_limits(period=period, share=share)
        return TemplateResponse(request, NEAR_LIMITS_TEMPLATE, context)


@admin.register(UsageAlert)
class UsageAlertAdmin(admin.ModelAdmin):
    list_display = ("sent_at", "period", "kind", "subject")
    list_filter = ("kind", "period")
    search_fields = ("subject", "message")
    readonly_fields = ("kind", "subject", "period", "message", "sent_at")

