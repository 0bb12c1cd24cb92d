"""Name normalization shared by matching, storage keys and scoring (SCORING.md `norm`)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# "every run of characters that are not letters or digits"
_NON_ALNUM = re.compile(r"[\W_]+")


@lru_cache(maxsize=65536)
def norm(text: str | None) -> str:
    """SCORING.md's norm: NFKD, drop combining marks, casefold, & -> and, every run of
    non-alphanumerics -> one space, strip, drop a leading "the ".

    >>> norm("The Hollywood Reporter"), norm("Zoë"), norm("Star Trek: Picard")
    ('hollywood reporter', 'zoe', 'star trek picard')
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.category(ch).startswith("M"))
    folded = stripped.casefold().replace("&", "and")
    return _NON_ALNUM.sub(" ", folded).strip().removeprefix("the ")
