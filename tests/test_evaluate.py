"""Unit tests of the scoring rules (SCORING.md) in aggregator.scoring / aggregator.evaluate.

Every case is a hand-made pred/gold dict; the store walk uses a tiny store in tmp_path.
"""

from __future__ import annotations

import copy
import json
import random
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

import jsonschema
import pytest

from aggregator.evaluate import (
    Counts,
    Miss,
    PageScore,
    Tally,
    aggregate,
    character_hit,
    claim_matches,
    evaluate_store,
    gold_schema,
    norm,
    render_text,
    score_page,
    to_json,
)

SCHEMAS = Path(__file__).resolve().parents[1] / "aggregator" / "schemas"


# --- helpers ----------------------------------------------------------------


def claim(dfrom, dto=None, precision="day", season=2, event="premiere", certainty="confirmed",
          text="x"):
    """A release claim; dto defaults to dfrom."""
    return {"season": season, "event": event, "date_from": dfrom, "date_to": dto or dfrom,
            "precision": precision, "certainty": certainty, "text": text}


def span(start: str, width: int, **kw) -> dict:
    """A claim of `width` days starting on `start`."""
    d = date.fromisoformat(start)
    return claim(start, (d + timedelta(days=width - 1)).isoformat(), **kw)


def page(**kw) -> dict:
    """A preview page dict with every required key; keywords override."""
    base = {"url": "https://www.outlet.com/a", "outlet": {"name": "Outlet", "domain": "outlet.com"},
            "title": "T", "author": None, "published": None, "is_preview": True,
            "show": "Star Trek: Picard", "season": 2, "release_claims": [], "cast": [],
            "sources": []}
    base.update(kw)
    return base


def claims_counts(preds, golds) -> Counts:
    return score_page(page(release_claims=preds), page(release_claims=golds)).release_claims


def matches(p, g) -> bool:
    return claims_counts([p], [g]).tp == 1


# --- norm -------------------------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    ("The Hollywood Reporter", "hollywood reporter"),
    ("Zoë", "zoe"),
    ("Star Trek: Picard", "star trek picard"),
    ("hollywood reporter", "hollywood reporter"),
    ("Law & Order: SVU", "law and order svu"),
    ("  THE   Boys!! ", "boys"),
    ("Théâtre", "theatre"),
    ("ﬁnal", "final"),  # NFKD compatibility ligature
    ("Straße", "strasse"),  # casefold
    ("The The", "the"),  # only one leading "the " is dropped
    ("Theo James", "theo james"),
    ("the", "the"),
    ("Rick_and_Morty", "rick and morty"),  # underscore is not a letter or digit
    ("Season 2½", "season 21 2"),  # NFKD: ½ -> 1⁄2; only the fraction slash separates
    ("", ""),
    (None, ""),
])
def test_norm(raw, expected):
    assert norm(raw) == expected


# --- release claims: the three rules ---------------------------------------


def test_claim_identical_day_matches():
    assert matches(claim("2022-03-10"), claim("2022-03-10"))


def test_day_precision_has_no_slack():
    g = claim("2022-03-10")
    assert not matches(claim("2022-03-11"), g)
    assert not matches(claim("2022-03-09"), g)
    # A 3-day range centred on the day: midpoint exactly the day, width 3 <= 2*1+7.
    assert matches(claim("2022-03-09", "2022-03-11"), g)
    # Even width: midpoint 10.5 is outside [10, 10].
    assert not matches(claim("2022-03-10", "2022-03-11"), g)


def test_week_precision_midpoint_edges():
    g = claim("2022-03-07", "2022-03-13", precision="week")  # widened: 03-04 .. 03-16
    assert matches(span("2022-03-03", 3), g)       # midpoint 03-04, on the edge
    assert not matches(span("2022-03-02", 3), g)   # midpoint 03-03
    assert matches(span("2022-03-04", 2), g)       # midpoint 03-04.5, just inside
    assert not matches(span("2022-03-03", 2), g)   # midpoint 03-03.5, just outside
    assert matches(span("2022-03-15", 3), g)       # midpoint 03-16, on the upper edge
    assert not matches(span("2022-03-16", 2), g)   # midpoint 03-16.5
    assert matches(span("2022-03-15", 2), g)       # midpoint 03-15.5


def test_month_precision_midpoint_edges():
    g = claim("2022-03-01", "2022-03-31", precision="month")  # widened: 02-22 .. 04-07
    assert matches(span("2022-02-19", 8), g)       # midpoint 02-22.5
    assert not matches(span("2022-02-18", 8), g)   # midpoint 02-21.5
    assert matches(span("2022-04-03", 9), g)       # midpoint 04-07, on the edge
    assert not matches(span("2022-04-04", 9), g)   # midpoint 04-08
    assert matches(span("2022-04-03", 8), g)       # midpoint 04-06.5
    assert not matches(span("2022-04-04", 8), g)   # midpoint 04-07.5


