"""Dates in a release sentence that are no claims (claim_exclusions, claim_stance): denied by
a later clause or sentence, called false anywhere on the page, doubted, superseded, a habit,
another title's. Each on made-up sentences: one the rule must catch and one it must leave alone.

Same page as test_claims_rules.py: season 2 of "Harbor Lights", published 1 March 2024
unless a test says otherwise.
"""

from __future__ import annotations

from aggregator.extract.claims import extract_claims
from aggregator.extract.document import Block
from tests.extract.test_claims_rules import SHOW, D, events

# --- Denials by a later clause or sentence -----------------------------------------------------------

def test_contrast_clause_that_denies_back():
    text = "Earlier, a few reports had claimed that the show would release on 4th of July, but that date turned out to be false."
    assert events(text) == []


def test_contrast_clause_where_a_party_denies_the_date():
    text = "Some reports claimed season 2 would land in December 2026, but the studio, Dragonfly, has denied that date."
    assert events(text) == []
    # A denial of something else keeps the date.
    assert events("Season 2 arrives in May 2026, but Netflix denied a March date.") == [(2, "premiere", "2026-05-01")]


def test_no_truth_to_that():
    text = "Fan accounts have claimed that season 2 will drop in December 2026. There is no truth to that."
    assert events(text) == []


def test_ruled_out_across_a_relative_clause_and_after_rule_out():
    assert events("A summer 2026 release, which some fans were hoping for, is impossible now.") == []
    assert events("One thing we can rule out: a summer 2026 release.") == []


def test_dates_called_not_real_never_announced_or_beaten_are_no_claims():
    p = "2026-06-12"
    assert events("The November 20 release date doing the rounds on TikTok this week is not real.", published=p) == []
    assert events("Some listings sites still show a September 24 premiere; CBS never announced that date.",
                  published=p) == []
    assert events("Variety had reported a late June launch; Apple went earlier.", published=p) == []
    assert events("Before the announcement, the streamer was said to be targeting a summer 2026 launch.",
                  published=p) == []
    assert events("The last four seasons all premiered in late September.", published=p) == []
    # Without the denial, the contrast or the other seasons, the date stands.
    assert events("The November 20 release date is real, HBO says.", published=p) == [(2, "premiere", "2026-11-20")]
    assert events("The season returns in late June, and it went over well with fans.", published=p) == [
        (2, "premiere", "2026-06-21")]
    assert events("Harbor Lights returns on June 20, and the last four seasons all premiered in late September.",
                  published=p) == [(2, "premiere", "2026-06-20")]


def test_a_title_set_apart_as_another_show_dates_that_show():
    assert events("The news comes the same week Sea Glass, Netflix's other seaside mystery, was dated for April 2.",
                  published="2026-01-10") == []
    assert events("Max's other Brazilian series, Pedra Azul, premieres on March 6.", published="2026-01-10") == []
    # The page's own show so described, or a comparison with other shows, keeps its date.
    assert events("Harbor Lights, Netflix's other seaside mystery, was dated for April 2.",
                  published="2026-01-10") == [(2, "premiere", "2026-04-02")]
    assert events("Harbor Lights, unlike the other shows, was dated for April 2.",
                  published="2026-01-10") == [(2, "premiere", "2026-04-02")]


def test_a_day_the_page_calls_false_is_no_claim_anywhere_on_it():
    blocks = [Block("paragraph", "Here it is: Harbor Lights season 2 premieres on Thursday, October 1, on Apple TV+."),
              Block("paragraph", "A correction to our earlier post, which said the season premieres on Thursday, "
                                 "October 1. That date was wrong."),
              Block("paragraph", "The press release sets the premiere for Wednesday, October 7, with two episodes "
                                 "followed by one a week through December 2.")]
    found = extract_claims(blocks, 2, D("2026-03-14"), SHOW)
    assert [(c.event, c.when.date_from.isoformat()) for c in found] == [
        ("premiere", "2026-10-07"), ("finale", "2026-12-02")]
    # Without the correction, the first post's date stands.
    found = extract_claims(blocks[:1], 2, D("2026-03-14"), SHOW)
    assert [(c.event, c.when.date_from.isoformat()) for c in found] == [("premiere", "2026-10-01")]


def test_a_date_doubted_or_to_be_treated_as_false_is_no_claim():
    assert events("Someone on TikTok claims it is coming out in May. Is that real, or just made up?",
                  published="2026-02-10") == []
    assert events("The May 22 date does not come from Prime Video. Treat it as false.", published="2026-02-10") == []
    # A question that does not doubt the date leaves it standing.
    assert events("Harbor Lights returns on May 22. Is that a long wait? Yes.", published="2026-02-10") == [
        (2, "premiere", "2026-05-22")]


# --- The occasion someone spoke at ----------------------------------------------------------------

def test_a_fronted_occasion_of_speech_dates_the_speech():
    text = "In a statement on February 2, Netflix said the season would arrive in May."
    assert events(text) == [(2, "premiere", "2024-05-01")]
    text = "Speaking to Deadline on February 2, Lane said filming would begin in April."
    assert events(text) == [(2, "production_start", "2024-04-01")]
    text = "During a January 10 appearance on Late Night, Hart revealed that season 2 arrives May 9."
    assert events(text) == [(2, "premiere", "2024-05-09")]


def test_a_renewal_announced_at_the_occasion_is_dated_by_it():
    text = "In a statement on February 2, Netflix confirmed it had renewed the show for a second season."
    assert events(text) == [(2, "renewal", "2024-02-02")]


