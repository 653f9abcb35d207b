"""Signing in and out, the signed-in user, and the login_required guard."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from flask import Blueprint, flash, g, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash
from werkzeug.wrappers import Response

from mock_site.db import get_db

bp = Blueprint("auth", __name__)

P = ParamSpec("P")
R = TypeVar("R")


@bp.before_app_request
def load_signed_in_user() -> None:
    user_id = session.get("user_id")
    g.user = (
        None
        if user_id is None
        else get_db().execute("SELECT id, display_name, role FROM users WHERE id = ?", (user_id,)).fetchone()
    )


def login_required(view: Callable[P, R]) -> Callable[P, R | Response]:
    @functools.wraps(view)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> R | Response:
        if g.user is None:
            # full_path ends in "?" when there is no query string; drop it for a tidy URL.
            return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
        return view(*args, **kwargs)

    return wrapped


def _safe_next(target: str) -> str:
    """Only follow `next` to a path on this site: browsers read "//host", "/\\host" and paths with
    tabs or newlines in them as links to another host, which would make login an open redirect."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target and target.isprintable():
        return target
    return url_for("catalog.index")


@bp.route("/login", methods=["GET", "POST"])
def login() -> str | Response | tuple[str, int]:
    next_url = request.values.get("next", "")
    if request.method == "GET":
        return render_template("login.html", email="", next_url=next_url, error=None)

    email = request.form.get("email", "").strip()
    password = request.form.get("password", "")
    if not email or not password:
        error = "Enter your email and password."
    else:
        user = (
            get_db()
            .execute("SELECT id, password_hash FROM users WHERE email = ?", (email.lower(),))
            .fetchone()
        )
        if user is not None and check_password_hash(user["password_hash"], password):
            session.clear()
            session["user_id"] = user["id"]
            return redirect(_safe_next(next_url), code=303)
        error = "The email or password is not correct. Check both and try again."
    return render_template("login.html", email=email, next_url=next_url, error=error), 400


@bp.post("/logout")
def logout() -> Response:
    session.clear()
    flash("You have signed out.")
    return redirect(url_for("catalog.index"), code=303)
