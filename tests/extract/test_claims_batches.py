"""Release-claim rules found by the blind fixture batches G, H and I (wikis, newsletters,
wire copy, galleries, podcast transcripts, anime news, UK tabloids), each on made-up
sentences: one the rule must catch and, where it could over-reach, one it must leave alone.

Same page as test_claims_rules.py: season 2 of "Harbor Lights", published 1 March 2024
unless a test says otherwise.
"""

from __future__ import annotations

from aggregator.extract.claims import extract_claims
from aggregator.extract.document import Block
from aggregator.extract.sentences import split_sentences
from tests.extract.test_claims_rules import SHOW, D, claims, events

# --- Blind batch G: wiki, newsletter, listicle and wire-copy grammar -----------------------------

def test_reference_marks_end_a_sentence():
    text = "Filming wrapped in late September.[2] In August, Screen Rant reported it.[3][4] It aired."
    assert split_sentences(text) == ["Filming wrapped in late September.[2]",
                                     "In August, Screen Rant reported it.[3][4]", "It aired."]


def test_end_verb_coordinated_with_a_production_start_ends_the_production():
    assert events("Principal photography began on June 2, 2023, in Santa Fe, New Mexico, and concluded on "
                  "September 29, 2023.") == [(2, "production_start", "2023-06-02"), (2, "production_end", "2023-09-29")]
    assert events("Filming began in Whitby on 12 May 2024 and is scheduled to finish in late September.") == [
        (2, "production_start", "2024-05-12"), (2, "production_end", "2024-09-21")]
    # Without a production before it, "concluded" is still the season's end.
    assert events("The second season concluded on September 29, 2024.") == [(2, "finale", "2024-09-29")]


def test_as_soon_as_a_month_is_a_date():
    assert events("Filming kicked off in Prague on 24/02/2024, and the shoot could wrap as soon as June.") == [
        (2, "production_start", "2024-02-24"), (2, "production_end", "2024-06-01")]


def test_another_work_named_in_an_appositive_title_with_a_colon():
    assert events("A spin-off, Harbor Lights: Landfall, is set to debut in 2025.") == []
    assert events('A companion video game, "Harbor Lights: Commune," is due out in November.') == []
    # A colon that joins two clauses still starts a new subject.
    assert events("The film is done: the second season premieres in May 2024.") == [(2, "premiere", "2024-05-01")]


def test_as_of_dates_the_look_not_an_event():
    assert events("As of February 2024, Netflix had not announced a premiere date.") == []


def test_a_sentence_opening_with_the_date_of_an_announcement():
    assert events("On January 7, 2024, Netflix announced the premiere date along with a first-look image.") == []
    assert claims("In January 2024, Deadline reported that the season would premiere on 7 June 2024.") == [
        (2, "premiere", "2024-06-07", "day", "reported")]
    # A leading date whose clause is the event itself stays a claim.
    assert events("On February 18, 2024, Netflix renewed the series for a second season.") == [
        (2, "renewal", "2024-02-18")]


def test_a_past_premiere_of_the_show_itself_is_season_one():
    assert events('"Harbor Lights" premiered in September 2021 and was the most-watched new series.',
                  season=3) == [(1, "premiere", "2021-09-01")]
    assert events("The series, which premiered in September 2021, averages 7 million viewers.", season=3) == [
        (1, "premiere", "2021-09-01")]
    # A pronoun may stand for the season before: the previous-season rule still holds.
    assert events("It premiered on June 6, 2023.", season=3) == [(2, "premiere", "2023-06-06")]


def test_a_bare_negated_reply_denies_the_date_before_it():
    text = ("There was a rumour in January that the season would drop on May 14. It won't: a publicist "
            "told me the date is not real.")
    assert events(text) == []
    assert events("The season drops on May 14. It is a Tuesday.") == [(2, "premiere", "2024-05-14")]


