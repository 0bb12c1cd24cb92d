"""Sources a page credits: credit lines, in-sentence attributions, links (CONVENTIONS "Sources")."""

from __future__ import annotations

import pytest

from aggregator.extract.document import Block, Document, Link, PageMeta
from aggregator.extract.sources import (
    credit_line_sources,
    find_sources,
    is_article_url,
    is_credit_line,
    section_credits,
    sentence_attributions,
)
from aggregator.items import OutletRef, SourceRef


def names(refs: list[SourceRef]) -> list[str | None]:
    return [r.name for r in refs]


def P(text: str, *links: Link) -> Block:
    return Block("paragraph", text, tuple(links))


def H(text: str) -> Block:
    return Block("heading", text, level=2)


def Item(text: str) -> Block:
    return Block("item", text)


# --- sentence attributions ----------------------------------------------------------


@pytest.mark.parametrize("sentence,expected", [
    ("According to Deadline, season 2 premieres in May.", ["Deadline"]),
    ("Netflix confirmed the news to Entertainment Weekly.", ["Entertainment Weekly"]),
    ("Thanks to What's on Netflix for the heads-up.", ["What's on Netflix"]),
    ("Thanks to its success, the show was renewed.", []),
    ("according to a new report from Variety, filming begins in June.", ["Variety"]),
    ("According to a Variety report, filming begins in June.", ["Variety"]),
    ("The Hollywood Reporter reports that the show returns in 2022.", ["The Hollywood Reporter"]),
    ("Variety reported the renewal on Friday.", ["Variety"]),
    ("Collider reveals the premiere date.", ["Collider"]),
    ("TVLine confirmed the news.", ["TVLine"]),
    ("Deadline first reported the news in March.", ["Deadline"]),
    ("TVLine has learned that the show is renewed.", ["TVLine"]),
    ("Patrick Stewart told Entertainment Weekly that filming starts soon.", ["Entertainment Weekly"]),
    ("The Wrap’s report today claims that Pine will be back.", ["TheWrap"]),
    ("Per THR, the series is set for a fall debut.", ["The Hollywood Reporter"]),
    ("As reported by Entertainment Weekly, the show returns in 2021.", ["Entertainment Weekly"]),
    ("The trailer arrived via Collider.", ["Collider"]),
    ("The show is back next spring (h/t Decider).", ["Decider"]),
    ("Sources tell Variety the season has wrapped.", ["Variety"]),
    ("The news comes according to reports from The Wrap and Deadline.", ["TheWrap", "Deadline"]),
    ("according to the Hollywood Reporter, it is coming", ["The Hollywood Reporter"]),
    ("According to The Springfield Times, it returns in May.", ["The Springfield Times"]),
    ("Meanwhile The Springfield Gazette has learned the date.", ["The Springfield Gazette"]),
    ("According to Michael Chabon, speaking to Esquire, it returns.", ["Esquire"]),
])
def test_attribution_wordings(sentence: str, expected: list[str]) -> None:
    assert names(sentence_attributions(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "According to co-creator Michael Chabon, season 2 will have more focus on fleshing out its characters.",
    "According to showrunner Lauren Hissrich, the show returns in 2021.",
    "According to Lauren Hissrich, the show returns in 2021.",
    "The star told Jane Doe about the new season.",
    "Netflix announced the date on Monday.",
    "According to Netflix, the show returns in July.",
    "The trailer dropped via Netflix.",
    "Image via Rolling Stone.",
    "Photo courtesy of Deadline.",
    "It costs $10 million per episode.",
    "The deadline for the show is near, the crew reported.",
    "Sources say the show could return in May.",
    "It premieres at 9 p.m. ET on FX.",
])
def test_not_attributions(sentence: str) -> None:
    assert sentence_attributions(sentence) == []


def test_attribution_carries_registry_domain() -> None:
    assert sentence_attributions("Per THR, it is back.") == [
        SourceRef("The Hollywood Reporter", "hollywoodreporter.com", None)]
    assert sentence_attributions("according to deadline.com, it is back.") == [
        SourceRef("Deadline", "deadline.com", None)]


