"""Seasons numbered the ways of other traditions (a Turkish "2. Sezon", a soap's 64th season, an
anthology's installments and subtitles), and the second witnesses of a headline's show: a slug that
names it as its subject, a body that says it was recommissioned."""

from __future__ import annotations

from tests.extract.test_shows import detect_show_season, doc, is_preview, seasons


def test_a_dotted_ordinal_before_the_word_numbers_a_season():
    assert seasons("'Kırık Aynalar' 2. Sezon: Show TV Confirms") == [("2. Sezon", 2)]
    assert seasons("Die 2. Staffel startet im Mai") == [("2. Staffel", 2)]
    # A sentence's full stop after a year is no ordinal.
    assert seasons("It ended in 2019. Season 3 begins soon.") == [("Season 3", 3)]


def test_a_long_running_soaps_seasons_are_seasons():
    assert seasons("Locking In Its 64th and 65th Seasons") == [("64th and 65th Seasons", 64),
                                                               ("64th and 65th Seasons", 65)]
    assert seasons("Crescent Bay season 38 begins") == [("season 38", 38)]


def test_an_anthologys_installments_and_subtitles() -> None:
    assert seasons("'Snow County' Installment 6 Is Set in 1987") == [("Installment 6", 6)]
    assert seasons("Everything on the fifth installment") == [("fifth installment", 5)]
    page = doc("'Dead Acre: Saltmarsh' Premieres in January on HBO and Max",
               "HBO's anthology returns for its fifth installment, Saltmarsh, in January.",
               url="https://x.example/anthologies/dead-acre-saltmarsh-season-5-january-hbo-max")
    assert detect_show_season(page) == ("Dead Acre", 5)


def test_a_forum_topic_whose_body_says_the_show_was_recommissioned() -> None:
    page = doc("Low Tide at Penhallow renewed for series 2!",
               "Channel 4 announced on Tuesday 16th February that Low Tide at Penhallow has been recommissioned "
               "for a second series.", url="https://forum.example/viewtopic.php?t=4755")
    assert detect_show_season(page) == ("Low Tide at Penhallow", 2)


def test_a_slug_that_names_the_show_as_its_subject_witnesses_the_headline() -> None:
    page = doc("Wolf Moon Ranch season 4 will be the last", "Production starts in February in Montana.",
               url="https://x.example/2025/12/wolf-moon-ranch-final-season.html")
    assert detect_show_season(page) == ("Wolf Moon Ranch", 4)
    assert is_preview(page, "Wolf Moon Ranch", 4)
    # A one-word name, as the slug's first word.
    page = doc("Brackenmoor's final series: when can we expect it?",
               "Channel 4 has confirmed that the fourth series of Brackenmoor will be its last.",
               url="https://x.example/brackenmoor-final-series-when/")
    assert detect_show_season(page) == ("Brackenmoor", 4)
    # A person's name in the slug is no show's witness.
    page = doc("Who Is Alissa Giambrone, Season 19 Contestant?", "She is a flight attendant.",
               url="https://x.example/alissa-giambrone-contestant-profile/")
    assert detect_show_season(page)[0] is None