def test_a_reference_list_claims_nothing():
    blocks = [Block("paragraph", "The second season premieres on May 14, 2024.[1]"),
              Block("heading", "References", level=2),
              Block("item", '^ Doe, Jane (January 7, 2024). "Harbor Lights Season 2 Sets May Premiere".'),
              Block("heading", "Cast", level=2),
              Block("paragraph", "Filming wrapped on February 2, 2024.")]
    found = extract_claims(blocks, 2, D("2024-03-01"), SHOW)
    assert [(c.event, c.when.date_from.isoformat()) for c in found] == [
        ("premiere", "2024-05-14"), ("production_end", "2024-02-02")]


def test_another_work_as_the_subject_of_an_announced_clause():
    assert events("Netflix also announced that the prequel film Harbor Lights: 1868 would be released on "
                  "December 5, 2024.") == []
    assert events("Netflix announced that the season would be released on December 5, 2024.") == [
        (2, "premiere", "2024-12-05")]


def test_an_end_verb_coordinated_across_an_attribution_aside():
    assert claims("Production on the second season kicked off in Toronto on June 9, 2023, per Variety, and is "
                  "scheduled to wrap in mid-October.", published="2023-06-18") == [
        (2, "production_start", "2023-06-09", "day", "reported"),
        (2, "production_end", "2023-10-11", "week", "reported")]
    assert events("Production on season 2 started in Butte on 17 March 2023 and wrapped three months later, "
                  "on 27 June.", published="2023-08-01") == [
        (2, "production_start", "2023-03-17"), (2, "production_end", "2023-06-27")]


def test_british_commissioned_is_a_renewal():
    assert events("The second series was commissioned by the BBC on 14 January 2024.") == [
        (2, "renewal", "2024-01-14")]
    assert events("The BBC commissioned a second series on 14 January 2024.") == [(2, "renewal", "2024-01-14")]


def test_more_release_wording():
    assert events("Fans will have to wait until 2025 for new episodes.") == [(2, "premiere", "2025-01-01")]
    assert events("It's been confirmed that the show will be back in the first quarter of 2025.") == [
        (2, "premiere", "2025-01-01")]
    # "back in" a place is no release.
    assert events("The cast is back in Atlanta in May 2024 for a reunion.") == []
    assert events("Filming runs through May.") == [(2, "production_end", "2024-05-01")]


def test_a_weekly_run_through_a_date_ends_the_season():
    assert events("The second season premieres on March 14th, with new episodes weekly through April 25.") == [
        (2, "premiere", "2024-03-14"), (2, "finale", "2024-04-25")]


def test_expect_the_season_around_a_holiday():
    assert claims("Expect the new season around Christmas.") == [(2, "premiere", "2024-12-25", "day", "speculative")]
    # A holiday that is only an adjective is no date.
    assert events("A Christmas special of the second season is planned.") == []


# --- Blind batch I: galleries, podcast transcripts, syndicated columns ---------------------------

def test_a_transcript_line_is_read_without_its_timestamp_and_speaker():
    assert events("[03:30] JESS: They ordered the second season back on May 12 of this year.",
                  published="2024-09-15") == [(2, "renewal", "2024-05-12")]


def test_a_photo_caption_label_claims_nothing():
    assert events("PHOTOS: The cast hits the beach in Malibu on Sept. 21") == []


def test_a_season_pickup_is_a_renewal():
    assert events("Hulu handed the show its season 2 pickup on Sept. 26, 2023, less than a month after the "
                  "first season ended.") == [(2, "renewal", "2023-09-26")]


def test_it_is_scheduled_to_wrap():
    assert events("Filming began in January. It is scheduled to wrap in late February.") == [
        (2, "production_start", "2024-01-01"), (2, "production_end", "2024-02-21")]


def test_a_delay_dates_the_new_schedule_not_the_old():
    assert claims("According to Deadline, Netflix has pushed Harbor Lights season 2 from this spring to early "
                  "next year.") == [(2, "premiere", "2025-01-01", "half", "reported")]


def test_a_month_naming_an_events_date():
    assert claims("I'd bet on a February premiere, honestly.") == [(2, "premiere", "2024-02-01", "month", "speculative")]
    assert events("She has a May birthday, and the season is still filming.") == []


def test_a_named_party_denying_the_date_in_the_next_sentence():
    assert events("There was a rumor going around that season 2 would premiere on December 14. "
                  "HBO has denied that date.") == []
    assert events("Season 2 premieres on December 14. HBO confirmed that date.") == [(2, "premiere", "2024-12-14")]


