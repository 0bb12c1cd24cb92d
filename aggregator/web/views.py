"""Each page's data, from `aggregator.query` only (the web layer writes no SQL).

Functions here take a read-only `Connection` and return plain dicts and
`Table`s; `pages.py` renders them as HTML, `api.py` as JSON and CSV. Questions
whose query function is not in `aggregator.query` yet come back as unavailable
tables naming the function expected, so a page degrades instead of failing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from importlib import import_module
from typing import Any
from urllib.parse import quote, urlencode

from sqlalchemy import Connection

from aggregator import query
from aggregator.query import ShowMatch, claim_timeline, find_show, timeline_seasons
from aggregator.text import norm
from aggregator.web.tables import Table, unavailable

CLAIM_COLUMNS = [("said_at", "said"), ("outlet.name", "outlet"), ("season", "season"), ("event", "event"),
                 ("claimed", "claimed"), ("precision", "precision"), ("certainty", "certainty"),
                 ("cites", "credits"), ("text", "sentence")]


class NotFound(LookupError):
    """The page asked for does not exist (unknown show, claim, outlet): HTTP 404."""


def slug(title: str) -> str:
    """A show's URL segment: its normalized title with dashes ("star-trek-picard")."""
    return norm(title).replace(" ", "-") or "show"


def show_path(show: ShowMatch, season: int | None = None) -> str:
    return f"/shows/{quote(slug(show.title))}" + (f"?{urlencode({'season': season})}" if season is not None else "")


def claim_path(show: ShowMatch, claim_id: int) -> str:
    return f"/shows/{quote(slug(show.title))}/claims/{claim_id}"


def outlet_path(outlet: dict[str, Any] | None) -> str | None:
    """The outlet page of an outlet ({name, domain}): by domain, else by name (find_outlet takes both)."""
    if not outlet:
        return None
    key = outlet.get("domain") or outlet.get("name")
    return f"/outlets/{quote(key, safe='')}" if key else None


def saved_path(url: str, fetched_at: datetime | None, content_hash: str | None, raw: bool = False) -> str:
    params = {"url": url, "hash": content_hash or ""}
    if fetched_at is not None:
        params["at"] = fetched_at.isoformat()
    return ("/saved/raw?" if raw else "/saved?") + urlencode(params)


def resolve_show(conn: Connection, name: str) -> ShowMatch:
    """The show a URL segment or search box names (typo-tolerant), or NotFound."""
    match = find_show(conn, name.replace("-", " "))
    if match is None:
        raise NotFound(f"no show matching {name!r}")
    return match


def search(conn: Connection, q: str) -> dict[str, Any]:
    """The show a (possibly misspelt) name means, and where its page is."""
    match = find_show(conn, q) if q.strip() else None
    return {"query": q, "match": None if match is None else
            {"id": match.id, "title": match.title, "slug": slug(match.title), "href": show_path(match)}}


def _claimed(row: dict[str, Any]) -> str:
    start, end = row["date_from"], row["date_to"]
    return start.isoformat() if start == end else f"{start.isoformat()} … {end.isoformat()}"


def _with_claimed(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**r, "claimed": _claimed(r)} for r in rows]


def show_overview(conn: Connection, show: ShowMatch, season: int | None) -> dict[str, Any]:
    """The show page's header facts: seasons with claims, the chosen season, and its whole
    timeline (the chart plots every claim; the claims table pages through the same rows)."""
    seasons = timeline_seasons(conn, show.id)
    timeline = claim_timeline(conn, show.id, season)
    return {"show": {"id": show.id, "title": show.title, "slug": slug(show.title)},
            "season": season, "seasons": seasons, "timeline": _with_claimed(timeline)}


def _optional(name: str, module: str = "") -> Callable[..., Any] | None:
    """A query function if the query layer has it (pages degrade gracefully when not)."""
    if module:
        try:
            return getattr(import_module(f"aggregator.query.{module}"), name, None)
        except ImportError:
            return None
    return getattr(query, name, None)


