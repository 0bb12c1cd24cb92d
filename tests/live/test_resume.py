"""Kill -9 a live crawl half-way, start it again with the same --jobdir: it finishes, nothing twice."""

from __future__ import annotations

import signal
import sqlite3
import time

from tests.live.conftest import QUICK, count
from tests.live.fakeoutlet import N_ARTICLES, FakeOutlet, slug


def done_lines(jobdir):  # type: ignore[no-untyped-def]
    path = jobdir / "done.txt"
    return path.read_text().splitlines() if path.exists() else []


def test_sigkill_then_resume(cli, tmp_path):
    # Slow enough that the crawl is still running when it is killed.
    slow = {i for i in range(N_ARTICLES) if i % 3 == 0}
    with FakeOutlet(slow=slow, slow_seconds=0.3) as site:
        cli.register(site)
        db, jobdir = tmp_path / "live.db", tmp_path / "job"
        args = ["crawl", "--live", "--outlet", "Fake Outlet", "--db", f"sqlite:///{db}", "--jobdir", str(jobdir),
                "--cache-dir", str(tmp_path / "cache"), "--batch-size", "10", "--quiet", *QUICK,
                "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "-s", "AUTOTHROTTLE_TARGET_CONCURRENCY=2"]
        proc = cli.popen(*args)
        deadline = time.monotonic() + 120
        while len(done_lines(jobdir)) < 60 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert proc.poll() is None, "the crawl finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        stored_before = set(done_lines(jobdir))
        assert 60 <= len(stored_before) < N_ARTICLES
        assert (jobdir / "RUNNING").exists()
        fetched_before = site.article_fetches()

        again = cli.run(*args)
        assert again.returncode == 0, again.stderr
        assert "did not stop cleanly" in again.stderr
        assert not (jobdir / "RUNNING").exists()

        fetched = site.article_fetches()
        assert {slug(i) for i in range(N_ARTICLES)} <= set(fetched)          # nothing lost
        refetched = {p for p, n in fetched.items() if n > 1}
        # What was stored before the kill is not fetched again; only pages in flight or in the
        # unflushed batch at the moment of the kill are.
        assert not {u.split(":", 2)[-1].split("/", 1)[-1] for u in stored_before} & {p.lstrip("/") for p in refetched}
        assert len(refetched) <= len(fetched_before) - len(stored_before) + 1
        # No row twice.
        assert count(db, "select count(*) from revisions") == N_ARTICLES
        assert count(db, "select count(distinct article_id) from revisions") == N_ARTICLES
        assert count(db, "select count(*) from release_claims") == 2 * N_ARTICLES
        with sqlite3.connect(db) as conn:
            dupes = conn.execute("select count(*) from (select revision_id, position from release_claims "
                                 "group by 1, 2 having count(*) > 1)").fetchone()[0]
        assert dupes == 0

        # Run once more: the job is complete, no article is fetched.
        before = site.article_fetches()
        third = cli.run(*args)
        assert third.returncode == 0, third.stderr
        assert site.article_fetches() - before == {} or all(
            p.startswith("/news/section-only") for p in (site.article_fetches() - before))
