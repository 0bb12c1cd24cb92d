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
