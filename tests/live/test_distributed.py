"""Three crawler processes, one frontier in Redis, one PostgreSQL: every page once, every claim once."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from aggregator.live.distributed import check_redis, clear_prefix
from tests.conftest import skip_or_fail
from tests.live.conftest import QUICK
from tests.live.fakeoutlet import N_ARTICLES, FakeOutlet, slug

REDIS_URL = os.environ.get("AGGREGATOR_TEST_REDIS", "redis://127.0.0.1:6379/0")


@pytest.fixture
def redis_prefix():
    reason = check_redis(REDIS_URL)
    if reason:
        skip_or_fail(f"no Redis at {REDIS_URL}: {reason}")
    prefix = f"aggtest-{uuid.uuid4().hex[:10]}"
    yield prefix
    clear_prefix(REDIS_URL, prefix)


def test_three_workers_fetch_each_page_once(cli, tmp_path, pg_url, redis_prefix):
    # Every article is slow enough that one worker alone would need far longer than the
    # others take to start: the test asserts the frontier is shared, not a race won.
    slow = set(range(N_ARTICLES))
    with FakeOutlet(slow=slow, slow_seconds=0.3) as site:
        cli.register(site)
        procs = [cli.popen("crawl", "--live", "--outlet", "Fake Outlet", "--distributed", "--redis", REDIS_URL,
                           "--redis-key", redis_prefix, "--db", pg_url, "--cache-dir", str(tmp_path / f"cache{k}"),
                           "--quiet", *QUICK)
                 for k in range(3)]
        results = [p.communicate(timeout=300) for p in procs]
        for proc, (out, err) in zip(procs, results):
            assert proc.returncode == 0, err

        fetched = site.article_fetches()
        assert {slug(i) for i in range(N_ARTICLES)} <= set(fetched)
        assert set(fetched.values()) == {1}, {p: n for p, n in fetched.items() if n != 1}
        for shared in ("/sitemap.xml", "/sitemap-1.xml", "/feed.xml", "/news/", "/news/page/2/"):
            assert site.paths(200)[shared] == 1, shared

    engine = create_engine(pg_url)
    with engine.connect() as conn:
        def one(sql: str) -> object:
            return conn.execute(text(sql)).scalar_one()

        assert one("select count(*) from revisions") == N_ARTICLES
        assert one("select count(distinct article_id) from revisions") == N_ARTICLES
        assert one("select count(*) from release_claims") == 2 * N_ARTICLES
        assert one("select count(*) from (select distinct revision_id, position from release_claims) x") \
            == 2 * N_ARTICLES
        assert one("select count(*) from crawls") == 3
        assert one("select count(*) from crawls where pages > 0") >= 2   # the work was shared
        assert one("select sum(pages) from crawls") == len(fetched) + 2   # and "/" and "/news/": each once
    engine.dispose()
