"""The OpenAPI schema describes every parameter and enum; the docs page serves local assets."""

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema():
    response = APIClient().get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    return response.json()


def parameters(schema, path: str) -> dict:
    return {p["name"]: p for p in schema["paths"][path]["get"]["parameters"]}


def test_the_list_documents_every_filter_and_pagination_parameter(schema):
    names = set(parameters(schema, "/api/subscription/usage-logs/"))
    filters = "provider actual_provider model model_contains status status_code billing_period after before"
    others = "min_cost max_cost search ordering cursor page_size user_id format"
    assert names >= set(f"{filters} {others}".split())


def test_enums_are_listed(schema):
    params = parameters(schema, "/api/subscription/usage-logs/")
    assert "video" in params["provider"]["schema"]["items"]["enum"]
    assert set(params["status"]["schema"]["enum"]) == {"success", "failed"}
    assert "-cost_total" in params["ordering"]["schema"]["enum"]
    slugs = set(params["actual_provider"]["schema"]["items"]["enum"])
    assert {"wavespeed", "huggingface", "unknown"} <= slugs
    summary = parameters(schema, "/api/subscription/usage-logs/summary/")
    assert {"group_by", "tz", "actual_provider", "after"} <= set(summary)
    assert "day" in summary["group_by"]["schema"]["enum"]


def test_the_list_response_is_a_keyset_page(schema):
    response = schema["paths"]["/api/subscription/usage-logs/"]["get"]["responses"]["200"]
    page = response["content"]["application/json"]["schema"]
    if "$ref" in page:
        page = schema["components"]["schemas"][page["$ref"].rsplit("/", 1)[1]]
    assert set(page["properties"]) == {"next", "previous", "results"}


def test_the_docs_page_loads_no_cdn_assets():
    response = APIClient().get("/api/schema/docs/")
    assert response.status_code == 200
    assert b"cdn." not in response.content
    assert b"swagger-ui" in response.content
