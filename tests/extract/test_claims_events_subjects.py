"""Release-claim rules found on blind batches V–Y (fixtures/CONVENTIONS.md, "Release claims"):
which event a date's wording names ("the final", "went up on", "will start broadcasting"), whose
season it is (a yardstick season, a "whose" clause, a later episode, a date in the possessive), and
dates that are no claims (offers, struck-out runs, "never set"), each on made-up sentences.

The page previews season 2 of "Harbor Lights", published on 1 March 2024 unless a test says otherwise
(the helpers of test_claims_rules.py).
"""

from __future__ import annotations

from aggregator.extract.claims import extract_claims
from aggregator.extract.document import Block
from tests.extract.test_claims_rules import SHOW, D, events

# --- A contest's "final" (British usage) ---------------------------------------------------------

def test_the_final_as_a_noun_is_the_finale():
    text = "Series 11 launched on 2nd June 2025 and ran for eight weeks, with the final on 28th July."
    assert events(text, season=12, published="2026-03-01") == [(11, "premiere", "2025-06-02"),
                                                                 (11, "finale", "2025-07-28")]
    assert events("The live final airs on 28th July.") == [(2, "finale", "2024-07-28")]


def test_the_final_season_is_no_contest_final():
    assert events("The final season is set for June 2024.") == [(2, "premiere", "2024-06-01")]


# --- A season as the yardstick of another's timing -----------------------------------------------

def test_a_yardstick_season_is_not_the_subject():
    text = "If it follows the first series' pattern, the show would be on screens around October."
    assert events(text, published="2026-03-01") == [(2, "premiere", "2026-10-01")]
    assert events("On the same schedule as season 1, it would arrive in May 2024.") == [(2, "premiere", "2024-05-01")]


def test_a_possessive_season_event_is_that_season():
    assert events("Season 1's finale aired on May 3, 2023.") == [(1, "finale", "2023-05-03")]


# --- Offers: a promo code's or a discount's deadline ---------------------------------------------

def test_an_offer_deadline_is_no_claim():
    assert events("Use code RENEWAL by October 31st for half off your first box.") == []
    assert events("Renew by October 31st for half off.") == []


def test_an_offer_beside_a_premiere_keeps_the_premiere():
    assert events("Season 2 premieres May 3, and fans get 50% off until April 30.") == [(2, "premiere", "2024-05-03")]


# --- A date given "for season two" ---------------------------------------------------------------

def test_a_date_given_for_the_season_is_its_premiere():
    text = "Apple's only said \"later this year\" for season two, and that's it."
    assert events(text, published="2026-09-01") == [(2, "premiere", "2026-09-02")]


def test_a_date_for_the_season_without_a_giver_is_nothing():
    assert events("Casting closes in May 2027 for season 2.", published="2026-09-01") == []


# --- Struck-out text, update banners, "never set" ------------------------------------------------

def test_a_struck_date_is_withdrawn():
    block = Block("paragraph", "Season 2 premieres on Thursday, May 21 Thursday, May 7, 2024.", struck=("Thursday, May 21",))
    found = extract_claims([block], 2, D("2024-03-01"), SHOW)
    assert [(c.event, c.when.date_from.isoformat()) for c in found] == [("premiere", "2024-05-07")]


def test_a_numbered_update_banner_dates_the_edit():
    text = ("UPDATE 2 (May 6, 2026, 4:10 p.m. ET): FX says the season will now premiere in September "
            "instead of on June 24; a specific date will follow.")
    assert events(text, published="2026-05-05") == [(2, "premiere", "2026-09-01")]


def test_a_date_a_party_says_was_never_set_is_no_claim():
    text = "A premiere date of January 14 circulated online on Tuesday; HBO says it was never set."
    assert events(text, published="2026-10-01") == []
    assert events("Season 2 premieres January 14, HBO says.", published="2026-10-01") == [(2, "premiere", "2027-01-14")]


# --- Batch W: voice recording, schedule moves, announced renewals, later episodes ----------------

def test_a_voice_recording_that_finished_is_no_finale():
    assert events("Voice recording finished back in March.", published="2026-09-01") == []
    assert events("Season 1 finished on March 3, 2024.", published="2026-09-01") == [(1, "finale", "2024-03-03")]