# --- credit lines -------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("Source: Rolling Stone", ["Rolling Stone"]),
    ("Source: Forbes", ["Forbes"]),
    ("Sources: Variety, Deadline and THR", ["Variety", "Deadline", "The Hollywood Reporter"]),
    ("Via: Collider", ["Collider"]),
    ("Via Rolling Stone", ["Rolling Stone"]),
    ("h/t Decider", ["Decider"]),
    ("(Source: Forbes)", ["Forbes"]),
    ("Source: The Springfield Shopper", ["The Springfield Shopper"]),
    ("Source: Netflix", []),          # a credit line, but a platform is not a source
])
def test_credit_lines(text: str, expected: list[str]) -> None:
    block = P(text)
    assert is_credit_line(block)
    assert names(credit_line_sources(block)) == expected


@pytest.mark.parametrize("text", [
    "Image credit: Netflix", "Image Source: Rolling Stone", "Photo: Deadline", "Featured image via Variety",
    "Sources say the show is coming back in 2022.", "Via the official account, fans learned the date.",
    "The source of the leak is unknown.",
])
def test_not_credit_lines(text: str) -> None:
    assert not is_credit_line(P(text))
    assert credit_line_sources(P(text)) == []


def test_credit_line_link_gives_url_and_domain() -> None:
    url = "https://www.rollingstone.com/tv/tv-news/picard-season-2-1234567/"
    block = P("Source: Rolling Stone", Link(url, "Rolling Stone"))
    assert credit_line_sources(block) == [SourceRef("Rolling Stone", "rollingstone.com", url)]
    here = P("Source: here", Link("https://tvseriesfinale.com/tv-show/picard-season-two-renewal/", "here"))
    assert credit_line_sources(here) == [
        SourceRef("TV Series Finale", "tvseriesfinale.com",
                  "https://tvseriesfinale.com/tv-show/picard-season-two-renewal/")]


# --- sections -----------------------------------------------------------------------


SEED_BLOCKS = [
    H("Star Trek Picard Season 2: Release Date, Cast, Plot, And More Updates!"),
    P("Ever since it was launched, Amazon has brought several shows at our disposal. Created by Akiva "
      "Goldsman, Michael Chabon, Kirsten Beyer, and Alex Kurtzman, Star Trek Picard debuted on CBS in "
      "January 2020."),
    P("With an IMDb rating of 7.6/10 and the Tomatometer at 87%, the show has been a smash hit."),
    H("Release Date"),
    P("The first season premiered on 23rd January 2020. Production of the second season was scheduled to "
      "start in June 2020. Judging by the current situation, Season 2 is likely to release at the start "
      "of 2021."),
    P("Source: Rolling Stone"),
    H("Star Trek Picard: Season 2 Plot"),
    P("The show picks up nearly 20 years after the events of Star Trek Nemesis."),
    P("At the end of Season 1, Picard is transferred into a brand new plastic body. According to co-creator "
      "Michael Chabon, season 2 will have more focus on fleshing out its characters."),
    P("With no major exits in the previous, a majority of the cast is expected to reprise their roles in "
      "season 2. This is how we expect the cast to be for season 2"),
    Item("Patrick Stewart as Picard"),
    Item("Michelle Hurd as Raffi"),
    Item("Whoopi Goldberg as Guinan"),
    P("Source: Forbes"),
    H("Leave a Reply"),
    P("Your email address will not be published."),
]


def test_section_credits_on_the_seed() -> None:
    credits = section_credits(SEED_BLOCKS)
    assert len(credits) == len(SEED_BLOCKS)
    by_name = [names(c) for c in credits]
    assert by_name[1] == by_name[2] == []                        # intro: no credit line
    assert by_name[3] == by_name[4] == ["Rolling Stone"]        # the Release Date section
    assert by_name[5] == []                                     # the credit line itself
    assert all(by_name[i] == ["Forbes"] for i in range(6, 13))  # plot + cast, closed by "Source: Forbes"
    assert by_name[14] == by_name[15] == []
    assert credits[4][0].domain == "rollingstone.com"


def test_section_credits_only_above_the_line_and_stacked() -> None:
    blocks = [H("News"), P("First."), P("Via: Collider"), P("Second."), P("Source: Deadline"), H("Next"),
              P("Third.")]
    got = [names(c) for c in section_credits(blocks)]
    assert got == [["Collider", "Deadline"], ["Collider", "Deadline"], ["Deadline"], ["Deadline"], [], [], []]


def test_credit_line_set_as_heading_is_not_a_section_break() -> None:
    blocks = [H("Release Date"), P("It returns in 2022."), Block("heading", "Source: Variety", level=4),
              H("Cast")]
    assert names(section_credits(blocks)[1]) == ["Variety"]


