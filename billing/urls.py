"""The server-rendered billing pages, mounted at /billing/."""

from django.urls import path

from billing import views

app_name = "billing"

urlpatterns = [
    path("usage/", views.usage_list, name="usage"),
    path("providers/", views.provider_analytics, name="providers"),
]
