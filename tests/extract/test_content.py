"""Main-content blocks: container choice, boilerplate removal, block kinds."""

from __future__ import annotations

import json

from aggregator.extract.document import Block, Link
from aggregator.extract.html import parse_document

URL = "https://www.outlet.com/tv/picard-season-2/"
P1 = ("Star Trek Picard debuted on CBS All Access in January 2020, and since then fans have been "
      "waiting for news about the second season of the show.")
P2 = ("Production of the second season was scheduled to start in June 2020. However, the pandemic has "
      "brought every major production to a halt, so the schedule is uncertain.")
P3 = ("According to co-creator Michael Chabon, season 2 will have more focus on fleshing out its "
      "characters, which means we will get a peek into several personal aspects of the crew.")

NAV = ('<header><div class="logo">Outlet</div><nav><ul><li><a href="/tv">TV</a></li><li><a href="/film">Film</a>'
       '</li><li><a href="/news">News, reviews and more from our team of writers</a></li></ul></nav></header>')
SIDEBAR = ('<aside class="widget-area"><h3>Trending</h3><ul><li><a href="/a">Ozark season 4 is coming, '
           'says everyone, in a long teaser sentence.</a></li></ul></aside>')
FOOTER = '<footer><p>© 2020 Outlet Media. All rights reserved. Privacy policy and terms of use apply.</p></footer>'


def doc(body: str, title: str = "Star Trek Picard Season 2: Release Date, Cast, Plot", head: str = ""):
    html = (f"<html><head><title>{title} | Outlet</title>{head}</head><body>{NAV}<div id='page'>"
            f"<main>{body}</main>{SIDEBAR}</div>{FOOTER}</body></html>")
    return parse_document(html, url=URL)


def texts(d) -> list[str]:
    return [b.text for b in d.blocks]


def kinds(d) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in d.blocks]


def test_article_paragraphs_without_page_chrome() -> None:
    d = doc(f"<article><h1>Star Trek Picard Season 2: Release Date, Cast, Plot</h1><p>{P1}</p><p>{P2}</p></article>")
    assert texts(d) == [P1, P2]  # own h1 headline, nav, sidebar and footer are gone


def test_headings_levels_and_bold_line_heading() -> None:
    d = doc(f"<article><p>{P1}</p><h2>Release Date</h2><p>{P2}</p><p><strong>Cast</strong></p><p>{P3}</p>"
            "<p><b>Patrick Stewart</b> returns as the admiral, obviously, for the second season.</p></article>")
    heads = [(b.text, b.level) for b in d.blocks if b.kind == "heading"]
    assert heads == [("Release Date", 2), ("Cast", 0)]
    assert d.blocks[-1].kind == "paragraph"


def test_source_lines_are_their_own_paragraphs() -> None:
    d = doc(f"<article><p>{P2}</p><p>Source: <a href='https://www.rollingstone.com/x'>Rolling Stone</a></p>"
            f"<p>{P3}<br>Source: Forbes</p></article>")
    assert "Source: Rolling Stone" in texts(d)
    assert "Source: Forbes" in texts(d)
    block = next(b for b in d.blocks if b.text == "Source: Rolling Stone")
    assert block.links == (Link("https://www.rollingstone.com/x", "Rolling Stone"),)


def test_links_are_absolute() -> None:
    d = doc(f"<article><p>{P1} Read the <a href='/tv/picard-review/'>review of season one</a>.</p></article>")
    assert d.blocks[0].links == (Link("https://www.outlet.com/tv/picard-review/", "review of season one"),)


def test_list_items_table_rows_quote_caption() -> None:
    d = doc(f"<article><p>{P1}</p><ul><li>Patrick Stewart as Picard</li><li>Isa Briones as Soji</li></ul>"
            "<table><thead><tr><th>Season</th><th>Premiere</th></tr></thead>"
            "<tbody><tr><td>1</td><td>January 23, 2020</td></tr></tbody></table>"
            "<blockquote><p>We are making the show now, said the showrunner.</p></blockquote>"
            "<figure><img src='x.jpg'><figcaption>Patrick Stewart in Picard (CBS)</figcaption></figure>"
            f"<p>{P2}</p></article>")
    assert kinds(d)[1:3] == [("item", "Patrick Stewart as Picard"), ("item", "Isa Briones as Soji")]
    rows = [b for b in d.blocks if b.kind == "row"]
    assert rows == [Block("row", "Season Premiere", cells=("Season", "Premiere"), header=True),
                    Block("row", "1 January 23, 2020", cells=("1", "January 23, 2020"), header=False)]
    assert ("quote", "We are making the show now, said the showrunner.") in kinds(d)
    assert ("caption", "Patrick Stewart in Picard (CBS)") in kinds(d)


