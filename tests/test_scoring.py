"""The scoring rules of SCORING.md (aggregator.scoring): claims, sources, cast,
accuracies and the headline, each on hand-made pred/gold dicts.

The case builders here (claim, span, page, src, actor) are shared with
test_scoring_naive.py and test_evaluate.py.
"""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

import pytest

from aggregator.scoring import (
    Counts,
    Miss,
    PageScore,
    Tally,
    aggregate,
    character_hit,
    claim_matches,
    score_page,
)
from aggregator.text import norm

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
