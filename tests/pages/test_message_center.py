"""The Message Center: the conversation list and single threads."""

from __future__ import annotations

import re

import pytest


@pytest.fixture
def new_conversation_id(client, form_token, signed_in) -> int:
    """Alex asks Northwind Outfitters about the backpack (on the frozen 2 March 2026)."""
    url = "/contact?product=trailrunner-40l-hiking-backpack"
    response = client.post(
        "/contact",
        data={
            "csrf_token": form_token(url),
            "product": "trailrunner-40l-hiking-backpack",
            "category": "Question about a product",
            "message": "Does the hip belt come off?",
        },
    )
    assert response.status_code == 303
    return int(response.headers["Location"].rsplit("/", 1)[1])


def conversation_names(html: str) -> list[str]:
    return re.findall(r'<span class="conversation-name">([^<]+)</span>', html)


@pytest.mark.parametrize("url", ["/messages", "/messages/1"])
def test_message_center_requires_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/login?next={url}"


def test_inbox_shows_seeded_history(client, signed_in):
    page = client.get("/messages")
    assert page.status_code == 200
    assert "<h1>Message Center</h1>" in page.text
    assert conversation_names(page.text) == ["Casa Bonita Kitchenware"]
    assert "Order status · Order 112-5820463-1179654" in page.text
    assert '<time datetime="2026-02-24T14:02:00+00:00">24 Feb 2026</time>' in page.text
    assert "Hi Alex, thanks for letting us know." in page.text  # the latest message's excerpt
    assert 'aria-current="page"' not in page.text


def test_conversations_are_listed_newest_first(client, new_conversation_id):
    page = client.get("/messages")
    assert conversation_names(page.text) == ["Northwind Outfitters", "Casa Bonita Kitchenware"]
    assert "Question about a product · Trailrunner 40L Hiking Backpack" in page.text


def test_thread_shows_messages_in_order_and_marks_current(client, signed_in):
    page = client.get("/messages/1")
    assert page.status_code == 200
    html = page.text
    assert "<h1>Message Center</h1>" in html
    assert '<h2 id="thread-title">Conversation with Casa Bonita Kitchenware</h2>' in html
    assert "Order 112-5820463-1179654" in html
    assert "<dd>Order status</dd>" in html
    assert re.search(r'<a class="conversation-link" href="/messages/1" aria-current="page">', html)
    senders = re.findall(r'<span class="message-sender">([^<]+)</span>', html)
    assert senders == ["Alex Morgan", "Casa Bonita Kitchenware"]
    times = re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', html.split('id="thread-title"')[1])
    assert times == [
        ("2026-02-24T08:15:00+00:00", "24 Feb 2026, 08:15 UTC"),
        ("2026-02-24T14:02:00+00:00", "24 Feb 2026, 14:02 UTC"),
    ]


def test_seller_sees_the_buyers_new_conversation(client, login, new_conversation_id):
    assert login(email="northwind@example.com", password="seller-pass-123").status_code == 303
    page = client.get(f"/messages/{new_conversation_id}")
    assert page.status_code == 200
    assert "Conversation with Alex Morgan" in page.text
    assert "Does the hip belt come off?" in page.text
    assert conversation_names(page.text) == ["Alex Morgan"]


def test_someone_elses_conversation_is_404(client, login):
    login(email="northwind@example.com", password="seller-pass-123")
    assert client.get("/messages/1").status_code == 404  # Alex and Casa Bonita's conversation
    assert "Casa Bonita" not in client.get("/messages").text


def test_unknown_conversation_is_404(client, signed_in):
    assert client.get("/messages/999").status_code == 404
