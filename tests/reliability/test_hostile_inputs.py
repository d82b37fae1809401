"""Hostile input to the ingestion API and the filters: a clear 4xx naming what is wrong, nothing written.

Billing data must never be half-written or silently mangled, and a bad parameter
must never be a 500 (PostgreSQL refuses NUL bytes and lone surrogates outright,
so the refusal has to happen before the database). Every case counts the rows
before and after. Model names and endpoints carrying HTML or spreadsheet-formula
characters are stored as sent and shown escaped on every page, in the admin, and
neutralised in the CSV export.
"""

import csv
import io
import json
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.test import Client, override_settings
from rest_framework.authtoken.models import Token

from subscriptions.models import APIUsageLog
from subscriptions.services import record_usage
from tests.factories import usage_log

pytestmark = pytest.mark.django_db

LIST_URL = "/api/subscription/usage-logs/"
SUMMARY_URL = "/api/subscription/usage-logs/summary/"
TEXT_FIELDS = ("endpoint", "model_used", "method", "error_message", "request_id", "actual_provider_name")
TEN_KB = "x" * 10_240


def call(**changes) -> dict:
    """A valid call to record, with some fields changed."""
    item = {
        "provider": "video",
        "model_used": "alibaba/wan-2.5/text-to-video",
        "endpoint": "/video-generation/wavespeed",
        "tokens_input": 10,
        "cost_input": "0.25",
        "request_id": uuid.uuid4().hex,
    }
    item.update(changes)
    return item


@pytest.fixture
def ingest(service_account):
    """POSTs a raw body with the service account's token; returns the response, rows unchanged checked."""
    client = Client(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=service_account).key}")

    def post(body, content_type="application/json"):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        return client.post(LIST_URL, data=data, content_type=content_type)

    return post


def assert_refused(response, before: int, *names: str, status: int = 400) -> dict:
    """A refusal with a JSON message naming each of `names`, and not one row written."""
    assert response.status_code == status, response.content[:500]
    body = response.json()
    assert body, "a refusal carries a message"
    text = json.dumps(body)
    for name in names:
        assert name in text, f"{name} not named in {text[:300]}"
    assert APIUsageLog.objects.count() == before
    return body


# --- ingestion: one item ---------------------------------------------------------------------


@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_a_nul_byte_in_any_text_field_is_a_400_naming_it(ingest, owner, field):
    usage_log(owner)
    before = APIUsageLog.objects.count()
    value = "wave\x00speed" if field == "actual_provider_name" else "a\x00b"
    assert_refused(ingest(call(**{field: value})), before, field)


@pytest.mark.parametrize("field", ["model_used", "endpoint", "method", "request_id", "actual_provider_name"])
def test_a_10_kb_bounded_text_field_is_a_400_naming_it(ingest, field):
    assert_refused(ingest(call(**{field: TEN_KB})), 0, field)


@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_a_lone_surrogate_in_any_text_field_is_a_400_naming_it(ingest, field):
    # "\ud800" is valid JSON but no UTF-8 can encode it: the database driver would raise.
    body = json.dumps(call(**{field: "a\ud800b"})).encode()
    assert_refused(ingest(body), 0, field)


def test_a_body_that_is_not_utf8_is_a_400(ingest):
    body = b'{"provider": "video", "endpoint": "/v\xff\xfe", "model_used": "\xc3\x28"}'
    assert_refused(ingest(body), 0, "JSON parse error")


def test_mixed_script_and_bidi_text_is_stored_exactly_as_sent(ingest):
    name = "gpt-4o \u202eevil\u202c Привет 世界 مرحبا 🙂"
    response = ingest(call(model_used=name, endpoint=f"/chat/{name}"))
    assert response.status_code == 201, response.content
    assert APIUsageLog.objects.get().model_used == name
    assert response.json()["model_used"] == name


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("tokens_input", -1),
        ("tokens_output", -(2**70)),
        ("tokens_total", -5),
        ("tokens_input", 2**63),
        ("tokens_output", 10**30),
        ("cost_input", "-0.01"),
        ("cost_output", -1),
        ("cost_total", "-5"),
        ("cost_input", "1e20"),
        ("cost_output", "123456789012345678901234567890"),
        ("response_time", -0.5),
        ("retry_count", -1),
        ("retry_count", 40_000),
        ("status_code", 0),
        ("status_code", 70_000),
    ],
)
def test_a_negative_or_huge_number_is_a_400_naming_it(ingest, field, value):
    assert_refused(ingest(call(**{field: value})), 0, field)


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
@pytest.mark.parametrize("field", ["tokens_input", "cost_input", "cost_total", "response_time"])
def test_nan_and_infinity_as_json_literals_are_a_400(ingest, field, literal):
    body = json.dumps(call()).replace("}", f', "{field}": {literal}}}').encode()
    assert_refused(ingest(body), 0, "JSON parse error")


