"""The fast paths (denormalized evidence, raw dates, incremental tally) answer exactly as
the straightforward joins and recomputation do, on the Picard scenario, both databases."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import aliased

from aggregator.db import models as m
from aggregator.query import claim_timeline, consensus
from aggregator.query.claims import load_claims, utc
from aggregator.query.consensus import _Tally
from tests.query.test_questions import picard


def reference_timeline(conn, show_id, season=None, since=None, event=None, outlet_id=None):
    """The timeline as it was computed before 0003: joined row by row."""
    c, r, a, o = m.ReleaseClaim, m.Revision, m.Article, m.Outlet
    stmt = (select(c.id, c.season_number, c.event, c.date_from, c.date_to, c.precision, c.certainty, c.text,
                   c.said_at, r.fetched_at, r.published, r.content_hash, a.url, o.name, o.domain)
            .join(r, r.id == c.revision_id).join(a, a.id == r.article_id).join(o, o.id == a.outlet_id)
            .where(c.show_id == show_id).order_by(c.said_at, r.fetched_at, c.position))
    if season is not None:
        stmt = stmt.where(c.season_number == season)
    if since is not None:
        stmt = stmt.where(c.said_at >= since)
    if event is not None:
        stmt = stmt.where(c.event == event)
    if outlet_id is not None:
        stmt = stmt.where(o.id == outlet_id)
    cited = aliased(m.Outlet)
    cites: dict[int, list[str]] = {}
    for claim_id, name in conn.execute(select(m.ClaimCite.claim_id, cited.name)
                                       .join(cited, cited.id == m.ClaimCite.outlet_id).order_by(m.ClaimCite.id)):
        cites.setdefault(claim_id, []).append(name)
    return [{"claim_id": row.id, "outlet": {"name": row.name, "domain": row.domain}, "url": row.url,
             "published": row.published, "fetched_at": row.fetched_at, "said_at": row.said_at,
             "season": row.season_number, "event": row.event, "date_from": row.date_from, "date_to": row.date_to,
             "precision": row.precision, "certainty": row.certainty, "text": row.text,
             "cites": cites.get(row.id, []), "content_hash": row.content_hash} for row in conn.execute(stmt)]


SINCE = datetime(2020, 9, 1, tzinfo=UTC)


def test_timeline_matches_the_joined_reference(conn):
    show = picard(conn)
    deadline = conn.execute(select(m.Outlet.id).where(m.Outlet.domain == "deadline.com")).scalar_one()
    cases = [
        ({}, {}),
        ({"season": 2}, {"season": 2}),
        ({"season": 2, "event": "premiere"}, {"season": 2, "event": "premiere"}),
        ({"season": 2, "outlet": "deadline.com"}, {"season": 2, "outlet_id": deadline}),
        ({"season": 2, "since": SINCE}, {"season": 2, "since": SINCE}),
    ]
    for ours, theirs in cases:
        season = ours.pop("season", None)
        got = claim_timeline(conn, show, season, **ours)
        assert got == reference_timeline(conn, show, **theirs)
    everything = claim_timeline(conn, show, 2)
    assert len(everything) >= 8
    assert any(row["cites"] for row in everything)  # credits are carried, not just empty lists
    assert all(isinstance(row["said_at"], datetime) and row["outlet"]["name"] for row in everything)


def test_load_claims_matches_the_joins(conn):
    c, r, a, o = m.ReleaseClaim, m.Revision, m.Article, m.Outlet
    joined = {row.id: row for row in conn.execute(
        select(c.id, r.article_id, a.outlet_id, o.name, a.url, c.said_at, c.date_from, c.date_to)
        .join(r, r.id == c.revision_id).join(a, a.id == r.article_id).join(o, o.id == a.outlet_id))}
    claims = load_claims(conn, show_id=picard(conn), season=2)
    assert len(claims) == len(joined)
    for cl in claims:
        row = joined[cl.id]
        assert (cl.article_id, cl.outlet_id, cl.outlet, cl.url) == (row.article_id, row.outlet_id, row.name, row.url)
        assert (cl.said_at, cl.date_from, cl.date_to) == (utc(row.said_at), row.date_from, row.date_to)
        assert cl.said_at.tzinfo is UTC
    assert [cl.said_at for cl in claims] == sorted(cl.said_at for cl in claims)


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_consensus_incremental_tally_matches_full_recount(conn, monkeypatch, by):
    fast = consensus(conn, picard(conn), 2, by=by)
    rows = _Tally.rows

    def recount_everything(self, as_of):
        self.dirty = set(self.dates)  # summarize every date again, as before
        return rows(self, as_of)

    monkeypatch.setattr(_Tally, "rows", recount_everything)
    assert fast == consensus(conn, picard(conn), 2, by=by)
    assert len({row["as_of"] for row in fast}) > 1


def test_timeline_pages_in_sql_add_up_to_the_whole(conn):
    """limit/offset pages, read in turn, are the full timeline in order; the count agrees."""
    from aggregator.query import timeline_count

    show = picard(conn)
    for season, filters in ((2, {}), (None, {}), (2, {"outlet": "deadline.com"}), (2, {"since": SINCE})):
        whole = claim_timeline(conn, show, season, **filters)
        assert timeline_count(conn, show, season, **filters) == len(whole)
        pages = [claim_timeline(conn, show, season, limit=3, offset=at, **filters) for at in range(0, len(whole), 3)]
        assert all(0 < len(page) <= 3 for page in pages)
        assert [row for page in pages for row in page] == whole
    total = timeline_count(conn, show, 2)
    assert claim_timeline(conn, show, 2, offset=total - 1) == claim_timeline(conn, show, 2)[-1:]
    assert claim_timeline(conn, show, 2, limit=5, offset=total) == []
    assert timeline_count(conn, show, 2, outlet="no-such-outlet.example") == 0


def test_one_claim_by_id_is_its_timeline_row(conn):
    """`claim_id` looks one claim up in SQL: the same row the whole timeline holds, and
    nothing for a claim of another show or an id that does not exist."""
    from aggregator.query import timeline_seasons

    show = picard(conn)
    whole = claim_timeline(conn, show)
    for row in (whole[0], whole[len(whole) // 2], whole[-1]):
        assert claim_timeline(conn, show, claim_id=row["claim_id"]) == [row]
    assert claim_timeline(conn, show, claim_id=max(r["claim_id"] for r in whole) + 10_000) == []
    assert claim_timeline(conn, show + 1, claim_id=whole[0]["claim_id"]) == []
    assert timeline_seasons(conn, show) == sorted({r["season"] for r in whole if r["season"] is not None})
