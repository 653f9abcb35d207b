"""Start the embedded storefront in its own process, on a free loopback port with a fresh database."""

from __future__ import annotations

import contextlib
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

READY_PREFIX = "Serving on "
START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 5.0


class StorefrontError(RuntimeError):
    pass


def _read_lines(stream, lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


@contextlib.contextmanager
def running(database: Path, clock: datetime | None = None) -> Iterator[str]:
    """Yield the storefront's base URL; the process is stopped on exit, whatever happened."""
    cmd = [
        sys.executable,
        "-m",
        "mock_site",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--db",
        str(database),
        "--fresh",
    ]
    if clock is not None:
        cmd += ["--clock", clock.isoformat()]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    try:
        yield _wait_until_serving(proc)
    finally:
        stop(proc)


def _wait_until_serving(proc: subprocess.Popen[str]) -> str:
    lines: queue.Queue[str | None] = queue.Queue()
    # A thread keeps reading so the server never blocks on a full pipe, and so we can time out.
    threading.Thread(target=_read_lines, args=(proc.stdout, lines), daemon=True).start()
    seen: list[str] = []
    while True:
        try:
            line = lines.get(timeout=START_TIMEOUT_S)
        except queue.Empty:
            raise StorefrontError(f"the storefront did not start within {START_TIMEOUT_S:.0f} s") from None
        if line is None:
            output = "".join(seen[-20:]).strip()
            raise StorefrontError(f"the storefront exited before serving (code {proc.wait()}):\n{output}")
        if line.startswith(READY_PREFIX):
            return line[len(READY_PREFIX) :].strip()
        seen.append(line)


def stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
