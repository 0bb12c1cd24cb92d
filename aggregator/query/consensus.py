"""What the press agrees on, over time: `aggregator consensus SHOW --season N`."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, select

from aggregator.db import models as m
from aggregator.query.claims import load_claims, outlet_names, utc


def consensus(conn: Connection, show_id: int, season: int, *, event: str | None = None,
              by: str = "month", latest_only: bool = False) -> list[dict[str, Any]]:
    """The claimed dates about a season, weighted by independent outlets, at the end of each
    day (or week, month: `by`) in which the picture changed; `latest_only`: just today's.

    At each point, every article stands by the claims of its latest revision so far (a
    later revision that drops a claim withdraws it). A claimed date's `outlets` are the
    outlets standing by it; its `independent` count is the number of distinct original
    sources behind it: an outlet whose claim credits other outlets counts as those
    outlets, one that credits nobody counts as itself. So four outlets all crediting
    Deadline are one independent source. `weight` is the date's share of the independent
    sources behind all the dates claimed for that event at that point.
    """
    claims = load_claims(conn, show_id=show_id, season=season, event=event)
    if not claims:
        return []
    article_outlet = {cl.article_id: cl.outlet_id for cl in claims}
    by_revision: dict[int, list] = defaultdict(list)
    for cl in claims:
        by_revision[cl.revision_id].append(cl)
    # Every revision of those articles, including ones that state nothing about the season.
    r = m.Revision
    revisions = []
    articles = sorted(article_outlet)
    for start in range(0, len(articles), 500):
        revisions += conn.execute(select(r.id, r.article_id, r.said_at, r.fetched_at)
                                  .where(r.article_id.in_(articles[start:start + 500]))).all()
    revisions.sort(key=lambda rev: (utc(rev.said_at or rev.fetched_at), rev.fetched_at))
    names = {cl.outlet_id: cl.outlet for cl in claims}
    cited = set().union(*(cl.cites for cl in claims)) - set(names)
    names.update(outlet_names(conn, cited))

    tally = _Tally(names)
    standing: dict[int, list] = {}  # article -> the claims of its latest revision
    rows: list[dict[str, Any]] = []
    current: date | None = None
    for rev in revisions:
        when = _period(utc(rev.said_at or rev.fetched_at).date(), by)
        if current is not None and when != current and not latest_only:
            rows += tally.rows(current)
        current = when
        for cl in standing.get(rev.article_id, []):
            tally.add(cl, -1)
        standing[rev.article_id] = by_revision.get(rev.id, [])
        for cl in standing[rev.article_id]:
            tally.add(cl, +1)
    if current is not None:
        rows += tally.rows(current)
    return rows


def _period(day: date, by: str) -> date:
    """The first day of the day/week/month `day` falls in."""
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day


class _Tally:
    """Running counts per claimed date, updated as articles change what they stand by.

    Only the dates touched since the last `rows` are summarized again (sorting a date's
    outlet names is most of the work, and most dates stand still from one period to the
    next)."""

    def __init__(self, names: dict[int, str]) -> None:
        self.names = names
        self.dates: dict[tuple, dict[str, Any]] = {}
        self.dirty: set[tuple] = set()
        # date -> (outlets, sources, certainty) as sorted names, or None when nobody stands by it
        self.summary: dict[tuple, tuple[list[str], list[str], list[str]] | None] = {}

    def add(self, cl: Any, sign: int) -> None:
        key = (cl.event, cl.date_from, cl.date_to)
        entry = self.dates.get(key)
        if entry is None:
            entry = self.dates[key] = {"outlets": Counter(), "sources": Counter(), "certainty": Counter(),
                                       "precision": cl.precision}
        self.dirty.add(key)
        entry["outlets"][cl.outlet_id] += sign
        for source in cl.cites or (cl.outlet_id,):
            entry["sources"][source] += sign
        entry["certainty"][cl.certainty] += sign

    def _summarize(self, key: tuple) -> tuple[list[str], list[str], list[str]] | None:
        entry = self.dates[key]
        outlets = [o for o, n in entry["outlets"].items() if n > 0]
        if not outlets:
            return None
        sources = [o for o, n in entry["sources"].items() if n > 0]
        return (sorted(self.names.get(o, str(o)) for o in outlets),
                sorted(self.names.get(o, str(o)) for o in sources),
                sorted(c for c, n in entry["certainty"].items() if n > 0))

    def rows(self, as_of: date) -> list[dict[str, Any]]:
        for key in self.dirty:
            self.summary[key] = self._summarize(key)
        self.dirty.clear()
        live = []
        totals: dict[str, int] = defaultdict(int)
        # In first-claimed order, as the dates dict holds them (the sort below is stable).
        for key in self.dates:
            summary = self.summary[key]
            if summary is not None:
                live.append((key, summary))
                totals[key[0]] += len(summary[1])
        rows = []
        for (ev, date_from, date_to), (outlets, sources, certainty) in live:
            rows.append({
                "as_of": as_of, "event": ev, "date_from": date_from, "date_to": date_to,
                "precision": self.dates[(ev, date_from, date_to)]["precision"],
                "outlets": list(outlets),
                "outlet_count": len(outlets),
                "independent": len(sources),
                "sources": list(sources),
                "weight": round(len(sources) / totals[ev], 3),
                "certainty": list(certainty),
            })
        rows.sort(key=lambda r: (r["event"], -r["independent"], -r["outlet_count"], r["date_from"]))
        return rows
