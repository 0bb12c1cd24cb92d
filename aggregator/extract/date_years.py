"""The year of a date written without one, read from the sentence around it: a range that
writes its year once ("from April 2 to May 21, 2025"), "December of that year", and the
yearless end of a run after a dated start ("premiered on October 30, 2022 and wrapped its
run on Jan. 8"). `dates.find_dates` applies these to the mentions it found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aggregator.extract import date_rules as R
from aggregator.items import DateRange


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a sentence: offsets into the sentence, its text and range."""

    start: int
    end: int
    text: str
    when: DateRange


_THAT_YEAR = re.compile(r"\s*(?:of|in)\s+(?:that|the\s+same)\s+year\b", re.IGNORECASE)
_THAT_MONTH = re.compile(r"\b(?:that|the\s+same)\s+$", re.IGNORECASE)


def that_year(found: list[DateMention], sentence: str) -> list[DateMention]:
    """"premiered in October 2024 and was renewed in December of that year" (or "renewed that
    October"): a month of "that year" takes the year last written before it in the sentence;
    "that October" with no year before it points outside the sentence and is dropped."""
    kept: list[DateMention] = []
    for index, mention in enumerate(found):
        that_month = _THAT_MONTH.search(sentence, 0, mention.start) is not None
        if index == 0 or mention.when.precision not in ("day", "month") or not (
                that_month or _THAT_YEAR.match(sentence, mention.end)):
            if not (that_month and index == 0):
                kept.append(mention)
            continue
        years = [m for m in found[:index] if _FOUR_DIGITS.search(m.text)]
        if years:
            kept.append(_in_year(mention, years[-1].when.date_from.year))
        elif not that_month:
            kept.append(mention)
    return kept


# "The first season premiered on July 17, 2025, and ended on August 21": a past event's date
# written without its year follows the year just written, not the published date's.
_PAST_BETWEEN = re.compile(r"\b(?:ended|premiered|aired|wrapped|debuted|concluded|finished|stopped|ran|returned|dropped|"
                           r"followed|closed|launched|arrived|was|were)\b", re.IGNORECASE)
_END_BETWEEN = re.compile(r"\b(?:ended|wrapped|finished|concluded|closed|stopped)\b", re.IGNORECASE)
_FUTURE_BETWEEN = re.compile(r"\b(?:will|['’]ll|is\s+set|are\s+set|set\s+to|is\s+due|slated|expected|arrives|returns|"
                             r"premieres|debuts|drops|lands)\b", re.IGNORECASE)


# Precisions of a date inside one month: a day, a part of a month ("mid-March"), the month.
_ONE_MONTH = frozenset({"day", "week", "month"})


def carry_year(found: list[DateMention], sentence: str) -> list[DateMention]:
    """A day or month without a year, after a dated mention of the same sentence and a past verb between
    them, takes the year that puts it nearest that mention."""
    for index in range(1, len(found)):
        mention, before = found[index], found[index - 1]
        if mention.when.precision not in _ONE_MONTH or _YEAR_IN.search(mention.text):
            continue
        if before.when.precision in _SPANS and _FOUR_DIGITS.search(before.text):
            found[index] = _inside(found, index, sentence)
            continue
        # ("started last August and wrapped on December 18": "last August" is anchored too)
        if not (_FOUR_DIGITS.search(before.text) or _LAST_MONTH.match(before.text)) \
                or before.when.precision not in _ONE_MONTH:
            continue
        between = sentence[before.end:mention.start]
        if not _PAST_BETWEEN.search(between) or _FUTURE_BETWEEN.search(between):
            continue
        if mention.when.precision != "day" and not _END_BETWEEN.search(between):
            continue    # a month is carried only as the end of a run ("... 2025 and wrapped in mid-March")
        # The year that puts it nearest the date before it ("on Oct. 30, 2022 and wrapped its run
        # on Jan. 8": 2023; "on April 27, 2023, a week after it debuted on April 20": 2023).
        # An end ("and wrapped on March 20", "finished on 8 February") comes after its start.
        anchor = before.when.date_from
        options = [_in_year(mention, anchor.year + k) for k in (-1, 0, 1)]
        if _END_BETWEEN.search(between):
            options = [m for m in options if m.when.date_from >= anchor] or options
        found[index] = min(options, key=lambda m: abs((m.when.date_from - anchor).days))
    return found