@pytest.mark.parametrize("text", ["NaN", "nan", "Infinity", "-inf", "1e400"])
@pytest.mark.parametrize(
    "field", ["cost_input", "cost_output", "cost_total", "response_time", "tokens_input"]
)
def test_nan_and_infinity_as_strings_are_a_400_naming_the_field(ingest, field, text):
    assert_refused(ingest(call(**{field: text})), 0, field)


@pytest.mark.parametrize(
    "timestamp",
    [
        "1970-01-01T00:00:00Z",
        "0001-01-01T00:00:00+05:00",  # before year 1 once converted to UTC
        "1999-12-31T23:59:59Z",
        "2999-01-01T00:00:00Z",
        "9999-12-31T23:59:59-05:00",  # past year 9999 once converted to UTC
        "not a date",
        "2026-02-30T00:00:00Z",
        "2026-03-01T10:00:00",  # no offset: whose ten o'clock?
    ],
)
def test_a_timestamp_far_away_malformed_or_naive_is_a_400_naming_it(ingest, timestamp):
    assert_refused(ingest(call(timestamp=timestamp)), 0, "timestamp")


@pytest.mark.parametrize(
    ("field", "value"),
    [("provider", "openai2"), ("provider", "VIDEO "), ("provider", ""), ("actual_provider_name", "nobody")],
)
def test_an_unknown_enum_value_or_provider_is_a_400_naming_it(ingest, field, value):
    assert_refused(ingest(call(**{field: value})), 0, field)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("provider", 5),
        ("provider", ["video"]),
        ("model_used", {"name": "gpt-4o"}),
        ("endpoint", ["/a"]),
        ("tokens_input", "ten"),
        ("tokens_input", 1.5),
        ("cost_input", {"usd": 1}),
        ("response_time", "fast"),
        ("status_code", True),
        ("timestamp", 1_700_000_000),
        ("user", "me"),
        ("user", 0),
        ("user", 10**12),
        ("request_id", {"id": 1}),
        ("unexpected", 1),
    ],
)
def test_a_wrong_type_or_unknown_field_is_a_400_naming_it(ingest, field, value):
    assert_refused(ingest(call(**{field: value})), 0, field)


@pytest.mark.parametrize("body", [b'"a string"', b"42", b"null", b"true", b"[]", b"[1, 2]", b'[["video"]]'])
def test_a_body_that_is_not_objects_is_a_400(ingest, body):
    assert_refused(ingest(body), 0)


@pytest.mark.parametrize("body", [b"{", b'{"provider": "video",}', b"{'provider': 'video'}", b"", b"\x00"])
def test_malformed_json_is_a_400(ingest, body):
    assert_refused(ingest(body), 0)


def test_a_body_in_another_content_type_is_a_415(ingest):
    assert_refused(
        ingest(b"provider: video", content_type="text/yaml"), 0, "Unsupported media type", status=415
    )


# --- ingestion: batches and size ---------------------------------------------------------------


def test_a_batch_of_1001_items_is_a_400_and_writes_nothing(ingest):
    assert_refused(ingest([call() for _ in range(1001)]), 0, "1000", "1001")


def test_a_batch_with_one_hostile_item_writes_none_and_names_its_index(ingest):
    items = [call() for _ in range(50)]
    items[37]["model_used"] = "gpt\x00-4o"
    body = assert_refused(ingest(items), 0, "model_used")
    assert list(body["errors"]) == ["37"]


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=64 * 1024)
def test_a_body_over_the_upload_limit_is_a_413_and_writes_nothing(ingest):
    items = [call(error_message="e" * 1000) for _ in range(100)]  # about 130 kB
    assert_refused(ingest(items), 0, "65536 bytes", status=413)


