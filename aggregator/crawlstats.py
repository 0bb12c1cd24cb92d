"""Scrapy's stats collector and log formatter without their per-call overhead.

Scrapy's StatsCollector routes every attribute read through a Python `__getattribute__`
(to warn about a deprecated `spider` argument), and that includes the `self._stats` read
inside each method: a stats call costs ~3 µs instead of ~0.2 µs, and a replayed page
makes a dozen of them. Its LogFormatter builds the DEBUG "Crawled (200) <GET …>" and
"Scraped from …" records for every response and item, referer look-up included, even
when nothing would print them. Neither changes what a crawl stores or reports.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider
from scrapy.http import Request, Response
from scrapy.logformatter import LogFormatter, LogFormatterResult
from scrapy.statscollectors import MemoryStatsCollector
from twisted.python.failure import Failure

# The loggers Scrapy's engine and scraper log `crawled` and `scraped` records with.
_ENGINE_LOG = logging.getLogger("scrapy.core.engine")
_SCRAPER_LOG = logging.getLogger("scrapy.core.scraper")


class PlainStatsCollector(MemoryStatsCollector):
    """MemoryStatsCollector with plain attribute access (a `spider` argument is simply ignored)."""

    __getattribute__ = object.__getattribute__


class QuietLogFormatter(LogFormatter):
    """LogFormatter that builds the per-response and per-item DEBUG records only when the
    logger would emit them (Scrapy skips a record the formatter returns as None)."""

    def crawled(self, request: Request, response: Response, spider: Spider) -> LogFormatterResult:
        if not _ENGINE_LOG.isEnabledFor(logging.DEBUG):
            return None  # type: ignore[return-value]
        return super().crawled(request, response, spider)

    def scraped(self, item: Any, response: Response | Failure | None, spider: Spider) -> LogFormatterResult:
        if not _SCRAPER_LOG.isEnabledFor(logging.DEBUG):
            return None  # type: ignore[return-value]
        return super().scraped(item, response, spider)
