"""A Scrapy extension that prints crawl progress to stderr every few seconds."""

from __future__ import annotations

import sys
import time

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task


class Progress:
    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.stats = crawler.stats
        self.interval = interval
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        interval = crawler.settings.getfloat("AGGREGATOR_PROGRESS_INTERVAL", 5.0)
        if interval <= 0:
            raise NotConfigured
        ext = cls(crawler, interval)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider) -> None:  # type: ignore[no-untyped-def]
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.report)
        self.loop.start(self.interval, now=False)

    def report(self) -> None:
        get = self.stats.get_value
        pages = get("aggregator/pages", 0)
        elapsed = max(time.monotonic() - self.started, 1e-9)
        errors = get("aggregator/failed", 0) + get("retry/max_reached", 0)
        extra = ""
        if get("downloader/request_count"):  # live: what the network side is doing
            extra = (f"  requests {get('downloader/request_count', 0)}  unchanged {get('aggregator/unchanged', 0)}"
                     f"  retries {get('retry/count', 0)}")
        print(
            f"[{elapsed:6.0f}s] pages {pages}  previews {get('aggregator/previews', 0)}  "
            f"claims {get('aggregator/claims_found', 0)}  errors {errors}  "
            f"missing {get('replay/missing', 0)}{extra}  {pages / elapsed:.0f} pages/s",
            file=sys.stderr, flush=True,
        )

    def spider_closed(self, spider, reason) -> None:  # type: ignore[no-untyped-def]
        if self.loop is not None and self.loop.running:
            self.loop.stop()