def test_bullets_split_by_br_become_items() -> None:
    d = doc(f"<article><p>{P3}</p><p>This is how we expect the cast to be for season 2<br>"
            "• Patrick Stewart as Picard<br>• Michelle Hurd as Raffi<br>• Whoopi Goldberg as Guinan<br><br>"
            "Source: Forbes</p></article>")
    assert kinds(d)[1:] == [
        ("paragraph", "This is how we expect the cast to be for season 2"),
        ("item", "Patrick Stewart as Picard"), ("item", "Michelle Hurd as Raffi"),
        ("item", "Whoopi Goldberg as Guinan"), ("paragraph", "Source: Forbes")]


def test_soft_line_breaks_inside_a_sentence_are_joined() -> None:
    d = doc(f"<article><p>{P1}</p><p>The second season was scheduled to<br>start filming in June 2020.</p></article>")
    assert texts(d)[1] == "The second season was scheduled to start filming in June 2020."


def test_comments_related_share_newsletter_removed() -> None:
    body = (f"<article><div class='entry-content'><p>{P1}</p>"
            "<div class='sharedaddy sd-sharing'><h3>Share this:</h3><a href='/s'>Twitter</a></div>"
            f"<div class='ad-slot'>Advertisement</div><p>{P2}</p>"
            "<div class='jp-relatedposts'><h3>Related</h3><p>Ozark season 4: everything we know so far, "
            "including dates and cast, in one long teaser.</p></div>"
            "<div class='newsletter-signup'><p>Sign up for our newsletter to get the best TV news every week.</p></div>"
            "<div class='author-bio'><p>Jane Doe has written about television for ten years, mostly sci-fi.</p></div>"
            "<ul class='post-tags'><li><a href='/tag/picard'>Picard</a></li></ul></div></article>"
            "<div id='comments' class='comments-area'><h2>3 Comments</h2><ol class='comment-list'><li>"
            "<p>Great article, I really cannot wait for the second season to come out next year!</p></li></ol>"
            "<div id='respond'><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div></div>")
    assert texts(doc(body)) == [P1, P2]


def test_microdata_comments_are_not_the_article() -> None:
    # A forum topic's replies, marked as schema.org comments whatever their class names.
    body = (f"<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><div id='post_1' class='topic-body'>"
            f"<div class='post' itemprop='text'><p>{P1}</p><p>{P2}</p></div></div>"
            "<div id='post_2' itemprop='comment' itemscope itemtype='http://schema.org/Comment' class='topic-body'>"
            "<div class='post' itemprop='text'><p>My guess is January 2028, they like winter drops and long waits.</p></div></div>"
            "<div class='topic-body' itemscope itemtype='https://schema.org/Comment'><p>Still annoyed they moved "
            "Red Ledger to May 5, which is far too late for a show like that one.</p></div></div>")
    assert texts(doc(body)) == [P1, P2]


def test_a_bookmark_card_citing_another_outlet_is_a_source_line() -> None:
    card = ("<figure class='kg-card kg-bookmark-card'><a class='kg-bookmark-container' "
            "href='https://www.radiotimes.com/tv/drama/show-series-3/'><div class='kg-bookmark-content'>"
            "<div class='kg-bookmark-title'>Show series 3: release date</div><div class='kg-bookmark-description'>"
            "Show returns to BBC One in March 2027.</div></div></a></figure>")
    d = doc(f"<article><p>{P1}</p>{card}<p>{P2}</p></article>")
    assert texts(d) == [P1, "Source: radiotimes.com", P2]   # the card's own dates are not read
    assert d.blocks[1].links[0].href == "https://www.radiotimes.com/tv/drama/show-series-3/"
    # A card of the site's own story is a teaser, dropped.
    own = card.replace("https://www.radiotimes.com", "https://www.outlet.com")
    assert texts(doc(f"<article><p>{P1}</p>{own}<p>{P2}</p></article>")) == [P1, P2]


