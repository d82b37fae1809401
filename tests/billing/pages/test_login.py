"""Login and the shared layout."""

import pytest

pytestmark = pytest.mark.django_db


def test_login_takes_the_user_to_the_page_they_asked_for(client, owner):
    form = client.get("/accounts/login/", {"next": "/billing/providers/"})
    assert 'name="next" value="/billing/providers/"' in form.content.decode()
    response = client.post(
        "/accounts/login/",
        {"username": "owner", "password": "pw-owner-123", "next": "/billing/providers/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/billing/providers/"


def test_login_defaults_to_the_usage_page(client, owner):
    response = client.post("/accounts/login/", {"username": "owner", "password": "pw-owner-123"})
    assert response["Location"] == "/billing/usage/"


def test_a_wrong_password_says_so_without_saying_which_part(client, owner):
    response = client.post("/accounts/login/", {"username": "owner", "password": "nope"})
    assert response.status_code == 200
    assert "didn't match" in response.content.decode()


def test_the_layout_links_the_pages_and_the_admin_only_for_staff(client, owner, staff):
    client.force_login(owner)
    html = client.get("/billing/usage/").content.decode()
    assert 'href="/billing/providers/"' in html
    assert 'href="/admin/"' not in html
    assert 'action="/accounts/logout/"' in html  # a POST form: Django's logout refuses GET
    client.force_login(staff)
    assert 'href="/admin/"' in client.get("/billing/usage/").content.decode()
