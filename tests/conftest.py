"""Shared fixtures: pytest-playwright launches the same Chromium, with the same flags, as the engine."""

from __future__ import annotations

import pytest

from guide import chromium


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    # find_executable, not launch_options: that one may start a second Playwright, which pytest-playwright's
    # running one forbids. With no Chromium of ours, pytest-playwright falls back to Playwright's own.
    options = {
        **browser_type_launch_args,
        "args": [*browser_type_launch_args.get("args", []), *chromium.LAUNCH_ARGS],
    }
    executable = chromium.find_executable()
    if executable and "channel" not in options:
        options["executable_path"] = executable
    return options
