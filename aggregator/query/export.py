"""Claims with their evidence, streamed for export: `aggregator export`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, select

from aggregator.db import models as m
from aggregator.query.claims import utc
from aggregator.query.timeline import claim_cites

COLUMNS = ["claim_id", "show", "season", "event", "date_from", "date_to", "precision", "certainty", "said_at",
           "outlet", "outlet_domain", "url", "revision_id", "fetched_at", "content_hash", "sentence", "cites"]


def export_rows(conn: Connection, show_id: int | None = None, chunk: int = 2000) -> Iterator[dict[str, Any]]:
    """Every claim (every revision) with its evidence, in claim id order, streamed in chunks
    so a million claims never sit in memory at once."""
    c, r, a, o, s = m.ReleaseClaim, m.Revision, m.Article, m.Outlet, m.Show
    last = 0
    while True:
        stmt = (select(c.id, s.title, c.season_number, c.event, c.date_from, c.date_to, c.precision, c.certainty,
                       c.said_at, o.name, o.domain, a.url, r.id.label("revision_id"), r.fetched_at, r.content_hash,
                       c.text)
                .join(r, r.id == c.revision_id).join(a, a.id == r.article_id).join(o, o.id == a.outlet_id)
                .outerjoin(s, s.id == c.show_id).where(c.id > last).order_by(c.id).limit(chunk))
        if show_id is not None:
            stmt = stmt.where(c.show_id == show_id)
        rows = conn.execute(stmt).all()
        if not rows:
            return
        cites = claim_cites(conn, [row.id for row in rows])
        for row in rows:
            yield {
                "claim_id": row.id, "show": row.title, "season": row.season_number, "event": row.event,
                "date_from": row.date_from, "date_to": row.date_to, "precision": row.precision,
                "certainty": row.certainty, "said_at": utc(row.said_at), "outlet": row.name,
                "outlet_domain": row.domain, "url": row.url, "revision_id": row.revision_id,
                "fetched_at": utc(row.fetched_at), "content_hash": row.content_hash, "sentence": row.text,
                "cites": cites.get(row.id, []),
            }
        last = rows[-1].id