def test_moved_to_a_place_is_no_delay():
    assert events("Szabo, who moved to New York after graduating in 2020, has appeared off-Broadway.") == []


# --- Blind batch H: anime news, bilingual guides, UK tabloids ------------------------------------

def test_an_anime_pv_is_a_trailer_and_an_event_edition_year_is_no_date():
    assert events("The second PV was released on August 30, 2024.") == [(2, "trailer", "2024-08-30")]
    assert events("A first PV is planned for the Jump Festa 2025 stage event in December.") == [
        (2, "trailer", "2024-12-01")]


def test_a_brands_year_reel_is_named_for_its_year():
    assert events("No full trailer yet, but the Max 2024 preview reel that aired on December 7, 2023 shows a few seconds.") \
        == [(2, "trailer", "2023-12-07")]


def test_a_hit_is_a_release_only_when_it_hits_somewhere():
    assert events("Harbor Lights, a surprise hit of the Spring 2023 season, is getting a second season.") == []
    assert events("Season 2 hits Netflix on March 7, 2024.") == [(2, "premiere", "2024-03-07")]


def test_expected_to_wrap_after_a_production_start():
    assert events("Filming began in Granada on 16/06/2024 and is expected to wrap in September.",
                  published="2024-07-01") == [(2, "production_start", "2024-06-16"), (2, "production_end", "2024-09-01")]


def test_a_room_that_opened_is_no_premiere():
    assert events("The showrunner said the writers' room opened in January.") == []
    assert events("The second season opens on May 3, 2024.") == [(2, "premiere", "2024-05-03")]


# --- Blind batch J: AMP news, a cp1252 fan site, K-drama news, press releases ---------------------

def test_korean_press_dates():
    assert events("Season 1 was released on 2023.04.18 and stayed in the Top 10.", published="2024-03-01") == [
        (1, "premiere", "2023-04-18")]
    assert events("Version 2.1.3 of the app shipped in 2024.") == []


def test_a_rank_is_no_negation():
    text = "Meridian's No. 1 drama Harlan Lights returns for its fifth season on Sunday, Sept. 14, 2024."
    assert events(text, season=5) == [(5, "premiere", "2024-09-14")]
    assert events("No premiere date for the fifth season has been set, but September 2024 is likely.", season=5) \
        == [(5, "premiere", "2024-09-01")]


def test_a_bare_day_of_the_month_and_an_officials_speech_date():
    text = "According to a broadcasting official on the 3rd, Harbor Lights 2 started filming on the 1st."
    assert events(text, published="2024-10-03") == [(2, "production_start", "2024-10-01")]
    # A day after P's is last month's.
    assert events("Filming began on the 28th.", published="2024-10-03") == [(2, "production_start", "2024-09-28")]
    assert events("She was on the 5th episode when filming began in May 2024.", published="2024-10-03") == [
        (2, "production_start", "2024-05-01")]


def test_a_run_from_one_date_to_another_and_quoted_sequels_of_other_shows():
    text = "Part 1, the drama's first season, aired from 2023.06.07 to 2023.07.27 with 16 episodes."
    assert events(text) == [(1, "premiere", "2023-06-07"), (1, "finale", "2023-07-27")]
    assert events("It will compete with tvN's 'Moonlit Sword Part 2', which premieres on March 14, 2024.") == []
    assert events("SBS's other drama 'Iron Ladle 2' will premiere on 2024.11.14 in the same slot.") == []
    assert events("'Harbor Lights 2' will premiere on 2024.11.14.") == [(2, "premiere", "2024-11-14")]


def test_a_shows_series_premiere_is_season_one():
    text = "Harbor Lights was renewed for a second season in February 2024, one week after its series premiere on Feb. 4, 2024."
    assert events(text) == [(2, "renewal", "2024-02-01"), (1, "premiere", "2024-02-04")]


def test_not_until_a_date_states_it_and_a_wrap_after_a_long_place_name():
    assert claims("The new episodes probably won't arrive until early 2025, if we had to guess.") == [
        (2, "premiere", "2025-01-01", "half", "speculative")]
    assert events("Filming took place in Lunenburg, Nova Scotia, and wrapped in June 2024.") == [
        (2, "production_end", "2024-06-01")]
    assert claims("The new episodes won't arrive in early 2025.") == []


