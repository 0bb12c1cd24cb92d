"""What changed from revision to revision of one article: `aggregator history URL`."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from aggregator.db import models as m
from aggregator.query.claims import claimed, utc


def find_article(conn: Connection, url: str) -> tuple[int, str] | None:
    """The stored article at `url`, tolerating a missing/extra trailing slash or another scheme."""
    bare = url.strip().rstrip("/")
    for scheme in ("https://", "http://"):
        bare = bare.removeprefix(scheme)
    variants = [url.strip()] + [f"{s}{bare}{t}" for s in ("https://", "http://") for t in ("", "/")]
    rows = conn.execute(select(m.Article.id, m.Article.url).where(m.Article.url.in_(variants))).all()
    if not rows:
        return None
    exact = [row for row in rows if row.url == url.strip()]
    row = (exact or rows)[0]
    return row.id, row.url


def article_history(conn: Connection, article_id: int) -> list[dict[str, Any]]:
    """Each revision of the article (oldest first) and what it changed against the previous:
    claims added / withdrawn / made more (or less) precise / certainty changed, cast added /
    dropped, sources added / dropped. The first revision lists what it stated as added."""
    r = m.Revision
    revisions = conn.execute(select(r.id, r.fetched_at, r.said_at, r.content_hash, r.title)
                             .where(r.article_id == article_id).order_by(r.fetched_at)).all()
    ids = [rev.id for rev in revisions]
    claims, cast, sources = _claims(conn, ids), _cast(conn, ids), _sources(conn, ids)
    out, prev = [], None
    for n, rev in enumerate(revisions, start=1):
        changes = _diff_claims(claims[prev] if prev else [], claims[rev.id])
        changes += _diff_named("cast", cast[prev] if prev else {}, cast[rev.id], "dropped")
        changes += _diff_named("source", sources[prev] if prev else {}, sources[rev.id], "dropped")
        out.append({"revision": n, "fetched_at": utc(rev.fetched_at),
                    "said_at": utc(rev.said_at) if rev.said_at else None,
                    "content_hash": rev.content_hash, "title": rev.title, "changes": changes})
        prev = rev.id
    return out


def _claims(conn: Connection, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    c = m.ReleaseClaim
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if ids:
        for row in conn.execute(select(c.revision_id, c.season_number, c.event, c.date_from, c.date_to, c.precision,
                                       c.certainty, c.text).where(c.revision_id.in_(ids)).order_by(c.position)):
            out[row.revision_id].append(row._asdict())
    return out


def _cast(conn: Connection, ids: list[int]) -> dict[int, dict[int, str]]:
    cc = m.CastCredit
    out: dict[int, dict[int, str]] = defaultdict(dict)
    if ids:
        for rev, person, written, character in conn.execute(
                select(cc.revision_id, cc.person_id, cc.actor_as_written, cc.character).where(cc.revision_id.in_(ids))):
            out[rev][person] = written + (f" as {character}" if character else "")
    return out


def _sources(conn: Connection, ids: list[int]) -> dict[int, dict[int, str]]:
    ci, o = m.Citation, m.Outlet
    out: dict[int, dict[int, str]] = defaultdict(dict)
    if ids:
        for rev, outlet, name in conn.execute(select(ci.revision_id, ci.cited_outlet_id, o.name)
                                              .join(o, o.id == ci.cited_outlet_id).where(ci.revision_id.in_(ids))):
            out[rev][outlet] = name
    return out


def _label(c: dict[str, Any]) -> str:
    season = f"S{c['season_number']} " if c["season_number"] is not None else ""
    return f"{season}{c['event']} {claimed(c['date_from'], c['date_to'])} ({c['precision']}, {c['certainty']})"


def _change(change: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, Any]:
    shown = after or before
    assert shown is not None
    return {"kind": "claim", "change": change, "before": _label(before) if before else None,
            "after": _label(after) if after else None, "text": shown["text"]}


def _diff_claims(prev: list[dict[str, Any]], cur: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pair each current claim with a previous one of the same season and event, most
    specific relation first: unchanged, certainty changed, narrower (more precise),
    wider (less precise). What stays unpaired was added or withdrawn."""
    left, right = list(prev), list(cur)
    changes: list[dict[str, Any]] = []

    def same_subject(a: dict[str, Any], b: dict[str, Any]) -> bool:
        return (a["season_number"], a["event"]) == (b["season_number"], b["event"])

    def rng(c: dict[str, Any]) -> tuple:
        return (c["date_from"], c["date_to"])

    def inside(a: dict[str, Any], b: dict[str, Any]) -> bool:  # a strictly inside b
        return b["date_from"] <= a["date_from"] and a["date_to"] <= b["date_to"] and rng(a) != rng(b)

    relations = [
        (None, lambda p, c: rng(p) == rng(c) and p["certainty"] == c["certainty"]),
        ("certainty changed", lambda p, c: rng(p) == rng(c)),
        ("made more precise", lambda p, c: inside(c, p)),
        ("made less precise", lambda p, c: inside(p, c)),
    ]
    for change, related in relations:
        for c in list(right):
            match = next((p for p in left if same_subject(p, c) and related(p, c)), None)
            if match is not None:
                left.remove(match)
                right.remove(c)
                if change:
                    changes.append(_change(change, match, c))
    changes += [_change("added", None, c) for c in right]
    changes += [_change("withdrawn", p, None) for p in left]
    return changes


def _diff_named(kind: str, prev: dict[int, str], cur: dict[int, str], gone: str) -> list[dict[str, Any]]:
    changes = [{"kind": kind, "change": "added", "before": None, "after": cur[k], "text": None}
               for k in cur if k not in prev]
    changes += [{"kind": kind, "change": gone, "before": prev[k], "after": None, "text": None}
                for k in prev if k not in cur]
    return changes
