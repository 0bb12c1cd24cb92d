"""Caseless patterns find exactly what their re.IGNORECASE originals find.

Every wrapped pattern is run both ways over every fixture block and sentence, and over
texts holding the letters (ı, İ, ſ, the Kelvin sign) that make the lower-cased reading differ.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

import aggregator.extract  # noqa: F401  (imports every module that wraps a pattern)
from aggregator.extract.caseless import CASELESS, Caseless
from aggregator.extract.html import parse_document
from aggregator.extract.sentences import split_sentences
from aggregator.extract.triggers import lowered
from tests.conftest import SITES

_ODD = ("Netflix confırmed it WİLL return ſoon, SAID the 5th ſeaſon's KING of the cast.",
        "Straße und Σίσυφος: THE SECOND SEASON, as Deadline reported, will be back in MAY.")


@cache
def _texts() -> tuple[str, ...]:
    out: list[str] = list(_ODD)
    for path in sorted(SITES.rglob("*.html")):
        try:
            doc = parse_document(path.read_bytes())
        except Exception:
            continue
        for block in doc.blocks:
            out.append(block.text)
            out.extend(split_sentences(block.text))
    return tuple(out)


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("wrapped", CASELESS, ids=lambda c: c.pattern.pattern[:40])
def test_same_matches(wrapped: Caseless) -> None:
    original = wrapped.pattern
    for text in _texts():
        assert _spans(wrapped.finditer(text)) == _spans(original.finditer(text)), text
        mid = len(text) // 3
        for pos, end in ((0, len(text)), (mid, len(text)), (0, mid)):
            got, want = wrapped.search(text, pos, end), original.search(text, pos, end)
            assert _spans([got] if got else []) == _spans([want] if want else []), (text, pos, end)
            got, want = wrapped.match(text, pos, end), original.match(text, pos, end)
            assert _spans([got] if got else []) == _spans([want] if want else []), (text, pos, end)


def test_lowered_declines_case_partners() -> None:
    assert lowered("Season TWO") == "season two"
    assert lowered("Zoë’s return") == "zoë’s return"
    for odd in ("ı", "İ", "ſ", "\u212a"):
        assert lowered(f"season {odd}") is None


def test_refuses_what_it_cannot_twin() -> None:
    with pytest.raises(ValueError):
        Caseless(re.compile(r"\bseason"))                       # not case-insensitive
    with pytest.raises(ValueError):
        Caseless(re.compile(r"[A-Z]\w+ season", re.IGNORECASE))  # an upper-case letter
    with pytest.raises(ValueError):
        Caseless(re.compile(r"season(?-i:X)", re.IGNORECASE))     # a case-sensitive part


def test_date_scan_filter_passes_every_date_start() -> None:
    """date_patterns.SCAN_FILTER, read on lower-cased ASCII text, matches wherever the scan does."""
    from aggregator.extract import date_patterns
    extra = ("It returns in June 2025.", "Directed by May Calamawy in May.", "A May premiere, on June 3rd, 2024.")
    checked = 0
    for text in (*_texts(), *extra):
        if not text.isascii():
            continue
        low = text.lower()
        for start in range(len(text)):
            if date_patterns.SCAN.match(text, start):
                checked += 1
                assert date_patterns.SCAN_FILTER.match(low, start), (text, start)
    assert checked > 500


def test_loosen_makes_case_sensitive_parts_case_blind() -> None:
    from aggregator.extract.caseless import loosen
    # A case-sensitive part in a positive context is lower-cased; a negative look-around holding
    # one is dropped (it could only refuse); escapes keep their letters.
    assert loosen(r"hits(?=\s+(?-i:[A-Z]))") == r"hits(?=\s+(?:[a-z]))"
    assert loosen(r"on(?!\s+(?-i:(?:Jan|Feb)\b))\b") == r"on\b"
    assert loosen(r"(?-i:PV)s?\B") == r"(?:pv)s?\B"
    with pytest.raises(ValueError):
        loosen(r"x(?-i:[^A-Z])")      # lower-cased text would refuse what the original takes


def test_loosened_twin_finds_what_the_original_finds() -> None:
    pattern = re.compile(r"\b(?:hits?(?=\s+(?-i:[A-Z]))|on(?!\s+(?-i:May)\b))", re.I)
    wrapped = Caseless.loosened(pattern)
    CASELESS.remove(wrapped)
    text = "It hits Netflix on May 3, not hits theaters, but on June 4 it HITS screens on Hulu."
    assert _spans(wrapped.finditer(text)) == _spans(pattern.finditer(text))
    assert [m.group() for m in wrapped.finditer(text)] == ["hits", "on", "on"]
    assert wrapped.search(text, 20).group() == "on"
