"""Score extraction against the gold files of a fixture store (SCORING.md).

The rules themselves live in `aggregator.scoring` (re-exported here); this
module walks `fixtures/` (CONVENTIONS.md layout), calls an injected extraction
function on every page that has a gold file, and renders the report. It never
imports the extractor, Scrapy or the database.

Layout read:

    FIXTURES/sites/manifest.jsonl        saved responses; `file` is relative to sites/
    FIXTURES/gold/<slug>/<page>.json     gold of sites/<slug>/<page>.html
    FIXTURES/splits.json                 {"dev": [slugs], "test": [slugs]} (needed with a split)

A manifest line is scored when its gold file exists (robots.txt, sitemaps and
feeds have none). `.html` lines without gold are listed in `Report.unscored`.
Pages are scored in manifest order; every revision line is its own page.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from aggregator.scoring import (
    ACC_FIELDS,
    HEADLINE_PARTS,
    PRF_FIELDS,
    Counts,
    Miss,
    PageScore,
    Report,
    Tally,
    aggregate,
    character_hit,
    claim_matches,
    norm,
    score_page,
)
from aggregator.store.manifest import SavedPageStore

__all__ = [
    "ACC_FIELDS", "HEADLINE_PARTS", "PRF_FIELDS", "Counts", "ExtractFn", "Miss", "PageScore",
    "Report", "Tally", "aggregate", "character_hit", "claim_matches", "evaluate_store",
    "gold_schema", "load_gold", "norm", "render_text", "score_page", "to_json",
]

ExtractFn = Callable[[bytes, str, "str | None"], dict]
GOLD_SCHEMA = Path(__file__).with_name("schemas") / "gold.schema.json"

_LABELS = {"show_season": "show+season"}


@lru_cache(maxsize=1)
def gold_schema() -> dict:
    """The gold file JSON Schema (the extraction schema with SCORING.md's allowances)."""
    return json.loads(GOLD_SCHEMA.read_text(encoding="utf-8"))


def load_gold(path: Path) -> dict:
    """Read and validate one gold file; ValueError names the file and the first problem."""
    import jsonschema  # only needed when reading gold from disk

    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not JSON ({exc})") from None
    validator = jsonschema.Draft202012Validator(
        gold_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    error = jsonschema.exceptions.best_match(validator.iter_errors(gold))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise ValueError(f"{path}: {where}: {error.message}")
    return gold


def _split_slugs(fixtures_dir: Path, split: str) -> set[str]:
    path = fixtures_dir / "splits.json"
    try:
        splits = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"--split {split} needs {path}") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not JSON ({exc})") from None
    slugs = splits.get(split) if isinstance(splits, dict) else None
    if not isinstance(slugs, list):
        # A data error in the fixtures, reported like any other (the CLI shows ValueErrors).
        raise ValueError(f"{path} has no list {split!r}")  # noqa: TRY004
    return set(slugs)


def evaluate_store(fixtures_dir: Path, split: str | None, extract_fn: ExtractFn) -> Report:
    """Score `extract_fn` on every page of `fixtures_dir` that has a gold file.

    `split` ("dev" / "test") keeps only the outlets splits.json lists under it;
    None scores every outlet. `extract_fn(html_bytes, url, published)` gets the
    saved bytes, the manifest URL and the gold's `published` (it may ignore it)
    and returns a dict of the extraction schema's shape. Raises ValueError for an
    unreadable store, splits.json or gold file; an exception from `extract_fn`
    propagates with a note naming the page.
    """
    fixtures_dir = Path(fixtures_dir)
    store = SavedPageStore.open(fixtures_dir / "sites")
    keep = _split_slugs(fixtures_dir, split) if split is not None else None
    scores: list[PageScore] = []
    unscored: list[str] = []
    for entry in store.entries:
        rel = PurePosixPath(entry.file)
        if keep is not None and rel.parts[0] not in keep:
            continue
        gold_path = fixtures_dir / "gold" / rel.with_suffix(".json")
        if not gold_path.is_file():
            if rel.suffix.lower() in (".html", ".htm"):
                unscored.append(entry.file)
            continue
        gold = load_gold(gold_path)
        body = store.read(entry)
        try:
            pred = extract_fn(body, entry.url, gold.get("published"))
        except Exception as exc:
            exc.add_note(f"while extracting {entry.file} ({entry.url})")
            raise
        try:
            scores.append(score_page(pred, gold, page=entry.file))
        except ValueError as exc:
            raise ValueError(f"{gold_path}: {exc}") from None
    report = aggregate(scores)
    report.unscored = unscored
    return report


# --- rendering --------------------------------------------------------------


def to_json(report: Report) -> dict[str, Any]:
    """Every figure and count of `report` as a JSON-ready dict (misses included)."""
    out: dict[str, Any] = {"pages": report.pages, "headline": report.headline,
                           "headline_parts": [f"{f}({n})" for n, f in HEADLINE_PARTS]}
    for name in PRF_FIELDS:
        c: Counts = getattr(report, name)
        out[name] = {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision,
                     "recall": c.recall, "f1": c.f1}
    for name in ACC_FIELDS:
        t: Tally = getattr(report, name)
        out[name] = {"hits": t.hits, "n": t.n, "accuracy": t.accuracy}
    out["unscored"] = list(report.unscored)
    out["misses"] = [{"page": m.page, "field": m.field, "kind": m.kind, "detail": m.detail}
                     for m in report.misses]
    return out


def render_text(report: Report, misses: bool = False) -> str:
    """A readable table of every figure (4 decimals); with `misses`, one line per miss."""
    lines = [f"pages scored: {report.pages}"]
    if report.unscored:
        lines.append(f"pages without gold (not scored): {len(report.unscored)}")
    lines += ["", f"{'field':<16}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>9}{'f1':>9}"]
    for name in PRF_FIELDS:
        c: Counts = getattr(report, name)
        lines.append(f"{name:<16}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
                     f"{c.precision:>11.4f}{c.recall:>9.4f}{c.f1:>9.4f}")
    lines += ["", f"{'accuracy':<16}{'hits':>6}{'n':>6}{'accuracy':>11}"]
    for name in ACC_FIELDS:
        t: Tally = getattr(report, name)
        note = "" if t.n else "  (nothing scored)"
        label = _LABELS.get(name, name) + (" *" if name in ("certainty", "character") else "")
        lines.append(f"{label:<16}{t.hits:>6}{t.n:>6}{t.accuracy:>11.4f}{note}")
    lines.append("  * certainty over matched claims, character over matched actors")
    parts = ", ".join(f"{'F1' if f == 'f1' else 'acc'} {_LABELS.get(n, n)} "
                      f"{float(getattr(report, n).exact(f)):.4f}" for n, f in HEADLINE_PARTS)
    lines += ["", f"headline {report.headline:.4f}  (mean of {parts})"]
    if misses:
        lines += ["", f"misses ({len(report.misses)}):"]
        lines += [f"{m.page}\t{_LABELS.get(m.field, m.field)}\t{m.kind}\t{m.detail}"
                  for m in report.misses]
        if report.unscored:
            lines += [f"{page}\t-\tno gold\t" for page in report.unscored]
    return "\n".join(lines) + "\n"
