"""Build the static site with MkDocs (material theme) from the rendered docs folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from guide import atomic

BUILD_TIMEOUT_S = 300


class SiteError(RuntimeError):
    pass


def build_site(config: Path, site_dir: Path) -> None:
    """`mkdocs build --strict` into a staged folder; the previous site stays until the new one is whole."""
    with atomic.staged_folder(site_dir) as staged:
        cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config),
               "--site-dir", str(staged)]  # fmt: skip
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
        if done.returncode != 0:
            raise SiteError(f"mkdocs build --strict failed:\n{(done.stdout + done.stderr).strip()}")
