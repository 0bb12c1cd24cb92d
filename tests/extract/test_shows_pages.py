"""Kinds of page that name their show and season by their structure, whole pages through
`extract_article`: an episode guide whose schedule lies ahead, a wiki's "List of X episodes",
a show's official site, a slug naming an unnumbered final season."""

from __future__ import annotations

from aggregator.extract import extract_article


def test_an_episode_guide_whose_schedule_lies_ahead_is_a_preview():
    rows = "".join(f"<tr><td>{n}</td><td>Episode {n}</td><td>January {n * 7}, 2027</td></tr>" for n in (1, 2, 3))
    page = ("<html><head><title>The Night Clerk season 3: episode guide</title>"
            '<meta property="article:published_time" content="2026-11-23T17:00:00Z"></head><body><article>'
            "<h1>The Night Clerk season 3: episode guide</h1>"
            "<p>AMC's The Night Clerk checks back in for a third season this winter, with eight episodes.</p>"
            "<table><tr><th>No.</th><th>Title</th><th>Original air date</th></tr>" + rows + "</table>"
            "</article></body></html>")
    article = extract_article(page, url="https://www.example.com/shows/the-night-clerk-season-3-episode-guide/")
    assert article.is_preview and article.season == 3
    aired = page.replace("2026-11-23", "2027-03-01")   # the same guide after the season aired
    assert not extract_article(aired, url="https://www.example.com/shows/the-night-clerk-season-3-episode-guide/").is_preview


def test_a_list_of_episodes_page_previews_its_season_to_come():
    def page(third: str) -> str:
        return ("<html><head><title>List of Harrow Point episodes - Wikiverse</title>"
                '<meta property="article:published_time" content="2026-01-04T11:00:00Z"></head><body><main>'
                "<h1>List of Harrow Point episodes</h1>"
                "<p>Harrow Point is a British crime drama series broadcast on BBC One since 12 February 2023, "
                "and a third series has been commissioned.</p><h2>Series overview</h2><table>"
                "<tr><th>Season</th><th>Episodes</th><th colspan='2'>Originally released</th></tr>"
                "<tr><th>First released</th><th>Last released</th></tr>"
                "<tr><td>1</td><td>6</td><td>12 February 2023</td><td>19 March 2023</td></tr>"
                "<tr><td>2</td><td>6</td><td>4 February 2024</td><td>10 March 2024</td></tr>"
                f"<tr><td>3</td><td>6</td><td>{third}</td><td>TBA</td></tr></table></main></body></html>")
    url = "https://wikiverse.example/wiki/List_of_Harrow_Point_episodes"
    article = extract_article(page("7 March 2027"), url=url)
    assert (article.show, article.season, article.is_preview) == ("Harrow Point", 3, True)
    assert ("premiere", 3) in {(c.event, c.season) for c in article.release_claims}
    aired = extract_article(page("9 March 2025").replace("<td>TBA</td>", "<td>13 April 2025</td>"), url=url)
    assert (aired.show, aired.season, aired.is_preview) == (None, None, False)


def test_a_shows_official_site_names_the_show_its_headlines_leave_out():
    page = ("<html><head><title>2nd Season Starts January 10, 2027! ON AIR Information | NEWS | "
            "TV Anime \"Skybound Relay\" Official Website</title></head><body><main><article>"
            "<h2>2nd Season Starts January 10, 2027! ON AIR Information</h2>"
            "<p>The TV anime \"Skybound Relay\" 2nd Season will start broadcasting on TOKYO MX on January 10, 2027.</p>"
            "<p>The slot was previously home to \"Gear Saint Zero\", whose 2nd cour ends on December 27, 2026.</p>"
            "</article></main></body></html>")
    article = extract_article(page, url="https://skyboundrelay-anime.example/en/news/20261120_01.html",
                              published=None)
    assert (article.show, article.season) == ("Skybound Relay", 2)
    assert [(c.event, c.when.date_from.isoformat()) for c in article.release_claims] == [("premiere", "2027-01-10")]


def test_a_final_season_slug_names_the_show_the_body_numbers():
    page = ("<html><head><title>the quiet engine final season: january 21 | reblogrewind</title></head><body>"
            "<article><p>The Quiet Engine's fourth and final season premieres on Thursday, January 21, 2027, "
            "on Apple TV+.</p><p>Episodes roll out weekly through March 11, and the teaser is out now.</p>"
            "</article></body></html>")
    article = extract_article(page, url="https://www.reblog.example/post/767101/the-quiet-engine-final-season")
    assert (article.show, article.season, article.is_preview) == ("The Quiet Engine", 4, True)


def _novela(headline: str, body: str, slug: str):
    page = (f"<html><head><title>{headline} | Estreno Desk</title></head><body><article><h1>{headline}</h1>"
            f"{body}</article></body></html>")
    return extract_article(page, url=f"https://www.estreno.example/novelas/{slug}")


def test_an_unnumbered_new_title_is_its_first_season():
    # The slug begins with the quoted name (a second witness); nothing numbers a season and the
    # page speaks of a first run: season 1.
    article = _novela("Univision's 'Casa de Sal' Sets Its Estreno: Cast and Date",
                      "<p>Univision will premiere Casa de Sal on Monday, September 28, 2026, at 9/8c.</p>"
                      "<p>Grabaciones (filming) started in June in Veracruz.</p>",
                      "casa-de-sal-estreno-univision")
    assert (article.show, article.season, article.is_preview) == ("Casa de Sal", 1, True)
    assert [(c.season, c.event) for c in article.release_claims][:1] == [(1, "premiere")]


def test_a_returning_title_that_numbers_no_season_is_not_guessed_first():
    article = _novela("'Casa de Sal' Sets Its Date", "<p>Casa de Sal returns to Univision on September 28, 2026, "
                      "after a long wait for the next season.</p>", "casa-de-sal-date")
    assert article.season is None
    # A person's name deep in a slug is no witness of the headline's quote.
    article = _novela("'Casa de Sal' Sets Its Estreno", "<p>Univision will premiere it on September 28, 2026.</p>",
                      "who-is-the-star-of-casa-de-sal-estreno")
    assert article.show is None
