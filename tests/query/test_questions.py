"""Every question on the hand-made Picard scenario (tests/query/scenario.py), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from aggregator.db import models as m
from aggregator.query import (
    add_fact,
    article_history,
    claim_timeline,
    consensus,
    credit_graph,
    export_rows,
    find_outlet,
    find_show,
    first_said,
    list_facts,
    scorecard,
    uncredited_repeats,
)
from aggregator.query.history import find_article
from tests.query import scenario as sc


def picard(conn) -> int:
    show = find_show(conn, "Star Trek Picard")
    assert show is not None and show.title == "Star Trek: Picard"
    return show.id


def test_show_aliases_resolve_to_one_show(conn):
    assert conn.execute(select(func.count()).select_from(m.Show)).scalar_one() == 1
    for name in ("Picard", "Star Trek Picard", "star trek: picard"):
        assert find_show(conn, name).id == picard(conn)
    rules = dict(conn.execute(select(m.ShowAlias.alias, m.ShowAlias.rule)).all())
    assert rules["Picard"] == "registry"


def test_unchanged_refetch_adds_no_revision(conn):
    article = find_article(conn, sc.DEADLINE)[0]
    assert conn.execute(select(func.count()).select_from(m.Revision).where(m.Revision.article_id == article)
                        ).scalar_one() == 3
    # Trailing slash and scheme do not matter when looking an article up.
    assert find_article(conn, sc.DEADLINE.rstrip("/").replace("https", "http"))[0] == article


def test_history_diffs_consecutive_revisions(conn):
    revs = article_history(conn, find_article(conn, sc.DEADLINE)[0])
    assert [r["revision"] for r in revs] == [1, 2, 3]

    def changes(rev, kind):
        return sorted((c["change"], c["before"], c["after"]) for c in rev["changes"] if c["kind"] == kind)

    assert [c[0] for c in changes(revs[0], "claim")] == ["added", "added"]
    assert changes(revs[0], "cast") == [("added", None, "Evan Evagora"), ("added", None, "Patrick Stewart")]
    assert changes(revs[1], "claim") == [
        ("certainty changed", "S2 production_start 2021-02-01 … 2021-02-28 (month, speculative)",
         "S2 production_start 2021-02-01 … 2021-02-28 (month, reported)"),
        ("made more precise", "S2 premiere 2022-01-01 … 2022-06-30 (half, reported)",
         "S2 premiere 2022-03-01 … 2022-03-31 (month, reported)"),
    ]
    assert changes(revs[1], "cast") == [("added", None, "Whoopi Goldberg")]
    assert changes(revs[2], "claim") == [
        ("made more precise", "S2 premiere 2022-03-01 … 2022-03-31 (month, reported)",
         "S2 premiere 2022-03-03 (day, confirmed)"),
        ("withdrawn", "S2 production_start 2021-02-01 … 2021-02-28 (month, reported)", None),
    ]
    assert changes(revs[2], "cast") == [("dropped", "Evan Evagora", None)]
    assert changes(revs[2], "source") == [("added", None, "Variety")]


def test_timeline_filters(conn):
    show = picard(conn)
    everything = claim_timeline(conn, show, 2)
    assert len(everything) == 9
    assert [r["said_at"] for r in everything] == sorted(r["said_at"] for r in everything)
    deadline = claim_timeline(conn, show, 2, outlet="deadline.com")
    assert {r["outlet"]["domain"] for r in deadline} == {"deadline.com"} and len(deadline) == 5
    assert len(claim_timeline(conn, show, 2, outlet="Deadline Hollywood")) == 5  # a registry alias
    assert {r["event"] for r in claim_timeline(conn, show, 2, event="production_start")} == {"production_start"}
    assert claim_timeline(conn, show, 2, outlet="no-such-outlet.example") == []


def test_first_names_the_originator_and_the_repeats(conn):
    rows = {(r["event"], r["date_from"], r["date_to"]): r for r in first_said(conn, picard(conn), 2)}
    early = rows[("premiere", date(2022, 1, 1), date(2022, 6, 30))]
    assert early["first_outlet"] == "Deadline" and early["first_said_at"].date() == date(2020, 6, 1)
    assert [(r["outlet"], r["credits_first"]) for r in early["repeated_by"]] == [
        ("Variety", True), (find_outlet(conn, "screenrant.com").name, False)]
    march = rows[("premiere", date(2022, 3, 1), date(2022, 3, 31))]
    assert march["first_said_at"].date() == date(2020, 9, 1)  # Deadline's revision 2, when it was modified
    assert [(r["outlet"], r["credits_first"]) for r in march["repeated_by"]] == [
        (find_outlet(conn, "cbr.com").name, True)]
    assert rows[("premiere", date(2022, 3, 3), date(2022, 3, 3))]["outlets"] == 1
    assert first_said(conn, picard(conn), 2, event="finale") == []


def test_citations_credits_and_the_uncredited_repeat(conn):
    pairs = {(p["citing"], p["credited"]): p for p in credit_graph(conn)}
    variety = pairs[("Variety", "Deadline")]
    assert variety["articles"] == 1 and variety["claim_count"] == 1
    assert pairs[("Deadline", "Variety")]["claim_count"] == 0
    repeats = uncredited_repeats(conn, show_id=picard(conn))
    assert len(repeats) == 1, repeats
    (r,) = repeats
    assert r["repeater"] == find_outlet(conn, "screenrant.com").name
    assert (r["original"], r["match"], r["also_earlier"]) == ("Deadline", "equal", ["Variety"])
    # --outlet keeps rows where the outlet is either side.
    deadline = find_outlet(conn, "deadline.com").id
    assert len(uncredited_repeats(conn, outlet_id=deadline)) == 1
    assert uncredited_repeats(conn, outlet_id=find_outlet(conn, "tvline.com").id) == []
    assert all(p["credited"] == "Deadline" or p["citing"] == "Deadline" for p in credit_graph(conn, outlet_id=deadline))


def test_consensus_counts_independent_sources_over_time(conn):
    rows = consensus(conn, picard(conn), 2, event="premiere", by="day")
    by_day = {}
    for r in rows:
        by_day.setdefault(r["as_of"], {})[(r["date_from"], r["date_to"])] = r
    july = by_day[date(2020, 7, 1)][(date(2022, 1, 1), date(2022, 6, 30))]
    # Deadline, Variety (crediting Deadline) and Screen Rant: three outlets, two sources.
    assert (july["outlet_count"], july["independent"]) == (3, 2)
    assert july["weight"] == 1.0
    latest = by_day[max(by_day)]
    assert max(by_day) == date(2021, 11, 1)
    # Screen Rant withdrew, Deadline moved on to the exact date: only Variety stands by "early 2022".
    assert latest[(date(2022, 1, 1), date(2022, 6, 30))]["outlets"] == ["Variety"]
    assert latest[(date(2022, 3, 3), date(2022, 3, 3))]["outlets"] == ["Deadline"]
    assert abs(sum(r["weight"] for r in latest.values()) - 1.0) < 0.01
    assert consensus(conn, picard(conn), 2, event="premiere", latest_only=True) == list(latest.values())
    monthly = consensus(conn, picard(conn), 2, by="month")
    assert {r["as_of"].day for r in monthly} == {1}


def test_facts_and_scorecard(conn):
    show = picard(conn)
    assert add_fact(conn, show, 2, "premiere", date(2022, 3, 4)) == "added"
    assert add_fact(conn, show, 2, "premiere", sc.PREMIERED, "https://www.paramountplus.com/") == "updated"
    assert add_fact(conn, show, 2, "premiere", sc.PREMIERED) == "unchanged"
    assert [f["date"] for f in list_facts(conn)] == [sc.PREMIERED]
    card = {r["outlet"]: r for r in scorecard(conn, show)}
    deadline = card["Deadline"]
    assert (deadline["right"], deadline["wrong"], deadline["vague"]) == (2, 0, 1)
    assert deadline["max_lead_days"] == (sc.PREMIERED - date(2020, 9, 1)).days
    tvline = card[find_outlet(conn, "tvline.com").name]
    assert (tvline["right"], tvline["wrong"], tvline["accuracy"]) == (0, 1, 0.0)
    assert card["Variety"]["vague"] == 1 and card["Variety"]["accuracy"] is None
    assert all(c["verdict"] in {"right", "wrong", "vague", "after"} for r in card.values() for c in r["claims"])


def test_export_rows_carry_evidence(conn):
    rows = list(export_rows(conn, picard(conn), chunk=3))  # several chunks
    assert len(rows) == 9 and len({r["claim_id"] for r in rows}) == 9
    variety = next(r for r in rows if r["outlet"] == "Variety")
    assert variety["url"] == sc.VARIETY and variety["cites"] == ["Deadline"]
    assert len(variety["content_hash"]) == 64 and variety["fetched_at"].year == 2020
    assert variety["sentence"].startswith("Season 2 premiere")