# A dated span that year-less days right after it narrow: "in the autumn of 2025, from 7 September
# to 12 October" (the days are that autumn's, and the range's end follows its start).
_SPANS = frozenset({"season", "quarter", "half", "year"})
_NARROWS = re.compile(r"^\s*,?\s*(?:from|between|on|in|starting|beginning)?\s*$", re.IGNORECASE)
_RANGE_TO = re.compile(r"^\s*(?:to|until|till|through|thru|and|-|–)\s*$", re.IGNORECASE)
_LAST_MONTH = re.compile(r"last\s+[a-z]{3,9}$", re.IGNORECASE)


def _inside(found: list[DateMention], index: int, sentence: str) -> DateMention:
    """found[index] moved into the year that puts it inside the dated span before it (or, as the
    end of a range whose start was moved so, just after that start); unchanged otherwise."""
    mention, before = found[index], found[index - 1]
    between = sentence[before.end:mention.start]
    if not _NARROWS.match(between):
        return mention
    span = before.when
    for year in (span.date_from.year, span.date_to.year):
        moved = _in_year(mention, year)
        if span.date_from <= moved.when.date_from <= span.date_to:
            following = found[index + 1] if index + 1 < len(found) else None
            if following is not None and following.when.precision in _ONE_MONTH \
                    and not _YEAR_IN.search(following.text) \
                    and _RANGE_TO.match(sentence[mention.end:following.start]):
                options = [_in_year(following, moved.when.date_from.year + k) for k in (0, 1)]
                found[index + 1] = next((m for m in options if m.when.date_from >= moved.when.date_from), following)
            return moved
    return mention


def _in_year(mention: DateMention, year: int) -> DateMention:
    """A day, part-of-a-month ("late January") or month mention moved to `year` (unchanged
    when that day does not exist)."""
    start = mention.when.date_from
    if start.year == year:
        return mention
    precision = mention.when.precision
    try:
        if precision == "day":
            when = R.day_range(start.replace(year=year))
        elif precision == "month":
            when = R.month_range(year, start.month)
        else:   # a part of one month: both ends move
            end = mention.when.date_to
            when = DateRange(start.replace(year=year), end.replace(year=year + end.year - start.year), precision)
    except ValueError:  # February 29
        return mention
    return DateMention(mention.start, mention.end, mention.text, when)


# What joins the two ends of a range: "from April 2 to May 21", "June 7–July 27".
RUN_TO = re.compile(r"\s*(?:to|until|till|through|thru|[–-])\s*", re.IGNORECASE)
# What joins a span's two ends: "from March to July", "between March and July", "May 2–9".
SPAN_JOIN = re.compile(r"\s*(?:to|until|till|through|thru|and|[–-])\s*", re.IGNORECASE)
_YEAR_IN = re.compile(r"\d{4}|\b(?:this|next|last)\s+year\b", re.IGNORECASE)
# "from September 10 to November 26, 2025": the span join, the second day, then its year
RANGE_YEAR_AFTER = re.compile(SPAN_JOIN.pattern + r"[^.;,\d]{0,12}\d{1,2}[^.;\d]{0,12}?\b((?:19|20)\d\d)\b",
                               re.IGNORECASE)
_FOUR_DIGITS = re.compile(r"\d{4}")


def share_range_year(found: list[DateMention], sentence: str) -> list[DateMention]:
    """"from April 2 to May 21, 2025", "from 2 November to 21 December 2025": a range that
    writes its year once gives it to both ends (the first end's own guess is P's year)."""
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        if first.when.precision not in _ONE_MONTH or _YEAR_IN.search(first.text) \
                or not _YEAR_IN.search(second.text) or not SPAN_JOIN.fullmatch(sentence, first.end, second.start):
            continue
        start, end = first.when.date_from, second.when.date_from
        # "from December 20 to January 5, 2025": the first end is in the year before
        year = end.year - 1 if (start.month, start.day) > (end.month, end.day) else end.year
        found[index] = _in_year(first, year)
    return found
