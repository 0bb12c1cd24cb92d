"""Release-event wordings: coordinated clauses, and those found by the blind batches L, M and N
(live blogs, web stories, countdowns, Q&A pages, listings, e-editions, wire copy), each on
made-up sentences: one the rule must catch and, where it could over-reach, one it must leave alone.

Same page as test_claims_rules.py: season 2 of "Harbor Lights", published 1 March 2024
unless a test says otherwise.
"""

from __future__ import annotations

from tests.extract.test_claims_rules import claims, events

# --- Events of coordinated clauses ----------------------------------------------------------------

def test_production_start_then_wrap_in_one_sentence():
    text = "Filming began in Wilmington on May 5, 2025, and wrapped on September 12, 2025."
    assert events(text) == [(2, "production_start", "2025-05-05"), (2, "production_end", "2025-09-12")]
    text = "The shoot kicked off in Lucknow on 2nd of February this year and wrapped up in June this year."
    assert events(text, published="2025-10-20") == [(2, "production_start", "2025-02-02"),
                                                     (2, "production_end", "2025-06-01")]


def test_a_run_that_wraps_up_is_still_a_finale():
    text = "Season 1 premiered on May 5, 2025, and wrapped up its run on June 30, 2025."
    assert events(text) == [(1, "premiere", "2025-05-05"), (1, "finale", "2025-06-30")]


def test_relative_clause_of_a_finale():
    text = "The renewal comes two weeks after the season 2 finale, which aired October 19 and drew a record."
    assert events(text, published="2025-11-02") == [(2, "finale", "2025-10-19")]


def test_wrapped_up_filming_ends_production():
    assert events("Shooting for season 3 wrapped up in December 2024, the makers said.") == \
        [(3, "production_end", "2024-12-01")]


# --- Batch L, M and N wordings ----------------------------------------------------------------------

def test_a_run_from_one_date_to_another_and_a_season_that_has_a_date():
    assert events("Season 1 ran from October 2 to November 20, 2024.", published="2026-03-01") == [
        (1, "premiere", "2024-10-02"), (1, "finale", "2024-11-20")]
    assert events("Harbor Lights season 2 has a date: Thursday, April 23, on HBO Max.", published="2026-03-01") == [
        (2, "premiere", "2026-04-23")]
    assert events("The six new episodes could be back as early as winter 2027.") == [(2, "premiere", "2026-12-01")]
    # A run without dates, or a date that is no season's, claims nothing.
    assert events("The show ran for three seasons, and the date of the reunion is May 3.") == []


def test_dated_for_broadcast_and_on_a_platform_are_premieres():
    assert events("Update: Peacock has dated season 2 for Thursday, July 9, with all eight episodes.",
                  published="2026-04-10") == [(2, "premiere", "2026-07-09")]
    assert events("Series one was broadcast in September 2025 and drew 7.2 million viewers.",
                  published="2026-04-10") == [(1, "premiere", "2025-09-01")]
    # "are finished" is the episodes' state: the date is when they are on Netflix.
    assert events("Le Parisien reports that the episodes are finished and could be on Netflix by the spring.",
                  published="2021-01-20") == [(2, "premiere", "2021-03-01")]
    assert events("The season finished on May 3, 2020.", published="2021-01-20") == [(2, "finale", "2020-05-03")]
    # Being "on set" or a "broadcast" noun dates no release.
    assert events("The cast will be on set in March, and the live broadcast on May 3 drew viewers.",
                  published="2021-01-20") == []


def test_a_bare_season_after_a_preposition_is_the_coming_one():
    assert claims("The BBC confirmed Harbor Lights will return for a second series in the autumn.",
                  published="2026-04-10") == [(2, "premiere", "2026-09-01", "season", "confirmed")]
    # Said in December, "in the spring" is next year's; "the summer" alone is no date.
    assert events("Harbor Lights should return in spring.", published="2025-12-10") == [(2, "premiere", "2026-03-01")]
    assert events("The summer was long; season 2 is coming.") == []