def test_related_sections_dropped_by_text() -> None:
    body = (f"<article><p>{P1}</p><p>RELATED: <a href='/x'>Ozark season 4 release date news</a></p><p>{P2}</p>"
            "<h2>You may also like</h2><p>Another story teaser that is long enough to count, about Ozark.</p>"
            f"<h2>Cast</h2><p>{P3}</p><h3>Leave a Reply</h3><p>Your email address will not be published.</p>"
            "<p>Comment text by a reader that goes on and on about the show and its future.</p></article>")
    assert kinds(doc(body)) == [("paragraph", P1), ("paragraph", P2), ("heading", "Cast"), ("paragraph", P3)]


def test_teaser_cards_dropped_whatever_their_class_names() -> None:
    # Hashed CSS-module class names say nothing; a link wrapping a headline and a
    # summary is a card for another story. A link inside prose stays.
    card = ("<a class='Grid_card__x9' href='/other'><div class='Grid_title__a1'>Another Show Season 3 Will "
            "Debut in May, the Network Says</div><div class='Grid_dek__b2'>The heroes return next spring, "
            "with a new villain and a longer run.</div></a>")
    linked = "<p>" + P2.replace("the pandemic", "<a href='/covid'>the pandemic</a>") + "</p>"
    d = doc(f"<article><p>{P1}</p>{linked}<div class='Grid_root__q1'><div>More from Outlet</div>"
            f"<div>{card * 3}</div></div><p>{P3}</p></article>")
    assert texts(d) == [P1, P2, P3]


def test_author_box_dropped() -> None:
    box = ("<div class='xy-authorbox'><strong>Jane Doe</strong><p>Jane has tracked television premieres "
           "for the site since 2019 and keeps a list of every renewal.</p></div>")
    assert texts(doc(f"<article><p>{P1}</p><p>{P2}</p>{box}</article>")) == [P1, P2]


def test_link_lists_dropped() -> None:
    links = "".join(f"<li><a href='/s{i}'>Story number {i} about something</a></li>" for i in range(4))
    d = doc(f"<article><p>{P1}</p><ul>{links}</ul><p>{P2}</p></article>")
    assert texts(d) == [P1, P2]


def test_blogger_table_layout_with_br_and_font() -> None:
    html = ("<html><head><title>Picard season 2 news</title></head><body>"
            "<table width='100%'><tr><td class='nav'><a href='/'>Home</a><br><a href='/about'>About</a></td>"
            "<td><font face='Verdana'><b>Release Date</b><br>" + P1 + "<br><br>" + P2 +
            "<br><br>Source: Rolling Stone<br><br><p>" + P3 + "<p>Unclosed paragraph that also "
            "counts as prose, with a comma.</font></td></tr></table></body></html>")
    d = parse_document(html.encode("cp1252"), url="http://picardnews.blogspot.com/2020/06/s2.html")
    assert kinds(d) == [("heading", "Release Date"), ("paragraph", P1), ("paragraph", P2),
                        ("paragraph", "Source: Rolling Stone"), ("paragraph", P3),
                        ("paragraph", "Unclosed paragraph that also counts as prose, with a comma.")]


def test_fan_site_footer_small_print_and_shoutbox_are_not_the_article() -> None:
    html = ("<html><head><title>Picard season 2 news</title></head><body><table><tr><td colspan='2'>banner</td></tr>"
            "<tr><td><font><a href='/'>HOME</a><br><b>OTHER SHOWS</b><br><a href='/x'>Maple Hill</a> (returns 2/12/26)"
            "</font></td><td><table><tr><td><font>" + P1 + "</font><br><br><font>" + P2 + "</font><br>"
            "<table><tr><td><b>SHOUTBOX</b> - leave a message!</td></tr><tr><td><b>fan77</b> (10/18/25 7:02pm): "
            "my cousin says season 2 starts January 15!!!</td></tr></table></td></tr></table></td></tr>"
            "<tr><td colspan='2'><font>You are visitor #4217. Last updated: November 5, 2025. Best viewed in 800x600 "
            "with Internet Explorer. This fan site is not affiliated with Paramount. All pictures © their owners."
            "</font></td></tr></table></body></html>")
    assert texts(parse_document(html.encode("cp1252"), url="http://fan.example/news/s2.html")) == [P1, P2]


def test_a_press_release_ends_at_its_end_mark() -> None:
    d = doc(f"<article><p>{P1}</p><p>###</p><h3>About Meridian</h3><p>{P2}</p><p>MEDIA CONTACT: Jenna Holt</p></article>")
    assert texts(d) == [P1]