def test_seed_page_sources() -> None:
    doc = Document(PageMeta(url="https://www.example-outlet.com/picard-season-2/"), SEED_BLOCKS)
    got = find_sources(doc, OutletRef("Example Outlet", "example-outlet.com"))
    assert got == [SourceRef("Rolling Stone", "rollingstone.com"), SourceRef("Forbes", "forbes.com")]


# --- links and the page -------------------------------------------------------------


@pytest.mark.parametrize("url,article", [
    ("https://deadline.com/2021/01/star-trek-picard-season-2-1234567890/", True),
    ("https://www.whats-on-netflix.com/news/the-witcher-season-2-what-we-know/", True),
    ("https://www.bbc.co.uk/news/entertainment-arts-56786543", True),
    ("https://www.cnn.com/2020/05/01/entertainment/picard/index.html", True),
    ("https://www.nytimes.com/2021/03/04/arts/television/picard.html", True),
    ("https://deadline.com/", False),
    ("https://variety.com/t/star-trek-picard/", False),
    ("https://www.thewrap.com/tag/star-trek-picard/", False),
    ("https://collider.com/author/jane-doe/", False),
    ("https://www.hollywoodreporter.com/tv/", False),
    ("https://screenrant.com/db/tv-show/star-trek-picard/", False),
    ("https://variety.com/wp-content/uploads/2021/01/picard-season-2-photo.jpg", False),
    ("https://www.vulture.com/search/?q=picard", False),
])
def test_is_article_url(url: str, article: bool) -> None:
    assert is_article_url(url) is article


OWN = OutletRef("Screen Rant", "screenrant.com")


def _doc(*blocks: Block) -> Document:
    return Document(PageMeta(url="https://screenrant.com/picard-season-2-release-date/"), list(blocks))


def test_article_link_to_another_outlet_is_a_source() -> None:
    url = "https://www.whats-on-netflix.com/news/the-witcher-season-2-what-we-know/"
    doc = _doc(P("Fans have been tracking the news closely.", Link(url, "tracking the news")))
    assert find_sources(doc, OWN) == [SourceRef("What's on Netflix", "whats-on-netflix.com", url)]


def test_unknown_outlet_link_gets_a_derived_name() -> None:
    url = "https://www.tv-series-news.net/2021/picard-season-two-is-coming/"
    doc = _doc(P("Others agree.", Link(url, "Others agree")))
    assert find_sources(doc, OWN) == [SourceRef("Tv Series News", "tv-series-news.net", url)]


@pytest.mark.parametrize("href", [
    "https://deadline.com/",                                       # home page
    "https://variety.com/t/star-trek-picard/",                      # tag page
    "https://collider.com/author/jane-doe/",                        # author page
    "https://twitter.com/intent/tweet?url=https://screenrant.com/x",  # share
    "https://www.facebook.com/sharer/sharer.php?u=x",
    "https://www.instagram.com/p/CKx123/",                         # social
    "https://ad.doubleclick.net/ddm/trackclk/N1234.picard-season-2-ad",  # ad
    "https://www.netflix.com/title/80189685",                      # platform
    "https://www.paramountplus.com/shows/star-trek-picard/",
    "https://www.imdb.com/title/tt8806524/",                       # reference database
    "https://screenrant.com/star-trek-picard-season-2-cast-details/",  # own outlet
    "mailto:tips@screenrant.com",
])
def test_links_that_are_not_sources(href: str) -> None:
    doc = _doc(P("Read all about the new season here.", Link(href, "here")))
    assert find_sources(doc, OWN) == []


def test_own_outlet_never_a_source_by_name_or_domain() -> None:
    doc = _doc(P("As Screen Rant reported earlier, the show is back."),
               P("Source: ScreenRant"),
               P("More.", Link("https://www.screenrant.com/picard-season-2-trailer-breakdown/", "More")))
    assert find_sources(doc, OWN) == []
    # Known by its registry entry even when the page names itself differently.
    assert find_sources(_doc(P("Per THR, it returns.")), OutletRef(None, "hollywoodreporter.com")) == []


