"""Shared fixtures: pytest-playwright launches the same Chromium, with the same flags, as the engine."""

from __future__ import annotations

import pytest
from playwright.sync_api import Playwright

from guide import chromium


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict, playwright: Playwright) -> dict:
    if "channel" in browser_type_launch_args:  # --browser-channel chooses the browser itself
        return browser_type_launch_args
    options = chromium.launch_options(playwright.chromium.executable_path)
    options.pop("headless")  # pytest-playwright's --headed decides
    return {
        **browser_type_launch_args,
        **options,
        "args": [*browser_type_launch_args.get("args", []), *options.pop("args")],
    }
