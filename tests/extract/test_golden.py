"""Golden tests: the whole extraction of chosen fixture pages equals their gold file.

One page per page template (WordPress/Yoast, Next.js, AMP, Blogger-era tables...).
Every other fixture page is held to the scorer's figures instead (tests/test_scores.py).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema
import pytest

from aggregator.evaluate import score_page
from aggregator.extract import extract_article
from aggregator.scoring import norm
from aggregator.store import SavedPageStore
from tests.conftest import GOLD, ROOT, SITES

SCHEMA = json.loads((ROOT / "aggregator/schemas/extraction.schema.json").read_text())

GOLDEN = [
    "streamwise/2020/06/14/star-trek-picard-season-2-release-date-cast-plot-and-more-updates.html",  # WordPress
    "bingereport/netflix/emily-in-paris-season-3-release-date.html",                                  # Next.js
    "screenpulse/amp/tv/the-crown-season-5-release-date-cast-imelda-staunton.html",                   # AMP
    "streamwise/2022/02/03/ozark-season-4-part-2-release-date-cast.html",                             # "Part 2"
]


@cache
def store() -> SavedPageStore:
    return SavedPageStore.open(SITES)


def entry_for(file: str):
    return next(e for e in store().entries if e.file == file)


def extracted(file: str) -> dict:
    entry = entry_for(file)
    return extract_article(store().read(entry), url=entry.url, content_type=entry.content_type).to_dict()


def gold(file: str) -> dict:
    return json.loads((GOLD / Path(file).with_suffix(".json")).read_text(encoding="utf-8"))


def _accepted(value) -> list[str]:
    return [norm(v) for v in (value if isinstance(value, list) else [value])]


@pytest.mark.parametrize("file", GOLDEN)
def test_whole_extraction_equals_gold(file):
    pred, want = extracted(file), gold(file)
    score = score_page(pred, want, file)
    assert [str(m) for m in score.misses] == []
    assert pred["url"] == want["url"]
    assert (pred["outlet"]["domain"], pred["published"][:10]) == (want["outlet"]["domain"], want["published"][:10])
    assert norm(pred["title"]) == norm(want["title"])
    assert norm(pred["show"]) in _accepted(want["show"]) and pred["season"] == want["season"]
    assert pred["is_preview"] is want["is_preview"]
    # Same number of everything: no extra claim, credit or source hides behind a match.
    assert len(pred["release_claims"]) == len(want["release_claims"])
    assert sorted(c["text"] for c in pred["release_claims"]) == sorted(c["text"] for c in want["release_claims"])
    assert len(pred["cast"]) == len(want["cast"])
    assert len(pred["sources"]) == len(want["sources"])


def test_seed_page_reads_as_the_issue_describes():
    pred = extracted(GOLDEN[0])
    assert (pred["show"], pred["season"], pred["is_preview"]) == ("Star Trek: Picard", 2, True)
    claims = {(c["season"], c["event"], c["date_from"], c["date_to"], c["precision"], c["certainty"])
              for c in pred["release_claims"]}
    assert claims == {
        (1, "premiere", "2020-01-23", "2020-01-23", "day", "confirmed"),
        (2, "production_start", "2020-06-01", "2020-06-30", "month", "confirmed"),
        (2, "premiere", "2021-01-01", "2021-06-30", "half", "speculative"),
    }
    assert len(pred["cast"]) == 8
    assert {s["name"] for s in pred["sources"]} == {"Rolling Stone", "Forbes"}
    assert not any("Chabon" in (s["name"] or "") for s in pred["sources"])


def test_every_fixture_page_extracts_to_schema_valid_json():
    validator = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    problems = []
    for entry in store().entries:
        if entry.file.endswith(".html"):
            pred = extract_article(store().read(entry), url=entry.url, content_type=entry.content_type).to_dict()
            problems += [f"{entry.file}: {e.message}" for e in validator.iter_errors(pred)]
    assert problems == []
