"""What date phrases look like: the pattern of each kind of phrase, the one scan that
tries them all, and the anchors and phrase starts that say where to try it (`dates`
resolves what the scan finds).
"""

from __future__ import annotations

import re

from aggregator.extract.triggers import first_char_gate, first_chars

# --- Pattern fragments -------------------------------------------------------------------------
# Fragments use named groups; the scanning regex drops the names (a name may occur once per
# pattern) and each kind's own regex, run on the matched text only, recovers the parts.

_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
# Only an abbreviation takes its period: "on 23rd July." ends before the full stop.
_MON = (r"(?P<mon>(?:january|february|march|april|may|june|july|august|september|october|november|"
        r"december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?:\.|\b))")
# A day number is not a time ("10 p.m."), a percentage, a decimal or "24th century".
_DAY_END = r"(?!\d|:\d|%|\.\d|\s*(?:[ap]\.?m\b|centur))"
_DAY = rf"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b{_DAY_END}"
_DAY2 = rf"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b{_DAY_END}"
# "March 5-7, 2022": the range's first day stands for it, and the year still applies.
_DAY_SPAN = rf"(?:\s*(?:-|–|—|to|through|and|&)\s*(?P<day2>{_DAY2}))?"
# A four-digit year that is not a decade ("1990s"), a range ("2021-22"), or part of a number.
_Y4 = r"(?P<year>1[89]\d\d|20\d\d)(?![\d%]|[.,/-]\d|s\b)"
_YEAR_WORDS = r"(?P<rel>this|next|the)(?:\s+coming)?\s+year"
_YR = rf"(?:{_Y4}|{_YEAR_WORDS})"
# "on 2nd of February this year", "in May next year": a named year after a day or month.
_Y4_OR_REL = rf"(?:{_Y4}|(?:of\s+)?(?P<rel>this|next|last)\s+year\b)"
_SEASON = r"(?P<season>spring|summer|fall|autumn|winter|holiday\s+season|holidays)"
_MONTH_PART = (r"(?P<part>early|mid|late|(?:the\s+)?(?:start|beginning|middle|end)\s+of)"
               r"(?:\s*-\s*|\s+)(?:the\s+month\s+of\s+)?")
_YEAR_PART = (
    r"(?P<part>(?:the\s+)?(?:early|late|latter|later)\s+part\s+of|early|late|mid|"
    r"(?:the\s+)?(?:start|beginning|middle|end|tail\s+end|close)\s+of|"
    r"(?:the\s+)?(?:first|second|latter|back|last)\s+half\s+of|h[12](?:\s+of)?)(?:\s*-\s*|\s+)"
)
_FULL_MONTHS = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"