# --- filters: the list, summary, CSV and the pages ---------------------------------------------

HOSTILE_QUERIES = [
    ("model", "gpt\x00"),
    ("model_contains", "\x00"),
    ("search", "a\x00b"),
    ("billing_period", "2026-03\x00"),
    ("billing_period", "2026-13"),
    ("provider", "openai2"),
    ("provider", "\x00"),
    ("actual_provider", "nobody"),
    ("status", "maybe"),
    ("status_code", "abc"),
    ("status_code", "99999999999999999999999"),
    ("after", "0001-01-01T00:00:00+05:00"),
    ("before", "9999-12-31T23:59:59-05:00"),
    ("after", "yesterday"),
    ("min_cost", "NaN"),
    ("max_cost", "Infinity"),
    ("min_cost", "1e400"),
    ("min_cost", "abc"),
]
API_ONLY_QUERIES = [
    ("user_id", "\x00"),
    ("user_id", "99999999999999999999999"),
    ("user_id", "-1"),
    ("page_size", "100000"),
    ("page_size", "-1"),
    ("cursor", "%%%not-base64"),
    ("cursor", "\x00"),
    ("ordering", "password"),
    ("format", "xml"),
]
SUMMARY_ONLY_QUERIES = [("group_by", "user__password"), ("group_by", "\x00"), ("tz", "../../etc/passwd")]
PAGE_ONLY_QUERIES = [
    ("tz", "Mars/Olympus"),
    ("tz", "\x00"),
]
PAGER_QUERIES = [("older", "1_2_3"), ("newer", "99999999999999999999_1"), ("older", "\x00")]


@pytest.fixture
def staff_client(staff):
    client = Client()
    client.force_login(staff)
    return client


def assert_parameter_refused(response, name: str) -> None:
    assert response.status_code == 400, (name, response.status_code, response.content[:300])
    assert name.encode() in response.content, response.content[:300]


@pytest.mark.parametrize(("name", "value"), HOSTILE_QUERIES + API_ONLY_QUERIES)
def test_a_hostile_list_filter_is_a_400_naming_it(staff_client, owner, name, value):
    usage_log(owner)
    assert_parameter_refused(staff_client.get(LIST_URL, {name: value}), name)


@pytest.mark.parametrize(("name", "value"), HOSTILE_QUERIES)
def test_a_hostile_csv_filter_is_a_json_400_naming_it(staff_client, owner, name, value):
    usage_log(owner)
    response = staff_client.get(LIST_URL, {name: value, "format": "csv"})
    assert_parameter_refused(response, name)
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize(("name", "value"), HOSTILE_QUERIES + SUMMARY_ONLY_QUERIES)
def test_a_hostile_summary_filter_is_a_400_naming_it(staff_client, owner, name, value):
    usage_log(owner)
    assert_parameter_refused(staff_client.get(SUMMARY_URL, {name: value}), name)


@pytest.mark.parametrize("page", ["/billing/usage/", "/billing/providers/"])
@pytest.mark.parametrize(("name", "value"), HOSTILE_QUERIES + PAGE_ONLY_QUERIES)
def test_a_hostile_page_filter_is_a_400_naming_it(staff_client, owner, page, name, value):
    usage_log(owner)
    assert_parameter_refused(staff_client.get(page, {name: value}), name)


@pytest.mark.parametrize(("name", "value"), PAGER_QUERIES)
def test_a_hostile_page_position_on_the_usage_page_is_a_400_naming_it(staff_client, owner, name, value):
    usage_log(owner)
    assert_parameter_refused(staff_client.get("/billing/usage/", {name: value}), name)


