"""A trivial stand-in for the extract pipeline, for `bench replay --standin`.

Every page becomes the same small preview (one claim, one cast credit, one
source) without parsing it, so a replay measures what is NOT extraction: the
store, Scrapy, the spider, batching and the database writes of a revision.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from aggregator.items import (
    Article,
    CastCredit,
    DateRange,
    OutletRef,
    ReleaseClaim,
    SavedPage,
    SourceRef,
)

_PUBLISHED = datetime(2022, 1, 1, tzinfo=UTC)


class StandInExtractPipeline:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StandInExtractPipeline:
        return cls(crawler.stats)

    def process_item(self, item: SavedPage, spider: Spider | None = None) -> SavedPage:
        claim = ReleaseClaim(season=2, event="premiere", certainty="confirmed", text="Season 2 premieres in May.",
                             when=DateRange(date(2022, 5, 1), date(2022, 5, 31), "month"))
        item.article = Article(
            url=item.url, outlet=OutletRef(None, item.outlet_domain), title="Stand-in", published=_PUBLISHED,
            is_preview=True, show="Stand-In Show", season=2, release_claims=[claim],
            cast=[CastCredit("Jane Standin", "Herself")], sources=[SourceRef("Variety", "variety.com")],
        )
        self.stats.inc_value("aggregator/previews")
        self.stats.inc_value("aggregator/claims_found", 1)
        return item
