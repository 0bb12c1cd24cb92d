"""Publication dates as pages write them: ISO and compact stamps, epochs, and
human-written dates in bylines ("Posted by X on Monday, March 1, 2021")."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

import dateparser

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
                  r"\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?")
_COMPACT = re.compile(r"^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*$")
_EPOCH = re.compile(r"^\s*(\d{10})(\d{3})?\s*$")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_HUMAN_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})(?:(?:\s*(?:at|,|-|@)?\s*)\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?",
    re.IGNORECASE)
_UPDATED = re.compile(r"\b(?:updated|modified|last\s+edited)\b", re.IGNORECASE)


def _valid(value: datetime | date) -> bool:
    # Before the web, or more than a year ahead: a template default or a typo.
    return 1994 <= value.year <= datetime.now().year + 1


def parse_date(value: Any) -> datetime | date | None:
    """Parse a machine date from metadata (ISO 8601, compact, epoch, else human).

    Returns a datetime (aware when the source had an offset), a date when the
    source had no time, or None when nothing valid is there.
    """
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str) or not value.strip():
        return None
    result: datetime | date | None = None
    m = _ISO.match(value)
    try:
        if m:
            y, mo, d, hh, mi, ss, tz = m.groups()
            if hh is None:
                result = date(int(y), int(mo), int(d))
            else:
                tzinfo = None
                if tz:
                    if tz == "Z":
                        tzinfo = UTC
                    else:
                        digits = tz[1:].replace(":", "").ljust(4, "0")
                        delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]))
                        tzinfo = timezone(delta if tz[0] == "+" else -delta)
                result = datetime(int(y), int(mo), int(d), int(hh), int(mi), int(ss or 0), tzinfo=tzinfo)
        elif (m := _COMPACT.match(value)):
            y, mo, d, hh, mi, ss = m.groups()
            result = (date(int(y), int(mo), int(d)) if hh is None
                      else datetime(int(y), int(mo), int(d), int(hh), int(mi), int(ss or 0)))
        elif (m := _EPOCH.match(value)):
            result = datetime.fromtimestamp(int(m.group(1)), tz=UTC)
        else:
            result = parse_human_date(value)
    except (ValueError, OverflowError):
        return None
    return result if result is not None and _valid(result) else None


@lru_cache(maxsize=4096)
def _dateparser(text: str) -> datetime | None:
    """dateparser on one `_HUMAN_DATE` match, cached: such a match always holds a
    year, so the result does not depend on today's date, and it costs about a ms."""
    try:
        return dateparser.parse(text, languages=["en"],
                                settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "MDY"})
    except (ValueError, OverflowError, TypeError):
        return None


def parse_human_date(text: str) -> datetime | date | None:
    """A written-out date inside a short line ("Posted by X on Monday, March 1,
    2021 at 9:15 am"), via dateparser (English). "Updated ..." parts are skipped
    when the line also has another date."""
    matches = list(_HUMAN_DATE.finditer(text))
    if len(matches) > 1:
        kept = [m for m in matches if not _UPDATED.search(text[max(0, m.start() - 25):m.start()])]
        matches = kept or matches
    for m in matches:
        parsed = _dateparser(m.group(0))
        if parsed is not None and _valid(parsed):
            has_time = bool(re.search(r"\d[:.]\d{2}", m.group(0)))
            return parsed if has_time else parsed.date()
    return None


def as_utc(value: datetime | date) -> datetime:
    """`value` as an aware datetime (a date is its midnight, a naive time is read as UTC), for
    comparing a page's published and modified stamps."""
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
