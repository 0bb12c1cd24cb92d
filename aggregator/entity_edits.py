"""Explain, merge and split entity resolutions: `aggregator entities show|merge|split`.

Resolutions live in the alias tables (aggregator.entities); an analyst's merge or
split is recorded there with rule "merge" / "split", which ingest never overrides.
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, delete, select, update

from aggregator.db import models as m
from aggregator.db.upsert import insert_ignore_id, insert_ignore_stmt
from aggregator.query.shows import find_outlet, find_show
from aggregator.text import norm


class EntityError(ValueError):
    """The names do not designate entities that can be merged or split."""


def find_people(conn: Connection, name: str, *, fuzzy: bool = True) -> list[tuple[int, str, str, float | None]]:
    """People a name can mean: (id, name, how, score). By normalized name, by a recorded
    spelling, else (fuzzy) the closest names by rapidfuzz token_sort_ratio >= 85."""
    key = norm(name)
    p, pa = m.Person, m.PersonAlias
    found: dict[int, tuple[int, str, str, float | None]] = {}
    for pid, pname in conn.execute(select(p.id, p.name).where(p.key == key)):
        found[pid] = (pid, pname, "name", 100.0)
    for pid, pname in conn.execute(select(p.id, p.name).join(pa, pa.person_id == p.id).where(pa.key == key)):
        found.setdefault(pid, (pid, pname, "spelling", 100.0))
    if not found and fuzzy and key:
        people = {k: (i, n) for i, n, k in conn.execute(select(p.id, p.name, p.key))}
        for k, score, _ in process.extract(key, list(people), scorer=fuzz.token_sort_ratio, score_cutoff=85, limit=3):
            pid, pname = people[k]
            found.setdefault(pid, (pid, pname, "similar name", round(float(score), 1)))
    return list(found.values())


def explain(conn: Connection, name: str) -> list[dict[str, Any]]:
    """How NAME resolves, as rows: for a person every spelling (which outlet wrote it, in
    which show's cast, by which rule and score); for a show and an outlet their aliases."""
    rows: list[dict[str, Any]] = []
    pa, s, o = m.PersonAlias, m.Show, m.Outlet
    for pid, pname, how, score in find_people(conn, name):
        stmt = (select(pa.spelling, pa.rule, pa.score, s.title, o.name).outerjoin(s, s.id == pa.show_id)
                .outerjoin(o, o.id == pa.outlet_id).where(pa.person_id == pid).order_by(s.title, pa.spelling, o.name))
        for spelling, rule, alias_score, show, outlet in conn.execute(stmt):
            rows.append({"kind": "person", "entity": pname, "entity_id": pid, "matched_by": how, "match_score": score,
                         "spelling": spelling, "show": show, "outlet": outlet, "rule": rule, "score": alias_score})
    show = find_show(conn, name)
    if show is not None:
        rows.append({"kind": "show", "entity": show.title, "entity_id": show.id, "matched_by": "title or alias",
                     "spelling": show.title, "rule": "canonical", "score": None})
        sa = m.ShowAlias
        for alias, rule, score in conn.execute(select(sa.alias, sa.rule, sa.score).where(sa.show_id == show.id)
                                               .order_by(sa.alias)):
            rows.append({"kind": "show", "entity": show.title, "entity_id": show.id, "matched_by": "title or alias",
                         "spelling": alias, "rule": rule, "score": score})
    outlet = find_outlet(conn, name)
    if outlet is not None:
        rows.append({"kind": "outlet", "entity": outlet.name, "entity_id": outlet.id, "matched_by": "name or domain",
                     "spelling": outlet.domain or outlet.name, "rule": "domain" if outlet.domain else "name",
                     "score": None})
        oa = m.OutletAlias
        for alias, rule in conn.execute(select(oa.alias, oa.rule).where(oa.outlet_id == outlet.id).order_by(oa.alias)):
            rows.append({"kind": "outlet", "entity": outlet.name, "entity_id": outlet.id,
                         "matched_by": "name or domain", "spelling": alias, "rule": rule, "score": None})
    return rows


def _one_person(conn: Connection, name: str) -> tuple[int, str]:
    people = find_people(conn, name, fuzzy=False)
    if not people:
        raise EntityError(f"no person named {name!r}")
    if len(people) > 1:
        raise EntityError(f"{name!r} names {len(people)} people: " + ", ".join(f"{p[1]} (#{p[0]})" for p in people))
    return people[0][0], people[0][1]


def merge(conn: Connection, keep: str, other: str) -> dict[str, Any]:
    """Make OTHER the same entity as KEEP (people first, then shows): OTHER's spellings,
    credits (or articles, claims, seasons, facts) move to KEEP and its name becomes an alias."""
    if find_people(conn, keep, fuzzy=False) and find_people(conn, other, fuzzy=False):
        return _merge_people(conn, keep, other)
    a, b = find_show(conn, keep), find_show(conn, other)
    if a is not None and b is not None:
        if a.id == b.id:
            raise EntityError(f"{keep!r} and {other!r} are already the same show ({a.title})")
        return _merge_shows(conn, a.id, b.id)
    raise EntityError(f"{keep!r} and {other!r} are not two known people or two known shows")


def _merge_people(conn: Connection, keep: str, other: str) -> dict[str, Any]:
    (kid, kname), (oid, oname) = _one_person(conn, keep), _one_person(conn, other)
    if kid == oid:
        raise EntityError(f"{keep!r} and {other!r} are already the same person ({kname})")
    cc, pa = m.CastCredit, m.PersonAlias
    # A revision crediting both spellings keeps one credit (cast_credits is unique per person).
    both = select(cc.revision_id).where(cc.person_id == kid)
    conn.execute(delete(cc).where(cc.person_id == oid, cc.revision_id.in_(both)))
    moved = conn.execute(update(cc).where(cc.person_id == oid).values(person_id=kid)).rowcount
    conn.execute(update(pa).where(pa.person_id == oid).values(person_id=kid, rule="merge", score=None))
    okey = norm(oname)
    conn.execute(delete(m.Person).where(m.Person.id == oid))
    # A show-less alias: this name means KEEP in every show from now on.
    conn.execute(insert_ignore_stmt(conn, pa.__table__, ["show_id", "outlet_id", "key"]).values(
        person_id=kid, show_id=None, outlet_id=None, spelling=oname, key=okey, rule="merge", score=None))
    return {"kind": "person", "kept": kname, "merged": oname, "cast_credits_moved": moved}


def _merge_shows(conn: Connection, kid: int, oid: int) -> dict[str, Any]:
    s, se, a, f = m.Show, m.Season, m.Article, m.Fact
    ktitle = conn.execute(select(s.title).where(s.id == kid)).scalar_one()
    otitle, okey = conn.execute(select(s.title, s.key).where(s.id == oid)).one()
    kept_seasons = dict(conn.execute(select(se.number, se.id).where(se.show_id == kid)).all())
    for number, sid in conn.execute(select(se.number, se.id).where(se.show_id == oid)).all():
        if number in kept_seasons:
            for table in (m.Article, m.CastCredit):
                conn.execute(update(table).where(table.season_id == sid).values(season_id=kept_seasons[number]))
            conn.execute(delete(se).where(se.id == sid))
        else:
            conn.execute(update(se).where(se.id == sid).values(show_id=kid))
    moved = conn.execute(update(a).where(a.show_id == oid).values(show_id=kid)).rowcount
    conn.execute(update(m.ReleaseClaim).where(m.ReleaseClaim.show_id == oid).values(show_id=kid))
    kept_facts = select(f.season_number, f.event).where(f.show_id == kid)
    for season, event in conn.execute(kept_facts).all():
        conn.execute(delete(f).where(f.show_id == oid, f.season_number == season, f.event == event))
    conn.execute(update(f).where(f.show_id == oid).values(show_id=kid))
    pa = m.PersonAlias
    for outlet, key in conn.execute(select(pa.outlet_id, pa.key).where(pa.show_id == kid)).all():
        conn.execute(delete(pa).where(pa.show_id == oid, pa.outlet_id == outlet, pa.key == key))
    conn.execute(update(pa).where(pa.show_id == oid).values(show_id=kid))
    conn.execute(update(m.ShowAlias).where(m.ShowAlias.show_id == oid).values(show_id=kid))
    conn.execute(delete(s).where(s.id == oid))
    insert_ignore_id(conn, m.ShowAlias.__table__, {"show_id": kid, "alias": otitle, "key": okey, "rule": "merge"},
                     ["key"])
    return {"kind": "show", "kept": ktitle, "merged": otitle, "articles_moved": moved}


def split(conn: Connection, name: str, spelling: str) -> dict[str, Any]:
    """Undo a resolution: SPELLING, as recorded for the person NAME, becomes a person of its
    own, with the cast credits written that way."""
    pid, pname = _one_person(conn, name)
    key = norm(spelling)
    if key == norm(pname):
        raise EntityError(f"{spelling!r} is {pname}'s own name; split another spelling off it")
    pa, cc = m.PersonAlias, m.CastCredit
    spellings = conn.execute(select(pa.id, pa.spelling).where(pa.person_id == pid, pa.key == key)).all()
    if not spellings:
        raise EntityError(f"{pname} has no spelling {spelling!r}")
    written = spellings[0].spelling
    existing = conn.execute(select(m.Person.id).where(m.Person.key == key)).scalar()
    if existing == pid:
        # The person row carries this key: give it the kept name's key instead.
        conn.execute(update(m.Person).where(m.Person.id == pid).values(key=norm(pname)))
        existing = None
    new_id = existing or insert_ignore_id(conn, m.Person.__table__, {"key": key, "name": written}, ["key"])
    conn.execute(update(pa).where(pa.person_id == pid, pa.key == key).values(person_id=new_id, rule="split",
                                                                             score=None))
    credits = [cid for cid, w in conn.execute(select(cc.id, cc.actor_as_written).where(cc.person_id == pid))
               if norm(w) == key]
    if credits:
        conn.execute(update(cc).where(cc.id.in_(credits)).values(person_id=new_id))
    return {"kind": "person", "from": pname, "split": written, "cast_credits_moved": len(credits)}
