"""Scrapy downloader middleware that answers requests from a saved-page store.

Shaped like Scrapy's HttpCacheMiddleware in offline mode: off (NotConfigured)
unless AGGREGATOR_MODE is "replay"; a hit returns the saved response under its
original URL; a miss returns a 404 that is counted and logged, and never goes
to the network. Every revision of the URL rides along in `request.meta` so the
spider can hand each one on, oldest first.
"""

from __future__ import annotations

import hashlib
import logging
from json.encoder import encode_basestring_ascii

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Response
from scrapy.responsetypes import responsetypes
from scrapy.statscollectors import StatsCollector
from scrapy.utils.request import RequestFingerprinter

from aggregator.store.manifest import SavedPageStore
from aggregator.store.warc import open_store

logger = logging.getLogger(__name__)

REVISIONS_META = "aggregator_revisions"


class ReplayMiddleware:
    def __init__(self, store: SavedPageStore, stats: StatsCollector) -> None:
        self.store = store
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplayMiddleware:
        settings = crawler.settings
        if settings.get("AGGREGATOR_MODE", "replay") != "replay":
            raise NotConfigured("live mode")
        return cls(open_store(settings.get("AGGREGATOR_STORE")), crawler.stats)

    def process_request(self, request: Request, spider: Spider | None = None) -> Response:
        revisions = self.store.revisions(request.url)
        if not revisions:
            self.stats.inc_value("replay/missing")
            logger.info("not in the store (answered 404): %s", request.url)
            return Response(url=request.url, status=404, body=b"", request=request, flags=["replay-missing"])
        self.stats.inc_value("replay/hit")
        latest = revisions[-1]
        bodies = [self.store.read(entry) for entry in revisions]
        request.meta[REVISIONS_META] = [
            (entry.fetched_at, entry.content_type, body) for entry, body in zip(revisions, bodies)
        ]
        headers = {"Content-Type": latest.content_type} if latest.content_type else {}
        cls = _response_class(latest.content_type, request.url, bodies[-1])
        return cls(
            url=request.url, status=latest.status, headers=headers, body=bodies[-1],
            request=request, flags=["replay"],
        )


def _response_class(content_type: str | None, url: str, body: bytes) -> type[Response]:
    """The Response class for a saved response: from its content type when it names one
    Scrapy knows (checking the body's bytes is Scrapy's last resort and costs most of a
    millisecond on a 20 kB page; `from_args` never reads a str-keyed header dict, so it
    always fell back to it); from the URL and the body when the type names nothing known."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml"):
        return HtmlResponse
    if mime:
        cls = responsetypes.from_mimetype(mime)
        if cls is not Response:
            return cls
    return responsetypes.from_args(url=url, body=body)


class StoreFingerprinter(RequestFingerprinter):
    """Scrapy's request fingerprint, the very same bytes, for replay.

    Scrapy hashes a request's method, canonical URL, body and (no) headers; canonicalizing
    the URL is most of the work, and the store already did it for every URL it holds when
    it indexed them. A request for a URL as the store wrote it (a plain GET, as replay
    makes) is hashed from that; any other request goes to Scrapy's own fingerprint. The
    dupefilter, and a job's `requests.seen`, see no difference.
    """

    def __init__(self, crawler: Crawler | None = None) -> None:
        super().__init__(crawler)
        self.store: SavedPageStore | None = None
        if crawler is not None and crawler.settings.get("AGGREGATOR_MODE", "replay") == "replay":
            self.store = open_store(crawler.settings.get("AGGREGATOR_STORE"))

    def fingerprint(self, request: Request) -> bytes:
        canon = self.store.canonical_url(request.url) if self.store is not None else None
        if canon is None or request.method != "GET" or request.body or request.meta.get("verbatim_url"):
            return super().fingerprint(request)
        # json.dumps({"method", "url", "body", "headers"}, sort_keys=True), as Scrapy writes it
        # (json.dumps of a str is encode_basestring_ascii).
        data = '{"body": "", "headers": {}, "method": "GET", "url": ' + encode_basestring_ascii(canon) + "}"
        return hashlib.sha1(data.encode()).digest()  # noqa: S324 - Scrapy's choice, kept bit for bit
