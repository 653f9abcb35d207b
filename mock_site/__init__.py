"""Marketbridge: a mock marketplace storefront for demonstrating the Contact Seller flow."""

from __future__ import annotations

import os

from flask import Flask

from mock_site import (
    auth,
    catalog,
    clock,
    contact,
    csrf,
    db,
    errors,
    formatting,
    images,
    message_center,
    orders,
)


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY="dev-only-marketbridge-secret",
        DATABASE=os.path.join(app.instance_path, "marketbridge.sqlite"),
        CLOCK_START=None,
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    if test_config:
        app.config.from_mapping(test_config)

    clock.init_app(app)
    db.init_app(app)
    formatting.init_app(app)
    errors.init_app(app)
    for blueprint_module in (auth, catalog, images, contact, message_center, orders):
        app.register_blueprint(blueprint_module.bp)
    # After the blueprints, so the signed-in user is loaded before a bad token is rejected
    # and the error page still shows who is signed in.
    csrf.init_app(app)

    if not os.path.exists(app.config["DATABASE"]):
        with app.app_context():
            db.init_db()
    return app
