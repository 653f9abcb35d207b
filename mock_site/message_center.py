"""The Message Center: a user's conversations and the messages in each."""

from __future__ import annotations

from flask import Blueprint, abort, g, render_template

from mock_site.auth import login_required
from mock_site.conversations import get_conversation, get_messages, list_conversations

bp = Blueprint("message_center", __name__, url_prefix="/messages")


@bp.get("")
@login_required
def inbox() -> str:
    return render_template(
        "messages.html", conversations=list_conversations(g.user["id"]), current=None, messages=[]
    )


@bp.get("/<int:conversation_id>")
@login_required
def thread(conversation_id: int) -> str:
    # Someone else's conversation is reported as missing, so ids reveal nothing.
    current = get_conversation(conversation_id, g.user["id"])
    if current is None:
        abort(404)
    return render_template(
        "messages.html",
        conversations=list_conversations(g.user["id"]),
        current=current,
        messages=get_messages(conversation_id),
    )
