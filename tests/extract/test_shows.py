"""Show/season detection, season references and the preview decision, on hand-built Documents."""

from __future__ import annotations

import pytest

from aggregator.extract.document import Block, Document, PageMeta
from aggregator.extract.seasons import parse_season_ref
from aggregator.extract.shows import (
    canonical_show,
    detect_show_season,
    find_show_mentions,
    from_headline,
    from_slug,
    is_known_show,
    is_preview,
    parts_are_seasons,
)

FUTURE = "The new season will arrive next year, and filming is expected to begin soon."


def doc(title: str | None = None, *paragraphs: str, url: str | None = None,
        blocks: list[Block] | None = None, jsonld: list[dict] | None = None,
        keywords: tuple[str, ...] = ()) -> Document:
    body = list(blocks or []) + [Block("paragraph", p) for p in paragraphs]
    return Document(meta=PageMeta(title=title, url=url, keywords=keywords), blocks=body, jsonld=jsonld or [])


def seasons(text: str, **kw: bool) -> list[tuple[str, int]]:
    return [(text[s:e], n) for s, e, n in parse_season_ref(text, **kw)]


# --- canonical_show -------------------------------------------------------------------

@pytest.mark.parametrize("name, title", [
    ("Star Trek Picard", "Star Trek: Picard"),
    ("Picard", "Star Trek: Picard"),
    ("star trek: picard", "Star Trek: Picard"),
    ("La casa de papel", "Money Heist"),
    ("La Casa de Papel", "Money Heist"),
    ("Witcher", "The Witcher"),
    ("The Witcher's", "The Witcher"),
    ("the boys", "The Boys"),
    ("Handmaid's Tale", "The Handmaid's Tale"),
    ("“Severance”", "Severance"),
    ("Some Unknown Show's", "Some Unknown Show"),
    ("Another Show:", "Another Show"),
])
def test_canonical_show(name: str, title: str) -> None:
    assert canonical_show(name) == title


def test_table_helpers() -> None:
    assert is_known_show("Stranger Things") and not is_known_show("Not A Real Show")
    assert parts_are_seasons("Money Heist") and parts_are_seasons("Lupin") and not parts_are_seasons("Ozark")
    # Common-word titles are never found by scanning prose; names as written are.
    assert [t for _, _, t in find_show_mentions("See you on Wednesday, and watch Stranger Things.")] == [
        "Stranger Things"]
    assert find_show_mentions("a question of succession") == []


# --- parse_season_ref -----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Mar de Dentro temporada 2 (season 2) arrives in March", [("temporada 2", 2), ("season 2", 2)]),
    ("Star Trek Picard Season 2: Release Date", [("Season 2", 2)]),
    ("season two is coming", [("season two", 2)]),
    ("Season Two", [("Season Two", 2)]),
    ("The Boys S4 trailer", [("S4", 4)]),
    ("S02 is here", [("S02", 2)]),
    ("S2E3 review", [("S2E3", 2)]),
    ("The Witcher's third season", [("third season", 3)]),
    ("its 2nd season", [("2nd season", 2)]),
    ("the fifth and final season", [("fifth and final season", 5)]),
    ("the final season", []),
    ("Lupin Part 3 arrives", [("Part 3", 3)]),
    ("Money Heist Volume 2", [("Volume 2", 2)]),
    ("Vol. 2 hits", [("Vol. 2", 2)]),
    ("Season 4 Volume 2", [("Season 4 Volume 2", 4)]),
    ("Season 4, Part 2 arrives", [("Season 4, Part 2", 4)]),
    ("Ozark Part 2 of Season 4", [("Part 2 of Season 4", 4)]),
    ("Part 2 of the fourth season", [("Part 2 of the fourth season", 4)]),
    ("Money Heist Part 5 Volume 2", [("Part 5 Volume 2", 5)]),
    ("Stranger Things 4 Volume 2", [("4 Volume 2", 4)]),
    ("part 2 of our interview", []),
    ("seasons 1 and 2", [("seasons 1", 1), ("2", 2)]),
    ("seasons 1-3", [("seasons 1", 1), ("3", 2), ("3", 3)]),
    ("the second and third seasons", [("second and third seasons", 2), ("second and third seasons", 3)]),
    ("Season 3 Episode 4", [("Season 3", 3)]),
    ("Season 2 and 10 episodes", [("Season 2", 2)]),
    ("the 2022 season", []),
    ("S2 and S3", [("S2", 2), ("S3", 3)]),
])
def test_parse_season_ref(text: str, expected: list[tuple[str, int]]) -> None:
    assert seasons(text) == expected


