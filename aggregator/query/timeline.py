"""The claim timeline of a show (and season): `aggregator claims`."""

from __future__ import annotations

import gc
import json
from datetime import date, datetime
from functools import lru_cache
from operator import itemgetter
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, String, bindparam, func, literal_column, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import aliased

from aggregator.db import models as m
from aggregator.query.claims import parser, raw
from aggregator.query.shows import find_outlet

# On SQLite a claim's shape and its revision's evidence come packed, as the virtual
# columns timeline_shape and timeline_evidence of migration 0005 (which says how) hold
# them in the timeline index: 5 values a claim for SQLite to decode instead of 15.
SEP = "\x1f"
PACKED_NAMES = ("id", "show_id", "season_number", "said_at", "fetched_at", "position", "event", "outlet_id", "text",
                "cited_outlet_ids")


@lru_cache(maxsize=1)
def _packed_columns() -> SimpleNamespace:
    """release_claims' columns by name (typed, so parameters convert as usual), for a statement
    whose FROM is SQL text, plus the two packed ones the ORM does not map."""
    c = m.ReleaseClaim
    named = {name: literal_column(f"release_claims.{name}", getattr(c, name).type) for name in PACKED_NAMES}
    return SimpleNamespace(**named, timeline_shape=literal_column("release_claims.timeline_shape", String()),
                           timeline_evidence=literal_column("release_claims.timeline_evidence", String()))


def _scope(c: Any, season: bool, since: bool, event: bool, outlet: bool, claim: bool) -> list[Any]:
    scope = [c.show_id == bindparam("show_id")]
    for wanted, clause in ((season, c.season_number == bindparam("season")), (since, c.said_at >= bindparam("since")),
                           (event, c.event == bindparam("event")), (outlet, c.outlet_id == bindparam("outlet_id")),
                           (claim, c.id == bindparam("claim_id"))):
        if wanted:
            scope.append(clause)
    return scope


@lru_cache(maxsize=64)
def _statements(season: bool, since: bool, event: bool, outlet: bool, limit: bool, offset: bool,
                claim: bool = False, packed: bool = False) -> tuple[Any, Any]:
    """(claims, count) for one combination of filters, built once with bind parameters:
    building and compiling a statement per call costs more than a page. `packed` (SQLite)
    reads the shape and evidence as the timeline index stores them (`_packed_rows`)."""
    filters = (season, since, event, outlet, claim)
    # One range of ix_release_claims_timeline (index-only on SQLite): the claim carries
    # its revision's and article's evidence and the outlets it credits, so nothing is
    # joined or probed per row.
    if packed:
        c = _packed_columns()
        # Only this index holds the packed values, and SQLite's planner does not count
        # indexed virtual columns as covered: for a whole show (sorted anyway) it would
        # take ix_release_claims_show_season and compute them from every table row. So
        # the FROM names the index (SQLAlchemy renders no hint on SQLite); one claim by id
        # stays a primary-key lookup.
        source = sql_text("release_claims" if claim else "release_claims INDEXED BY ix_release_claims_timeline")
        claims = select(c.id, c.timeline_shape, c.text, c.timeline_evidence, c.cited_outlet_ids).select_from(source)
    else:
        c = m.ReleaseClaim
        claims = select(c.id, c.season_number, c.event, raw(c.date_from), raw(c.date_to), c.precision, c.certainty,
                        c.text, raw(c.said_at), raw(c.fetched_at), raw(c.published), c.content_hash, c.url,
                        c.outlet_id, c.cited_outlet_ids)
    claims = claims.where(*_scope(c, *filters)).order_by(c.said_at, c.fetched_at, c.position)
    if limit:
        claims = claims.limit(bindparam("limit"))
    if offset:
        claims = claims.offset(bindparam("offset"))
    count = select(func.count()).select_from(m.ReleaseClaim).where(*_scope(m.ReleaseClaim, *filters))
    return claims, count


def _params(conn: Connection, show_id: int, season: int | None, since: datetime | None, outlet: str | None,
            event: str | None, claim_id: int | None = None) -> dict[str, Any] | None:
    """The bind parameters of a timeline question, or None when the outlet named matches none."""
    params: dict[str, Any] = {"show_id": show_id}
    if claim_id is not None:
        params["claim_id"] = claim_id
    if season is not None:
        params["season"] = season
    if since is not None:
        params["since"] = since
    if event is not None:
        params["event"] = event
    if outlet is not None:
        match = find_outlet(conn, outlet)
        if match is None:
            return None
        params["outlet_id"] = match.id
    return params