def test_a_season_pushed_to_a_weekday_date_keeps_the_new_date_not_the_first_slot():
    text = ("The CW has pushed the sixth season back a week, to Monday, October 26, at 8 p.m., to make room "
            "for the baseball playoffs; the network had first slotted it for October 19.")
    assert events(text, season=6, published="2026-09-01") == [(6, "premiere", "2026-10-26")]


def test_a_renewal_dated_by_the_announcement_told_after_it():
    text = ("CBS has renewed The Cartwright Files for a fourth season, the network announced at its upfront "
            "presentation on May 19.")
    assert events(text, season=4, published="2026-05-20", show="The Cartwright Files") == [(4, "renewal", "2026-05-19")]


def test_a_later_episodes_date_is_no_premiere():
    assert events("Episode 2 has moved to Sunday 22 March because of live FA Cup coverage.", published="2026-03-01") == []
    assert events("The end card of episode five promised Part 2 this summer.", published="2021-03-01") == [
        (2, "premiere", "2021-06-01")]


def test_a_whose_clause_dates_the_other_titles_season():
    text = "It takes over the Sunday slot from The Gilded Shore, whose second season ends on February 28."
    assert events(text, season=3, published="2026-11-01", show="Brightmoor") == []
    own = "Brightmoor, whose third season ends on February 28, is back."
    assert events(own, season=3, published="2026-11-01", show="Brightmoor") == [(3, "finale", "2027-02-28")]


def test_filming_that_took_place_in_and_around_a_town_from_a_to_b():
    text = "Principal photography on season 3 took place in and around Hebden Bridge from April 20 to September 25, 2026."
    assert events(text, season=3, published="2026-11-01") == [(3, "production_start", "2026-04-20"),
                                                              (3, "production_end", "2026-09-25")]


def test_a_season_that_went_up_on_a_platform_premiered():
    assert events("The second season went up on Netflix on June 11, 2025.", season=3, published="2026-03-01") == [
        (2, "premiere", "2025-06-11")]
    assert events("Prices went up on March 3, 2025.", season=3, published="2026-03-01") == []


def test_finishing_a_race_in_a_place_is_no_finale():
    text = '"It made me look like a villain," said Jonas Vik, who finished second last July.'
    assert events(text, season=3, published="2026-03-01") == []
    assert events("The season finished last week.", published="2026-09-09") == [(2, "finale", "2026-08-31")]


def test_a_date_in_the_possessive_names_a_thing_of_that_time():
    text = ("Crews followed eight teams through last year's Tour, which ran from July 5 to July 27, and the "
            "race's organisers have already signed off on access for 2026.")
    assert events(text, season=3, published="2026-03-01") == []
    assert events("Season 3 is slated for next year's spring slate.", season=3, published="2026-03-01") == [
        (3, "premiere", "2027-01-01")]
    assert events("Season 5 signed off on June 25 with a clip show.", season=5, published="2026-07-01") == [
        (5, "finale", "2026-06-25")]


def test_filming_that_resumed_somewhere_dates_no_start():
    text = "Filming resumed in Wilmington, N.C., on July 13 and is expected to wrap in November."
    assert events(text, season=4, published="2026-08-05") == [(4, "production_end", "2026-11-01")]
    assert events("It was picked up for a second season in March 2025.", published="2026-08-05") == [
        (2, "renewal", "2025-03-01")]


def test_production_that_took_place_in_an_abbreviated_place_from_a_to_b():
    text = "Production took place in Savannah, Ga., from April through July 2026, according to the film office."
    assert events(text, published="2026-11-01") == [(2, "production_start", "2026-04-01"),
                                                    (2, "production_end", "2026-07-01")]


def test_a_later_date_with_a_verb_of_its_own_does_not_take_the_earlier_event():
    text = "The first season premiered in October 2024, won a Peabody in June 2025, and now there is a second."
    assert events(text, published="2026-03-01") == [(1, "premiere", "2024-10-01")]
    assert events("Season 1 premiered in October 2024 and season 2 in June 2025.", published="2026-03-01") == [
        (1, "premiere", "2024-10-01"), (2, "premiere", "2025-06-01")]


