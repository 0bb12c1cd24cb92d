"""Scrapy middlewares for live crawls: retry backoff and the WARC recorder."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from aggregator.store.warc import WarcWriterFile

logger = logging.getLogger(__name__)

FETCHED_AT_META = "aggregator_fetched_at"
SEED_META = "aggregator_seed"


class BackoffMiddleware:
    """Delay the n-th retry of a request by base * 2**(n-1) seconds (capped, jittered).

    Scrapy's RetryMiddleware re-schedules a failed request at once; on a
    struggling server (5xx, timeouts) that is exactly wrong. It marks retries
    with `retry_times` in meta, which is all this needs. The wait is an
    asyncio sleep, so other requests go on meanwhile.
    """

    def __init__(self, base: float, cap: float) -> None:
        self.base = base
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffMiddleware:
        base = crawler.settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        if base <= 0:
            raise NotConfigured
        return cls(base, crawler.settings.getfloat("RETRY_BACKOFF_MAX", 60.0))

    def delay(self, retry_times: int) -> float:
        """Seconds to wait before the given retry (1 = first retry)."""
        return min(self.cap, self.base * 2 ** (retry_times - 1)) * random.uniform(0.8, 1.2)

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        retries = int(request.meta.get("retry_times", 0))
        if retries > 0:
            await asyncio.sleep(self.delay(retries))


class WarcRecorderMiddleware:
    """Spider middleware: append every response the spider parses to a WARC file.

    It also stamps the response with its fetch time (whole seconds, as WARC-Date
    keeps them) so the page handed to the pipelines and the archived record carry
    the same time, and a replay of the archive stores the very same rows.
    """

    def __init__(self, path: str | None) -> None:
        self.writer = WarcWriterFile(path) if path else None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcRecorderMiddleware:
        if crawler.settings.get("AGGREGATOR_MODE") != "live":
            raise NotConfigured
        mw = cls(crawler.settings.get("AGGREGATOR_SAVE_WARC"))
        from scrapy import signals

        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    def process_spider_input(self, response: Response, spider: Spider | None = None) -> None:
        fetched_at = datetime.now(UTC).replace(microsecond=0)
        response.meta[FETCHED_AT_META] = fetched_at
        if self.writer is not None:
            self.writer.write_response(
                response.url, fetched_at, response.status,
                [(k.decode("latin-1"), v.decode("latin-1")) for k, vs in response.headers.items() for v in vs],
                response.body, seed=bool(response.meta.get(SEED_META)),
            )

    def process_spider_output(self, response: Response, result: Iterable[Any], spider: Spider | None = None):  # type: ignore[no-untyped-def]
        return result

    async def process_spider_output_async(self, response: Response, result: Any, spider: Spider | None = None):  # type: ignore[no-untyped-def]
        async for item in result:
            yield item

    def spider_closed(self, spider: Spider) -> None:
        if self.writer is not None:
            self.writer.close()