def _driver_rows(conn: Connection, statement: Any, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The rows as the DBAPI driver returns them (plain tuples). SQLAlchemy still compiles
    the statement and processes its bind parameters; only its per-row Result objects are
    skipped, which cost as much as the index scan on a season of a few thousand claims.
    Every column the timeline reads is `raw` or needs no result processing."""
    result = conn.execute(statement, params)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


@lru_cache(maxsize=1)
def _outlets_statement() -> Any:
    """Names and domains of the outlets with the ids in `ids`, built once."""
    return select(m.Outlet.id, m.Outlet.name, m.Outlet.domain).where(
        m.Outlet.id.in_(bindparam("ids", expanding=True)))


def _chosen(params: dict[str, Any], limit: int | None, offset: int, packed: bool = False) -> tuple[Any, ...]:
    return _statements("season" in params, "since" in params, "event" in params, "outlet_id" in params,
                       limit is not None, bool(offset), "claim_id" in params, packed)


def claim_timeline(
    conn: Connection,
    show_id: int,
    season: int | None = None,
    *,
    since: datetime | None = None,
    outlet: str | None = None,
    event: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    claim_id: int | None = None,
) -> list[dict[str, Any]]:
    """Every stored claim about a show (one season, or all), ordered by when it was said.

    Claims of every revision are listed, including ones a later revision withdrew,
    each with the revision (fetched_at) that stated it and the outlets it credits.
    `limit`/`offset` page through that order in SQL (`timeline_count` gives the total);
    `claim_id` asks for that one claim (an empty list when it is not about the show).
    """
    params = _params(conn, show_id, season, since, outlet, event, claim_id)
    if params is None:
        return []
    packed = conn.dialect.name == "sqlite"
    claims_of, _ = _chosen(params, limit, offset, packed)
    if limit is not None:
        params["limit"] = limit
    if offset:
        params["offset"] = offset
    # A season's timeline is thousands of small objects built at once: collections in the
    # middle of it only walk what is being built (about a tenth of the time), so the
    # collector waits until the list is done (its state is restored whatever happens).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return (_packed_rows if packed else _timeline_rows)(conn, claims_of, params)
    finally:
        if collecting:
            gc.enable()


def _timeline_rows(conn: Connection, claims_of: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of one timeline statement as the dicts `claim_timeline` returns."""
    rows = _driver_rows(conn, claims_of, params)
    if not rows:
        return []
    # Outlets named by the claims and by their credits (space-separated ids, claim_cites order).
    wanted = {row[13] for row in rows}
    credit_lists = {row[14] for row in rows}
    credit_lists.discard(None)
    for ids in credit_lists:
        wanted.update(int(o) for o in ids.split())
    outlets = _outlets(conn, wanted)
    # One outlet mapping per outlet, shared by its claims (read-only to every consumer):
    # a season's claims come from a few dozen outlets.
    outlet_of = {i: {"name": name, "domain": domain} for i, (name, domain) in outlets.items()}
    credited = {ids: [outlets[int(o)][0] for o in ids.split()] for ids in credit_lists}
    day = parser(date)
    moment = parser(datetime)
    # Each distinct date text converted once (a season's claims share a few dozen), looked
    # up inline: a call per value costs more than the lookup.
    days: dict[Any, date] = {}
    out = []
    append = out.append
    # A revision's claims are adjacent in this order and share its moments: convert them
    # once per revision, not once per claim.
    last_said = last_fetched = last_published = said = fetched = when = None
    for (cid, season_number, ev, date_from, date_to, precision, certainty, text, said_at, fetched_at,
         published, content_hash, url, outlet_id, credits) in rows:
        if said_at != last_said or fetched_at != last_fetched or published != last_published:
            last_said, last_fetched, last_published = said_at, fetched_at, published
            said, fetched, when = moment(said_at), moment(fetched_at), moment(published)
        first = days.get(date_from)
        if first is None:
            first = days[date_from] = day(date_from)
        final = days.get(date_to)
        if final is None:
            final = days[date_to] = day(date_to)
        append({
            "claim_id": cid,
            "outlet": outlet_of[outlet_id],
            "url": url,
            "published": when,
            "fetched_at": fetched,
            "said_at": said,
            "season": season_number,
            "event": ev,
            "date_from": first,
            "date_to": final,
            "precision": precision,
            "certainty": certainty,
            "text": text,
            "cites": list(credited[credits]) if credits else [],
            "content_hash": content_hash,
        })
    return out


# A season's claims name most outlets; an expanding IN of a hundred ids costs SQLAlchemy
# more than the query, one JSON parameter does not.
OUTLETS_SQLITE = "SELECT id, name, domain FROM outlets WHERE id IN (SELECT value FROM json_each(?))"


def _outlets(conn: Connection, wanted: set[Any]) -> dict[Any, tuple[str, str]]:
    """outlet id -> (name, domain) for the ids in `wanted`."""
    if conn.dialect.name == "sqlite":
        result = conn.exec_driver_sql(OUTLETS_SQLITE, (json.dumps(sorted(wanted)),))
        try:
            found = result.cursor.fetchall()
        finally:
            result.close()
    else:
        found = _driver_rows(conn, _outlets_statement(), {"ids": sorted(wanted)})
    return {i: (name, domain) for i, name, domain in found}


def _packed_rows(conn: Connection, claims_of: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of one packed (SQLite) timeline statement as the dicts `claim_timeline` returns:
    the same values `_timeline_rows` makes from the plain columns."""
    rows = _driver_rows(conn, claims_of, params)
    if not rows:
        return []
    # Each distinct shape, evidence and credit list is unpacked once, into plain dicts that
    # the rows then index: a season has a few dozen shapes, a third as many revisions as
    # claims, and its revisions share moments (an article's published, its said_at).
    shapes = {}
    for packed in set(map(itemgetter(1), rows)):
        season, ev, first, final, precision, certainty = packed.split(SEP)
        shapes[packed] = (int(season) if season else None, ev, date.fromisoformat(first), date.fromisoformat(final),
                          precision, certainty)
    moments: dict[str, datetime | None] = {"": None}
    evidence = {}
    wanted = set()
    for packed in set(map(itemgetter(3), rows)):
        said, fetched, published, outlet, digest, url = packed.split(SEP, 5)
        # Inline lookups: a call per value costs more than the conversions it saves.
        when = moments.get(said)
        if when is None:
            when = moments[said] = datetime.fromisoformat(said)
        got = moments.get(fetched, moments)
        if got is moments:
            got = moments[fetched] = datetime.fromisoformat(fetched)
        out = moments.get(published, moments)
        if out is moments:
            out = moments[published] = datetime.fromisoformat(published)
        evidence[packed] = (outlet, url[1:] if url else None, out, got, when, digest[1:] if digest else None)
        wanted.add(outlet)
    credit_lists = set(map(itemgetter(4), rows))
    credit_lists.discard(None)
    for ids in credit_lists:
        wanted.update(ids.split())
    outlets = _outlets(conn, {int(o) for o in wanted if o})
    # One outlet mapping per outlet (by the id's text, as packed), shared by its claims:
    # read-only to every consumer.
    outlet_of = {str(i): {"name": name, "domain": domain} for i, (name, domain) in outlets.items()}
    credited = {ids: [outlets[int(o)][0] for o in ids.split()] for ids in credit_lists}
    return [{
        "claim_id": cid,
        "outlet": outlet_of[outlet],
        "url": url,
        "published": published,
        "fetched_at": fetched,
        "said_at": said,
        "season": season,
        "event": ev,
        "date_from": first,
        "date_to": final,
        "precision": precision,
        "certainty": certainty,
        "text": text,
        "cites": list(credited[credits]) if credits else [],
        "content_hash": digest,
    } for cid, shape, text, packed, credits in rows
        for season, ev, first, final, precision, certainty in (shapes[shape],)
        for outlet, url, published, fetched, said, digest in (evidence[packed],)]


def timeline_count(
    conn: Connection,
    show_id: int,
    season: int | None = None,
    *,
    since: datetime | None = None,
    outlet: str | None = None,
    event: str | None = None,
) -> int:
    """How many claims `claim_timeline` lists with the same filters (for paging)."""
    params = _params(conn, show_id, season, since, outlet, event)
    if params is None:
        return 0
    return conn.execute(_chosen(params, None, 0)[1], params).scalar_one()


def timeline_seasons(conn: Connection, show_id: int) -> list[int]:
    """The seasons a show's claims are about, ascending (from the timeline index)."""
    c = m.ReleaseClaim
    stmt = (select(c.season_number).where(c.show_id == show_id, c.season_number.is_not(None))
            .distinct().order_by(c.season_number))
    return list(conn.execute(stmt).scalars())


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