def test_a_scoops_date_is_when_the_outlet_had_the_story():
    assert events("Deadline first reported the renewal talks in February.", season=3, published="2027-03-15") == []
    assert events("Collider first reported the May premiere window in February.", season=3,
                  published="2027-03-15") == []
    # The reported statement's own verb keeps its date.
    assert events("Variety first reported that the show would return in May 2027.", season=3,
                  published="2027-03-15") == [(3, "premiere", "2027-05-01")]


def test_a_licence_end_is_no_release():
    assert events("Tip: series one to three are on Channel 4's streaming service until 31 March 2027.",
                  season=3, published="2027-03-15") == []
    assert events("The first season is available on Hulu until June 5.", season=2, published="2027-03-15") == []
    # A break that ends on the date is the return.
    assert events("The show is on hiatus until May 5, when season 2 premieres.", season=2,
                  published="2027-03-15") == [(2, "premiere", "2027-05-05")]


def test_a_soaps_milestones_awards_and_actors_returns_are_no_releases():
    kw = {"season": 64, "published": "2026-02-12"}
    assert events("Before then, the soap's 15,000th episode airs March 23, and a 63rd-anniversary episode "
                  "is set for April 6.", **kw) == []
    assert events("The show is hoping for a strong showing at the Daytime Emmys, set for June 19 in Pasadena.",
                  **kw) == []
    assert events("Nico Bautista returns to the canvas as Danny Rourke on March 16 after a three-year absence.",
                  **kw) == []
    # The order's term is no date; the announcement dates the renewal.
    assert events("ABC has renewed Harbor Lights through 2028, the network announced on February 11.",
                  **kw) == [(64, "renewal", "2026-02-11")]
    # A season that returns (not an actor in a role) still premieres.
    assert events("The show returns as a weekly series on May 5.", **kw) == [(64, "premiere", "2026-05-05")]


def test_back_from_a_break_inside_a_season_is_no_premiere():
    assert events("The show skipped two weeks in March for Ramazan Bayramı and returned on 26.03.2026.",
                  season=2, published="2026-06-18") == []


def test_glossed_and_soap_finales():
    kw = {"season": 2, "published": "2026-06-18"}
    assert events("Season 3 began on 15.09.2025 and its sezon finali aired on 08.06.2026.", **kw) == [
        (3, "premiere", "2025-09-15"), (3, "finale", "2026-06-08")]
    assert events("The first season premiered on January 12, 2026, and wrapped its 90-capítulo run with a gran "
                  "final on May 22.", **kw) == [(1, "premiere", "2026-01-12"), (1, "finale", "2026-05-22")]
    assert events("The current, 37th season wraps on Friday, September 18.", **kw) == [(37, "finale", "2026-09-18")]
    # Members as the subject are no subscriber count.
    assert events("VIP members will reach the finale on February 3, 2027.", **kw) == [(2, "finale", "2027-02-03")]


def test_a_soaps_story_week_and_another_titles_appositive_are_no_claims():
    kw = {"season": 2, "published": "2026-03-01"}
    assert events("Spoilers for the week of March 23 tease the return of Paige.", **kw) == []
    assert events("Here's what's coming the week of March 9.", **kw) == []
    assert events("The season premieres the week of March 9.", **kw) == [(2, "premiere", "2026-03-09")]
    assert events("ViX's other ranch drama, Tierra de Coyotes, returns on December 3.", **kw) == []
    assert events("Arslan's new dizi, Rüzgar Gülü, starts on Star TV on 21.09.2026.", **kw) == []


def test_a_run_dated_inside_a_season_of_a_year():
    assert events("Series two went out in the autumn of 2025, from 7 September to 12 October.", season=4,
                  published="2026-06-18") == [(2, "premiere", "2025-09-07"), (2, "finale", "2025-10-12")]


def test_a_true_crime_case_and_a_storys_own_dates_are_no_claims():
    kw = {"season": 2, "published": "2026-02-18"}
    assert events("The man convicted in 2011 has an appeal hearing set for November 18.", **kw) == []
    assert events("Kettering's first parole hearing is set for September 2028.", **kw) == []
    assert events("The season dramatizes the 1979 poisoning of an oil heir, a case that ended with both sisters "
                  "convicted on May 2, 1981.", **kw) == []
    assert events("The story opens on Valentine's Day 1987 and runs through the Twins' World Series win that "
                  "October.", **kw) == []
    # A title's own words are no story: "The Handmaid's Tale premiered", "... Sisters Story arrives".
    assert events("Infamous: The Dahl Sisters Story arrives Thursday, November 19.", show="Infamous", **kw) == [
        (2, "premiere", "2026-11-19")]
    # A character killed off is no case.
    assert events("Her character was killed off in 2024 and season 2 premieres on May 3, 2026.", **kw) == [
        (2, "premiere", "2026-05-03")]


