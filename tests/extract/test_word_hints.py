"""The one-scan word hints (a trie of a word list) say what `mentions_any` says of the list."""

from __future__ import annotations

import re

import pytest

from aggregator.extract import preview, sources
from aggregator.extract.triggers import folded, mentions_any
from tests.extract.test_triggers import _texts


@pytest.mark.parametrize(("hint", "words"), [
    (sources._FORWARD_HINT, sources._FORWARD_WORDS),
    (sources._BACKWARD_HINT, sources._BACKWARD_WORDS),
    (preview._GAME_SPORT_WEAK_HINT, preview._GAME_SPORT_WEAK_WORDS),
])
def test_hint_is_mentions_any(hint: re.Pattern[str], words: tuple[str, ...]) -> None:
    texts = (*_texts(), *words, *(f"x {w.upper()} y" for w in words), "nothing here at all")
    for text in texts:
        assert (hint.search(folded(text)) is not None) == mentions_any(text, words), text[:80]
