from aggregator.extract.articlebody import filter_blocks
from aggregator.extract.document import Block

PARAS = [
    "Netflix finally put a year on it: the fourth season is coming in 2022 after a long wait for fans.",
    "Filming on the fourth season began in Atlanta in February 2020, and the pandemic shut it down in March.",
    "Millie Bobby Brown returns as Eleven, and Winona Ryder is back as Joyce Byers in the new episodes.",
    "The Duffer brothers say the new season is the scariest yet, with a villain drawn from classic horror.",
]
BODY = " ".join(PARAS)


def blocks() -> list[Block]:
    return [
        Block("paragraph", "Sign up for the daily newsletter"),
        Block("paragraph", PARAS[0]),
        Block("heading", "Why has it taken so long?", level=2),
        Block("paragraph", PARAS[1]),
        Block("paragraph", PARAS[2]),
        Block("paragraph", "Source: Collider"),
        Block("paragraph", PARAS[3]),
        Block("paragraph", "Trending"),
        Block("paragraph", "The Witcher Season 2 finally has a premiere date of December 17, 2021."),
    ]


def test_rails_outside_article_body_are_dropped_headings_and_credits_kept():
    kept = [b.text for b in filter_blocks(blocks(), [{"@type": "NewsArticle", "articleBody": BODY}])]
    assert kept == [PARAS[0], "Why has it taken so long?", PARAS[1], PARAS[2], "Source: Collider", PARAS[3]]


def test_no_or_short_or_unmatched_article_body_changes_nothing():
    assert filter_blocks(blocks(), []) == blocks()
    assert filter_blocks(blocks(), [{"articleBody": "A teaser."}]) == blocks()
    other = "An entirely different story about a film festival in Venice. " * 10
    assert filter_blocks(blocks(), [{"articleBody": other}]) == blocks()
