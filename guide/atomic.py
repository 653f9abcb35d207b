"""Writes that either happen whole or not at all: readers never see half a file or half a folder."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def staged_folder(target: Path) -> Iterator[Path]:
    """Yield an empty folder to fill; on success it replaces target whole, on any error it is removed.

    It lies beside target, on the same file system, so the swap is a rename.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        yield staged
        _replace_folder(staged, target)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise


def _replace_folder(staged: Path, target: Path) -> None:
    """Swap a fully written folder into place; the old one is removed only after the swap."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        target.rename(old)
    staged.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
