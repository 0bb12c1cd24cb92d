"""Episode schedule tables: a row per episode, the first episode's date the premiere and the
last episode's the finale; the episodes between date nothing (fixtures/CONVENTIONS.md,
"Episode schedule tables")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from aggregator.extract.dates import find_dates
from aggregator.extract.document import Block
from aggregator.extract.locale import DateLocale
from aggregator.items import DateRange, Event, ReleaseClaim

# The column of air dates: "Original air date", "Airdate", "Release date", "UK air date".
_DATE_HEADER = re.compile(r"^(?:original\s+|first\s+|us\s+|uk\s+|original\s+us\s+|original\s+uk\s+)?"
                          r"(?:air|release|premiere|broadcast|streaming|transmission)\s*dates?\b|^aired\b|"
                          r"^(?:first\s+)?(?:aired|broadcast|released)(?:\s+on)?$|^date$", re.I)
# A column that numbers or names episodes: "No. overall", "#", "Ep.", "Episode", "Title".
_EPISODE_HEADER = re.compile(r"^(?:no\.|no\b|#|ep\.|ep\b|episodes?\b|title\b|episode\s+title\b)", re.I)


@dataclass(frozen=True, slots=True)
class Schedule:
    """The rows of a page's episode tables: `dated` maps a first or last episode's row (block
    index) to its event and its date column; every other row of those tables is in `rows`."""

    dated: dict[int, tuple[Event, int]]
    rows: frozenset[int]


def episode_schedules(blocks: Sequence[Block]) -> Schedule:
    """The episode tables of `blocks`: a header row naming an air-date column and an episode
    column, and the rows under it."""
    dated: dict[int, tuple[Event, int]] = {}
    rows: set[int] = set()
    index = 0
    while index < len(blocks):
        block = blocks[index]
        # (a word processor marks no header cells: a table's first row may be its header too)
        first_row = block.kind == "row" and (index == 0 or blocks[index - 1].kind != "row")
        column = _date_column(block) if block.kind == "row" and (block.header or first_row) else None
        index += 1
        if column is None:
            continue
        body: list[int] = []
        while index < len(blocks) and blocks[index].kind == "row" and not blocks[index].header:
            body.append(index)
            index += 1
        if len(body) < 2:
            continue    # one row is a fact, not a schedule
        rows.update(body)
        dated[body[0]] = ("premiere", column)
        dated[body[-1]] = ("finale", column)
    return Schedule(dated, frozenset(rows))


def _date_column(header: Block) -> int | None:
    cells = [" ".join(c.split()) for c in header.cells]
    if not any(_EPISODE_HEADER.match(c) for c in cells):
        return None
    return next((i for i, c in enumerate(cells) if len(c) <= 30 and _DATE_HEADER.search(c)), None)


def schedule_claim(block: Block, event: Event, column: int, season: int | None, published: date | None,
                   cites: list[str], locale: DateLocale = DateLocale()) -> ReleaseClaim | None:
    """The premiere or finale a first or last episode's row dates ("20 | 10 | The Long Thaw |
    March 9, 2027"), its text the row as shown; None for "TBA" (no finale is dated yet)."""
    if column >= len(block.cells):
        return None
    mentions = find_dates(block.cells[column], published, locale.day_first, locale.southern)
    if not mentions:
        return None
    return ReleaseClaim(season=season, event=event, when=mentions[0].when, certainty="confirmed",
                        text=block.text, cites=list(cites))


# A "Series overview" table: a row per season, its first and last release dates.
_SEASON_HEADER = re.compile(r"^(?:season|series|seasons)$", re.I)
_RELEASE_HEADER = re.compile(r"\b(?:released|aired|air\s+dates?|premiere|broadcast|release)\b", re.I)
_SEASON_CELL = re.compile(r"^\d{1,2}$")
_TBA = re.compile(r"^(?:tba|tbd|tbc|—|–|-)$", re.I)


@dataclass(frozen=True, slots=True)
class Overview:
    """The claims of each season row (block index) of a page's season overview tables;
    `rows` holds every row of those tables, headers included."""

    claims: dict[int, list[ReleaseClaim]]
    rows: frozenset[int]


