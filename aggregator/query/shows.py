"""What the user means by a show or outlet name."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, or_, select

from aggregator.db import models as m
from aggregator.domains import registrable_domain
from aggregator.text import norm


@dataclass(frozen=True, slots=True)
class ShowMatch:
    id: int
    title: str


@dataclass(frozen=True, slots=True)
class OutletMatch:
    id: int
    name: str
    domain: str | None


def find_show(conn: Connection, name: str) -> ShowMatch | None:
    """The show a user means: exact normalized title, an alias, a containing title,
    then the closest title by fuzzy ratio (typos)."""
    key = norm(name)
    if not key:
        return None
    shows = {row.key: ShowMatch(row.id, row.title) for row in conn.execute(select(m.Show.id, m.Show.title, m.Show.key))}
    if key in shows:
        return shows[key]
    alias = conn.execute(select(m.ShowAlias.show_id).where(m.ShowAlias.key == key)).scalar()
    if alias is not None:
        return next((s for s in shows.values() if s.id == alias), None)
    containing = [s for k, s in shows.items() if key in k or k in key]
    if len(containing) == 1:
        return containing[0]
    best = process.extractOne(key, list(shows), scorer=fuzz.WRatio, score_cutoff=85)
    return shows[best[0]] if best else None


def find_outlet(conn: Connection, text: str) -> OutletMatch | None:
    """The outlet a user means: a domain or URL, a name, or a name pages used for it."""
    o = m.Outlet
    key = norm(text)
    domain = registrable_domain(text) if "." in text else None
    row = conn.execute(select(o.id, o.name, o.domain).where(or_(
        o.domain == (domain or text.lower()), o.key == f"name:{key}", o.name == text)).limit(1)).first()
    if row is None and key:
        row = conn.execute(select(o.id, o.name, o.domain).join(m.OutletAlias, m.OutletAlias.outlet_id == o.id)
                           .where(m.OutletAlias.key == key).limit(1)).first()
    if row is None and key:
        names = {norm(r.name): r for r in conn.execute(select(o.id, o.name, o.domain))}
        best = process.extractOne(key, list(names), scorer=fuzz.ratio, score_cutoff=90)
        row = names[best[0]] if best else None
    return OutletMatch(row.id, row.name, row.domain) if row is not None else None
