"""A live crawl of a fake outlet on 127.0.0.1: politeness, discovery, retries, archive, re-crawl."""

from __future__ import annotations

import sqlite3

from tests.live.conftest import QUICK, count
from tests.live.fakeoutlet import N_ARTICLES, FakeOutlet, slug


def rows(db, crawl_id=None):  # type: ignore[no-untyped-def]
    where = f"where r.crawl_id = {crawl_id}" if crawl_id else ""
    with sqlite3.connect(db) as conn:
        revs = set(conn.execute(f"select a.url, r.fetched_at, r.content_hash from revisions r "
                                f"join articles a on a.id = r.article_id {where}"))
        claims = set(conn.execute(f"select a.url, c.text, c.date_from, c.date_to from release_claims c "
                                  f"join revisions r on r.id = c.revision_id join articles a on a.id = r.article_id "
                                  f"{where}"))
    return revs, claims


def test_live_crawl_warc_replay_and_incremental_recrawl(cli, tmp_path):
    with FakeOutlet() as site:
        cli.register(site)
        db, cache, warc = tmp_path / "live.db", tmp_path / "cache", tmp_path / "live.warc.gz"
        common = ["--live", "--outlet", "Fake Outlet", "--db", f"sqlite:///{db}", "--cache-dir", str(cache),
                  "--quiet", *QUICK]
        first = cli.run("crawl", *common, "--save-warc", str(warc))
        assert first.returncode == 0, first.stderr

        # Every sitemap article fetched, once; the failing ones after two 503s.
        fetched = site.article_fetches()
        assert {slug(i) for i in range(N_ARTICLES)} <= set(fetched)
        assert set(fetched.values()) == {1}
        assert site.paths(503)[slug(7)] == 2 and site.paths(200)[slug(7)] == 1
        # Section pages and their pagination were followed.
        assert site.paths(200)["/news/page/2/"] == 1
        assert fetched["/news/section-only-story-season-2-news-2"] == 1
        # robots.txt obeyed, never off the outlet's host, no tag pages or images.
        assert site.paths(200)["/robots.txt"] >= 1
        assert not [p for p in site.paths() if p.startswith(("/private/", "/tag/", "/logo"))]
        assert not [h for h, _, _, _ in site.hits if h != "127.0.0.1"]
        agents = {hdrs.get("User-Agent", "") for _, _, _, hdrs in site.hits}
        assert agents and all("aggregator" in a and "ops@example.org" in a for a in agents)

        assert count(db, "select count(*) from revisions") == N_ARTICLES
        assert count(db, "select count(*) from release_claims") == 2 * N_ARTICLES
        assert "retries            " in first.stdout and "robots.txt denied  " in first.stdout

        # The archive replays to the very same rows.
        replay_db = tmp_path / "replay.db"
        replay = cli.run("crawl", "--from", str(warc), "--db", f"sqlite:///{replay_db}", "--quiet")
        assert replay.returncode == 0, replay.stderr
        assert rows(replay_db) == rows(db)
        assert len(rows(db)[1]) == 2 * N_ARTICLES

        # Re-crawl after one article changed: only that one is downloaded again.
        site.change(5)
        before = site.article_fetches()
        hits_before = len(site.hits)
        second = cli.run("crawl", *common)
        assert second.returncode == 0, second.stderr
        after = site.article_fetches()
        grown = {p for p in after if after[p] != before.get(p, 0)}
        assert grown <= {slug(5), "/news/section-only-story-season-2-news-1",
                         "/news/section-only-story-season-2-news-2"}
        assert slug(5) in grown
        new_hits = site.hits[hits_before:]
        conditional = [h for h in new_hits if "If-None-Match" in h[3]]
        assert conditional and all(s in (200, 304) for _, _, s, _ in conditional)
        assert "revisions stored   1" in second.stdout
        assert count(db, "select count(*) from revisions") == N_ARTICLES + 1
