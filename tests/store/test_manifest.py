from datetime import UTC, datetime

import pytest

from aggregator.store import SavedPageStore, StoreError, normalize_url


def test_revisions_are_grouped_by_url_oldest_first(make_store):
    root = make_store([
        {"url": "https://www.ex.com/a/", "body": "<html>v2</html>", "fetched_at": "2021-05-01T00:00:00Z", "file": "a2.html"},
        {"url": "https://www.ex.com/a", "body": "<html>v1</html>", "fetched_at": "2021-01-01T00:00:00Z", "file": "a1.html"},
        {"url": "https://www.ex.com/", "body": "<html>home</html>", "seed": True, "file": "home.html"},
    ])
    store = SavedPageStore.open(root)
    revisions = store.revisions("https://www.ex.com/a#comments")
    assert [r.file for r in revisions] == ["a1.html", "a2.html"]
    assert revisions[0].fetched_at == datetime(2021, 1, 1, tzinfo=UTC)
    assert store.read(revisions[1]) == b"<html>v2</html>"
    assert store.seeds() == ["https://www.ex.com/"]
    assert store.revisions("https://www.ex.com/missing") == []


def test_every_page_is_a_seed_when_none_is_marked(make_store):
    root = make_store([{"url": "https://ex.com/a", "body": "a"}, {"url": "https://ex.com/b", "body": "b"}])
    assert SavedPageStore.open(root).seeds() == ["https://ex.com/a", "https://ex.com/b"]


def test_bad_manifest_line_names_the_line(make_store):
    root = make_store([{"url": "https://ex.com/a", "body": "a"}])
    with (root / "manifest.jsonl").open("a") as fh:
        fh.write('{"url": "https://ex.com/b"}\n')
    with pytest.raises(StoreError, match=r"manifest.jsonl:2: bad manifest line"):
        SavedPageStore.open(root)


def test_missing_store_and_manifest(tmp_path):
    with pytest.raises(StoreError, match="store directory not found"):
        SavedPageStore.open(tmp_path / "nope")
    with pytest.raises(StoreError, match="no manifest.jsonl"):
        SavedPageStore.open(tmp_path)


def test_normalize_url_ignores_fragment_and_trailing_slash():
    assert normalize_url("https://www.ex.com/a/#x") == normalize_url("https://www.ex.com/a")
    assert normalize_url("https://www.ex.com/?b=2&a=1") == normalize_url("https://www.ex.com/?a=1&b=2")
