"""The `previews` spider: from an outlet's seeds to every article page it links.

Thin on purpose. It starts at the seeds (the store's `seed` lines in replay
mode), reads sitemaps and feeds, follows links that stay on the seeds' outlets,
and hands every HTML page on as a `SavedPage` (one per saved revision, oldest
first). Whether a page is a "season N" preview is decided by the extraction
library in the extract pipeline, not here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from scrapy import Request, Spider
from scrapy.http import Response, TextResponse
from scrapy.utils.sitemap import Sitemap

from aggregator.domains import registrable_domain
from aggregator.items import SavedPage
from aggregator.store.manifest import SavedPageStore
from aggregator.store.replay import REVISIONS_META

_SKIP_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".css", ".js", ".pdf", ".mp4", ".zip")


class PreviewsSpider(Spider):
    name = "previews"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.allowed: set[str] = set()

    def start_requests(self) -> Iterator[Request]:
        seeds = self._seeds()
        self.allowed = {d for d in (registrable_domain(u) or _host(u) for u in seeds) if d}
        for url in seeds:
            yield Request(url, callback=self.parse)

    def _seeds(self) -> list[str]:
        if getattr(self, "start", None):  # scrapy crawl previews -a start=URL[,URL]
            return [u for u in str(self.start).split(",") if u]
        return SavedPageStore.open(self.settings.get("AGGREGATOR_STORE")).seeds()

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request | SavedPage]:
        kind = _kind(response)
        if kind == "sitemap":
            yield from self._follow(response, _sitemap_links(response))
        elif kind == "feed":
            yield from self._follow(response, _feed_links(response))
        elif kind == "html":
            assert isinstance(response, TextResponse)
            yield from self._pages(response)
            yield from self._follow(response, response.css("a::attr(href)").getall())

    def _pages(self, response: TextResponse) -> Iterator[SavedPage]:
        revisions = response.meta.get(REVISIONS_META) or [
            (datetime.now(UTC), response.headers.get("Content-Type", b"").decode("latin-1") or None, response.body)
        ]
        for fetched_at, content_type, body in revisions:
            self.crawler.stats.inc_value("aggregator/pages")
            yield SavedPage(
                url=response.url, fetched_at=fetched_at, body=body, status=response.status,
                content_type=content_type, outlet_domain=registrable_domain(response.url) or _host(response.url),
            )

    def _follow(self, response: Response, hrefs: list[str]) -> Iterator[Request]:
        for href in hrefs:
            url = response.urljoin(href.strip()).split("#", 1)[0]
            if not url.startswith(("http://", "https://")) or url.lower().endswith(_SKIP_EXTENSIONS):
                continue
            if (registrable_domain(url) or _host(url)) in self.allowed:
                yield Request(url, callback=self.parse)


def _host(url: str) -> str | None:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname


def _kind(response: Response) -> str:
    """sitemap, feed, html or other: by content type, then by the first bytes."""
    ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    head = response.body[:512].lstrip().lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<feed" in head or "rss" in ctype or "atom" in ctype:
        return "feed"
    if "html" in ctype or b"<html" in head or b"<!doctype html" in head:
        return "html" if isinstance(response, TextResponse) else "other"
    return "other"


def _sitemap_links(response: Response) -> list[str]:
    try:
        return [entry["loc"] for entry in Sitemap(response.body) if "loc" in entry]
    except Exception:  # a broken sitemap is skipped, not fatal
        return []


def _feed_links(response: Response) -> list[str]:
    from parsel import Selector

    sel = Selector(text=response.body.decode("utf-8", "replace"), type="xml")
    sel.remove_namespaces()
    return sel.xpath("//item/link/text() | //entry/link/@href").getall()