def test_a_related_line_is_another_storys_headline() -> None:
    d = doc(f"<article><p>{P1}</p><p>Related: 'Coldwater' Spinoff 'Stillpoint' Set for Summer 2026</p><p>{P2}</p></article>")
    assert texts(d) == [P1, P2]


def test_a_paywall_prompt_goes_and_the_article_behind_it_stays() -> None:
    d = doc(f"<article><p>{P1}</p><div class='wall'><h3>Subscribe to read more</h3><p>This story is for subscribers. "
            "Get unlimited access for $1.99 a week.</p><p><a href='/subscribe'>Subscribe now</a> · Already a subscriber? "
            f"<a href='/login'>Log in</a></p></div><div class='paywall-locked'><p>{P2}</p><p>{P3}</p></div></article>")
    assert texts(d) == [P1, P2, P3]


def test_amp_page() -> None:
    html = ("<!doctype html><html amp lang='en-GB'><head><title>Ozark series four | Screen Pulse</title>"
            "<style amp-boilerplate>body{visibility:hidden}</style></head><body>"
            "<amp-consent id='consent'><div>We use cookies to improve your experience on this website.</div></amp-consent>"
            "<amp-sidebar id='menu'><ul><li><a href='/tv'>TV</a></li></ul></amp-sidebar>"
            f"<article><h1>Ozark series four</h1><amp-img src='a.jpg' width='1' height='1'></amp-img><p>{P1}</p>"
            f"<amp-ad type='doubleclick'></amp-ad><p>{P2}</p></article></body></html>")
    assert texts(parse_document(html)) == [P1, P2]


def test_nextjs_page_uses_ssr_html_not_next_data() -> None:
    data = json.dumps({"props": {"pageProps": {"body": "SECRET JSON TEXT that should not leak"}}})
    html = ("<html><head><title>Witcher S2</title></head><body><div id='__next'><div class='ArticleBody_root'>"
            f"<p>{P1}</p><p>{P2}</p></div></div>"
            f"<script id='__NEXT_DATA__' type='application/json'>{data}</script></body></html>")
    d = parse_document(html)
    assert texts(d) == [P1, P2]


def test_jsonld_article_body_is_last_resort() -> None:
    body = f"{P1}\n\n{P2}\n\n{P3}"
    head = f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "articleBody": body})}</script>'
    html = f"<html><head><title>X</title>{head}</head><body><div id='app'></div></body></html>"
    assert texts(parse_document(html)) == [P1, P2, P3]
    # With a real HTML body, the HTML wins (it has structure).
    html = f"<html><head><title>X</title>{head}</head><body><article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    assert texts(parse_document(html)) == [P1, P2, P3]


def test_body_split_by_ads_is_taken_whole() -> None:
    chunk = "<div class='body__inner'><p>{}</p><p>{}</p></div><div class='ad-wrapper'>Advertisement</div>"
    d = doc("<article>" + "".join(chunk.format(p, p.replace("season", "series")) for p in (P1, P2, P3)) + "</article>")
    assert len(d.blocks) == 6


def test_sidebar_class_on_article_wrapper_does_not_hide_article() -> None:
    d = doc(f"<div class='layout-with-sidebar'><div class='entry-content'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div>")
    assert texts(d) == [P1, P2, P3]


def test_page_builder_widgets_that_wrap_each_paragraph_are_the_article() -> None:
    # Elementor-style: every heading and paragraph sits in its own "widget" wrapper,
    # none holding much prose alone; the run of them is the article. A sidebar widget
    # of the same kind outside the run still goes.
    def widget(kind: str, inner: str) -> str:
        return (f"<div class='builder-element builder-widget builder-widget-{kind}'>"
                f"<div class='builder-widget-container'>{inner}</div></div>")
    body = "".join([widget("heading", "<h2>When will it be released?</h2>"), widget("text-editor", f"<p>{P1}</p>"),
                    widget("text-editor", f"<p>{P2}</p>"), widget("heading", "<h2>Plot</h2>"),
                    widget("text-editor", f"<p>{P3}</p>")])
    side = "<div class='sidebar-box'>" + widget("text", "<p>Follow us for more TV news every day.</p>") + "</div>"
    d = doc(f"<div class='page-content'>{body}</div>{side}")
    assert kinds(d) == [("heading", "When will it be released?"), ("paragraph", P1), ("paragraph", P2),
                        ("heading", "Plot"), ("paragraph", P3)]


