"""Your Orders."""

from __future__ import annotations

import re


def test_orders_require_login(client):
    response = client.get("/orders")
    assert response.status_code == 302
    assert response.headers["Location"] == "/login?next=/orders"


def test_orders_lists_the_buyers_three_orders_newest_first(client, signed_in):
    page = client.get("/orders")
    assert page.status_code == 200
    html = page.text
    assert "<h1>Your Orders</h1>" in html
    numbers = re.findall(r"<dt>Order number</dt><dd>([\d-]+)</dd>", html)
    assert numbers == ["112-5820463-1179654", "112-7265019-8843207", "112-3941872-5520318"]
    assert "<dd>19 Feb 2026</dd>" in html
    assert "Shipped" in html
    assert "Delivered" in html
    assert '<a href="/products/pre-seasoned-cast-iron-skillet-10-inch">' in html
    assert "Qty 2 · $24.95 each" in html
    assert "<dt>Total</dt><dd>$64.49</dd>" in html  # skillet + serving board


def test_seller_has_no_orders(client, login):
    login(email="brightline@example.com", password="seller-pass-123")
    page = client.get("/orders")
    assert "0 orders placed" in page.text
    assert "You haven't placed any orders yet." in page.text
