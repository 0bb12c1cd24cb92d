"""Tables as the web UI shows, paginates and exports them.

A page's data is a few named tables of plain rows that come from
`aggregator.query`. One `Table` serves the HTML page (paginated), the JSON API
(paginated, same rows) and the CSV download (every row, flattened), so the
three never disagree.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 500


@dataclass(slots=True)
class Table:
    """Rows of one question, or why they are missing (`missing` names the query function)."""

    name: str
    title: str
    columns: list[tuple[str, str]]
    rows: list[dict[str, Any]] | None
    missing: str | None = None
    note: str = ""
    # column key -> function(row) -> an internal href the server built (never scraped text).
    links: dict[str, Callable[[dict[str, Any]], str | None]] = field(default_factory=dict)

    @property
    def available(self) -> bool:
        return self.rows is not None


def unavailable(name: str, title: str, columns: list[tuple[str, str]], expected: str) -> Table:
    """A table whose query function is not in aggregator.query (yet): the page says so."""
    return Table(name, title, columns, None, missing=expected)


def paginate(rows: list[Any], page: int, per_page: int) -> dict[str, Any]:
    """One page of `rows` with the numbers a pager needs (page is 1-based, clamped)."""
    per_page = max(1, min(per_page, MAX_PER_PAGE))
    total = len(rows)
    pages = max(1, math.ceil(total / per_page))
    page = max(1, min(page, pages))
    start = (page - 1) * per_page
    return {"items": rows[start:start + per_page], "page": page, "per_page": per_page,
            "total": total, "pages": pages}


def table_page(table: Table, page: int, per_page: int) -> dict[str, Any]:
    """A table's JSON shape: its title, columns, and one page of rows (or why it is missing)."""
    body: dict[str, Any] = {
        "name": table.name, "title": table.title, "available": table.available,
        "columns": [key for key, _ in table.columns],
    }
    if table.note:
        body["note"] = table.note
    if table.available:
        body.update(paginate(table.rows or [], page, per_page))
    else:
        body.update({"items": [], "page": 1, "per_page": per_page, "total": 0, "pages": 1,
                     "missing": table.missing})
    return body


def flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts become `outer_inner` columns; lists become '; '-joined text."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, f"{name}_"))
        elif isinstance(value, list | tuple):
            out[name] = "; ".join(_text(v) for v in value)
        else:
            out[name] = value
    return out


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return ", ".join(f"{k}={_text(v)}" for k, v in value.items() if v is not None)
    return str(value)


def to_csv(table: Table) -> str:
    """Every row of the table as CSV (header row first); flattened, so nothing is lost."""
    flat = [flatten(r) for r in table.rows or []]
    columns: list[str] = []
    for row in flat:
        columns.extend(k for k in row if k not in columns)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns or [key for key, _ in table.columns], lineterminator="\n")
    writer.writeheader()
    for row in flat:
        writer.writerow({k: _csv_cell(row.get(k)) for k in columns})
    return buf.getvalue()


def _csv_cell(value: Any) -> str:
    text = _text(value)
    # Spreadsheets run cells that start with these as formulas; scraped text must not.
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def cell(row: dict[str, Any], key: str) -> str:
    """The text a table cell shows (dotted keys reach into nested dicts; times in UTC)."""
    value: Any = row
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value)
    if isinstance(value, datetime):
        return display_time(value)
    return _text(value)


def display_time(value: datetime) -> str:
    """A moment as people read it: the day, plus the time when it is not midnight (UTC)."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    if (value.hour, value.minute, value.second) == (0, 0, 0):
        return value.date().isoformat()
    return value.strftime("%Y-%m-%d %H:%M UTC")
