"""Date expressions: every row of fixtures/CONVENTIONS.md "Dates", the forms of exact
dates, the no-year rule, relative phrases, and sentences that hold no date.

Choices the conventions leave open, pinned here:
- a decade ("the 2010s", "the 1990's") is no date: too vague to be a release claim;
- "the end of June 2020" is "late June 2020"; "the start/beginning of June" is "early";
- a year-less month or part of a month ("in June", "late June") follows the no-year
  rule on the end of its range; "next June" is the first June after P's month;
- "next summer" is the first summer that starts after P (said in January: this year's);
- "March 5-7, 2022" is its first day; "later this year" on Dec 31 is that day;
- "earlier this year" is Jan 1 to P; "last year/month/week/summer" mirror "next";
- a bare month needs a preposition or this/next/last and a capital ("in June", not
  "it may return"); a lower-case "may"/"mar" is never a month;
- fixed holidays are days: "Christmas Day 2020", "on Christmas" (no-year rule);
- "early/late summer 2022" is the whole season; "Q4" or "the summer" alone is nothing ("in the
  summer", after a preposition, is the coming one).
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from aggregator.extract import dates
from aggregator.extract.dates import DateMention, find_dates, parse_date_phrase

D = date.fromisoformat


def rng(phrase: str, published: date | None = None) -> tuple[str, str, str] | None:
    when = parse_date_phrase(phrase, published)
    return None if when is None else (when.date_from.isoformat(), when.date_to.isoformat(), when.precision)


# --- CONVENTIONS "Dates": absolute phrases -----------------------------------------------------

ABSOLUTE = [
    ("23rd January 2020", "2020-01-23", "2020-01-23", "day"),
    ("January 23, 2020", "2020-01-23", "2020-01-23", "day"),
    ("3/3/2022", "2022-03-03", "2022-03-03", "day"),
    ("the week of March 7, 2022", "2022-03-07", "2022-03-13", "week"),
    ("June 2020", "2020-06-01", "2020-06-30", "month"),
    ("early June 2020", "2020-06-01", "2020-06-10", "week"),
    ("mid June 2020", "2020-06-11", "2020-06-20", "week"),
    ("mid-June 2020", "2020-06-11", "2020-06-20", "week"),
    ("late June 2020", "2020-06-21", "2020-06-30", "week"),
    ("late February 2024", "2024-02-21", "2024-02-29", "week"),
    ("the end of June 2020", "2020-06-21", "2020-06-30", "week"),
    ("spring 2022", "2022-03-01", "2022-05-31", "season"),
    ("summer 2022", "2022-06-01", "2022-08-31", "season"),
    ("fall 2022", "2022-09-01", "2022-11-30", "season"),
    ("autumn 2022", "2022-09-01", "2022-11-30", "season"),
    ("winter 2022", "2021-12-01", "2022-02-28", "season"),
    ("winter 2024", "2023-12-01", "2024-02-29", "season"),
    ("the summer of 2022", "2022-06-01", "2022-08-31", "season"),
    ("Q1 2023", "2023-01-01", "2023-03-31", "quarter"),
    ("Q2 2023", "2023-04-01", "2023-06-30", "quarter"),
    ("Q3 2023", "2023-07-01", "2023-09-30", "quarter"),
    ("Q4 2023", "2023-10-01", "2023-12-31", "quarter"),
    ("first quarter of 2023", "2023-01-01", "2023-03-31", "quarter"),
    ("the fourth quarter of 2023", "2023-10-01", "2023-12-31", "quarter"),
    ("2023 Q4", "2023-10-01", "2023-12-31", "quarter"),
    ("early 2021", "2021-01-01", "2021-06-30", "half"),
    ("start of 2021", "2021-01-01", "2021-06-30", "half"),
    ("the start of 2021", "2021-01-01", "2021-06-30", "half"),
    ("beginning of 2021", "2021-01-01", "2021-06-30", "half"),
    ("first half of 2021", "2021-01-01", "2021-06-30", "half"),
    ("mid-2021", "2021-04-01", "2021-09-30", "half"),
    ("mid 2021", "2021-04-01", "2021-09-30", "half"),
    ("middle of 2021", "2021-04-01", "2021-09-30", "half"),
    ("late 2021", "2021-07-01", "2021-12-31", "half"),
    ("end of 2021", "2021-07-01", "2021-12-31", "half"),
    ("the end of 2021", "2021-07-01", "2021-12-31", "half"),
    ("second half of 2021", "2021-07-01", "2021-12-31", "half"),
    ("2021", "2021-01-01", "2021-12-31", "year"),
    ("in 2022", "2022-01-01", "2022-12-31", "year"),
    ("holiday season 2022", "2022-11-15", "2022-12-31", "season"),
    ("the 2022 holiday season", "2022-11-15", "2022-12-31", "season"),
    ("Christmas Day 2020", "2020-12-25", "2020-12-25", "day"),
    ("Thanksgiving 2021", "2021-11-25", "2021-11-25", "day"),
]


@pytest.mark.parametrize(("phrase", "start", "end", "precision"), ABSOLUTE)
def test_conventions_absolute(phrase: str, start: str, end: str, precision: str) -> None:
    assert rng(phrase) == (start, end, precision)
    # The same with a published date, and inside a sentence.
    assert rng(phrase, D("2021-06-15")) == (start, end, precision)
    found = find_dates(f"Season 2 premieres {phrase}, Netflix said.", D("2021-06-15"))
    assert len(found) == 1
    assert (found[0].when.date_from.isoformat(), found[0].when.date_to.isoformat()) == (start, end)


# --- Forms of one exact day ---------------------------------------------------------------------

DAY_FORMS = [
    "23rd January 2020", "23 January 2020", "23 Jan 2020", "23 Jan. 2020", "23rd of January 2020",
    "the 23rd of January, 2020", "January 23, 2020", "January 23rd, 2020", "January 23 2020",
    "Jan. 23rd, 2020", "Jan 23, 2020", "JANUARY 23, 2020", "Thursday, January 23, 2020",
    "Thursday 23 January 2020", "Thu, 23 Jan 2020", "1/23/2020", "01/23/2020", "1/23/20", "2020-01-23",
    "January 23-25, 2020",
]


@pytest.mark.parametrize("phrase", DAY_FORMS)
def test_day_forms(phrase: str) -> None:
    sentence = f"The first season premiered on {phrase}."
    found = find_dates(sentence, None)
    assert [m.text for m in found] == [phrase]
    assert found[0].when.date_from == found[0].when.date_to == D("2020-01-23")
    assert found[0].when.precision == "day"


@pytest.mark.parametrize(("phrase", "day"), [
    ("Sept. 5, 2021", "2021-09-05"), ("5 Sept 2021", "2021-09-05"), ("3/4/2022", "2022-03-04"),
    ("13/3/2022", "2022-03-13"), ("December 1st, 2022", "2022-12-01"), ("2nd March 2022", "2022-03-02"),
    ("the 31st of May 2021", "2021-05-31"),
])
def test_more_days(phrase: str, day: str) -> None:
    assert rng(phrase) == (day, day, "day")


@pytest.mark.parametrize("phrase", ["February 30, 2021", "2/30/2022", "February 29, 2021"])
def test_impossible_days(phrase: str) -> None:
    assert rng(phrase) is None


def test_dateparser_settings() -> None:
    # CONVENTIONS: dateparser with English only, first day of month preferred, US order.
    assert dates._PARSER.languages == ["en"]
    assert dates._PARSER._settings.PREFER_DAY_OF_MONTH == "first"
    assert dates._PARSER._settings.DATE_ORDER == "MDY"
    dates._day.cache_clear()
    find_dates("It premiered on 23rd January 2020.", None)
    assert dates._day.cache_info().misses == 1  # the day went through dateparser


# --- Dates without a year: P's year unless more than 90 days before P --------------------------

@pytest.mark.parametrize(("phrase", "published", "expected"), [
    ("March 3rd", "2021-06-01", "2021-03-03"),   # exactly 90 days before P: this year
    ("March 2nd", "2021-06-01", "2022-03-02"),   # 91 days before: next year
    ("on June 12", "2021-06-15", "2021-06-12"),
    ("Thursday, January 23", "2020-01-10", "2020-01-23"),
    ("Thursday, January 23", "2020-12-01", "2021-01-23"),
    ("the 3rd of March", "2021-01-01", "2021-03-03"),
    ("December 25", "2021-12-30", "2021-12-25"),
    ("on Christmas", "2021-03-01", "2021-12-25"),
    ("February 29", "2022-06-01", None),         # neither 2022 nor 2023 has one
    ("February 29", "2023-06-01", "2024-02-29"),  # P's year has none: the next year
])
def test_no_year_rule(phrase: str, published: str, expected: str | None) -> None:
    assert rng(phrase, D(published)) == (None if expected is None else (expected, expected, "day"))


@pytest.mark.parametrize(("phrase", "published", "expected"), [
    ("the week of March 7", "2022-02-01", ("2022-03-07", "2022-03-13", "week")),
    ("in June", "2021-02-10", ("2021-06-01", "2021-06-30", "month")),
    ("in June", "2021-09-15", ("2021-06-01", "2021-06-30", "month")),   # ended 77 days before P
    ("in June", "2021-10-15", ("2022-06-01", "2022-06-30", "month")),   # ended 107 days before P
    ("late June", "2021-05-01", ("2021-06-21", "2021-06-30", "week")),
    ("early March", "2021-11-01", ("2022-03-01", "2022-03-10", "week")),
    ("this December", "2021-11-01", ("2021-12-01", "2021-12-31", "month")),
    ("next March", "2021-02-01", ("2021-03-01", "2021-03-31", "month")),
    ("next March", "2021-03-10", ("2022-03-01", "2022-03-31", "month")),
])
def test_year_less_ranges(phrase: str, published: str, expected: tuple[str, str, str]) -> None:
    assert rng(phrase, D(published)) == expected


# --- Relative phrases against P -----------------------------------------------------------------

RELATIVE = [
    # P in mid-year
    ("this year", "2021-06-15", "2021-01-01", "2021-12-31", "year"),
    ("later this year", "2021-06-15", "2021-06-16", "2021-12-31", "year"),
    ("earlier this year", "2021-06-15", "2021-01-01", "2021-06-15", "year"),
    ("next year", "2021-06-15", "2022-01-01", "2022-12-31", "year"),
    ("last year", "2021-06-15", "2020-01-01", "2020-12-31", "year"),
    ("early next year", "2021-06-15", "2022-01-01", "2022-06-30", "half"),
    ("late next year", "2021-06-15", "2022-07-01", "2022-12-31", "half"),
    ("the end of the year", "2021-06-15", "2021-07-01", "2021-12-31", "half"),
    ("the first half of next year", "2021-06-15", "2022-01-01", "2022-06-30", "half"),
    ("Q4 of this year", "2021-06-15", "2021-10-01", "2021-12-31", "quarter"),
    ("this quarter", "2021-05-08", "2021-04-01", "2021-06-30", "quarter"),
    ("later this quarter", "2021-05-08", "2021-05-09", "2021-06-30", "quarter"),
    ("next quarter", "2021-11-08", "2022-01-01", "2022-03-31", "quarter"),    # across the year's end
    ("last quarter", "2021-02-08", "2020-10-01", "2020-12-31", "quarter"),
    ("year-end", "2021-05-08", "2021-05-09", "2021-12-31", "year"),
    ("February of last year", "2021-06-15", "2020-02-01", "2020-02-29", "month"),
    ("this month", "2021-06-15", "2021-06-01", "2021-06-30", "month"),
    ("next month", "2021-06-15", "2021-07-01", "2021-07-31", "month"),
    ("later this month", "2021-06-15", "2021-06-16", "2021-06-30", "month"),
    ("next week", "2021-06-15", "2021-06-21", "2021-06-27", "week"),
    ("next week", "2021-06-14", "2021-06-21", "2021-06-27", "week"),   # P a Monday
    ("next week", "2021-06-20", "2021-06-21", "2021-06-27", "week"),   # P a Sunday
    ("this week", "2021-06-16", "2021-06-14", "2021-06-20", "week"),
    ("this spring", "2021-06-15", "2022-03-01", "2022-05-31", "season"),  # ended before P
    ("this summer", "2021-06-15", "2021-06-01", "2021-08-31", "season"),
    ("this fall", "2021-06-15", "2021-09-01", "2021-11-30", "season"),
    ("this autumn", "2021-06-15", "2021-09-01", "2021-11-30", "season"),
    ("this winter", "2021-06-15", "2021-12-01", "2022-02-28", "season"),
    ("this coming fall", "2021-06-15", "2021-09-01", "2021-11-30", "season"),
    ("next summer", "2021-06-15", "2022-06-01", "2022-08-31", "season"),
    ("next summer", "2021-01-15", "2021-06-01", "2021-08-31", "season"),
    ("last summer", "2021-06-15", "2020-06-01", "2020-08-31", "season"),
    ("this holiday season", "2021-06-15", "2021-11-15", "2021-12-31", "season"),
    # P in December: "next" crosses into the next year
    ("this year", "2021-12-20", "2021-01-01", "2021-12-31", "year"),
    ("next year", "2021-12-20", "2022-01-01", "2022-12-31", "year"),
    ("early next year", "2021-12-20", "2022-01-01", "2022-06-30", "half"),
    ("next month", "2021-12-20", "2022-01-01", "2022-01-31", "month"),
    ("next week", "2021-12-30", "2022-01-03", "2022-01-09", "week"),
    ("this fall", "2021-12-20", "2022-09-01", "2022-11-30", "season"),
    ("this winter", "2021-12-20", "2021-12-01", "2022-02-28", "season"),
    ("this summer", "2021-12-20", "2022-06-01", "2022-08-31", "season"),
    ("later this year", "2021-12-31", "2021-12-31", "2021-12-31", "year"),
    # P in January: this winter is the one under way
    ("this winter", "2022-01-10", "2021-12-01", "2022-02-28", "season"),
    ("next winter", "2022-01-10", "2022-12-01", "2023-02-28", "season"),
    ("this month", "2024-02-10", "2024-02-01", "2024-02-29", "month"),
    # A day or month with a named relative year is that day or month of that year,
    # whatever the no-year rule would say.
    ("2nd of February this year", "2025-10-20", "2025-02-02", "2025-02-02", "day"),
    ("March 3 next year", "2025-10-20", "2026-03-03", "2026-03-03", "day"),
    ("May this year", "2025-10-20", "2025-05-01", "2025-05-31", "month"),
    ("in May this year", "2025-10-20", "2025-05-01", "2025-05-31", "month"),
    ("in June last year", "2025-10-20", "2024-06-01", "2024-06-30", "month"),
]


@pytest.mark.parametrize(("phrase", "published", "start", "end", "precision"), RELATIVE)
def test_relative(phrase: str, published: str, start: str, end: str, precision: str) -> None:
    assert rng(phrase, D(published)) == (start, end, precision)


@pytest.mark.parametrize("phrase", [
    "this year", "later this year", "next year", "early next year", "the end of the year", "this month",
    "next month", "next week", "this summer", "next fall", "March 3rd", "Thursday, January 23", "in June",
    "late June", "the week of March 7", "on Christmas", "Q4 of this year", "this December",
    "2nd of February this year", "in May next year",
])
def test_relative_without_published_gives_nothing(phrase: str) -> None:
    assert rng(phrase) is None
    assert find_dates(f"Season 2 will premiere {phrase}.", None) == []


# --- Longest match, order, offsets --------------------------------------------------------------

def test_longest_match_and_order() -> None:
    sentence = ("It debuted in January 2020, premiered on 23rd January 2020, filming starts early June 2020, "
                "the trailer came the week of March 7, 2022 and season 3 lands early next year.")
    found = find_dates(sentence, D("2022-03-01"))
    assert [m.text for m in found] == [
        "January 2020", "23rd January 2020", "early June 2020", "the week of March 7, 2022", "early next year"]
    for m in found:
        assert sentence[m.start:m.end] == m.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert isinstance(found[0], DateMention)


def test_bare_month_span_excludes_preposition() -> None:
    sentence = "Filming begins in June and wraps by December."
    found = find_dates(sentence, D("2021-02-01"))
    assert [m.text for m in found] == ["June", "December"]
    assert sentence[found[0].start:found[0].end] == "June"


# --- Not dates ----------------------------------------------------------------------------------

NOT_DATES = [
    "It may return for another run.",
    "Fans may 10x the hype.",
    "Season 2 is coming.",
    "Episode 10 is the finale.",
    "The show is set in the 24th century.",
    "The show is set in the 24th, 18 years after the events of Star Trek: Nemesis.",
    "With an IMDb rating of 7.6/10 and the Tomatometer at 87%, the show has been a smash hit.",
    "More than 2,021 fans signed the petition.",
    "Over 2021 fans signed the petition.",
    "It airs at 10 p.m. on Sundays.",
    "S2 picks up where S02E10 left off.",
    "The best shows of the 2010s.",
    "A return to the 1990's.",
    "It streams 24/7 in 1080p and 4K.",
    "Blade Runner 2049 is a film.",
    "The march 5 miles long.",
    "Nothing will mar the finale.",
    "The fall of Rome is the theme; they spring into action.",
    "This season and next season are both great.",
    "It is coming soon, in the coming weeks, sometime.",
    "The show was directed by May Calamawy and stars June Squibb.",
    "They filmed a Christmas special.",
    "The 2022-23 season of the league.",
    "Season 2021 of the show.",
    "The budget was $2020 million.",
    "They have been dating for the last year and will tour over the next month.",
    "Q4 earnings beat expectations.",
    "The show picks up nearly 20 years after the events of Star Trek Nemesis.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_dates(sentence: str) -> None:
    assert find_dates(sentence, D("2021-06-15")) == []


@pytest.mark.parametrize(("sentence", "texts"), [
    ("In May 2021, it may return.", ["May 2021"]),
    ("Season 2 March 2022 premiere.", ["March 2022"]),
    ("It was 2021's biggest show and is back no later than 2022.", ["2021", "2022"]),
    ("From 2019 to 2022 it ran; in 2020 it paused.", ["2019", "2022", "2020"]),
    ("It premieres in May.", ["May"]),
    ("It returns on 23rd July. Then on Jan. 5.", ["23rd July", "Jan. 5"]),
    ("Last year it slipped to next year.", ["Last year", "next year"]),
])
def test_near_misses(sentence: str, texts: list[str]) -> None:
    assert [m.text for m in find_dates(sentence, D("2021-06-15"))] == texts


def test_parse_date_phrase_only_whole_phrases() -> None:
    assert rng("2022-03-03T20:00:00Z") == ("2022-03-03", "2022-03-03", "day")
    assert rng("Thu, 23 Jan 2020 10:00:00 +0000") == ("2020-01-23", "2020-01-23", "day")
    assert rng("on 20 January 2020 at 9 p.m. ET") == ("2020-01-20", "2020-01-20", "day")
    assert rng("Jan 23 2020 and then some") is None
    assert rng("June 2020 or July 2020") is None
    assert rng("soon") is None
    assert rng("") is None


# --- The seed page ------------------------------------------------------------------------------

SEED_PARAGRAPHS = [
    "Star Trek Picard Season 2: Release Date, Cast, Plot, And More Updates!",
    ("Ever since it was launched, Amazon has brought several shows at our disposal. These include the "
    "likes of Bosch, Inside Edge, Star Trek Discovery, and so on. Created by Akiva Goldsman, Michael "
    "Chabon, Kirsten Beyer, and Alex Kurtzman, Star Trek Picard debuted on  CBS in January 2020. Since "
    "then, the American web TV show is one of the most loved shows of all time."),
    ("The show is set in the 24th, 18 years after the events of Star Trek: Nemesis. As the name suggests, "
    "the show follows the journey of retired admiral Jean Luc Picard. After losing Commander Data and the "
    "Romulus destroyed, Picard hasn’t had the easiest of times. The show follows Picard as he steps into "
    "the next chapter of his life."),
    ("With an IMDb rating of 7.6/10 and the Tomatometer at 87%, the show has been a smash hit. After the "
    "first season, the fans are eagerly waiting for season 2."),
    ("The first season premiered on 23rd January 2020. Production of the second season was scheduled to "
    "start in June 2020. However, the pandemic has brought every major production to a halt. There has "
    "been NO official announcement regarding the release date for Season 2. Judging by the current "
    "situation, Season 2 is likely to release at the start of 2021."),
    "Source: Rolling Stone",
    ("The show picks up nearly 20 years after the events of Star Trek Nemesis. Jean Luc Picard lost his "
    "friend and Commander Data during the destruction of Romulus. Since then, Picard has been living out "
    "his twilight years anticipating supernatural activities as they come."),
    ("At the end of Season 1, Picard is transferred into a brand new plastic body. Therefore, it will be "
    "interesting to see how he manages to sustain his new life condition. According to co-creator "
    "Michael Chabon, season 2 will have more focus on fleshing out its characters."),
    ("With no major exits in the previous, a majority of the cast is expected to reprise their roles in "
    "season 2. This is how we expect the cast to be for season 2"),
    "Patrick Stewart as Picard", "Whoopi Goldberg as Guinan", "Source: Forbes",
    "Leave a Reply", "Your email address will not be published.",
]
SEED_EXPECTED = [
    ("January 2020", "2020-01-01", "2020-01-31", "month"),
    ("23rd January 2020", "2020-01-23", "2020-01-23", "day"),
    ("June 2020", "2020-06-01", "2020-06-30", "month"),
    ("the start of 2021", "2021-01-01", "2021-06-30", "half"),
]


@pytest.mark.parametrize("published", [None, D("2020-06-01"), D("2020-09-15")])
def test_seed_page(published: date | None) -> None:
    got = [(m.text, m.when.date_from.isoformat(), m.when.date_to.isoformat(), m.when.precision)
           for paragraph in SEED_PARAGRAPHS for m in find_dates(paragraph, published)]
    assert got == SEED_EXPECTED


# --- An outlet's country ---------------------------------------------------------------------------

def test_southern_outlets_name_the_opposite_seasons() -> None:
    from aggregator.extract.locale import date_locale

    au = date_locale("squareeyes.com.au")
    assert au.southern and au.day_first
    assert not date_locale("variety.com").southern and not date_locale("variety.com").day_first
    assert date_locale("bbc.co.uk").day_first and not date_locale("bbc.co.uk").southern

    def when(text: str, published: str, **kw) -> list[tuple[str, str]]:
        return [(m.when.date_from.isoformat(), m.when.date_to.isoformat()) for m in find_dates(text, D(published), **kw)]

    assert when("back as early as winter 2027", "2026-08-12", southern=True) == [("2027-06-01", "2027-08-31")]
    assert when("promised it this summer", "2026-09-01", southern=True) == [("2026-12-01", "2027-02-28")]
    assert when("promised it this summer", "2026-09-01") == [("2027-06-01", "2027-08-31")]
    assert when("premieres Wednesday 2/6/2027", "2026-09-21", day_first=True) == [("2027-06-02", "2027-06-02")]


def test_that_month_takes_the_year_written_before_it() -> None:
    def when(text: str) -> list[str]:
        return [m.when.date_from.isoformat() for m in find_dates(text, D("2026-03-01"))]

    assert when("It debuted in August 2024 and was renewed that October.") == ["2024-08-01", "2024-10-01"]
    assert when("That October date was a guess.") == []
    assert when("It was renewed in October.") == ["2026-10-01"]


def test_dotted_dates_are_day_first_unless_the_year_leads() -> None:
    def days(text: str) -> list[str]:
        return [m.when.date_from.isoformat() for m in find_dates(text, D("2026-03-01"))]

    assert days("Netflix releases it worldwide on 02.04.2026.") == ["2026-04-02"]
    assert days("Staffel 2 had premiered on 14.11.2024.") == ["2024-11-14"]
    assert days("The 2025.04.18 broadcast") == ["2025-04-18"]
    # Prices and version numbers are no dates.
    assert days("It costs 3.50 and 12.5 percent more.") == []


@pytest.mark.parametrize(("sentence", "start", "end", "precision"), [
    ("The new season drops in just three weeks.", "2021-07-06", "2021-07-12", "week"),
    ("Season 2 will be back in two months' time.", "2021-08-01", "2021-08-31", "month"),
    ("It arrives in a month.", "2021-07-01", "2021-07-31", "month"),
])
def test_weeks_or_months_from_the_published_date(sentence: str, start: str, end: str, precision: str) -> None:
    (mention,) = find_dates(sentence, D("2021-06-15"))
    assert (mention.when.date_from.isoformat(), mention.when.date_to.isoformat(), mention.when.precision) == \
        (start, end, precision)


@pytest.mark.parametrize("sentence", [
    "Filming wrapped in six weeks.",                      # a duration, no release verb
    "Season 2 drops in two months of prep time.",        # a span of work, not a date
    "It premiered in two weeks of chaos, three weeks ago.",
])
def test_a_span_of_weeks_without_a_coming_release_is_no_date(sentence: str) -> None:
    assert find_dates(sentence, D("2021-06-15")) == []


def test_a_range_gives_its_year_to_a_yearless_first_end_without_a_published_date() -> None:
    found = find_dates("Season 3 aired from September 10 to November 26, 2025.", None)
    assert [m.when.date_from.isoformat() for m in found] == ["2025-09-10", "2025-11-26"]
    found = find_dates("It ran from December 10 to January 26, 2026.", None)
    assert [m.when.date_from.isoformat() for m in found] == ["2025-12-10", "2026-01-26"]
    assert find_dates("It aired on May 3.", None) == []


@pytest.mark.parametrize(("sentence", "second"), [
    ("The first season premiered on July 17, 2023, and ended on August 21.", "2023-08-21"),
    ("The show premiered on Oct. 30, 2022 and wrapped its run on Jan. 8.", "2023-01-08"),
    ("Netflix renewed it on April 27, 2023, just a week after it debuted on April 20.", "2023-04-20"),
    ("Filming began in September 2022 and wrapped on March 20.", "2023-03-20"),
    # A future verb between: the published date decides.
    ("Season 1 premiered on March 3, 2023, and season 2 arrives on May 9.", "2024-05-09"),
])
def test_a_past_days_year_follows_the_date_before_it(sentence: str, second: str) -> None:
    found = find_dates(sentence, D("2024-03-01"))
    assert found[-1].when.date_from.isoformat() == second


def test_the_intervening_night_of_two_days_is_the_second() -> None:
    # Indian OTT press: a midnight drop "on the intervening night of 7th and 8th May" falls on the 8th.
    found = find_dates("It streams at midnight on the intervening night of 7th and 8th May.", date(2026, 4, 6))
    assert [(m.text, m.when.date_from) for m in found] == [("7th and 8th May", date(2026, 5, 8))]
    # Any other span of days is its first day.
    assert find_dates("It streams on 7th and 8th May.", date(2026, 4, 6))[0].when.date_from == date(2026, 5, 7)


def test_a_translated_pages_of_before_the_year_and_the_before_a_year() -> None:
    found = find_dates("The season 2 is ended on 17 of August of 2025, and it should arrive in the beginning of "
                       "the 2027.", date(2026, 4, 22))
    assert [(m.text, m.when.date_from, m.when.precision) for m in found] == [
        ("17 of August of 2025", date(2025, 8, 17), "day"), ("the beginning of the 2027", date(2027, 1, 1), "half")]


def test_a_month_span_on_a_page_with_no_date_shares_its_year():
    found = find_dates("Filming took place from January to September 2026.", None)
    assert [(m.text, m.when.date_from.isoformat(), m.when.precision) for m in found] == [
        ("January", "2026-01-01", "month"), ("September 2026", "2026-09-01", "month")]


def test_scan_by_first_char_finds_what_the_scan_finds() -> None:
    """date_patterns.BY_FIRST_CHAR, keyed by a start's lower-cased ASCII character, gives the
    full scan's match there (kind and span), and its filter passes wherever the scan matches."""
    from aggregator.extract import date_patterns
    from tests.extract.test_triggers import _texts
    checked = 0
    for text in (*_texts(), "On the 12th, Thursday (21) and Q3 2026; in two weeks, a May premiere, 3/4/2025."):
        if not text.isascii():
            continue
        low = text.lower()
        for start in range(len(text)):
            match = date_patterns.SCAN.match(text, start)
            scans = date_patterns.BY_FIRST_CHAR.get(low[start])
            if scans is None:
                assert match is None, (text, start)
                continue
            if match is not None:
                checked += 1
                assert scans[0].match(low, start), (text, start)
            found = scans[1].match(text, start)
            assert (found and (found.lastgroup, found.span())) == (match and (match.lastgroup, match.span())), (text, start)
    assert checked > 500