@pytest.mark.parametrize("precision", ["season", "quarter", "half", "year"])
def test_other_precisions_widen_by_seven(precision):
    g = claim("2022-03-01", "2022-05-31", precision=precision)  # 92 days, widened 02-22 .. 06-07
    assert matches(span("2022-02-10", 25), g)      # midpoint 02-22 (width 25 >= 92/4)
    assert not matches(span("2022-02-09", 25), g)  # midpoint 02-21
    assert not matches(span("2022-02-17", 11), g)  # midpoint 02-22, but 11 < 92/4


def test_width_too_precise():
    g = claim("2022-03-01", "2022-03-31", precision="month")  # width 31: P.width >= 7.75
    assert not matches(claim("2022-03-15"), g)
    assert not matches(span("2022-03-12", 7), g)
    assert matches(span("2022-03-12", 8), g)
    wk = claim("2022-03-07", "2022-03-13", precision="week")  # width 7: P.width >= 1.75
    assert not matches(claim("2022-03-10"), wk)
    assert matches(span("2022-03-10", 2), wk)


def test_width_bounds_are_inclusive():
    feb = claim("2022-02-01", "2022-02-28", precision="month")  # width 28: 7 <= P.width <= 63
    assert matches(span("2022-02-12", 7), feb)
    assert not matches(span("2022-02-12", 6), feb)
    assert matches(span("2022-01-14", 63), feb)  # midpoint 02-14
    assert not matches(span("2022-01-14", 64), feb)


def test_width_too_vague():
    wk = claim("2022-03-07", "2022-03-13", precision="week")  # P.width <= 21
    assert matches(span("2022-02-28", 21), wk)      # midpoint 03-10
    assert not matches(span("2022-02-28", 22), wk)  # midpoint 03-10.5 is fine; width is not
    month = claim("2022-03-01", "2022-03-31", precision="month")  # P.width <= 69
    assert matches(span("2022-02-10", 69), month)      # midpoint 03-16
    assert not matches(span("2022-02-10", 70), month)  # midpoint 03-16.5
    day = claim("2022-03-10")  # P.width <= 9
    assert matches(span("2022-03-06", 9), day)
    assert not matches(span("2022-03-05", 11), day)


def test_season_and_event_must_be_equal():
    g = claim("2022-03-10", season=None)
    assert matches(claim("2022-03-10", season=None), g)
    assert not matches(claim("2022-03-10", season=1), g)
    assert not matches(claim("2022-03-10", season=None), claim("2022-03-10", season=1))
    assert not matches(claim("2022-03-10", event="finale"), claim("2022-03-10"))


def test_unreadable_predicted_claim_is_false_positive():
    g = claim("2022-03-10")
    assert claims_counts([claim("March 10")], [g]) == Counts(0, 1, 1)
    assert claims_counts([claim("2022-03-11", "2022-03-09")], [g]) == Counts(0, 1, 1)
    assert claims_counts([{"event": "premiere"}], [g]) == Counts(0, 1, 1)


def test_unreadable_gold_claim_raises():
    with pytest.raises(ValueError):
        claim_matches(claim("2022-03-10"), claim("2022-03-10", "2022-03-01"))


def test_repeated_prediction_is_one_tp_and_one_fp():
    g = claim("2022-03-10")
    assert claims_counts([claim("2022-03-10"), claim("2022-03-10")], [g]) == Counts(1, 1, 0)


def test_each_prediction_takes_at_most_one_gold():
    golds = [claim("2022-03-10", certainty="confirmed"), claim("2022-03-10", certainty="reported")]
    s = score_page(page(release_claims=[claim("2022-03-10", certainty="reported")]),
                   page(release_claims=golds))
    # It takes the first gold in gold order (certainty then scored against that one).
    assert s.release_claims == Counts(1, 0, 1)
    assert s.certainty == Tally(0, 1)


def test_greedy_in_page_order():
    month = claim("2022-03-01", "2022-03-31", precision="month")
    week = claim("2022-03-14", "2022-03-20", precision="week")
    p_both = span("2022-03-10", 11)  # midpoint 03-15, width 11: matches both
    p_month = span("2022-03-01", 31)  # width 31 > 2*7+7: matches the month only
    assert matches(p_both, month) and matches(p_both, week)
    assert matches(p_month, month) and not matches(p_month, week)
    # Greedy, not optimal: the first prediction takes the first gold it matches.
    assert claims_counts([p_both, p_month], [month, week]) == Counts(1, 1, 1)
    assert claims_counts([p_month, p_both], [month, week]) == Counts(2, 0, 0)
    assert claims_counts([p_both, p_month], [week, month]) == Counts(2, 0, 0)