def season_overviews(blocks: Sequence[Block], published: date | None,
                     locale: DateLocale = DateLocale()) -> Overview:
    """Season overview tables ("Season | Episodes | Originally released: First released | Last
    released | Network"): each row's first release date is its season's premiere, its last the
    finale ("TBA" none); a single date spanning both columns is a premiere and a finale that day."""
    claims: dict[int, list[ReleaseClaim]] = {}
    rows: set[int] = set()
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if not (block.kind == "row" and block.header and _is_overview_header(block.cells)):
            continue
        rows.add(index - 1)
        while index < len(blocks) and blocks[index].kind == "row":
            row = blocks[index]
            rows.add(index)
            if not row.header and (found := _season_row(row, published, locale)):
                claims[index] = found
            index += 1
    return Overview(claims, frozenset(rows))


def _is_overview_header(cells: Sequence[str]) -> bool:
    named = [" ".join(c.split()) for c in cells if c.strip()]
    return bool(named) and _SEASON_HEADER.match(named[0]) is not None and \
        any(_RELEASE_HEADER.search(c) for c in named[1:])


def _season_row(row: Block, published: date | None, locale: DateLocale) -> list[ReleaseClaim]:
    cells = [" ".join(c.split()) for c in row.cells]
    at = next((i for i, c in enumerate(cells) if c), None)
    if at is None or not _SEASON_CELL.match(cells[at]):
        return []
    season = int(cells[at])
    dates: list[tuple[DateRange, str]] = []
    pending_tba = False
    for cell in cells[at + 1:]:
        mentions = find_dates(cell, published, locale.day_first, locale.southern)
        if mentions and mentions[0].when.precision in ("day", "month"):
            dates.append((mentions[0].when, cell))
        elif dates and _TBA.match(cell):
            pending_tba = True
    if not dates:
        return []
    text = " ".join(c for c in cells if c)
    out = [ReleaseClaim(season=season, event="premiere", when=dates[0][0], certainty="confirmed", text=text)]
    if len(dates) > 1:
        out.append(ReleaseClaim(season=season, event="finale", when=dates[-1][0], certainty="confirmed", text=text))
    elif not pending_tba:
        # one date cell spanning both columns: a season released at once
        out.append(ReleaseClaim(season=season, event="finale", when=dates[0][0], certainty="confirmed", text=text))
    return out


def upcoming_season(blocks: Sequence[Block], last_edit: date | None) -> int | None:
    """The first season a season overview shows as still to come: a "TBA" date, or a first
    release after the page's last edit; None when every season has aired (or no overview)."""
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if not (block.kind == "row" and block.header and _is_overview_header(block.cells)):
            continue
        while index < len(blocks) and blocks[index].kind == "row":
            row = blocks[index]
            index += 1
            cells = [" ".join(c.split()) for c in row.cells if c.strip()]
            if row.header or not cells or not _SEASON_CELL.match(cells[0]):
                continue
            dated = _season_row(row, last_edit, DateLocale())
            if any(_TBA.match(c) for c in cells[1:]) and len(dated) < 2 or not dated or \
                    (last_edit is not None and dated[0].when.date_from > last_edit):
                return int(cells[0])
    return None


def log_row_text(row: Block, published: date | None, locale: DateLocale = DateLocale()) -> str | None:
    """A dated log's row ("September 14, 2026 | Cameras roll on season 2 in Newlyn") as the sentence
    it stands for: the entry, then its date ("..., on September 14, 2026"); an entry with a date of
    its own ("November 17, 2026 | THR reports HBO is targeting late 2027") is read without the
    log's date, which dates the report. None for a row that is no such entry."""
    cells = [" ".join(c.split()) for c in row.cells if c.strip()]
    if len(cells) < 2 or len(cells[0]) > 30:
        return None
    stamp = find_dates(cells[0], published, locale.day_first, locale.southern)
    if len(stamp) != 1 or len(stamp[0].text) < len(cells[0]) - 4:
        return None
    entry = " ".join(cells[1:])
    if not any(ch.isalpha() for ch in entry) or find_dates(entry, published, locale.day_first, locale.southern):
        return entry if any(ch.isalpha() for ch in entry) else None
    return f"{entry.rstrip('. ')}, on {cells[0]}"
