"""The app clock: every timestamp the site stores or shows comes from here.

Screenshots for the guide must be identical on every run, so the app can run on a
FrozenClock that only moves when told to, instead of the system clock.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol

from flask import Flask, current_app


class Clock(Protocol):
    def now(self) -> datetime:
        """Return the current instant as an aware UTC datetime."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FrozenClock:
    """A clock stuck at one instant; `instant` is public so it can be moved on purpose."""

    def __init__(self, instant: datetime) -> None:
        self.instant = instant

    def now(self) -> datetime:
        return self.instant


def parse_instant(text: str) -> datetime:
    """Parse an ISO-8601 instant; a UTC offset is required so the meaning is unambiguous."""
    try:
        instant = datetime.fromisoformat(text)
    except ValueError as error:
        raise ValueError(f"CLOCK_START {text!r} is not an ISO-8601 date and time") from error
    if instant.tzinfo is None:
        raise ValueError(f"CLOCK_START {text!r} needs a UTC offset, e.g. 2026-03-02T09:30:00+00:00")
    return instant.astimezone(UTC)


def init_app(app: Flask) -> None:
    start = app.config.get("CLOCK_START")
    app.extensions["clock"] = FrozenClock(parse_instant(start)) if start else SystemClock()


def get_clock() -> Clock:
    clock: Clock = current_app.extensions["clock"]
    return clock


def now() -> datetime:
    return get_clock().now()
