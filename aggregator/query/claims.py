"""Claims as the analytical questions need them: one light row per stored claim, with
its outlet, article, revision, the moment it was said and whom it credits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, String, select, type_coerce

from aggregator.db import models as m

CHUNK = 500


@dataclass(slots=True)
class Claim:
    id: int
    revision_id: int
    article_id: int
    outlet_id: int
    outlet: str
    show_id: int | None
    season: int | None
    event: str
    date_from: date
    date_to: date
    precision: str
    certainty: str
    said_at: datetime
    url: str
    text: str
    # Outlets the claim itself credits (claim_cites) and the revision credits (citations).
    cites: set[int] = field(default_factory=set)
    revision_cites: set[int] = field(default_factory=set)

    @property
    def range(self) -> tuple[date, date]:
        return (self.date_from, self.date_to)

    def overlaps(self, other: Claim) -> bool:
        return self.date_from <= other.date_to and other.date_from <= self.date_to


def raw(column: Any) -> Any:
    """`column` as the driver returns it, skipping SQLAlchemy's per-row result processing:
    SQLite's dates come back as text for `parser` to read once per distinct value (a
    season's claims share a few dozen dates and revisions), PostgreSQL's as they are."""
    return type_coerce(column, String()).label(column.key)


def parser(kind: type[date | datetime]) -> Callable[[Any], Any]:
    """A converter for a `raw` date (kind=date) or datetime column, memoized per value:
    ISO text (SQLite, as SQLAlchemy stores it) is parsed, anything else (None, or the
    date PostgreSQL's driver already made) passes through. Same values as SQLAlchemy's."""
    cache: dict[Any, Any] = {}

    def parse(value: Any) -> Any:
        try:
            return cache[value]
        except KeyError:
            out = cache[value] = kind.fromisoformat(value) if isinstance(value, str) else value
            return out

    return parse


def utc(value: datetime) -> datetime:
    """Aware UTC (SQLite hands stored datetimes back naive)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def load_claims(conn: Connection, *, show_id: int | None = None, season: int | None = None,
                event: str | None = None, with_revision_cites: bool = False) -> list[Claim]:
    """Every stored claim in scope (all revisions), ordered by said_at, with their credits."""
    c = m.ReleaseClaim
    scope = [cond for cond, value in ((c.show_id == show_id, show_id), (c.season_number == season, season),
                                      (c.event == event, event)) if value is not None]
    # The claim carries its article, outlet, url (migration 0003) and the outlets it credits
    # (0004): one table, no joins per row.
    rows = conn.execute(select(c.id, c.revision_id, c.article_id, c.outlet_id, c.show_id, c.season_number, c.event,
                               raw(c.date_from), raw(c.date_to), c.precision, c.certainty, raw(c.said_at), c.url,
                               c.text, c.cited_outlet_ids).where(*scope).order_by(c.said_at, c.id)).all()
    names = outlet_names(conn, {row[3] for row in rows})
    day, moment = parser(date), parser(datetime)
    claims = [Claim(i, rev, art, out, names[out], sh, se, ev, day(df), day(dt), pr, ce, utc(moment(sa)), url, tx,
                    {int(o) for o in cited.split()} if cited else set())
              for i, rev, art, out, sh, se, ev, df, dt, pr, ce, sa, url, tx, cited in rows]
    if with_revision_cites:
        by_rev: dict[int, list[Claim]] = defaultdict(list)
        for cl in claims:
            by_rev[cl.revision_id].append(cl)
        revs = list(by_rev)
        for start in range(0, len(revs), CHUNK):
            chunk = revs[start:start + CHUNK]
            for rev_id, outlet_id in conn.execute(select(m.Citation.revision_id, m.Citation.cited_outlet_id)
                                                  .where(m.Citation.revision_id.in_(chunk))):
                for cl in by_rev[rev_id]:
                    cl.revision_cites.add(outlet_id)
    return claims


def outlet_names(conn: Connection, ids: set[int]) -> dict[int, str]:
    """outlet id -> display name."""
    if not ids:
        return {}
    return {i: n for i, n in conn.execute(select(m.Outlet.id, m.Outlet.name).where(m.Outlet.id.in_(sorted(ids))))}


def first_statements(claims: list[Claim]) -> list[Claim]:
    """Each outlet's first statement of each (show, season, event, range): later revisions and
    other articles repeating it are the same statement, said again."""
    seen: dict[tuple, Claim] = {}
    for cl in sorted(claims, key=lambda c: (c.said_at, c.id)):
        seen.setdefault((cl.outlet_id, cl.show_id, cl.season, cl.event, cl.date_from, cl.date_to), cl)
    return sorted(seen.values(), key=lambda c: (c.said_at, c.id))


def claimed(date_from: date, date_to: date) -> str:
    """A range for people: one day, or "from … to"."""
    return date_from.isoformat() if date_from == date_to else f"{date_from.isoformat()} … {date_to.isoformat()}"
