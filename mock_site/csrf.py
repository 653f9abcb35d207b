"""Cross-site request forgery protection: every POST must echo a secret kept in the session."""

from __future__ import annotations

import hmac
import secrets

from flask import Flask, abort, request, session

_SESSION_KEY = "csrf_token"
FIELD_NAME = "csrf_token"


def csrf_token() -> str:
    """The session's token, created on first use; forms put it in a hidden field."""
    if _SESSION_KEY not in session:
        session[_SESSION_KEY] = secrets.token_urlsafe(32)
    return session[_SESSION_KEY]


def _check_token() -> None:
    if request.method != "POST":
        return
    expected = session.get(_SESSION_KEY)
    sent = request.form.get(FIELD_NAME, "")
    if not expected or not hmac.compare_digest(expected.encode(), sent.encode()):
        abort(400, description="This form has expired. Go back, reload the page and try again.")


def init_app(app: Flask) -> None:
    app.before_request(_check_token)
    app.jinja_env.globals["csrf_token"] = csrf_token
