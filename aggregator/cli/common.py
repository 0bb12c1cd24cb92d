"""Options and output shared by the verbs: --db, and --json/--csv/table output."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

import click
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from aggregator.db.session import DatabaseURLError, make_engine, resolve_db_url


class UserError(click.ClickException):
    """Bad usage or input: exit status 2."""

    exit_code = 2


class NothingFound(click.ClickException):
    """The question has no answer in the database: exit status 1."""

    exit_code = 1


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db", "db_url", metavar="URL", default=None,
        help="Database URL (default: $AGGREGATOR_DB or sqlite:///var/aggregator.db).",
    )(func)


def open_engine(db_url: str | None, *, must_exist: bool = False) -> Engine:
    """An engine for the URL, checked by connecting; one-line errors for bad URLs."""
    url = resolve_db_url(db_url)
    if must_exist and url.startswith("sqlite:///"):
        from pathlib import Path

        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:" and not Path(path).exists():
            raise UserError(f"no database at {path} (run `aggregator crawl` first, or pass --db)")
    try:
        engine = make_engine(url)
        with engine.connect():
            pass
    except DatabaseURLError as exc:
        raise UserError(str(exc)) from None
    except (OperationalError, SQLAlchemyError) as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise UserError(f"cannot open database {url!r}: {reason}") from None
    if must_exist and not inspect(engine).has_table("release_claims"):
        raise UserError(f"{url} is not an aggregator database (no tables; run `aggregator crawl` first)")
    return engine


def output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--json / --csv switches; the default is a table for people."""
    func = click.option("--csv", "as_csv", is_flag=True, help="Print CSV with a header row.")(func)
    func = click.option("--json", "as_json", is_flag=True, help="Print a JSON list of objects.")(func)
    return func


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def emit(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, as_json: bool, as_csv: bool,
         flatten: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> None:
    """Print rows as JSON, CSV or an aligned table (columns pick and order the table/CSV)."""
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=_plain))
        return
    flat = [flatten(r) if flatten else r for r in rows]
    if as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in flat:
            writer.writerow({k: _cell(row.get(k)) for k in columns})
        return
    _table(flat, columns)


def _cell(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _table(rows: Iterable[dict[str, Any]], columns: Sequence[str], max_width: int = 60) -> None:
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in row] for row in cells]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
