"""The shop window: product listing, product pages and seller pages."""

from __future__ import annotations

import sqlite3

from flask import Blueprint, abort, render_template

from mock_site.db import get_db

bp = Blueprint("catalog", __name__)

_PRODUCT_COLUMNS = """
    SELECT p.id, p.slug, p.name, p.description, p.price_cents, p.seller_id,
           u.display_name AS seller_name
    FROM products p JOIN users u ON u.id = p.seller_id
"""


def get_product_or_404(slug: str) -> sqlite3.Row:
    product = get_db().execute(_PRODUCT_COLUMNS + " WHERE p.slug = ?", (slug,)).fetchone()
    if product is None:
        abort(404)
    return product


@bp.get("/")
def index() -> str:
    products = get_db().execute(_PRODUCT_COLUMNS + " ORDER BY p.id").fetchall()
    return render_template("catalog.html", products=products)


@bp.get("/products/<slug>")
def product(slug: str) -> str:
    return render_template("product.html", product=get_product_or_404(slug))


@bp.get("/sellers/<int:seller_id>")
def seller(seller_id: int) -> str:
    db = get_db()
    store = db.execute(
        "SELECT id, display_name, about FROM users WHERE id = ? AND role = 'seller'", (seller_id,)
    ).fetchone()
    if store is None:
        abort(404)
    products = db.execute(_PRODUCT_COLUMNS + " WHERE p.seller_id = ? ORDER BY p.id", (seller_id,)).fetchall()
    return render_template("seller.html", seller=store, products=products)
