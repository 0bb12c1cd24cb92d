"""The scoring rules of ../shared/contracts/SCORING.md, one page at a time.

Pure functions over plain dicts (an extraction and a gold file of the same
shape); no Scrapy, no database, no file access. `aggregator.evaluate` walks a
fixture store, calls these and renders the result.

Choices SCORING.md leaves open, fixed here so that any tool can agree:

- **Zero denominators.** precision = tp/(tp+fp), or, with no predictions,
  1.0 when there was no gold either and 0.0 otherwise; recall likewise (no
  gold: 1.0 when nothing was predicted, else 0.0). F1 = 2·tp/(2·tp+fp+fn),
  which equals the harmonic mean of P and R; 1.0 when tp = fp = fn = 0. An
  accuracy with nothing to score (n = 0) is 1.0 ("nothing got wrong"); the
  count n is always reported beside it.
- **Exact arithmetic.** Every figure, the headline included, is computed as an
  exact fraction of the summed integer counts and rounded to a float once, so
  results do not depend on the order of floating-point operations.
- **Micro-averaging.** Counts (tp/fp/fn, hits/n) are summed over pages before
  any ratio is taken.
- **norm.** "Combining marks" are the Unicode general category M (Mn, Mc, Me);
  "letters or digits" are what `str.isalnum` accepts (`[^\\W_]`); `&` is
  replaced by the three letters `and` with no added spaces ("AT&T" → "atandt").
- **Midpoint of a range.** The exact real midpoint, `date_from + (width-1)/2`
  days; for an even width it falls between two days. It must lie inside
  `[G.date_from - s, G.date_to + s]`, both ends included. (Computed on
  doubled day ordinals, so it is exact integer arithmetic.)
- **Unreadable predicted claims** (a date that is not `YYYY-MM-DD`, or
  `date_to` before `date_from`) match nothing: they are false positives. A
  gold claim like that is an error in the gold (ValueError).
- **Greedy matching** (claims and sources): predictions are taken in page
  order; each takes the first still-unmatched gold item, in gold order, that
  it matches. A prediction matching no free gold item is a false positive.
- **Source identity.** Domains are compared when both are given (lowercased,
  a leading `www.` and trailing dot ignored); names when both `norm`s are
  non-empty. The page's own outlet is the *gold* outlet; a source equal to it
  (same rule) is dropped from the prediction and from the gold before
  matching, so it is neither a false positive nor a miss.
- **Outlet** is scored on every page whose gold outlet gives a name or a
  domain (a gold outlet with neither is skipped, like a null `published`).
- **Cast.** Actors are compared as sets of `norm(actor)` (duplicates collapse).
  For a matched actor the predicted character is that of the actor's first
  predicted entry; the accepted variants are the union over the actor's gold
  entries. A character whose `norm` is empty counts as null. "Every word of
  the shorter is in the longer": words are `norm(...).split()`, shorter means
  fewer words; at equal counts either direction suffices.
- **show + season**: a null predicted show is a miss; `season` must be equal
  (both null counts as equal), compared with `==`.
- **published**: the first 10 characters (the date part) of both strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import Any

from aggregator.text import norm

PRF_FIELDS = ("release_claims", "cast", "sources")
ACC_FIELDS = ("is_preview", "show_season", "outlet", "published", "author", "certainty",
              "character")
# The five figures SCORING.md averages into the headline, in its order.
HEADLINE_PARTS = (("release_claims", "f1"), ("cast", "f1"), ("sources", "f1"),
                  ("show_season", "accuracy"), ("is_preview", "accuracy"))
# Widening of the gold range by its precision (SCORING.md, release claims rule 2).
_SLACK = {"day": 0, "week": 3}
_SLACK_OTHER = 7



# --- counts -----------------------------------------------------------------


def _ratio(num: int, den: int, empty: Fraction) -> Fraction:
    return Fraction(num, den) if den else empty


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and misses of one set-valued field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def exact(self, figure: str) -> Fraction:
        """`precision`, `recall` or `f1` as an exact fraction (zero-denominator rules above)."""
        nothing = Fraction(1) if self.tp + self.fp + self.fn == 0 else Fraction(0)
        if figure == "precision":
            return _ratio(self.tp, self.tp + self.fp, nothing)
        if figure == "recall":
            return _ratio(self.tp, self.tp + self.fn, nothing)
        if figure == "f1":
            return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn, nothing)
        raise KeyError(figure)

    @property
    def precision(self) -> float:
        return float(self.exact("precision"))

    @property
    def recall(self) -> float:
        return float(self.exact("recall"))

    @property
    def f1(self) -> float:
        return float(self.exact("f1"))


@dataclass(frozen=True, slots=True)
class Tally:
    """Hits out of n scored items of one accuracy field."""

    hits: int = 0
    n: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.hits + other.hits, self.n + other.n)

    def exact(self, figure: str = "accuracy") -> Fraction:
        """The accuracy as an exact fraction; 1 when nothing was scored."""
        if figure != "accuracy":
            raise KeyError(figure)
        return _ratio(self.hits, self.n, Fraction(1))

    @property
    def accuracy(self) -> float:
        return float(self.exact())


@dataclass(frozen=True, slots=True)
class Miss:
    """One miss, false positive or wrong value, for `aggregator evaluate --misses`."""

    page: str
    field: str
    kind: str  # "miss" | "false_positive" | "wrong"
    detail: str


@dataclass
class Scores:
    """The counts of every field; a page's (PageScore) or summed over pages (Report)."""

    release_claims: Counts = field(default_factory=Counts)
    cast: Counts = field(default_factory=Counts)
    sources: Counts = field(default_factory=Counts)
    is_preview: Tally = field(default_factory=Tally)
    show_season: Tally = field(default_factory=Tally)
    outlet: Tally = field(default_factory=Tally)
    published: Tally = field(default_factory=Tally)
    author: Tally = field(default_factory=Tally)
    certainty: Tally = field(default_factory=Tally)
    character: Tally = field(default_factory=Tally)
    misses: list[Miss] = field(default_factory=list)

    def exact_headline(self) -> Fraction:
        """The mean of the five HEADLINE_PARTS, exactly."""
        parts = [getattr(self, name).exact(fig) for name, fig in HEADLINE_PARTS]
        return sum(parts, Fraction(0)) / len(parts)

    @property
    def headline(self) -> float:
        """SCORING.md's headline: mean of F1 claims, cast, sources, acc show+season, is_preview."""
        return float(self.exact_headline())