def test_certainty_accuracy_and_accepted_list():
    golds = [claim("2022-03-10", certainty=["reported", "speculative"]),
             claim("2022-04-10", certainty="confirmed"),
             claim("2022-05-10", certainty="confirmed")]
    preds = [claim("2022-03-10", certainty="speculative"),
             claim("2022-04-10", certainty="reported"),
             claim("2022-06-10", certainty="confirmed")]  # unmatched: not in certainty
    s = score_page(page(release_claims=preds), page(release_claims=golds), page="p")
    assert s.release_claims == Counts(2, 1, 1)
    assert s.certainty == Tally(1, 2)
    kinds = sorted((m.field, m.kind) for m in s.misses)
    assert kinds == [("certainty", "wrong"), ("release_claims", "false_positive"),
                     ("release_claims", "miss")]
    assert all(m.page == "p" for m in s.misses)


def test_claims_missing_from_prediction():
    s = score_page({}, page(release_claims=[claim("2022-03-10")]))
    assert s.release_claims == Counts(0, 0, 1)
    assert s.certainty == Tally(0, 0)


# --- sources ----------------------------------------------------------------


def src(name, domain=None):
    return {"name": name, "domain": domain}


def sources_counts(preds, golds, outlet=None) -> Counts:
    outlet = outlet or {"name": "Outlet", "domain": "outlet.com"}
    return score_page(page(sources=preds), page(sources=golds, outlet=outlet)).sources


def test_source_matches_by_domain_or_name():
    assert sources_counts([src("THR", "hollywoodreporter.com")],
                          [src("The Hollywood Reporter", "hollywoodreporter.com")]) == Counts(1, 0, 0)
    assert sources_counts([src("the hollywood reporter!", None)],
                          [src("The Hollywood Reporter", "hollywoodreporter.com")]) == Counts(1, 0, 0)
    # Same name, different domains: the name rule still matches.
    assert sources_counts([src("Deadline", "deadline.co.uk")],
                          [src("Deadline", "deadline.com")]) == Counts(1, 0, 0)
    # Different name, one domain missing: no match.
    assert sources_counts([src("THR", None)],
                          [src("The Hollywood Reporter", "hollywoodreporter.com")]) == Counts(0, 1, 1)
    # Both domains null and names differ: no match (null domains are not "equal").
    assert sources_counts([src("A", None)], [src("B", None)]) == Counts(0, 1, 1)
    assert sources_counts([src("Variety", "WWW.Variety.com")],
                          [src("V", "variety.com")]) == Counts(1, 0, 0)


def test_gold_source_matched_at_most_once():
    golds = [src("Deadline", "deadline.com")]
    preds = [src("Deadline", None), src("Deadline Hollywood", "deadline.com")]
    assert sources_counts(preds, golds) == Counts(1, 1, 0)


def test_own_outlet_is_never_a_source():
    own = {"name": "Screen Rant", "domain": "screenrant.com"}
    golds = [src("Variety", "variety.com")]
    assert sources_counts([src("Screen Rant", None), src("SR", "screenrant.com"),
                           src("Variety", "variety.com")], golds, own) == Counts(1, 0, 0)
    # Dropped from the gold too, so it is not a miss either.
    assert sources_counts([], [src("Screen Rant", "screenrant.com")], own) == Counts(0, 0, 0)


def test_source_misses_recorded():
    s = score_page(page(sources=[src("A", "a.com")]), page(sources=[src("B", "b.com")]), "pg")
    assert Miss("pg", "sources", "false_positive", "'A' (a.com)") in s.misses
    assert Miss("pg", "sources", "miss", "'B' (b.com)") in s.misses


# --- cast -------------------------------------------------------------------


def actor(name, character=None):
    return {"actor": name, "character": character}


def test_cast_precision_recall_f1():
    golds = [actor("Patrick Stewart", "Picard"), actor("Zoë Kravitz"), actor("Jeri Ryan", "Seven")]
    preds = [actor("patrick stewart", "Picard"), actor("Zoe Kravitz"), actor("Brent Spiner", "Data"),
             actor("Patrick  Stewart", "Jean-Luc")]  # duplicate actor collapses in the set
    s = score_page(page(cast=preds), page(cast=golds))
    assert s.cast == Counts(2, 1, 1)
    assert s.cast.precision == pytest.approx(2 / 3) and s.cast.precision == 2 / 3
    assert s.cast.recall == 2 / 3
    assert s.cast.f1 == 4 / 6
    # Character of the first predicted entry of an actor is the one scored.
    assert s.character == Tally(2, 2)


