"""The trigger-word prefilters never skip a text their pattern would match.

Each trigger list must hold a word of every possible match of its pattern; a word
added to a pattern but not to its list would silently lose matches. These tests run
every pattern over every fixture sentence and check the prefilter let it through.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from aggregator.extract import castnames, castprose, sources
from aggregator.extract.html import parse_document
from aggregator.extract.sentences import split_sentences
from aggregator.extract.triggers import folded, mentions_any
from tests.conftest import SITES


@cache
def _texts() -> tuple[str, ...]:
    """Every block text and sentence of the fixture pages."""
    out: list[str] = []
    for path in sorted(SITES.rglob("*.html")):
        try:
            doc = parse_document(path.read_bytes())
        except Exception:
            continue
        for block in doc.blocks:
            out.append(block.text)
            out.extend(split_sentences(block.text))
    return tuple(out)


def test_folded_matches_ignorecase_view() -> None:
    assert folded("  Created\n BY  Noah HAWLEY ") == "created by noah hawley"
    assert folded("ſeason İnterview") == "season interview"


def test_mentions_any() -> None:
    assert mentions_any("According  to Deadline", ("according to",))
    assert not mentions_any("Deadline reports", ("according to",))


def _prefilter_cases() -> list[tuple[str, re.Pattern[str], object]]:
    cases: list[tuple[str, re.Pattern[str], object]] = [
        ("crew", castprose._CREW, lambda t: bool(castprose._CREW_HINT.search(t))),
        ("forward", sources._FORWARD, lambda t: mentions_any(t, sources._FORWARD_WORDS)),
        ("backward", sources._BACKWARD, lambda t: mentions_any(t, sources._BACKWARD_WORDS)),
        ("pairs", castprose._PAIRS, lambda t: " and " in t or "&" in t),
        ("group", castprose._GROUP, lambda t: " and " in t or "&" in t),
    ]
    for i, ((pattern, _), needles) in enumerate(castprose._PATTERN_NEEDLES):
        cases.append((f"prose {i}", pattern, lambda t, n=needles: bool(n.search(t.lower()))))
    for name in ("_STATUS_EXIT", "_STATUS_NEW", "_STATUS_RETURN"):
        cases.append((name, getattr(castnames, name), lambda t: mentions_any(t, castnames._STATUS_WORDS)))
    return cases


@pytest.mark.parametrize("name,pattern,passes", _prefilter_cases(), ids=lambda v: v if isinstance(v, str) else "")
def test_prefilter_keeps_every_match(name: str, pattern: re.Pattern[str], passes) -> None:
    matched = [t for t in _texts() if pattern.search(t)]
    missed = [t for t in matched if not passes(t)]
    assert not missed, f"{name}: trigger words miss {missed[:3]}"
