"""`aggregator consensus SHOW --season N`: claimed dates weighted by independent outlets, over time."""

from __future__ import annotations

from typing import Any

import click

from aggregator.cli.claims import EVENTS
from aggregator.cli.common import NothingFound, db_option, emit, open_engine, output_options
from aggregator.cli.lookup import show_or_exit
from aggregator.query import consensus
from aggregator.query.claims import claimed

COLUMNS = ["as_of", "event", "claimed", "precision", "independent", "outlet_count", "weight", "sources"]


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "claimed": claimed(row["date_from"], row["date_to"])}


@click.command("consensus")
@click.argument("show")
@click.option("--season", type=int, required=True, help="The season.")
@click.option("--event", type=click.Choice(EVENTS), help="Only this kind of event.")
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="month", show_default=True,
              help="One picture per day, week or month in which it changed.")
@click.option("--latest", is_flag=True, help="Only the picture today.")
@db_option
@output_options
def consensus_command(show: str, season: int, event: str | None, by: str, latest: bool, db_url: str | None,
                      as_json: bool, as_csv: bool) -> None:
    """The dates claimed for SHOW's season, weighted by how many independent outlets stand
    by them, at each point the picture changed.

    An article stands by the claims of its latest revision. Outlets that credit a source
    count as that source (four outlets crediting Deadline are one independent source);
    `weight` is a date's share of the independent sources for that event.

    \b
    Example:
      aggregator consensus "Star Trek Picard" --season 2 --event premiere
      aggregator consensus picard --season 2 --latest --json
    """
    engine = open_engine(db_url, must_exist=True)
    with engine.connect() as conn:
        match = show_or_exit(conn, show)
        rows = consensus(conn, match.id, season, event=event, by=by, latest_only=latest)
    if not rows:
        raise NothingFound(f"no claims about {match.title} season {season}")
    if not (as_json or as_csv):
        click.echo(f"{match.title}, season {season}")
    emit(rows, COLUMNS + (["outlets", "certainty"] if as_csv else []), as_json=as_json, as_csv=as_csv,
         flatten=_flat)


COMMANDS = [consensus_command]