@pytest.mark.parametrize("pred, accepted, hit", [
    ("Picard", ["Picard"], True),
    ("picard!", ["Picard"], True),
    ("Jean-Luc Picard", ["Picard"], True),          # shorter "picard" in the longer
    ("Picard", ["Jean-Luc Picard"], True),
    ("Jean Picard", ["Jean-Luc Picard"], True),     # {jean, picard} within {jean, luc, picard}
    ("Luc Besson", ["Jean-Luc Picard"], False),
    ("Admiral Picard", ["Jean-Luc Picard"], False),  # same word count? no: 2 vs 3, admiral missing
    ("Picard Jean-Luc", ["Jean-Luc Picard"], True),  # equal word counts, same words
    ("Seven", ["Seven of Nine", "Annika Hansen"], True),
    ("Annika", ["Seven of Nine", "Annika Hansen"], True),
    ("Annika", ["Seven of Nine"], False),
    (None, [None], True),                            # both null
    (None, ["Picard"], False),
    ("Picard", [None], False),
    ("—", [None], True),                             # norm-empty counts as null
    ("Zoë", ["Zoe"], True),
])
def test_character_rule(pred, accepted, hit):
    assert character_hit(pred, accepted) is hit


def test_character_accuracy_only_over_matched_actors():
    golds = [actor("A Actor", ["Alpha", "The Alpha One"]), actor("B Actor", None),
             actor("C Actor", "Gamma")]
    preds = [actor("A Actor", "the alpha one"), actor("B Actor", "Beta"),
             actor("D Actor", "Delta")]
    s = score_page(page(cast=preds), page(cast=golds), "p")
    assert s.cast == Counts(2, 1, 1)
    assert s.character == Tally(1, 2)
    assert [m.kind for m in s.misses if m.field == "character"] == ["wrong"]
    assert Miss("p", "cast", "false_positive", "D Actor") in s.misses
    assert Miss("p", "cast", "miss", "C Actor") in s.misses


# --- accuracies -------------------------------------------------------------


def test_is_preview_every_page():
    assert score_page(page(is_preview=False), page(is_preview=False)).is_preview == Tally(1, 1)
    assert score_page(page(is_preview=True), page(is_preview=False)).is_preview == Tally(0, 1)
    assert score_page({}, page(is_preview=True)).is_preview == Tally(0, 1)


def test_show_season():
    g = page(show=["Star Trek: Picard", "Picard"], season=2)
    assert score_page(page(show="The Picard", season=2), g).show_season == Tally(1, 1)
    assert score_page(page(show="Star Trek Picard", season=2), g).show_season == Tally(1, 1)
    assert score_page(page(show="Picard", season=3), g).show_season == Tally(0, 1)
    assert score_page(page(show=None, season=2), g).show_season == Tally(0, 1)
    assert score_page(page(show="Star Trek", season=2), g).show_season == Tally(0, 1)
    # Season both null is equal.
    assert score_page(page(show="Picard", season=None),
                      page(show="Picard", season=None)).show_season == Tally(1, 1)
    # Skipped where the gold show is null, whatever is predicted.
    assert score_page(page(show="Picard"), page(show=None, season=None)).show_season == Tally(0, 0)


def test_outlet():
    g = page(outlet={"name": "The Hollywood Reporter", "domain": "hollywoodreporter.com"})
    hit = [{"name": "THR", "domain": "hollywoodreporter.com"},
           {"name": "Hollywood Reporter", "domain": None},
           {"name": "Hollywood Reporter", "domain": "thr.com"}]
    for outlet in hit:
        assert score_page(page(outlet=outlet), g).outlet == Tally(1, 1), outlet
    assert score_page(page(outlet={"name": "THR", "domain": None}), g).outlet == Tally(0, 1)
    assert score_page({}, g).outlet == Tally(0, 1)
    assert score_page(page(), page(outlet={"name": None, "domain": None})).outlet == Tally(0, 0)


def test_published_date_part_and_skipped_when_gold_null():
    g = page(published="2022-03-01T09:00:00-05:00")
    assert score_page(page(published="2022-03-01"), g).published == Tally(1, 1)
    assert score_page(page(published="2022-03-01T23:59:00Z"), g).published == Tally(1, 1)
    assert score_page(page(published="2022-03-02"), g).published == Tally(0, 1)
    assert score_page(page(published=None), g).published == Tally(0, 1)
    assert score_page(page(published="2022-03-01"), page(published=None)).published == Tally(0, 0)