_KINDS: dict[str, str] = {
    # Exact days, longest forms first.
    "week": rf"the\s+week\s+of\s+{_WEEKDAY}?(?:{_MON}\s*{_DAY}|(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON})"
            rf"(?:,?\s*{_Y4})?",
    "mdy": rf"{_WEEKDAY}?{_MON}\s*{_DAY}{_DAY_SPAN},?\s*{_Y4_OR_REL}",
    # ("the 28 of January of 2026": a translated page's "of" before the year too)
    "dmy": rf"{_WEEKDAY}?(?:the\s+)?{_DAY}{_DAY_SPAN}\s+(?:of\s+)?{_MON},?\s*(?:of\s+(?=\d))?{_Y4_OR_REL}",
    # "3/3/2022", ISO "2022-03-03", the Korean press's "2022.03.03" and the German "02.04.2026"
    "num": r"(?<![\d/.])(?P<num>\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|(?:19|20)\d\d-[01]\d-[0-3]\d|"
           r"(?:19|20)\d\d\.[01]?\d\.[0-3]?\d|[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)(?![\d/]|\.\d)",
    "md": rf"{_WEEKDAY}?{_MON}\s*{_DAY}{_DAY_SPAN}",
    "dm": rf"{_WEEKDAY}?(?:the\s+)?{_DAY}{_DAY_SPAN}\s+(?:of\s+)?{_MON}",
    # "this Wednesday (21)", "last Friday (2)": a weekday with its day of the month (the Brazilian
    # press's style; date_rules.weekday_of_month)
    "wday": r"(?:(?:this|last|next|on)\s+)?(?P<wd>mon|tues|wednes|thurs|fri|satur|sun)day\s*\((?P<wdn>[0-3]?\d)\)",
    # "on the 12th": a day of the month the page was published in (the Korean press's style)
    "bday": rf"on\s+the\s+(?P<bd>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_MON})"
            r"(?!\s+(?:episode|season|anniversary|floor|day|time|century|place|installment|edition|of)\b)",
    # Months and parts of months.
    "pmonth": rf"{_MONTH_PART}{_MON}(?:,?\s*(?:of\s+)?{_Y4})?",
    "my": rf"{_MON},?\s*(?:of\s+)?{_Y4_OR_REL}",
    # Quarters, seasons, parts of years.
    "quarter": rf"(?:the\s+)?(?:q(?P<qn>[1-4])|(?P<qw>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
               rf"\s+quarter)(?:\s+of|\s+in|,)?\s*{_YR}|{_Y4}\s+q(?P<qn>[1-4])\b",
    "season": rf"(?:(?:early|mid|late)[\s-]+)?(?:the\s+)?(?:{_SEASON}(?:\s+of)?\s+{_Y4}|{_Y4}\s+{_SEASON})",
    "later": r"(?P<lw>later|earlier)\s+this\s+(?P<unit>year|month|quarter)|(?:the\s+)?(?P<ye>year[- ]end)\b",
    "hyear": rf"{_YEAR_PART}(?:the\s+(?=\d))?{_YR}",
    "rel": r"(?P<which>this|next|last)(?:\s+coming)?\s+(?P<unit>year|month|week|quarter)",
    # "the new season drops in just three weeks": weeks or months from P (`dates._plausible`
    # wants a release verb before it: "filmed in six weeks" is a duration)
    "inspan": r"in\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+|another\s+)?(?P<n>[1-9]|1[0-2]|an?|one|two|three|"
              r"four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>weeks?|months?)\b(?:['’]\s+time\b)?"
              r"(?!\s+(?:ago|later|after|before|earlier|of|from|since)\b)",
    "rseason": rf"(?P<which>this|next|last)(?:\s+coming)?\s+{_SEASON}",
    # "will return for a second series in the autumn": a bare season is the coming one
    "bseason": rf"(?:in|by|until|till|before|around|during)\s+(?:the\s+)?{_SEASON}(?![\s-]+(?:of\s+)?\d)",
    # "eyeing a summer launch", "a fall premiere": a season the event noun after it dates (the coming one)
    # (`dates._plausible` wants the event noun after it)
    "aseason": r"an?\s+(?P<season>spring|summer|fall|autumn|winter)\b",
    # A named month without a year, only after words that make it a date ("it may return").
    "bmonth": rf"(?:(?P<which>this|next|last)(?:\s+coming)?|in|by|until|till|from|since|during|before|between|"
              # "has since been moved up to April", "pushed back to March"
              rf"(?:moved|pushed|delayed|bumped|shifted|postponed|brought)\s+(?:(?:up|back|forward)\s+)?to|"
              rf"after|through|around|for|as\s+(?:soon|early|late)\s+as|"
              # "renewed that October": the year comes from the sentence (date_years.that_year)
              rf"that|"
              # "a February premiere", "an April release date": the month names the event's date
              # (`_plausible` checks the noun after it)
              rf"(?P<art>an?))\s+(?P<bm>{_FULL_MONTHS})\b(?:\s+(?:of\s+)?(?P<rel>this|next|last)\s+year\b)?"
              r"(?![ \t]*,?[ \t]*\d)(?!\s+of\s+\d)"
              # "directed by May Calamawy", "from June Squibb": a name, not a month.
              r"(?!\s+(?-i:[A-Z][a-z]))",
    # Fixed-date holidays, beyond the CONVENTIONS tables: "on Christmas Day 2020".
    "feast": rf"(?:(?:on|by|around|for)\s+)?(?P<feast>christmas|new\s+year'?s|halloween|valentine'?s|thanksgiving)"
             rf"(?P<eve>\s+(?:eve|day))?(?:,?\s+{_Y4})?",
    "year": r"(?<![\w$#£€/.,:-])(?P<year>199\d|20[0-3]\d)(?![\w%/]|[.,:-]\d)",
}


def _dedupe_names(pattern: str) -> str:
    """A kind's pattern may use one group name in two alternatives ("summer 2022" / "the
    2022 holiday season"); `re` forbids that, so repeats become name__1, name__2."""
    seen: dict[str, int] = {}

    def rename(m: re.Match[str]) -> str:
        name = m.group(1)
        seen[name] = seen.get(name, 0) + 1
        return f"(?P<{name}>" if seen[name] == 1 else f"(?P<{name}__{seen[name] - 1}>"

    return re.sub(r"\(\?P<(\w+)>", rename, pattern)


