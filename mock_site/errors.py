"""Friendly pages for HTTP errors, in the site's own layout."""

from __future__ import annotations

from flask import Flask, render_template
from werkzeug.exceptions import HTTPException

# Plain-language headings and explanations; other errors fall back to Werkzeug's wording.
_TITLES = {400: "Something went wrong", 404: "Page not found", 413: "Too much to send"}
_EXPLANATIONS = {
    404: "We couldn't find that page. It may have moved, or the address may be mistyped.",
    413: "That was more than we can accept in one go. Shorten your message and try again.",
}


def _render_error(error: HTTPException) -> tuple[str, int]:
    code = error.code or 500
    return render_template(
        "error.html",
        title=_TITLES.get(code, error.name),
        explanation=_EXPLANATIONS.get(code, error.description),
    ), code


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, _render_error)