def test_animation_wraps_a_dated_noun_owns_its_date_and_not_before_is_no_denial():
    p = "2026-06-12"
    assert claims("Netflix is aiming for a spring 2027 release, Ferreira said, with animation due to wrap at the end "
                  "of this year.", published=p) == [(2, "premiere", "2027-03-01", "season", "reported"),
                                                    (2, "production_end", "2026-07-01", "half", "reported")]
    # "won't land before spring 2027" gives the earliest date, hedged by "probably".
    assert claims("The new episodes probably won't land before spring 2027.", published=p) == [
        (2, "premiere", "2027-03-01", "season", "speculative")]
    # A job title may lead the name of a speech tag.
    assert claims("Production wrapped in Belfast in December 2025, showrunner Colm Hegarty said on stage.",
                  published=p) == [(2, "production_end", "2025-12-01", "month", "reported")]
    assert claims("Our countdown is set to Tuesday, September 22, a guess until ABC confirms.", published=p) == [
        (2, "premiere", "2026-09-22", "day", "speculative")]


def test_batch_m_wordings():
    p = "2026-02-10"
    # "no." ends a sentence unless a number follows ("No. 1").
    assert events("Not yet, no. Prime Video renewed Harbor Lights for a second season on November 18, 2025.",
                  published=p) == [(2, "renewal", "2025-11-18")]
    assert events("The first season ran in Germany from 14.04.2025 to 02.06.2025.", published=p) == [
        (1, "premiere", "2025-04-14"), (1, "finale", "2025-06-02")]
    # Filming that "took place between" or "ran from" one month to another starts and ends then.
    assert events("Filming took place in New Mexico between March and July 2025.", published=p) == [
        (2, "production_start", "2025-03-01"), (2, "production_end", "2025-07-01")]
    assert events("Filming ran in Budapest from March to August 2025.", published=p) == [
        (2, "production_start", "2025-03-01"), (2, "production_end", "2025-08-01")]
    # ... and is no run of episodes.
    assert not any(e in ("premiere", "finale") for _, e, _ in events(
        "Filming ran in Budapest from March to August 2025.", published=p))
    # A mid-season finale breaks the season; a date replaced "instead of" is superseded.
    assert events("The mid-season finale is scheduled for 14 December.", published=p) == []
    assert events("The season finale airs on March 3.", published=p) == [(2, "finale", "2026-03-03")]
    assert events("Season 2 now starts on 16.03.2026 on Sky Atlantic, eight days after the US, instead of "
                  "09.03.2026.", published=p) == [(2, "premiere", "2026-03-16")]
    assert events("Season 2 now starts on 16.03.2026, instead of on 9 March as first planned.", published=p) == [
        (2, "premiere", "2026-03-16")]
    # A date kept "as planned" or "as first announced" stands.
    assert events("The premiere was on 9 March as planned.", published=p) == [(2, "premiere", "2026-03-09")]
    assert events("The season premieres on 9 March, as first announced in January.", published=p) == [
        (2, "premiere", "2026-03-09")]


def test_episodes_due_in_an_absolute_clause_are_a_premiere():
    assert events("Filming will begin in the spring, with the new episodes due on BBC One in 2027.",
                  published="2026-02-10") == [(2, "production_start", "2026-03-01"), (2, "premiere", "2027-01-01")]
    assert events("The rent is due on March 3.", published="2026-02-10") == []


def test_streaming_as_an_adjective_is_no_release():
    assert events("The streaming price rose in January 2024.") == []
    assert events("The streaming giant raised its prices in January 2024.") == []
    assert events("Season 2 starts streaming on Netflix on May 9.") == [(2, "premiere", "2024-05-09")]


def test_a_season_that_starts_premieres():
    assert events("In Germany, Staffel 2 starts one day later, on 9 March.") == [(2, "premiere", "2024-03-09")]
    assert events("Season 2 starts filming in May.") == [(2, "production_start", "2024-05-01")]