def test_parts_can_be_turned_off() -> None:
    assert seasons("Part 2 arrives April 29", parts=False) == []
    assert seasons("Season 4 Part 2 arrives", parts=False) == [("Season 4 Part 2", 4)]


def test_spans_order_for_claims() -> None:
    text = "Season 1 premiered in 2020 and season 2 arrives in 2022."
    refs = parse_season_ref(text)
    assert [n for _, _, n in refs] == [1, 2]
    assert refs[0][1] <= text.index("2020") < refs[1][0]


# --- detect_show_season ---------------------------------------------------------------

@pytest.mark.parametrize("title, expected", [
    ("Star Trek Picard Season 2: Release Date, Cast, Plot, And More Updates!", ("Star Trek: Picard", 2)),
    ("When Will 'The Boys' Season 4 Come Out?", ("The Boys", 4)),
    ("When Will “Severance” Season 2 Come Out?", ("Severance", 2)),
    ("The Witcher's third season: everything we know", ("The Witcher", 3)),
    ("Ozark Part 2 of Season 4 gets a release date", ("Ozark", 4)),
    ("Everything we know about season 3 of Succession", ("Succession", 3)),
    ("Lupin Part 3: Netflix release date, cast and more", ("Lupin", 3)),
    ("La Casa de Papel Part 4 release date", ("Money Heist", 4)),
    ("Money Heist Part 5 Volume 2 trailer", ("Money Heist", 5)),
    ("Stranger Things 4 Volume 2: release date", ("Stranger Things", 4)),
    ("Netflix's Wednesday Season 2 Is Officially Happening", ("Wednesday", 2)),
    ("You Season 4 Part 2 Release Date", ("You", 4)),
    ("Bridgerton season three: Netflix confirms premiere date", ("Bridgerton", 3)),
    ("Is There Going To Be A Season 2 Of The Night Agent?", ("The Night Agent", 2)),
    ("The Boys Season 3 Episode 4 Review: Herogasm", ("The Boys", 3)),
    # A quoted title needs no table entry.
    ("When Will 'The Quiet Coast' Season 3 Come Out?", ("The Quiet Coast", 3)),
])
def test_detect_from_headline(title: str, expected: tuple[str, int]) -> None:
    assert detect_show_season(doc(title, FUTURE)) == expected


@pytest.mark.parametrize("title, body, expected", [
    ("Everything We Know About House of Cards Season 7", "House of Cards season 7 is coming.", ("House of Cards", 7)),
    ("Blue Harbour Season 2: Release Date, Cast And Plot", "Season 2 of Blue Harbour will arrive.",
     ("Blue Harbour", 2)),
    ("Will There Be a Season 3 of Blue Harbour?", "Blue Harbour's season 3 is not confirmed yet.", ("Blue Harbour", 3)),
])
def test_unknown_show_confirmed_by_body(title: str, body: str, expected: tuple[str, int]) -> None:
    assert detect_show_season(doc(title, body)) == expected


def test_unknown_name_without_confirmation_is_not_a_show() -> None:
    # A person's name before ", Season 19" is not a show name; nothing in the body says otherwise.
    page = doc("Bachelor 2015 Spoilers: Who Is Alissa Giambrone, Season 19 Contestant?",
               "Alissa Giambrone is a flight attendant from New Jersey.",
               url="http://www.example.com/the-bachelor/articles/2014-12-29-alissa-giambrone-contestant-season-19")
    show, _ = detect_show_season(page)
    assert show is None or "Alissa" not in show


