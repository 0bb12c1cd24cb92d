"""Questions journalists ask of the claim database.

Each function takes a SQLAlchemy `Connection` and returns plain dicts, so the
CLI, the web UI and the tests share one implementation of each question.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, select
from sqlalchemy.orm import aliased

from aggregator.db import models as m
from aggregator.text import norm


@dataclass(frozen=True, slots=True)
class ShowMatch:
    id: int
    title: str


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


def claim_timeline(
    conn: Connection,
    show_id: int,
    season: int | None = None,
    *,
    since: datetime | None = None,
    outlet: str | None = None,
    event: str | None = None,
) -> list[dict[str, Any]]:
    """Every stored claim about a show (one season, or all), ordered by when it was said.

    Claims of every revision are listed, including ones a later revision withdrew,
    each with the revision (fetched_at) that stated it and the outlets it credits.
    """
    c, r, a, o = m.ReleaseClaim, m.Revision, m.Article, m.Outlet
    stmt = (
        select(
            c.id, c.season_number, c.event, c.date_from, c.date_to, c.precision, c.certainty, c.text,
            c.said_at, r.fetched_at, r.published, r.content_hash, a.url, o.name.label("outlet_name"),
            o.domain.label("outlet_domain"),
        )
        .join(r, r.id == c.revision_id)
        .join(a, a.id == r.article_id)
        .join(o, o.id == a.outlet_id)
        .where(c.show_id == show_id)
        .order_by(c.said_at, r.fetched_at, c.position)
    )
    if season is not None:
        stmt = stmt.where(c.season_number == season)
    if since is not None:
        stmt = stmt.where(c.said_at >= since)
    if event is not None:
        stmt = stmt.where(c.event == event)
    if outlet is not None:
        stmt = stmt.where((o.domain == outlet.lower()) | (o.name == outlet) | (o.key == f"name:{norm(outlet)}"))
    rows = conn.execute(stmt).all()
    cites = _cites(conn, [row.id for row in rows])
    return [
        {
            "claim_id": row.id,
            "outlet": {"name": row.outlet_name, "domain": row.outlet_domain},
            "url": row.url,
            "published": row.published,
            "fetched_at": row.fetched_at,
            "said_at": row.said_at,
            "season": row.season_number,
            "event": row.event,
            "date_from": row.date_from,
            "date_to": row.date_to,
            "precision": row.precision,
            "certainty": row.certainty,
            "text": row.text,
            "cites": cites.get(row.id, []),
            "content_hash": row.content_hash,
        }
        for row in rows
    ]


def _cites(conn: Connection, claim_ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    cited = aliased(m.Outlet)
    for start in range(0, len(claim_ids), 500):
        chunk = claim_ids[start:start + 500]
        stmt = (select(m.ClaimCite.claim_id, cited.name).join(cited, cited.id == m.ClaimCite.outlet_id)
                .where(m.ClaimCite.claim_id.in_(chunk)).order_by(m.ClaimCite.id))
        for claim_id, name in conn.execute(stmt):
            out.setdefault(claim_id, []).append(name)
    return out