def test_a_fronted_phrase_without_speech_keeps_its_date():
    # Nobody speaks after the comma: the date is the season's own.
    text = "In a livestream on February 2, the second season arrived in full."
    assert events(text) == [(2, "premiere", "2024-02-02")]
    # A trailer shown at an event has its own release date.
    text = "At the Tudum event on February 2, Netflix debuted the trailer and said more was coming."
    assert events(text) == [(2, "trailer", "2024-02-02")]


def test_a_date_that_modifies_a_source_dates_the_source():
    text = "According to a January 20 report from Deadline, season 2 is set for May."
    assert events(text) == [(2, "premiere", "2024-05-01")]
    # A date that modifies the event stays the event's.
    assert events("The May 9 premiere will be followed by weekly episodes.") == [(2, "premiere", "2024-05-09")]


def test_a_fan_event_or_a_chart_is_not_the_season():
    assert events("Netflix's Tudum event returns on September 24, where the trailer is expected.") == []
    assert events("Season 1 hit Netflix's Top 10 on March 5, 2023 and stayed there for six weeks.") == []
    assert events("Season 2 hits Netflix on May 9.") == [(2, "premiere", "2024-05-09")]


# --- Corrections, premises, later relative clauses, superseded dates (batch P) --------------------

def test_what_an_earlier_version_said_is_no_claim():
    assert events("An earlier version of this story said the season premieres June 4.") == []


def test_a_date_in_an_if_clause_is_a_premise():
    text = "Season 2 needed ten months of post-production, so if cameras stop rolling in May, a March 2025 premiere is possible."
    assert events(text) == [(2, "premiere", "2025-03-01")]
    assert events("It could arrive in 2025 if filming starts in May.") == [(2, "premiere", "2025-01-01")]
    # A comma closes the condition; "should" is no condition.
    assert events("If the pattern holds, season 2 should arrive in August 2024.") == [(2, "premiere", "2024-08-01")]


def test_a_relative_clause_opened_after_the_event_holds_its_own_date():
    text = "In the US, the first series streams on BritBox, which raises its price to $10.99 a month on April 1."
    assert events(text) == []
    text = "Crunchyroll will simulcast the new season as it airs in Japan, which in the US means Friday, May 10."
    assert events(text) == [(2, "premiere", "2024-05-10")]


def test_the_date_a_premiere_was_pushed_from_is_superseded():
    text = "Netflix has pushed the season 2 premiere back to July 9 from June 11, a spokesperson said."
    assert events(text) == [(2, "premiere", "2024-07-09")]


def test_a_holiday_the_date_was_in_time_for_is_no_second_date():
    assert events("Season 1 premiered on October 30, 2023, just in time for Halloween.") == [(1, "premiere", "2023-10-30")]
    assert events("Season 2 will be out in time for Halloween.") == [(2, "premiere", "2024-10-31")]


def test_other_titles_set_apart_date_themselves():
    text = "For comparison, The Gilded Cage, Prime Video's other London crime show, returned on January 30."
    assert events(text) == []
    assert events("The renewal comes a day after Hulu canceled Fairweather, which ended its run on Feb. 10.") == []
    text = "The network picked up its spinoff, Harbor Lights: Rescue, which premieres Jan. 14, 2025."
    assert events(text) == []


def test_a_work_that_comes_out_and_a_name_that_holds_a_verb():
    text = "Fans can pick up Harbor Lights: The Orchard Book, the companion graphic novel that comes out on May 19."
    assert events(text) == []
    assert events("She joined Season Drop Hub in 2024 after five years in local radio.") == []
    assert events("Harbor Lights Season 2 Drops On May 9") == [(2, "premiere", "2024-05-09")]
    assert events("Expected Release Date: May 9") == [(2, "premiere", "2024-05-09")]


def test_a_writer_who_calls_the_date_fake_denies_it():
    text = "Some TikTok account says season 2 drops this October. I'm calling that fake until Hulu says otherwise."
    assert events(text) == []


def test_a_platforms_own_history_and_work_that_begins_date_no_release():
    assert events("Netflix, which launched its streaming service in 2007, renewed the show quickly.") == []
    assert events("The show moves to Netflix, which releases season 2 on May 9.") == [(2, "premiere", "2024-05-09")]
    assert events("Writing on season 2 began in October 2023, according to showrunner Jo Lane.") == []
    assert events("Season 2 began on Netflix in May.") == [(2, "premiere", "2024-05-01")]


def test_an_earnings_call_on_a_date_is_no_release():
    assert events("Netflix's next earnings call is on April 16.") == []
    assert events("Season 2 is on Netflix from May 9.") == [(2, "premiere", "2024-05-09")]


def test_another_titles_return_or_start_dates_that_title():
    # The verb that governs the date has another title as its subject.
    assert events("Strictly Come Dancing returns on BBC One on Saturday 19th September, so expect a busy autumn.") == []
    assert events("The release comes a week before IPL 2026 begins on 21st March.") == []  # and "IPL 2026" is an edition
    # The page's own show (or part of its name), a network or a season stays the subject.
    assert events("Harbor Lights returns on BBC One on Saturday 19th October.") == [(2, "premiere", "2024-10-19")]
    assert events("Apple TV Plus premieres season 2 on May 9.") == [(2, "premiere", "2024-05-09")]
    assert events("Season Two returns on May 9.") == [(2, "premiere", "2024-05-09")]