@dataclass
class PageScore(Scores):
    """The scores of one page."""

    page: str = ""


@dataclass
class Report(Scores):
    """Scores summed over pages (micro-averaged)."""

    pages: int = 0
    # .html pages of the store that have no gold file (evaluate_store fills this in).
    unscored: list[str] = field(default_factory=list)


def aggregate(scores: list[PageScore]) -> Report:
    """Sum page scores into a Report (counts summed, misses concatenated in page order)."""
    report = Report(pages=len(scores))
    for page in scores:
        for name in PRF_FIELDS + ACC_FIELDS:
            setattr(report, name, getattr(report, name) + getattr(page, name))
        report.misses.extend(page.misses)
    return report


# --- one page ---------------------------------------------------------------


def _accepted(value: Any) -> list[Any]:
    """A gold value that may be a list of accepted values, as a list."""
    return list(value) if isinstance(value, list) else [value]


def _domain(value: Any) -> str:
    text = str(value or "").strip().lower().rstrip(".")
    return text.removeprefix("www.")


def _same_outlet(a: dict, b: dict) -> bool:
    """Same outlet: both domains given and equal, or both norm(name)s non-empty and equal."""
    da, db = _domain(a.get("domain")), _domain(b.get("domain"))
    if da and db and da == db:
        return True
    na, nb = norm(a.get("name")), norm(b.get("name"))
    return bool(na) and na == nb


def _words_hit(pred: str, variant: str) -> bool:
    if pred == variant:
        return True
    a, b = pred.split(), variant.split()
    if len(a) > len(b):
        a, b = b, a
    if len(a) == len(b):
        return set(a) <= set(b) or set(b) <= set(a)
    return set(a) <= set(b)