def test_hidden_and_screen_reader_text_removed() -> None:
    d = doc(f"<article><p>{P1}</p><span class='screen-reader-text'>Share on Facebook</span>"
            f"<div style='display:none'>Hidden promo text for subscribers only, long enough.</div><p>{P2}</p></article>")
    assert texts(d) == [P1, P2]


def test_collapsed_lengths_match_collapsing_each_text():
    import lxml.html

    from aggregator.extract.content_lengths import collapsed_lengths as _collapsed_lengths

    root = lxml.html.document_fromstring(
        "<html><body> <div id=a>\n Lead<b>ing</b>  text <div id=b><p>one\xa0two</p> <p> </p>tail<i>x</i></div>"
        "<span>  </span>end </div><div id=c></div></body></html>")
    nodes = [root.find("body"), *root.iter("div", "p")]
    got = _collapsed_lengths(nodes)
    for node in nodes:
        assert got[node] == len(" ".join(node.text_content().split())), node.get("id")


def test_a_link_list_under_a_sources_heading_is_kept() -> None:
    links = "".join(f'<li><a href="https://{d}/news/story-{i}">{n}: the season 3 story</a></li>'
                    for i, (d, n) in enumerate([("tvline.com", "TVLine"), ("vulture.com", "Vulture"),
                                                ("variety.com", "Variety")]))
    body = (f"<article><p>{P1}</p><p>{P2}</p><h3>Mentioned in this episode</h3><ul>{links}</ul>"
            f"<h3>More stories</h3><ul>{links}</ul></article>")
    got = texts(doc(body))
    assert got.count("TVLine: the season 3 story") == 1     # kept under the first heading only


def test_an_amp_web_story_is_read_whole() -> None:
    # Each slide holds a line or two, too short to win alone; the story is the article.
    slides = "".join(
        f'<amp-story-page id="s{i}"><amp-story-grid-layer template="vertical"><h2>Slide {i}</h2>'
        f"<p>{text}</p></amp-story-grid-layer></amp-story-page>"
        for i, text in enumerate(["Apple says Glasshouse season 2 is coming this summer.",
                                  "Production on season 2 wrapped in London in November 2025.",
                                  "Rosamund Teo is back as Dr. Hana Sato; newcomer Elias Ferro plays her boss."]))
    d = parse_document(f"<html><head><title>Glasshouse season 2</title></head><body>{NAV}"
                       f"<amp-story standalone>{slides}</amp-story>{FOOTER}</body></html>", url=URL)
    assert "Production on season 2 wrapped in London in November 2025." in texts(d)
    assert "Apple says Glasshouse season 2 is coming this summer." in texts(d)
    assert not any("All rights reserved" in t for t in texts(d))


def test_a_qa_page_is_its_question_and_accepted_answer() -> None:
    question = "<div class='question'><p>When will the second season of the show come out? Has anyone said anything?</p></div>"
    accepted = ("<div class='answer accepted-answer'><p>Prime Video renewed it in November, and filming begins in "
                "April, according to Deadline, so a release before next year is unlikely.</p></div>")
    other = ("<div class='answer'><p>It comes out May 22, 2026, my uncle works at Amazon and he told me so "
             "last week at dinner.</p></div>")
    ld = '<script type="application/ld+json">{"@type": "QAPage", "mainEntity": {"@type": "Question"}}</script>'
    d = doc(f"{question}<div id='answers'>{other}{accepted}</div>", head=ld)
    assert any("Prime Video renewed it" in t for t in texts(d))
    assert not any("my uncle" in t for t in texts(d))
    # Without the QAPage data, or without an accepted answer, every answer stays.
    assert any("my uncle" in t for t in texts(doc(f"{question}<div id='answers'>{other}{accepted}</div>")))
    assert any("my uncle" in t for t in texts(doc(f"{question}<div id='answers'>{other}</div>", head=ld)))


def test_a_wordpress_author_box_is_not_the_article():
    # Simple Author Box (saboxplugin) after the post: the writer's bio dates nothing of the show.
    box = ('<div class="saboxplugin-wrap"><div class="saboxplugin-desc"><p>She joined the site in 2019 after five '
           "years in local radio and has covered release dates ever since.</p></div></div>")
    texts = [b.text for b in doc(f"<article><p>{P1}</p><p>{P2}</p><p>{P3}</p>{box}</article>").blocks]
    assert any("scheduled to start in June 2020" in t for t in texts)
    assert not any("local radio" in t for t in texts)


