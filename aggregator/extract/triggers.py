"""Cheap "could this pattern match here?" tests run before expensive regexes.

Most rule patterns start with a capitalised name or a `\\b`, so the regex engine
tries them at nearly every position of a text; yet every match contains one of
a few trigger words ("according to", "created by", "returns"). Testing for those
words with `in` on the case-folded text skips the scan for the many texts that
have none. A trigger list must hold a word of *every* possible match: it may let
through texts that do not match, never stop one that does.
"""

from __future__ import annotations

import re
from functools import lru_cache


# Letters re.IGNORECASE takes for "i" that casefold() does not turn into one.
_AS_IGNORECASE = str.maketrans({"ı": "i", "İ": "i"})


@lru_cache(maxsize=512)  # one page's worth: reuse within a page, not across a benchmark
def folded(text: str) -> str:
    """`text` case-folded with every run of whitespace as one space, as patterns that
    are case-insensitive and write `\\s+` between words see it."""
    return " ".join(text.translate(_AS_IGNORECASE).casefold().split())


def mentions_any(text: str, words: tuple[str, ...]) -> bool:
    """True when folded `text` contains one of `words` (lower-case, single-spaced)."""
    low = folded(text)
    return any(word in low for word in words)


# Patterns built with `first_char_gate`, for tests/extract/test_triggers_gate.py.
GATED: list[re.Pattern[str]] = []


def first_char_gate(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled behind a look-ahead for the characters a match can start with
    (`first`, the body of a character class, read with `flags` like the pattern).

    A pattern that opens with `\\b`, a look-behind or an alternation of words gives the
    regex engine no first character to skip to, so it tries every alternative at every
    position; one character-class test per position rejects most positions first (a scan
    about twice as fast). `first` must hold the first character of every possible match:
    then the matches are the same (tests/extract/test_triggers_gate.py compares them)."""
    compiled = re.compile(f"(?=[{first}])(?:{pattern})", flags)
    GATED.append(compiled)
    return compiled
