"""Date expressions in a sentence, resolved to inclusive `DateRange`s.

One precompiled regex (`date_patterns.SCAN`) recognises every candidate phrase (exact
dates, months, parts of months and years, seasons, quarters, relative phrases, bare years), tried
only at the few words near an "anchor" (a digit, a month or season name, "year").
Each alternative of that regex is a *kind*; at one position the longer kinds come
first and the earliest start wins, so "23rd January 2020" beats "January 2020" and
"early June 2020" beats "June 2020". Vague phrases are resolved by the project's rules
(`date_rules`, fixtures/CONVENTIONS.md "Dates"); only exact day/month expressions go
to dateparser, behind an lru_cache, because a dateparser call costs ~0.5 ms while
the scan of a typical sentence costs a few microseconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

from aggregator.extract import date_rules as R
from aggregator.extract.date_patterns import (
    ANCHOR,
    ANCHOR_LOWER,
    BY_FIRST_CHAR,
    LOOKBACK,
    PARTS,
    SCAN,
    STARTER,
    STARTER_LOWER,
)
from aggregator.extract.date_years import (
    RANGE_YEAR_AFTER,
    RUN_TO,
    SPAN_JOIN,
    DateMention,
    carry_year,
    share_range_year,
    that_year,
)
from aggregator.items import DateRange, Precision

__all__ = ["RUN_TO", "SPAN_JOIN", "DateMention", "find_dates", "parse_date_phrase"]


Parts = dict[str, tuple[str, int]]  # group name -> (text, offset in the phrase)


def _parts(kind: str, text: str) -> Parts:
    """The named parts of a phrase the scanner matched as `kind` (renamed repeats merged)."""
    match = PARTS[kind].fullmatch(text)
    if match is None:
        return {}
    return {name.split("__")[0]: (value, match.start(name))
            for name, value in match.groupdict().items() if value is not None}


_EDITION_BEFORE = re.compile(
    r"\b(?-i:Festa|Fest|Festival|Con|Comic-Con|CCXP|Expo|Tudum|Upfronts?|Showcase|Summit|Awards|Fair|Jam|Live)\s$"
    # an acronym's edition: "IPL 2026", "SXSW 2026", "CES 2027" (a month in capitals is a date)
    r"|(?<![\w-])(?!(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\s)(?-i:[A-Z]{2,5})\s$")
_REEL_AFTER = re.compile(r"\s+(?:preview|sizzle|teaser)\s+reel\b|\s+(?:sizzle|slate)\b", re.I)
_BRAND_BEFORE = re.compile(r"\b(?-i:[A-Z][\w+]*)\s$")
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:premiere|release|debut|return|launch|bow|arrival|finale|date|start|shoot)",
                               re.IGNORECASE)
_YEAR_AFTER_NOUN = re.compile(r"\s+\w+\s+(?:in|of)\s+(?:19|20)\d\d\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|its|their|his|her)\s+$", re.IGNORECASE)
# (a place or name may stand between: "the 2025 Georgia floods")
_NOUN_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+[a-z][a-z-]+\b(?!['’])")
# A year that names a season of the year, a window or a schedule is still a date ("a 2025
# premiere window", "the 2026 season").
_TIME_NOUN_AFTER = re.compile(r"\s+(?:season|series|window|slot|run|rollout|schedule|timeline|target|production|filming|"
                              r"summer|spring|fall|autumn|winter|holiday|slate|lineup|calendar|edition|episode)", re.IGNORECASE)
# Words before a number that make it an index or a rank, not a day or a year.
_NOT_DATE_BEFORE = re.compile(
    r"(?:\b(?:seasons?|episodes?|eps?|parts?|chapters?|vol|volume|no\.|number|book|series|top|"
    r"page|issue|s|e)\.?|#)\s*$", re.IGNORECASE)
# Nouns after a bare number that make it a count ("2021 fans").
_COUNT_AFTER = re.compile(
    r"\s*(?:fans|people|viewers|votes|users|reviews|ratings|episodes|copies|subscribers|followers|"
    r"times|points|words|pages|miles|minutes|hours|seconds|members|comments|likes|views)\b",
    re.IGNORECASE)

_PARSER = DateDataParser(
    languages=["en"],
    settings={
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "MDY",
        "REQUIRE_PARTS": ["day", "month", "year"],
        # A year-less phrase reaches dateparser with its year context appended (see _day),
        # so the base only keeps dateparser from reading the wall clock.
        "RELATIVE_BASE": datetime(2000, 1, 1),
        "PARSERS": ["absolute-time"],  # skips relative/timestamp parsers: ~25% faster
    },
)


# Tried first by dateparser (a strptime each, ~20x faster than its language parsing); a
# phrase none of them fits ("sept 5 2021", "13/3/2022") goes through dateparser's full
# English parser.
_FORMATS = ["%B %d %Y", "%d %B %Y", "%b %d %Y", "%d %b %Y", "%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d"]


@lru_cache(maxsize=16384)
def _day(phrase: str, year: int | None) -> date | None:
    """dateparser on a normalised day/month phrase. `year` is the year written in the
    phrase or, for a year-less one, the year the no-year rule tries; None for a phrase
    that carries its own ("3/3/2022")."""
    found = _PARSER.get_date_data(phrase if year is None else f"{phrase} {year}", date_formats=_FORMATS)
    return found.date_obj.date() if found and found.date_obj else None


def _numeric_day(year: int, month: int, mday: int) -> DateRange | None:
    """The day of a numeric date read in a known order, None for an impossible one."""
    try:
        return R.day_range(date(year, month, mday))
    except ValueError:
        return None


def _exact(kind: str, g: Parts, published: date | None, day_first: bool = False) -> DateRange | None:
    """Exact days: normalised (weekday, commas, "the", "of" and span dropped) and handed
    to dateparser, which reads the month name, the ordinal and the order."""
    if kind == "num":
        text = g["num"][0]
        if day_first and text.count("/") == 2:    # "06/01/2026" on a page that writes day-first
            mday, month, year = (int(x) for x in text.split("/"))
            return _numeric_day(year + 2000 if year < 100 else year, month, mday)
        if "." in text:     # "2025.04.18": year, month, day; "02.04.2026": day, month, year
            first, month, last = (int(x) for x in text.split("."))
            return _numeric_day(first, month, last) if first > 31 else _numeric_day(last, month, first)
        day = _day(text, None)
        return R.day_range(day) if day else None
    mon, mon_at = g["mon"][0].rstrip(".").lower(), g["mon"][1]
    num, num_at = g["day"][0].rstrip("stndrhSTNDRH"), g["day"][1]  # "23rd" -> "23"
    phrase = f"{mon} {num}" if mon_at < num_at else f"{num} {mon}"
    precision: Precision = "week" if kind == "week" else "day"
    year = _year_of(g, published)
    if year is not None:
        day = _day(phrase, year)
        return R.day_range(day, precision) if day else None
    if published is None:
        return None
    day = _day(phrase, published.year)
    if day is None or R.too_early(R.day_range(day), published):
        # Also the way out for Feb 29 when P's year is not a leap year.
        day = _day(phrase, published.year + 1)
    return R.day_range(day, precision) if day else None


def _year_of(g: Parts, published: date | None) -> int | None:
    if "year" in g:
        return int(g["year"][0])
    if "rel" in g and published is not None:
        return R.relative_year(g["rel"][0].lower(), published)
    return None


# In the southern hemisphere a season falls in the months of the opposite northern one:
# Australia's "winter 2027" is June to August 2027, its "summer" December to February.
_OPPOSITE = {"spring": "fall", "summer": "winter", "fall": "spring", "winter": "summer"}


def _season_word(text: str, southern: bool = False) -> str:
    """The northern season whose months `text` names ("autumn" is "fall")."""
    word = text.split()[0].lower()
    word = "fall" if word == "autumn" else "holiday" if word.startswith("holiday") else word
    return _OPPOSITE.get(word, word) if southern else word


def _vague(kind: str, g: Parts, published: date | None, southern: bool = False) -> DateRange | None:
    """Ranges of the phrases dateparser does not resolve (CONVENTIONS "Dates" tables)."""
    if kind == "my":
        year = _year_of(g, published)
        return R.month_range(year, R.month_number(g["mon"][0]) or 1) if year else None
    if kind == "pmonth":
        month, part = R.month_number(g["mon"][0]) or 1, R.part_word(g["part"][0]) or "early"
        if "year" in g:
            return R.part_of_month(int(g["year"][0]), month, part)
        if published is None:
            return None
        rng = R.part_of_month(published.year, month, part)
        return R.part_of_month(published.year + 1, month, part) if R.too_early(rng, published) else rng
    if kind == "quarter":
        year = _year_of(g, published)
        quarter = int(g["qn"][0]) if "qn" in g else R.ORDINALS[g["qw"][0].lower()]
        return R.quarter_range(year, quarter) if year else None
    if kind == "season":
        return R.season_range(int(g["year"][0]), _season_word(g["season"][0], southern))
    if kind == "feast" and "year" in g:
        return R.feast_day(g["feast"][0], g["eve"][0] if "eve" in g else "", int(g["year"][0]))
    if kind == "hyear":
        year = _year_of(g, published)
        return R.half_range(year, R.part_word(g["part"][0]) or "early") if year else None
    if published is None:
        return None  # every kind below is relative to P
    if kind == "later":
        unit = g["unit"][0].lower() if "unit" in g else "year"    # "by year-end": the rest of P's year
        if "ye" in g or g["lw"][0].lower() == "later":
            return R.later_this(unit, published)
        return R.earlier_this(unit, published)
    which = g["which"][0].lower() if "which" in g else ""
    if kind == "rel":
        unit, offset = g["unit"][0].lower(), {"this": 0, "next": 1, "last": -1}[which]
        if unit == "year":
            return R.year_range(published.year + offset)
        if unit == "month":
            return R.relative_month(offset, published)
        if unit == "quarter":
            return R.relative_quarter(offset, published)
        return R.relative_week(offset, published)
    if kind == "inspan":
        n = _COUNT_WORDS.get(g["n"][0].lower()) or int(g["n"][0])
        if g["unit"][0].lower().startswith("month"):
            return R.relative_month(n, published)
        return R.day_range(published + timedelta(weeks=n), "week")
    if kind == "rseason":
        return R.this_season(_season_word(g["season"][0], southern), published, which)
    if kind in ("bseason", "aseason"):
        return R.this_season(_season_word(g["season"][0], southern), published, "this")
    if kind == "bmonth":
        if "rel" in g:
            return R.month_range(R.relative_year(g["rel"][0].lower(), published), R.month_number(g["bm"][0]) or 1)
        return R.month_without_year(R.month_number(g["bm"][0]) or 1, published, which)
    if kind == "bday":
        return R.day_of_recent_month(int(g["bd"][0]), published)
    if kind == "wday":
        return R.weekday_of_month(g["wd"][0], int(g["wdn"][0]), published)
    if kind == "feast":
        name, eve = g["feast"][0], g["eve"][0] if "eve" in g else ""
        rng = R.feast_day(name, eve, published.year)
        return R.feast_day(name, eve, published.year + 1) if R.too_early(rng, published) else rng
    return None


def _plausible(kind: str, g: Parts, match: re.Match[str], sentence: str) -> bool:
    """Context checks the regex cannot express cheaply."""
    start = match.start()
    if kind == "year":
        before = sentence[max(0, start - 12):start]
        if int(match.group()) > 2035 or _NOT_DATE_BEFORE.search(before):
            return False
        if _COUNT_AFTER.match(sentence, match.end()):
            return False
        # "the 2023 strikes", "a 2019 novel": a year that names a thing, not an event's date
        noun = _NOUN_AFTER.match(sentence, match.end()) if _DETERMINER_BEFORE.search(before) else None
        if noun is not None:
            last = sentence.rfind(" ", 0, noun.end())    # the noun itself ("floods" of "Georgia floods")
            if not _EVENT_NOUN_AFTER.match(sentence, last) and not _TIME_NOUN_AFTER.match(sentence, last):
                return False
        # "Jump Festa 2026", "Comic-Con 2025": a year in an event's name is its edition.
        if _EDITION_BEFORE.search(sentence, max(0, start - 30), start):
            return False
        # "the Max 2024 preview reel": a brand's promotional reel is named for its year.
        if _REEL_AFTER.match(sentence, match.end()) and _BRAND_BEFORE.search(sentence, max(0, start - 30), start):
            return False
        # "the 1990's" is a decade; "2021's biggest shows" is a year.
        return not (sentence.startswith("'s", match.end()) and before.lower().endswith("the "))
    # "the Spring Festival", "the Winter Olympics", "the Fall Classic": a capitalized season that
    # begins a name is no date.
    if "season" in g and g["season"][0][:1].isupper() and _NAME_AFTER.match(sentence, match.end()):
        return False
    # Lower-case "may" / "mar" / "march" are words ("it may 10x", "they march 5 miles").
    if "mon" in g and g["mon"][0] in ("may", "mar", "march"):
        return False
    if (kind == "bmonth" and "art" in g or kind == "aseason") and not _EVENT_NOUN_AFTER.match(sentence, match.end()):
        return False  # "a May birthday", "a summer of love" are no dates; "a May premiere", "a fall launch" are
    if kind == "aseason" and _YEAR_AFTER_NOUN.match(sentence, match.end()):
        return False  # "a winter release in 2023": the year the sentence gives is read on its own
    if kind == "inspan" and not _RELEASE_BEFORE_SPAN.search(sentence, max(0, start - 50), start):
        return False  # "shot in six weeks" is a duration; "drops in three weeks" is a date
    if kind == "feast" and not ("eve" in g or "year" in g or g["feast"][1] > 0):
        return False  # "a Christmas special" is no date; "on/by/around Christmas", "Christmas Day" are
    if kind == "feast" and _IN_TIME_BEFORE.search(sentence, max(0, start - 12), start) \
            and _DATED_EARLIER.search(sentence, 0, start):
        return False  # "premiered on October 30, 2024, just in time for Halloween": a reason, not a second date
    # "for the last year", "over the next month" are spans of time, not P's neighbours.
    if kind in ("rel", "rseason") and sentence[max(0, start - 4):start].lower() == "the ":
        return False
    # "Season 2 March 2022" is not 2 March.
    return not (kind in ("dmy", "dm") and _NOT_DATE_BEFORE.search(sentence[max(0, start - 12):start]))


_NAME_AFTER = re.compile(r"\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"
                         r"[A-Z][a-z]+")
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# A present or future release verb in the clause before "in three weeks".
_RELEASE_BEFORE_SPAN = re.compile(
    r"\b(?:will|['’]ll|arrives?|drops?|premieres?|returns?|lands?|launches?|debuts?|hits?|comes?|coming|back|"
    r"out|due|airs?|streams?|expect(?:s|ed)?)\b[^.;,:]{0,30}$", re.I)
_IN_TIME_BEFORE = re.compile(r"\bin\s+time\s+$", re.IGNORECASE)
_DATED_EARLIER = re.compile(r"\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
                            re.IGNORECASE)
_INTERVENING = re.compile(r"\bintervening\s+night\s+of\s+$", re.IGNORECASE)
# "... to September 2026": the span join, the second month, its year
_MONTH_SPAN_YEAR = re.compile(SPAN_JOIN.pattern + r"[a-z]{3,9}\.?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_EXACT = frozenset({"week", "mdy", "dmy", "num", "md", "dm"})


def _resolve(match: re.Match[str], sentence: str, published: date | None,
             day_first: bool = False, southern: bool = False) -> DateMention | None:
    """The mention for one candidate phrase, or None when it is no date in context."""
    kind = match.lastgroup or ""
    text = match.group()
    start, end = match.span()
    if kind == "year":
        if not _plausible(kind, {}, match, sentence):
            return None
        return DateMention(start, end, text, R.year_range(int(text)))
    g = _parts(kind, text)
    if not g or not _plausible(kind, g, match, sentence):
        return None
    when = _exact(kind, g, published, day_first) if kind in _EXACT else _vague(kind, g, published, southern)
    if when is None and published is None and kind in ("md", "dm"):
        # "from September 10 to November 26, 2025" on a page with no date: the range's year
        # (`share_range_year` then moves a first end that falls after the second)
        year = RANGE_YEAR_AFTER.match(sentence, end)
        if year is not None:
            when = _exact(kind, g, date(int(year.group(1)), 1, 1), day_first)
    elif when is None and published is None and kind == "bmonth" and "which" not in g and "rel" not in g:
        # "from January to September 2026" on a page with no date: the span's year
        year = _MONTH_SPAN_YEAR.match(sentence, end)
        if year is not None:
            when = R.month_range(int(year.group(1)), R.month_number(g["bm"][0]) or 1)
    if when is None:
        return None
    if "day2" in g and _INTERVENING.search(sentence, max(0, start - 40), start):
        # "at midnight on the intervening night of 7th and 8th May": the drop falls on the 8th
        gap = int(g["day2"][0].rstrip("stndrhSTNDRH")) - when.date_from.day
        if gap > 0:
            when = R.day_range(when.date_from + timedelta(days=gap))
    if kind == "bmonth" and "which" not in g:
        start += g["bm"][1]  # "in June": the date is "June"
    elif kind == "feast":
        start += g["feast"][1]
    elif kind == "aseason":
        start += g["season"][1]  # "a summer launch": the date is "summer"
    elif kind == "bday":
        start += g["bd"][1] - len("the ")  # "on the 3rd": the date is "the 3rd"
    return DateMention(start, end, sentence[start:end], when)


def find_dates(sentence: str, published: date | None, day_first: bool = False,
               southern: bool = False) -> list[DateMention]:
    """Every date expression of `sentence`, left to right, non-overlapping, longest first.

    `published` (the page's publication date P) resolves relative and year-less
    phrases ("next month", "March 3rd"); without it they give nothing. A candidate that
    fails its context checks or does not resolve is dropped, and a shorter phrase
    starting later inside it can still be found. `day_first` and `southern` are the
    outlet's conventions (locale.DateLocale).
    """
    found: list[DateMention] = []
    pos = 0
    match_at, by_first = SCAN.match, BY_FIRST_CHAR
    lowered = sentence.isascii()
    if lowered:
        scanned, anchor_scan, starter_scan = sentence.lower(), ANCHOR_LOWER, STARTER_LOWER
    else:
        scanned, anchor_scan, starter_scan = sentence, ANCHOR, STARTER
    # Starts that gave no date: the windows of neighbouring anchors overlap, and a start
    # reads the same whichever anchor it was found for.
    failed: set[int] = set()
    for anchor in anchor_scan.finditer(scanned):
        at = anchor.start()
        while at >= pos:  # else the anchor is inside the previous mention
            starts = [s.start() for s in starter_scan.finditer(scanned, max(pos, at - LOOKBACK), at)]
            starts.append(at)
            for start in starts:
                if start in failed:
                    continue
                if lowered:
                    scans = by_first.get(scanned[start])
                    if scans is None or not scans[0].match(scanned, start):
                        failed.add(start)
                        continue
                    match = scans[1].match(sentence, start)
                else:
                    match = match_at(sentence, start)
                mention = _resolve(match, sentence, published, day_first, southern) if match else None
                if mention is None:
                    failed.add(start)
                else:
                    found.append(mention)
                    pos = match.end()  # type: ignore[union-attr]
                    break
            else:
                break  # nothing starts near this anchor
    return carry_year(that_year(share_range_year(found, sentence), sentence), sentence)


_DAY_FIRST = re.compile(r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/(?:\d{4}|\d{2})(?![\d/])")


def writes_day_first(texts: Iterable[str]) -> bool:
    """True when a page writes numeric dates day first: one of them has a first number
    above 12 ("17/02/2026"), so its "06/01/2026" is 6 January too (CONVENTIONS)."""
    return any(_DAY_FIRST.search(text) for text in texts if "/" in text)


_ISO_DATETIME = re.compile(r"\s*(\d{4}-\d\d-\d\d)[T ]\d\d:\d\d\S*\s*$")
# What may surround the date in a phrase given alone: prepositions, punctuation, a time.
_FILLER = re.compile(
    r"[\s,.;:()]*(?:(?:in|on|by|at|around|from|circa|the|of)\b[\s,.;:()]*)*"
    r"(?:\d{1,2}(?::\d\d){0,2}(?:\.\d+)?\s*(?:[ap]\.?m\b\.?)?\s*(?:[a-z]{2,4}|[+-]\d\d:?\d\d|z)?)?[\s,.;:()]*",
    re.IGNORECASE)


def parse_date_phrase(phrase: str, published: date | None = None) -> DateRange | None:
    """The range of one date phrase ("early June 2020", "2022-03-03T20:00:00Z", "next
    month"), or None when it is not (only) a date. Same rules as `find_dates`; an exact
    date in a form the scanner does not know falls back to dateparser itself."""
    text = phrase.strip()
    iso = _ISO_DATETIME.match(text)
    if iso:
        text = iso.group(1)
    mentions = find_dates(text, published)
    if len(mentions) == 1:
        m = mentions[0]
        if _FILLER.fullmatch(text[:m.start]) and _FILLER.fullmatch(text[m.end:]):
            return m.when
    if mentions or not text or len(text) > 64:
        return None
    day = _day(text.lower(), None)
    return R.day_range(day) if day else None