def test_detect_from_url_slug() -> None:
    assert detect_show_season(doc(None, url="https://x.example/tv/star-trek-picard-season-2-release-date/")) == (
        "Star Trek: Picard", 2)
    assert detect_show_season(doc(None, url="https://x.example/when-will-the-boys-s4-come-out")) == ("The Boys", 4)
    show, season = detect_show_season(doc(None, "Blue Harbour season 3 is coming.",
                                          url="https://x.example/2021/05/blue-harbour-season-3-date.html"))
    assert (show.lower(), season) == ("blue harbour", 3)


def test_detect_from_jsonld() -> None:
    page = doc("Your weekend TV guide", jsonld=[
        {"@type": "TVSeason", "seasonNumber": "3", "partOfSeries": {"@type": "TVSeries", "name": "Slow Horses"}},
    ])
    assert detect_show_season(page) == ("Slow Horses", 3)
    episode = doc("Recap", jsonld=[{"@type": "TVEpisode", "partOfSeries": {"name": "Unknown Drama"},
                                    "partOfSeason": {"seasonNumber": 2}}])
    assert detect_show_season(episode) == ("Unknown Drama", 2)


def test_season_from_body_when_headline_has_none() -> None:
    page = doc("Stranger Things: Netflix confirms the next chapter",
               "Stranger Things season 5 will be the last.", "Season 5 is filming now.")
    assert detect_show_season(page) == ("Stranger Things", 5)


def test_show_from_body_when_headline_names_only_the_season() -> None:
    page = doc("Season 4: everything we know so far",
               "Yellowjackets season 4 is coming.", "Yellowjackets fans will have to wait.")
    assert detect_show_season(page) == ("Yellowjackets", 4)


def test_not_about_a_season() -> None:
    assert detect_show_season(doc("Ryan Gosling opens up about fatherhood", "He said it changed him.")) == (None, None)
    assert detect_show_season(doc("Noah Hawley to direct Star Trek 4", "No release date has been announced.")) == (
        None, None)
    assert detect_show_season(doc()) == (None, None)


def test_game_and_sports_seasons_are_not_shows() -> None:
    fortnite = doc("Fortnite Chapter 4 Season 2: Battle Pass skins and release date",
                   "The new Battle Pass has 100 tiers of skins and XP rewards.")
    assert detect_show_season(fortnite) == (None, None)
    assert not is_preview(fortnite, "Fortnite", 2)
    nba = doc("NBA 2023-24 season: schedule, playoffs format", "The regular season tips off in October.")
    assert detect_show_season(nba) == (None, None)
    diablo = doc("Diablo 4 Season 8 release date and battle pass", "Players can unlock new cosmetics in-game.")
    assert detect_show_season(diablo) == (None, None)


# --- is_preview -----------------------------------------------------------------------

SEED_BODY = (
    "After the first season, the fans are eagerly waiting for season 2.",
    ("There has been NO official announcement regarding the release date for Season 2. Judging by the "
     "current situation, Season 2 is likely to release at the start of 2021."),
)


def test_seed_is_preview() -> None:
    page = doc("Star Trek Picard Season 2: Release Date, Cast, Plot, And More Updates!", *SEED_BODY)
    show, season = detect_show_season(page)
    assert (show, season) == ("Star Trek: Picard", 2)
    assert is_preview(page, show, season)


@pytest.mark.parametrize("title", [
    "When Will 'The Boys' Season 4 Come Out?",
    "The Witcher season 3: trailer, cast and everything we know",
    "Bridgerton renewed for season 4 at Netflix",
    "Severance S2 trailer breakdown",
    "Will There Be a Season 3 of 'Blue Harbour'?",
    # a regulator's review is no critic's
    "'Crimson Silk Road' Season 2 Passes Censorship Review; Youku Eyes the Spring Festival",
])
def test_previews(title: str) -> None:
    page = doc(title, FUTURE)
    assert is_preview(page, *detect_show_season(page))


