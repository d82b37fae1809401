"""The API fuzzed against its own OpenAPI schema: no 5xx, and every response is what the schema declares.

Schemathesis reads `/api/schema/` through the WSGI app (no server, no network)
and generates requests for every operation, as an owner and as staff, bounded
per operation so this file stays well under two minutes.

The checks are the ones about responses: no server error, and the status code,
content type, headers and body each documented. Schemathesis's request-side
opinions are left out on purpose: it expects an empty `?before=` to be refused
(django-filter, like every filter here, treats an empty parameter as unset) and
a well-formed but unknown `user_id` to be accepted (here it is a 400 naming
`user_id`). Who may call what, anonymous included, is tests/reliability/test_isolation.py.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.urls import Resolver404, resolve
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from config.wsgi import application
from tests.factories import usage_log

EXAMPLES_PER_OPERATION = 30
RESPONSE_CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]

# Loaded at import, through the app itself: generating the schema reads no database.
# (The fixture-based lazy loader of schemathesis 4.32 does not run under pytest 9.)
schema = schemathesis.openapi.from_wsgi("/api/schema/", application)

BOUNDED = settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def test_connection_kept_open():
    """Keep the test's connection (and its transaction) across the WSGI calls, as Django's test client does.

    Schemathesis calls the WSGI handler itself, whose request_finished signal would
    otherwise close the connection, which on PostgreSQL ends the test's transaction.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def seeded(test_connection_kept_open, owner, other_user, staff):
    """Rows of every user to page, filter and summarise, a failed call among them."""
    for user in (owner, other_user, staff):
        usage_log(user)
        usage_log(
            user, provider="gemini", model_used="gemini-2.5-flash", endpoint="/api/llm/chat", status_code=500
        )


def routed(case) -> bool:
    """Whether Django routes the generated path at all: `/usage-logs/1.5e-05/` never reaches the API."""
    try:
        resolve(case.formatted_path)
    except Resolver404:
        return False
    return True


def call_as(case, user) -> None:
    token = Token.objects.get_or_create(user=user)[0].key
    # An unrouted path gets Django's own 404 page, which no API operation describes: only its status
    # (a documented 404, never a 5xx) is the API's business.
    checks = RESPONSE_CHECKS if routed(case) else [not_a_server_error, status_code_conformance]
    case.call_and_validate(headers={"Authorization": f"Token {token}"}, checks=checks)


@schema.parametrize()
@BOUNDED
def test_every_operation_answers_an_owner_without_5xx_and_as_its_schema_says(case, seeded, owner):
    call_as(case, owner)


@schema.parametrize()
@BOUNDED
def test_every_operation_answers_staff_without_5xx_and_as_its_schema_says(case, seeded, staff):
    call_as(case, staff)