def test_author_norm_and_skipped_when_gold_null():
    g = page(author="Zoë Smith")
    assert score_page(page(author="zoe smith"), g).author == Tally(1, 1)
    assert score_page(page(author="Zoe"), g).author == Tally(0, 1)
    assert score_page(page(author=None), g).author == Tally(0, 1)
    assert score_page(page(author="Anyone"), page(author=None)).author == Tally(0, 0)


def test_wrong_accuracy_recorded_as_miss():
    s = score_page(page(is_preview=False), page(), "x.html")
    assert [(m.page, m.field, m.kind) for m in s.misses] == [("x.html", "is_preview", "wrong")]


# --- ratios and the headline ------------------------------------------------


def test_zero_denominators():
    empty = Counts()
    assert (empty.precision, empty.recall, empty.f1) == (1.0, 1.0, 1.0)
    only_gold = Counts(0, 0, 3)
    assert (only_gold.precision, only_gold.recall, only_gold.f1) == (0.0, 0.0, 0.0)
    only_pred = Counts(0, 2, 0)
    assert (only_pred.precision, only_pred.recall, only_pred.f1) == (0.0, 0.0, 0.0)
    assert Tally().accuracy == 1.0
    assert Counts(1, 1, 0).f1 == 2 / 3


def test_headline_two_pages_by_hand():
    gold1 = page(show="Picard", season=2, is_preview=True,
                 release_claims=[claim("2022-03-03"), claim("2022-02-17", event="trailer")],
                 cast=[actor("Patrick Stewart", "Picard"), actor("Jeri Ryan", "Seven")],
                 sources=[src("Deadline", "deadline.com"), src("Variety", "variety.com")])
    pred1 = page(show="Star Trek: Picard", season=2, is_preview=True,  # show wrong
                 release_claims=[claim("2022-03-03"), claim("2022-03-03"),
                                 claim("2022-02-17", event="trailer", certainty="reported")],
                 cast=[actor("Patrick Stewart", "Jean-Luc Picard")],
                 sources=[src("Deadline", None), src("Outlet", "outlet.com")])  # own outlet dropped
    gold2 = page(show=None, season=None, is_preview=False)
    pred2 = page(show="Picard", season=1, is_preview=True,
                 release_claims=[claim("2023-01-01")], cast=[actor("X Y")],
                 sources=[src("IGN", "ign.com")])
    p1, p2 = score_page(pred1, gold1, "p1"), score_page(pred2, gold2, "p2")
    r = aggregate([p1, p2])
    # claims: p1 tp 2 fp 1 fn 0; p2 fp 1  -> tp 2 fp 2 fn 0: P 1/2, R 1, F1 4/6
    assert r.release_claims == Counts(2, 2, 0) and r.release_claims.f1 == 4 / 6
    # cast: p1 tp 1 fn 1; p2 fp 1 -> F1 = 2/(2+1+1) = 1/2
    assert r.cast == Counts(1, 1, 1) and r.cast.f1 == 0.5
    # sources: p1 tp 1 fn 1 (own outlet dropped); p2 fp 1 -> F1 1/2
    assert r.sources == Counts(1, 1, 1) and r.sources.f1 == 0.5
    # show+season: scored on p1 only ("star trek picard" != "picard") -> 0/1
    assert r.show_season == Tally(0, 1)
    # is_preview: p1 right, p2 wrong -> 1/2
    assert r.is_preview == Tally(1, 2)
    assert r.certainty == Tally(1, 2) and r.character == Tally(1, 1)
    assert r.pages == 2
    expected = (Fraction(2, 3) + Fraction(1, 2) + Fraction(1, 2) + 0 + Fraction(1, 2)) / 5
    assert r.headline == float(expected) == pytest.approx(13 / 30)
    assert [m.page for m in r.misses] == sorted(m.page for m in r.misses)  # page order kept


def test_aggregate_micro_averages():
    a = PageScore(release_claims=Counts(9, 1, 0))
    b = PageScore(release_claims=Counts(0, 0, 10))
    r = aggregate([a, b])
    assert r.release_claims == Counts(9, 1, 10)
    assert r.release_claims.precision == 0.9 and r.release_claims.recall == 9 / 19
    assert aggregate([]).headline == 1.0


# --- schemas ----------------------------------------------------------------


def _strip_loosened(schema: dict) -> dict:
    s = copy.deepcopy(schema)
    for key in ("$id", "title", "description"):
        s.pop(key, None)
    s["properties"].pop("show")
    s["properties"]["release_claims"]["items"]["properties"].pop("certainty")
    s["properties"]["cast"]["items"]["properties"].pop("character")
    return s


