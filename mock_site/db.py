"""SQLite access: one connection per request, plus creating and seeding the database."""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path

import click
from flask import Flask, current_app, g
from flask.cli import with_appcontext

from mock_site.demo_data import load_demo_data


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
        g.db.execute("PRAGMA foreign_keys = ON")
    return g.db


def close_db(_error: BaseException | None = None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_db() -> None:
    """Replace the database file with a fresh one holding the schema and the demo data."""
    close_db()
    # Deleting the file (rather than dropping tables) also clears anything an older schema left.
    path = Path(current_app.config["DATABASE"])
    path.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = get_db()
    db.executescript(resources.files("mock_site").joinpath("schema.sql").read_text(encoding="utf-8"))
    load_demo_data(db)
    db.commit()


@click.command("init-db")
@with_appcontext
def init_db_command() -> None:
    """Recreate the database with the demo data."""
    init_db()
    click.echo(f"Initialised the database at {current_app.config['DATABASE']}.")


def init_app(app: Flask) -> None:
    app.teardown_appcontext(close_db)
    app.cli.add_command(init_db_command)
