"""The claim timeline of a show (and season): `aggregator claims`."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, bindparam, func, select
from sqlalchemy.orm import aliased

from aggregator.db import models as m
from aggregator.query.claims import parser, raw
from aggregator.query.shows import find_outlet


@lru_cache(maxsize=64)
def _statements(season: bool, since: bool, event: bool, outlet: bool, limit: bool, offset: bool,
                claim: bool = False) -> tuple[Any, ...]:
    """(claims, their cites, count) for one combination of filters, built once with bind
    parameters: building and compiling a statement per call costs more than a page."""
    c = m.ReleaseClaim
    scope = [c.show_id == bindparam("show_id")]
    for wanted, clause in ((season, c.season_number == bindparam("season")), (since, c.said_at >= bindparam("since")),
                           (event, c.event == bindparam("event")), (outlet, c.outlet_id == bindparam("outlet_id")),
                           (claim, c.id == bindparam("claim_id"))):
        if wanted:
            scope.append(clause)
    # One range of ix_release_claims_timeline (index-only on SQLite): the claim carries
    # its revision's and article's evidence, so nothing is joined per row.
    order = (c.said_at, c.fetched_at, c.position)
    claims = (select(c.id, c.season_number, c.event, raw(c.date_from), raw(c.date_to), c.precision, c.certainty,
                     c.text, raw(c.said_at), raw(c.fetched_at), raw(c.published), c.content_hash, c.url, c.outlet_id)
              .where(*scope).order_by(*order))
    cites = select(m.ClaimCite.claim_id, m.ClaimCite.outlet_id).order_by(m.ClaimCite.id)
    if limit or offset:
        page = select(c.id).where(*scope).order_by(*order)
        if limit:
            claims, page = claims.limit(bindparam("limit")), page.limit(bindparam("limit"))
        if offset:
            claims, page = claims.offset(bindparam("offset")), page.offset(bindparam("offset"))
        # Just the page's claims: probed by id, not the whole scope's.
        cites = cites.where(m.ClaimCite.claim_id.in_(page))
    else:
        cites = cites.join(c, c.id == m.ClaimCite.claim_id).where(*scope)
    count = select(func.count()).select_from(c).where(*scope)
    return claims, cites, count


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


def _chosen(params: dict[str, Any], limit: int | None, offset: int) -> tuple[Any, ...]:
    return _statements("season" in params, "since" in params, "event" in params, "outlet_id" in params,
                       limit is not None, bool(offset), "claim_id" in params)


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
    claims_of, cites_of, _ = _chosen(params, limit, offset)
    if limit is not None:
        params["limit"] = limit
    if offset:
        params["offset"] = offset
    rows = conn.execute(claims_of, params).all()
    if not rows:
        return []
    cited: dict[int, list[int]] = {}
    for cited_claim, outlet_id in conn.execute(cites_of, params):
        cited.setdefault(cited_claim, []).append(outlet_id)
    wanted = {row[13] for row in rows}.union(*cited.values())
    outlets = {i: (name, domain) for i, name, domain in conn.execute(
        select(m.Outlet.id, m.Outlet.name, m.Outlet.domain).where(m.Outlet.id.in_(sorted(wanted))))}
    cites = {cid: [outlets[o][0] for o in ids] for cid, ids in cited.items()}
    day = parser(date)
    moment = parser(datetime)
    out = []
    append = out.append
    # A revision's claims are adjacent in this order and share its moments: convert them
    # once per revision, not once per claim.
    last: tuple[Any, Any, Any] | None = None
    said = fetched = when = None
    for (cid, season_number, ev, date_from, date_to, precision, certainty, text, said_at, fetched_at,
         published, content_hash, url, outlet_id) in rows:
        if last != (said_at, fetched_at, published):
            last = (said_at, fetched_at, published)
            said, fetched, when = moment(said_at), moment(fetched_at), moment(published)
        name, domain = outlets[outlet_id]
        append({
            "claim_id": cid,
            "outlet": {"name": name, "domain": domain},
            "url": url,
            "published": when,
            "fetched_at": fetched,
            "said_at": said,
            "season": season_number,
            "event": ev,
            "date_from": day(date_from),
            "date_to": day(date_to),
            "precision": precision,
            "certainty": certainty,
            "text": text,
            "cites": cites.get(cid, []),
            "content_hash": content_hash,
        })
    return out


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
    return conn.execute(_chosen(params, None, 0)[2], params).scalar_one()


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
