"""Catalog, product, seller and product-image pages."""

from __future__ import annotations

import re

BACKPACK = "trailrunner-40l-hiking-backpack"


def test_catalog_lists_every_product_as_a_card(client):
    page = client.get("/")
    assert page.status_code == 200
    assert "<h1>All products</h1>" in page.text
    names = re.findall(r'<a href="/products/[a-z0-9-]+">([^<]+)</a>', page.text)
    assert len(names) >= 8
    assert len(set(names)) == len(names)
    assert f'<a href="/products/{BACKPACK}">Trailrunner 40L Hiking Backpack</a>' in page.text
    assert f'<img src="/images/products/{BACKPACK}.svg" alt="Trailrunner 40L Hiking Backpack"' in page.text
    assert "$89.99" in page.text
    assert "Sold by Northwind Outfitters" in page.text


def test_product_page_links_to_its_seller_and_to_contact_form(client):
    page = client.get(f"/products/{BACKPACK}")
    assert page.status_code == 200
    assert "<h1>Trailrunner 40L Hiking Backpack</h1>" in page.text
    assert "$89.99" in page.text
    assert "40-litre pack" in page.text
    assert 'Sold by <a href="/sellers/1">Northwind Outfitters</a>' in page.text
    contact_link = re.search(
        r'<a class="[^"]*button-primary[^"]*" href="([^"]+)">Contact Seller</a>', page.text
    )
    assert contact_link, "no primary Contact Seller link"
    assert contact_link.group(1) == f"/contact?product={BACKPACK}"


def test_unknown_product_is_404_with_site_layout(client):
    page = client.get("/products/no-such-thing")
    assert page.status_code == 404
    assert "<h1>Page not found</h1>" in page.text
    assert '<nav class="site-nav" aria-label="Main">' in page.text


def test_seller_page_shows_about_text_and_only_their_products(client):
    page = client.get("/sellers/1")
    assert page.status_code == 200
    assert "<h1>Northwind Outfitters</h1>" in page.text
    assert "Portland, Oregon" in page.text
    assert f'href="/products/{BACKPACK}"' in page.text
    assert "Pulse ANC Wireless Headphones" not in page.text


def test_seller_page_404_for_unknown_id_and_for_a_buyer(client, db):
    buyer_id = db.execute("SELECT id FROM users WHERE role = 'buyer'").fetchone()[0]
    assert client.get("/sellers/999").status_code == 404
    assert client.get(f"/sellers/{buyer_id}").status_code == 404


def test_product_image_is_a_deterministic_svg(client):
    first = client.get(f"/images/products/{BACKPACK}.svg")
    second = client.get(f"/images/products/{BACKPACK}.svg")
    assert first.status_code == 200
    assert first.mimetype == "image/svg+xml"
    assert first.text.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert first.data == second.data
    assert first.data != client.get("/images/products/olive-wood-serving-board.svg").data
    assert client.get("/images/products/no-such-thing.svg").status_code == 404


def test_every_seeded_product_has_a_picture(client, db):
    for (slug,) in db.execute("SELECT slug FROM products"):
        assert client.get(f"/images/products/{slug}.svg").status_code == 200, slug
