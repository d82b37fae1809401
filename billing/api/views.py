"""The usage-logs endpoints. Views parse input and call selectors; they hold no rules of their own."""

from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    PolymorphicProxySerializer,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, status, viewsets
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.decorators import action
from rest_framework.exceptions import APIException, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from billing.api.ingestion import ingest_usage_logs
from billing.api.pagination import KeysetPagination, ordered, parse_ordering
from billing.api.permissions import CanIngestUsageLogs
from billing.api.renderers import CSVRenderer, stream_csv
from billing.api.serializers import (
    MAX_BATCH,
    IngestBatchResultSerializer,
    InsightsSerializer,
    SummaryRowSerializer,
    UsageLogIngestSerializer,
    UsageLogSerializer,
)
from billing.filters import UsageLogFilterSet, actual_provider_choices
from billing.insights import as_json, provider_insights
from billing.selectors import GROUP_BY_CHOICES, usage_logs_visible_to, usage_summary
from subscriptions.models import APIUsageLog

USER_ID_PARAMETER = OpenApiParameter(
    "user_id",
    int,
    description="Staff only: narrow to one user's logs. Anyone else naming another user gets 403.",
)
FORMAT_PARAMETER = OpenApiParameter(
    "format",
    str,
    # `api` (DRF's browsable HTML) works too; it is a page for people, not part of this contract.
    enum=["json", "csv"],
    description="`csv` streams every matching row (not one page) as a CSV download.",
)
GROUP_BY_PARAMETER = OpenApiParameter(
    "group_by",
    str,
    description=(
        f"One of {', '.join(GROUP_BY_CHOICES)}, or two of them separated by a comma "
        "(e.g. actual_provider,provider). Default actual_provider."
    ),
    enum=[*GROUP_BY_CHOICES, "actual_provider,provider"],
)
# The filter's choices are callable (deployments add providers), which the schema
# generator cannot list, so the parameter is described here with the catalogue's slugs.
ACTUAL_PROVIDER_PARAMETER = OpenApiParameter(
    "actual_provider",
    {"type": "array", "items": {"type": "string", "enum": [slug for slug, _ in actual_provider_choices()]}},
    explode=True,
    description="One or more actual-provider slugs (repeat the parameter); `unknown` selects rows with none.",
)
PERCENTILES_PARAMETER = OpenApiParameter(
    "percentiles",
    bool,
    description=(
        "Default true: p50/p95 response times, computed from every matching log. With false they are "
        "null and the summary is read from daily rollups wherever the filters allow: the same counts, "
        "tokens, cost, average and success rate, at a cost that does not grow with the number of logs."
    ),
)
TZ_PARAMETER = OpenApiParameter(
    "tz", str, description="IANA time zone for `day` buckets, e.g. Asia/Kolkata. Default: the server's."
)
ERROR_400 = OpenApiResponse(
    OpenApiTypes.OBJECT, description="A parameter is invalid: {parameter: [messages]}."
)
ERROR_401 = OpenApiResponse(OpenApiTypes.OBJECT, description="Not authenticated: {detail}.")
ERROR_404 = OpenApiResponse(OpenApiTypes.OBJECT, description="No such log among those you may read.")
ERROR_403 = OpenApiResponse(OpenApiTypes.OBJECT, description="Not allowed (e.g. user_id of another user).")
INGEST_RESPONSE = PolymorphicProxySerializer(
    component_name="UsageLogIngestResponse",
    serializers=[UsageLogSerializer, IngestBatchResultSerializer],
    resource_type_field_name=None,
)
INGEST_REQUEST = PolymorphicProxySerializer(
    component_name="UsageLogIngestRequest",
    serializers=[UsageLogIngestSerializer, UsageLogIngestSerializer(many=True)],
    resource_type_field_name=None,
    many=False,
)


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "payload_too_large"