def test_gold_schema_differs_only_where_scoring_allows():
    extraction = json.loads((SCHEMAS / "extraction.schema.json").read_text())
    assert _strip_loosened(gold_schema()) == _strip_loosened(extraction)


def test_gold_schema_accepts_lists_and_rejects_others():
    v = jsonschema.Draft202012Validator(gold_schema())
    g = page(show=["Picard", "Star Trek: Picard"],
             release_claims=[claim("2022-03-03", certainty=["reported", "speculative"])],
             cast=[actor("A", ["Alpha", "Al"]), actor("B", None), actor("C", "Gamma")])
    assert not list(v.iter_errors(g))
    assert list(v.iter_errors(page(release_claims=[claim("2022-03-03", certainty="maybe")])))
    assert list(v.iter_errors(page(release_claims=[claim("2022-03-03", certainty=[])])))
    assert list(v.iter_errors(page(season="2")))
    assert list(v.iter_errors(page(sources=[{"name": "x", "domain": ["a", "b"]}])))


# --- the store walk and rendering -------------------------------------------


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def fixture_dir(tmp_path: Path) -> Path:
    root = tmp_path / "fx"
    manifest = []
    for slug, url in (("alpha", "https://alpha.com/a"), ("beta", "https://beta.com/b")):
        _write(root / "sites" / slug / "a.html", f"<html>{slug}</html>")
        _write(root / "sites" / slug / "robots.txt", "User-agent: *\n")
        manifest += [{"url": url, "file": f"{slug}/a.html", "fetched_at": "2022-01-01T00:00:00Z"},
                     {"url": f"https://{slug}.com/robots.txt", "file": f"{slug}/robots.txt",
                      "fetched_at": "2022-01-01T00:00:00Z"}]
        gold = page(url=url, outlet={"name": slug, "domain": f"{slug}.com"},
                    published="2022-01-01", release_claims=[claim("2022-03-03")])
        _write(root / "gold" / slug / "a.json", json.dumps(gold))
    _write(root / "sites" / "beta" / "b.html", "<html>no gold</html>")
    manifest.append({"url": "https://beta.com/c", "file": "beta/b.html",
                     "fetched_at": "2022-01-01T00:00:00Z"})
    _write(root / "sites" / "manifest.jsonl", "\n".join(json.dumps(m) for m in manifest) + "\n")
    _write(root / "splits.json", json.dumps({"dev": ["alpha"], "test": ["beta"]}))
    return root


def _fake_extract(calls):
    def extract(body: bytes, url: str, published):
        calls.append((body, url, published))
        slug = url.split("//")[1].split(".")[0]
        claims = [claim("2022-03-03")] if slug == "alpha" else []
        return page(url=url, outlet={"name": slug, "domain": f"{slug}.com"},
                    published="2022-01-01", release_claims=claims)
    return extract


def test_evaluate_store_all_and_splits(fixture_dir):
    calls = []
    r = evaluate_store(fixture_dir, None, _fake_extract(calls))
    assert r.pages == 2 and r.unscored == ["beta/b.html"]
    assert calls == [(b"<html>alpha</html>", "https://alpha.com/a", "2022-01-01"),
                     (b"<html>beta</html>", "https://beta.com/b", "2022-01-01")]
    assert r.release_claims == Counts(1, 0, 1)
    assert [(m.page, m.field, m.kind) for m in r.misses] == [("beta/a.html", "release_claims", "miss")]
    dev = evaluate_store(fixture_dir, "dev", _fake_extract([]))
    assert dev.pages == 1 and dev.release_claims == Counts(1, 0, 0) and dev.unscored == []
    test = evaluate_store(fixture_dir, "test", _fake_extract([]))
    assert test.pages == 1 and test.release_claims == Counts(0, 0, 1)


def test_evaluate_store_errors(fixture_dir):
    with pytest.raises(ValueError, match="no list 'train'"):
        evaluate_store(fixture_dir, "train", _fake_extract([]))
    _write(fixture_dir / "gold" / "alpha" / "a.json", json.dumps(page(is_preview="yes")))
    with pytest.raises(ValueError, match=r"alpha/a\.json: is_preview"):
        evaluate_store(fixture_dir, None, _fake_extract([]))
    bad_date = page(release_claims=[claim("2022-02-30")])
    _write(fixture_dir / "gold" / "alpha" / "a.json", json.dumps(bad_date))
    with pytest.raises(ValueError, match="date"):
        evaluate_store(fixture_dir, None, _fake_extract([]))
    (fixture_dir / "splits.json").unlink()
    with pytest.raises(ValueError, match="splits.json"):
        evaluate_store(fixture_dir, "dev", _fake_extract([]))


