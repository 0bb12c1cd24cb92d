"""The show table: canonical titles and aliases (`aggregator/data/shows.json`), and the
known titles named in running text."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from aggregator.extract.triggers import first_char_gate, trie_alternation
from aggregator.text import norm


@lru_cache(maxsize=1)
def show_table() -> tuple[dict[str, str], frozenset[str], frozenset[str], re.Pattern[str] | None,
                      re.Pattern[str] | None]:
    """(norm(alias or title) -> title, titles whose Parts are seasons, scannable norms, scan regex,
    prefilter regex)."""
    raw = json.loads(resources.files("aggregator.data").joinpath("shows.json").read_text("utf-8"))
    lookup: dict[str, str] = {}
    parts: set[str] = set()
    scannable: set[str] = set()
    for entry in raw["shows"]:
        title = entry["title"]
        for name in (title, *entry.get("aliases", ())):
            key = norm(name)
            lookup.setdefault(key, title)
            if entry.get("scan", True):
                scannable.add(name)
        if entry.get("parts_are_seasons"):
            parts.add(title)
    # Scanning prose is case-sensitive on the names as written, so "Succession" the
    # show is found but "the succession" is not; common-word titles are never scanned.
    names = sorted(scannable, key=len, reverse=True)
    alternation = trie_alternation([n.removeprefix("The ") for n in names], blank=r"\s+")
    # Gated on the first characters of "The"/"the" and of the names (triggers.first_char_gate).
    first = {"T", "t"} | {n.removeprefix("The ")[0] for n in names}
    first_class = "".join(r"\s" if c.isspace() else re.escape(c) for c in sorted(first))
    pattern = first_char_gate(first_class, r"(?<![\w'’])(?:The\s+|the\s+)?(" + alternation + r")(?![\w])") \
        if names else None
    # The bare names, without the look-behind that makes the engine try the full pattern
    # at every position: several times faster, and no text without a hit can match above.
    prefilter = re.compile(alternation) if names else None
    return lookup, frozenset(parts), frozenset(norm(n) for n in scannable), pattern, prefilter


POSSESSIVE = re.compile(r"(?:['’]s|['’])\s*$")
_EDGE_PUNCT = re.compile(r"^[\s\"“”‘’'«»(\[]+|[\s\"“”‘’'«»)\]:;,.!?–—-]+$")


# Show detection, preview detection and the cast ask about the same few names many times a page.
@lru_cache(maxsize=512)  # one page's worth: reuse within a page, not across a benchmark
def tidy_title(name: str) -> str:
    name = " ".join(name.split())
    for _ in range(3):
        before = name
        name = _EDGE_PUNCT.sub("", name)
        name = POSSESSIVE.sub("", name) if not name.endswith("s'") or len(name) > 3 else name
        if name == before:
            break
    return name


def lookup_show(name: str) -> str | None:
    return show_table()[0].get(norm(name))


@lru_cache(maxsize=512)  # one page's worth: reuse within a page, not across a benchmark
def canonical_show(name: str) -> str:
    """The canonical title of a show name ("Star Trek Picard" -> "Star Trek: Picard",
    "La casa de papel" -> "Money Heist"); an unknown name comes back tidied: quotes,
    trailing punctuation and a possessive "'s" stripped ("Severance's" -> "Severance")."""
    tidy = tidy_title(name)
    return lookup_show(tidy) or lookup_show(name) or tidy


def is_known_show(name: str | None) -> bool:
    """True when `name` is a title or alias in the show table."""
    return bool(name) and lookup_show(tidy_title(name or "")) is not None


def parts_are_seasons(show: str | None) -> bool:
    """True for shows that number seasons as Parts (Money Heist, Lupin); callers may pass
    `parse_season_ref(text, parts=parts_are_seasons(show))` to keep Ozark's "Part 2" out."""
    return bool(show) and canonical_show(show or "") in show_table()[1]


def find_show_mentions(text: str) -> list[tuple[int, int, str]]:
    """Known shows named in prose, as (start, end, canonical title), case-sensitive."""
    return list(_show_mentions(text))


# A capitalized word (not a possessive: "HBO's Last of Us") right before a name.
_NAME_BEFORE = re.compile(r"(?<![\w'’])[A-Z][\w-]*(?<!['’]s)\s+$")

# The show-name alternation is slow to scan and show detection, preview detection and
# claims scan the same blocks: scan each text once.
@lru_cache(maxsize=512)  # one page's worth: reuse within a page, not across a benchmark
def _show_mentions(text: str) -> tuple[tuple[int, int, str], ...]:
    lookup, _, _, pattern, prefilter = show_table()
    if pattern is None or prefilter is None or not prefilter.search(text):
        return ()
    out = []
    for match in pattern.finditer(text):
        title = lookup.get(norm(match.group(1)))
        if title:
            if title.startswith("The ") and match.start(1) == match.start() and _NAME_BEFORE.search(
                    text, max(0, match.start() - 40), match.start()):
                continue   # "Gully Boys" is not The Boys: a longer name that ends like a known one
            out.append((match.start(), match.end(), title))
    return tuple(out)
