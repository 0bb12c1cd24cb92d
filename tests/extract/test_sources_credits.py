"""Sources: the page's own name, broadcasters, platform-led credit lines, people named like papers."""

from __future__ import annotations

from aggregator.extract.document import Block, Document, Link, PageMeta
from aggregator.extract.sources import find_sources, sentence_attributions
from aggregator.items import OutletRef


def _names(*texts: str, own: OutletRef = OutletRef("Example Outlet", "example-outlet.com"),
           links: tuple[Link, ...] = ()) -> list[str | None]:
    blocks = [Block("paragraph", t, links if i == len(texts) - 1 else ()) for i, t in enumerate(texts)]
    doc = Document(PageMeta(url="https://example-outlet.com/some-show-season-2/"), blocks)
    return [r.name for r in find_sources(doc, own)]


def test_own_outlet_named_in_full_is_the_page_itself() -> None:
    # Matched whole: not shrunk to "The Harbor Times", another (unknown) paper.
    text = "The lead actor told The Harbor Times TV he is thrilled to be back."
    assert _names(text, own=OutletRef("The Harbor Times TV", "harbortimes.example")) == []
    assert _names(text) == ["The Harbor Times"]


def test_a_name_is_not_cut_down_to_a_publication_word() -> None:
    assert sentence_attributions("She told The Daily Lantern that filming starts soon.") == []
    refs = sentence_attributions("He told The Harbor Times Tuesday that the show is back.")
    assert [r.name for r in refs] == ["The Harbor Times"]
    refs = sentence_attributions("According to The Harbor Times' chief critic, it is back.")
    assert [r.name for r in refs] == ["The Harbor Times"]


def test_broadcaster_confirming_its_own_show_is_not_a_source() -> None:
    assert _names("The quiz show will be back for another run, the BBC has confirmed.") == []
    assert _names("A CBC spokesperson said the drama is coming back.") == []
    assert _names("BBC News reported that the drama is coming back.") == ["BBC News"]


def test_sources_line_skips_a_platform_listed_first() -> None:
    assert _names("Sources: Netflix Tudum, Variety and IndieWire") == ["Variety", "IndieWire"]
    assert _names("Sources: Hulu, Deadline") == ["Deadline"]
    assert _names("Sources: Netflix") == []


def test_person_whose_surname_is_a_publication_word() -> None:
    assert _names("Producer Mara Star has said the next season is darker.") == []
    assert _names("The Lakeside Star has said the next season is darker.") == ["The Lakeside Star"]


def test_credited_name_merges_with_its_domain_link() -> None:
    url = "https://www.rocketfeed.net/2024/05/some-show-season-2-trailer-breakdown/"
    got = _names("Via: RocketFeed", "Read the full trailer breakdown.",
                 links=(Link(url, "full trailer breakdown"),))
    assert got == ["RocketFeed"]


def test_according_to_a_described_outlet() -> None:
    names = [s.name for s in sentence_attributions("According to Korean outlet Sports Chosun, filming begins in June.")]
    assert names == ["Sports Chosun"]
    names = [s.name for s in sentence_attributions("According to the latest issue of Production Weekly, it starts soon.")]
    assert names == ["Production Weekly"]
    # A description with no outlet after it credits nobody.
    assert sentence_attributions("According to the site, the show is back in May.") == []


def test_an_outlet_alone_in_closing_parentheses_is_credited():
    from aggregator.extract.sources import sentence_attributions

    def names(text: str) -> list[str]:
        return [s.name for s in sentence_attributions(text)]

    assert names("Filming due to begin this autumn (Broadcast).") == ["Broadcast"]
    assert names("The show returns in May (Deadline and Variety).") == ["Deadline", "Variety"]
    # A platform, a person or a phrase in parentheses credits nobody.
    assert names("The show returns in May (Netflix).") == []
    assert names("It stars Jo Smith (Deadline Hollywood fan).") == []
