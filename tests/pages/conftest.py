"""Fixtures for page tests: a storefront on a throwaway database with the clock frozen."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from mock_site import create_app

# Tests use fixtures rather than importing from here: several test folders have a conftest.py.
_CSRF_FIELD = re.compile(r'<input type="hidden" name="csrf_token" value="([^"]+)">')


@pytest.fixture
def app(tmp_path) -> Flask:
    return create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret",
            "DATABASE": str(tmp_path / "marketbridge.sqlite"),
            "CLOCK_START": "2026-03-02T09:30:00+00:00",
        }
    )


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def db(app: Flask) -> Iterator[sqlite3.Connection]:
    """A separate connection to the test database, to check what the app stored."""
    connection = sqlite3.connect(app.config["DATABASE"])
    yield connection
    connection.close()


@pytest.fixture
def form_token(client: FlaskClient) -> Callable[[str], str]:
    """Open a page the way a browser would and return the CSRF token of its form."""

    def fetch(url: str) -> str:
        page = client.get(url)
        assert page.status_code == 200, f"GET {url} -> {page.status_code}"
        match = _CSRF_FIELD.search(page.text)
        assert match, f"{url} has no form with a CSRF token"
        return match.group(1)

    return fetch


@pytest.fixture
def login(client: FlaskClient, form_token: Callable[[str], str]) -> Callable[..., TestResponse]:
    """Sign in through the real login form (the default is the demo buyer)."""

    def sign_in(
        email: str = "alex@example.com", password: str = "buyer-pass-123", next_url: str = ""
    ) -> TestResponse:
        data = {"csrf_token": form_token("/login"), "email": email, "password": password}
        if next_url:
            data["next"] = next_url
        return client.post("/login", data=data)

    return sign_in


@pytest.fixture
def signed_in(login: Callable[..., TestResponse]) -> None:
    assert login().status_code == 303
