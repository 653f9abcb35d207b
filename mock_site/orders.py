"""Your Orders: the signed-in buyer's order history."""

from __future__ import annotations

from itertools import groupby

from flask import Blueprint, g, render_template

from mock_site.auth import login_required
from mock_site.db import get_db

bp = Blueprint("orders", __name__, url_prefix="/orders")


@bp.get("")
@login_required
def index() -> str:
    rows = (
        get_db()
        .execute(
            "SELECT o.id, o.order_number, o.placed_at, o.status,"
            "       i.quantity, i.unit_price_cents, p.name, p.slug, s.display_name AS seller_name"
            " FROM orders o"
            " JOIN order_items i ON i.order_id = o.id"
            " JOIN products p ON p.id = i.product_id"
            " JOIN users s ON s.id = p.seller_id"
            " WHERE o.buyer_id = ?"
            " ORDER BY o.placed_at DESC, o.id DESC, i.id",
            (g.user["id"],),
        )
        .fetchall()
    )
    # The query returns one row per item; group them back into orders.
    orders: list[dict[str, object]] = []
    for _order_id, group in groupby(rows, key=lambda row: row["id"]):
        items = list(group)
        total = sum(item["quantity"] * item["unit_price_cents"] for item in items)
        orders.append({"order": items[0], "lines": items, "total_cents": total})
    return render_template("orders.html", orders=orders)