def character_hit(pred: str | None, accepted: list[str | None]) -> bool:
    """SCORING.md's character rule: norm equal, or every word of the shorter in the longer.

    Both null is a hit, one null a miss; a string whose norm is empty counts as null.
    """
    p = norm(pred) or None
    for variant in accepted:
        v = norm(variant) or None
        if p is None or v is None:
            if p is None and v is None:
                return True
            continue
        if _words_hit(p, v):
            return True
    return False


def _day(value: Any) -> int | None:
    """A `YYYY-MM-DD` string as a day ordinal, or None."""
    try:
        return date.fromisoformat(value).toordinal() if isinstance(value, str) else None
    except ValueError:
        return None


def claim_matches(pred: dict, gold: dict) -> bool:
    """Whether predicted claim `pred` may match gold claim `gold` (the three rules)."""
    if pred.get("season") != gold.get("season") or pred.get("event") != gold.get("event"):
        return False
    p_from, p_to = _day(pred.get("date_from")), _day(pred.get("date_to"))
    if p_from is None or p_to is None or p_to < p_from:
        return False
    g_from, g_to = _day(gold.get("date_from")), _day(gold.get("date_to"))
    if g_from is None or g_to is None or g_to < g_from:
        raise ValueError(f"gold claim has an unreadable range: {_claim_text(gold)}")
    s = _SLACK.get(gold.get("precision"), _SLACK_OTHER)
    # Midpoint rule on doubled ordinals: 2*mid = from + to exactly.
    if not 2 * (g_from - s) <= p_from + p_to <= 2 * (g_to + s):
        return False
    p_width, g_width = p_to - p_from + 1, g_to - g_from + 1
    # G.width / 4 <= P.width <= 2 * G.width + 7, kept in integers.
    return g_width <= 4 * p_width and p_width <= 2 * g_width + 7


def _claim_text(c: dict) -> str:
    season = c.get("season")
    return (f"{c.get('event')} s{season if season is not None else '-'} "
            f"{c.get('date_from')}..{c.get('date_to')} ({c.get('precision')}, "
            f"{c.get('certainty')}): {str(c.get('text') or '')[:90]!r}")


