"""The Contact Seller form: access, rendering, validation, CSRF and sending."""

from __future__ import annotations

import re

import pytest

BACKPACK = "trailrunner-40l-hiking-backpack"
CONTACT_URL = f"/contact?product={BACKPACK}"
CATEGORIES = [
    "Question about a product",
    "Order status",
    "Shipping and delivery",
    "Returns and refunds",
    "Something else",
]


@pytest.fixture
def send(client, form_token, signed_in):
    """Submit the contact form for the backpack with a valid CSRF token."""

    def post(category: str = "Question about a product", message: str = "Does it fit a 15-inch laptop?"):
        token = form_token(CONTACT_URL)
        return client.post(
            "/contact",
            data={"csrf_token": token, "product": BACKPACK, "category": category, "message": message},
        )

    return post


def counts(db) -> tuple[int, int]:
    return (
        db.execute("SELECT COUNT(*) FROM conversations").fetchone()[0],
        db.execute("SELECT COUNT(*) FROM messages").fetchone()[0],
    )


def test_contact_requires_login_and_comes_back_after(client, login):
    response = client.get(CONTACT_URL)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/login?next=/contact?product%3D{BACKPACK}"

    login_page = client.get(response.headers["Location"])
    assert f'<input type="hidden" name="next" value="{CONTACT_URL}">' in login_page.text
    assert login(next_url=CONTACT_URL).headers["Location"] == CONTACT_URL


def test_contact_form_fields_and_labels(client, signed_in):
    page = client.get(CONTACT_URL)
    assert page.status_code == 200
    html = page.text
    assert "<h1>Contact Northwind Outfitters</h1>" in html
    assert "Trailrunner 40L Hiking Backpack" in html
    assert "$89.99" in html
    assert f'<img src="/images/products/{BACKPACK}.svg" alt="Trailrunner 40L Hiking Backpack"' in html

    assert '<label for="category">Category</label>' in html
    assert '<select id="category" name="category"' in html
    options = re.findall(r'<option value="([^"]*)"( selected)?>([^<]+)</option>', html)
    assert options[0] == ("", "", "Choose a category")
    assert [label for _value, _selected, label in options[1:]] == CATEGORIES
    assert all(value == label for value, _selected, label in options[1:])

    assert '<label for="message">Message</label>' in html
    textarea = re.search(r"<textarea id=\"message\"[^>]*>", html)
    assert textarea
    assert 'maxlength="2000"' in textarea.group(0)
    assert 'aria-describedby="message-hint"' in textarea.group(0)
    assert 'id="message-hint"' in html
    assert '<button class="button button-primary" type="submit">Send message</button>' in html
    assert "never share email addresses" in html


def test_contact_unknown_product_is_404(client, signed_in):
    assert client.get("/contact?product=nope").status_code == 404
    assert client.get("/contact").status_code == 404


def test_seller_cannot_contact_themselves(client, login):
    login(email="northwind@example.com", password="seller-pass-123")
    assert client.get(CONTACT_URL).status_code == 404


def test_sending_creates_conversation_and_shows_thread(client, db, send):
    before = counts(db)
    response = send(category="Question about a product", message="  Does it fit a 15-inch laptop?\n")
    assert response.status_code == 303
    match = re.fullmatch(r"/messages/(\d+)", response.headers["Location"])
    assert match
    conversation_id = int(match.group(1))

    assert counts(db) == (before[0] + 1, before[1] + 1)
    stored = db.execute(
        "SELECT c.category, p.slug, s.display_name, m.body, m.created_at, c.updated_at"
        " FROM conversations c JOIN products p ON p.id = c.product_id"
        " JOIN users s ON s.id = c.seller_id JOIN messages m ON m.conversation_id = c.id WHERE c.id = ?",
        (conversation_id,),
    ).fetchone()
    assert stored == (
        "Question about a product",
        BACKPACK,
        "Northwind Outfitters",
        "Does it fit a 15-inch laptop?",
        "2026-03-02T09:30:00+00:00",
        "2026-03-02T09:30:00+00:00",
    )

    thread = client.get(response.headers["Location"])
    assert thread.status_code == 200
    assert "Your message was sent to Northwind Outfitters." in thread.text
    assert '<h2 id="thread-title">Conversation with Northwind Outfitters</h2>' in thread.text
    assert "Does it fit a 15-inch laptop?" in thread.text
    assert '<time datetime="2026-03-02T09:30:00+00:00">2 Mar 2026, 09:30 UTC</time>' in thread.text