def test_extractor_exception_names_the_page(fixture_dir):
    def boom(body, url, published):
        raise RuntimeError("kaput")
    with pytest.raises(RuntimeError) as info:
        evaluate_store(fixture_dir, None, boom)
    assert any("alpha/a.html" in note for note in info.value.__notes__)


def test_render_text_and_json(fixture_dir):
    r = evaluate_store(fixture_dir, None, _fake_extract([]))
    text = render_text(r, misses=False)
    assert "release_claims" in text and "show+season" in text and "character" in text
    assert f"headline {r.headline:.4f}" in text
    assert "0.5000" in text and "0.6667" in text  # recall and F1 of claims
    assert "beta/a.html" not in text
    with_misses = render_text(r, misses=True)
    assert "beta/a.html\trelease_claims\tmiss" in with_misses
    assert "beta/b.html\t-\tno gold" in with_misses
    data = to_json(r)
    json.dumps(data)
    assert data["pages"] == 2 and data["headline"] == r.headline
    assert data["release_claims"] == {"tp": 1, "fp": 0, "fn": 1, "precision": 1.0,
                                      "recall": 0.5, "f1": 2 / 3}
    assert data["show_season"] == {"hits": 2, "n": 2, "accuracy": 1.0}
    assert data["misses"][0]["kind"] == "miss"


# --- independent recomputation ----------------------------------------------
# A deliberately naive second implementation of the rules: day sets instead of
# ordinal arithmetic, list removal instead of flags, Fractions for every ratio.

_EVENTS = ["premiere", "finale", "trailer"]
_PRECISIONS = ["day", "week", "month", "season", "quarter", "half", "year"]
_CERTAINTIES = ["confirmed", "reported", "speculative"]
_WIDTHS = [1, 2, 3, 5, 7, 8, 9, 10, 14, 21, 22, 28, 30, 31, 45, 60, 69, 70, 90, 92, 181, 365]


def _naive_days(c):
    d, end, days = date.fromisoformat(c["date_from"]), date.fromisoformat(c["date_to"]), []
    while d <= end:
        days.append(d)
        d += timedelta(days=1)
    return days


