"""Page metadata: JSON-LD, meta tags, microdata, <time>, bylines, URLs, titles."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

from aggregator.extract.html import parse_document
from aggregator.extract.metadata import parse_date, parse_human_date, strip_site_suffix

BODY = "<article><p>Star Trek Picard season 2 is coming, according to several reports, in early 2021.</p></article>"


def page(head: str = "", body: str = BODY, title: str = "Page title | Outlet") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def meta(page_html: str, url: str | None = None):
    return parse_document(page_html, url=url).meta


# --- JSON-LD -----------------------------------------------------------------

def test_jsonld_graph_flattened_and_article_picked() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Streamwise"},
        {"@type": "WebPage", "name": "Picard S2 | Streamwise", "datePublished": "2020-01-01"},
        {"@type": ["NewsArticle"], "headline": "Picard Season 2: Release Date",
         "datePublished": "2020-06-02T10:00:00+01:00", "dateModified": "2020-06-03T08:00:00Z",
         "author": {"@type": "Person", "name": "Jane Doe"},
         "publisher": {"@type": "Organization", "name": "Streamwise Mag"},
         "keywords": ["Star Trek", "Picard"]},
    ]}
    doc = parse_document(page(ld(graph)))
    m = doc.meta
    assert m.title == "Picard Season 2: Release Date"
    assert m.published == datetime(2020, 6, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert m.modified == datetime(2020, 6, 3, 8, 0, tzinfo=UTC)
    assert m.author == "Jane Doe"
    assert m.site_name == "Streamwise Mag"
    assert m.keywords == ("Star Trek", "Picard")
    assert [o["@type"] for o in doc.jsonld][:2] == ["WebSite", "WebPage"]


def test_jsonld_author_list_and_strings() -> None:
    obj = {"@type": "BlogPosting", "headline": "H", "datePublished": "2021-03-01",
           "author": [{"@type": "Person", "name": "Ann One"}, "Bob Two", {"name": "Ann One"},
                      "https://example.com/author/x"]}
    m = meta(page(ld(obj)))
    assert m.author == "Ann One, Bob Two"
    assert m.published == date(2021, 3, 1)


def test_jsonld_array_cdata_entities_and_trailing_comma() -> None:
    raw = ('<script type="application/ld+json">//<![CDATA[\n[{"@type": "ReportageNewsArticle", '
           '"headline": "Taylor Swift&#8217;s new album", "datePublished": "2019-11-19",}]\n//]]></script>')
    m = meta(page(raw))
    assert m.title == "Taylor Swift’s new album"
    assert m.published == date(2019, 11, 19)


def test_broken_jsonld_is_skipped() -> None:
    m = meta(page('<script type="application/ld+json">{not json</script>'
                  '<meta property="og:title" content="From OG">'))
    assert m.title == "From OG"


# --- meta tags and fallbacks -------------------------------------------------

def test_meta_fallback_order() -> None:
    head = ('<meta property="og:site_name" content="Outlet">'
            '<meta name="sailthru.date" content="2019-01-02 10:00:00">'
            '<meta property="article:published_time" content="2019-01-01T09:00:00-05:00">'
            '<meta property="article:modified_time" content="2019-01-03T09:00:00-05:00">'
            '<meta name="author" content="Sam Writer">'
            '<meta property="article:tag" content="Picard"><meta property="article:tag" content="Star Trek">'
            '<meta name="news_keywords" content="CBS All Access, Picard">')
    m = meta(page(head))
    assert m.published == datetime(2019, 1, 1, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert m.modified == datetime(2019, 1, 3, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert m.author == "Sam Writer"
    assert m.site_name == "Outlet"
    assert m.keywords == ("Picard", "Star Trek", "CBS All Access")


def test_jsonld_beats_meta() -> None:
    head = ld({"@type": "NewsArticle", "headline": "LD", "datePublished": "2020-05-05"}) + \
        '<meta property="article:published_time" content="2020-05-06T00:00:00Z">'
    assert meta(page(head)).published == date(2020, 5, 5)


def test_parsely_and_dc_dates_and_value_attribute() -> None:
    assert meta(page('<meta name="parsely-pub-date" content="2018-07-04T12:00:00Z">')).published.day == 4
    assert meta(page('<meta name="DC.date.issued" content="2017-02-03">')).published == date(2017, 2, 3)
    assert meta(page('<meta value="2016-12-12T14:00:00.000Z" name="article:published_time">')).published \
        == datetime(2016, 12, 12, 14, 0, tzinfo=UTC)


def test_microdata() -> None:
    body = ('<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Micro title</h1>'
            '<span itemprop="author" itemscope><span itemprop="name">Mia Data</span></span>'
            '<meta itemprop="datePublished" content="2015-05-05T05:05:05Z">' + BODY + '</article>')
    m = meta(page(body=body, title="Micro title - Site"))
    assert m.title == "Micro title"
    assert m.author == "Mia Data"
    assert m.published == datetime(2015, 5, 5, 5, 5, 5, tzinfo=UTC)


def test_time_pubdate() -> None:
    body = '<header><time pubdate datetime="2014-12-29T19:13:00Z">Dec 29</time></header>' + BODY
    assert meta(page(body=body)).published == datetime(2014, 12, 29, 19, 13, tzinfo=UTC)


def test_byline_posted_by_on_date() -> None:
    body = '<div class="post-footer">Posted by Alex Blogger on Monday, March 1, 2021</div>' + BODY
    m = meta(page(body=body))
    assert m.author == "Alex Blogger"
    assert m.published == date(2021, 3, 1)


def test_byline_role_in_parentheses_is_no_name() -> None:
    body = '<font>Posted by <b>Dawn Kowalczyk</b> (webmistress) on Saturday, October 18, 2025</font>' + BODY
    m = meta(page(body=body))
    assert m.author == "Dawn Kowalczyk"
    assert m.published == date(2025, 10, 18)


def test_a_phpbb_posts_poster_is_its_author() -> None:
    body = ('<p class="author"><a href="./viewtopic.php?p=1#p1"><span class="sr-only">Post</span></a>'
            '<span class="responsive-hide">by <strong><a href="./memberlist.php?u=3">telly_addict_73</a></strong> '
            '&raquo; </span><time datetime="2027-02-16T12:03:00+00:00">Tue 16 Feb, 2027 12:03</time></p>' + BODY)
    m = meta(page(body=body))
    assert m.author == "telly_addict_73"
    assert m.published == datetime(2027, 2, 16, 12, 3, tzinfo=UTC)


def test_forum_post_byline_user_and_time_attribute() -> None:
    body = ('<div class="p-meta"><a href="/t/television">t/television</a> · Posted by <a href="/user/peacockfeathers">'
            'u/peacockfeathers</a> <time datetime="2026-02-12T18:30:00Z">5 hr. ago</time></div>' + BODY)
    m = meta(page(body=body))
    assert m.author == "peacockfeathers"
    assert m.published == datetime(2026, 2, 12, 18, 30, tzinfo=UTC)


def test_byline_by_and_time() -> None:
    body = '<p class="byline">By Kim Reporter | Nov. 19, 2019 at 10:15 am</p>' + BODY
    m = meta(page(body=body))
    assert m.author == "Kim Reporter"
    assert m.published == datetime(2019, 11, 19, 10, 15)


def test_byline_name_then_its_stamp_without_a_separator() -> None:
    body = ('<div class="fd-byline">By <a rel="author" href="/author/kendra-mbeki">Kendra Mbeki</a> '
            '<time datetime="2026-06-15T16:00:00Z">June 15, 2026 4:00 PM UTC</time></div>' + BODY)
    assert meta(page(body=body)).author == "Kendra Mbeki"
    # A name that is also a month stays a name.
    assert meta(page(body='<p class="byline">By June Diane Raphael</p>' + BODY)).author == "June Diane Raphael"


def test_a_newsroom_named_in_json_ld_yields_to_the_bylines_writer() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", '
          '"author": {"@type": "Person", "name": "Redazione Cronaca Serie"}}</script>')
    body = ('<div class="cs-firma">di <a href="/autore/davide-rinaldi">Davide Rinaldi</a> | '
            '<time datetime="2026-04-22T09:40:00+02:00">22/04/2026 - 09:40</time></div>' + BODY)
    assert meta(page(body=body, head=ld)).author == "Davide Rinaldi"


def test_never_date_from_body_text() -> None:
    body = "<article><p>The first season premiered on 23rd January 2020 and season 2 is due in 2021.</p></article>"
    assert meta(page(body=body)).published is None


def test_url_date_is_a_last_resort() -> None:
    m = meta(page(), url="https://www.example.com/2019/11/19/picard-season-2/")
    assert m.published == date(2019, 11, 19)


# --- URL ---------------------------------------------------------------------

def test_url_given_wins() -> None:
    head = '<link rel="canonical" href="https://www.outlet.com/canonical/">'
    assert meta(page(head), url="https://m.outlet.com/x").url == "https://m.outlet.com/x"


def test_saved_from_comment() -> None:
    html = "<!-- saved from url=(0043)https://www.outlet.com/tv/picard-season-2/ -->\n" + \
        page('<link rel="canonical" href="https://www.outlet.com/other/">')
    m = meta(html)
    assert m.url == "https://www.outlet.com/tv/picard-season-2/"
    assert m.domain == "outlet.com"


def test_canonical_then_og_url() -> None:
    assert meta(page('<link rel="canonical" href="https://a.example.co.uk/x">'
                     '<meta property="og:url" content="https://b.example.com/y">')).url == "https://a.example.co.uk/x"
    m = meta(page('<meta property="og:url" content="https://b.example.com/y">'))
    assert (m.url, m.domain) == ("https://b.example.com/y", "example.com")


# --- title and site name -----------------------------------------------------

def test_title_suffix_stripped_and_site_from_domain() -> None:
    # No og:site_name: the <title> part that spells the domain is the site's name.
    m = meta(page(title="Picard Season 2: Release Date, Cast | The Outlet Times"),
             url="https://www.outlettimes.com/x")
    assert m.title == "Picard Season 2: Release Date, Cast"
    assert m.site_name == "The Outlet Times"
    # No part spells it: the domain stands in.
    m = meta(page(title="Picard Season 2: Release Date, Cast | OT"), url="https://www.outlettimes.com/x")
    assert m.site_name == "outlettimes.com"


def test_a_blogger_post_names_its_blog_first_and_dates_itself_in_microdata() -> None:
    body = ('<h1>TV Hunches</h1><div class="post"><h3 class="post-title">Copperline season 3 is filming!</h3>'
            '<span class="post-timestamp">at <abbr class="published" itemprop="datePublished" '
            'title="2025-09-03T18:47:00-07:00">6:47 PM</abbr></span>' + BODY + '</div>')
    m = meta(page(body=body, title="TV Hunches: Copperline season 3 is filming!"),
             url="https://tvhunches.blogspot.com/2025/09/copperline-season-3-filming.html")
    assert (m.site_name, m.domain) == ("TV Hunches", "tvhunches.blogspot.com")
    assert m.title == "Copperline season 3 is filming!"
    assert str(m.published) == "2025-09-03 18:47:00-07:00"


def test_title_h1_beats_title_tag_and_logo_h1_is_ignored() -> None:
    body = '<header><h1>Outlet</h1></header><h1>The Witcher Season 2 Release Date</h1>' + BODY
    head = '<meta property="og:site_name" content="Outlet">'
    m = meta(page(head, body=body, title="Witcher Season 2 Release Date - Outlet"))
    assert m.title == "The Witcher Season 2 Release Date"


def test_shortened_jsonld_headline_gives_way_to_full_h1() -> None:
    head = ld({"@type": "NewsArticle", "headline": "Every Zendaya outfit, ranked"})
    body = "<h1>Every Zendaya outfit from the Dune press tour, ranked from least to most daring</h1>" + BODY
    title = "Every Zendaya outfit, ranked | Outlet"
    assert meta(page(head, body=body, title=title)).title.startswith("Every Zendaya outfit from the Dune")


def test_strip_site_suffix() -> None:
    assert strip_site_suffix("Ozark series 4 - Screen Pulse", "Screen Pulse") == "Ozark series 4"
    assert strip_site_suffix("Ozark series 4 | Reviews | Outlet", domain="outlet.com") == "Ozark series 4 | Reviews"
    assert strip_site_suffix("Star Trek: Picard – Season 2 Details Revealed") == \
        "Star Trek: Picard – Season 2 Details Revealed"


# --- date parsing ------------------------------------------------------------

def test_parse_date_forms() -> None:
    assert parse_date("2020-01-20T09:49:32+0000") == datetime(2020, 1, 20, 9, 49, 32, tzinfo=UTC)
    assert parse_date("2016-12-20T00:08:44.000Z") == datetime(2016, 12, 20, 0, 8, 44, tzinfo=UTC)
    assert parse_date("2019-06-20") == date(2019, 6, 20)
    assert parse_date("20190620") == date(2019, 6, 20)
    assert parse_date("1579436736") == datetime(2020, 1, 19, 12, 25, 36, tzinfo=UTC)
    assert parse_date("December 12, 2016") == date(2016, 12, 12)
    assert parse_date("0001-01-01T00:00:00") is None  # template default
    assert parse_date("not a date") is None
    assert parse_date(None) is None


def test_parse_human_date_prefers_published_over_updated() -> None:
    assert parse_human_date("Updated: March 5, 2021 | Published: March 1, 2021") == date(2021, 3, 1)
    assert parse_human_date("23rd January 2020") == date(2020, 1, 23)


def test_tag_walks_select_what_their_xpaths_specify():
    import lxml.html

    from aggregator.extract import metadata as m

    root = lxml.html.document_fromstring(
        '<html><head><script type="application/LD+JSON">{}</script><script type="text/javascript"></script>'
        '<link rel="Canonical" href="/a"><link rel="alternate canonical"><link rel="CANONICAL" href="/b">'
        '<link rel="stylesheet" href="/c"></head><body><time pubdate datetime="2021-01-01">x</time>'
        '<time class="entry-date" datetime="2021-01-02"></time><time class="Published" datetime="2021-01-03"></time>'
        '<time itemprop="datePublished"></time><time itemprop="x datePublished" datetime="2021-01-04"></time>'
        '<script type="ld+json"></script></body></html>')
    assert m._jsonld_scripts(root) == root.xpath(m._JSONLD_XPATH)
    assert len(m._jsonld_scripts(root)) == 2
    assert m._canonical_hrefs(root) == root.xpath(
        "//link[contains(translate(@rel,'CANONIL','canonil'),'canonical')]/@href") == ["/a", "/b"]
    assert m._time_stamps(root) == root.xpath(m._TIME_XPATH) == ["2021-01-01", "2021-01-02", "2021-01-04"]


def test_wire_copy_author_is_the_byline_writer_not_the_agency() -> None:
    obj = {"@type": "NewsArticle", "headline": "H", "datePublished": "2025-11-12",
           "author": [{"@type": "Organization", "name": "The Associated Press"}]}
    byline = ('<div class="story-byline"><span class="story-author">By MARGARET HOLLOWAY</span> '
              '<span class="story-agency">AP Television Writer</span></div>')
    assert meta(page(ld(obj), body=byline + BODY)).author == "Margaret Holloway"
    byline = '<div class="bylineItem"><span class="plainByline">By ANDREW DALTON<br>AP Entertainment Writer</span></div>'
    assert meta(page(ld(obj), body=byline + BODY)).author == "Andrew Dalton"
    # No byline: the agency stays the author.
    assert meta(page(ld(obj))).author == "The Associated Press"
    # A person as the JSON-LD author is trusted over the byline.
    obj["author"] = [{"@type": "Person", "name": "Ann One"}]
    assert meta(page(ld(obj), body=byline + BODY)).author == "Ann One"


def test_a_by_line_that_is_no_name_is_no_author() -> None:
    body = '<div class="byline">By clicking "Submit," you agree to the Terms of Use.</div>' + BODY
    assert meta(page(body=body)).author is None


def test_a_podcast_episode_page_reads_its_episode_object() -> None:
    obj = {"@type": "PodcastEpisode", "name": "Season 3 has a date", "datePublished": "2025-07-23",
           "author": {"@type": "Person", "name": "Marcus Hale"}}
    m = meta(page(ld(obj)))
    assert (m.author, m.published) == ("Marcus Hale", date(2025, 7, 23))


def test_a_qa_page_reads_its_question_json_ld() -> None:
    from aggregator.extract.html import parse_document

    ld = ('{"@context": "https://schema.org", "@type": "QAPage", "mainEntity": {"@type": "Question", '
          '"name": "When will Ironvale season 2 come out?", "dateCreated": "2026-02-10T14:02:11Z", '
          '"author": {"@type": "Person", "name": "dreamer_kestrel"}}}')
    page = parse_document(f'<html><head><script type="application/ld+json">{ld}</script></head>'
                          '<body><h1>When will Ironvale season 2 come out?</h1></body></html>')
    assert page.meta.author == "dreamer_kestrel"
    assert page.meta.published is not None and page.meta.published.isoformat().startswith("2026-02-10T14:02:11")


def test_a_syndicated_copy_is_the_original_outlets() -> None:
    # A portal's copy of another outlet's story names the original as canonical.
    head = ('<link rel="canonical" href="https://screenspark.com/2026/03/saltmarsh-season-2/">'
            '<meta property="og:site_name" content="Nimbus Start">')
    m = meta(page(head, title="Saltmarsh season 2 sets June 12 premiere"),
             url="https://www.nimbusstart.com/en-us/entertainment/tv/saltmarsh/ar-AA1Sx7k")
    assert (m.domain, m.site_name) == ("screenspark.com", "screenspark.com")
    assert m.url == "https://www.nimbusstart.com/en-us/entertainment/tv/saltmarsh/ar-AA1Sx7k"
    # A canonical on the page's own site changes nothing.
    head = '<link rel="canonical" href="https://www.outlettimes.com/x/"><meta property="og:site_name" content="Outlet Times">'
    m = meta(page(head, title="Picard Season 2"), url="https://amp.outlettimes.com/x/")
    assert (m.domain, m.site_name) == ("outlettimes.com", "Outlet Times")


def test_a_bare_time_after_posted_words_is_the_publication_date():
    from aggregator.extract.html import parse_document
    page = ("<html><head><title>wrenmoor season 2 has a date!!</title></head><body><article><p>Max has set "
            "Wrenmoor season 2 for Thursday, March 4, 2027, with the finale on April 15.</p></article>"
            '<footer><a class="permalink" href="/post/1">Posted 2 days ago</a> · '
            '<time datetime="2026-11-25T21:14:00Z">Nov 25th, 2026 9:14pm</time></footer></body></html>')
    assert parse_document(page).meta.published.isoformat() == "2026-11-25T21:14:00+00:00"
    body_date = page.replace("Posted 2 days ago", "Read the post")
    assert parse_document(body_date).meta.published is None


def test_a_bylines_trailing_outlet_name_is_not_the_writer() -> None:
    body = "<p>By Dana Whitlock, Dial Report</p>" + BODY
    m = meta(page(body=body), url="https://text.dialreport.com/2027/03/09/x")
    assert m.author == "Dana Whitlock"
