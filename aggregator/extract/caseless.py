"""Case-insensitive patterns scanned without re.IGNORECASE.

With IGNORECASE the regex engine folds the case of every character it compares, through
Unicode tables; a scan of the lower-cased text with the same pattern compiled without the
flag finds the same spans two to three times faster. `triggers.lowered` says when the two
readings agree: when the text holds none of the four non-ASCII letters the flag equates with
an ASCII one, and the pattern writes its letters in lower-case ASCII (checked here when a
pattern is wrapped). Then a match of the twin at a position means a match of the original
there, with the same span and groups; the original is run once at that position, so callers
get its match object (groups in the page's own case).

A pattern with case-sensitive parts ("(?-i:[A-Z])": a platform's capital) has no exact twin,
but it has a looser one (`Caseless.loosened`): a twin that matches wherever the original does,
and maybe elsewhere. The twin then only proposes positions, and the original decides at each.
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

    __slots__ = ("pattern", "_twin", "_exact")

    def __init__(self, pattern: re.Pattern[str], twin: str | None = None) -> None:
        source = pattern.pattern
        if not pattern.flags & re.IGNORECASE or "(?i" in source or (twin is None and "(?-i" in source):
            raise ValueError(f"Caseless: not a wholly case-insensitive pattern: {source[:60]!r}")
        # Outside escapes (\S, \W, \b ...) and group names, a letter must be lower-case ASCII:
        # the twin sees lower-cased text only, and other letters have case partners of their own.
        twin_source = source if twin is None else twin
        bare = _GROUP_NAME.sub("", _ESCAPE.sub("", twin_source))
        odd = sorted({ch for ch in bare if ch.isalpha() and not "a" <= ch <= "z"})
        if odd or "(?-i" in twin_source:
            raise ValueError(f"Caseless: letters {''.join(odd) or '(?-i'!r} in {twin_source[:60]!r}")
        self.pattern = pattern
        self._twin = re.compile(twin_source, pattern.flags & ~re.IGNORECASE)
        self._exact = twin is None
        CASELESS.append(self)

    @classmethod
    def loosened(cls, pattern: re.Pattern[str]) -> Caseless:
        """A wrapper for a case-insensitive pattern with case-sensitive parts, whose twin
        matches wherever the pattern does (`loosen`)."""
        return cls(pattern, loosen(pattern.pattern))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`pattern.search(text, pos, endpos)`."""
        if text.isascii():  # lowered(text), without the call on the common path
            low = text.lower()
        else:
            maybe = lowered(text)
            if maybe is None:
                return self.pattern.search(text, pos, endpos)
            low = maybe
        # (an exact twin's first hit is the original's; a loose twin's may be a false alarm)
        while (hit := self._twin.search(low, pos, endpos)) is not None:
            found = self.pattern.match(text, hit.start(), endpos)
            if found is not None:
                return found
            pos = hit.start() + 1
        return None

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
        if self._exact:
            for hit in self._twin.finditer(low, pos, endpos):
                yield self.pattern.match(text, hit.start(), endpos)  # type: ignore[misc]
            return
        # The earliest position where the original matches is among the twin's, so trying the
        # twin's in order finds the original's matches in order (none of these can be empty).
        search, match = self._twin.search, self.pattern.match
        while (hit := search(low, pos, endpos)) is not None:
            found = match(text, hit.start(), endpos)
            if found is None:
                pos = hit.start() + 1
            else:
                yield found
                pos = found.end() if found.end() > found.start() else found.end() + 1


def loosen(source: str) -> str:
    """`source` with its case-sensitive parts made case-blind on lower-cased text, so that it
    matches (on the lower-cased text) wherever `source` matches with IGNORECASE, and maybe
    elsewhere: a "(?-i:X)" becomes "(?:x)" (X lower-cased), and a negative look-around that
    holds one is dropped (it would refuse more, not less). A case-sensitive negated class
    ("(?-i:[^A-Z])") cannot be loosened this way and is refused."""
    n = len(source)
    drop = [False] * n
    lower = [False] * n
    # Open groups: [index of "(", kind ("neg", "cs" or "group"), holds a case-sensitive part].
    stack: list[list] = []
    i = 0
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            if any(kind == "cs" for _, kind, _ in stack) and source.startswith("^", i + 1):
                raise ValueError(f"loosen: a case-sensitive negated class in {source[:60]!r}")
            i = _class_end(source, i) + 1
            continue
        if ch == "(":
            if source.startswith("(?!", i) or source.startswith("(?<!", i):
                stack.append([i, "neg", False])
            elif source.startswith("(?-i:", i):
                stack.append([i, "cs", False])
                drop[i + 2] = drop[i + 3] = True    # "(?-i:" -> "(?:"
            else:
                stack.append([i, "group", False])
        elif ch == ")":
            start, kind, holds = stack.pop()
            negs = [group for group in stack if group[1] == "neg"]
            if kind == "cs" and negs:
                negs[0][2] = True   # the outermost negative look-around goes whole
            elif kind == "cs":
                lower[start:i] = [True] * (i - start)
            elif kind == "neg" and holds:
                drop[start:i + 1] = [True] * (i + 1 - start)
        i += 1
    out = []
    escaped = False
    for k, c in enumerate(source):
        if not drop[k]:
            out.append(c.lower() if lower[k] and not escaped else c)
        escaped = c == "\\" and not escaped
    return "".join(out)


def _class_end(source: str, start: int) -> int:
    """The index of the "]" that closes the character class opened at `source[start]` (a "]"
    right after "[" or "[^" is a member)."""
    j = start + 1 + source.startswith("^", start + 1)
    j += source.startswith("]", j)
    while j < len(source) and source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    return j
