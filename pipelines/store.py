"""Store pipeline: batched, idempotent writes of extracted pages.

Pages are buffered and written AGGREGATOR_BATCH_SIZE at a time in one
transaction; the crawl row is opened at start and closed with its counts.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector
from sqlalchemy import Engine, insert, text, update

from aggregator.db import models as m
from aggregator.db.ingest import IngestCounts, Ingestor, content_hash, is_stored
from aggregator.db.migrate import upgrade
from aggregator.db.session import make_engine
from aggregator.items import SavedPage
from aggregator.live.jobs import append_done
from aggregator.live.urls import classify

# Any fixed number: the PostgreSQL advisory lock that serializes schema upgrades.
_MIGRATION_LOCK = 0x61676772


def upgrade_locked(engine: Engine) -> None:
    """Bring the schema up to date; on PostgreSQL one process at a time, because workers of a
    distributed crawl start together and concurrent `CREATE TABLE alembic_version` collide."""
    if engine.dialect.name != "postgresql":
        upgrade(engine)
        return
    with engine.connect() as lock:
        lock.execute(text("select pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK})
        try:
            upgrade(engine)
        finally:
            lock.execute(text("select pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK})
            lock.commit()


class StorePipeline:
    def __init__(self, db_url: str, batch_size: int, mode: str, source: str | None, stats: StatsCollector,
                 jobdir: str | None = None) -> None:
        self.db_url = db_url
        self.jobdir = jobdir
        self.batch_size = batch_size
        self.mode = mode
        self.source = source
        self.stats = stats
        self.buffer: list[SavedPage] = []
        self.flush_seconds = 5.0 if mode == "live" else float("inf")
        self.flushed_at = time.monotonic()
        self.totals = IngestCounts()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        s = crawler.settings
        mode = s.get("AGGREGATOR_MODE", "replay")
        source = s.get("AGGREGATOR_STORE") if mode == "replay" else "live"
        return cls(s.get("AGGREGATOR_DB"), s.getint("AGGREGATOR_BATCH_SIZE", 200), mode, source, crawler.stats,
                   s.get("AGGREGATOR_JOBDIR"))

    def open_spider(self, spider: Spider | None = None) -> None:
        self.engine = make_engine(self.db_url)
        upgrade_locked(self.engine)
        self.ingestor = Ingestor(self.engine)
        with self.engine.begin() as conn:
            self.crawl_id = conn.execute(
                insert(m.Crawl.__table__).returning(m.Crawl.__table__.c.id),
                {"started_at": datetime.now(UTC), "mode": self.mode, "source": self.source},
            ).scalar_one()
        self.stats.set_value("aggregator/crawl_id", self.crawl_id)

    def process_item(self, item: SavedPage, spider: Spider | None = None) -> SavedPage:
        item.crawl_id = self.crawl_id
        # Extraction is done and the revision is known by its hash: a page waiting for
        # its batch needs no body (the saved-page store keeps it). Only the pages stored as
        # revisions need their hash.
        if is_stored(item):
            item.content_hash = content_hash(item.body)
        item.body = b""
        self.buffer.append(item)
        # A live crawl trickles pages; flushing every few seconds too keeps what a kill can lose small.
        if len(self.buffer) >= self.batch_size or time.monotonic() - self.flushed_at > self.flush_seconds:
            self._flush()
        return item

    def _flush(self) -> None:
        if not self.buffer:
            return
        self.flushed_at = time.monotonic()
        counts = self.ingestor.store(self.buffer, self.crawl_id)
        if self.jobdir:
            # Only after the commit: a URL in done.txt is never fetched again by this job.
            append_done(self.jobdir, (p.url for p in self.buffer if classify(p.url) == "article"))
        self.totals.add(counts)
        self.buffer.clear()
        self.stats.set_value("aggregator/claims", self.totals.claims)

    def close_spider(self, spider: Spider | None = None) -> None:
        self._flush()
        get = self.stats.get_value
        with self.engine.begin() as conn:
            conn.execute(
                update(m.Crawl.__table__).where(m.Crawl.__table__.c.id == self.crawl_id).values(
                    finished_at=datetime.now(UTC),
                    pages=get("aggregator/pages", 0),
                    previews=get("aggregator/previews", 0),
                    non_previews=get("aggregator/non_previews", 0),
                    failed=get("aggregator/failed", 0),
                    missing=get("replay/missing", 0),
                    revisions=self.totals.revisions,
                    claims=self.totals.claims,
                    cast_credits=self.totals.cast_credits,
                    citations=self.totals.citations,
                )
            )
        self.engine.dispose()
