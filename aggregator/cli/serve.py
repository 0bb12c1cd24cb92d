"""`aggregator serve`: the read-only web UI and JSON API over the claim database."""

from __future__ import annotations

import socket
from pathlib import Path

import click

from aggregator.cli.common import UserError, db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--store", "stores", multiple=True, metavar="DIR",
              type=click.Path(file_okay=False, path_type=Path),
              help="A saved-page store to find saved copies in (repeatable); "
                   "the stores replay crawls recorded are searched too.")
def serve_command(db_url: str | None, host: str, port: int, stores: tuple[Path, ...]) -> None:
    """Serve the claim database as web pages and a JSON API (read-only).

    Pages: show search (typos welcome), a show/season timeline with consensus and
    who said each date first, claims with their evidence and saved page, outlets,
    citations. The JSON API lives under /api/ (OpenAPI at /api/openapi.json);
    every table downloads as CSV. The database is opened read-only.

    \b
    Example:
      aggregator serve --db sqlite:///var/aggregator.db
      aggregator serve --port 8080 --store fixtures/sites
    """
    import uvicorn

    from aggregator.web.app import create_app
    from aggregator.web.readonly import ReadOnlyDatabaseError

    for store in stores:
        if not (store / "manifest.jsonl").is_file():
            raise UserError(f"--store {store}: not a saved-page store (no manifest.jsonl)")
    try:
        app = create_app(db_url, stores=stores)
    except ReadOnlyDatabaseError as exc:
        raise UserError(str(exc)) from None
    try:
        # Bind here, not inside uvicorn, so a taken port is one clear line, not a log record.
        sock = socket.create_server((host, port), reuse_port=False)
    except OSError as exc:  # port taken, address not available, bad host
        raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    bound = sock.getsockname()[1]
    click.echo(f"aggregator: serving http://{host}:{bound}/ read-only (Ctrl-C stops)", err=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    server.run(sockets=[sock])


COMMANDS = [serve_command]
