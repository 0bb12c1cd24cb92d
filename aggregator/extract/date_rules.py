"""The project's calendar rules for vague and relative date phrases.

fixtures/CONVENTIONS.md ("Dates") fixes the range and precision of every phrase
dateparser does not resolve: parts of months and years, seasons, quarters, the
holiday season, and phrases relative to the page's published date P. These are
plain functions of already-recognised parts (no regexes, no dateparser), so the
scanner in `dates.py` stays small and each rule is testable on its own.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from aggregator.items import DateRange, Precision

MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "final": 4, "last": 4,
}
SEASONS = ("spring", "summer", "fall", "winter", "holiday")

# Both a year-level part ("early 2021": first half) and a month-level part
# ("early June": days 1-10) come from the same words; one word list serves both.
_PART_WORDS: dict[str, str] = {
    "early": "early", "start": "early", "beginning": "early", "first": "early",
    "h1": "early", "earlier": "early",
    "mid": "mid", "middle": "mid", "midway": "mid",
    "late": "late", "end": "late", "second": "late", "latter": "late", "back": "late",
    "h2": "late", "later": "late", "tail": "late", "close": "late",
}

# Cutoff of the no-year rule: a date more than this many days before P is next year's.
NO_YEAR_WINDOW = timedelta(days=90)


def month_number(token: str) -> int | None:
    """1-12 for a month name or abbreviation ("Sept.", "june"), else None."""
    return MONTHS.get(token.strip(".").lower()[:3])


def part_word(text: str) -> str | None:
    """'early' / 'mid' / 'late' for a modifier phrase ("the beginning of", "mid-")."""
    for word in text.lower().replace("-", " ").split():
        if word in _PART_WORDS:
            return _PART_WORDS[word]
    return None


def month_range(year: int, month: int) -> DateRange:
    last = calendar.monthrange(year, month)[1]
    return DateRange(date(year, month, 1), date(year, month, last), "month")


def part_of_month(year: int, month: int, part: str) -> DateRange:
    """early / mid / late MONTH: days 1-10 / 11-20 / 21-end, week precision."""
    last = calendar.monthrange(year, month)[1]
    lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}[part]
    return DateRange(date(year, month, lo), date(year, month, hi), "week")


def season_range(year: int, season: str) -> DateRange:
    """Meteorological seasons; winter YEAR is Dec of YEAR-1 to end of Feb YEAR."""
    if season in ("fall", "autumn"):
        return DateRange(date(year, 9, 1), date(year, 11, 30), "season")
    if season == "spring":
        return DateRange(date(year, 3, 1), date(year, 5, 31), "season")
    if season == "summer":
        return DateRange(date(year, 6, 1), date(year, 8, 31), "season")
    if season == "winter":
        feb = calendar.monthrange(year, 2)[1]
        return DateRange(date(year - 1, 12, 1), date(year, 2, feb), "season")
    # "holiday season YEAR"
    return DateRange(date(year, 11, 15), date(year, 12, 31), "season")


def quarter_range(year: int, quarter: int) -> DateRange:
    first = 3 * (quarter - 1) + 1
    last = calendar.monthrange(year, first + 2)[1]
    return DateRange(date(year, first, 1), date(year, first + 2, last), "quarter")


def half_range(year: int, part: str) -> DateRange:
    """early / mid / late YEAR: Jan-Jun / Apr-Sep / Jul-Dec, half precision."""
    lo, hi = {"early": ((1, 1), (6, 30)), "mid": ((4, 1), (9, 30)), "late": ((7, 1), (12, 31))}[part]
    return DateRange(date(year, *lo), date(year, *hi), "half")


def year_range(year: int) -> DateRange:
    return DateRange(date(year, 1, 1), date(year, 12, 31), "year")


def day_range(day: date, precision: Precision = "day") -> DateRange:
    """One day ("day"), or the week starting on it ("the week of March 7, 2022")."""
    if precision == "week":
        return DateRange(day, day + timedelta(days=6), "week")
    return DateRange(day, day, "day")


def day_of_recent_month(day: int, published: date) -> DateRange | None:
    """"on the 12th": that day of P's month, or of the month before when it would fall
    after P (the Korean press dates what happened "on the 1st" this way)."""
    year, month = published.year, published.month
    if day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return day_range(date(year, month, day))
    except ValueError:
        return None


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def weekday_of_month(weekday: str, day: int, published: date) -> DateRange | None:
    """"this Wednesday (21)", "last Friday (2)" (the Brazilian press's style): the day `day` of a
    month next to P's on which that weekday falls, the nearest to P; None when none does."""
    wanted = _WEEKDAYS.index(weekday[:3].lower()) if weekday[:3].lower() in _WEEKDAYS else -1
    found: list[date] = []
    for offset in (-1, 0, 1):
        month0 = published.month - 1 + offset
        year, month = published.year + month0 // 12, month0 % 12 + 1
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == wanted:
            found.append(candidate)
    return day_range(min(found, key=lambda d: abs((d - published).days))) if found else None


def too_early(when: DateRange, published: date) -> bool:
    """The no-year rule: P's year is wrong when the range ends more than 90 days before P.

    For a single day this is exactly the CONVENTIONS rule; for a year-less month or
    part of a month ("in June", "late June") the range's end is what is compared, so a
    month that has only just ended still counts as this year's.
    """
    return when.date_to < published - NO_YEAR_WINDOW


def relative_year(word: str, published: date) -> int:
    """The year meant by "this year" / "next year" / "last year" / "the year"."""
    return published.year + {"next": 1, "last": -1}.get(word, 0)


def this_season(season: str, published: date, which: str) -> DateRange:
    """"this / next / last SEASON" against P.

    this: that season of P's year, or the next one if it ended before P.
    next: the first such season that starts after P (said in January, "next summer"
          is the coming summer). last: the latest such season that ended before P.
    """
    year = published.year
    if which == "last":
        rng = season_range(year, season)
        while rng.date_to >= published:
            year -= 1
            rng = season_range(year, season)
        return rng
    rng = season_range(year, season)
    if which == "this":
        return rng if rng.date_to >= published else season_range(year + 1, season)
    while rng.date_from <= published:
        year += 1
        rng = season_range(year, season)
    return rng


def relative_month(offset: int, published: date) -> DateRange:
    """This month (0), next month (1), last month (-1)."""
    index = published.year * 12 + published.month - 1 + offset
    return month_range(index // 12, index % 12 + 1)


def relative_week(offset: int, published: date) -> DateRange:
    """Next week (1) is the Monday after P and six more days; this week (0) is P's
    Monday-to-Sunday; last week (-1) the one before."""
    monday = published - timedelta(days=published.weekday())
    start = monday + timedelta(days=7 * offset)
    return DateRange(start, start + timedelta(days=6), "week")


def relative_quarter(offset: int, published: date) -> DateRange:
    """"this quarter" (P's calendar quarter), "next quarter", "last quarter"."""
    index = published.year * 4 + (published.month - 1) // 3 + offset
    return quarter_range(index // 4, index % 4 + 1)


def later_this(unit: str, published: date) -> DateRange:
    """"later this year" (P+1 - Dec 31, year), "later this quarter" (P+1 - quarter end),
    "later this month" (P+1 - month end)."""
    rng = year_range(published.year) if unit == "year" else relative_quarter(0, published) if unit == "quarter" \
        else relative_month(0, published)
    start = min(published + timedelta(days=1), rng.date_to)
    return DateRange(start, rng.date_to, rng.precision)


def earlier_this(unit: str, published: date) -> DateRange:
    """"earlier this year" / "earlier this quarter" / "earlier this month": from the start of the unit to P."""
    rng = year_range(published.year) if unit == "year" else relative_quarter(0, published) if unit == "quarter" \
        else relative_month(0, published)
    return DateRange(rng.date_from, published, rng.precision)


def month_without_year(month: int, published: date, which: str = "") -> DateRange:
    """A named month without a year: "in June" (no-year rule), "this June" (the same),
    "next June" (first June after P's month), "last June" (latest before P's month)."""
    year = published.year
    if which == "next":
        return month_range(year if month > published.month else year + 1, month)
    if which == "last":
        return month_range(year if month < published.month else year - 1, month)
    rng = month_range(year, month)
    return month_range(year + 1, month) if too_early(rng, published) else rng


def feast_day(name: str, eve: str, year: int) -> DateRange:
    """Christmas (Eve/Day), New Year's (Eve/Day), Halloween, Valentine's Day and US
    Thanksgiving (fourth Thursday of November) of `year`, day precision."""
    name, eve = name.lower(), eve.strip().lower()
    if name.startswith("christmas"):
        day = date(year, 12, 24 if eve == "eve" else 25)
    elif name.startswith("new"):
        day = date(year, 12, 31) if eve == "eve" else date(year, 1, 1)
    elif name == "halloween":
        day = date(year, 10, 31)
    elif name.startswith("valentine"):
        day = date(year, 2, 14)
    else:
        first = date(year, 11, 1)
        day = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    return DateRange(day, day, "day")