def _naive_claim_ok(p, g):
    if p["season"] != g["season"] or p["event"] != g["event"]:
        return False
    pdays, gdays = _naive_days(p), _naive_days(g)
    slack = 0 if g["precision"] == "day" else 3 if g["precision"] == "week" else 7
    allowed = set(gdays)
    for k in range(1, slack + 1):
        allowed.add(gdays[0] - timedelta(days=k))
        allowed.add(gdays[-1] + timedelta(days=k))
    # The midpoint is a day (odd width) or halfway between two days (even width):
    # either way it lies in the widened range iff its neighbouring day(s) do.
    n = len(pdays)
    middle = [pdays[n // 2]] if n % 2 else [pdays[n // 2 - 1], pdays[n // 2]]
    if not all(d in allowed for d in middle):
        return False
    return len(gdays) / Fraction(4) <= n <= 2 * len(gdays) + 7


def _naive_claims(preds, golds):
    free = list(enumerate(golds))
    tp = fp = cert = 0
    for p in preds:
        hit = next((item for item in free if _naive_claim_ok(p, item[1])), None)
        if hit is None:
            fp += 1
            continue
        free.remove(hit)
        tp += 1
        ok = hit[1]["certainty"]
        cert += p["certainty"] in (ok if isinstance(ok, list) else [ok])
    return tp, fp, len(free), cert


def _naive_sources(preds, golds, own):
    def same(a, b):
        if a["domain"] and b["domain"] and a["domain"] == b["domain"]:
            return True
        return bool(norm(a["name"])) and norm(a["name"]) == norm(b["name"])
    preds = [s for s in preds if not same(s, own)]
    golds = [s for s in golds if not same(s, own)]
    tp = 0
    for p in preds:
        for g in golds:
            if same(p, g):
                golds = [x for x in golds if x is not g]
                tp += 1
                break
    return tp, len(preds) - tp, len(golds)


def _naive_prf(tp, fp, fn):
    if tp + fp + fn == 0:
        return Fraction(1), Fraction(1), Fraction(1)
    p = Fraction(tp, tp + fp) if tp + fp else Fraction(0)
    r = Fraction(tp, tp + fn) if tp + fn else Fraction(0)
    return p, r, (2 * p * r / (p + r) if p + r else Fraction(0))


def _random_claim(rng, near=None):
    if near is not None and rng.random() < 0.6:
        c = dict(near, certainty=rng.choice(_CERTAINTIES))
        shift, stretch = rng.randint(-6, 6), rng.randint(-3, 8)
        d0 = date.fromisoformat(c["date_from"]) + timedelta(days=shift)
        d1 = max(d0, date.fromisoformat(c["date_to"]) + timedelta(days=shift + stretch))
        c["date_from"], c["date_to"] = d0.isoformat(), d1.isoformat()
        return c
    start = date(2022, 3, 1) + timedelta(days=rng.randint(-60, 60))
    c = span(start.isoformat(), rng.choice(_WIDTHS), precision=rng.choice(_PRECISIONS),
             season=rng.choice([None, 1, 2]), event=rng.choice(_EVENTS),
             certainty=rng.choice(_CERTAINTIES))
    if rng.random() < 0.2:
        c["certainty"] = rng.sample(_CERTAINTIES, 2)
    return c


def _random_page(rng):
    golds = [_random_claim(rng) for _ in range(rng.randint(0, 5))]
    preds = [_random_claim(rng, rng.choice(golds) if golds else None)
             for _ in range(rng.randint(0, 6))]
    for c in preds:
        if isinstance(c["certainty"], list):
            c["certainty"] = c["certainty"][0]
    rng.shuffle(preds)
    names = ["Deadline", "Variety", "The Wrap", "Outlet", "IGN", "Collider"]
    def sources():
        return [src(n, rng.choice([None, n.lower().replace(" ", "") + ".com"]))
                for n in rng.sample(names, rng.randint(0, 3))]
    actors = ["Ann Lee", "Bo Diaz", "Cy Ng", "Di Roy", "Ed Fox"]
    gold = page(release_claims=golds, sources=sources(),
                cast=[actor(a) for a in rng.sample(actors, rng.randint(0, 3))],
                is_preview=rng.random() < 0.7, show=rng.choice([None, "Picard", "Loki"]),
                season=rng.choice([1, 2]))
    pred = page(release_claims=preds, sources=sources(),
                cast=[actor(a) for a in rng.sample(actors, rng.randint(0, 3))],
                is_preview=rng.random() < 0.7, show=rng.choice([None, "Picard", "Loki"]),
                season=rng.choice([1, 2]))
    return pred, gold


def test_independent_recomputation_agrees():
    rng = random.Random(20240229)
    pages = [_random_page(rng) for _ in range(400)]
    sums = {k: [0, 0, 0] for k in ("claims", "cast", "sources")}
    cert = [0, 0]
    show = [0, 0]
    prev = [0, 0]
    scores = []
    for i, (pred, gold) in enumerate(pages):
        s = score_page(pred, gold, f"p{i}")
        scores.append(s)
        tp, fp, fn, ch = _naive_claims(pred["release_claims"], gold["release_claims"])
        assert s.release_claims == Counts(tp, fp, fn), (pred, gold)
        assert s.certainty == Tally(ch, tp)
        st = _naive_sources(pred["sources"], gold["sources"], gold["outlet"])
        assert s.sources == Counts(*st)
        pc = {norm(c["actor"]) for c in pred["cast"]}
        gc = {norm(c["actor"]) for c in gold["cast"]}
        ct = (len(pc & gc), len(pc - gc), len(gc - pc))
        for k, v in (("claims", (tp, fp, fn)), ("sources", st), ("cast", ct)):
            sums[k] = [a + b for a, b in zip(sums[k], v)]
        cert = [cert[0] + ch, cert[1] + tp]
        if gold["show"] is not None:
            show = [show[0] + (norm(pred["show"] or "") == norm(gold["show"])
                               and pred["show"] is not None
                               and pred["season"] == gold["season"]), show[1] + 1]
        prev = [prev[0] + (pred["is_preview"] == gold["is_preview"]), prev[1] + 1]
    report = aggregate(scores)
    assert report.release_claims.tp > 100 and report.release_claims.fp > 100  # a real workout
    for key, name in (("claims", "release_claims"), ("cast", "cast"), ("sources", "sources")):
        p, r, f = _naive_prf(*sums[key])
        got = getattr(report, name)
        assert (got.precision, got.recall, got.f1) == (float(p), float(r), float(f))
    assert report.certainty.accuracy == float(Fraction(*cert))
    headline = (_naive_prf(*sums["claims"])[2] + _naive_prf(*sums["cast"])[2]
                + _naive_prf(*sums["sources"])[2] + Fraction(*show) + Fraction(*prev)) / 5
    assert report.headline == float(headline)
    assert repr(report.headline) == repr(float(headline))
