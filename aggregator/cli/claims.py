"""`aggregator claims SHOW`: the claim timeline of a show (and season)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click

from aggregator.cli.common import NothingFound, db_option, emit, open_engine, output_options
from aggregator.query import claim_timeline, find_show, timeline_count

EVENTS = ["premiere", "finale", "production_start", "production_end", "renewal", "trailer", "other"]
COLUMNS = ["said", "outlet", "season", "event", "claimed", "precision", "certainty", "cites", "url"]


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    claimed = row["date_from"].isoformat()
    if row["date_to"] != row["date_from"]:
        claimed += f" … {row['date_to'].isoformat()}"
    return {
        **row,
        "said": row["said_at"].date().isoformat(),
        "outlet": row["outlet"]["name"] or row["outlet"]["domain"],
        "outlet_domain": row["outlet"]["domain"],
        "claimed": claimed,
    }


@click.command("claims")
@click.argument("show")
@click.option("--season", type=int, help="Only this season.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only claims said on or after this date.")
@click.option("--outlet", metavar="NAME|DOMAIN", help="Only this outlet's claims.")
@click.option("--event", type=click.Choice(EVENTS), help="Only this kind of event.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many claims (default: all).")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="Skip this many claims first (with --limit, to page).")
@db_option
@output_options
def claims_command(show: str, season: int | None, since: datetime | None, outlet: str | None,
                   event: str | None, limit: int | None, offset: int, db_url: str | None, as_json: bool,
                   as_csv: bool) -> None:
    """The timeline of release-date claims about SHOW, ordered by when each was said.

    Show titles match loosely: "star trek picard" finds "Star Trek: Picard".
    Claims that a later revision withdrew are still listed, with the revision
    (fetched_at) that stated them.

    \b
    Example:
      aggregator claims "Star Trek Picard" --season 2
      aggregator claims picard --season 2 --json
      aggregator claims picard --season 2 --limit 50 --offset 50
    """
    engine = open_engine(db_url, must_exist=True)
    with engine.connect() as conn:
        match = find_show(conn, show)
        if match is None:
            raise NothingFound(f"no show matching {show!r} in the database")
        filters: dict[str, Any] = {"since": since, "outlet": outlet, "event": event}
        rows = claim_timeline(conn, match.id, season, limit=limit, offset=offset, **filters)
        paged = limit is not None or offset > 0
        total = timeline_count(conn, match.id, season, **filters) if paged else len(rows)
    if not rows and paged and total:
        raise NothingFound(f"only {total} claims: nothing after the first {offset}")
    if not rows:
        what = f"{match.title}" + (f" season {season}" if season is not None else "")
        raise NothingFound(f"no claims about {what}")
    if as_json or as_csv:
        emit(rows, COLUMNS + ["text"], as_json=as_json, as_csv=as_csv, flatten=_flat)
    else:
        shown = f" (showing {offset + 1}–{offset + len(rows)})" if paged else ""
        click.echo(f"{match.title}" + (f", season {season}" if season is not None else "") + f": {total} claims"
                   + shown)
        emit(rows, COLUMNS, as_json=False, as_csv=False, flatten=_flat)


COMMANDS = [claims_command]