def test_a_papers_short_name_for_itself_is_no_source() -> None:
    own = OutletRef("The Lakeshore Herald", "lakeshoreherald.com")
    doc = _doc(P("Lindgren's mother told the Herald that she cried."), P("Lindgren told Variety she was thrilled."))
    assert names(find_sources(doc, own)) == ["Variety"]
    # Even where the registry knows another outlet by that short name (Korea's Dispatch).
    own = OutletRef("Slow Burn Dispatch", "slowburndispatch.co.uk")
    doc = _doc(P("The showrunner told the Dispatch that a spring return is likely."), P("Per Variety, it is."))
    assert names(find_sources(doc, own)) == ["Variety"]


def test_dedupe_and_order_of_first_appearance() -> None:
    deadline = "https://deadline.com/2021/01/star-trek-picard-season-2-1234567890/"
    doc = _doc(
        P("According to Variety, the show returns in 2022."),
        P("Deadline reports filming started.", Link(deadline, "reports")),
        P("Variety's report adds that Deadline was first.", Link(deadline, "was first")),
        P("Sources: Deadline, Variety and Forbes"),
    )
    assert find_sources(doc, OWN) == [
        SourceRef("Variety", "variety.com"),
        SourceRef("Deadline", "deadline.com", deadline),
        SourceRef("Forbes", "forbes.com"),
    ]


def test_attributed_name_takes_its_link() -> None:
    wrap = "https://www.thewrap.com/star-trek-4-noah-hawley-direct-paramount/"
    deadline = "https://deadline.com/2019/11/star-trek-noah-hawley-directing-1202785280/"
    text = "Hawley is in talks, according to reports from The Wrap and Deadline."
    doc = _doc(P(text, Link(wrap, "The Wrap"), Link(deadline, "Deadline")))
    assert find_sources(doc, OutletRef("The Verge", "theverge.com")) == [
        SourceRef("TheWrap", "thewrap.com", wrap), SourceRef("Deadline", "deadline.com", deadline)]


def test_unknown_publication_merges_with_its_link() -> None:
    url = "https://www.springfieldtimes.com/news/picard-season-two-date/"
    doc = _doc(P("According to The Springfield Times, it returns in May.", Link(url, "The Springfield Times")))
    assert find_sources(doc, OWN) == [SourceRef("The Springfield Times", "springfieldtimes.com", url)]


def test_bottom_sources_list() -> None:
    url = "https://www.cbr.com/star-trek-picard-season-2-details/"
    doc = _doc(
        P("The show returns in 2022."),
        H("Sources"),
        Block("item", "CBR: Picard season 2 details", (Link(url, "Picard season 2 details"),)),
        Item("Den of Geek"),
        Block("item", "The Verge", (Link("https://www.theverge.com/", "The Verge"),)),
        H("Leave a Reply"),
        P("Deadline is an unrelated word in a comment heading section."),
    )
    got = find_sources(doc, OWN)
    assert got[:3] == [SourceRef("CBR", "cbr.com", url), SourceRef("Den of Geek", "denofgeek.com"),
                       SourceRef("The Verge", "theverge.com")]
    assert is_credit_line(H("Sources"))


def test_a_navbox_under_the_references_credits_nobody() -> None:
    url = "https://variety.com/2025/tv/news/harbor-lights-renewed/"
    doc = _doc(
        P("The show returns in 2026."),
        H("References"),
        Block("item", '"Harbor Lights renewed". Variety. Retrieved May 2, 2026.', (Link(url, "Harbor Lights renewed"),)),
        Block("row", "Harbor Lights seasons"),
        Block("row", "Season 1 (2024) · Season 2 (2026)",
              (Link("https://www.harborwiki.org/wiki/Harbor_Lights/Season_1", "Season 1"),)),
    )
    assert find_sources(doc, OutletRef("Harbor Wiki", "harborwiki.org")) == [SourceRef("Variety", "variety.com", url)]


def test_photo_credit_is_not_a_source() -> None:
    doc = _doc(Block("caption", "Image credit: Rolling Stone"), P("Photo courtesy of Deadline."),
               P("Image via Variety"))
    assert find_sources(doc, OWN) == []


def test_wire_copy_never_credits_its_own_agency() -> None:
    text = "The star told The Associated Press that filming starts in May, Variety reported."
    jsonld = [{"@type": "NewsArticle", "author": [{"@type": "Organization", "name": "The Associated Press"}]}]
    station = OutletRef("KVTR 7 News", "kvtr7.com")
    wire = Document(meta=PageMeta(title="t"), blocks=[P(text)], jsonld=jsonld)
    assert names(find_sources(wire, station)) == ["Variety"]
    # The same sentence on a page the agency did not write credits it.
    own = Document(meta=PageMeta(title="t"), blocks=[P(text)], jsonld=[])
    assert "Variety" in names(find_sources(own, station)) and len(find_sources(own, station)) == 2


