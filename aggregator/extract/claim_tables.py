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
from aggregator.items import Event, ReleaseClaim

# The column of air dates: "Original air date", "Airdate", "Release date", "UK air date".
_DATE_HEADER = re.compile(r"^(?:original\s+|first\s+|us\s+|uk\s+|original\s+us\s+|original\s+uk\s+)?"
                          r"(?:air|release|premiere|broadcast|streaming|transmission)\s*dates?\b|^aired\b|"
                          r"^(?:first\s+)?(?:aired|broadcast|released)(?:\s+on)?$|^date$", re.I)
# A column that numbers or names episodes: "No. overall", "#", "Ep.", "Episode", "Title".
_EPISODE_HEADER = re.compile(r"^(?:no\.?|#|ep\.?|episodes?|title|episode\s+title)(?:\s|$)", re.I)


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
        column = _date_column(block) if block.kind == "row" and block.header else None
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
