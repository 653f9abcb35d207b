"""The Contact Seller form: a buyer writes to the seller of a product."""

from __future__ import annotations

import sqlite3

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from mock_site.auth import login_required
from mock_site.catalog import get_product_or_404
from mock_site.conversations import CATEGORIES, start_conversation

bp = Blueprint("contact", __name__)

MESSAGE_MAX_LENGTH = 2000


def _contactable_product(slug: str) -> sqlite3.Row:
    product = get_product_or_404(slug)
    if product["seller_id"] == g.user["id"]:
        abort(404)  # a seller has nobody to contact about their own product
    return product


def _validate(category: str, message: str) -> dict[str, str]:
    """Field name -> what the user must do to fix it; empty when the form is fine."""
    errors: dict[str, str] = {}
    if category not in CATEGORIES:
        errors["category"] = "Choose a category for your message."
    if not message:
        errors["message"] = "Enter a message to the seller."
    elif len(message) > MESSAGE_MAX_LENGTH:
        errors["message"] = (
            f"Shorten your message to {MESSAGE_MAX_LENGTH:,} characters or fewer (it has {len(message):,})."
        )
    return errors


def _render_form(product: sqlite3.Row, category: str, message: str, errors: dict[str, str]) -> str:
    return render_template(
        "contact.html",
        product=product,
        categories=CATEGORIES,
        category=category,
        message=message,
        errors=errors,
        max_length=MESSAGE_MAX_LENGTH,
    )


@bp.get("/contact")
@login_required
def form() -> str:
    product = _contactable_product(request.args.get("product", ""))
    return _render_form(product, category="", message="", errors={})


@bp.post("/contact")
@login_required
def send() -> Response | tuple[str, int]:
    product = _contactable_product(request.form.get("product", ""))
    category = request.form.get("category", "")
    # Browsers send textarea line breaks as CRLF but count them as one character for maxlength.
    typed = request.form.get("message", "").replace("\r\n", "\n")
    message = typed.strip()
    errors = _validate(category, message)
    if errors:
        return _render_form(product, category, typed, errors), 400

    conversation_id = start_conversation(
        buyer_id=g.user["id"],
        seller_id=product["seller_id"],
        product_id=product["id"],
        category=category,
        body=message,
    )
    flash(f"Your message was sent to {product['seller_name']}.")
    return redirect(url_for("message_center.thread", conversation_id=conversation_id), code=303)
