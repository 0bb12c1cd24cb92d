"""`aggregator entities show|merge|split`: explain and correct who-is-who."""

from __future__ import annotations

import click

from aggregator.cli.common import (
    NothingFound,
    UserError,
    db_option,
    emit,
    open_engine,
    output_options,
)
from aggregator.entity_edits import EntityError, explain, merge, split

COLUMNS = ["kind", "entity", "spelling", "show", "outlet", "rule", "score"]


@click.group("entities")
def entities_group() -> None:
    """Explain how names resolve to outlets, shows and people, and merge or split them.

    \b
    Example:
      aggregator entities show "Evan Evagora"
      aggregator entities merge "Evan Evagora" "Evan Evagor"
      aggregator entities split "Evan Evagora" "Evan Evagor"
    """


@entities_group.command("show")
@click.argument("name")
@db_option
@output_options
def entities_show(name: str, db_url: str | None, as_json: bool, as_csv: bool) -> None:
    """How NAME resolves: every spelling of a person (the outlet that wrote it, the show's
    cast it was in, the rule — exact, similar with its rapidfuzz score, new, merge, split),
    a show's aliases, an outlet's names.

    \b
    Example:
      aggregator entities show "Evan Evagor"
      aggregator entities show picard --json
    """
    engine = open_engine(db_url, must_exist=True)
    with engine.connect() as conn:
        rows = explain(conn, name)
    if not rows:
        raise NothingFound(f"no person, show or outlet matching {name!r}")
    emit(rows, COLUMNS, as_json=as_json, as_csv=as_csv)


@entities_group.command("merge")
@click.argument("keep")
@click.argument("other")
@db_option
def entities_merge(keep: str, other: str, db_url: str | None) -> None:
    """Make OTHER the same person (or show) as KEEP: its spellings and credits move to KEEP,
    and future pages spelling it so resolve to KEEP.

    \b
    Example:
      aggregator entities merge "Evan Evagora" "Evan Evagor"
    """
    engine = open_engine(db_url, must_exist=True)
    try:
        with engine.begin() as conn:
            done = merge(conn, keep, other)
    except EntityError as exc:
        raise UserError(str(exc)) from None
    click.echo(f"merged {done['kind']} {done['merged']!r} into {done['kept']!r}")


@entities_group.command("split")
@click.argument("name")
@click.argument("spelling")
@db_option
def entities_split(name: str, spelling: str, db_url: str | None) -> None:
    """Undo a resolution: SPELLING, recorded for person NAME, becomes its own person with
    the credits written that way; future pages spelling it so stay apart.

    \b
    Example:
      aggregator entities split "Evan Evagora" "Evan Evagor"
    """
    engine = open_engine(db_url, must_exist=True)
    try:
        with engine.begin() as conn:
            done = split(conn, name, spelling)
    except EntityError as exc:
        raise UserError(str(exc)) from None
    click.echo(f"split {done['split']!r} off {done['from']!r} ({done['cast_credits_moved']} cast credits moved)")


COMMANDS = [entities_group]
