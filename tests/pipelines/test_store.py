"""The store pipeline: pages wait for their batch without their bodies, and every
waiting page is stored, by its hash, when the batch is written or the crawl closes."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from scrapy.utils.test import get_crawler
from sqlalchemy import create_engine, text

from aggregator.extract import extract_article
from aggregator.items import SavedPage
from pipelines.store import StorePipeline
from tests.conftest import SITES

PAGES = sorted(p for p in (SITES / "streamwise").rglob("*.html") if ".r" not in p.name)


def _page(path, hour: int) -> SavedPage:
    body = path.read_bytes()
    url = f"https://www.streamwise.example/{path.stem}/"
    return SavedPage(url=url, fetched_at=datetime(2022, 1, 1, hour, tzinfo=UTC), body=body,
                     article=extract_article(body, url=url))


def test_pages_wait_without_bodies_and_are_stored_by_their_hash(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    crawler = get_crawler(settings_dict={"AGGREGATOR_DB": url, "AGGREGATOR_BATCH_SIZE": 2})
    pipeline = StorePipeline.from_crawler(crawler)
    pipeline.open_spider()
    # Only previews become revisions: three of them.
    pages = [p for p in (_page(path, hour) for hour, path in enumerate(PAGES)) if p.article.is_preview][:3]
    hashes = [hashlib.sha256(p.body).hexdigest() for p in pages]
    for page in pages:
        pipeline.process_item(page)
    assert [p.body for p in pages] == [b"", b"", b""]
    assert [p.content_hash for p in pages] == hashes
    assert len(pipeline.buffer) == 1          # two went out with the first batch
    pipeline.close_spider()
    with create_engine(url).connect() as conn:
        stored = conn.execute(text("select content_hash from revisions order by fetched_at")).scalars().all()
    assert stored == hashes