def test_neutral_headline_needs_a_future_body() -> None:
    page = doc("The Boys Season 4", FUTURE, "Karl Urban will return.", "The trailer is expected soon.")
    assert is_preview(page, "The Boys", 4)
    assert not is_preview(doc("The Boys Season 4", "It aired in 2024."), "The Boys", 4)


@pytest.mark.parametrize("title, body", [
    ("The Boys Season 3 Episode 4 Review: Herogasm", "The episode opens with a party. It will be remembered."),
    ("Ozark season 4 part 2 recap: the Byrdes' last stand", "Marty and Wendy will survive."),
    ("Stranger Things 4 ending explained", "Vecna will return next season."),
    ("The Boys S3E6 3.5/5", "A wild ride that will divide fans."),
    ("Squid Game season 2 breaks Netflix box office records", "It will stay in the top ten."),
    ("How to watch The Last of Us season 2 online", "Episodes will stream weekly on Max."),
    ("Where to stream Severance season 1", "It will stay on Apple TV+."),
])
def test_non_previews(title: str, body: str) -> None:
    page = doc(title, body)
    show, season = detect_show_season(page)
    assert not is_preview(page, show or "X", season or 1)


def test_best_of_list_of_many_shows_is_not_a_preview() -> None:
    page = doc("The 15 best TV shows of 2021",
               blocks=[Block("heading", "1. Succession season 3", level=2),
                       Block("paragraph", "Succession season 3 will be remembered."),
                       Block("heading", "2. Ted Lasso season 2", level=2),
                       Block("heading", "3. Squid Game season 1", level=2),
                       Block("heading", "4. The White Lotus season 1", level=2),
                       Block("heading", "5. Hacks season 1", level=2),
                       Block("paragraph", "Ted Lasso season 3 is coming next year.")])
    show, season = detect_show_season(page)
    assert not is_preview(page, show or "Succession", season or 3)
    # Same body under a single-show preview headline: still a list of many shows.
    assert not is_preview(doc("Succession season 3 release date", blocks=page.blocks), "Succession", 3)


def test_review_body_rating_line() -> None:
    page = doc("The Witcher season 2: our take", "Rating: 4/5", "Season 3 will come later.")
    assert not is_preview(page, "The Witcher", 2)


def test_sports_page_is_not_a_preview_even_with_vocabulary() -> None:
    page = doc("Lakers season 2 preview: release date of the schedule",
               "The NBA regular season starts in October.", "Playoffs will follow in April.",
               "Free agency and the draft pick will shape the roster.")
    assert not is_preview(page, "Lakers", 2)


def test_tournament_season_is_not_a_preview() -> None:
    page = doc("PKL Season 12: Full Schedule, Teams, Venues And Live Streaming Details",
               "The Pro Kabaddi League is back! PKL Season 12 will begin on 29th August 2025.",
               "The league stage will be played in four cities.", "All matches will stream live.")
    assert not is_preview(page, "PKL", 12)


def test_release_date_and_where_to_watch_is_a_preview() -> None:
    # The viewing guide of a season still to come announces its release.
    page = doc("Chowk Bazaar Season 3 OTT Release Date: When And Where To Watch", FUTURE)
    assert is_preview(page, "Chowk Bazaar", 3)


def test_a_titled_season_outweighs_a_paragraph_on_cricket() -> None:
    # The headline numbers the show's season and names no sport: two sport names in one
    # paragraph (the premiere dodging the IPL) do not make the page a sports page.
    page = doc("Pataal Gali Season 2 OTT Release Date: When and Where to Watch",
               "The makers have confirmed that Pataal Gali Season 2 will stream from 14th March.",
               "The release comes a week before IPL 2026 begins, when all eyes will be on cricket.",
               url="https://www.example.in/ott/pataal-gali-season-2-ott-release-date")
    assert detect_show_season(page) == ("Pataal Gali", 2)
    assert is_preview(page, "Pataal Gali", 2)