@pytest.mark.parametrize(
    "url",
    [
        LIST_URL,
        SUMMARY_URL,
        f"{LIST_URL}?format=csv",
        "/billing/usage/",
        "/billing/providers/",
        "/api/subscription/usage/",
    ],
)
@pytest.mark.parametrize(
    "raw", ["search=%FF%FE%00", "model=%C3%28", "provider=%FF", "tz=%E2%82", "period=%FF"]
)
def test_bytes_that_are_not_utf8_in_a_query_string_never_cause_a_5xx(staff_client, owner, url, raw):
    usage_log(owner)
    joiner = "&" if "?" in url else "?"
    response = staff_client.get(f"{url}{joiner}{raw}")
    # Django decodes them to U+FFFD: a free-text filter then matches nothing, anything else is a 400.
    assert response.status_code in (200, 400), response.status_code
    if response.status_code == 400:
        assert raw.split("=")[0].encode() in response.content


# --- HTML and formula characters: escaped on every page, neutralised in CSV ---------------------

XSS_MODEL = '<script>alert("m")</script>=HYPERLINK("http://evil.example","x")'
XSS_ENDPOINT = '"><img src=x onerror=alert(1)>'
FORMULA_MODEL = "=cmd|' /C calc'!A0"
FORMULA_ENDPOINT = "@SUM(1+1)*cmd|' /C calc'!A0"


@pytest.fixture
def hostile_rows(owner):
    return [
        usage_log(owner, model_used=XSS_MODEL, endpoint=XSS_ENDPOINT, provider="openai"),
        usage_log(
            owner,
            model_used=FORMULA_MODEL,
            endpoint=FORMULA_ENDPOINT,
            provider="openai",
            error_message="+1-1<b>bold</b>",
            status_code=500,
        ),
    ]


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "url",
    [
        "/billing/usage/",
        "/billing/usage/?search=script",
        "/billing/providers/",
        "/billing/providers/?provider=openai",
        "/api/subscription/usage-logs/?format=api",
        "/api/subscription/usage-logs/summary/?group_by=model&format=api",
    ],
)
def test_html_in_model_names_and_endpoints_renders_escaped_on_the_owners_pages(owner, hostile_rows, url):
    response = signed_in(owner).get(url)
    assert response.status_code == 200
    body = response.content.decode()
    for raw in ("<script>alert", "<img src=x", "<b>bold</b>"):
        assert raw not in body, f"{raw!r} unescaped on {url}"


def test_the_usage_page_shows_the_escaped_model_name(owner, hostile_rows):
    body = signed_in(owner).get("/billing/usage/").content.decode()
    assert "&lt;script&gt;alert(" in body
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in body


@pytest.mark.parametrize(
    "path",
    [
        "",
        "?q=script",
        "usage-report/",
        "usage-report/?q=script",
        "detection-coverage/",
        "{pk}/change/",
        "{pk}/history/",
    ],
)
def test_html_in_model_names_and_endpoints_renders_escaped_in_the_admin(staff, hostile_rows, path):
    url = "/admin/subscriptions/apiusagelog/" + path.format(pk=hostile_rows[0].pk)
    response = signed_in(staff).get(url)
    assert response.status_code == 200, (url, response.status_code)
    body = response.content.decode()
    for raw in ("<script>alert", "<img src=x", "<b>bold</b>"):
        assert raw not in body, f"{raw!r} unescaped on {url}"


def test_formula_characters_are_neutralised_in_the_csv_export(owner, hostile_rows):
    response = signed_in(owner).get(LIST_URL, {"format": "csv"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    cells = {row["model_used"]: row for row in rows}
    assert set(cells) == {XSS_MODEL, "'" + FORMULA_MODEL}
    formula_row = cells["'" + FORMULA_MODEL]
    assert formula_row["endpoint"] == "'" + FORMULA_ENDPOINT
    assert formula_row["error_message"] == "'+1-1<b>bold</b>"
    for row in rows:
        for name, value in row.items():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), (name, value)


# --- the one write path itself: callers other than the API get the same clean refusal -----------


@pytest.mark.parametrize("bad", ["a\x00b", "a\ud800b"], ids=["nul", "lone-surrogate"])
@pytest.mark.parametrize("field", ["endpoint", "model_used", "method", "error_message", "request_id"])
def test_record_usage_refuses_text_no_database_can_store_with_a_validation_error(owner, field, bad):
    with pytest.raises(ValidationError) as refusal:
        record_usage(user=owner, **{"provider": "video", "endpoint": "/x", field: bad})
    assert field in refusal.value.message_dict
    assert APIUsageLog.objects.count() == 0