def test_a_schedule_moved_to_a_month_keeps_its_event():
    text = "Filming was originally expected to begin in June 2024, but it has since been moved up to April."
    assert events(text) == [(2, "production_start", "2024-04-01")]
    assert events("The premiere was pushed back to March.") == [(2, "premiere", "2024-03-01")]
    assert events("She talked to April about the premiere.") == []


# --- Blind batch K: a Brazilian portal in English, a forum thread, a streaming newsroom, a paywalled trade

def test_a_correction_note_denies_the_date_it_names_and_per_the_article_reports():
    assert claims("An earlier version of this article misstated the premiere date as March 3, 2024.") == []
    assert claims("Per the article, filming wrapped in Halifax in November 2023.")[0][4] == "reported"


def test_a_range_that_writes_its_year_once_gives_it_to_both_ends():
    assert events("Season 1 aired from April 2 to May 21, 2023.") == [(1, "premiere", "2023-04-02"),
                                                                        (1, "finale", "2023-05-21")]
    assert events("The first season aired from 2 November to 21 December 2023.") == [
        (1, "premiere", "2023-11-02"), (1, "finale", "2023-12-21")]


def test_a_page_that_writes_day_first_reads_every_numeric_date_day_first():
    blocks = [Block("paragraph", "Season 3 was renewed on 17/02/2024."),
              Block("paragraph", "Filming started on 06/01/2024 in Petrolina.")]
    got = [(c.event, c.when.date_from.isoformat()) for c in extract_claims(blocks, 3, D("2024-03-01"), SHOW)]
    assert got == [("renewal", "2024-02-17"), ("production_start", "2024-01-06")]
    got = [(c.event, c.when.date_from.isoformat())
           for c in extract_claims([blocks[1]], 3, D("2024-07-01"), SHOW)]
    assert got == [("production_start", "2024-06-01")]     # alone, US order


def test_a_month_of_that_year_takes_the_year_written_before_it():
    text = "Harbor Lights premiered in October 2022 and was renewed in December of that year."
    assert events(text, season=2, published="2024-03-01") == [(1, "premiere", "2022-10-01"),
                                                              (2, "renewal", "2022-12-01")]


# --- Blind batches S and T: galleries, infinite scroll, podcasts, wikis, interviews, earnings -----

def test_tie_ins_specials_and_plays_are_other_works():
    assert events("A tie-in cookbook, Harbor Lights: Recipes, comes out September 8.") == []
    assert events("The show's soundtrack gets a vinyl release on June 12.") == []
    assert events('The show\'s holiday special, "A Harbor Christmas," streams on December 10, 2024.') == []
    assert events("Her play, Salt Wives, opens at the Donmar Warehouse on February 3, 2025.") == []
    # The page's season stays the subject; "will play" is a verb.
    assert events("She will play Nora when season 2 premieres on May 9.") == [(2, "premiere", "2024-05-09")]
    assert events("The show's second season premieres on May 9.") == [(2, "premiere", "2024-05-09")]


def test_a_next_sentence_that_calls_the_date_or_its_teller_wrong():
    assert events("I think part two drops on July 4th. That's not a thing.") == []
    assert events("A Reddit post claiming a December 4 premiere had circulated; it was never real.") == []
    assert events("Reddit thinks the teaser drops September 10th. Reddit is wrong about everything.") == []
    # An opinion on what a party does is no denial.
    assert events("Season 2 drops on July 4th. Netflix is wrong to wait so long.") == [(2, "premiere", "2024-07-04")]


def test_dates_to_be_announced_and_earnings_calls_date_no_release():
    assert events("ABC will announce its fall premiere dates in mid-June, as usual.") == []
    assert events("Netflix's third-quarter earnings call is scheduled for Oct. 15.") == []
    assert events("Season 2 will premiere in October. Netflix will reveal the exact date in mid-June.")[0] \
        == (2, "premiere", "2024-10-01")


