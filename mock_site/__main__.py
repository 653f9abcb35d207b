"""Run the storefront: python -m mock_site [--host H] [--port P] [--db PATH] [--fresh] [--clock ISO].

Prints exactly one line, "Serving on http://HOST:PORT", once the socket is bound; runners wait for it.
"""

from __future__ import annotations

import argparse
import ipaddress
import signal
import sys
import threading
from pathlib import Path

from werkzeug.serving import make_server

from mock_site import create_app
from mock_site.clock import parse_instant
from mock_site.db import init_db


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m mock_site", description="Run the Marketbridge mock storefront."
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on; 0 picks a free one")
    parser.add_argument("--db", type=Path, help="SQLite database file (default: the instance folder)")
    parser.add_argument("--fresh", action="store_true", help="delete the database and reload the demo data")
    parser.add_argument("--clock", metavar="ISO", help="freeze the app clock, e.g. 2026-03-02T09:30:00+00:00")
    parser.add_argument("--allow-remote", action="store_true", help="allow listening on a non-loopback host")
    args = parser.parse_args(argv)
    if not args.allow_remote and not _is_loopback(args.host):
        parser.error(f"refusing to listen on non-loopback host {args.host!r}; pass --allow-remote to do so")
    if args.clock:
        try:
            parse_instant(args.clock)
        except ValueError as error:
            parser.error(str(error))
    return args


def main(argv: list[str] | None = None) -> None:
    args = _parse_args(argv)
    config: dict[str, object] = {"CLOCK_START": args.clock}
    if args.db:
        config["DATABASE"] = str(args.db.resolve())
    app = create_app(config)
    if args.fresh:
        with app.app_context():
            init_db()

    try:
        server = make_server(args.host, args.port, app, threaded=True)
    except OSError as error:
        sys.exit(f"Cannot listen on {args.host} port {args.port}: {error.strerror}")

    def stop(_signum: int, _frame: object) -> None:
        # shutdown() waits for serve_forever() to return, so it must not run on the serving thread.
        threading.Thread(target=server.shutdown).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"Serving on http://{host}:{server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
