"""Release-claim grammar rules (fixtures/CONVENTIONS.md, "Release claims"), each on
made-up sentences: one that the rule must catch and one it must leave alone.

The page in these tests previews season 2 of an invented show, "Harbor Lights",
published on 1 March 2024 unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date

from aggregator.extract.claims import extract_claims
from aggregator.extract.document import Block
from aggregator.extract.sentences import split_sentences

D = date.fromisoformat
SHOW = "Harbor Lights"


def claims(text: str, season: int = 2, published: str = "2024-03-01", show: str | None = SHOW):
    """(season, event, first day, precision, certainty) of each claim of one paragraph."""
    found = extract_claims([Block("paragraph", text)], season, D(published), show)
    return [(c.season, c.event, c.when.date_from.isoformat(), c.when.precision, c.certainty) for c in found]


def events(text: str, **kw) -> list[tuple[int | None, str, str]]:
    return [(s, e, d) for s, e, d, _, _ in claims(text, **kw)]


# --- Denial that points back ---------------------------------------------------------------------

def test_next_sentence_denial_drops_the_date():
    text = "A viral post claims the second season arrives on May 9. That is false, and the studio says so."
    assert events(text) == []


def test_next_sentence_denial_by_a_back_pointing_noun():
    text = "One listing gave an October 2024 premiere date. That listing was wrong from the start."
    assert events(text) == []


def test_next_clause_denial_drops_the_date():
    text = "A teaser dated August 2024 is circulating online; it is fan-made and nothing more."
    assert events(text) == []


def test_next_sentence_without_denial_keeps_the_date():
    text = "The second season arrives on May 9. That is two years after the first."
    assert events(text) == [(2, "premiere", "2024-05-09")]


def test_denial_of_another_subject_keeps_the_date():
    # The next sentence does not open by pointing back at the date.
    text = "The second season arrives on May 9. Rumours of a spin-off are false."
    assert events(text) == [(2, "premiere", "2024-05-09")]


# --- Negated, ruled out and superseded dates -----------------------------------------------------

def test_ending_hopes_of_a_date_rules_it_out():
    text = "The studio confirmed the second season will debut in 2025, dashing hopes of a 2024 return."
    assert events(text) == [(2, "premiere", "2025-01-01")]


def test_a_date_called_unlikely_is_not_a_claim():
    text = "A 2024 premiere is unlikely, so 2025 is the safer bet for season 2."
    assert [d for _, _, d in events(text)] == ["2025-01-01"]


def test_unlikely_beyond_the_dates_phrase_keeps_it():
    text = "Season 2 will premiere in June 2024, and a delay is unlikely."
    assert events(text) == [(2, "premiere", "2024-06-01")]


def test_originally_scheduled_date_is_superseded():
    text = "Season 2 was initially slated to arrive on June 7, 2024, before the network pushed it to the autumn."
    assert events(text) == []


def test_date_moved_from_is_superseded():
    text = "The season 2 premiere has been pushed back from April 2024 to September 2024."
    assert [d for _, _, d in events(text)] == ["2024-09-01"]


def test_a_schedule_without_a_change_is_kept():
    text = "Season 2 is scheduled to arrive on June 7, 2024."
    assert events(text) == [(2, "premiere", "2024-06-07")]


# --- Home media, other works, siblings -----------------------------------------------------------

def test_disc_release_is_not_a_premiere():
    assert events("The first season comes out on Blu-ray and DVD on April 2, 2024.") == []
    assert events("Season 1 lands on 4K Ultra HD on 2 April 2024 for collectors.") == []


def test_streaming_release_is_a_premiere():
    assert events("The first season came out on streaming on April 2, 2022.") == [(1, "premiere", "2022-04-02")]


def test_other_work_as_subject_is_not_the_show():
    assert events("The novel came out in 2009, and a feature film followed in 2012.") == []
    assert events("Harbor Lights: The Early Years, the prequel, premiered on March 3, 2023.") == []
    assert events("The studio's remake of the first game came out on consoles on May 5, 2023.") == []


def test_the_show_based_on_a_novel_keeps_its_date():
    text = "The show, adapted from the novel, premiered on March 3, 2022."
    assert events(text) == [(1, "premiere", "2022-03-03")]


def test_a_season_named_after_another_title_is_that_shows():
    # "Succession" is in the show table; its season is not the page's.
    text = "Succession Season 2 premieres on August 11, 2024."
    assert events(text) == []
    assert events("Harbor Lights Season 2 premieres on August 11, 2024.") == [(2, "premiere", "2024-08-11")]


def test_a_country_edition_of_the_show_is_another_show():
    assert events("Meanwhile Harbor Lights UK season 2 premiered on 10 January 2024.") == []
    assert events("Meanwhile Harbor Lights season 1 premiered on 10 January 2023.") == [(1, "premiere", "2023-01-10")]


def test_a_numbered_title_with_seasons_of_its_own_is_another_show():
    assert events("Harbor Lights 99 season 7 began on March 19, 2024.") == []


# --- Habitual statements -------------------------------------------------------------------------

def test_a_habit_is_not_a_claim():
    text = "The network has premiered every season so far in the first half of the year."
    assert events(text) == []
    assert events("The network usually premieres new episodes in June.") == []


def test_a_habit_in_another_chunk_keeps_the_date():
    text = "Given how long the show usually takes, season 2 should arrive in late 2024."
    assert events(text) == [(2, "premiere", "2024-07-01")]


# --- When something was said; update stamps -----------------------------------------------------

def test_date_of_an_announcement_at_an_event_is_not_the_premiere():
    text = "The network confirmed at its spring showcase on May 14 that season 2 premieres in October 2024."
    assert events(text, published="2024-05-20") == [(2, "premiere", "2024-10-01")]


def test_year_claim_followed_by_the_announcement_date():
    text = "Season 2 is coming in 2025, the network confirmed during its upfront event on February 2."
    assert events(text, published="2024-02-05") == [(2, "premiere", "2025-01-01")]


def test_said_in_a_month_that_keeps_the_claimed_date():
    # "in May that season 2 ..." is the speech's time; the claim is the second date.
    text = "The network's drama boss said in May that season 2 will debut in March 2025."
    assert claims(text, published="2024-06-10") == [(2, "premiere", "2025-03-01", "month", "confirmed")]


def test_update_stamp_in_brackets_is_not_a_claim():
    assert events("UPDATE (Jan. 12, 2024, 4:30 p.m. ET): The official trailer is out now.") == []
    assert events("The official trailer arrived on Jan. 12, 2024.") == [(2, "trailer", "2024-01-12")]


def test_abbreviated_month_after_a_bracket_does_not_end_the_sentence():
    assert len(split_sentences("Edited (Feb. 3, 2024): A teaser is out. More soon.")) == 2


# --- Event per clause ----------------------------------------------------------------------------

def test_finale_as_subject_of_a_generic_verb():
    text = ("The first series began on 4 April 2022, and the finale drew a record audience "
            "when it aired on 16 May 2022.")
    assert events(text) == [(1, "premiere", "2022-04-04"), (1, "finale", "2022-05-16")]


def test_british_final_is_a_finale():
    text = "Series 1 started on 2 January 2023 and the final aired on 27 January 2023."
    assert events(text) == [(1, "premiere", "2023-01-02"), (1, "finale", "2023-01-27")]


def test_the_final_season_is_no_finale():
    assert events("The final season arrived on 2 January 2023.") == [(2, "premiere", "2023-01-02")]


def test_condition_clause_does_not_lend_its_verb():
    text = "If the dispute ends quickly, season 2 could arrive in autumn 2024."
    assert events(text) == [(2, "premiere", "2024-09-01")]


def test_reference_point_event_cut_off_by_a_comma():
    text = "The network renewed the show three days after the premiere, on May 3, 2023."
    assert events(text) == [(2, "renewal", "2023-05-03")]


def test_reference_point_event_right_before_its_date_is_kept():
    text = "The network renewed the show on May 3, 2023, three days after it premiered on April 30, 2023."
    assert events(text) == [(2, "renewal", "2023-05-03"), (1, "premiere", "2023-04-30")]


def test_pronoun_subject_wrapped_is_production_end():
    assert events("It wrapped in January 2024 after a long night shoot.") == [(2, "production_end", "2024-01-01")]
    # "wrapped up its run" is the end of a season on air, not of filming.
    assert [e for _, e, _ in events("It wrapped up its run in January 2024.")] != ["production_end"]


def test_filming_began_is_not_a_premiere():
    text = "Filming on season 2 began in Dublin in May 2023, then paused and picked back up in January."
    assert events(text) == [(2, "production_start", "2023-05-01")]


# --- Seasons -------------------------------------------------------------------------------------

def test_renewal_of_a_season_list_credits_each():
    assert events("The network ordered the second and third seasons at once in June 2022.") == [
        (2, "renewal", "2022-06-01"), (3, "renewal", "2022-06-01")]
    assert events("The network renewed the show for seasons 2 and 3 on June 8, 2022.") == [
        (2, "renewal", "2022-06-08"), (3, "renewal", "2022-06-08")]


def test_a_season_that_was_renewed_orders_the_next_unless_it_is_the_pages():
    text = "The first season of Harbor Lights was renewed by CBC on May 28, 2023."
    assert events(text) == [(2, "renewal", "2023-05-28")]
    text = "The second season of Harbor Lights was renewed by CBC on May 28, 2023."
    assert events(text) == [(2, "renewal", "2023-05-28")]
    assert events(text, season=3) == [(3, "renewal", "2023-05-28")]


def test_a_past_release_keeps_the_season_named_before_even_after_the_published_date():
    text = "The third season was ordered on March 3, 2023. It premiered on June 6, 2024."
    assert events(text, season=4, published="2024-04-22") == [(3, "renewal", "2023-03-03"),
                                                              (3, "premiere", "2024-06-06")]


def test_renewed_season_is_not_the_subject_of_a_later_time_clause():
    text = "The network renewed the show for a second season on May 3, 2023, a week after it debuted on April 26, 2023."
    assert events(text) == [(2, "renewal", "2023-05-03"), (1, "premiere", "2023-04-26")]


def test_renewed_season_keeps_a_relative_clause():
    text = "The network renewed the show for a second season, which premieres in 2025."
    assert (2, "premiere", "2025-01-01") in events(text)


def test_future_release_after_a_clause_about_an_earlier_season():
    text = "Season 1 took a year in the edit, so our guess is 2025 at the earliest."
    assert claims(text) == [(2, "premiere", "2025-01-01", "year", "speculative")]


def test_appositive_does_not_add_the_pages_season():
    text = "Season 2 lands on June 1, 2024, and the network confirmed that season 3, the final chapter, arrives in 2025."
    assert events(text) == [(2, "premiere", "2024-06-01"), (3, "premiere", "2025-01-01")]


def test_a_title_offered_as_an_example_is_another_show():
    assert claims("Wednesday, for example, was renewed for a second season in January 2023.") == []
    assert claims("Harbor Lights, for example, was renewed for a second season in January 2023.") != []
    assert claims("The show, for example, was renewed for a second season in January 2023.") != []


def test_a_renewal_hoped_for_is_no_renewal():
    text = "Deadline reported in September 2023 that the ratings are strong enough for a renewal."
    assert claims(text) == []
    assert events("Netflix confirmed in September 2023 that the show has been renewed.") == \
        [(2, "renewal", "2023-09-01")]


def test_a_so_clause_is_a_statement_of_its_own():
    text = "Spring shows usually begin in the first week of April, so keep an eye on the official account in March 2024."
    assert claims(text) == []
    assert claims("Filming wraps in May 2024, so the premiere should land in the fall of 2024.") == [
        (2, "production_end", "2024-05-01", "month", "confirmed"), (2, "premiere", "2024-09-01", "season", "speculative")]


def test_a_part_of_the_season_that_premiered_is_the_pages_season():
    assert claims("Part 1 was released on Aug 6, 2024.", published="2024-08-07") == [
        (2, "premiere", "2024-08-06", "day", "confirmed")]
    assert claims("The show premiered on Aug 6, 2023.", published="2024-08-07")[0][0] == 1


def test_news_arriving_is_no_release():
    assert claims("Three bits of news about Harbor Lights landed this week.") == []
    assert events("Season 2 landed on Netflix this week.") == [(2, "premiere", "2024-02-26")]
    assert claims("Variety reports that season 2 could land in late 2024.")[0][1] == "premiere"


def test_a_title_inside_a_quoted_nickname_is_no_other_show():
    text = 'The drama, dubbed "Succession in corsets" by fans, returns on March 9, 2024.'
    assert events(text) == [(2, "premiere", "2024-03-09")]
    assert events("Succession returns on March 9, 2024.") == []


def test_a_date_in_a_relative_clause_is_not_the_main_verbs():
    text = "Harbor Lights, the drama that took over the top 10 in January 2024, is coming back."
    assert claims(text) == []
    text = "Harbor Lights, the drama that took over the top 10, is coming back in January 2025."
    assert events(text) == [(2, "premiere", "2025-01-01")]


# --- Alternatives, estimates, certainty ----------------------------------------------------------

def test_alternatives_are_each_a_claim():
    text = "A trade report says season 2 is pencilled in for late 2024 or early 2025."
    assert claims(text) == [(2, "premiere", "2024-07-01", "half", "reported"),
                            (2, "premiere", "2025-01-01", "half", "reported")]


def test_year_as_subject_with_earliest():
    text = "With so much effects work, 2025 is the earliest we expect to see it."
    assert claims(text) == [(2, "premiere", "2025-01-01", "year", "speculative")]


def test_would_before_the_date_hedges():
    text = "That would usually mean a return in the first half of next year."
    assert claims(text) == [(2, "premiere", "2025-01-01", "half", "speculative")]


def test_would_after_the_date_does_not_hedge():
    text = "The network says season 2 will arrive in June 2024, which would make it the longest gap yet."
    assert claims(text) == [(2, "premiere", "2024-06-01", "month", "confirmed")]


def test_capitalised_may_is_a_month_not_a_hedge():
    assert claims("In May the network said season 2 premieres in October 2024.")[0][4] == "confirmed"
    assert claims("Season 2 may premiere in October 2024.")[0][4] == "speculative"


def test_a_hedge_in_a_joined_statement_does_not_hedge_the_other():
    text = "Filming began in Granada on June 16, 2024 and is expected to wrap in September."
    assert claims(text)[0][1:] == ("production_start", "2024-06-16", "day", "confirmed")
    text = "The first season premiered in May 2023, and season 2 would likely arrive in 2025."
    assert [c[4] for c in claims(text)] == ["confirmed", "speculative"]


def test_a_speech_tag_attributes_the_date():
    assert claims("Filming began Oct. 6, 2024 in Calgary, Alberta, Szabo said.")[0][4] == "reported"
    assert claims("A crew member tells us the shoot is due to wrap in mid-September 2024.")[0][4] == "reported"
    assert claims("Filming began Oct. 6, 2024 in Calgary, Alberta.")[0][4] == "confirmed"


def test_a_plan_is_speculative_and_an_inverted_speech_tag_reports():
    assert claims("Apple is aiming for a 2025 release.")[0][4] == "speculative"
    assert claims("HBO is eyeing a late 2024 premiere for season 2.")[0][4] == "speculative"
    text = "Filming on the new season started on June 16, 2023, says Ana Ruiz's Instagram."
    assert claims(text)[0][4] == "reported"


def test_a_concessive_clause_shares_the_main_clauses_hedge():
    text = "If all goes well, season 2 could land in late 2024, although an early 2025 release would not surprise us."
    assert [c[4] for c in claims(text)] == ["speculative", "speculative"]


# --- Certainty details, history, awards ----------------------------------------------------------

def test_hat_tip_credits_without_attributing():
    text = "The network announced today that season 2 premieres on June 6, 2024 (h/t Variety)."
    found = extract_claims([Block("paragraph", text)], 2, D("2024-03-01"), SHOW)
    assert [(c.certainty, c.cites) for c in found] == [("confirmed", ["Variety"])]
    assert claims("According to Variety, season 2 premieres on June 6, 2024.")[0][4] == "reported"


def test_passive_told_to_is_no_attribution():
    text = "Season 1 landed on March 5, 2020, just as everyone was told to stay at home."
    assert claims(text)[0][4] == "confirmed"
    assert claims("A producer told Variety that season 2 premieres on June 6, 2024.")[0][4] == "reported"


def test_past_season_premiere_in_a_future_sentence_is_kept():
    text = "Season 3 will be released in two halves, four years after season 1 premiered on May 2, 2019."
    assert events(text, season=3, published="2023-06-01") == [(1, "premiere", "2019-05-02")]


def test_history_in_a_future_sentence_is_not_a_claim():
    text = "Season 2 is expected to cover the great flood of 1998."
    assert events(text) == []


def test_picking_up_an_award_is_no_renewal():
    assert events("The lead, who picked up an Emmy for the role last year, is back.") == []
    assert events("The network picked up a second season in May 2023.") == [(2, "renewal", "2023-05-01")]


def test_prediction_and_promise_of_a_season_are_premiere_estimates():
    assert claims("With the delay, we predict season 2 in spring 2025.") == [
        (2, "premiere", "2025-03-01", "season", "speculative")]
    assert events("The closing card promised season 2 this autumn.") == [(2, "premiere", "2024-09-01")]


def test_a_trailer_that_tells_a_date_tells_the_premiere():
    assert events("The new teaser promises the second season in summer 2024.") == [(2, "premiere", "2024-06-01")]
    # Passive: the date is when the trailer itself was shown.
    assert events("The first teaser was shown to fans at a convention on 9 February 2024.") == [
        (2, "trailer", "2024-02-09")]


def test_a_trailer_posted_on_a_date_is_released_on_it():
    assert events("The first teaser was posted on YouTube on February 9, 2024.") == [(2, "trailer", "2024-02-09")]
    assert events("The network said on February 9, 2024 that a teaser is coming.") == []


def test_a_platform_original_is_the_show_not_another_work():
    assert events("Streaming original Harbor Lights returns on June 6, 2024.") == [(2, "premiere", "2024-06-06")]
    assert events("The Danish original it was remade from aired in 2011.") == []


def test_always_is_not_a_habit():
    assert events("Season 2 was always going to arrive in 2025.") == [(2, "premiere", "2025-01-01")]


# --- Tables whose columns are seasons ----------------------------------------------------------------

def test_table_columns_give_each_date_its_season():
    blocks = [Block("row", "Milestone Season 2 Season 3", cells=("Milestone", "Season 2", "Season 3"), header=True),
              Block("row", "Renewed January 2025 November 20, 2025", cells=("Renewed", "January 2025", "November 20, 2025")),
              Block("row", "Filming starts March 3, 2025 February 9, 2026",
                    cells=("Filming starts", "March 3, 2025", "February 9, 2026")),
              Block("row", "Netflix release October 30, 2025 TBA", cells=("Netflix release", "October 30, 2025", "TBA"))]
    found = extract_claims(blocks, 3, D("2026-01-19"), SHOW)
    assert [(c.season, c.event, c.when.date_from.isoformat()) for c in found] == [
        (2, "renewal", "2025-01-01"), (3, "renewal", "2025-11-20"), (2, "production_start", "2025-03-03"),
        (3, "production_start", "2026-02-09"), (2, "premiere", "2025-10-30")]
    assert found[1].text == "Renewed January 2025 November 20, 2025"


def test_a_season_that_followed_dates_the_season_before():
    text = "The show started life on YouTube in May 2018, and the second season followed on Netflix in April 2019."
    assert events(text, published="2020-10-02") == [(1, "premiere", "2018-05-01"), (2, "premiere", "2019-04-01")]


def test_event_words_of_the_next_dates_coordinated_clause_are_its_own():
    # "swept" is no event word: the first date takes none from the clause of the second.
    text = "The show swept the Emmys on September 12, 2021, and the third season arrived on May 5, 2022."
    assert events(text, published="2022-06-01") == [(3, "premiere", "2022-05-05")]


def test_which_clause_of_another_title():
    assert events("The news comes a month after Peacock cancelled The Wexley Files, which ended its run on "
                  "September 30.", published="2025-10-20") == []
    assert events("She was last seen in Netflix's The Lowland Years, which premiered in June.",
                  published="2025-10-20") == []
    # The page's own show as the antecedent keeps its date.
    assert events("Harbor Lights, which premiered on Hulu in September 2021, returns in 2026.",
                  published="2025-10-20") == [(1, "premiere", "2021-09-01"), (2, "premiere", "2026-01-01")]


def test_trailer_as_the_subject_of_a_release_verb():
    assert events("The trailer of Harbor Lights Season 2 was released on 10th July 2025.",
                  published="2025-07-20") == [(2, "trailer", "2025-07-10")]
    assert events("The teaser dropped on May 5, 2025.", published="2025-07-20") == [(2, "trailer", "2025-05-05")]
    # The trailer is not the subject of a verb whose subject is the season.
    assert events("The trailer teased that season 2 premieres on June 5, 2025.", published="2025-05-01") == \
        [(2, "premiere", "2025-06-05")]


def test_a_date_that_places_a_source_in_time_is_no_claim():
    text = "HBO's reel from last month just says the show returns later this year."
    assert events(text, published="2021-06-10") == [(2, "premiere", "2021-06-11")]
    assert events("In an interview dated May 3, 2021, the star said season 2 is coming.", published="2021-06-10") == []


def test_common_preview_wordings():
    assert claims("The release date for season 2 is yet to be announced, but fans can expect it in late 2025.") == [
        (2, "premiere", "2025-07-01", "half", "speculative")]
    assert events("The new season is due in March.") == [(2, "premiere", "2024-03-01")]
    assert events("The rent is due on March 3.") == []
    text = "The streamer revealed the season 2 premiere date at Tudum on September 24, 2024: it will premiere on January 17, 2025."
    assert events(text) == [(2, "premiere", "2025-01-17")]


def test_strikes_reruns_and_a_trailer_pronoun():
    assert claims("The writers' strike, which began in May 2023, delayed production.") == []
    assert claims("The SAG-AFTRA strike ended in November 2023, allowing filming to resume.") == []
    assert claims("The network will air a marathon of season 1 on December 26.") == []
    assert events("Season 2 premieres on December 26 after a marathon of season 1.") == [(2, "premiere", "2024-12-26")]
    assert events("Since its debut in January 2023, the show has been a hit.") == [(1, "premiere", "2023-01-01")]
    assert events("The trailer has been viewed 20 million times since it dropped on May 2.") == [
        (2, "trailer", "2024-05-02")]
    assert events("The trailer teases a dark season, and it arrives on May 2.") == [(2, "premiere", "2024-05-02")]


def test_a_ratings_chart_week_is_no_event_date():
    assert claims("The show ranked No. 3 on Nielsen's streaming chart for the week of March 4.") == []
    text = "Season 2 topped the Top 10 in the week of March 4, 2024, after it premiered on March 1, 2024."
    assert events(text) == [(2, "premiere", "2024-03-01")]
