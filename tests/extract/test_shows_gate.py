"""The body-confirmation pattern of a show name (shows._confirming) is gated on its first
characters; the gate changes no match."""

from __future__ import annotations

import re

import pytest

from aggregator.extract.shows import _body_confirms, _confirming
from aggregator.extract.triggers import lowered
from tests.extract.test_triggers import _texts

_GATE = re.compile(r"\(\?=\[(?P<first>.*?)\]\)\(\?:(?P<body>.*)\)", re.DOTALL)
_NAMES = ("Blue Harbour", "The Boys", "Stranger Things", "Ærø Nights", "ſtella", "İstanbul Calling",
          "Kelvin Street", "²Fast", "'Quoted' Title", "7 Days", "[REC] Files", "Ödland", "ΣΩΜΑ")


def _with_names(name: str) -> tuple[str, ...]:
    return (f"{name} season 2 is coming", f"the third season of {name} is here", f"season two of the {name}",
            f"Netflix renewed {name} for a third and final season", f"{name.upper()} IS COMING BACK FOR SEASON 2",
            f"the ٣rd season of {name}", f"the 3rd season of {name.lower()}", f"{name}'s Season 4", f"x{name} season 2")


@pytest.mark.parametrize("name", _NAMES)
def test_gate_keeps_every_match(name: str) -> None:
    gated = _confirming(name, re.IGNORECASE)
    parts = _GATE.fullmatch(gated.pattern)
    if parts is None:
        # No single-character class for the name's first letter ("İ" lower-cases to two
        # characters): the pattern is used as is.
        assert name.startswith("İ"), gated.pattern[:60]
        return
    plain = re.compile(parts.group("body"), gated.flags)
    matched = 0
    for text in (*_with_names(name), *_texts()[::7]):
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in gated.finditer(text)] == expected, text[:80]
        matched += len(expected)
    assert matched


@pytest.mark.parametrize("name", _NAMES)
def test_lower_case_twin_confirms_as_the_pattern(name: str) -> None:
    """_body_confirms reads an ASCII name's lower-case twin on the lower-cased body where
    `lowered` allows: the same verdict as the case-insensitive pattern on the body."""
    pattern = _confirming(name, re.IGNORECASE)
    for text in (*_with_names(name), *_with_names(name.upper()), *(f"{t} {name} season 2" for t in _texts()[::7])):
        assert _body_confirms(text, name) == (pattern.search(text) is not None), text[:80]
        if name.isascii() and lowered(text) is not None:
            twin = _confirming(name.lower(), 0)
            assert [m.span() for m in twin.finditer(lowered(text))] == [m.span() for m in pattern.finditer(text)]