def test_a_season_that_lands_and_a_when_are_they_on_headline_are_previews() -> None:
    assert is_preview(doc("Paramount says 'Harbor Lights' season 2 lands later this quarter", FUTURE),
                      "Harbor Lights", 2)
    assert is_preview(doc("Harbor Lights Christmas special and series 3: when are they on?", FUTURE),
                      "Harbor Lights", 3)


def test_a_dated_headline_a_when_question_and_a_docuseries_are_previews() -> None:
    assert is_preview(doc("'Harbor Lights' Season 3 Splashes onto Disney Junior August 10", FUTURE), "Harbor Lights", 3)
    assert is_preview(doc("When is 'Harbor Lights' season 3 on Netflix? History points to June", FUTURE),
                      "Harbor Lights", 3)
    page = doc("'Full Court' season 2: Prime Video's NBA docuseries eyes a February launch",
               "The NBA regular season tips off in October, and playoffs follow in April.", FUTURE)
    assert is_preview(page, "Full Court", 2)
    assert is_preview(doc("Hasbro Targets Q4 for 'Harbor Lights' Season 2 on Netflix, Toys First", FUTURE),
                      "Harbor Lights", 2)
    # A plain viewing guide still is not.
    assert not is_preview(doc("Is Harbor Lights season 1 on Netflix?", FUTURE), "Harbor Lights", 1)


def test_known_show_about_football_stays_a_preview() -> None:
    page = doc("Ted Lasso season 3: release date, cast and what to expect",
               "AFC Richmond is back in the Premier League.", "The new season will arrive in March.")
    assert detect_show_season(page) == ("Ted Lasso", 3)
    assert is_preview(page, "Ted Lasso", 3)


def test_no_show_no_preview() -> None:
    assert not is_preview(doc("Release date news", FUTURE), None, None)
    assert not is_preview(doc("Stranger Things news", FUTURE), "Stranger Things", None)


@pytest.mark.parametrize("title, body, url, expected", [
    # A preposition left over in front of the name by a listicle lead-in.
    ("6 Things We Know About Nightjar Season 2", "Nightjar season 2 is on its way. " + FUTURE, None, ("Nightjar", 2)),
    # The slug names show and season; the headline names the show without its season.
    ("Low Tide is coming back. Probably next summer.", FUTURE,
     "https://x.example/p/low-tide-season-2-renewed", ("Low Tide", 2)),
    # "X's last season": the body numbers it ("the fifth season of X").
    ("Dead Reckoning's last season: the dates, the rumours, the goodbye",
     "AMC made it official: the fifth season of Dead Reckoning will be its last. " + FUTURE, None,
     ("Dead Reckoning", 5)),
])
def test_unknown_show_from_two_witnesses(title: str, body: str, url: str | None, expected: tuple[str, int]) -> None:
    assert detect_show_season(doc(title, body, url=url)) == expected


def test_a_slug_name_the_headline_does_not_repeat_stays_unconfirmed() -> None:
    page = doc("Everything coming to streaming this week", FUTURE, url="https://x.example/p/low-tide-season-2-renewed")
    assert detect_show_season(page)[0] != "Low Tide"


def test_a_labelled_review_names_the_quoted_title() -> None:
    page = doc("TV Review: 'The Lantern Keepers' is a cozy mystery that takes its time",
               "The Lantern Keepers is gentle, and its first season is all on Apple TV+ now.")
    assert detect_show_season(page) == ("The Lantern Keepers", 1)
    assert detect_show_season(doc("Review: the best shows of the year", "Many shows.")) == (None, None)


def test_a_scare_quoted_word_before_the_season_is_no_title() -> None:
    page = doc("'Midnight Motel' star Kai Brennan teases 'bloodiest' season 3 at Netflix bash",
               "Midnight Motel season 3 is coming. " + FUTURE)
    assert detect_show_season(page) == ("Midnight Motel", 3)


