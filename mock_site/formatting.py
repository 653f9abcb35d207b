"""Template filters for money and dates, fixed to English/UTC so output never depends on the host locale."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import Flask

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def money(cents: int) -> str:
    return f"${cents // 100:,}.{cents % 100:02d}"


def _utc(timestamp: str) -> datetime:
    return datetime.fromisoformat(timestamp).astimezone(UTC)


def date(timestamp: str) -> str:
    """'2026-03-02T09:30:00+00:00' -> '2 Mar 2026'."""
    moment = _utc(timestamp)
    return f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


def date_time(timestamp: str) -> str:
    """'2026-03-02T09:30:00+00:00' -> '2 Mar 2026, 09:30 UTC'."""
    return f"{date(timestamp)}, {_utc(timestamp):%H:%M} UTC"


def init_app(app: Flask) -> None:
    app.jinja_env.filters.update(money=money, date=date, date_time=date_time)
