"""`aggregator first SHOW --season N`: who first claimed each date, and who repeated it."""

from __future__ import annotations

from typing import Any

import click

from aggregator.cli.claims import EVENTS
from aggregator.cli.common import NothingFound, db_option, emit, open_engine, output_options
from aggregator.cli.lookup import show_or_exit
from aggregator.query import first_said
from aggregator.query.claims import claimed

COLUMNS = ["event", "claimed", "precision", "first_outlet", "first_said", "outlets", "repeated_by"]


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "claimed": claimed(row["date_from"], row["date_to"]),
            "first_said": row["first_said_at"].date().isoformat(),
            "repeated_by": [f"{r['outlet']} {r['said_at'].date().isoformat()}" + ("" if r["credits_first"] else " (no credit)")
                            for r in row["repeated_by"]]}


@click.command("first")
@click.argument("show")
@click.option("--season", type=int, required=True, help="The season.")
@click.option("--event", type=click.Choice(EVENTS), help="Only this kind of event.")
@db_option
@output_options
def first_command(show: str, season: int, event: str | None, db_url: str | None, as_json: bool,
                  as_csv: bool) -> None:
    """For each distinct date claimed about SHOW's season: the first outlet to state it and
    when, and the outlets that repeated it afterwards ("(no credit)" when a repeat does not
    credit the first outlet).

    \b
    Example:
      aggregator first "Star Trek Picard" --season 2
      aggregator first picard --season 2 --event premiere --json
    """
    engine = open_engine(db_url, must_exist=True)
    with engine.connect() as conn:
        match = show_or_exit(conn, show)
        rows = first_said(conn, match.id, season, event=event)
    if not rows:
        raise NothingFound(f"no claims about {match.title} season {season}")
    if not (as_json or as_csv):
        click.echo(f"{match.title}, season {season}: {len(rows)} distinct claimed dates")
    emit(rows, COLUMNS + (["first_url", "first_text"] if as_csv else []), as_json=as_json, as_csv=as_csv,
         flatten=_flat)


COMMANDS = [first_command]