def test_gallery_slide_counters_are_not_a_review_rating() -> None:
    slides = [Block("paragraph", f"{n} / 5") for n in range(1, 6)]
    page = doc("'Harbor Lights' stars say goodbye to Boston as season 2 wraps",
               "The show is slated to return in January.", "The season finale is expected to air in May.",
               "Filming will start again next year.", blocks=slides)
    assert is_preview(page, "Harbor Lights", 2)
    rated = doc("Harbor Lights season 2 review", "Rating: 4/5", blocks=[])
    assert not is_preview(rated, "Harbor Lights", 2)


def test_a_longer_name_ending_like_a_known_the_title_is_not_it() -> None:
    # "Gully Boys" is not The Boys, in the headline, the slug or the body.
    page = doc("Gully Boys season 2 commissioned by the ABC", "The ABC commissioned a second season of Gully Boys.",
               url="https://x.example/news/gully-boys-season-2-abc-commissioned")
    assert detect_show_season(page) == ("Gully Boys", 2)
    assert [t for _, _, t in find_show_mentions("Gully Boys and Bad Boys are back.")] == []
    # Without its "The" the title still counts after a lead-in, a possessive or at the start.
    assert [t for _, _, t in find_show_mentions("HBO's Last of Us is back; so is The Boys.")] == [
        "The Last of Us", "The Boys"]
    assert detect_show_season(doc(None, url="https://x.example/netflix-witcher-season-4")) == ("The Witcher", 4)


def test_a_quoted_name_in_the_headline_witnesses_the_slug() -> None:
    page = doc("Live: 'Cinder Hall' says goodbye at PaleyFest — final season news",
               "The cast is at the Dolby Theatre for PaleyFest.",
               url="https://x.example/live/cinder-hall-season-4-paleyfest-live")
    assert detect_show_season(page) == ("Cinder Hall", 4)


def test_a_countdown_headline_is_preview_vocabulary() -> None:
    page = doc("Velvet Tongue Season 2 Countdown",
               "Peacock hasn't dated Velvet Tongue season 2 yet, but the streamer is targeting a summer launch.")
    assert is_preview(page, "Velvet Tongue", 2)
    assert not is_preview(doc("Velvet Tongue Season 2 Review", "It was fine."), "Velvet Tongue", 2)


def test_german_and_french_season_words_and_umlauts_in_slugs() -> None:
    assert seasons("Nordlicht Staffel 3 kommt") == [("Staffel 3", 3)]
    assert seasons("la saison 2 de Lupin") == [("saison 2", 2)]
    page = doc("Der Grenzgänger season 2: ZDF Mediathek first, then TV",
               url="https://x.example/en/serien/der-grenzgaenger-staffel-2-start-mediathek")
    assert detect_show_season(page) == ("Der Grenzgänger", 2)


def test_a_question_headline_leads_in_with_its_auxiliary() -> None:
    page = doc("When Will Ironvale Season 2 Come Out?", "Ironvale season 2 is coming.")
    assert detect_show_season(page) == ("Ironvale", 2)


def test_more_preview_headline_words_and_a_first_episode_listing() -> None:
    future = ("The second series will start on Sunday at 9pm.", "It will run for six weeks.",
              "The cast is expected to return.")
    assert is_preview(doc("Nordlicht season 3: Netflix sets 2 April worldwide", *future[1:2]), "Nordlicht", 3)
    assert is_preview(doc("Is Bella Kirwan leaving Ember & Ash before season 2?", *future[1:2]), "Ember & Ash", 2)
    assert is_preview(doc("Maple & Vine: Season 2, Episode 1 – Homecoming", *future), "Maple & Vine", 2)
    assert is_preview(doc("Maple & Vine: Season 2, Episode 1 – Homecoming", future[1]), "Maple & Vine", 2)
    assert not is_preview(doc("Maple & Vine: Season 2, Episode 1 – Homecoming", "It was a fine hour."),
                          "Maple & Vine", 2)
    # A later episode, or a first episode's recap, is no preview.
    assert not is_preview(doc("Maple & Vine: Season 2, Episode 3 – The Fair", *future), "Maple & Vine", 2)
    assert not is_preview(doc("Maple & Vine Season 2, Episode 1 ending explained", *future), "Maple & Vine", 2)


