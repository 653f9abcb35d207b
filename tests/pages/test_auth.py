"""Signing in and out, and the header that reflects it."""

from __future__ import annotations

import pytest


def test_login_page_has_labelled_fields_and_button(client):
    page = client.get("/login")
    assert page.status_code == 200
    assert "<h1>Sign in</h1>" in page.text
    assert '<label for="email">Email</label>' in page.text
    assert '<input id="email" name="email" type="email"' in page.text
    assert '<label for="password">Password</label>' in page.text
    assert '<input id="password" name="password" type="password"' in page.text
    assert '<button class="button button-primary button-wide" type="submit">Sign in</button>' in page.text


def test_signed_out_header_offers_sign_in(client):
    page = client.get("/")
    assert '<a href="/login">Sign in</a>' in page.text
    assert "Signed in as" not in page.text


def test_login_succeeds_and_header_shows_the_user(client, login):
    response = login()
    assert response.status_code == 303
    assert response.headers["Location"] == "/"
    page = client.get("/")
    assert "Signed in as Alex Morgan" in page.text
    assert ">Sign out</button>" in page.text
    assert '<a href="/login">Sign in</a>' not in page.text


def test_email_is_case_insensitive(login):
    assert login(email="Alex@Example.com").status_code == 303


def test_seller_can_sign_in(client, login):
    assert login(email="northwind@example.com", password="seller-pass-123").status_code == 303
    assert "Signed in as Northwind Outfitters" in client.get("/").text


def test_wrong_password_shows_alert_and_keeps_email(client, login):
    response = login(password="not-the-password")
    assert response.status_code == 400
    assert '<div class="error-summary" role="alert" id="login-error">' in response.text
    assert "The email or password is not correct. Check both and try again." in response.text
    assert 'value="alex@example.com"' in response.text
    assert "Signed in as" not in client.get("/").text


def test_missing_fields_say_what_to_enter(login):
    response = login(email="", password="")
    assert response.status_code == 400
    assert "Enter your email and password." in response.text


def test_login_follows_local_next(login):
    response = login(next_url="/contact?product=x")
    assert response.headers["Location"] == "/contact?product=x"


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "/\\evil.example", "/\t/evil.example", "orders"]
)
def test_login_ignores_next_pointing_elsewhere(login, target):
    response = login(next_url=target)
    assert response.status_code == 303
    assert response.headers["Location"] == "/"


def test_next_survives_a_failed_attempt(client, login):
    response = login(password="wrong", next_url="/orders")
    assert '<input type="hidden" name="next" value="/orders">' in response.text


def test_logout_signs_out(client, signed_in, form_token):
    response = client.post("/logout", data={"csrf_token": form_token("/")})
    assert response.status_code == 303
    page = client.get(response.headers["Location"])
    assert "You have signed out." in page.text
    assert "Signed in as" not in page.text


def test_logout_needs_csrf_token(client, signed_in):
    assert client.post("/logout").status_code == 400
    assert "Signed in as Alex Morgan" in client.get("/").text


def test_logout_is_post_only(client, signed_in):
    assert client.get("/logout").status_code == 405
