"""Extract pipeline: run the extraction library on each saved page.

A page that cannot be extracted keeps its reason in `item.error`; the store
pipeline records it as failed and the crawl goes on.
"""

from __future__ import annotations

import logging

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from aggregator.extract import ExtractionError, extract_article
from aggregator.items import SavedPage

logger = logging.getLogger(__name__)


class ExtractPipeline:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        return cls(crawler.stats)

    def process_item(self, item: SavedPage, spider: Spider | None = None) -> SavedPage:
        try:
            item.article = extract_article(item.body, url=item.url, content_type=item.content_type)
        except ExtractionError as exc:
            item.error = str(exc)
        except Exception as exc:  # a bug on one page must not stop the crawl
            logger.exception("extraction crashed on %s", item.url)
            item.error = f"internal error: {type(exc).__name__}: {exc}"
        if item.error is not None:
            self.stats.inc_value("aggregator/failed")
        elif item.article is not None and item.article.is_preview:
            self.stats.inc_value("aggregator/previews")
            self.stats.inc_value("aggregator/claims_found", len(item.article.release_claims))
        else:
            self.stats.inc_value("aggregator/non_previews")
        return item