def test_a_question_before_the_season_names_the_show_and_a_renewal_confirms_it() -> None:
    page = doc("Did Paramount+ cancel Red Mesa? Is season 3 happening?",
               "It wasn't cancelled. Paramount+ renewed Red Mesa for a third season on March 3, 2026.")
    assert detect_show_season(page) == ("Red Mesa", 3)
    # Without the body's witness the unknown name is not taken.
    assert detect_show_season(doc("Did Paramount+ cancel Red Mesa? Is season 3 happening?",
                                  "Nobody knows yet.")) == (None, None)


def test_schedule_and_order_headlines_are_previews_and_a_slug_drops_final() -> None:
    body = "It will be worth the wait."
    assert is_preview(doc("Sable Coast season 2 delayed to early 2027", body), "Sable Coast", 2)
    assert is_preview(doc("'Northlight' season 2 moves up to March 25", body), "Northlight", 2)
    assert is_preview(doc("BBC orders second series of gothic hit 'Wildfell'", body), "Wildfell", 2)
    page = doc("Kestrel Bay's final season gets a two-part release", "Kestrel Bay season 5 arrives in two parts.",
               url="https://x.example/news/kestrel-bay-final-season-5-dates")
    assert detect_show_season(page) == ("Kestrel Bay", 5)


def test_the_first_n_seasons_are_seasons_one_to_n():
    text = "The first two seasons premiered in March 2021 and March 2022."
    assert seasons(text) == [("The first two seasons", 1), ("The first two seasons", 2)]
    assert seasons("The first season premiered in 2021.") == [("first season", 1)]


def test_a_headline_about_the_wait_is_preview_vocabulary() -> None:
    page = doc("Pendleton Hall series 2: still waiting", "Still no date, and ITV is quiet. The cast is confirmed to return.")
    assert is_preview(page, "Pendleton Hall", 2)


def test_a_ratings_headline_is_no_preview() -> None:
    page = doc("Ratings: 'Halcyon Drive' Season 3 Finale Hits Series High Since Premiere",
               "CBS has renewed the drama for a fourth season, which is expected this fall.")
    assert not is_preview(page, "Halcyon Drive", 3)


def test_a_shows_top_10_history_is_no_list_of_shows() -> None:
    page = doc("Bramblewick Season 2: Release Date Outlook, Cast and Top 10 History",
               "We think Bramblewick season 2 will land on Netflix in late July.")
    assert is_preview(page, "Bramblewick", 2)
    assert not is_preview(doc("Top 10 shows of the year, ranked", FUTURE), "Bramblewick", 2)


def test_a_name_before_for_or_a_foreign_renewed_stops_there() -> None:
    assert from_headline("Netflix renews Distrito Cero for temporada 2") == [("Distrito Cero", 2, False)]
    assert from_slug("https://x.example/en/series/distrito-cero-renovada-temporada-2") == [("Distrito Cero", 2, False)]
    page = doc("Scoop: Marrow season 2 starts filming next month",
               "Scoop: Peacock's Marrow is coming back for season 2, and production starts next month.")
    assert detect_show_season(page) == ("Marrow", 2)


def test_a_bare_last_in_a_headline_is_no_preview_word() -> None:
    # "Last Week Tonight" and "last night's" are no final season: with no other preview word the
    # body must speak of the future three times.
    page = doc("Last Week Tonight season 12: last night's segment on streaming", "The show will be back next week.")
    assert not is_preview(page, "Last Week Tonight", 12)
    assert is_preview(doc("Wolf Moon Ranch season 4 will be the last", "Production starts in February."),
                      "Wolf Moon Ranch", 4)
