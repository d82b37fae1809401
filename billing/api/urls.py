"""Routes of the usage-logs API, mounted at /api/subscription/."""

from rest_framework.routers import DefaultRouter

from billing.api.views import UsageLogViewSet

app_name = "billing-api"

router = DefaultRouter()
router.register("usage-logs", UsageLogViewSet, basename="usage-log")

urlpatterns = router.urls