@pytest.mark.parametrize(
    ("category", "message", "field", "error"),
    [
        ("", "Is it waterproof?", "category", "Choose a category for your message."),
        ("Not a real category", "Is it waterproof?", "category", "Choose a category for your message."),
        ("Order status", "   \n  ", "message", "Enter a message to the seller."),
        (
            "Order status",
            "x" * 2001,
            "message",
            "Shorten your message to 2,000 characters or fewer (it has 2,001).",
        ),
    ],
)
def test_invalid_form_is_rejected_with_errors_and_input_kept(db, send, category, message, field, error):
    before = counts(db)
    response = send(category=category, message=message)
    assert response.status_code == 400
    html = response.text
    assert '<div class="error-summary" role="alert">' in html
    assert f'<li><a href="#{field}">{error}</a></li>' in html
    assert (
        f'<p class="field-error" id="{field}-error"><span class="visually-hidden">Error:</span> {error}</p>'
        in html
    )
    assert re.search(rf'id="{field}"[^>]*aria-describedby="{field}-error', html)
    assert f">\n{message}</textarea>" in html
    if category in CATEGORIES:
        assert f'<option value="{category}" selected>' in html
    assert counts(db) == before


def test_exactly_2000_characters_is_accepted(send):
    assert send(message="y" * 2000).status_code == 303


def test_crlf_line_breaks_count_as_one_character(send):
    # Browsers count a line break as one character for maxlength but submit it as CRLF.
    assert send(message=("a" * 99 + "\r\n") * 20).status_code == 303


@pytest.mark.parametrize("token", [None, "forged-token"])
def test_post_without_valid_csrf_token_is_rejected(client, db, signed_in, token):
    client.get(CONTACT_URL)  # the session now holds a real token
    before = counts(db)
    data = {"product": BACKPACK, "category": "Order status", "message": "Hello"}
    if token:
        data["csrf_token"] = token
    response = client.post("/contact", data=data)
    assert response.status_code == 400
    assert "This form has expired" in response.text
    assert counts(db) == before


def test_post_requires_login(client, db, form_token):
    token = form_token("/login")  # a valid token, but nobody is signed in
    before = counts(db)
    response = client.post(
        "/contact",
        data={"csrf_token": token, "product": BACKPACK, "category": "Order status", "message": "Hi"},
    )
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login?next=")
    assert counts(db) == before


def test_oversized_request_is_413(client, db, form_token, signed_in):
    token = form_token(CONTACT_URL)
    before = counts(db)
    response = client.post(
        "/contact",
        data={"csrf_token": token, "product": BACKPACK, "category": "Order status", "message": "z" * 70_000},
    )
    assert response.status_code == 413
    assert "Shorten your message" in response.text
    assert counts(db) == before


def test_message_html_is_escaped(client, send):
    response = send(message='<script>alert("hi")</script> & <b>bold</b>')
    assert response.status_code == 303
    thread = client.get(response.headers["Location"]).text
    assert "<script>alert" not in thread
    assert "<b>bold</b>" not in thread
    assert "&lt;script&gt;alert(&#34;hi&#34;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in thread


def test_error_page_escapes_the_typed_message(send):
    response = send(category="", message="</textarea><script>x()</script>")
    assert response.status_code == 400
    assert "<script>x()" not in response.text
    assert "&lt;/textarea&gt;&lt;script&gt;x()&lt;/script&gt;</textarea>" in response.text
