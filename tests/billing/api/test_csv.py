"""?format=csv: every matching row, streamed, same columns as JSON, safe in a spreadsheet."""

import csv
import io

import pytest
from django.http import StreamingHttpResponse

from billing.api import renderers
from tests.billing.api.conftest import LIST_URL
from tests.factories import usage_log

pytestmark = pytest.mark.django_db


def read_csv(response) -> list[dict]:
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_csv_streams_every_row_not_one_page(owner, client_for):
    for _ in range(7):
        usage_log(owner)
    response = client_for(owner).get(LIST_URL, {"format": "csv", "page_size": 2})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    assert len(read_csv(response)) == 7


def test_csv_reads_in_chunks(owner, client_for, monkeypatch):
    """The export walks the queryset with .iterator(chunk_size=...), never loading it whole."""
    chunk_sizes = []
    original = renderers.csv_lines

    def spy(queryset, chunk_size=renderers.CHUNK_SIZE):
        real_iterator = queryset.iterator

        def iterator(*args, **kwargs):
            chunk_sizes.append(kwargs.get("chunk_size"))
            return real_iterator(*args, **kwargs)

        queryset.iterator = iterator
        return original(queryset, chunk_size)

    monkeypatch.setattr(renderers, "csv_lines", spy)
    usage_log(owner)
    assert len(read_csv(client_for(owner).get(LIST_URL, {"format": "csv"}))) == 1
    assert chunk_sizes == [2000]


def test_csv_has_the_json_columns_and_values(owner, client_for):
    usage_log(owner, request_id="r-1", error_message="boom")
    client = client_for(owner)
    json_row = client.get(LIST_URL).json()["results"][0]
    (csv_row,) = read_csv(client.get(LIST_URL, {"format": "csv"}))
    assert list(csv_row) == list(json_row)
    for column, value in json_row.items():
        if column == "timestamp":
            continue  # same instant; JSON writes Z, CSV +00:00
        assert csv_row[column] == ("" if value is None else str(value)), column


def test_csv_respects_filters_and_ordering(owner, client_for):
    from decimal import Decimal

    cheap = usage_log(owner, cost_total=Decimal("0.01"))
    dear = usage_log(owner, cost_total=Decimal("9"))
    usage_log(owner, status_code=500)
    rows = read_csv(
        client_for(owner).get(LIST_URL, {"format": "csv", "status": "success", "ordering": "cost_total"})
    )
    assert [int(row["id"]) for row in rows] == [cheap.pk, dear.pk]


def test_an_empty_export_still_has_its_header(owner, client_for):
    response = client_for(owner).get(LIST_URL, {"format": "csv"})
    assert b"".join(response.streaming_content).decode().startswith("id,timestamp,billing_period,provider,")


@pytest.mark.parametrize("payload", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])
def test_formula_cells_are_neutralised(owner, client_for, payload):
    usage_log(owner, model_used=payload, error_message=payload)
    (row,) = read_csv(client_for(owner).get(LIST_URL, {"format": "csv"}))
    assert row["model_used"] == "'" + payload
    assert row["error_message"] == "'" + payload
    assert row["cost_total"] == "0.150000"


def test_a_bad_filter_on_csv_is_a_json_400(owner, client_for):
    response = client_for(owner).get(LIST_URL, {"format": "csv", "min_cost": "lots"})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert list(response.json()) == ["min_cost"]


def test_csv_is_only_offered_on_the_list(owner, client_for):
    log = usage_log(owner)
    response = client_for(owner).get(f"{LIST_URL}{log.pk}/", {"format": "csv"})
    assert response.status_code == 400
    assert list(response.json()) == ["format"]
