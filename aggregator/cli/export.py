"""`aggregator export`: every claim with its evidence, as CSV or JSON lines."""

from __future__ import annotations

import csv
import json
import sys

import click

from aggregator.cli.common import db_option, open_engine
from aggregator.cli.lookup import show_or_exit
from aggregator.query import export_rows
from aggregator.query.export import COLUMNS


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), required=True, help="Output format.")
@click.option("--show", metavar="SHOW", help="Only claims about this show.")
@db_option
def export_command(fmt: str, show: str | None, db_url: str | None) -> None:
    """Print every stored claim (of every revision) with its evidence: outlet, URL,
    revision (id, fetched_at, content hash), the sentence and the credited sources.
    Streams: a million claims do not need a million rows of memory.

    \b
    Example:
      aggregator export --format csv > claims.csv
      aggregator export --format jsonl --show "Star Trek Picard"
    """
    engine = open_engine(db_url, must_exist=True)
    with engine.connect() as conn:
        show_id = show_or_exit(conn, show).id if show else None
        out = sys.stdout
        if fmt == "csv":
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(COLUMNS)
            for row in export_rows(conn, show_id):
                writer.writerow(["; ".join(v) if isinstance(v, list) else
                                 (v.isoformat() if hasattr(v, "isoformat") else ("" if v is None else v))
                                 for v in (row[c] for c in COLUMNS)])
        else:
            for row in export_rows(conn, show_id):
                out.write(json.dumps(row, ensure_ascii=False, default=lambda v: v.isoformat()) + "\n")


COMMANDS = [export_command]