def _greedy(preds: list, golds: list, matches) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one greedy matching in page order; returns (pairs, unmatched preds, unmatched golds)."""
    taken = [False] * len(golds)
    pairs, lone = [], []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if not taken[j] and matches(p, g):
                taken[j] = True
                pairs.append((i, j))
                break
        else:
            lone.append(i)
    return pairs, lone, [j for j, t in enumerate(taken) if not t]


def _dicts(value: Any) -> list[dict]:
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def score_page(pred: dict, gold: dict, page: str = "") -> PageScore:
    """Score one extraction `pred` against its gold file `gold` (both dicts of the schema's shape).

    `page` names the page in the recorded misses. Missing keys in `pred` count as
    null / empty. Raises ValueError when the gold has an unreadable claim range.
    """
    out = PageScore(page=page)

    def miss(fld: str, kind: str, detail: str) -> None:
        out.misses.append(Miss(page, fld, kind, detail))

    def tally(fld: str, hit: bool, detail: str) -> Tally:
        if not hit:
            miss(fld, "wrong", detail)
        return Tally(int(hit), 1)

    # is_preview: every page.
    want, got = bool(gold.get("is_preview")), bool(pred.get("is_preview"))
    out.is_preview = tally("is_preview", want == got, f"predicted {got}, gold {want}")

    # show + season: pages whose gold show is not null.
    if gold.get("show") is not None:
        shows = {norm(s) for s in _accepted(gold["show"])}
        hit = (pred.get("show") is not None and norm(pred["show"]) in shows
               and pred.get("season") == gold.get("season"))
        out.show_season = tally("show_season", hit,
                                f"predicted {pred.get('show')!r} s{pred.get('season')}, "
                                f"gold {gold['show']!r} s{gold.get('season')}")

    # outlet: pages whose gold outlet names something.
    g_outlet = gold.get("outlet") or {}
    p_outlet = pred.get("outlet") if isinstance(pred.get("outlet"), dict) else {}
    if _domain(g_outlet.get("domain")) or norm(g_outlet.get("name")):
        out.outlet = tally("outlet", _same_outlet(p_outlet, g_outlet),
                           f"predicted {p_outlet.get('name')!r} ({p_outlet.get('domain')}), "
                           f"gold {g_outlet.get('name')!r} ({g_outlet.get('domain')})")

    # published and author: skipped where the gold is null.
    if gold.get("published") is not None:
        p = pred.get("published")
        hit = isinstance(p, str) and p.strip()[:10] == str(gold["published"]).strip()[:10]
        out.published = tally("published", hit, f"predicted {p!r}, gold {gold['published']!r}")
    if gold.get("author") is not None:
        p = pred.get("author")
        hit = p is not None and norm(p) == norm(gold["author"])
        out.author = tally("author", hit, f"predicted {p!r}, gold {gold['author']!r}")

    _score_claims(out, _dicts(pred.get("release_claims")), _dicts(gold.get("release_claims")), miss)
    _score_cast(out, _dicts(pred.get("cast")), _dicts(gold.get("cast")), miss)
    _score_sources(out, _dicts(pred.get("sources")), _dicts(gold.get("sources")), g_outlet, miss)
    return out


def _score_claims(out: PageScore, preds: list[dict], golds: list[dict], miss) -> None:
    pairs, lone, left = _greedy(preds, golds, claim_matches)
    out.release_claims = Counts(len(pairs), len(lone), len(left))
    hits = 0
    for i, j in pairs:
        accepted = _accepted(golds[j].get("certainty"))
        if preds[i].get("certainty") in accepted:
            hits += 1
        else:
            miss("certainty", "wrong", f"predicted {preds[i].get('certainty')!r}, gold "
                 f"{golds[j].get('certainty')!r} for {_claim_text(golds[j])}")
    out.certainty = Tally(hits, len(pairs))
    for i in lone:
        miss("release_claims", "false_positive", _claim_text(preds[i]))
    for j in left:
        miss("release_claims", "miss", _claim_text(golds[j]))


def _score_cast(out: PageScore, preds: list[dict], golds: list[dict], miss) -> None:
    # First predicted entry per actor; the union of accepted variants per gold actor.
    p_char: dict[str, Any] = {}
    p_name: dict[str, str] = {}
    for c in preds:
        p_char.setdefault(norm(c.get("actor")), c.get("character"))
        p_name.setdefault(norm(c.get("actor")), str(c.get("actor")))
    g_chars: dict[str, list] = {}
    g_name: dict[str, str] = {}
    for c in golds:
        key = norm(c.get("actor"))
        g_chars.setdefault(key, []).extend(_accepted(c.get("character")))
        g_name.setdefault(key, str(c.get("actor")))
    both = [a for a in p_char if a in g_chars]
    out.cast = Counts(len(both), len(p_char) - len(both), len(g_chars) - len(both))
    hits = 0
    for actor in both:
        if character_hit(p_char[actor], g_chars[actor]):
            hits += 1
        else:
            miss("character", "wrong",
                 f"{g_name[actor]}: predicted {p_char[actor]!r}, gold {g_chars[actor]!r}")
    out.character = Tally(hits, len(both))
    for actor in p_char:
        if actor not in g_chars:
            miss("cast", "false_positive", p_name[actor])
    for actor in g_chars:
        if actor not in p_char:
            miss("cast", "miss", g_name[actor])


def _score_sources(out: PageScore, preds: list[dict], golds: list[dict], own: dict,
                   miss) -> None:
    # The page's own outlet is never a source: drop it on both sides.
    preds = [s for s in preds if not _same_outlet(s, own)]
    golds = [s for s in golds if not _same_outlet(s, own)]
    pairs, lone, left = _greedy(preds, golds, _same_outlet)
    out.sources = Counts(len(pairs), len(lone), len(left))
    for i in lone:
        miss("sources", "false_positive", f"{preds[i].get('name')!r} ({preds[i].get('domain')})")
    for j in left:
        miss("sources", "miss", f"{golds[j].get('name')!r} ({golds[j].get('domain')})")
