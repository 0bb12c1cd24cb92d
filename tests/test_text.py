"""aggregator.text.norm: the ASCII shortcut gives what the full Unicode path gives."""

from __future__ import annotations

import re
import unicodedata

import pytest

from aggregator.text import norm


def _slow_norm(text: str) -> str:
    """SCORING.md's norm written out in full, without the ASCII shortcut."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.category(ch).startswith("M"))
    folded = stripped.casefold().replace("&", "and")
    return re.sub(r"[\W_]+", " ", folded).strip().removeprefix("the ")


@pytest.mark.parametrize("text", [
    "The Hollywood Reporter", "Star Trek: Picard", "  Law & Order__SVU  ", "the the", "THE OFFICE",
    "Zoë Kravitz", "Pokémon", "ﬁnal ﬂight", "İstanbul", "straße", "Ⅻ Monkeys", "x" * 3 + "\t\n",
])
def test_norm_matches_the_full_path(text: str) -> None:
    assert norm(text) == _slow_norm(text)


def test_ascii_shortcut_covers_every_ascii_character() -> None:
    every = "".join(chr(i) for i in range(128))
    assert norm(every) == _slow_norm(every)
