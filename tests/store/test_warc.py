"""WARC stores: export a manifest folder, read it back, import it, replay both to the same rows."""

from __future__ import annotations

import gzip
import sqlite3

from aggregator.store import SavedPageStore, WarcStore, open_store
from aggregator.store.warc import WarcWriterFile
from tests.cli.test_crawl_and_claims import store_pages
from tests.cli.test_errors import assert_one_line_error, run
from tests.conftest import SITES


def manifest_view(store):  # type: ignore[no-untyped-def]
    return sorted((e.url, e.fetched_at, e.status, e.content_type, e.seed, store.read(e)) for e in store.entries)


def test_export_import_round_trip_keeps_every_byte(make_store, tmp_path):
    pages = store_pages(second_revision=True)
    pages.append({"url": "https://www.exampletv.com/gone/", "body": b"\xff\xfe binary \x00", "status": 410,
                  "content_type": "application/octet-stream", "file": "gone.bin"})
    store = make_store(pages)
    warc = tmp_path / "out.warc.gz"
    proc = run("store", "export", str(store), str(warc))
    assert proc.returncode == 0, proc.stderr
    assert "exported 5 responses" in proc.stdout
    # Each record is its own gzip member: the file is a valid gzip stream.
    assert gzip.decompress(warc.read_bytes()).startswith(b"WARC/1.")

    original = SavedPageStore.open(store)
    archived = WarcStore.open(warc)
    assert manifest_view(archived) == manifest_view(original)
    assert archived.seeds() == original.seeds() == ["https://www.exampletv.com/"]
    assert [e.fetched_at.isoformat() for e in archived.revisions(
        "https://www.exampletv.com/tv/the-witcher-season-2-release-date")] == [
        "2021-03-01T10:00:00+00:00", "2021-07-10T10:00:00+00:00"]

    folder = tmp_path / "imported"
    proc = run("store", "import", str(warc), str(folder))
    assert proc.returncode == 0, proc.stderr
    imported = SavedPageStore.open(folder)
    assert manifest_view(imported) == manifest_view(original)
    # And back again: the second archive equals the first, byte for byte in every payload.
    warc2 = tmp_path / "again.warc"
    assert run("store", "export", str(folder), str(warc2)).returncode == 0
    assert manifest_view(WarcStore.open(warc2)) == manifest_view(archived)


def _counts(db):  # type: ignore[no-untyped-def]
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("articles", "revisions", "release_claims", "cast_credits", "citations")}


def test_replaying_a_warc_stores_what_the_folder_stores(tmp_path):
    warc = tmp_path / "fixtures.warc.gz"
    assert run("store", "export", str(SITES), str(warc)).returncode == 0
    dbs = {}
    for name, source in (("folder", SITES), ("warc", warc)):
        dbs[name] = tmp_path / f"{name}.db"
        proc = run("crawl", "--from", str(source), "--db", f"sqlite:///{dbs[name]}", "--quiet")
        assert proc.returncode == 0, proc.stderr
    assert _counts(dbs["warc"]) == _counts(dbs["folder"])
    assert _counts(dbs["warc"])["revisions"] > 0


def test_a_folder_of_warcs_and_a_truncated_tail(tmp_path):
    folder = tmp_path / "warcs"
    folder.mkdir()
    from datetime import UTC, datetime

    for n in range(2):
        with WarcWriterFile(folder / f"part{n}.warc.gz") as writer:
            writer.write_response(f"https://a.example/story-number-{n}", datetime(2022, 1, n + 1, tzinfo=UTC), 200,
                                  [("Content-Type", "text/html")], f"<html>{n}</html>".encode())
    store = open_store(folder)
    assert isinstance(store, WarcStore) and len(store) == 2
    assert store.read(store.revisions("https://a.example/story-number-1")[0]) == b"<html>1</html>"


def test_import_and_export_errors_are_one_line(tmp_path):
    assert_one_line_error(run("store", "import", str(tmp_path / "none.warc.gz"), str(tmp_path / "out")), 2,
                          "not found")
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"this is not a warc file at all")
    assert_one_line_error(run("store", "import", str(bad), str(tmp_path / "out")), 2, "bad.warc.gz")
    assert_one_line_error(run("crawl", "--from", str(bad), "--db", f"sqlite:///{tmp_path}/x.db"), 2, "bad.warc.gz")
    target = tmp_path / "exists.warc.gz"
    target.write_bytes(b"keep me")
    assert_one_line_error(run("store", "export", str(SITES), str(target)), 2, "exists")
    assert target.read_bytes() == b"keep me"
    assert_one_line_error(run("store", "export", str(SITES), str(tmp_path / "x.zip")), 2, ".warc")