def test_a_month_of_last_year_and_a_run_whose_year_is_written_once():
    published = "2026-09-01"
    assert events("Filming didn't even start until February of last year.", published=published) == [
        (2, "production_start", "2025-02-01")]
    # "late January through June this year": the year is written once, for both ends.
    assert events("Filming ran from late January through June this year.", published=published) == [
        (2, "production_start", "2026-01-21"), (2, "production_end", "2026-06-01")]
    # The end of a run takes the year that follows its dated start.
    assert events("Production began in September 2025 and wrapped in mid-March.", published=published) == [
        (2, "production_start", "2025-09-01"), (2, "production_end", "2026-03-11")]
    # Not for a month that ends nothing: it is read from P.
    assert (2, "renewal", "2026-09-01") in events(
        "Harbor Lights premiered in March 2023 and was renewed for season 2 in September.", published=published)


def test_interview_questions_and_questions_state_nothing():
    assert events("Q: Is a 2026 release realistic?") == []
    assert events("Q: TVLine reported that you start shooting season 2 in April.") == []
    assert events("Is a May 2025 premiere realistic?") == []
    assert events("Lane: We start shooting in April.") == [(2, "production_start", "2024-04-01")]


def test_business_figures_pauses_and_plans_since_replaced():
    published = "2026-05-08"
    assert events("Paramount+ ended the first quarter with 79.1 million subscribers, up 1.3 million from "
                  "the end of 2025.", published=published) == []
    # A release in the same sentence, away from the count, stays.
    assert events("HBO Max added 3.4 million subscribers in the quarter, and the company said season 2 arrives "
                  "in the first half of 2027.", published=published) == [(2, "premiere", "2027-01-01")]
    assert events("Production started in September 2025 and was halted in November.", published=published) == [
        (2, "production_start", "2025-09-01")]
    assert events("The makers had earlier planned a Vishu release (14th April), but post-production took longer.",
                  published="2026-03-01") == []


def test_a_thing_written_or_recorded_in_a_year_dates_its_making():
    assert events("The saga ends with ten episodes and a scene written in 2021.") == []
    assert events("The theme was recorded in 2019.") == []
    assert events("Season 2 was written in 2023 and premieres in May.") == [(2, "premiere", "2024-05-01")]


def test_runs_recordings_stages_slates_and_rooms():
    assert events("The first season debuted on March 3, 2023 and ran through April 21, 2023.") == [
        (1, "premiere", "2023-03-03"), (1, "finale", "2023-04-21")]
    assert events("Recordings begin at Television Centre on 8th September.") == [
        (2, "production_start", "2024-09-08")]
    assert events("We're back on the stages in Vancouver on April 13.") == [(2, "production_start", "2024-04-13")]
    assert events("The letter slates the second season of Harbor Lights for Q4 2026.", published="2026-01-20") == [
        (2, "premiere", "2026-10-01")]
    # A writers' room opening or finishing, an award picked up, a ticket ballot: no release.
    assert events("We opened the room on November 3 and we're nearly done breaking the season.") == []
    assert events("The writers finished in March.") == []
    assert events("The show picked up best drama at the Scottish BAFTAs in November.") == []
    assert events("The free ticket ballot opened on 1st August through SRO Audiences.") == []


def test_another_titled_season_and_a_records_baseline():
    assert events("At the same event, the streamer said Mumbai Meri Jaan Season 3 will arrive in June.") == []
    assert events("Harbor Lights Season 2 will arrive in June.") == [(2, "premiere", "2024-06-01")]
    assert events("Series 1 ended on 19th December 2023 with the show's highest audience since 2019.") == [
        (1, "finale", "2023-12-19")]
    assert events("Season 2 has been in development since 2022 and arrives in May.") == [(2, "premiere", "2024-05-01")]


def test_a_finale_that_heads_its_own_which_clause_and_a_statements_date():
    assert events("Season 2's finale, which aired on May 5, drew 6.1 million viewers.", published="2024-06-01") == [
        (2, "finale", "2024-05-05")]
    # A relative clause about something else still holds its own date.
    assert events("The first series streams on BritBox, which raises its price on April 1.") == []
    assert events("HBO confirmed the premiere date of July 12, 2024, in a press release on May 20, 2024.") == [
        (2, "premiere", "2024-07-12")]
    # A renewal's statement is the renewal.
    assert events("Apple confirmed the renewal in a two-line statement on December 16, 2023.") == [
        (2, "renewal", "2023-12-16")]