def test_a_mentioned_in_this_episode_list_credits_its_links_but_not_the_own_show() -> None:
    blocks = [P("We talk about the third season."), H("Mentioned in this episode"),
              I_link("TVLine: the premiere date", "https://tvline.com/news/x-season-3-date/"),
              I_link("Binge Bench Ep. 204: the finale", "https://earshotpods.fm/binge-bench/204")]
    doc = Document(meta=PageMeta(title="t"), blocks=blocks, jsonld=[])
    assert names(find_sources(doc, OutletRef("Earshot Pods", "earshotpods.fm"))) == ["TVLine"]


def I_link(text: str, href: str) -> Block:
    return Block("item", text, (Link(href, text),))


def test_ratings_and_reference_databases_are_no_sources() -> None:
    doc = Document(meta=PageMeta(title="t"), jsonld=[], blocks=[
        P("Meridian is the No. 1 network for the fourth year running, according to Nielsen."),
        P("According to Deadline, season 2 premieres in May."),
        P("The show holds a 98% score on Rotten Tomatoes, per IMDb."),
    ])
    assert names(find_sources(doc, OWN)) == ["Deadline"]


def test_first_to_report_news_comes_from_and_interviews() -> None:
    doc = Document(meta=PageMeta(title="t"), jsonld=[], blocks=[
        P("Deadline was first to report the news."),
        P("The news comes from What's on Netflix."),
        P("Screen Rant's interview with the cast revealed a lot."),
        P("The series comes from Netflix and Shondaland."),
    ])
    assert names(find_sources(doc, OWN)) == ["Deadline", "What's on Netflix"]


def test_a_struck_attribution_credits_nobody():
    from aggregator.extract import extract_article
    page = ("<html><head><title>Harbor Lights Season 2 Release Date</title></head><body><article>"
            "<h1>Harbor Lights Season 2 Release Date</h1>"
            "<p>Harbor Lights season 2 is <del>expected in early 2027, according to TheWrap</del> coming to Hulu "
            "on Friday, October 30, 2026, according to Variety.</p>"
            "<p>Filming on the second season wrapped in Manchester in August, and the cast is back.</p>"
            "</article></body></html>")
    article = extract_article(page, url="https://www.example.com/tv/harbor-lights-season-2-release-date/")
    assert [s.name for s in article.sources] == ["Variety"]
    assert [(c.when.date_from.isoformat(), c.when.precision) for c in article.release_claims] == [("2026-10-30", "day")]


def test_an_outlet_that_broke_the_news_or_was_first_with_the_date_is_credited():
    assert [s.name for s in sentence_attributions("Deadline was first with the date.")] == ["Deadline"]
    assert [s.name for s in sentence_attributions("TVLine broke the casting news.")] == ["TVLine"]


def test_an_archived_or_redirected_link_credits_the_page_it_leads_to():
    from aggregator.domains import unwrap_redirect
    assert unwrap_redirect("https://web.archive.org/web/20260119054212/https://tvline.com/news/x-1235/") == \
        "https://tvline.com/news/x-1235/"
    assert unwrap_redirect("https://www.google.com/url?q=https://variety.com/2026/tv/news/x-123/&sa=D") == \
        "https://variety.com/2026/tv/news/x-123/"
    assert unwrap_redirect("https://variety.com/2026/tv/news/x-123/") == "https://variety.com/2026/tv/news/x-123/"
    # Google's translation proxy: dots written as hyphens, hyphens doubled, its own parameters dropped.
    assert unwrap_redirect("https://variety-com.translate.goog/2027/x-1/?_x_tr_sl=pt&_x_tr_tl=en") == \
        "https://variety.com/2027/x-1/"
    assert unwrap_redirect("https://www-my--site-com-br.translate.goog/a?id=3&_x_tr_hl=en") == \
        "https://www.my-site.com.br/a?id=3"


def test_an_outlet_named_with_its_kind_of_publication():
    text = "Broadcast magazine reported in February that Netflix had bid for the show."
    assert [s.name for s in sentence_attributions(text)] == ["Broadcast"]
    assert sentence_attributions("The paper reported it first.") == []
