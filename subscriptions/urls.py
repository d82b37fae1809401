"""Subscription API, mounted at /api/subscription/usage/ (ahead of the usage-logs API)."""

from django.urls import path

from subscriptions.api import SubscriptionUsageView

app_name = "subscriptions"

urlpatterns = [
    path("", SubscriptionUsageView.as_view(), name="usage"),
]
