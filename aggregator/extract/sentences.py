"""Split block text into sentences and clauses without a language model.

Good enough for news prose: splits after . ! ? when the next word starts a
sentence, and not after common abbreviations, initials or ordinals.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Abbreviations that end with a period inside a sentence (case-insensitive).
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "inc", "ltd", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vol", "pt", "ep", "approx", "dept", "gen", "gov", "sen", "rep", "lt", "col", "capt",
    "u.s", "u.k", "a.m", "p.m", "e.g", "i.e", "d.c",
}
# Abbreviations that stand only before a number ("No. 1", "Vol. 2", "Ep. 3").
_NUMBER_SIGNS = {"no", "vol", "pt", "ep"}
_NUMBER_NEXT = re.compile(r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|[IVX]{1,4})\b", re.IGNORECASE)
# Closing quotes and brackets, and reference marks ("...in late September.[2] Filming ..."),
# may stand between the full stop and the space. A match starts with its stop, which belongs
# to the sentence before it (one character: the boundary is at match.start() + 1). Speed: a
# pattern that opens with a character class lets the engine skip ahead to the next stop; one
# that opens with the look-behind "(?<=[.!?…])" is tried at every position.
_BOUNDARY = re.compile(
    r"[.!?…](?:[\"'”’)\]]|\[(?:\d{1,3}|[a-z]|note\s\d{1,3}|citation needed)\])*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
# Every match starts with a blank or one of ";:—–,": the look-ahead rejects every other
# position at once (the leading \s* would otherwise try each alternative everywhere).
_CLAUSE = re.compile(
    r"(?=[\s;:—–,])\s*(?:;|:\s+(?=(?-i:[a-z]))|—|–|\s-\s|,?\s+but\s+|,\s+so\s+|,?\s+however,?\s+|,?\s+although\s+|,?\s+though\s+|,\s+while\s+|,\s+whereas\s+)\s*",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`, each stripped, in order; the concatenation loses only spaces."""
    # Cast, claims and preview detection all split the same blocks: split each once.
    return list(_split(text))


@lru_cache(maxsize=512)  # one page's worth: reuse within a page, not across a benchmark
def _split(text: str) -> tuple[str, ...]:
    text = text.strip()
    if not text:
        return ()
    out: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        candidate = text[start:match.start() + 1].rstrip()
        last = candidate.rsplit(None, 1)[-1] if candidate else ""
        # "(Feb. 1, 2024": an opening bracket or quote does not hide the abbreviation.
        word = last.rstrip(".!?…\"'”’)]").lstrip("\"'“‘([").lower()
        # "Dr. Jurati", "Jan. 23", "J. J. Abrams": not sentence ends.
        if candidate.endswith(".") and (word in _ABBREV or (len(word) == 1 and word.isalpha())):
            # "No. 1" is a number sign; "Not yet, no. Prime Video ..." ends a sentence.
            if not (word in _NUMBER_SIGNS and not _NUMBER_NEXT.match(text, match.end())):
                continue
        out.append(text[start:match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return tuple(out)


# "[03:30] JESS: ...": a transcript line's timestamp and speaker.
_SPEAKER = re.compile(r"^\s*\[\d{1,2}:\d\d(?::\d\d)?\]\s*(?:[A-Z][A-Za-z.'’-]*\s?){0,3}:?\s*")


def strip_speaker(sentence: str) -> str:
    """The sentence without a leading transcript timestamp and speaker ("[03:30] JESS: ")."""
    return _SPEAKER.sub("", sentence, count=1) if sentence.startswith("[") else sentence


@lru_cache(maxsize=512)  # one page's worth: reuse within a page, not across a benchmark
def clause_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets of the clauses of a sentence, split at but/however/;/dashes."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CLAUSE.finditer(sentence):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(sentence)))
    return tuple(spans)


def clause_of(sentence: str, offset: int) -> tuple[int, int]:
    """(start, end) of the clause of `sentence` that holds `offset` (the whole sentence
    when the offset falls between clauses)."""
    for start, end in clause_spans(sentence):
        if start <= offset < end:
            return start, end
    return 0, len(sentence)