def test_episodes_every_weekday_through_a_date_end_the_run():
    text = "Season 2 premieres May 9 with two episodes, followed by new episodes every Thursday through June 27."
    assert events(text) == [(2, "premiere", "2024-05-09"), (2, "finale", "2024-06-27")]


def test_respectively_pairs_the_listed_seasons_with_the_listed_dates():
    text = "Seasons 1 and 2 arrived in March 2021 and March 2022, respectively."
    assert events(text) == [(1, "premiere", "2021-03-01"), (2, "premiere", "2022-03-01")]
    text = "The first two seasons premiered in March 2021 and March 2022 respectively."
    assert events(text) == [(1, "premiere", "2021-03-01"), (2, "premiere", "2022-03-01")]


def test_a_comma_after_a_season_list_starts_a_new_clause():
    text = "Netflix hasn't confirmed a date, but based on the gap between the first two seasons, " \
           "season 3 could premiere in early 2025."
    assert events(text) == [(3, "premiere", "2025-01-01")]


def test_a_premiere_noun_the_date_modifies_owns_it():
    text = "Netflix renewed the show for a second season just two weeks after its January 2023 debut."
    assert events(text) == [(1, "premiere", "2023-01-01")]     # the show's own debut: season 1
    assert events("The trailer teases a May 9 premiere.") == [(2, "premiere", "2024-05-09")]
    # The verb still wins where no determiner makes the date the noun's.
    assert events("Netflix renewed the show in January 2023, debut numbers in hand.") == [(2, "renewal", "2023-01-01")]


def test_batch_o_wordings():
    # A run that "wrapped its run", British "went out … from … to …", "has set … for".
    text = "The first season premiered on October 4, 2023 and wrapped its run on December 20, 2023."
    assert events(text) == [(1, "premiere", "2023-10-04"), (1, "finale", "2023-12-20")]
    text = "Series one went out on ITV1 from 4 September to 9 October 2023."
    assert events(text) == [(1, "premiere", "2023-09-04"), (1, "finale", "2023-10-09")]
    assert events("Apple has set Harbor Lights season 2 for Friday, September 18.") == [(2, "premiere", "2024-09-18")]
    assert events("The drama set a record for Netflix in March 2023.") == []


def test_what_a_trailer_ends_on_is_the_premiere():
    text = "Netflix released the first teaser on February 9, and it ends with a date: May 20."
    assert events(text) == [(2, "trailer", "2024-02-09"), (2, "premiere", "2024-05-20")]
    assert events("The season ends on May 3 with a two-part finale.") == [(2, "finale", "2024-05-03")]


# --- Batch P (mainstream prose) -----------------------------------------------------------------

def test_wording_before_the_previous_date_is_that_dates():
    text = "Season 1 wrapped filming in October 2021 and hit Netflix on April 14, 2023, eight months later."
    assert events(text) == [(1, "production_end", "2021-10-01"), (1, "premiere", "2023-04-14")]
    # A date with no wording of its own still takes the earlier verb.
    assert events("Season 2 premieres May 9 and June 13.") == [(2, "premiere", "2024-05-09"), (2, "premiere", "2024-06-13")]


def test_production_spans_and_stops():
    text = "Season 2 was quicker: cameras stopped rolling in March 2023 and the episodes dropped on June 2, 2023."
    assert events(text) == [(2, "production_end", "2023-03-01"), (2, "premiere", "2023-06-02")]
    assert events("Season 1 shot from February to June 2022.") == [(1, "production_start", "2022-02-01"),
                                                                   (1, "production_end", "2022-06-01")]


def test_guesses_and_intransitive_landings():
    assert claims("My money is on summer 2025, with a trailer at Tudum before that.") == [
        (2, "premiere", "2025-06-01", "season", "speculative")]
    assert events("We could see season 2 by early 2025.") == [(2, "premiere", "2025-01-01")]
    assert events("It also landed three Emmy nominations on July 15, 2023.") == []
    assert events("Season 2 landed on Netflix on May 9.") == [(2, "premiere", "2024-05-09")]
    assert events("Bright is back to run the writers room, which opens April 6.") == []


