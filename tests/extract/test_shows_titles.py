"""Show detection for titles outside the alias table with punctuation, and the season of a review."""

from __future__ import annotations

import pytest

from aggregator.extract.document import Block, Document, PageMeta
from aggregator.extract.show_names import from_headline, from_slug
from aggregator.extract.shows import detect_show_season, is_preview


def doc(title: str | None, *paragraphs: str, url: str | None = None) -> Document:
    return Document(meta=PageMeta(title=title, url=url), blocks=[Block("paragraph", p) for p in paragraphs])


@pytest.mark.parametrize("title, url, expected", [
    # Abbreviation periods and '&' inside an unknown title, the verb phrase after it dropped.
    ("Dr. & Mrs. Hollow Renewed for Season 3 at Hulu",
     "https://x.example/news/dr-and-mrs-hollow-season-3-renewed", ("Dr. & Mrs. Hollow", 3)),
    ("St. Agnes Bay Is Back for Season 2, With a New Villain",
     "https://x.example/st-agnes-bay-season-2-back", ("St. Agnes Bay", 2)),
])
def test_unknown_title_with_punctuation(title: str, url: str, expected: tuple[str, int]) -> None:
    page = doc(title, "The new season will arrive next year, and filming is expected to begin soon.", url=url)
    assert detect_show_season(page) == expected
    assert is_preview(page, *expected)


def test_a_wiki_subpage_of_the_shows_page() -> None:
    # MediaWiki names a season's page "Show/Season N" under the show's page.
    page = doc("Harbor Lights/Season 2", "The second season of Harbor Lights consists of eight episodes.",
               url="https://wiki.example/wiki/Harbor_Lights/Season_2")
    assert detect_show_season(page) == ("Harbor Lights", 2)
    # A slash inside a title stays; a section above a bare season page names no show.
    assert from_headline("Love/Hate Season 3 is coming") == [("Love/Hate", 3, False)]
    assert from_slug("https://x.example/tv/season-3") == [(None, 3, False)]


def test_a_sentence_break_still_splits_a_headline() -> None:
    # "... Ends. Blue Harbour ..." is two segments: the name is the one before the season.
    page = doc("The Wait Ends. Blue Harbour Season 2 Gets a Date", "Blue Harbour season 2 arrives in May.")
    assert detect_show_season(page) == ("Blue Harbour", 2)


def test_review_of_a_first_season_musing_about_a_second() -> None:
    # (A table show: an unknown name needs a second witness, which is another test's business.)
    page = doc("'Yellowjackets' Review: A Slow, Gorgeous Drama",
               "Yellowjackets premieres Friday with three episodes.",
               "Nobody has said whether there will be a second season.")
    assert detect_show_season(page) == ("Yellowjackets", 1)
    episode = doc("Slow Horses Episode 3 Review: The Long Walk", "Halfway through a season, it is still tense.")
    assert detect_show_season(episode) == ("Slow Horses", 1)


@pytest.mark.parametrize("title, url, expected", [
    # An unknown title before "Review": quoted it stands alone, unquoted the slug confirms it.
    ("'The Lowland Years' Review: A Slow-Burn Family Saga", None, ("The Lowland Years", 1)),
    ("Dilli Dark Review: A Gripping Crime Thriller", "https://x.example/reviews/dilli-dark-review.html",
     ("Dilli Dark", 1)),
    # Unconfirmed, or no title at all: nothing.
    ("Dilli Dark Review: A Gripping Crime Thriller", "https://x.example/reviews/12345", (None, None)),
    ("Our Review: The Week in Television", "https://x.example/our-review-of-the-week", (None, None)),
])
def test_unknown_title_of_a_review(title: str, url: str | None, expected: tuple) -> None:
    assert detect_show_season(doc(title, "The cast is strong and the writing sharp.", url=url)) == expected


def test_review_keeps_a_season_the_body_names() -> None:
    page = doc("'Yellowjackets' Review: Still Gorgeous",
               "Season 3 of Yellowjackets opens with a funeral.",
               "The show has not been renewed for another season yet.")
    assert detect_show_season(page) == ("Yellowjackets", 3)


def test_a_preview_still_reads_an_indefinite_season() -> None:
    # Not a review: "a second season" is what the preview is about.
    page = doc("'Yellowjackets': Everything We Know",
               "Showtime has renewed Yellowjackets for a second season.", "Yellowjackets will return next year.")
    assert detect_show_season(page) == ("Yellowjackets", 2)


@pytest.mark.parametrize("title, url, expected", [
    # A colon inside the title: the slug confirms the whole name.
    ("Foo Hollow: The Reckoning Season 2 Release Date, Cast and More",
     "https://x.example/foo-hollow-the-reckoning-season-2-release-date", ("Foo Hollow: The Reckoning", 2)),
    # A lead-in before the colon is not part of the name.
    ("Exclusive: Blue Harbour Season 2 Casts Its Villain",
     "https://x.example/blue-harbour-season-2-villain", ("Blue Harbour", 2)),
])
def test_title_across_a_colon(title: str, url: str, expected: tuple[str, int]) -> None:
    page = doc(title, "The new season will arrive next year, and filming is expected to begin soon.", url=url)
    assert detect_show_season(page) == expected


