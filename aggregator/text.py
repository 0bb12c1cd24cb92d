"""Name normalization shared by matching, storage keys and scoring (SCORING.md `norm`)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# "every run of characters that are not letters or digits"
_NON_ALNUM = re.compile(r"[\W_]+")


# Names repeat across a crawl (shows, outlets, actors) and a page asks for its own texts more
# than once; whole page texts must not outlive a page or two, or a benchmark that reads the
# same pages again would measure the cache (hence no larger).
@lru_cache(maxsize=4096)
def norm(text: str | None) -> str:
    """SCORING.md's norm: NFKD, drop combining marks, casefold, & -> and, every run of
    non-alphanumerics -> one space, strip, drop a leading "the ".

    >>> norm("The Hollywood Reporter"), norm("Zoë"), norm("Star Trek: Picard")
    ('hollywood reporter', 'zoe', 'star trek picard')
    """
    if not text:
        return ""
    text = str(text)
    if text.isascii():
        # ASCII has no decompositions and no combining marks: the per-character walk
        # below would return it unchanged, and most names and sentences are ASCII.
        stripped = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(ch for ch in decomposed if not unicodedata.category(ch).startswith("M"))
    folded = stripped.casefold().replace("&", "and")
    return _NON_ALNUM.sub(" ", folded).strip().removeprefix("the ")
