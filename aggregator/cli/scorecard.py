"""`aggregator scorecard`: each outlet's record against the recorded facts."""

from __future__ import annotations

import click

from aggregator.cli.common import NothingFound, db_option, emit, open_engine, output_options
from aggregator.cli.lookup import show_or_exit
from aggregator.query import scorecard

COLUMNS = ["outlet", "right", "wrong", "vague", "after", "accuracy", "median_lead_days", "max_lead_days"]


@click.command("scorecard")
@click.option("--show", metavar="SHOW", help="Only claims about this show.")
@db_option
@output_options
def scorecard_command(show: str | None, db_url: str | None, as_json: bool, as_csv: bool) -> None:
    """Score each outlet's claims against the facts recorded with `aggregator facts add`.

    Each statement is judged once, when the outlet first made it: right (its range holds
    the real date and spans at most a month), wrong (it does not hold it), too vague
    (holds it but spans more than a month); statements made on or after the day are
    counted as `after`, not judged. Lead time: days from a right statement to the event.
    --json adds every judged claim.

    \b
    Example:
      aggregator scorecard --show "Star Trek Picard"
      aggregator scorecard --json
    """
    engine = open_engine(db_url, must_exist=True)
    with engine.connect() as conn:
        show_id = show_or_exit(conn, show).id if show else None
        rows = scorecard(conn, show_id)
    if not rows:
        raise NothingFound("no claims to score (record facts with `aggregator facts add`)")
    emit(rows, COLUMNS, as_json=as_json, as_csv=as_csv)


COMMANDS = [scorecard_command]