def _repeated(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """first_said rows with the repeaters as one readable cell (the nested list stays too)."""
    out = []
    for row in rows:
        text = [f"{r['outlet']} ({_day(r['said_at'])}{', credits first' if r.get('credits_first') else ''})"
                for r in row.get("repeated_by", [])]
        out.append({**row, "claimed": _claimed(row), "repeated": "; ".join(text)})
    return out


def _day(value: Any) -> str:
    return value.date().isoformat() if isinstance(value, datetime) else str(value)


def _per_season(fn: Callable[..., list[dict[str, Any]]], seasons: list[int], season: int | None,
                **kwargs: Any) -> list[dict[str, Any]]:
    """A per-season question over one season, or every season (rows tagged with it)."""
    chosen = [season] if season is not None else seasons
    return [{"season": n, **row} for n in chosen for row in fn(n, **kwargs)]


def show_tables(conn: Connection, show: ShowMatch, season: int | None,
                timeline: list[dict[str, Any]] | None = None,
                seasons: list[int] | None = None) -> dict[str, Callable[[], Table]]:
    """The show page's tables, built lazily (the table route builds only the one it shows)."""
    claim_link = {"claimed": lambda r: claim_path(show, r["claim_id"]),
                  "outlet.name": lambda r: outlet_path(r["outlet"])}
    if seasons is None:
        seasons = timeline_seasons(conn, show.id)

    def claims() -> Table:
        rows = timeline if timeline is not None else _with_claimed(claim_timeline(conn, show.id, season))
        return Table("claims", "Every claim, in the order it was said", CLAIM_COLUMNS, rows, links=claim_link)

    def first() -> Table:
        fn = _optional("first_said")
        cols = [("season", "season"), ("event", "event"), ("claimed", "date claimed"),
                ("first_outlet", "first said by"), ("first_said_at", "on"), ("first_certainty", "certainty"),
                ("repeated", "repeated by (when)")]
        if fn is None:
            return unavailable("first", "Who said each date first", cols,
                               "aggregator.query.first_said(conn, show_id, season)")
        rows = _repeated(_per_season(lambda n: fn(conn, show.id, n), seasons, season))
        return Table("first", "Who said each date first", cols, rows,
                     links={"first_outlet": lambda r: outlet_path({"name": r["first_outlet"]})})

    def consensus(latest: bool) -> Callable[[], Table]:
        name = "consensus" if latest else "consensus_history"
        title = "Consensus now" if latest else "Consensus over time"
        cols = [("season", "season"), ("as_of", "as of"), ("event", "event"), ("claimed", "date claimed"),
                ("independent", "independent sources"), ("weight", "weight"), ("outlets", "outlets standing by it"),
                ("sources", "behind it")]

        def build() -> Table:
            fn = _optional("consensus")
            if fn is None:
                return unavailable(name, title, cols, "aggregator.query.consensus(conn, show_id, season)")
            rows = _per_season(lambda n: fn(conn, show.id, n, latest_only=latest), seasons, season)
            return Table(name, title, cols, _with_claimed(rows))
        return build

    def facts() -> Table:
        fn = _optional("list_facts")
        cols = [("season", "season"), ("event", "event"), ("date", "happened on"), ("source", "source"),
                ("recorded_at", "recorded")]
        if fn is None:
            return unavailable("facts", "Recorded facts", cols, "aggregator.query.list_facts(conn, show_id)")
        return Table("facts", "Recorded facts", cols, _call_facts(fn, conn, show.id, season))

    return {"claims": claims, "first": first, "consensus": consensus(True),
            "consensus_history": consensus(False), "facts": facts}


def _call_facts(fn: Callable[..., Any], conn: Connection, show_id: int, season: int | None) -> list[dict[str, Any]]:
    rows = fn(conn, show_id=show_id)
    return [r for r in rows if season is None or r.get("season") == season]


def find_claim(conn: Connection, show: ShowMatch, claim_id: int) -> dict[str, Any]:
    """One claim of a show with its evidence (outlet, URL, revision, sentence, credits)."""
    row = next(iter(claim_timeline(conn, show.id, claim_id=claim_id)), None)
    if row is None:
        raise NotFound(f"no claim {claim_id} about {show.title}")
    return {**row, "claimed": _claimed(row)}


def _change_text(change: dict[str, Any]) -> str:
    what = change.get("after") or change.get("before") or ""
    if change.get("before") and change.get("after"):
        what = f"{change['before']} → {change['after']}"
    return f"{change['kind']} {change['change']}: {what}"


def claim_revisions(conn: Connection, show: ShowMatch, claim: dict[str, Any]) -> Table:
    """The article's revisions and what each changed (article_history), each linked to its saved copy."""
    cols = [("revision", "#"), ("fetched_at", "fetched"), ("title", "title"), ("saved", "saved copy"),
            ("changes_text", "what changed")]
    links = {"saved": lambda r: saved_path(claim["url"], r.get("fetched_at"), r.get("content_hash"))}
    find, history = _optional("find_article", "history"), _optional("article_history")
    if find is None or history is None:
        return unavailable("revisions", "Revision history", cols,
                           "aggregator.query.history.find_article(conn, url) + article_history(conn, article_id)")
    found = find(conn, claim["url"])
    rows = history(conn, found[0]) if found else []
    rows = [{**r, "saved": f"{r['content_hash'][:12]}…" if r.get("content_hash") else None,
             "changes_text": "; ".join(_change_text(c) for c in r.get("changes", []))} for r in rows]
    return Table("revisions", "Revision history", cols, rows, links=links)


def resolve_outlet(conn: Connection, key: str) -> dict[str, Any]:
    """The outlet a URL segment names (domain or name), or NotFound."""
    fn = _optional("find_outlet")
    match = fn(conn, key) if fn is not None else None
    if match is None:
        raise NotFound(f"no outlet {key!r}")
    return {"id": match.id, "name": match.name, "domain": match.domain}


def outlet_tables(conn: Connection, outlet: dict[str, Any]) -> dict[str, Callable[[], Table]]:
    """The outlet page's tables: its claims, whom it credits, who credits it, its scorecard."""
    name = outlet["name"]

    def claims() -> Table:
        cols = [("said_at", "said"), ("show", "show"), ("season", "season"), ("event", "event"),
                ("claimed", "claimed"), ("precision", "precision"), ("certainty", "certainty"),
                ("cites", "credits"), ("sentence", "sentence")]
        fn = _optional("export_rows")
        if fn is None:
            return unavailable("claims", "Its claims", cols, "aggregator.query.export_rows(conn, show_id=None)")
        # export_rows streams every claim; keep this outlet's (an outlet filter in the query
        # layer would make this an index lookup).
        rows = [{**r, "claimed": _claimed(r)} for r in fn(conn)
                if r["outlet"] == name and r.get("outlet_domain") == outlet.get("domain")]
        rows.sort(key=lambda r: (r["said_at"], r["claim_id"]))
        return Table("claims", "Its claims", cols, rows, links={
            "claimed": lambda r: claim_path(ShowMatch(0, r["show"]), r["claim_id"]) if r.get("show") else None,
            "show": lambda r: f"/shows/{quote(slug(r['show']))}" if r.get("show") else None})

    def credit(direction: str) -> Callable[[], Table]:
        title = "Whom it credits" if direction == "credits" else "Who credits it"
        cols = [("citing", "outlet"), ("credited", "credits"), ("articles", "articles"), ("claim_count", "claims")]
        other = "credited" if direction == "credits" else "citing"
        mine = "citing" if direction == "credits" else "credited"

        def build() -> Table:
            fn = _optional("credit_graph")
            if fn is None:
                return unavailable(direction, title, cols, "aggregator.query.credit_graph(conn, outlet_id=ID)")
            rows = [r for r in fn(conn, outlet_id=outlet["id"]) if r[mine] == name]
            return Table(direction, title, cols, rows, links={other: lambda r: outlet_path({"name": r[other]})})
        return build

    def scorecard() -> Table:
        fn = _optional("scorecard")
        cols = [("right", "right"), ("wrong", "wrong"), ("vague", "too vague"), ("after", "said after it happened"),
                ("accuracy", "accuracy"), ("median_lead_days", "median lead (days)"),
                ("max_lead_days", "longest lead (days)")]
        if fn is None:
            return unavailable("scorecard", "Scorecard", cols, "aggregator.query.scorecard(conn, show_id=None)")
        return Table("scorecard", "Scorecard (against recorded facts)", cols,
                     [r for r in fn(conn) if r.get("outlet") == name])

    return {"claims": claims, "credits": credit("credits"), "credited_by": credit("credited_by"),
            "scorecard": scorecard}


def citation_tables(conn: Connection, show: ShowMatch | None,
                    outlet: dict[str, Any] | None) -> dict[str, Callable[[], Table]]:
    """Who credits whom, and who repeated a claim without credit (for a show, an outlet, or all)."""
    scope = {"show_id": show.id if show else None, "outlet_id": outlet["id"] if outlet else None}

    def credits() -> Table:
        cols = [("citing", "outlet"), ("credited", "credits"), ("articles", "articles"), ("claim_count", "claims")]
        fn = _optional("credit_graph")
        if fn is None:
            return unavailable("credits", "Who credits whom", cols,
                               "aggregator.query.credit_graph(conn, show_id=None, outlet_id=None)")
        return Table("credits", "Who credits whom", cols, fn(conn, **scope),
                     links={"citing": lambda r: outlet_path({"name": r["citing"]}),
                            "credited": lambda r: outlet_path({"name": r["credited"]})})

    def repeats() -> Table:
        cols = [("show", "show"), ("season", "season"), ("event", "event"), ("repeater", "repeated by"),
                ("said_at", "on"), ("claimed", "claimed"), ("original", "first said by"),
                ("original_said_at", "on"), ("match", "match")]
        fn = _optional("uncredited_repeats")
        if fn is None:
            return unavailable("uncredited", "Repeated without credit", cols,
                               "aggregator.query.uncredited_repeats(conn, show_id=None, outlet_id=None)")
        return Table("uncredited", "Repeated without credit", cols, fn(conn, **scope),
                     links={"repeater": lambda r: outlet_path({"name": r["repeater"]}),
                            "original": lambda r: outlet_path({"name": r["original"]})})

    return {"credits": credits, "uncredited": repeats}


def jsonable(value: Any) -> Any:
    """Dates as ISO strings, recursively (for the chart data and templates' JSON)."""
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC).isoformat()  # SQLite hands UTC back naive
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def claim_detail(conn: Connection, stores: list[str], show: ShowMatch, claim_id: int) -> dict[str, Any]:
    """The claim page's data: the claim, its sentence in context, revisions, the saved copy."""
    from aggregator.web.saved import evidence_context, find_saved

    claim = find_claim(conn, show, claim_id)
    # The crawl's own store first (when the query layer says which), then the others.
    where = [s for s in (claim.get("crawl_source"), *known_stores(conn, stores)) if s]
    copy = find_saved(where, claim["url"], claim.get("fetched_at"), claim.get("content_hash"))
    return {
        "show": {"id": show.id, "title": show.title, "slug": slug(show.title)},
        "claim": claim,
        "outlet_href": outlet_path(claim.get("outlet")),
        "context": evidence_context(copy.body, claim["text"]) if copy else None,
        "saved": {
            "available": copy is not None,
            "href": saved_path(claim["url"], claim.get("fetched_at"), claim.get("content_hash")),
        },
        "revisions": claim_revisions(conn, show, claim),
    }


def known_stores(conn: Connection, configured: list[str]) -> list[str]:
    """Store directories to look for saved copies in: --store dirs, then replay crawls' sources."""
    fn = _optional("crawls")
    sources = [c.get("source") for c in fn(conn)] if fn is not None else []
    return list(dict.fromkeys([*configured, *(s for s in sources if s)]))