def test_a_year_that_names_a_thing_is_no_date():
    text = "Season 2 followed on September 13, 2023, after a long gap (the 2023 strikes were to blame)."
    assert events(text) == [(2, "premiere", "2023-09-13")]
    assert events("Season 2 is targeting a 2025 release.") == [(2, "premiere", "2025-01-01")]


def test_a_show_that_begins_its_season_premieres_it():
    assert events("Peacock's \"Harbor Lights\" will begin its second season on Oct. 1, a spokesperson said.") == [
        (2, "premiere", "2024-10-01")]
    assert events("The show kicks off its final run in May.") == [(2, "premiere", "2024-05-01")]
    assert events("Filming will begin its second block in May.") == [(2, "production_start", "2024-05-01")]


def test_batch_r_wordings():
    text = "Here is everything we know about season 2, which Netflix just dated for Thursday, May 21."
    assert events(text) == [(2, "premiere", "2024-05-21")]
    assert events("Filming on season 2 ran from February to July 2023 in Prague.") == [
        (2, "production_start", "2023-02-01"), (2, "production_end", "2023-07-01")]
    assert events("El rodaje (filming) took place between March and July 2023 in Cadiz.") == [
        (2, "production_start", "2023-03-01"), (2, "production_end", "2023-07-01")]
    assert events("Season 1 ran from June 7 to July 27, 2023.") == [(1, "premiere", "2023-06-07"), (1, "finale", "2023-07-27")]


# --- Batch Q ----------------------------------------------------------------------------------------

def test_filming_after_a_season_aired_is_the_next_seasons():
    text = ("CBS renewed the show in April 2024, a week before the first season's finale on 20 April 2024. "
            "Production began in Vancouver on 6 July.")
    assert events(text, published="2024-08-30")[-1] == (2, "production_start", "2024-07-06")
    # Filming before the season aired stays the season's.
    text = "The first season premiered on May 1, 2023, after filming wrapped in January 2023."
    assert events(text, published="2024-08-30") == [(1, "premiere", "2023-05-01"), (1, "production_end", "2023-01-01")]


def test_batch_q_wordings():
    assert events("Fans are convinced it will land on Sept. 17, but our insider says that's just wishful thinking.") == []
    assert events("The second season's Emmy for drama writing, handed out on September 14, 2023, did no harm.") == []
    assert events('Forty seconds of fog and bells, and it ends on an "Autumn 2024" card.') == [(2, "premiere", "2024-09-01")]
    text = "The BBC hasn't set a date, but producer Hannah Brook told a fan Q&A on 28 February that it returns in autumn."
    assert events(text) == [(2, "premiere", "2024-09-01")]
    assert events("Heads up: seasons 1 and 2 of Harbor Lights are leaving Netflix in the UK on Feb. 28.") == []
    text = "For comparison, the series two trailer arrived on 10 August 2023, three weeks before series two."
    assert events(text, season=3) == [(2, "trailer", "2023-08-10")]


def test_a_season_that_an_event_noun_follows_is_a_date():
    assert claims("Apple is eyeing a fall premiere for season 2.") == [(2, "premiere", "2024-09-01", "season", "speculative")]
    assert events("Netflix is planning a spring release.") == [(2, "premiere", "2024-03-01")]
    assert events("It was a summer of love.") == []
    # A year after the noun is read on its own.
    assert events("The first season had a winter release in 2023.") == [(1, "premiere", "2023-01-01")]


def test_wishes_and_replaced_plans_are_no_claims():
    text = "Some fans are hoping for a summer return, but a 2024 summer premiere is unlikely."
    assert events(text) == []
    text = "Harbor Lights season 2 has been delayed to early 2025, HBO said; the streamer had planned a summer launch."
    assert events(text) == [(2, "premiere", "2025-01-01")]
    assert claims("Netflix is hoping for a summer release.") == [(2, "premiere", "2024-06-01", "season", "speculative")]
