"""The outlet registry: which publications exist, their domains, names and crawl entry points.

Pure data and lookups (no database, no Scrapy). The packaged registry is
`aggregator/data/outlets.json`; an analyst's edited copy (written by
`OutletRegistry.save`) at `user_registry_path()` replaces it when present.

    >>> reg = default_registry()
    >>> reg.by_domain("https://www.hollywoodreporter.com/tv/x").name
    'The Hollywood Reporter'
    >>> reg.by_name("the hollywood reporter").name
    'The Hollywood Reporter'
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aggregator.domains import registrable_domain
from aggregator.text import norm

ENV_VAR = "AGGREGATOR_OUTLETS"


@dataclass(frozen=True, slots=True)
class OutletStart:
    """Crawl entry points of an outlet; lists hold only URLs known to exist."""

    home: str | None = None
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Outlet:
    """A publication. `domains[0]` is canonical; an entry may be a host on a shared domain."""

    name: str
    domains: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    kind: str = "entertainment"
    start: OutletStart = field(default_factory=OutletStart)

    @property
    def domain(self) -> str | None:
        """The canonical domain."""
        return self.domains[0] if self.domains else None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Outlet:
        """Build from one registry JSON object."""
        start = data.get("start") or {}
        return cls(
            name=data["name"],
            domains=tuple(d.lower().strip() for d in data.get("domains", ())),
            aliases=tuple(data.get("aliases", ())),
            kind=data.get("kind", "entertainment"),
            start=OutletStart(start.get("home"), tuple(start.get("sitemaps", ())),
                              tuple(start.get("feeds", ()))),
        )

    def to_dict(self) -> dict[str, Any]:
        """The registry JSON object."""
        return {"name": self.name, "domains": list(self.domains), "aliases": list(self.aliases),
                "kind": self.kind, "start": {"home": self.start.home, "sitemaps": list(self.start.sitemaps),
                                             "feeds": list(self.start.feeds)}}


def _host(url_or_domain: str) -> str:
    text = url_or_domain.strip().lower()
    if "//" in text:
        return (urlsplit(text).hostname or "").rstrip(".")
    return text.split("/")[0].split(":")[0].rstrip(".")


def _path(url_or_domain: str) -> str:
    text = url_or_domain.strip()
    if "//" in text:
        return urlsplit(text).path or "/"
    return "/" + text.split("/", 1)[1] if "/" in text else "/"


def _suffixes(host: str) -> Iterator[str]:
    """"a.b.example.com" -> itself, "b.example.com", "example.com" (stops at the registrable domain)."""
    base = registrable_domain(host) or host
    while host:
        yield host
        if host == base or "." not in host:
            return
        host = host.split(".", 1)[1]


# --- the name matcher ---------------------------------------------------------------

_ALNUM = re.compile(r"[^\W_]+")
# Short all-caps aliases that are also time-zone abbreviations ("9 p.m. ET").
_TIMEZONE_LIKE = frozenset({"ET", "PT", "CT"})
_TIME_BEFORE = re.compile(r"(?:\d|[ap]\.?m\.?)\s*$", re.IGNORECASE)


def _variant_pattern(variant: str) -> str:
    """A regex for one name as it must appear in text.

    Short all-caps names ("THR", "EW") match exactly, so "ew" inside prose never
    does; otherwise each word keeps its registry capital initial (so "Screen Rant"
    and "Deadline" need capitals, "deadline" is a word) and the rest is caseless.
    """
    if variant.isupper() and len(variant) <= 5:
        return re.escape(variant)
    out: list[str] = []
    for word in re.split(r"(\s+)", variant):
        if not word:
            continue
        if word.isspace():
            out.append(r"\s+")
            continue
        if word == "&":
            out.append(r"(?:&|and)")
            continue
        pieces: list[str] = []
        first = True
        for ch in word:
            if ch in "'’":
                pieces.append("['’]")
            elif first and ch.isalpha() and ch.isupper():
                pieces.append(re.escape(ch))
                first = False
            else:
                if ch.isalnum():
                    first = False
                pieces.append(f"(?i:{re.escape(ch)})" if ch.isalpha() else re.escape(ch))
        out.append("".join(pieces))
    return "".join(out)


def _variants(outlet: Outlet) -> set[str]:
    """Name and aliases, plus the form without a leading "The" when what remains is
    distinctive (two words or more: "Hollywood Reporter", not "Sun")."""
    found: set[str] = set()
    for text in (outlet.name, *outlet.aliases):
        text = text.strip()
        if not text:
            continue
        found.add(text)
        if text.lower().startswith("the ") and len(text.split()) >= 3:
            found.add(text[4:])
    return found


class _Matcher:
    """First-word index of compiled name patterns: a dict scan, not one giant regex."""

    def __init__(self, outlets: Iterable[Outlet]) -> None:
        index: dict[str, list[tuple[int, int, re.Pattern[str], Outlet]]] = {}
        for outlet in outlets:
            for variant in _variants(outlet):
                first = _ALNUM.search(variant)
                if not first:
                    continue
                lead = first.start()  # characters before the first word ("/" of "/Film")
                # A hyphenated word ("Time-traveller") is one word, not a name.
                pattern = re.compile(_variant_pattern(variant) + r"(?![\w]|-\w)")
                index.setdefault(first.group().casefold(), []).append((len(variant), lead, pattern, outlet))
        for entries in index.values():
            entries.sort(key=lambda e: -e[0])  # longest first
        self._index = index

    def match_at(self, text: str, pos: int) -> tuple[int, int, Outlet] | None:
        """The longest registry name starting at `pos` (the start of a word), if any."""
        token = _ALNUM.match(text, pos)
        if not token:
            return None
        for _, lead, pattern, outlet in self._index.get(token.group().casefold(), ()):
            start = pos - lead
            if start < 0 or (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-")):
                continue
            m = pattern.match(text, start)
            if not m:
                continue
            if m.group() in _TIMEZONE_LIKE and _TIME_BEFORE.search(text, 0, start):
                continue
            return start, m.end(), outlet
        return None

    def find(self, text: str) -> list[tuple[int, int, Outlet]]:
        out: list[tuple[int, int, Outlet]] = []
        end = 0
        for token in _ALNUM.finditer(text):
            if token.start() < end:
                continue
            if token.start() > 0 and text[token.start() - 1].isalnum():
                continue  # inside a word split by _ALNUM only at "_": not a word start
            if token.group().casefold() not in self._index:
                continue  # no name starts with this word (match_at's own first test, without the call)
            hit = self.match_at(text, token.start())
            if hit and hit[0] >= end:
                out.append(hit)
                end = hit[1]
        return out


# --- the registry -------------------------------------------------------------------


class OutletRegistry:
    """Outlets by domain and name, the never-a-source domains, and a name finder."""

    def __init__(self, outlets: Iterable[Outlet] = (), not_sources: Iterable[str] = (),
                 not_source_names: Iterable[str] = (), comment: str | None = None) -> None:
        self._outlets: list[Outlet] = []
        self._not_sources = [s.lower().strip() for s in not_sources if s.strip()]
        self._not_source_names = list(not_source_names)
        # Speed: is_not_source_name's keys, normalised once rather than at every call.
        self._not_source_keys = frozenset(norm(n) for n in self._not_source_names)
        self._comment = comment
        # Bulk load without add()'s checks: the tests hold the packaged file to them.
        self._outlets = list(outlets)
        self._reindex()

    # loading and saving
    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OutletRegistry:
        """Build from the registry JSON shape."""
        return cls((Outlet.from_dict(o) for o in data.get("outlets", ())), data.get("not_sources", ()),
                   data.get("not_source_names", ()), data.get("_comment"))

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> OutletRegistry:
        """Read a registry file; without a path, the packaged registry."""
        if path is None:
            text = resources.files("aggregator").joinpath("data/outlets.json").read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        return cls.from_dict(json.loads(text))

    def to_dict(self) -> dict[str, Any]:
        """The registry JSON shape."""
        data: dict[str, Any] = {}
        if self._comment:
            data["_comment"] = self._comment
        data["outlets"] = [o.to_dict() for o in self._outlets]
        data["not_sources"] = list(self._not_sources)
        data["not_source_names"] = list(self._not_source_names)
        return data

    def dumps(self) -> str:
        """JSON text with one outlet per line, so edits show as one-line diffs."""
        data = self.to_dict()
        lines = ["{"]
        if "_comment" in data:
            lines.append(f' "_comment": {json.dumps(data["_comment"], ensure_ascii=False)},')
        lines.append(' "outlets": [')
        lines.append(",\n".join("  " + json.dumps(o, ensure_ascii=False) for o in data["outlets"]))
        lines.append(" ],")
        lines.append(f' "not_sources": {json.dumps(data["not_sources"])},')
        lines.append(f' "not_source_names": {json.dumps(data["not_source_names"], ensure_ascii=False)}')
        lines.append("}")
        return "\n".join(lines) + "\n"

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the whole registry to `path` atomically (temp file + rename)."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(self.dumps(), "utf-8")
        tmp.replace(target)
        return target

    # editing
    def add(self, outlet: Outlet) -> None:
        """Add an outlet, replacing one of the same norm(name).

        Raises ValueError when one of its domains or names belongs to another outlet.
        """
        old = self.by_name(outlet.name)
        if old is not None and norm(old.name) != norm(outlet.name):
            raise ValueError(f"{outlet.name!r} is an alias of {old.name!r}")
        for domain in outlet.domains:
            owner = self._domain_owner(domain)
            if owner is not None and owner is not old:
                raise ValueError(f"{domain} already belongs to {owner.name!r}")
        if old is not None:
            self._outlets[self._outlets.index(old)] = outlet
        else:
            self._outlets.append(outlet)
        self._reindex()

    def remove(self, name_or_domain: str) -> Outlet:
        """Remove the outlet with this name, alias or domain; KeyError if none."""
        outlet = self.by_name(name_or_domain) or self._domain_owner(name_or_domain)
        if outlet is None:
            raise KeyError(name_or_domain)
        self._outlets.remove(outlet)
        self._reindex()
        return outlet

    def _reindex(self) -> None:
        self._by_domain = {d: o for o in self._outlets for d in o.domains}
        names: dict[str, Outlet] = {}
        # Canonical names first so an alias never shadows another outlet's name.
        for o in self._outlets:
            names.setdefault(norm(o.name), o)
        for o in self._outlets:
            for alias in o.aliases:
                names.setdefault(norm(alias), o)
            for d in o.domains:
                names.setdefault(norm(d), o)
        self._by_name = names
        self._matcher: _Matcher | None = None

    def _domain_owner(self, domain: str) -> Outlet | None:
        return self._by_domain.get(domain.lower().strip())

    # lookups
    def __iter__(self) -> Iterator[Outlet]:
        return iter(list(self._outlets))

    def __len__(self) -> int:
        return len(self._outlets)

    @property
    def not_sources(self) -> tuple[str, ...]:
        return tuple(self._not_sources)

    def by_domain(self, url_or_domain: str | None) -> Outlet | None:
        """The outlet owning a URL or host: exact host, then parent hosts down to the
        registrable domain ("io9.gizmodo.com" -> io9, "www.gizmodo.com" -> Gizmodo)."""
        if not url_or_domain:
            return None
        host = _host(url_or_domain)
        for candidate in _suffixes(host):
            if candidate in self._by_domain:
                return self._by_domain[candidate]
        return None

    def by_name(self, text: str | None) -> Outlet | None:
        """The outlet called `text` (name, alias or domain; norm-equal, so case, "The",
        "&"/"and" and punctuation do not matter; a trailing possessive is ignored)."""
        if not text:
            return None
        key = norm(re.sub(r"['’]s?\s*$", "", text.strip()))
        return self._by_name.get(key) or self._by_name.get(norm(text))

    def is_not_source(self, url_or_domain: str | None) -> bool:
        """True for social, share, ad/analytics, image and platform links and hosts.

        An entry with a path ("apple.com/tv") only matches URLs under that path.
        """
        if not url_or_domain:
            return False
        host = _host(url_or_domain)
        hosts = set(_suffixes(host))
        path = _path(url_or_domain).lower()
        for entry in self._not_sources:
            domain, _, prefix = entry.partition("/")
            if domain in hosts and (not prefix or path.startswith("/" + prefix)):
                return True
        return False

    def is_not_source_name(self, text: str | None) -> bool:
        """True for a platform or network name ("Netflix", "HBO Max", "The CW")."""
        key = norm(re.sub(r"['’]s?\s*$", "", (text or "").strip()))
        return bool(key) and key in self._not_source_keys

    def find_outlet_names(self, text: str) -> list[tuple[int, int, Outlet]]:
        """Registry names and aliases in running text: (start, end, outlet), left to
        right, longest first, at word boundaries. Single-word names that are English
        words ("Deadline", "People") match when capitalized, so check the context."""
        if self._matcher is None:
            self._matcher = _Matcher(self._outlets)
        return self._matcher.find(text)

    def match_at(self, text: str, pos: int) -> tuple[int, int, Outlet] | None:
        """The longest registry name starting exactly at `pos`, if any."""
        if self._matcher is None:
            self._matcher = _Matcher(self._outlets)
        return self._matcher.match_at(text, pos)


def user_registry_path() -> Path:
    """Where the analyst's edited registry lives: $AGGREGATOR_OUTLETS, else
    $XDG_CONFIG_HOME/aggregator/outlets.json (~/.config by default)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "aggregator" / "outlets.json"


def load_registry() -> OutletRegistry:
    """The user-edited registry when it exists, else the packaged one."""
    path = user_registry_path()
    return OutletRegistry.load(path if path.is_file() else None)


@lru_cache(maxsize=1)
def default_registry() -> OutletRegistry:
    """`load_registry()`, cached; call `default_registry.cache_clear()` after editing."""
    return load_registry()


def find_outlet_names(text: str) -> list[tuple[int, int, Outlet]]:
    """`default_registry().find_outlet_names(text)`."""
    return default_registry().find_outlet_names(text)
