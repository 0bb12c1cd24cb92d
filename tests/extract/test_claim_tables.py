"""Episode schedule tables: first episode the premiere, last the finale, none between."""

from __future__ import annotations

from datetime import date

from aggregator.extract.claims import extract_claims
from aggregator.extract.document import Block

HEADER = ("No.", "Title", "Directed by", "Original air date")


def row(*cells: str, header: bool = False) -> Block:
    return Block("row", " ".join(cells), cells=cells, header=header)


def claims(*blocks: Block, season: int = 3) -> list[tuple[int | None, str, str, str]]:
    found = extract_claims(list(blocks), season, date(2026, 11, 1), "The Night Clerk")
    return [(c.season, c.event, c.when.date_from.isoformat(), c.text) for c in found]


def test_first_and_last_episodes_date_the_premiere_and_the_finale():
    assert claims(row(*HEADER, header=True),
                  row("1", '"Night Audit"', "Carmen Ibsen", "January 3, 2027"),
                  row("2", '"Do Not Disturb"', "Carmen Ibsen", "January 10, 2027"),
                  row("3", '"No Vacancy"', "Pete Orlov", "January 17, 2027")) == [
        (3, "premiere", "2027-01-03", '1 "Night Audit" Carmen Ibsen January 3, 2027'),
        (3, "finale", "2027-01-17", '3 "No Vacancy" Pete Orlov January 17, 2027')]


def test_a_last_episode_still_tba_dates_no_finale():
    assert [e for _, e, _, _ in claims(row(*HEADER, header=True),
                                        row("1", '"Night Audit"', "Carmen Ibsen", "January 3, 2027"),
                                        row("2", '"Do Not Disturb"', "Carmen Ibsen", "January 10, 2027"),
                                        row("3", '"No Vacancy"', "Pete Orlov", "TBA"))] == ["premiere"]


def test_a_table_without_an_air_date_column_is_no_schedule():
    # (a cast table: its rows are read as text, and name no dates)
    assert claims(row("Actor", "Character", header=True), row("Ben Okafor", "Walter Dunn"),
                  row("Lucía Marín", "Rosa Vidal")) == []


def test_a_season_heading_gives_the_schedule_its_season():
    found = claims(Block("heading", "Season 2", level=2), row(*HEADER, header=True),
                   row("1", '"Ice Out"', "Ramona Fisk", "September 23, 2025"),
                   row("2", '"Thaw"', "Ramona Fisk", "December 9, 2025"))
    assert [(s, e) for s, e, _, _ in found] == [(2, "premiere"), (2, "finale")]


OVERVIEW = ("", "Season", "Episodes", "Originally released", "Network")


def test_a_season_overview_dates_each_seasons_premiere_and_finale():
    found = claims(row(*OVERVIEW, header=True), row("First released", "Last released", header=True),
                   row("", "1", "6", "12 February 2023", "19 March 2023", "BBC One"),
                   row("", "2", "8", "3 May 2024", ""),          # released at once: one merged date
                   row("", "3", "6", "7 March 2027", "TBA"))
    assert [(s, e, d) for s, e, d, _ in found] == [
        (1, "premiere", "2023-02-12"), (1, "finale", "2023-03-19"),
        (2, "premiere", "2024-05-03"), (2, "finale", "2024-05-03"),
        (3, "premiere", "2027-03-07")]
    assert found[0][3] == "1 6 12 February 2023 19 March 2023 BBC One"


def test_the_upcoming_season_of_an_overview():
    from aggregator.extract.claim_tables import upcoming_season
    table = [row(*OVERVIEW, header=True), row("First released", "Last released", header=True),
             row("", "1", "6", "12 February 2023", "19 March 2023"), row("", "2", "6", "7 March 2027", "TBA")]
    assert upcoming_season(table, date(2026, 11, 1)) == 2
    aired = table[:3]
    assert upcoming_season(aired, date(2026, 11, 1)) is None


def test_a_schedule_whose_header_row_has_no_header_cells():
    found = claims(row("Ep", "Title", "Release date"), row("1", '"Feedback"', "January 13, 2027"),
                   row("7", '"Needle Drop"', "February 17, 2027"), row("9", '"Sign Off"', "March 3, 2027"))
    assert [(e, d) for _, e, d, _ in found] == [("premiere", "2027-01-13"), ("finale", "2027-03-03")]


def test_a_dated_log_row_reads_as_its_entry_on_that_date():
    found = claims(row("September 14, 2026", "Cameras roll on season 2 in Newlyn, Cornwall"),
                   row("November 17, 2026", "THR reports HBO is targeting late 2027"), season=2)
    assert [(e, d, t) for _, e, d, t in found] == [
        ("production_start", "2026-09-14", "September 14, 2026 Cameras roll on season 2 in Newlyn, Cornwall"),
        ("premiere", "2027-07-01", "November 17, 2026 THR reports HBO is targeting late 2027")]
