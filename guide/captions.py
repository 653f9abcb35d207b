"""Step text derived from what the step does, so the guide reads like a person explaining it."""

from __future__ import annotations

import re

from guide.spec import Step

_MD_MARKS = re.compile(r"[*_`]")


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return f"“{text}”" if len(text) <= limit else f"“{text[: limit - 1].rstrip()}…”"


def derived_caption(step: Step) -> str:
    """Markdown for one step, e.g. 'Click **Contact Seller**.'"""
    if step.goto is not None:
        return f"Go to `{step.goto}`."
    if step.click is not None:
        return f"Click **{step.click.shown_name}**."
    if step.fill is not None:
        return f"In **{step.fill.shown_name}**, type {_quote(step.fill.value)}."
    if step.select is not None:
        return f"In **{step.select.shown_name}**, choose **{step.select.option}**."
    assert step.expect is not None  # the spec guarantees exactly one action
    if step.expect.contains:
        return f"Check that **{step.expect.shown_name}** shows {_quote(step.expect.contains)}."
    return f"Check that **{step.expect.shown_name}** is shown."


def caption(step: Step) -> str:
    """The step's Markdown: the writer's caption if given, else the derived one, plus any note."""
    text = step.caption.strip() if step.caption else derived_caption(step)
    return f"{text}\n\n{step.note.strip()}" if step.note else text


def plain(markdown: str) -> str:
    """Caption text without Markdown marks, for alt text and logs."""
    return " ".join(_MD_MARKS.sub("", markdown).split())
