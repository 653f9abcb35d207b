"""Finding a Chromium: $CHROMIUM_PATH first, then PATH; a clear remedy when there is none."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from guide import chromium


def fake_browser(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


def test_chromium_path_wins(tmp_path: Path) -> None:
    given = fake_browser(tmp_path, "my-chrome")
    fake_browser(tmp_path, "chromium")
    assert chromium.find_executable({"CHROMIUM_PATH": str(given), "PATH": str(tmp_path)}) == str(given)


def test_a_wrong_chromium_path_is_an_error_not_a_fallback(tmp_path: Path) -> None:
    with pytest.raises(chromium.ChromiumNotFound, match="CHROMIUM_PATH=/nope is not an executable") as caught:
        chromium.find_executable({"CHROMIUM_PATH": "/nope", "PATH": str(tmp_path)})
    assert "apt-get install chromium" in str(caught.value)


@pytest.mark.parametrize("name", chromium.PATH_NAMES)
def test_found_on_path(tmp_path: Path, name: str) -> None:
    assert chromium.find_executable({"PATH": str(tmp_path)}) is None
    found = fake_browser(tmp_path, name)
    assert chromium.find_executable({"PATH": str(tmp_path)}) == str(found)


def test_ensure_is_quick_when_present(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = fake_browser(tmp_path, "chromium")
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.delenv("CHROMIUM_PATH", raising=False)
    monkeypatch.setattr(chromium, "_run", lambda cmd: pytest.fail(f"should not install: {cmd}"))
    assert chromium.ensure() == f"Chromium: {found}"


def test_ensure_stops_with_the_remedy_when_nothing_works(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chromium, "find_executable", lambda: None)
    monkeypatch.setattr(chromium, "playwright_has_chromium", lambda: False)
    monkeypatch.setattr(chromium, "_run", lambda cmd: False)
    monkeypatch.setattr(chromium, "_is_debian_root", lambda: False)
    with pytest.raises(chromium.ChromiumNotFound) as caught:
        chromium.ensure()
    assert "export CHROMIUM_PATH=" in str(caught.value)
    assert chromium.main(["ensure"]) == 1


def test_launch_options_carry_the_quiet_network_flags(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chromium, "find_executable", lambda: "/usr/bin/chromium")
    options = chromium.launch_options("/no/bundled/chrome")
    assert options["executable_path"] == "/usr/bin/chromium"
    for flag in (
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
    ):
        assert flag in options["args"]


def test_launch_options_fall_back_to_playwrights_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chromium, "find_executable", lambda: None)
    bundled = fake_browser(tmp_path, "chrome")
    assert "executable_path" not in chromium.launch_options(str(bundled))
    with pytest.raises(chromium.ChromiumNotFound, match="No Chromium found"):
        chromium.launch_options(str(tmp_path / "missing"))
