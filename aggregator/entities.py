"""Who is who: outlets, shows and people as pages write them, resolved to one row each.

Every resolution is recorded in an alias table with the rule that made it, so it
can be explained (`aggregator entities show`) and reversed (`merge` / `split`,
in aggregator/entity_edits.py):

- outlets: registrable domain first; a name without a domain through the outlet
  registry (aggregator/data/outlets.json), then through names pages wrote next to
  a domain (outlet_aliases, rule "written" / "registry");
- shows: analyst aliases, then the canonical titles and aliases of
  aggregator/data/shows.json ("Picard" and "Star Trek Picard" are "Star Trek: Picard"),
  then the normalized title;
- people: within one show's cast, a spelling resolves to the person another outlet
  wrote the same way, else to the same normalized name, else to the most similar
  name in that show's cast (rapidfuzz token_sort_ratio >= PERSON_SIMILARITY:
  "Evan Evagor" is "Evan Evagora"), else to a new person. Each outlet's spelling is
  kept (person_aliases, with outlet_id, rule and score).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, select

from aggregator.db import models as m
from aggregator.db.upsert import (
    by_key,
    insert_ignore,
    insert_ignore_id,
    insert_ignore_many,
    param_mark,
)
from aggregator.text import norm

# token_sort_ratio on normalized names: 95.7 for "evan evagor"/"evan evagora",
# 76 for "chris pine"/"chris pratt". Names shorter than MIN_FUZZY_LEN never match
# fuzzily (one letter is too large a share of "Li Bo").
PERSON_SIMILARITY = 90.0
MIN_FUZZY_LEN = 7
# Rules an analyst decided; ingest never overrides them.
MANUAL_RULES = ("merge", "split")


@dataclass(frozen=True, slots=True)
class RegistryShow:
    title: str
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def show_registry() -> dict[str, RegistryShow]:
    """Normalized title or alias -> the registry show (aggregator/data/shows.json)."""
    data = json.loads((files("aggregator") / "data" / "shows.json").read_text(encoding="utf-8"))
    out: dict[str, RegistryShow] = {}
    for entry in data["shows"]:
        show = RegistryShow(entry["title"], tuple(entry.get("aliases", ())))
        for name in (show.title, *show.aliases):
            out.setdefault(norm(name), show)
    return out


def outlet_key(name: str | None, domain: str | None) -> str:
    """Outlets are identified by registrable domain; by normalized name when it is unknown."""
    return domain or f"name:{norm(name)}"


class Resolver:
    """Entity ids for one writer, cached; every cache is dropped when a transaction fails
    (`reset`), since ids inserted by a rolled-back transaction do not exist."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self._outlets: dict[tuple[str | None, str | None], int] = {}
        self._outlet_alias_keys: set[str] = set()
        self._shows: dict[str, int] = {}
        self._seasons: dict[tuple[int, int], int] = {}
        # (show_id, key) -> person id, and the show's cast keys for fuzzy matching
        # (show_id, key) -> (person id, rule, score); per show, its cast's keys the same way
        self._people: dict[tuple[int | None, str], tuple] = {}
        self._cast: dict[int | None, dict[str, tuple]] = {}
        self._known_people: dict[str, int] = {}  # normalized name -> person id
        self._merged: dict[str, int] = {}  # names an analyst merged, in every show
        self._spellings: set[tuple[int | None, int | None, str]] = set()

    # -- outlets ---------------------------------------------------------------

    def outlet_id(self, conn: Connection, name: str | None, domain: str | None) -> int:
        """The outlet a (name, domain) pair means, created if new; the name is recorded as an alias."""
        cache_key = (name, domain)
        if cache_key in self._outlets:
            return self._outlets[cache_key]
        from aggregator.outlets import default_registry

        registry = default_registry()
        rule = "written"
        known = registry.by_domain(domain) if domain else registry.by_name(name)
        if known is not None:
            display, domain, rule = known.name, domain or known.domain, "registry"
        else:
            display = name or domain
            if domain is None and name:
                aliased = by_key(conn, m.OutletAlias.__table__, "outlet_id", norm(name))
                if aliased is not None:
                    self._outlets[cache_key] = aliased
                    return aliased
        key = outlet_key(display, domain)
        outlet = insert_ignore_id(conn, m.Outlet.__table__, {"key": key, "domain": domain, "name": display or key},
                                  ["key"])
        if name and name != display:
            self._record_outlet_alias(conn, outlet, name, "written")
        if display:
            self._record_outlet_alias(conn, outlet, display, rule)
        for alias in known.aliases if known is not None else ():
            self._record_outlet_alias(conn, outlet, alias, "registry")
        self._outlets[cache_key] = outlet
        return outlet

    def _record_outlet_alias(self, conn: Connection, outlet: int, alias: str, rule: str) -> None:
        key = norm(alias)
        if key and key not in self._outlet_alias_keys:
            self._outlet_alias_keys.add(key)
            insert_ignore(conn, m.OutletAlias.__table__, {"outlet_id": outlet, "alias": alias, "key": key, "rule": rule},
                          ["key"])

    # -- shows and seasons -----------------------------------------------------

    def show_id(self, conn: Connection, title: str) -> int:
        """The show a written title means: analyst/recorded alias, registry, normalized title."""
        key = norm(title)
        if key in self._shows:
            return self._shows[key]
        show = by_key(conn, m.ShowAlias.__table__, "show_id", key)
        if show is None:
            known = show_registry().get(key)
            canonical = known.title if known else title
            show = insert_ignore_id(conn, m.Show.__table__, {"key": norm(canonical), "title": canonical}, ["key"])
            aliases = [(a, "registry") for a in (known.aliases if known else ())]
            if norm(canonical) != key and not known:
                aliases.append((title, "written"))
            for alias, rule in aliases:
                if norm(alias) != norm(canonical):
                    insert_ignore(conn, m.ShowAlias.__table__,
                                  {"show_id": show, "alias": alias, "key": norm(alias), "rule": rule}, ["key"])
        self._shows[key] = show
        return show

    def season_id(self, conn: Connection, show_id: int, number: int) -> int:
        k = (show_id, number)
        if k not in self._seasons:
            self._seasons[k] = insert_ignore_id(conn, m.Season.__table__, {"show_id": show_id, "number": number},
                                                ["show_id", "number"])
        return self._seasons[k]

    # -- people ----------------------------------------------------------------

    def person_id(self, conn: Connection, name: str, show_id: int | None, outlet_id: int | None) -> int:
        """The person a spelling in a show's cast means (see module doc); records the spelling."""
        return self.people(conn, [(name, show_id, outlet_id)])[0]

    def people(self, conn: Connection, credits: list[tuple[str, int | None, int | None]]) -> list[int]:
        """Resolve many (spelling, show, outlet) at once, in order (a name new in this list is
        a candidate for the similar spellings after it): a few statements per batch, not per name."""
        keys = [(norm(name), show) for name, show, _ in credits]
        todo = {(show, key) for key, show in keys if (show, key) not in self._people}
        if todo:
            self._prefetch(conn, todo)
        refs: list[int | str] = []
        new: dict[str, str] = {}  # key -> spelling of the people to create
        for (name, show, outlet), (key, _) in zip(credits, keys):
            found = self._people.get((show, key))
            if found is None:
                found = self._resolve_person(key, show, new, name)
                self._people[(show, key)] = found
                self._cast.setdefault(show, {})[key] = found
            refs.append(found[0])
        if new:
            # Several writers may create the same person: insert-or-ignore, then read the ids.
            insert_ignore_many(conn, m.Person.__table__, [{"key": k, "name": n} for k, n in sorted(new.items())],
                               ["key"])
            ids = dict(conn.execute(select(m.Person.key, m.Person.id).where(m.Person.key.in_(list(new)))).all())
            self._known_people.update(ids)
            for cache in (self._people, *self._cast.values()):
                for k, (ref, rule, score) in list(cache.items()):
                    if isinstance(ref, str):
                        cache[k] = (ids[ref], rule, score)
            refs = [ids[r] if isinstance(r, str) else r for r in refs]
        spellings = []
        for (name, show, outlet), (key, _), person in zip(credits, keys, refs):
            if (show, outlet, key) not in self._spellings:
                self._spellings.add((show, outlet, key))
                _, rule, score = self._people[(show, key)]
                spellings.append({"person_id": person, "show_id": show, "outlet_id": outlet, "spelling": name,
                                  "key": key, "rule": rule, "score": score})
        insert_ignore_many(conn, m.PersonAlias.__table__, spellings, ["show_id", "outlet_id", "key"])
        return [int(r) for r in refs]

    def _prefetch(self, conn: Connection, todo: set[tuple[int | None, str]]) -> None:
        """Load what resolving `todo` needs: each new show's cast, people with those names,
        analyst merges of those names."""
        pa, p = m.PersonAlias.__table__, m.Person.__table__
        for show in {show for show, _ in todo if show not in self._cast}:
            cast: dict[str, tuple] = {}
            if show is not None:
                # Analyst decisions first: they win over whatever ingest recorded.
                # Driver SQL: this runs once for every show a crawl meets (see upsert.insert_ignore).
                rows = conn.exec_driver_sql(f"SELECT key, person_id, rule, score FROM {pa.name} "
                                            f"WHERE show_id = {param_mark(conn)} ORDER BY id", (show,)).all()
                for key, person, rule, score in sorted(rows, key=lambda r: r.rule not in MANUAL_RULES):
                    cast.setdefault(key, (person, rule, score))
            self._cast[show] = cast
        keys = sorted({key for _, key in todo} - set(self._known_people))
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            self._known_people.update(conn.execute(select(p.c.key, p.c.id).where(p.c.key.in_(chunk))).all())
            self._merged.update(conn.execute(select(pa.c.key, pa.c.person_id).where(
                pa.c.key.in_(chunk), pa.c.show_id.is_(None), pa.c.rule.in_(MANUAL_RULES))).all())

    def _resolve_person(self, key: str, show: int | None, new: dict[str, str],
                        name: str) -> tuple[int | str, str, float | None]:
        """(person id, or the key of a person to create; rule; score)."""
        cast = self._cast.setdefault(show, {})
        if key in cast:  # another outlet wrote it so in this show: same resolution
            return cast[key]
        if key in self._merged:
            return self._merged[key], "merge", None
        if key in self._known_people:
            return self._known_people[key], "exact", 100.0
        if key in new:
            return key, "exact", 100.0
        if show is not None and len(key) >= MIN_FUZZY_LEN and cast:
            best = process.extractOne(key, list(cast), scorer=fuzz.token_sort_ratio, score_cutoff=PERSON_SIMILARITY)
            if best is not None:
                return cast[best[0]][0], "similar", round(float(best[1]), 1)
        new[key] = name
        return key, "new", None
