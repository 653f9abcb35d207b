"""Buyer-seller conversations: starting them and reading them back for the Message Center."""

from __future__ import annotations

import sqlite3

from mock_site import clock
from mock_site.db import get_db

# Visible labels of the contact form's Category options; stored as-is on the conversation.
CATEGORIES = (
    "Question about a product",
    "Order status",
    "Shipping and delivery",
    "Returns and refunds",
    "Something else",
)


def start_conversation(buyer_id: int, seller_id: int, product_id: int, category: str, body: str) -> int:
    """Create a conversation with its first message and return the conversation's id."""
    db = get_db()
    sent_at = clock.now().isoformat(timespec="seconds")
    conversation_id = db.execute(
        "INSERT INTO conversations (buyer_id, seller_id, product_id, category, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (buyer_id, seller_id, product_id, category, sent_at, sent_at),
    ).lastrowid
    assert conversation_id is not None  # always set after a successful INSERT
    db.execute(
        "INSERT INTO messages (conversation_id, sender_id, body, created_at) VALUES (?, ?, ?, ?)",
        (conversation_id, buyer_id, body, sent_at),
    )
    db.commit()
    return conversation_id


# Conversations of one user (:user), each with the other party's name, what it is about and
# its latest message. Ties on updated_at (a frozen clock) fall back to the newest id.
_LIST_SQL = """
    SELECT c.id, c.category, c.updated_at,
           other.display_name AS other_name,
           p.name AS product_name, p.slug AS product_slug,
           o.order_number,
           (SELECT m.body FROM messages m WHERE m.conversation_id = c.id
            ORDER BY m.created_at DESC, m.id DESC LIMIT 1) AS last_body
    FROM conversations c
    JOIN users other ON other.id = CASE WHEN c.buyer_id = :user THEN c.seller_id ELSE c.buyer_id END
    LEFT JOIN products p ON p.id = c.product_id
    LEFT JOIN orders o ON o.id = c.order_id
    WHERE (c.buyer_id = :user OR c.seller_id = :user)
"""


def list_conversations(user_id: int) -> list[sqlite3.Row]:
    return (
        get_db().execute(_LIST_SQL + " ORDER BY c.updated_at DESC, c.id DESC", {"user": user_id}).fetchall()
    )


def get_conversation(conversation_id: int, user_id: int) -> sqlite3.Row | None:
    """The conversation, or None if it does not exist or `user_id` is not one of its two people."""
    return (
        get_db().execute(_LIST_SQL + " AND c.id = :id", {"user": user_id, "id": conversation_id}).fetchone()
    )


def get_messages(conversation_id: int) -> list[sqlite3.Row]:
    return (
        get_db()
        .execute(
            "SELECT m.id, m.sender_id, m.body, m.created_at, u.display_name AS sender_name"
            " FROM messages m JOIN users u ON u.id = m.sender_id"
            " WHERE m.conversation_id = ? ORDER BY m.created_at, m.id",
            (conversation_id,),
        )
        .fetchall()
    )
