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

# The only letters re.IGNORECASE matches to an ASCII letter whose str.lower() is not that
# letter ("ı", "ſ") or is two characters ("İ"); checked over all of Unicode in the tests
# (casefold() already turns "ſ" into "s", not "ı" and "İ" into "i").
_IGNORECASE_ASCII = str.maketrans({"ı": "i", "İ": "i", "ſ": "s"})


@lru_cache(maxsize=512)  # one page's worth: reuse within a page, not across a benchmark
def folded(text: str) -> str:
    """`text` case-folded with every run of whitespace as one space, as patterns that
    are case-insensitive and write `\\s+` between words see it."""
    # translate walks every character in Python's dict look-ups; most texts have none to map.
    if not text.isascii() and ("ı" in text or "İ" in text):
        text = text.translate(_IGNORECASE_ASCII)
    return " ".join(text.casefold().split())


# Letters outside ASCII that re.IGNORECASE takes for an ASCII one: ı and İ for i, ſ for s,
# the Kelvin sign for k (sre's case tables). Without them, lower() maps every character the
# flag equates with an ASCII letter onto that letter, and no other character onto one.
_CASE_PARTNERS = ("ı", "İ", "ſ", "\u212a")


def lowered(text: str) -> str | None:
    """`text.lower()` when every ASCII word (exact spacing) a case-insensitive pattern can find
    in `text` occurs in it, else None: a substring gate cheaper than `folded` for a text read once."""
    if text.isascii() or not ("ı" in text or "İ" in text or "ſ" in text or "\u212a" in text):  # _CASE_PARTNERS
        return text.lower()
    return None


def mentions_any(text: str, words: tuple[str, ...]) -> bool:
    """True when folded `text` contains one of `words` (lower-case, single-spaced)."""
    low = folded(text)
    return any(word in low for word in words)


def same_length_lower(text: str) -> str | None:
    """`text` lower-cased with the offsets kept, such that an ASCII word re.IGNORECASE
    finds in `text` occurs in the result at the same offsets; None when the offsets
    cannot be kept (then nothing may be skipped)."""
    # translate walks every character in Python's dict look-ups; most texts have none to map.
    mapped = not text.isascii() and ("ı" in text or "İ" in text or "ſ" in text)
    low = (text.translate(_IGNORECASE_ASCII) if mapped else text).lower()
    return low if len(low) == len(text) else None


def window_holds(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether `text[lo:hi]` may hold one of `words` (lower-case) as re.IGNORECASE reads it:
    False only when it surely holds none (a gate before a case-insensitive scan of the window)."""
    low = same_length_lower(text[lo:hi])
    return low is None or any(word in low for word in words)


def trie_alternation(names: list[str] | tuple[str, ...], blank: str) -> str:
    """The names as one regex alternation with common prefixes shared, a space written as
    `blank` (r"\\s+": any run of whitespace): "Star(?:\\s+Trek(?:\\s+Picard)?|...)". A flat
    alternation makes the engine try each name in turn wherever one may start; the trie
    follows only the branch of the characters that are there. A longer name is tried before
    a name that is its prefix, as a longest-first flat alternation does, so the same name
    matches."""
    trie: dict[str, dict] = {}
    for name in names:
        if any(ch.isspace() and ch != " " for ch in name):
            raise ValueError(f"trie_alternation: a non-space blank in {name!r}")
        node = trie
        for ch in name:
            node = node.setdefault(blank if ch == " " else re.escape(ch), {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [token + emit(child) for token, child in node.items() if token]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


# Patterns built with `first_char_gate`, for tests/extract/test_triggers_gate.py.
GATED: list[re.Pattern[str]] = []


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with (both cases where a scoped or
    global IGNORECASE applies), or None when a match may start almost anywhere (`.`,
    `\\w`, a negated class, a back-reference) or be empty."""
    try:
        import re._constants as C
        import re._parser as P
    except ImportError:  # a Python without these internals: no check
        return None
    parsed = P.parse(pattern, flags)
    out: set[str] = set()

    def add(code: int, ignore: bool) -> None:
        ch = chr(code)
        out.update((ch.lower(), ch.upper()) if ignore else (ch,))

    def walk(items: list, ignore: bool) -> bool:
        """Collect the first characters of `items`; True when they cannot match empty."""
        for op, av in items:
            if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
                continue    # zero-width: the match starts at what follows
            if op is C.LITERAL:
                add(av, ignore)
                return True
            if op is C.IN:
                for kind, value in av:
                    if kind is C.LITERAL:
                        add(value, ignore)
                    elif kind is C.RANGE and value[1] - value[0] < 5000:
                        for code in range(value[0], value[1] + 1):
                            add(code, ignore)
                    elif kind is C.CATEGORY and value in (C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT):
                        out.update("0123456789")    # the digits of the text we read
                    else:
                        raise ValueError("open class")
                return True
            if op is C.SUBPATTERN:
                _, add_flags, del_flags, body = av
                scoped = (ignore or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
                if walk(body, scoped):
                    return True
                continue
            if op is C.BRANCH:
                if all([walk(branch, ignore) for branch in av[1]]):
                    return True
                continue
            if op in (C.MAX_REPEAT, C.MIN_REPEAT):
                low, _, body = av
                if walk(body, ignore) and low > 0:
                    return True
                continue
            raise ValueError(f"unhandled {op}")
        return False

    try:
        return frozenset(out) if walk(list(parsed), bool(parsed.state.flags & re.IGNORECASE)) else None
    except ValueError:
        return None


def first_char_gate(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled behind a look-ahead for the characters a match can start with
    (`first`, the body of a character class, read with `flags` like the pattern).

    A pattern that opens with `\\b`, a look-behind or an alternation of words gives the
    regex engine no first character to skip to, so it tries every alternative at every
    position; one character-class test per position rejects most positions first (a scan
    about twice as fast). `first` must hold the first character of every possible match:
    then the matches are the same (tests/extract/test_triggers_gate.py compares them)."""
    compiled = re.compile(f"(?=[{first}])(?:{pattern})", flags)
    # A word added to the pattern with a new first letter would silently never match:
    # refuse to build a gate that misses a character the pattern can start with.
    needed = first_chars(pattern, flags)
    if needed is None:
        raise ValueError(f"first_char_gate: cannot tell where {pattern[:60]!r} starts; do not gate it")
    gate = re.compile(f"[{first}]", flags)
    missing = sorted(ch for ch in needed if not gate.match(ch))
    if missing:
        raise ValueError(f"first_char_gate: {''.join(missing)!r} missing from the gate of {pattern[:60]!r}")
    GATED.append(compiled)
    return compiled
