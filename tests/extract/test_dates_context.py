"""Dates read with the words around them: a season that begins a name, year-less days inside a
dated span, a weekday with its day of the month in parentheses (dates.py, date_years.py, date_rules.py)."""

from __future__ import annotations

from datetime import date


def test_a_capitalized_season_that_begins_a_name_is_no_date() -> None:
    from aggregator.extract.dates import find_dates
    sentence = "VIP members finish the season before the Spring Festival holiday, which begins on February 6."
    assert [m.text for m in find_dates(sentence, date(2026, 12, 1))] == ["February 6"]
    assert [m.text for m in find_dates("It is dark for the Winter Olympics.", date(2026, 12, 1))] == []
    # A capitalized season with a year or before a lower-case word is still one.
    assert [m.text for m in find_dates("Season 2 arrives in Spring 2027.", date(2026, 12, 1))] == ["Spring 2027"]
    assert [m.text for m in find_dates("It returns this Summer on Netflix.", date(2026, 12, 1))] == ["this Summer"]


def test_yearless_days_inside_a_dated_span_take_its_year() -> None:
    from aggregator.extract.dates import find_dates

    def read(sentence: str) -> list[tuple[str, str]]:
        return [(m.text, m.when.date_from.isoformat()) for m in find_dates(sentence, date(2027, 1, 20))]
    assert read("Series two went out in the autumn of 2025, from 7 September to 12 October.") == [
        ("the autumn of 2025", "2025-09-01"), ("7 September", "2025-09-07"), ("12 October", "2025-10-12")]
    # "last August" anchors a yearless end of the same run.
    assert read("Filming started last August and wrapped on December 18.") == [
        ("last August", "2026-08-01"), ("December 18", "2026-12-18")]
    # A day outside the span is left to the page's date.
    assert read("It went out in the spring of 2025, and the new series starts on 7 September.")[-1] == (
        "7 September", "2027-09-07")


def test_a_weekday_with_its_day_of_the_month_in_parentheses() -> None:
    from aggregator.extract.dates import find_dates

    def read(sentence: str, published: str) -> list[tuple[str, str]]:
        return [(m.text, m.when.date_from.isoformat()) for m in find_dates(sentence, date.fromisoformat(published))]
    assert read("Prime Video released this Wednesday (21) the trailer.", "2027-04-22") == [
        ("this Wednesday (21)", "2027-04-21")]
    # the month before when the day lies there, the month after for one ahead: where the weekday falls
    assert read("Filming ended last Friday (2), in Goiás.", "2027-04-05") == [("last Friday (2)", "2027-04-02")]
    assert read("It premieres Monday (31).", "2027-04-22") == [("Monday (31)", "2027-05-31")]
    assert read("It premieres Tuesday (31).", "2027-04-22") == []   # no month near P has a Tuesday the 31st
