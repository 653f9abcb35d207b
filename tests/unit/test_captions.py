"""Derived step text, writer overrides and notes."""

from __future__ import annotations

import pytest

from guide.captions import caption, derived_caption, plain
from guide.spec import Step


def step(**fields) -> Step:
    return Step.model_validate(fields)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"goto": "/orders"}, "Go to `/orders`."),
        ({"click": {"role": "button", "name": "Contact Seller"}}, "Click **Contact Seller**."),
        ({"click": {"text": "Sold by"}}, "Click **Sold by**."),
        (
            {"fill": {"label": "Message", "value": "Is it  waterproof?"}},
            "In **Message**, type “Is it waterproof?”.",
        ),
        (
            {"select": {"label": "Category", "option": "Order status"}},
            "In **Category**, choose **Order status**.",
        ),
        (
            {"expect": {"role": "heading", "name": "Message Center"}},
            "Check that **Message Center** is shown.",
        ),
        (
            {"expect": {"role": "status", "name": "Sent", "contains": "was sent"}},
            "Check that **Sent** shows “was sent”.",
        ),
    ],
)
def test_derived_captions(fields: dict, expected: str) -> None:
    assert derived_caption(step(**fields)) == expected


def test_long_typed_text_is_shortened() -> None:
    text = derived_caption(step(fill={"label": "Message", "value": "word " * 40}))
    assert text.endswith("…”.")
    assert len(text) < 110


def test_caption_replaces_and_note_extends() -> None:
    assert caption(step(goto="/", caption="Open **Marketbridge**.")) == "Open **Marketbridge**."
    assert caption(step(goto="/", note="It opens the home page.")) == "Go to `/`.\n\nIt opens the home page."


def test_plain_strips_markdown() -> None:
    assert plain("Click **Contact  Seller** in `the` _page_.") == "Click Contact Seller in the page."
