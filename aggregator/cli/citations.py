"""`aggregator citations`: who credits whom, and repeats that credit nobody."""

from __future__ import annotations

from typing import Any

import click

from aggregator.cli.common import (
    NothingFound,
    UserError,
    db_option,
    emit,
    open_engine,
    output_options,
)
from aggregator.cli.lookup import outlet_or_exit, show_or_exit
from aggregator.query import credit_graph, uncredited_repeats

CREDIT_COLUMNS = ["citing", "credited", "articles", "claim_count"]
REPEAT_COLUMNS = ["said", "repeater", "season", "event", "claimed", "original", "original_said", "match"]


def _flat_repeat(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "said": row["said_at"].date().isoformat(),
            "original_said": row["original_said_at"].date().isoformat()}


@click.command("citations")
@click.option("--show", "show", metavar="SHOW", help="Only articles about this show.")
@click.option("--outlet", metavar="NAME|DOMAIN", help="Only where this outlet credits, is credited, repeats or is repeated.")
@click.option("--uncredited", "only_uncredited", is_flag=True, help="Only the uncredited repeats.")
@db_option
@output_options
def citations_command(show: str | None, outlet: str | None, only_uncredited: bool, db_url: str | None,
                      as_json: bool, as_csv: bool) -> None:
    """Who credits whom (articles and claims crediting each outlet), then the uncredited
    repeats: claims that match an earlier outlet's claim (same season and event, the same
    dates or a vaguer range holding them), published later, crediting no source and not
    that outlet.

    --json prints {"credits": [...], "uncredited": [...]}; --csv prints the uncredited
    repeats with --uncredited, else the credits.

    \b
    Example:
      aggregator citations --show "Star Trek Picard"
      aggregator citations --outlet deadline.com --json
    """
    if show and outlet:
        raise UserError("give --show or --outlet, not both")
    engine = open_engine(db_url, must_exist=True)
    with engine.connect() as conn:
        show_id = show_or_exit(conn, show).id if show else None
        outlet_id = outlet_or_exit(conn, outlet).id if outlet else None
        credits = [] if only_uncredited else credit_graph(conn, show_id=show_id, outlet_id=outlet_id)
        repeats = uncredited_repeats(conn, show_id=show_id, outlet_id=outlet_id)
    if not credits and not repeats:
        raise NothingFound("no citations and no uncredited repeats" + (f" for {show or outlet}" if show or outlet else ""))
    if as_json:
        emit({"credits": credits, "uncredited": repeats}, [], as_json=True, as_csv=False)  # type: ignore[arg-type]
    elif as_csv:
        if only_uncredited:
            emit(repeats, REPEAT_COLUMNS + ["url", "original_url", "text"], as_json=False, as_csv=True,
                 flatten=_flat_repeat)
        else:
            emit(credits, CREDIT_COLUMNS, as_json=False, as_csv=True)
    else:
        if not only_uncredited:
            click.echo(f"Credits ({len(credits)} pairs):")
            emit(credits, CREDIT_COLUMNS, as_json=False, as_csv=False)
            click.echo()
        click.echo(f"Uncredited repeats ({len(repeats)}):")
        emit(repeats, REPEAT_COLUMNS, as_json=False, as_csv=False, flatten=_flat_repeat)


COMMANDS = [citations_command]
