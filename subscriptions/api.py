"""GET /api/subscription/usage/: the signed-in user's plan usage this billing period.

The view parses input and calls `subscription_usage`; it only ever reads the
requesting user's own rows, whoever they are (staff included), so nothing here
can leak another user's usage.
"""

from __future__ import annotations

from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from subscriptions.limits import is_billing_period, subscription_usage
from subscriptions.tracking import billing_period_for


class AmountsSerializer(serializers.Serializer):
    calls = serializers.IntegerField(allow_null=True)
    tokens = serializers.IntegerField(allow_null=True)
    cost = serializers.DecimalField(max_digits=20, decimal_places=6, allow_null=True)


class ActualProviderUsageSerializer(serializers.Serializer):
    actual_provider = serializers.CharField(allow_null=True, help_text="Slug, or null when undetected.")
    display_name = serializers.CharField()
    calls = serializers.IntegerField()
    tokens = serializers.IntegerField()
    cost = serializers.DecimalField(max_digits=20, decimal_places=6)


class EnumUsageSerializer(serializers.Serializer):
    provider = serializers.CharField(help_text="The APIProvider enum value that limits count by.")
    label = serializers.CharField()
    used = AmountsSerializer()
    limit = AmountsSerializer(help_text="null is unlimited.")
    remaining = AmountsSerializer(help_text="null is unlimited; never negative.")
    by_actual_provider = ActualProviderUsageSerializer(many=True)


class PlanSerializer(serializers.Serializer):
    name = serializers.CharField()
    tier = serializers.CharField()
    status = serializers.CharField()


class SubscriptionUsageSerializer(serializers.Serializer):
    period = serializers.CharField(help_text="Billing period, YYYY-MM (UTC).")
    plan = PlanSerializer(allow_null=True, help_text="null: no subscription, so no limits.")
    enums = EnumUsageSerializer(many=True)


class SubscriptionUsageView(APIView):
    """Per enum: used calls/tokens/cost, the plan's limit, what remains, and who served it."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "period", str, description="Billing period YYYY-MM; defaults to the current one (UTC)."
            )
        ],
        responses={
            200: SubscriptionUsageSerializer,
            400: OpenApiResponse(OpenApiTypes.OBJECT, description="period is not YYYY-MM: {period: [...]}."),
        },
    )
    def get(self, request: Request) -> Response:
        period = parse_period(request.query_params.get("period"))
        usage = subscription_usage(user=request.user, period=period)
        return Response(SubscriptionUsageSerializer(usage).data)


def parse_period(raw: str | None) -> str:
    """A YYYY-MM billing period from a query parameter; 400 naming `period` otherwise."""
    if raw is None or raw == "":
        return billing_period_for(timezone.now())
    if not is_billing_period(raw):
        shown = raw if len(raw) <= 20 else raw[:20] + "..."
        message = f"Enter a billing period as YYYY-MM (2000-01 or later), got {shown!r}."
        raise ValidationError({"period": [message]})
    return raw
