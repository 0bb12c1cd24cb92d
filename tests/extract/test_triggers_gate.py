"""A first-character gate (triggers.first_char_gate) changes no match of its pattern.

Each gated pattern, run over every fixture text and sentence, must find exactly what
the same pattern without its look-ahead finds; and every such match must start with a
character of the gate's class.
"""

from __future__ import annotations

import re

import pytest

# Importing the extractors builds every gated pattern (the show table's on first use).
from aggregator.extract import cast, castprose, dates, preview, show_table, shows  # noqa: F401
from aggregator.extract.triggers import GATED, first_char_gate
from tests.extract.test_triggers import _GAME_SPORT_TEXTS, _texts

_GATE = re.compile(r"\(\?=\[(?P<first>.*?)\]\)\(\?:(?P<body>.*)\)", re.DOTALL)


def _gated() -> list[re.Pattern[str]]:
    show_table.show_table()
    return list(GATED)


def test_first_char_gate_wraps_the_pattern() -> None:
    pattern = first_char_gate("ab", r"\b(?:alpha|beta)\b", re.IGNORECASE)
    GATED.remove(pattern)
    assert [m.span() for m in pattern.finditer("Alpha, BETA, gamma alphabet")] == [(0, 5), (7, 11)]


@pytest.mark.parametrize("gated", _gated(), ids=lambda p: p.pattern[:40])
def test_gate_keeps_every_match(gated: re.Pattern[str]) -> None:
    parts = _GATE.fullmatch(gated.pattern)
    assert parts, gated.pattern[:60]
    plain = re.compile(parts.group("body"), gated.flags)
    first = re.compile(f"[{parts.group('first')}]", gated.flags)
    matched = 0
    for text in (*_texts(), *_GAME_SPORT_TEXTS):
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in gated.finditer(text)] == expected, text[:80]
        for start, _ in expected:
            assert first.match(text, start), (text[start:start + 20], parts.group("first"))
        matched += len(expected)
    assert matched


def test_a_gate_that_misses_a_first_letter_is_refused() -> None:
    import pytest

    from aggregator.extract.triggers import first_char_gate, first_chars

    assert first_chars(r"\b(?:apple|(?i:Banana)|c[de]?x)") == frozenset("abBcC") - {"C"} | {"c"}
    assert first_chars(r"(?<!x)\w+") is None            # a word character may be anything
    assert first_chars(r"(?:a)?") is None               # may match empty
    with pytest.raises(ValueError, match="'b'"):
        first_char_gate("a", r"\b(?:apple|banana)")
    assert first_char_gate("ab", r"\b(?:apple|banana)").search("a banana").group() == "banana"
