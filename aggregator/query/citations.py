"""Who credits whom, and who repeats without credit: `aggregator citations`."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, or_, select
from sqlalchemy.orm import aliased

from aggregator.db import models as m
from aggregator.query.claims import claimed, first_statements, load_claims, outlet_names


def credit_graph(conn: Connection, *, show_id: int | None = None, outlet_id: int | None = None) -> list[dict[str, Any]]:
    """One row per (citing outlet, credited outlet): how many articles credit it (any
    revision, `citations`), how many distinct claims credit it (`claim_cites`), and
    those claims. `outlet_id` keeps the rows where that outlet credits or is credited."""
    a, r, o = m.Article, m.Revision, m.Outlet
    citing, cited = aliased(o), aliased(o)
    pairs: dict[tuple[str, str], dict[str, Any]] = {}

    def pair(citer: str, source: str) -> dict[str, Any]:
        return pairs.setdefault((citer, source), {"citing": citer, "credited": source, "articles": set(),
                                                  "claims": {}})

    scope = []
    if show_id is not None:
        scope.append(a.show_id == show_id)
    art_stmt = (select(citing.name, cited.name, a.id).select_from(m.Citation)
                .join(r, r.id == m.Citation.revision_id).join(a, a.id == r.article_id)
                .join(citing, citing.id == a.outlet_id).join(cited, cited.id == m.Citation.cited_outlet_id)
                .where(*scope))
    c = m.ReleaseClaim
    claim_stmt = (select(citing.name, cited.name, a.id, a.url, c.season_number, c.event, c.date_from, c.date_to,
                         c.text).select_from(m.ClaimCite)
                  .join(c, c.id == m.ClaimCite.claim_id).join(r, r.id == c.revision_id).join(a, a.id == r.article_id)
                  .join(citing, citing.id == a.outlet_id).join(cited, cited.id == m.ClaimCite.outlet_id)
                  .where(*scope))
    if outlet_id is not None:
        art_stmt = art_stmt.where(or_(a.outlet_id == outlet_id, m.Citation.cited_outlet_id == outlet_id))
        claim_stmt = claim_stmt.where(or_(a.outlet_id == outlet_id, m.ClaimCite.outlet_id == outlet_id))
    for citer, source, article in conn.execute(art_stmt):
        pair(citer, source)["articles"].add(article)
    for citer, source, article, url, season, event, date_from, date_to, text in conn.execute(claim_stmt):
        p = pair(citer, source)
        p["articles"].add(article)
        # One entry per distinct statement, however many revisions repeated it.
        p["claims"].setdefault((article, season, event, date_from, date_to), {
            "season": season, "event": event, "claimed": claimed(date_from, date_to), "url": url, "text": text})
    rows = [{**p, "articles": len(p["articles"]), "claim_count": len(p["claims"]),
             "claims": list(p["claims"].values())} for p in pairs.values()]
    rows.sort(key=lambda p: (-p["articles"], -p["claim_count"], p["citing"], p["credited"]))
    return rows


def uncredited_repeats(conn: Connection, *, show_id: int | None = None,
                       outlet_id: int | None = None) -> list[dict[str, Any]]:
    """Claims that repeat an earlier outlet's claim without credit.

    A statement (an outlet's first statement of a show/season/event/range) repeats an
    earlier one when another outlet said the same season and event strictly earlier,
    with an equal range or one inside the repeat's ("March 2022" repeated as "early
    2022"): the ranges overlap, and the repeat adds no precision. A narrower range is
    new information, not a repeat (Deadline narrowing "early 2022" to "March 2022" after
    others echoed its "early 2022" copies no one). It is uncredited when the claim credits no
    source at all and its article credits none of the outlets that said it earlier.
    Each row names the original (the earliest such outlet) and the others before it.
    `outlet_id` keeps the rows where that outlet is the repeater or the original.
    """
    statements = first_statements(load_claims(conn, show_id=show_id, with_revision_cites=True))
    groups: dict[tuple, list] = defaultdict(list)
    for cl in statements:
        groups[(cl.show_id, cl.season, cl.event)].append(cl)
    shows = dict(conn.execute(select(m.Show.id, m.Show.title)).all()) if statements else {}
    rows = []
    for said in groups.values():
        for i, cl in enumerate(said):
            if cl.cites:
                continue
            earlier = [e for e in said[:i] if e.outlet_id != cl.outlet_id and e.said_at < cl.said_at
                       and _repeats(cl, e)]
            if not earlier:
                continue
            before = {e.outlet_id for e in earlier}
            if before & cl.revision_cites:
                continue
            # The original: the earliest outlet that said exactly this range, else the earliest overlap.
            original = next((e for e in earlier if e.range == cl.range), earlier[0])
            if outlet_id is not None and outlet_id not in (cl.outlet_id, original.outlet_id):
                continue
            others = outlet_names(conn, before - {original.outlet_id})
            rows.append({
                "show": shows.get(cl.show_id), "season": cl.season, "event": cl.event,
                "repeater": cl.outlet, "said_at": cl.said_at, "claimed": claimed(cl.date_from, cl.date_to),
                "url": cl.url, "text": cl.text,
                "original": original.outlet, "original_said_at": original.said_at,
                "original_claimed": claimed(original.date_from, original.date_to), "original_url": original.url,
                "match": "equal" if original.range == cl.range else "vaguer",
                "also_earlier": sorted(others.values()),
            })
    rows.sort(key=lambda r: (r["said_at"], r["repeater"]))
    return rows


def _repeats(cl, earlier) -> bool:  # type: ignore[no-untyped-def]
    """`cl` restates `earlier`: same range, or a wider range holding it."""
    return cl.date_from <= earlier.date_from and earlier.date_to <= cl.date_to