@pytest.mark.parametrize("title, body, url, expected", [
    # A press release's capitals hide where the name starts: the slug names it, the body spells it.
    ("MERIDIAN RENEWS PINE & PROSPER FOR A THIRD SEASON",
     "Meridian has renewed its hit comedy Pine & Prosper for a third season.",
     "https://press.example/releases/pine-and-prosper-renewed-season-three.html", ("Pine & Prosper", 3)),
    ("MERIDIAN SETS SEPT. 14 PREMIERE FOR SEASON FIVE OF HARLAN'S RIDGE",
     "Harlan's Ridge returns for its fifth season on Sunday, Sept. 14.",
     "https://press.example/releases/harlans-ridge-season-five-premiere-date.html", ("Harlan's Ridge", 5)),
    # A quoted title numbered like a sequel (K-drama style).
    ("'Love in Jeju 2' Returns to Netflix in April", "The romance drama returns in April.",
     "https://k.example/news/1234", ("Love in Jeju", 2)),
    ("'Moonlit Sword Part 2' Premieres March 14", "The historical drama returns in March.",
     "https://k.example/news/1235", ("Moonlit Sword", 2)),
    # A known title, a bare number and a colon; and "renews X for a second season".
    ("Squid Game 2: Netflix Confirms December Release Date", "The new season arrives in December.",
     "https://x.example/news/12345", ("Squid Game", 2)),
    ("Apple renews Palm Royale for a second season", "Palm Royale season 2 will film next year.",
     "https://x.example/news/12346", ("Palm Royale", 2)),
    # A forum's flair tag and a casting verb before the show are not its name.
    ("[Rumor] Cold Orbit Season 4 reportedly delayed to 2027", "Cold Orbit season 4 may slip to 2027.",
     "https://forum.example/t/12347", ("Cold Orbit", 4)),
    ("Olivia Thorne joins Grimsby Manor season 2", "Grimsby Manor season 2 films in April.",
     "https://forum.example/t/12348", ("Grimsby Manor", 2)),
    # A Portuguese particle inside a name is not the lead-in "do" of "When do …".
    ("Os Herdeiros do Sertão season 3 (temporada 3): filming starts in Pernambuco", "Filming started in January.",
     "https://br.example/en/series/os-herdeiros-do-sertao-temporada-3.html", ("Os Herdeiros do Sertão", 3)),
    # A quoted episode title after the season is no sequel.
    ("Star Trek: Picard Season 1 Finale Review: 'Et in Arcadia Ego, Part 2'", "What a finale.",
     "https://x.example/star-trek-picard-season-1-finale-review.html", ("Star Trek: Picard", 1)),
    # "gets a Season 2": the verb is not part of the name (headline and slug alike).
    ("Hollow Creek gets a SEASON 2!!", "The network renewed Hollow Creek on December 10.",
     "https://fan.example/news/hollow-creek-renewed-season-2.html", ("Hollow Creek", 2)),
    # An episode code names the season.
    ("REVIEW: Fernwood Falls 2x13 “Thin Ice” (season finale)", "What a finale for Fernwood Falls.",
     "https://fan.example/news/fernwood-falls-2x13-review.html", ("Fernwood Falls", 2)),
])
def test_capitals_sequel_numbers_verbs_and_episode_codes(title: str, body: str, url: str,
                                                          expected: tuple[str, int]) -> None:
    assert detect_show_season(doc(title, body, url=url)) == expected


def test_a_slug_name_is_confirmed_by_the_description() -> None:
    page = doc("SEASON 3 TRAILER!!!", "The Season 3 trailer was released on December 3.",
               url="http://fan.example/news/2025/fernwood-falls-season-3-trailer.html")
    assert detect_show_season(page) == (None, None)
    page.meta.description = "The Cliffhanger Lounge - your #1 Fernwood Falls fan site"
    assert detect_show_season(page) == ("Fernwood Falls", 3)


def test_a_slug_particle_is_kept_but_a_lead_in_do_is_not() -> None:
    assert detect_show_season(doc(None, "Filming starts soon.",
                                  url="https://x.example/when-do-the-boys-season-4-come-out")) == ("The Boys", 4)


def test_a_quoted_title_in_a_headline_without_a_season_takes_the_bodys():
    page = doc("Peacock's 'Harbor Lights' renewal is a retention bet, Comcast's numbers show",
               "Peacock renewed Harbor Lights for a second season on April 21, two days before the earnings call.",
               "The new season will arrive next year, and filming is expected to begin soon.")
    assert detect_show_season(page) == ("Harbor Lights", 2)
    final = doc("'Harbor Lights' Boss on the Final Season: 'It Isn't Happening in 2026'",
                "HBO renewed Harbor Lights for a fourth and final season on May 19, 2025.",
                "The new season will arrive next year, and filming is expected to begin soon.")
    assert detect_show_season(final) == ("Harbor Lights", 4)
    # Without the body's witness an unknown quoted name is no show.
    assert detect_show_season(doc("Why 'Quiet Hours' matters", "A column about television.")) == (None, None)


def test_a_count_of_parts_is_no_season_number():
    # (the slug names the show of a final season, and "two parts" numbers no season)
    assert from_slug("https://x.example/p/harbor-lights-final-season-two-parts") == [("Harbor Lights", None, False)]
    assert from_headline("Harbor Lights Season 2 Part 1 arrives") == [("Harbor Lights", 2, False)]


def test_an_unknown_title_numbered_like_a_sequel_with_its_slug_as_witness():
    page = doc("Harbor Lights 3 arrives in the spring of 2027: the shoot is over",
               "The new season will arrive next year, and filming is expected to begin soon.",
               url="https://x.example/tv/harbor-lights-3-sky-spring-2027")
    assert detect_show_season(page) == ("Harbor Lights", 3)
    assert from_headline("La Casa dei Gelsi 2: when it begins the second season") == [("La Casa dei Gelsi", 2, False)]
    # A season word is no part of the title; a list's count is no sequel.
    assert from_headline("Outer Banks Season 4: release date")[0][:2] == ("Outer Banks", 4)
    assert from_headline("Top 10 shows of the year") == []
    # An Italian edition's "stagione 3" in the slug.
    assert from_slug("https://x.example/en/serie-tv/black-harbor-stagione-3-uscita") == [("Black Harbor", 3, False)]