def test_a_named_thing_of_a_year_and_a_production_run_after_a_delay():
    assert events("Production was delayed by the 2025 Georgia floods and ran from February to September 2025.",
                  published="2026-01-01") == [(2, "production_start", "2025-02-01"), (2, "production_end", "2025-09-01")]
    assert events("Season 2 is set for a 2025 Netflix release.", published="2024-01-01") == [(2, "premiere", "2025-01-01")]
    assert events("The shoot is booked through mid-October.", published="2024-06-01") == [
        (2, "production_end", "2024-10-11")]
    # A delay's own "from" still marks the date it replaced.
    assert events("Netflix delayed season 2 from March; it now arrives in May.", published="2024-01-01") == [
        (2, "premiere", "2024-05-01")]


def test_makers_who_started_and_wrapped_and_other_shoot_wording():
    assert events("We started on the 3rd of March this year, up near Glencoe, and we wrapped on the 19th of July.",
                  published="2026-09-01") == [(2, "production_start", "2026-03-03"), (2, "production_end", "2026-07-19")]
    assert claims("And they started on February 9th of this year, I think.", published="2026-09-01") == [
        (2, "production_start", "2026-02-09", "day", "speculative")]
    assert events("Writers are breaking the season now, and filming is penciled in for January.",
                  published="2026-09-01") == [(2, "production_start", "2027-01-01")]
    # "they started streaming" is a release.
    assert events("They started streaming it on May 9.") == [(2, "premiere", "2024-05-09")]


def test_the_shows_premiere_and_another_title_set_apart_by_the_streamers_other():
    assert events("Season 2 wrapped its run on June 30, a little over a year after the show's premiere on May 22, 2025.",
                  published="2026-09-01") == [(2, "finale", "2026-06-30"), (1, "premiere", "2025-05-22")]
    assert events("Cinder Bay, the streamer's other small-town thriller, arrives two weeks earlier, on October 9.",
                  published="2026-06-01") == []
    assert claims("That nine-month rhythm points to a launch in early 2027.", published="2026-06-01")[0][4] \
        == "speculative"


def test_a_title_praised_as_an_original_and_a_season_later_this_quarter():
    text = ("Paramount told investors on Thursday that the second season of Harbor Lights, its ranch drama and the "
            "most-watched original in Paramount+ history, arrives later this quarter.")
    assert events(text, published="2026-05-08") == [(2, "premiere", "2026-05-09")]
    # The original a remake is based on is another work.
    assert events("The Belgian original premiered in 2019.") == []
    assert events("ITV has confirmed series 2 will begin on ITV1 on Sunday 4th October, with the full boxset on "
                  "ITVX straight after.", published="2026-09-15") == [(2, "premiere", "2026-10-04")]


def test_a_season_announced_at_an_event_on_a_date_is_renewed_then():
    text = ("Prime Video announced Harbor Lights Season 2 at its slate event in Mumbai on 17th March, and the drama "
            "is officially coming back for a second season.")
    assert events(text, published="2024-03-20") == [(2, "renewal", "2024-03-17")]
    assert events("Netflix announced Harbor Lights Season 2 at Tudum on May 3, and it premieres on June 5.",
                  published="2024-03-20") == [(2, "premiere", "2024-06-05")]


# --- Blind batches U and V: reality TV, sports docuseries, animation, late night ----------------

def test_tapings_sign_offs_and_breaks_in_a_running_season():
    assert events("Tapings ran from March 2 to March 20 at Television City.", published="2026-05-01") == [
        (2, "production_start", "2026-03-02"), (2, "production_end", "2026-03-20")]
    assert events("Tapings wrapped in late July at Culver Studios.", published="2026-08-15") == [
        (2, "production_end", "2026-07-21")]
    assert events("Season 5 signed off on June 25 with a clip show.", published="2026-08-15") == [(5, "finale", "2026-06-25")]
    assert events("The show is dark for the Winter Olympics and returns on Feb. 22.", published="2026-01-15") == []
    assert events("The show comes back from its hiatus on Sept. 8, kicking off its sixth season.",
                  published="2026-07-01") == [(2, "premiere", "2026-09-08")]
    # A voice cast's recording wrap is no production end (CONVENTIONS, batch S).
    assert events("Voice recording wrapped in March.", published="2026-05-01") == []


