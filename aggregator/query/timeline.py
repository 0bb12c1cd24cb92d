"""The claim timeline of a show (and season): `aggregator claims`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import aliased

from aggregator.db import models as m
from aggregator.query.shows import find_outlet


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
        match = find_outlet(conn, outlet)
        if match is None:
            return []
        stmt = stmt.where(o.id == match.id)
    rows = conn.execute(stmt).all()
    cites = season_cites(conn, show_id, season)
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


def claim_cites(conn: Connection, claim_ids: list[int]) -> dict[int, list[str]]:
    """claim id -> names of the outlets it credits, in the order stored."""
    out: dict[int, list[str]] = {}
    cited = aliased(m.Outlet)
    for start in range(0, len(claim_ids), 500):
        chunk = claim_ids[start:start + 500]
        stmt = (select(m.ClaimCite.claim_id, cited.name).join(cited, cited.id == m.ClaimCite.outlet_id)
                .where(m.ClaimCite.claim_id.in_(chunk)).order_by(m.ClaimCite.id))
        for claim_id, name in conn.execute(stmt):
            out.setdefault(claim_id, []).append(name)
    return out


def season_cites(conn: Connection, show_id: int, season: int | None) -> dict[int, list[str]]:
    """claim id -> credited outlet names for every claim about a show (season): one indexed
    query instead of IN lists of claim ids."""
    c = m.ReleaseClaim
    cited = aliased(m.Outlet)
    stmt = (select(m.ClaimCite.claim_id, cited.name).join(c, c.id == m.ClaimCite.claim_id)
            .join(cited, cited.id == m.ClaimCite.outlet_id).where(c.show_id == show_id).order_by(m.ClaimCite.id))
    if season is not None:
        stmt = stmt.where(c.season_number == season)
    out: dict[int, list[str]] = {}
    for claim_id, name in conn.execute(stmt):
        out.setdefault(claim_id, []).append(name)
    return out
