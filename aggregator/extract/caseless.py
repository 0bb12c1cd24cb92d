"""Case-insensitive patterns scanned without re.IGNORECASE.

With IGNORECASE the regex engine folds the case of every character it compares, through
Unicode tables; a scan of the lower-cased text with the same pattern compiled without the
flag finds the same spans two to three times faster. `triggers.lowered` says when the two
readings agree: when the text holds none of the four non-ASCII letters the flag equates with
an ASCII one, and the pattern writes its letters in lower-case ASCII (checked here when a
pattern is wrapped). Then a match of the twin at a position means a match of the original
there, with the same span and groups; the original is run once at that position, so callers
get its match object (groups in the page's own case).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from aggregator.extract.triggers import lowered

_ESCAPE = re.compile(r"\\.")
# Every wrapped pattern, for tests/extract/test_caseless.py.
CASELESS: list[Caseless] = []
_GROUP_NAME = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)")


class Caseless:
    """A re.IGNORECASE pattern with `search`, `match` and `finditer` that scan the
    lower-cased text with a case-sensitive twin whenever that reads the same."""

    __slots__ = ("pattern", "_twin")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        source = pattern.pattern
        if not pattern.flags & re.IGNORECASE or "(?-i" in source or "(?i" in source:
            raise ValueError(f"Caseless: not a wholly case-insensitive pattern: {source[:60]!r}")
        # Outside escapes (\S, \W, \b ...) and group names, a letter must be lower-case ASCII:
        # the twin sees lower-cased text only, and other letters have case partners of their own.
        bare = _GROUP_NAME.sub("", _ESCAPE.sub("", source))
        odd = sorted({ch for ch in bare if ch.isalpha() and not "a" <= ch <= "z"})
        if odd:
            raise ValueError(f"Caseless: letters {''.join(odd)!r} in {source[:60]!r}")
        self.pattern = pattern
        self._twin = re.compile(source, pattern.flags & ~re.IGNORECASE)
        CASELESS.append(self)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`pattern.search(text, pos, endpos)`."""
        if text.isascii():  # lowered(text), without the call on the common path
            low = text.lower()
        else:
            maybe = lowered(text)
            if maybe is None:
                return self.pattern.search(text, pos, endpos)
            low = maybe
        hit = self._twin.search(low, pos, endpos)
        return None if hit is None else self.pattern.match(text, hit.start(), endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`pattern.match(text, pos, endpos)`."""
        low = lowered(text)
        if low is None or self._twin.match(low, pos, endpos) is not None:
            return self.pattern.match(text, pos, endpos)
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text, pos, endpos)`."""
        low = lowered(text)
        if low is None:
            yield from self.pattern.finditer(text, pos, endpos)
            return
        for hit in self._twin.finditer(low, pos, endpos):
            yield self.pattern.match(text, hit.start(), endpos)  # type: ignore[misc]
