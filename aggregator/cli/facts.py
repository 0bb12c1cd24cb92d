"""`aggregator facts add|list`: what actually happened, to score the press against."""

from __future__ import annotations

from datetime import date

import click

from aggregator.cli.claims import EVENTS
from aggregator.cli.common import (
    NothingFound,
    UserError,
    db_option,
    emit,
    open_engine,
    output_options,
)
from aggregator.cli.lookup import show_or_exit
from aggregator.query import add_fact, list_facts

COLUMNS = ["show", "season", "event", "date", "source"]


@click.group("facts")
def facts_group() -> None:
    """Record what actually happened (premiere dates...) and list it.

    \b
    Example:
      aggregator facts add "Star Trek Picard" 2 premiere 2022-03-03 --source https://www.paramountplus.com/
      aggregator facts list
    """


@facts_group.command("add")
@click.argument("show")
@click.argument("season", type=int)
@click.argument("event", type=click.Choice(EVENTS))
@click.argument("when", metavar="DATE")
@click.option("--source", metavar="URL", help="Where the fact is documented.")
@db_option
def facts_add(show: str, season: int, event: str, when: str, source: str | None, db_url: str | None) -> None:
    """Record that SHOW's SEASON had EVENT on DATE (YYYY-MM-DD); recording it again with
    another date corrects it.

    \b
    Example:
      aggregator facts add "Star Trek Picard" 2 premiere 2022-03-03 --source https://www.paramountplus.com/
    """
    try:
        happened = date.fromisoformat(when)
    except ValueError:
        raise UserError(f"DATE must be YYYY-MM-DD, not {when!r}") from None
    engine = open_engine(db_url, must_exist=True)
    with engine.begin() as conn:
        match = show_or_exit(conn, show)
        outcome = add_fact(conn, match.id, season, event, happened, source)
    click.echo(f"{outcome}: {match.title} season {season} {event} {happened.isoformat()}")


@facts_group.command("list")
@click.option("--show", metavar="SHOW", help="Only this show's facts.")
@db_option
@output_options
def facts_list(show: str | None, db_url: str | None, as_json: bool, as_csv: bool) -> None:
    """The recorded facts.

    \b
    Example:
      aggregator facts list --show picard --json
    """
    engine = open_engine(db_url, must_exist=True)
    with engine.connect() as conn:
        show_id = show_or_exit(conn, show).id if show else None
        rows = list_facts(conn, show_id)
    if not rows:
        raise NothingFound("no facts recorded (add one with `aggregator facts add`)")
    emit(rows, COLUMNS, as_json=as_json, as_csv=as_csv)


COMMANDS = [facts_group]
