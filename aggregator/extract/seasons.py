"""Find season references in text: "Season 2", "season two", "S02E03", "third season",
"Part 3" (Money Heist / Lupin style, where a Part is a season), "seasons 1 and 2".

A Part or Volume attached to a season ("Season 4 Volume 2", "Part 2 of Season 4",
"Stranger Things 4 Volume 2") is a piece of that season, not a season of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aggregator.extract.caseless import Caseless
from aggregator.extract.triggers import first_char_gate, folded

_CARDINALS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}
_CARD = r"(?:\d{1,2}|" + "|".join(sorted(_CARDINALS, key=len, reverse=True)) + r")\b"
_ORD = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")\b"
ORDINAL_PATTERN = _ORD  # "fifth", "5th": for other modules' patterns
# A number followed by these is a count, not a season ("season 2 and 10 episodes").
_NOT_SEASON_AFTER = (r"(?!\s*(?:episodes|eps\b|hours?|minutes?|days?|weeks?|months?|years?|million|"
                     r"percent|times|stars?|points?|parts|halves|volumes|chapters|instal+ments)\b|\s*%)")

# British press says "series": "Series 4", "series four" (capitalised) or "series 4".
# An English edition of a Brazilian, Spanish, German, French or Italian outlet keeps "temporada 2",
# "Staffel 2", "saison 2" or "stagione 2" beside "season 2".
_SEASONS = first_char_gate(   # gated on its first letters (triggers.first_char_gate)
    "st",
    r"(?:\b(?i:seasons?)|\bSeries|\b(?i:series)(?=\s+\d)|"
    # British "series two" in lower case; not "the series one of the best", "the series one day"
    r"\b(?i:series)(?=\s+(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?!\s+(?i:of|day|more|last|thing|reason|who|that|which|is|was)\b))|\b(?i:temporadas?|staffeln?|saisons?|stagion[ei])(?=\s+\d))\s+(" + _CARD + r"(?:(?:\s*,\s*|\s*,?\s+(?:and|&|or)\s+|\s*[-–]\s*|\s+(?:to|through|thru)\s+)"
    + _CARD + r")*)" + _NOT_SEASON_AFTER, re.IGNORECASE)
# Turkish and German number a season with an ordinal dot before the word: "2. Sezon", "2. sezonu",
# "2. Staffel".
_DOTTED = re.compile(r"(?<![\w.,])(\d{1,2})\.\s+(?:sezon(?:u|una|unda|unun)?|staffel|saison|temporada)\b", re.IGNORECASE)
_DOTTED_WORDS = ("sezon", "staffel", "saison", "temporada")   # (folded: one of these is in every match)
_SERIES_NOT_SEASON = re.compile(r"\s+(?:of|day|more|last|thing|reason|who|that|which|is|was)\b", re.IGNORECASE)
_ORD_SEASON = Caseless(first_char_gate(
    r"\dfsten",
    r"\b(" + _ORD + r")(?:\s*(?:,|and|&)\s*(" + _ORD + r"))?(?:\s+(?:and\s+)?(?:final|last|new|latest|upcoming))?"
    r"\s+(?:seasons?|series)\b", re.IGNORECASE))
_FIRST_N = re.compile(r"\b(?:the|its|their|all)\s+first\s+(two|three|four|five|[2-5])\s+(?:seasons|series)\b", re.I)
# These scans open with \b or a look-behind: gated on their first characters (first_char_gate).
# "S2", "S02", "S2E3", "S02 E03": capital S only ("s2" in prose is rarely a season).
_SHORT = first_char_gate("S", r"(?<![\w-])S(\d{1,2})(?:\s?E\d{1,3})?\b")
# (an anthology numbers its seasons as installments: "the fifth installment", "Installment 6")
_ORD_PART = first_char_gate(r"\dfsten", r"\b(" + _ORD + r")\s+(?:part|volume|instal+ment)\b", re.IGNORECASE)
_PART = first_char_gate("pvi", r"\b(?:part|volume|vol\.?|instal+ment)\s+(" + _CARD + r")" + _NOT_SEASON_AFTER, re.IGNORECASE)
# "Stranger Things 4 Volume 2", "Money Heist 5: Part 2": the bare number is the season.
_BARE_THEN_PART = first_char_gate(
    r"\d",
    r"(?<![\w.,/:-])(?<!part\s)(?<!vol\.\s)(?<!vol\s)(?<!volume\s)(\d{1,2})\s*[:,–-]?\s+(?:part|volume|vol\.?)\s+" + _CARD, re.IGNORECASE)
_NUMBER = re.compile(_CARD, re.IGNORECASE)
# Every reference contains "season", "series", "part", "vol" (any case) or this.
_S_NUMBER = re.compile(r"S\d")
# Every ordinal _ORD reads holds one of these (case-folded) or a digit with its suffix.
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "teenth", "twentieth")
_ORDINAL_DIGITS = re.compile(r"\d(?:st|nd|rd|th)")
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.IGNORECASE)
_RANGE_SEP = re.compile(r"^\s*(?:[-–]|to|through|thru)\s*$", re.IGNORECASE)
# What may stand between a season and an attached Part/Volume: "Season 4, Part 2", "S4 - Vol. 2".
_ATTACH_GAP = re.compile(r"^(?:['’]s)?\s*[,:(–—-]?\s*$")
_OF_SEASON = re.compile(r"^\s+of\s+(?:the\s+)?(?:show'?s\s+|series'?\s+)?(?:" + _ORD + r"\s+)?seasons?\b", re.IGNORECASE)
_OF_ANY = re.compile(r"^\s+of\b", re.IGNORECASE)


def has_ordinal(low: str) -> bool:
    """True when folded text `low` may hold an ordinal ("third", "3rd"): a quick test
    before the ordinal scans, which try every word boundary."""
    return any(word in low for word in _ORDINAL_WORDS) or _ORDINAL_DIGITS.search(low) is not None


def _number(token: str) -> int | None:
    token = token.lower()
    if token.isdigit():
        value = int(token)
    else:
        value = _CARDINALS.get(token) or _ORDINALS.get(token) or 0
        if not value and token[:-2].isdigit():
            value = int(token[:-2])
    return value if 0 < value <= 99 else None


def _season_list(match: re.Match[str]) -> list[tuple[int, int, int]]:
    """Each number of "seasons 1, 2 and 3" / "seasons 1-3" as its own reference."""
    out: list[tuple[int, int, int]] = []
    group_start = match.start(1)
    numbers = list(_NUMBER.finditer(match.group(1)))
    for index, num in enumerate(numbers):
        value = _number(num.group())
        if value is None:
            continue
        start = match.start() if index == 0 else group_start + num.start()
        end = group_start + num.end()
        if index > 0 and out and _RANGE_SEP.match(match.group(1)[numbers[index - 1].end():num.start()]):
            # A range "seasons 1-3" names every season in between.
            low = out[-1][2]
            for middle in range(low + 1, min(value, low + 10)):
                out.append((start, end, middle))
        out.append((start, end, value))
    return out


def parse_season_ref(text: str, parts: bool = True) -> list[tuple[int, int, int]]:
    """Season references in `text` as (start, end, season), in order.

    Recognised: "Season 2", "season two", "seasons 1 and 2", "S2"/"S02"/"S2E3",
    "second season"/"2nd season"/"fifth and final season", and, when `parts` is
    true, a standalone "Part 3"/"Volume 3"/"Vol. 3" as season 3. A Part or Volume
    attached to a season ("Season 4 Volume 2", "Part 2 of Season 4", "Stranger
    Things 4 Volume 2") yields only that season, with the span covering the whole
    phrase. "final season" without a number yields nothing.
    """
    low = folded(text)
    if not ("season" in low or "series" in low or "part" in low or "vol" in low or "temporada" in low
            or "staffel" in low or "saison" in low or "stagion" in low or "sezon" in low or "instal" in low
            or _S_NUMBER.search(text)):
        return []       # the common case, decided by a few substring tests
    return list(_season_refs(text, parts))


# Show detection, preview detection and claims each read the same blocks' season
# references: parse each text once.
@lru_cache(maxsize=512)  # one page's worth: reuse within a page, not across a benchmark
def _season_refs(text: str, parts: bool) -> tuple[tuple[int, int, int], ...]:
    found_before, parts_words = _refs_before_parts(text)
    if not parts_words:
        return found_before     # the readings below all need a Part/Volume word
    found = list(found_before)
    if parts:
        for match in _ORD_PART.finditer(text):   # "the third part" of Lupin
            value = _number(match.group(1))
            if value is not None and not _covered(found, match.start(), match.end()):
                found.append((match.start(), match.end(), value))
        found.sort()
    for match in _PART.finditer(text):
        if _covered(found, match.start(), match.end()):
            continue
        attached = _attached_before(found, text, match.start())
        if attached is not None:
            # "Season 4 Part 2": widen the season's span over the part.
            index, ref = attached
            found[index] = (ref[0], match.end(), ref[2])
            continue
        after = text[match.end():]
        of_season = _OF_SEASON.match(after)
        if of_season:
            # "Part 2 of Season 4": the season follows; widen its span back over the part.
            for index, ref in enumerate(found):
                if ref[0] >= match.end() and ref[0] <= match.end() + of_season.end():
                    found[index] = (match.start(), ref[1], ref[2])
                    break
            continue
        if not parts or _OF_ANY.match(after):
            continue    # "part 2 of our interview"
        value = _number(match.group(1))
        if value is not None:
            found.append((match.start(), match.end(), value))
        found.sort()
    return tuple(found)


# Preview detection reads blocks with Part readings, claims the same blocks without
# them: the references before those readings are found once for both.
@lru_cache(maxsize=512)  # one page's worth: reuse within a page, not across a benchmark
def _refs_before_parts(text: str) -> tuple[tuple[tuple[int, int, int], ...], bool]:
    """(the season references of `text` that `parts` does not change, in order; whether
    `text` holds a Part/Volume/instalment word)."""
    # Each scan below needs a "season"/"series" or a "part"/"volume" word: skip the others.
    low = folded(text)
    seasons = "season" in low or "series" in low or "temporada" in low or "staffel" in low or "saison" in low \
        or "stagion" in low or "sezon" in low
    parts_words = "part" in low or "vol" in low or "instal" in low
    found: list[tuple[int, int, int]] = []
    for match in (_SEASONS.finditer(text) if seasons else ()):
        if match.group().startswith("series") and not match.group(1)[:1].isdigit() \
                and _SERIES_NOT_SEASON.match(text, match.end()):
            continue    # "the series one of the best": not British "Series One"
        found.extend(_season_list(match))
    for match in (_ORD_SEASON.finditer(text) if seasons and has_ordinal(low) else ()):
        for group in (1, 2):
            if match.group(group) and (value := _number(match.group(group))) is not None:
                found.append((match.start(), match.end(), value))
    # (the dotted ordinal's own words, much rarer than the "season" or "series" of `seasons`)
    dotted = ". " in text and any(word in low for word in _DOTTED_WORDS)
    for match in (_DOTTED.finditer(text) if dotted else ()):
        found.append((match.start(), match.end(), int(match.group(1))))
    for match in (_SHORT.finditer(text) if _S_NUMBER.search(text) else ()):
        value = _number(match.group(1))
        if value is not None:
            found.append((match.start(), match.end(), value))
    for match in (_BARE_THEN_PART.finditer(text) if parts_words else ()):
        if _MONTH_BEFORE.search(text, 0, match.start()):
            continue    # "May 27, Volume 2": a day of the month, not a season
        value = _number(match.group(1))
        if value is not None and not _covered(found, match.start(), match.end()):
            found.append((match.start(), match.end(), value))
    found.sort()
    found = _drop_overlaps(found)
    for match in (_FIRST_N.finditer(text) if seasons and "first" in low else ()):
        # "the first two seasons": one list of seasons 1..N, sharing the phrase's span
        n = _number(match.group(1)) or 0
        found = sorted([r for r in found if not (match.start() <= r[0] and r[1] <= match.end())]
                       + [(match.start(), match.end(), k) for k in range(1, n + 1)])
    return tuple(found), parts_words


def _covered(found: list[tuple[int, int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e, _ in found)


def _drop_overlaps(found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Keep the earliest of overlapping references; refs sharing one span (the numbers
    of "second and third seasons", a range) are one list and all kept."""
    out: list[tuple[int, int, int]] = []
    for ref in found:
        if ref in out:
            continue
        if any(k[0] < ref[1] and ref[0] < k[1] and (k[0], k[1]) != (ref[0], ref[1]) for k in out):
            continue
        out.append(ref)
    return out


def _attached_before(
    found: list[tuple[int, int, int]], text: str, start: int
) -> tuple[int, tuple[int, int, int]] | None:
    for index in range(len(found) - 1, -1, -1):
        ref = found[index]
        if ref[1] <= start:
            if _ATTACH_GAP.match(text[ref[1]:start]):
                return index, ref
            return None
    return None
