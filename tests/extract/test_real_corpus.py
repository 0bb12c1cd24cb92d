"""Real publisher pages (../shared/corpus/real): no crash, titles and dates right.

Ground truth comes from each page's *.gold.json sidecar (see the README there):
titles under `title`, publication dates under `date_published`,
`publishedTime`, `publish_date` or `publishing_date`. Run with `-s` to see the
figures.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from aggregator.extract.errors import ExtractionError
from aggregator.extract.html import parse_document
from aggregator.extract.metadata import parse_date

pytestmark = pytest.mark.corpus

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"
DATE_KEYS = ("date_published", "publishedTime", "publish_date", "publishing_date")
TARGET = 0.90


def _pages() -> list[tuple[Path, dict]]:
    if not CORPUS.is_dir():
        pytest.skip(f"real corpus not found at {CORPUS} (it lives beside the repository, in shared/)")
    pages = []
    for sidecar in sorted(CORPUS.glob("*/*.gold.json")):
        info = json.loads(sidecar.read_text(encoding="utf-8"))
        pages.append((sidecar.with_name(info["file"]), info))
    if not pages:
        pytest.skip(f"no *.gold.json pages under {CORPUS}")
    return pages


def _norm(text: str | None) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", (text or "").casefold()).split())


def title_matches(ours: str | None, gold: str) -> bool:
    """Equal after normalization, or one contains the other."""
    a, b = _norm(ours), _norm(gold)
    return bool(a and b) and (a == b or a in b or b in a)


def date_matches(ours: datetime | date | None, gold: str) -> bool:
    """Same YYYY-MM-DD; when both sides carry a UTC offset, the same calendar
    day of the same instant in the gold's zone also counts (tools normalise
    to UTC, pages often state local time)."""
    if ours is None:
        return False
    if ours.isoformat()[:10] == gold[:10]:
        return True
    theirs = parse_date(gold)
    return (isinstance(theirs, datetime) and theirs.tzinfo is not None and isinstance(ours, datetime)
            and ours.tzinfo is not None and ours.astimezone(theirs.tzinfo).date() == theirs.date())


def _gold_date(gold: dict) -> str | None:
    for key in DATE_KEYS:
        value = gold.get(key)
        if isinstance(value, str) and value not in ("", "None"):
            return value
    return None


def test_real_corpus_titles_and_dates() -> None:
    pages = _pages()
    crashes: list[str] = []
    titles: list[tuple[str, bool, str | None, str]] = []
    dates: list[tuple[str, bool, object, str]] = []
    for path, info in pages:
        try:
            doc = parse_document(path.read_bytes())
        except ExtractionError as exc:  # a real page is HTML: refusing it is a failure too
            crashes.append(f"{path.name}: {exc}")
            continue
        gold = info.get("gold") or {}
        if isinstance(gold.get("title"), str) and gold["title"].strip():
            titles.append((path.name, title_matches(doc.meta.title, gold["title"]), doc.meta.title, gold["title"]))
        gold_date = _gold_date(gold)
        if gold_date:
            dates.append((path.name, date_matches(doc.meta.published, gold_date), doc.meta.published, gold_date))

    title_rate = sum(ok for _, ok, _, _ in titles) / len(titles) if titles else 1.0
    date_rate = sum(ok for _, ok, _, _ in dates) / len(dates) if dates else 1.0
    print(f"\nreal corpus: {len(pages)} pages parsed, {len(crashes)} failures")
    print(f"title right: {sum(ok for _, ok, _, _ in titles)}/{len(titles)} = {title_rate:.1%}")
    print(f"published date right: {sum(ok for _, ok, _, _ in dates)}/{len(dates)} = {date_rate:.1%}")
    for name, ok, ours, gold in titles:
        if not ok:
            print(f"  title miss {name}: {ours!r} != {gold!r}")
    for name, ok, ours, gold in dates:
        if not ok:
            print(f"  date miss {name}: {ours} != {gold}")

    assert not crashes, crashes
    assert title_rate >= TARGET
    assert date_rate >= TARGET


def test_real_corpus_pages_have_body_text() -> None:
    """Every page yields some main text (the corpus holds articles only)."""
    empty = [path.name for path, _ in _pages() if not parse_document(path.read_bytes()).blocks]
    assert not empty


@pytest.mark.corpus
def test_real_pages_are_schema_valid_and_not_taken_for_previews() -> None:
    """Almost none of the real pages is a season preview: at most 2 may come out as one,
    and those carry no release claims the page does not make."""
    import jsonschema

    from aggregator.extract import extract_article

    schema = json.loads((Path(__file__).resolve().parents[2] / "aggregator/schemas/extraction.schema.json").read_text())
    previews = []
    for page, _gold in _pages():
        article = extract_article(page.read_bytes())
        jsonschema.validate(article.to_dict(), schema)
        if article.is_preview:
            previews.append((page.name, len(article.release_claims)))
    print(f"\nreal pages taken for previews: {previews}")
    assert len(previews) <= 2, previews
    assert all(claims == 0 for _, claims in previews), previews
