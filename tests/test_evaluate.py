"""aggregator.evaluate: the gold schema, the walk over a fixture store and the
text and JSON reports (the scoring rules are in test_scoring.py)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from aggregator.evaluate import Counts, evaluate_store, gold_schema, render_text, to_json
from tests.test_scoring import actor, claim, page

SCHEMAS = Path(__file__).resolve().parents[1] / "aggregator" / "schemas"


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