def test_a_game_shows_tournaments_tapings_and_last_episodes():
    kw = {"season": 43, "published": "2025-05-01"}
    assert events("Season 42's last first-run episode airs Friday, July 25.", **kw) == [(42, "finale", "2025-07-25")]
    assert events("Mort Dallaway's last episode as host, the final show of season 42, airs Friday, June 6.",
                  **kw) == [(42, "finale", "2025-06-06")]
    assert events("Season 43 tapings, Vance's first as host, are set for late June at Sony's Stage 11.", **kw) == [
        (43, "production_start", "2025-06-21")]
    assert events("The Tournament of Champions, pushed out of the spring, now airs November 3 through November 14.",
                  **kw) == []
    assert events("Within the season, a three-night Buzzword College Championship will air in August.", **kw) == []
    # A show named like a tournament is no tournament; a shoot's "set for" is not another event's.
    assert events("Masters of Sex season 3 premieres July 12.", show="Masters of Sex", **kw) == [
        (3, "premiere", "2025-07-12")]
    assert events("Filming wrapped in May, and the premiere is set for October 3.", **kw) == [
        (43, "production_end", "2025-05-01"), (43, "premiere", "2025-10-03")]
    # A tournament after the season's own verb leaves the premiere alone; a host's tenure dates nothing.
    assert events("Season 43 premieres September 8, and the Tournament of Champions follows in November.",
                  **kw)[:1] == [(43, "premiere", "2025-09-08")]
    assert events("Kira Vance, the show's co-host since 2019, takes over when season 43 begins in syndication on "
                  "September 8.", **kw) == [(43, "premiere", "2025-09-08")]


def test_a_season_shown_between_two_dates_premiered_and_ended_on_them():
    kw = {"season": 3, "published": "2027-04-25"}
    assert events("The second season was shown between April and June 2025 and was the most watched series of "
                  "the year.", **kw) == [(2, "premiere", "2025-04-01"), (2, "finale", "2025-06-01")]
    assert events("The first season was shown from 21/08/2025 to 09/10/2025, with a new episode every Thursday.",
                  **kw) == [(1, "premiere", "2025-08-21"), (1, "finale", "2025-10-09")]
    assert events("The trailer was shown at Comic-Con on July 20.", **kw) == [(3, "trailer", "2027-07-20")]


def test_a_trailer_named_after_the_date_it_was_released_on():
    assert events("Prime Video released this Wednesday (21) the first trailer of the fourth and final season.",
                  season=4, published="2027-04-22") == [(4, "trailer", "2027-04-21")]
    # A premiere whose sentence goes on about a trailer is still a premiere.
    assert events("Season 2 premieres May 3, the trailer confirms.", season=2, published="2027-04-22") == [
        (2, "premiere", "2027-05-03")]


def test_a_films_release_a_panels_day_and_a_milestone_episode_are_no_claims():
    kw = {"season": 37, "published": "2026-07-26"}
    assert events("The 800th episode, a Gramps-centric bottle episode, is slated for November 15.", **kw) == []
    assert events("Meanwhile, The Gullmoors Movie 2 opens in theaters on July 23, 2027.", **kw) == []
    assert events("The Dumpling Dynasty Movie, released in May 2022, grossed $34 million worldwide.", **kw) == []
    assert events("Series writer Paul Oduya tells TVLine the writers' room for season 18 opens in June.", **kw) == []
    assert events("Fox used The Gullmoors' Comic-Con panel on Saturday, July 25 to confirm that season 37 premieres "
                  "September 27.", **kw) == [(37, "premiere", "2026-09-27")]
    # A shoot that finished ends production; a finale is not read into it.
    assert events("The season finished filming in May.", **kw) == [(37, "production_end", "2026-05-01")]