def test_footnote_marks_do_not_glue_onto_the_sentence():
    body = ("<article><p>If the pattern holds, a third season would not arrive before 2028.<sup>2</sup> Casey Bloys "
            f"will field questions in May.</p><p>{P1}</p><p>{P2}</p><p>Launched on May 21<sup>st</sup>.</p></article>")
    texts = [b.text for b in doc(body).blocks]
    assert any("before 2028. Casey Bloys" in t for t in texts)
    assert any("May 21st" in t for t in texts)    # an ordinal suffix is no footnote


def test_the_folded_rest_of_an_article_is_the_article():
    body = (f'<article><div class="ns-article__body"><p>{P1}</p><p>{P2}</p></div>'
            '<button class="ns-continue">Continue reading</button>'
            f'<div class="ns-article__rest" hidden><p>{P3}</p></div>'
            '<div class="related-stories" hidden><p>Ozark season 5 arrives in May, says a long related teaser.</p></div>'
            '</article>')
    texts = [b.text for b in doc(body).blocks]
    assert any("co-creator Michael Chabon" in t for t in texts)
    assert not any("Ozark" in t for t in texts)


def test_an_infinite_scroll_page_is_its_own_story_not_the_ones_appended() -> None:
    other = ("The 2026 football season kicks off on a Thursday night, and the streaming picture is as messy "
             "as ever for every fan.")
    appended = f"<article data-url='https://www.outlet.com/tv/football/'><h1>How to Stream Football</h1><p>{other}</p></article>"
    own = ("<article data-url='https://www.outlet.com/tv/picard-season-2/'><h1>Star Trek Picard Season 2: "
           f"Release Date, Cast, Plot</h1><p>{P1}</p><p>{P2}</p></article>")
    assert texts(doc(appended + own))[-2:] == [P1, P2]
    assert other not in texts(doc(appended + own))
    # Without a match the first story is the page's.
    d = doc(own.replace("Star Trek Picard Season 2", "Picard") + appended, title="Something else")
    assert P1 in texts(d) and other not in texts(d)


def test_a_print_friendly_pages_body_is_the_article() -> None:
    d = doc('<div class="print-header"><p class="print-source">Printed from Example on August 6, 2026</p></div>'
            '<article class="print-article"><h1>Star Trek Picard Season 2: Release Date, Cast, Plot</h1>'
            '<div class="print-body"><p>Filming resumed in Wilmington on July 13 and is expected to wrap in November.</p>'
            '<p>Kara Lindqvist returns as the captain, and Omar Fadel joins as a smuggler named Teodor Vance.</p>'
            '</div></article><div class="print-links"><h2>Links in this article</h2><ol><li>Variety</li></ol></div>')
    assert texts(d)[:2] == ["Filming resumed in Wilmington on July 13 and is expected to wrap in November.",
                            "Kara Lindqvist returns as the captain, and Omar Fadel joins as a smuggler named Teodor Vance."]


def test_a_block_editors_run_of_text_blocks_is_the_article() -> None:
    blocks = "".join(f'<div class="editor-block text-block">{t}</div>' for t in (
        "HBO Max has not announced a premiere date for season 2.",
        "Production wrapped in Alberta on August 29, 2026, and the creator expects the season next year.",
        "HBO Max renewed The Long Field on May 6, 2025."))
    d = doc(f'<div class="page-content"><h1>The Long Field Season 2</h1>{blocks}</div>'
            '<div class="sidebar-thing"><p>Sign up for our newsletter today.</p></div>')
    assert texts(d) == ["HBO Max has not announced a premiere date for season 2.",
                        "Production wrapped in Alberta on August 29, 2026, and the creator expects the season next year.",
                        "HBO Max renewed The Long Field on May 6, 2025."]


def test_a_title_page_with_one_short_paragraph_is_its_main_landmark() -> None:
    d = doc('<main><section class="hero"><h1>Vesper Line</h1></section>'
            '<section class="synopsis"><h2>Synopsis</h2><p>A night train, a missing courier, and a conductor '
            'who knows too much.</p></section>'
            '<section class="where"><h2>Where to watch</h2><ul><li>Season 2 · Coming January 8, 2027 · Apple TV+</li>'
            '</ul></section><section class="cast"><h2>Cast</h2><ul><li>Katrin Voss — Conductor Ilse Brandt</li>'
            '</ul></section></main>', title="Vesper Line")
    assert "Season 2 · Coming January 8, 2027 · Apple TV+" in texts(d)
    assert "Katrin Voss — Conductor Ilse Brandt" in texts(d)