def _scan_source(kinds: list[str]) -> str:
    """The scan over `kinds`, in table order, each alternative named by its kind."""
    return r"(?<!\w)(?:" + "|".join(f"(?P<{k}>{re.sub(r'[(][?]P<[a-z0-9_]+>', '(?:', _KINDS[k])})"
                                    for k in kinds) + ")"


SCAN = re.compile(_scan_source(list(_KINDS)), re.IGNORECASE)
PARTS = {k: re.compile(_dedupe_names(p), re.IGNORECASE) for k, p in _KINDS.items()}


def _scan_filter(pattern: str) -> re.Pattern[str]:
    """A case-sensitive pattern for lower-cased ASCII text that matches wherever `pattern`
    (case-insensitive) matches, and cheaply: its two case-sensitive parts, the capitalised
    month of "in June" and the look-ahead that a name does not follow, are read caselessly
    and dropped. A start where it fails is no start of a date; most starts fail."""
    months = "(?-i:" + _FULL_MONTHS[len("(?-i:"):]
    no_name = r"(?!\s+(?-i:[A-Z][a-z]))"
    if pattern.count(months) > 1 or pattern.count(no_name) != pattern.count(months) \
            or pattern.count("(?-i:") != 2 * pattern.count(months):
        raise ValueError("date_patterns: the scan's case-sensitive parts changed; update _scan_filter")
    loose = pattern.replace(months, "(?:" + months[len("(?-i:"):].lower()).replace(no_name, "")
    if re.search(r"[A-Z]", re.sub(r"\\.|\(\?P<\w+>", "", loose)):
        raise ValueError("date_patterns: upper-case letters in the scan filter")
    return re.compile(loose)


SCAN_FILTER = _scan_filter(SCAN.pattern)


def _by_first_char() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """For each lower-case ASCII character a phrase can start with, (SCAN_FILTER, SCAN) over the
    kinds that can start with it, in table order: the same matches at a start with that character
    (a kind that cannot start there cannot match there), from a few kinds instead of all of them."""
    firsts = {kind: first_chars(_dedupe_names(pattern), re.IGNORECASE) for kind, pattern in _KINDS.items()}
    chars = {ch for found in firsts.values() if found for ch in found if ch.isascii() and not ch.isupper()}
    table: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}
    built: dict[tuple[str, ...], tuple[re.Pattern[str], re.Pattern[str]]] = {}
    for ch in sorted(chars):
        kinds = tuple(kind for kind, found in firsts.items() if found is None or ch in found)
        if kinds not in built:
            source = _scan_source(list(kinds))
            built[kinds] = (_scan_filter(source), re.compile(source, re.IGNORECASE))
        table[ch] = built[kinds]
    return table


# Speed: SCAN_FILTER tries all twenty kinds at every start (most starts fail); the start's
# first character rules out most of them ("on" can only open a weekday, a day or a feast).
BY_FIRST_CHAR = _by_first_char()

# Speed: trying the full regex at every word start costs ~2 us a word, too slow for
# every sentence of every page. Every kind contains an *anchor* (a digit, a month name,
# a season word, "year"/"month"/"week"/"quarter", Q1-Q4), and no kind starts more than
# LOOKBACK characters before its anchor ("the beginning of the month of June"), so the
# full regex is only tried at the few words that can start a phrase near an anchor.
# Both scans open with a look-behind or \b: gated on their first letters (triggers.first_char_gate).
ANCHOR = first_char_gate(
    r"\dqjfmasondhywctv",
    r"(?<![\w.,/])\d|\b(?:q[1-4]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|"
    r"autumn|winter|holidays?|year|months?|weeks?|quarter|christmas|new\s+year'?s|halloween|valentine'?s|"
    r"thanksgiving)\b", re.IGNORECASE)
STARTER = first_char_gate(
    r"\dtemlsbcfhniudaowp",
    r"(?<!\w)(?:\d|the|early|mid|late|latter|later|earlier|start|beginning|middle|end|tail|close|"
    r"moved|pushed|delayed|bumped|shifted|postponed|brought|"
    r"first|second|third|fourth|final|last|back|h[12]|this|that|next|in|by|until|till|from|since|during|between|"
    r"before|after|through|around|for|on|as|an?\b|mon|tue|wed|thu|fri|sat|sun)", re.IGNORECASE)
LOOKBACK = 40
# The same scans, case-sensitive, for ASCII text lower-cased: re.IGNORECASE compares
# character by character through case tables, a plain scan does not (on ASCII text,
# which is most sentences, the matches are the same).
ANCHOR_LOWER = re.compile(ANCHOR.pattern)
STARTER_LOWER = re.compile(STARTER.pattern)
