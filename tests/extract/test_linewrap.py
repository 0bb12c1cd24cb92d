"""Printed columns laid out line by line are joined back into paragraphs (extract/linewrap.py)."""

from __future__ import annotations

from aggregator.extract.document import Block
from aggregator.extract.linewrap import join_wrapped_lines


def P(text: str) -> Block:
    return Block("paragraph", text)


def test_a_wrapped_column_is_one_paragraph() -> None:
    lines = [P('"Fenwick Hall," the Masterpiece'), P("period drama that quietly became"),
             P("public television's most-watched"), P("Sunday show last winter, will pre-"),
             P("miere its second season on PBS on"), P("Sunday, April 19, the network"),
             P("announced Thursday."), P("The first season drew 4.1 million viewers.")]
    out = join_wrapped_lines(lines)
    assert [b.text for b in out] == [
        '"Fenwick Hall," the Masterpiece period drama that quietly became public television\'s most-watched '
        "Sunday show last winter, will pre- miere its second season on PBS on Sunday, April 19, the network "
        "announced Thursday.", "The first season drew 4.1 million viewers."]


def test_web_chrome_and_short_paragraphs_stay_apart() -> None:
    chrome = [P("Read the full report. Share this story: Facebook"), P("House of the DragonHBOGame of Thrones"),
              P("Never miss a premiere"), P("Release dates, trailers and verdicts in your inbox")]
    assert join_wrapped_lines(chrome) == chrome
    counters = [P("0:00 / 6:58"), P("ScreenScoop"), P("1.2M subscribers"), P("402,117 views Feb 27, 2026")]
    assert join_wrapped_lines(counters) == counters
    three = [P("A short line that runs"), P("on into another one that"), P("ends here.")]
    assert join_wrapped_lines(three) == three