def test_milestones_theme_weeks_and_sports_calendars_date_no_release():
    assert events("The show's 3,000th episode airs Oct. 6, and a celebrity week follows in November.",
                  published="2026-08-15") == []
    assert events("The 2027 season itself starts in Melbourne on March 14 and ends in Abu Dhabi on December 5.",
                  published="2026-11-01") == []
    assert events("The 2026 Tour runs from July 4 to July 26.", published="2026-05-01") == []
    # A year-named season of the show is the show's.
    assert (2, "premiere", "2024-05-01") in events("The 2025 season of Harbor Lights premieres in May.")


def test_a_subtitled_title_and_a_crew_that_stopped_rolling():
    text = "Netflix announced on Tuesday that season 8 of Full Throttle: Inside the Grid arrives on Friday, February 26."
    assert events(text, season=8, published="2027-01-20", show="Full Throttle") == [(8, "premiere", "2027-02-26")]
    text = "Crews started shooting in late February 2026 and stopped rolling at Yas Marina on December 6."
    assert events(text, season=8, published="2027-01-20", show="Full Throttle") == [
        (8, "production_start", "2026-02-21"), (8, "production_end", "2026-12-06")]


def test_translated_and_edition_wording():
    # An edition's update stamp in its own language dates nothing; the stamp's day is no premiere.
    assert events("AGGIORNAMENTO (update) 30/07/2026: HBO has confirmed that season 2 will debut on 20 of September.",
                  published="2026-07-31") == [(2, "premiere", "2026-09-20")]
    assert events("Correction: An earlier version of this issue gave the new premiere date as September 4.",
                  published="2026-06-01") == []
    assert events("The filming have started since April of 2025 in Napoli and they are finished in September.",
                  published="2026-01-10") == [(2, "production_start", "2025-04-01"), (2, "production_end", "2025-09-01")]
    assert events("The season 1, transmitted in March 2025, was the most seen original series.",
                  published="2026-05-01") == [(1, "premiere", "2025-03-01")]
    assert events("On the same platform, The Last Ember 2 arrives on 2 of July.", published="2026-05-01") == []
    assert events("The first day of production was April 6, according to a post.", published="2026-05-01") == [
        (2, "production_start", "2026-04-06")]
    assert events("ITV has it down for early 2027 in the UK.", published="2026-05-01") == [(2, "premiere", "2027-01-01")]


def test_orders_through_a_season_toy_lines_openings_and_reports():
    assert events("The show has been renewed through season 5, PBS Kids said in a statement on June 16.",
                  published="2026-07-01") == [(5, "renewal", "2026-06-16")]
    assert events("The toy line lands in stores in August.", published="2026-03-20") == []
    assert events("In the meantime, 20 two-minute tie-in shorts started rolling out on March 6.",
                  published="2026-03-20") == []
    assert events("The fifth and final season will open with an hour-long episode on Saturday, June 6.",
                  season=5, published="2026-05-01") == [(5, "premiere", "2026-06-06")]
    # A report's date is not the order's; the network's own confirmation is.
    assert events("Animation Magazine reported last week that Netflix has already ordered a third season.",
                  published="2026-03-05") == []
    assert events("Netflix confirmed on June 12 that the show will return for a second season.",
                  published="2024-07-01") == [(2, "renewal", "2024-06-12")]


def test_a_quoted_other_title_and_a_stand_up_special():
    assert events('Rival "Up Late with Jess Corrigan" returns at 11:35 on Sept. 21.', published="2026-08-01") == []
    assert events('"Harbor Lights" returns on Sept. 21.', published="2026-08-01") == [(2, "premiere", "2026-09-21")]
    assert events('Adeyemi\'s stand-up special, "Mo Adeyemi: Loud Quiet," hits Netflix March 10.',
                  published="2026-02-01") == []
