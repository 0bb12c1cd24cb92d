"""Name normalization shared by matching, storage keys and scoring (SCORING.md `norm`)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


@lru_cache(maxsize=65536)
def norm(text: str | None) -> str:
    """NFKD, drop combining marks, casefold, & -> and, non-alphanumerics -> one space,
    strip, drop a leading "the ": "The Hollywood Reporter" -> "hollywood reporter"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = stripped.casefold().replace("&", " and ")
    spaced = _NON_ALNUM.sub(" ", folded).strip()
    return spaced[4:] if spaced.startswith("the ") else spaced
