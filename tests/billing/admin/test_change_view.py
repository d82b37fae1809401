"""The detail page: read-only, and explains why the row got its provider."""

import pytest

from subscriptions.models import APIUsageLog
from tests.factories import usage_log

pytestmark = pytest.mark.django_db


def url(log) -> str:
    return f"/admin/subscriptions/apiusagelog/{log.pk}/change/"


def test_it_explains_the_detection_with_rule_field_and_evidence(admin_client_for_staff, owner):
    log = usage_log(owner, provider="openai", model_used="gpt-4o", endpoint="https://api.openai.com/v1/chat")
    html = admin_client_for_staff.get(url(log)).content.decode()
    assert "Why this provider" in html
    assert "api.openai.com → OpenAI" in html
    assert "field: endpoint" in html
    assert "matches the stored value" in html


def test_it_says_when_the_stored_value_differs_from_the_current_rules(admin_client_for_staff, owner):
    log = usage_log(owner, provider="video")
    APIUsageLog.objects.filter(pk=log.pk).update(actual_provider_name="google")
    html = admin_client_for_staff.get(url(log)).content.decode()
    assert "differs from the stored value (google)" in html
    assert "Re-detect actual provider" in html


def test_it_is_read_only_and_offers_no_add_delete_or_save(admin_client_for_staff, owner):
    log = usage_log(owner, model_used="wan")
    html = admin_client_for_staff.get(url(log)).content.decode()
    assert 'name="_save"' not in html
    form = html.split('id="apiusagelog_form"')[1].split("</form>")[0]
    assert 'type="text"' not in form
    assert "<textarea" not in form
    assert admin_client_for_staff.get("/admin/subscriptions/apiusagelog/add/").status_code == 403
    assert admin_client_for_staff.get(f"/admin/subscriptions/apiusagelog/{log.pk}/delete/").status_code == 403
    # A POST cannot change a read-only field.
    admin_client_for_staff.post(url(log), {"model_used": "changed"})
    log.refresh_from_db()
    assert log.model_used == "wan"


def test_user_text_in_the_explanation_is_escaped(admin_client_for_staff, owner):
    log = usage_log(owner, provider="video", endpoint="https://<b>evil</b>.example/v1")
    html = admin_client_for_staff.get(url(log)).content.decode()
    assert "<b>evil</b>" not in html


def test_the_detail_page_costs_a_fixed_number_of_queries(
    admin_client_for_staff, owner, django_assert_num_queries
):
    log = usage_log(owner)
    # 1 session, 2 user, 3 the row, 4 its user (the read-only link).
    with django_assert_num_queries(4):
        assert admin_client_for_staff.get(url(log)).status_code == 200
