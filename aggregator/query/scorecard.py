"""Recorded facts, and each outlet's track record against them: `aggregator facts`, `scorecard`."""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, select, update

from aggregator.db import models as m
from aggregator.query.claims import claimed, first_statements, load_claims

# A claim whose range holds the real date but spans more than this many days (a
# quarter, a season, "2021") is too vague to call right.
MAX_JUDGED_DAYS = 31


def add_fact(conn: Connection, show_id: int, season: int, event: str, happened_on: date,
             source_url: str | None = None) -> str:
    """Record (or correct) what happened; returns "added", "updated" or "unchanged"."""
    f = m.Fact
    row = conn.execute(select(f.id, f.happened_on, f.source_url).where(
        f.show_id == show_id, f.season_number == season, f.event == event)).first()
    if row is None:
        conn.execute(m.Fact.__table__.insert().values(show_id=show_id, season_number=season, event=event,
                                                      happened_on=happened_on, source_url=source_url,
                                                      recorded_at=datetime.now(UTC)))
        return "added"
    if (row.happened_on, row.source_url) == (happened_on, source_url or row.source_url):
        return "unchanged"
    conn.execute(update(m.Fact.__table__).where(m.Fact.__table__.c.id == row.id).values(
        happened_on=happened_on, source_url=source_url or row.source_url, recorded_at=datetime.now(UTC)))
    return "updated"


def list_facts(conn: Connection, show_id: int | None = None) -> list[dict[str, Any]]:
    """Every recorded fact, by show, season and event."""
    f, s = m.Fact, m.Show
    stmt = (select(s.title, f.show_id, f.season_number, f.event, f.happened_on, f.source_url, f.recorded_at)
            .join(s, s.id == f.show_id).order_by(s.title, f.season_number, f.happened_on))
    if show_id is not None:
        stmt = stmt.where(f.show_id == show_id)
    return [{"show": r.title, "season": r.season_number, "event": r.event, "date": r.happened_on,
             "source": r.source_url, "recorded_at": r.recorded_at} for r in conn.execute(stmt)]


def judge(date_from: date, date_to: date, fact: date) -> str:
    """right / wrong / vague for one claimed range against what happened."""
    if not date_from <= fact <= date_to:
        return "wrong"
    return "right" if (date_to - date_from).days + 1 <= MAX_JUDGED_DAYS else "vague"


def scorecard(conn: Connection, show_id: int | None = None) -> list[dict[str, Any]]:
    """Per outlet: its claims about events with a recorded fact, each judged once (at the
    outlet's first statement of that range), as right, wrong or too vague to judge;
    statements made on or after the day it happened are not predictions and are only
    counted (`after`). Lead time: days between a right statement and the event."""
    facts = {(r["show_id"], r["season"], r["event"]): r["date"] for r in _facts(conn, show_id)}
    per_outlet: dict[str, dict[str, Any]] = defaultdict(lambda: {
        "right": 0, "wrong": 0, "vague": 0, "after": 0, "leads": [], "claims": []})
    shows = {k[0] for k in facts}
    for sid in sorted(shows):
        for cl in first_statements(load_claims(conn, show_id=sid)):
            fact = facts.get((cl.show_id, cl.season, cl.event))
            if fact is None:
                continue
            o = per_outlet[cl.outlet]
            if cl.said_at.date() >= fact:
                o["after"] += 1
                verdict, lead = "after", None
            else:
                verdict = judge(cl.date_from, cl.date_to, fact)
                lead = (fact - cl.said_at.date()).days if verdict == "right" else None
                o[verdict] += 1
                if lead is not None:
                    o["leads"].append(lead)
            o["claims"].append({"season": cl.season, "event": cl.event, "claimed": claimed(cl.date_from, cl.date_to),
                                "happened": fact, "said_at": cl.said_at, "verdict": verdict, "lead_days": lead,
                                "url": cl.url, "text": cl.text})
    rows = []
    for outlet, o in per_outlet.items():
        judged = o["right"] + o["wrong"]
        rows.append({
            "outlet": outlet, "right": o["right"], "wrong": o["wrong"], "vague": o["vague"], "after": o["after"],
            "accuracy": round(o["right"] / judged, 3) if judged else None,
            "median_lead_days": statistics.median(o["leads"]) if o["leads"] else None,
            "max_lead_days": max(o["leads"]) if o["leads"] else None,
            "claims": o["claims"],
        })
    rows.sort(key=lambda r: (-(r["accuracy"] or 0), -r["right"], r["outlet"]))
    return rows


def _facts(conn: Connection, show_id: int | None) -> list[dict[str, Any]]:
    f = m.Fact
    stmt = select(f.show_id, f.season_number, f.event, f.happened_on)
    if show_id is not None:
        stmt = stmt.where(f.show_id == show_id)
    return [{"show_id": r.show_id, "season": r.season_number, "event": r.event, "date": r.happened_on}
            for r in conn.execute(stmt)]
