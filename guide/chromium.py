"""Find a Chromium for Playwright, or install one: `python -m guide.chromium ensure`.

Order, as the README promises: $CHROMIUM_PATH; a Chromium on PATH; Playwright's own download;
on Debian/Ubuntu as root, the distribution's package; otherwise stop and say what to do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# Without these, Chromium keeps calling home; on a closed network every start floods refused connections.
LAUNCH_ARGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--font-render-hinting=none",
]
PATH_NAMES = ("chromium", "chromium-browser", "google-chrome")
INSTALL_TIMEOUT_S = 300

REMEDY = (
    "No Chromium found. Install one, then run the command again:\n"
    "  - with internet access: .venv/bin/playwright install chromium\n"
    "  - on Debian/Ubuntu: sudo apt-get install chromium\n"
    "  - or point at an existing browser: export CHROMIUM_PATH=/path/to/chromium"
)


class ChromiumNotFound(RuntimeError):
    """No usable Chromium; the message says how to get one."""


def find_executable(env: dict[str, str] | None = None) -> str | None:
    """Path of a Chromium we were told about or that is on PATH; None means "use Playwright's own"."""
    env = os.environ if env is None else env
    given = env.get("CHROMIUM_PATH")
    if given:
        if not os.access(given, os.X_OK):
            raise ChromiumNotFound(f"CHROMIUM_PATH={given} is not an executable file.\n{REMEDY}")
        return given
    for name in PATH_NAMES:
        found = shutil.which(name, path=env.get("PATH"))
        if found:
            return found
    return None


def playwright_has_chromium() -> bool:
    """True when `playwright install chromium` has put a browser where Playwright looks.

    Starts its own Playwright, so only for use outside a running one (set-up, not runs).
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        return Path(p.chromium.executable_path).exists()


def launch_options(bundled: str, headless: bool = True) -> dict:
    """Keyword arguments for `chromium.launch`, raising ChromiumNotFound with the remedy.

    bundled: the running Playwright's own `chromium.executable_path`, used when no other Chromium is found.
    """
    executable = find_executable()
    if executable is None and not Path(bundled).exists():
        raise ChromiumNotFound(REMEDY)
    options: dict = {"headless": headless, "args": list(LAUNCH_ARGS)}
    if executable:
        options["executable_path"] = executable
    return options


def _run(cmd: list[str]) -> bool:
    print("$ " + " ".join(cmd), flush=True)
    try:
        return subprocess.run(cmd, timeout=INSTALL_TIMEOUT_S).returncode == 0
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"  failed: {exc}", flush=True)
        return False


def _is_debian_root() -> bool:
    return Path("/etc/debian_version").exists() and os.geteuid() == 0 and shutil.which("apt-get") is not None


def ensure() -> str:
    """Make sure a Chromium exists; return a line saying which one. Idempotent and quick when present."""
    executable = find_executable()
    if executable:
        return f"Chromium: {executable}"
    if playwright_has_chromium():
        return "Chromium: Playwright's own download"
    if _run([sys.executable, "-m", "playwright", "install", "chromium"]) and playwright_has_chromium():
        return "Chromium: installed by Playwright"
    if _is_debian_root():
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
            print("$ " + " ".join(cmd), flush=True)
            subprocess.run(cmd, env=env, timeout=INSTALL_TIMEOUT_S * 2, check=False)
        executable = find_executable()
        if executable:
            return f"Chromium: {executable} (installed with apt-get)"
    raise ChromiumNotFound(REMEDY)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv != ["ensure"]:
        print("usage: python -m guide.chromium ensure", file=sys.stderr)
        return 2
    try:
        print(ensure(), flush=True)
    except ChromiumNotFound as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
