"""A deliberately naive second implementation of the scoring rules, run against
aggregator.scoring on random pages: both must agree to the last digit."""

from __future__ import annotations

import random
from datetime import date, timedelta
from fractions import Fraction

from aggregator.scoring import Counts, Tally, aggregate, score_page
from aggregator.text import norm
from tests.test_scoring import actor, page, span, src

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