@extend_schema_view(
    list=extend_schema(
        summary="List usage logs",
        description=(
            "The requester's usage logs (staff: everyone's, or one user's with user_id), newest first, "
            "keyset-paginated. `?format=csv` streams every matching row instead of one page."
        ),
        parameters=[USER_ID_PARAMETER, FORMAT_PARAMETER, ACTUAL_PROVIDER_PARAMETER],
        responses={
            (200, "application/json"): OpenApiResponse(
                UsageLogSerializer(many=True), description="A page of rows."
            ),
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="With format=csv: every row."),
            # Errors are JSON even when CSV was asked for (see handle_exception).
            (400, "application/json"): ERROR_400,
            (401, "application/json"): ERROR_401,
            (403, "application/json"): ERROR_403,
        },
    ),
    retrieve=extend_schema(
        summary="One usage log",
        description="Another user's log is a 404, so ids reveal nothing.",
        parameters=[USER_ID_PARAMETER],
        responses={
            200: UsageLogSerializer,
            400: ERROR_400,
            401: ERROR_401,
            403: ERROR_403,
            404: ERROR_404,
        },
    ),
    create=extend_schema(
        summary="Record usage logs",
        description=(
            f"One log (an object) or up to {MAX_BATCH} (a list), for staff or holders of "
            "subscriptions.add_apiusagelog. `request_id` makes a replay return the existing row. "
            "A list with any invalid item writes nothing and returns the errors keyed by item index."
        ),
        request=INGEST_REQUEST,
        responses={
            201: OpenApiResponse(
                INGEST_RESPONSE, description="Written: the row, or {created, replayed, results}."
            ),
            200: OpenApiResponse(INGEST_RESPONSE, description="Replayed: every request_id existed already."),
            400: ERROR_400,
            401: ERROR_401,
            403: ERROR_403,
            413: OpenApiResponse(OpenApiTypes.OBJECT, description="The body is over the upload limit."),
            415: OpenApiResponse(OpenApiTypes.OBJECT, description="The body's Content-Type is not accepted."),
        },
    ),
)
class UsageLogViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Usage logs, scoped to the requester, with filters, summaries, CSV and ingestion."""

    # Token first, so an anonymous script gets 401 with a WWW-Authenticate header.
    authentication_classes = [TokenAuthentication, SessionAuthentication]
    permission_classes = [IsAuthenticated, CanIngestUsageLogs]
    serializer_class = UsageLogSerializer
    filterset_class = UsageLogFilterSet
    pagination_class = KeysetPagination
    queryset = APIUsageLog.objects.none()  # names the model for the router and the schema

    def get_queryset(self) -> QuerySet[APIUsageLog]:
        if getattr(self, "swagger_fake_view", False):
            return APIUsageLog.objects.none()
        try:
            return usage_logs_visible_to(
                user=self.request.user, requested_user_id=self.request.query_params.get("user_id")
            )
        except DjangoValidationError as exc:
            raise ValidationError(exc.message_dict) from None

    def get_serializer_class(self):
        # The browsable API's POST form describes what ingestion accepts.
        if self.request is not None and self.request.method == "POST":
            return UsageLogIngestSerializer
        return UsageLogSerializer

    def get_renderers(self):
        renderers = [JSONRenderer(), BrowsableAPIRenderer()]
        if getattr(self, "action", None) == "list":
            renderers.append(CSVRenderer())
        return renderers

    def perform_content_negotiation(self, request, force=False):
        try:
            return super().perform_content_negotiation(request, force)
        except Http404:
            # DRF answers an unknown ?format= with a bare 404; it is a bad parameter, so name it.
            wanted = request.query_params.get("format")
            if wanted is None:
                raise
            offered = ", ".join(renderer.format for renderer in self.get_renderers())
            raise ValidationError({"format": [f"format must be one of {offered}; got {wanted!r}."]}) from None

    def handle_exception(self, exc):
        if isinstance(exc, RequestDataTooBig):
            # Django's own answer is a bare HTML 400; a script needs the limit to split its batch.
            exc = PayloadTooLarge(
                f"The request body is over {settings.DATA_UPLOAD_MAX_MEMORY_SIZE} bytes; "
                "send fewer items per request."
            )
        response = super().handle_exception(exc)
        # Errors are JSON even when CSV was asked for: a script should read the message.
        if isinstance(getattr(self.request, "accepted_renderer", None), CSVRenderer):
            self.request.accepted_renderer = JSONRenderer()
            self.request.accepted_media_type = JSONRenderer.media_type
        return response

    def list(self, request: Request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        if isinstance(request.accepted_renderer, CSVRenderer):
            return stream_csv(ordered(queryset, *parse_ordering(request)))
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        summary="Usage summary per group",
        description=(
            "Calls, tokens, cost, average/median/p95 response time and success rate per group, "
            "honouring every list filter. Ordered by cost (day and billing_period: by key). "
            "`percentiles=false` reads daily rollups where it can and is the fast choice at scale."
        ),
        parameters=[
            GROUP_BY_PARAMETER,
            PERCENTILES_PARAMETER,
            TZ_PARAMETER,
            USER_ID_PARAMETER,
            ACTUAL_PROVIDER_PARAMETER,
        ],
        responses={200: SummaryRowSerializer(many=True), 400: ERROR_400, 401: ERROR_401, 403: ERROR_403},
    )
    @action(detail=False, methods=["get"], pagination_class=None)
    def summary(self, request: Request, format: str | None = None) -> Response:
        group_by = _parse_group_by(request.query_params.get("group_by"))
        tz = _parse_tz(request.query_params.get("tz"))
        percentiles = _parse_bool("percentiles", request.query_params.get("percentiles"), default=True)
        queryset = self.filter_queryset(self.get_queryset())
        rows = usage_summary(queryset=queryset, group_by=group_by, tz=tz, percentiles=percentiles)
        return Response(SummaryRowSerializer(rows, many=True).data)

    @extend_schema(
        summary="Provider insights",
        description=(
            "Within each enum category (e.g. all video calls), the actual providers seen with their cost "
            "per call and per 1k tokens, success rate and p95 latency over the filtered rows; a "
            "recommendation where one provider is clearly cheaper at a comparable success rate; and each "
            "provider's last 7 days against the 7 before. Honours every list filter."
        ),
        parameters=[USER_ID_PARAMETER, ACTUAL_PROVIDER_PARAMETER],
        responses={200: InsightsSerializer, 400: ERROR_400, 401: ERROR_401, 403: ERROR_403},
    )
    @action(detail=False, methods=["get"], pagination_class=None)
    def insights(self, request: Request, format: str | None = None) -> Response:
        queryset = self.filter_queryset(self.get_queryset())
        return Response(InsightsSerializer(as_json(provider_insights(queryset=queryset))).data)

    def create(self, request: Request, *args, **kwargs) -> Response:
        payload = request.data
        many = isinstance(payload, list)
        if many and not 1 <= len(payload) <= MAX_BATCH:
            raise ValidationError(
                {"non_field_errors": [f"Send between 1 and {MAX_BATCH} items, got {len(payload)}."]}
            )
        if not many and not isinstance(payload, dict):
            raise ValidationError({"non_field_errors": ["Send one JSON object or a list of objects."]})
        result = ingest_usage_logs(items=payload if many else [payload], requester=request.user)
        if result.errors:
            if not many:
                return Response(result.errors[0], status=status.HTTP_400_BAD_REQUEST)
            return Response(
                {
                    "detail": f"{len(result.errors)} of {len(payload)} items are invalid; none was written.",
                    "errors": {str(i): errors for i, errors in sorted(result.errors.items())},
                },
                status=status.HTTP_400_BAD_REQUEST,
            )
        code = status.HTTP_201_CREATED if result.created else status.HTTP_200_OK
        rows = UsageLogSerializer(result.logs, many=True).data
        if not many:
            return Response(rows[0], status=code)
        return Response(
            {"created": result.created, "replayed": len(rows) - result.created, "results": rows}, status=code
        )


def _parse_group_by(raw: str | None) -> str | tuple[str, ...]:
    if not raw:
        return "actual_provider"
    parts = tuple(part.strip() for part in raw.split(","))
    if not 1 <= len(parts) <= 2 or len(set(parts)) != len(parts) or not set(parts) <= set(GROUP_BY_CHOICES):
        raise ValidationError(
            {
                "group_by": [
                    f"group_by must be one of {', '.join(GROUP_BY_CHOICES)}, or two of them; got {raw!r}."
                ]
            }
        )
    return parts[0] if len(parts) == 1 else parts


def _parse_bool(name: str, raw: str | None, *, default: bool) -> bool:
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in ("true", "1"):
        return True
    if value in ("false", "0"):
        return False
    raise ValidationError({name: [f"{name} must be true or false; got {raw!r}."]})


def _parse_tz(raw: str | None) -> zoneinfo.ZoneInfo:
    if not raw:
        return timezone.get_current_timezone()
    try:
        return zoneinfo.ZoneInfo(raw)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError, UnicodeError):
        raise ValidationError(
            {"tz": [f"tz must be an IANA time zone such as Asia/Kolkata; got {raw!r}."]}
        ) from None
