"""Who said it first: `aggregator first SHOW --season N`."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection

from aggregator.query.claims import first_statements, load_claims


def first_said(conn: Connection, show_id: int, season: int, *, event: str | None = None) -> list[dict[str, Any]]:
    """For each distinct claimed date (event + range) about a season: the first outlet to
    state it, when and where, and every outlet that repeated it afterwards (each once, at
    its first statement), noting whether the repeat credits the first outlet.

    Ordered by when each date was first claimed.
    """
    statements = first_statements(load_claims(conn, show_id=show_id, season=season, event=event,
                                              with_revision_cites=True))
    groups: dict[tuple, list] = defaultdict(list)
    for cl in statements:
        groups[(cl.event, cl.date_from, cl.date_to)].append(cl)
    rows = []
    for (ev, date_from, date_to), said in groups.items():
        first, later = said[0], said[1:]
        rows.append({
            "event": ev, "date_from": date_from, "date_to": date_to, "precision": first.precision,
            "first_outlet": first.outlet, "first_said_at": first.said_at, "first_url": first.url,
            "first_certainty": first.certainty, "first_text": first.text,
            "outlets": len(said),
            "repeated_by": [{
                "outlet": cl.outlet, "said_at": cl.said_at, "url": cl.url, "certainty": cl.certainty,
                "credits_first": first.outlet_id in cl.cites or first.outlet_id in cl.revision_cites,
            } for cl in later],
        })
    rows.sort(key=lambda r: (r["first_said_at"], r["event"], r["date_from"]))
    return rows
