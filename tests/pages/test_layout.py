"""Shared layout, accessibility landmarks, static assets, error pages and app setup."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime

import pytest

from mock_site import create_app
from mock_site.clock import FrozenClock, SystemClock


@pytest.mark.parametrize(
    "url", ["/", "/login", "/products/trailrunner-40l-hiking-backpack", "/sellers/2", "/nope"]
)
def test_every_page_has_landmarks_and_status_region(client, url):
    html = client.get(url).text
    assert '<html lang="en">' in html
    assert html.count("<header") == 1
    assert html.count("<main") == 1
    assert html.count("<footer") == 1
    assert '<nav class="site-nav" aria-label="Main">' in html
    assert '<a class="brand" href="/">Marketbridge</a>' in html
    assert '<a href="/orders">Your Orders</a>' in html
    assert '<a href="/messages">Message Center</a>' in html
    assert '<div class="flash-region" role="status">' in html
    assert html.count("<h1") == 1


@pytest.mark.parametrize("url", ["/", "/login", "/products/trailrunner-40l-hiking-backpack"])
def test_pages_load_nothing_from_other_hosts(client, url):
    html = client.get(url).text
    for attribute in re.findall(r'(?:src|href)="([^"]*)"', html):
        assert not re.match(r"(?:[a-z]+:)?//", attribute), attribute


def test_every_image_has_alt_text(client, signed_in):
    for url in ["/", "/orders", "/contact?product=olive-wood-serving-board"]:
        for tag in re.findall(r"<img [^>]*>", client.get(url).text):
            assert re.search(r'alt="[^"]+"', tag), tag


def test_stylesheet_uses_local_inter_without_motion(client):
    css = client.get("/static/style.css").text
    rules = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    assert css.count("font-display: block") == 3
    for weight in (400, 600, 700):
        assert f'url("fonts/inter-latin-{weight}-normal.woff2")' in css
        assert client.get(f"/static/fonts/inter-latin-{weight}-normal.woff2").status_code == 200
    assert 'font-family: "Inter", sans-serif;' in css
    assert ":focus-visible" in css
    assert not re.search(r"(?:transition|animation)[a-z-]*\s*:|@keyframes", rules)
    assert "http:" not in rules.replace("http://www.w3.org/2000/svg", "")  # the inline select arrow
    assert "https:" not in rules
    assert "@import" not in rules


def test_pages_show_no_current_time_or_random_ids(client, app):
    # Two fresh apps on the same frozen clock must render identical catalog pages.
    other = create_app({**app.config, "DATABASE": app.config["DATABASE"] + ".2"}).test_client()
    for url in ["/", "/products/trailrunner-40l-hiking-backpack", "/sellers/1"]:
        assert client.get(url).data == other.get(url).data


def test_clock_start_freezes_the_app_clock(app):
    clock = app.extensions["clock"]
    assert isinstance(clock, FrozenClock)
    assert clock.now() == datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def test_clock_start_offset_is_converted_to_utc(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "db.sqlite"), "CLOCK_START": "2026-03-02T10:30:00+01:00"})
    assert app.extensions["clock"].now() == datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def test_without_clock_start_the_clock_follows_the_system(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "db.sqlite")})
    clock = app.extensions["clock"]
    assert isinstance(clock, SystemClock)
    assert abs((clock.now() - datetime.now(UTC)).total_seconds()) < 5


@pytest.mark.parametrize("value", ["2026-03-02T09:30:00", "next tuesday"])
def test_bad_clock_start_is_refused(tmp_path, value):
    with pytest.raises(ValueError, match="CLOCK_START"):
        create_app({"DATABASE": str(tmp_path / "db.sqlite"), "CLOCK_START": value})


def test_max_content_length_is_64_kib(app):
    assert app.config["MAX_CONTENT_LENGTH"] == 64 * 1024


def test_init_db_command_recreates_demo_data(app):
    with sqlite3.connect(app.config["DATABASE"]) as db:
        db.execute("DELETE FROM messages")
    result = app.test_cli_runner().invoke(args=["init-db"])
    assert result.exit_code == 0, result.output
    assert "Initialised the database" in result.output
    # A new connection: the command replaces the database file.
    with sqlite3.connect(app.config["DATABASE"]) as db:
        assert db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 2
        assert db.execute("SELECT COUNT(*) FROM products").fetchone()[0] >= 8


def test_demo_data_matches_the_guide(db):
    product = db.execute(
        "SELECT p.id, p.name, p.slug, p.price_cents, u.display_name FROM products p"
        " JOIN users u ON u.id = p.seller_id WHERE p.id = 1"
    ).fetchone()
    assert product == (
        1,
        "Trailrunner 40L Hiking Backpack",
        "trailrunner-40l-hiking-backpack",
        8999,
        "Northwind Outfitters",
    )
    sellers = {row[0] for row in db.execute("SELECT email FROM users WHERE role = 'seller'")}
    assert {"northwind@example.com", "casabonita@example.com", "brightline@example.com"} <= sellers
    assert db.execute("SELECT MAX(placed_at) FROM orders").fetchone()[0] < "2026-03-01"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
