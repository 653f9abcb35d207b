"""`python -m mock_site`: command-line options and the real HTTP server."""

from __future__ import annotations

import re
import selectors
import sqlite3
import subprocess
import sys
import urllib.request

import pytest

from mock_site import create_app
from mock_site.__main__ import main


def _read_line(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise AssertionError(f"no output within {timeout}s")
    return process.stdout.readline()


def test_serves_on_a_free_port_and_stops_on_sigterm(tmp_path):
    database = tmp_path / "served.sqlite"
    app = create_app({"DATABASE": str(database)})
    with app.app_context(), sqlite3.connect(database) as connection:
        connection.execute("DELETE FROM messages")  # --fresh must bring the demo messages back

    command = ["-m", "mock_site", "--port", "0", "--db", str(database), "--fresh"]
    process = subprocess.Popen(
        [sys.executable, *command, "--clock", "2026-03-02T09:30:00+00:00"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = _read_line(process, timeout=15)
        match = re.fullmatch(r"Serving on (http://127\.0\.0\.1:(\d+))\n", line)
        assert match, repr(line)
        assert int(match.group(2)) != 0
        with urllib.request.urlopen(match.group(1) + "/", timeout=5) as response:
            assert response.status == 200
            assert b"<h1>All products</h1>" in response.read()
    finally:
        process.terminate()
        try:
            exit_code = process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise
    assert exit_code == 0
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 2


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.com"])
def test_refuses_non_loopback_host(host, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--host", host, "--port", "0"])
    assert exit_info.value.code == 2
    assert "--allow-remote" in capsys.readouterr().err


def test_refuses_clock_without_offset(capsys):
    with pytest.raises(SystemExit):
        main(["--clock", "2026-03-02T09:30:00"])
    assert "needs a UTC offset" in capsys.readouterr().err
