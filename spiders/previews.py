"""The `previews` spider: from an outlet's seeds to every article page it links.

Thin on purpose. In replay mode it starts at the store's seeds; in live mode at
each selected outlet's sitemaps, feeds and home page (from the outlet
registry), plus the sitemaps its robots.txt names. It reads sitemaps
(scrapy.utils.sitemap) and feeds (feedparser), follows section pages,
pagination and article links that stay on the outlet's domains, and hands every
HTML page on as a `SavedPage` (one per saved revision, oldest first). Whether a
page is a "season N" preview is decided by the extraction library in the
extract pipeline, not here.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
from scrapy import Request, Spider
from scrapy.core.scheduler import Scheduler
from scrapy.http import Response, TextResponse
from scrapy.utils.asyncio import is_asyncio_available
from scrapy.utils.gz import gunzip
from scrapy.utils.response import get_base_url
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from aggregator.domains import registrable_domain
from aggregator.items import SavedPage
from aggregator.live.incremental import as_utc, last_fetched, parse_lastmod
from aggregator.live.middlewares import FETCHED_AT_META, SEED_META
from aggregator.live.urls import MEDIA_EXTENSIONS, classify, on_domains
from aggregator.store.manifest import normalize_url
from aggregator.store.replay import REVISIONS_META
from aggregator.store.warc import open_store

# Discovery first: sitemaps and feeds name the articles, so fetch them before listings.
PRIORITY = {"sitemap": 20, "feed": 20, "article": 0, "section": -1}


class PreviewsSpider(Spider):
    name = "previews"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.allowed: set[str] = set()
        self.known: dict[str, datetime] = {}
        self.discover = True  # follow links found in pages

    @property
    def live(self) -> bool:
        return self.settings.get("AGGREGATOR_MODE", "replay") == "live"

    async def start(self) -> AsyncIterator[Request]:  # type: ignore[override]
        """Scrapy >= 2.13 starts here (and no longer calls start_requests by itself).

        While the downloader is busy Scrapy pulls start requests without pause, so a
        store's seeds would all sit in the scheduler at once (1.5 kB each, growing with
        the store). Replay hands them on only as the scheduler drains below a few
        batches; a live crawl's few start pages go at once.
        """
        scheduler = None
        if not self.live and is_asyncio_available():
            engine = getattr(self.crawler, "engine", None)
            scheduler = getattr(engine, "scheduler", None)
            if not isinstance(scheduler, Scheduler):  # e.g. scrapy-redis: the frontier is in Redis
                scheduler = None
        limit = 4 * self.settings.getint("CONCURRENT_REQUESTS", 16)
        for request in self.start_requests():
            yield request
            while scheduler is not None and len(scheduler) >= limit:
                await asyncio.sleep(0.002)

    def start_requests(self) -> Iterator[Request]:
        if self.live and not self._start_arg():
            yield from self._outlet_starts()
            return
        seeds = self._seeds()
        # Replay of a store that seeds every page: every page is requested already, so
        # parsing each for links would only find duplicates and pages the store lacks.
        self.discover = self._start_arg() is not None or not open_store(
            self.settings.get("AGGREGATOR_STORE")).seeds_every_page
        hosts = {_host(u) for u in seeds}
        self.allowed = {d for d in (registrable_domain(h) or h for h in hosts) if d}
        for url in seeds:
            yield Request(url, callback=self.parse, meta={SEED_META: True})

    def _start_arg(self) -> str | None:
        """`scrapy crawl previews -a start=URL[,URL]` (Spider.start is also a method since Scrapy 2.13)."""
        value = self.__dict__.get("start")
        return value if isinstance(value, str) else None

    def _seeds(self) -> list[str]:
        if self._start_arg():
            return [u for u in str(self._start_arg()).split(",") if u]
        return open_store(self.settings.get("AGGREGATOR_STORE")).seeds()

    def _outlet_starts(self) -> Iterator[Request]:
        from aggregator.outlets import load_registry

        registry = load_registry()
        wanted = self.settings.getlist("AGGREGATOR_OUTLET_NAMES")
        outlets = [registry.by_name(n) for n in wanted] if wanted else list(registry)
        outlets = [o for o in outlets if o is not None]
        self.allowed = {d for o in outlets for d in o.domains}
        self.known = last_fetched(self.settings.get("AGGREGATOR_DB"), self.allowed)
        self.logger.info("live crawl of %d outlets; %d articles already stored", len(outlets), len(self.known))
        for outlet in outlets:
            start = outlet.start
            for url in start.sitemaps:
                yield self._request(url, "sitemap", seed=True)
            for url in start.feeds:
                yield self._request(url, "feed", seed=True)
            if start.home:
                yield self._request(start.home, "section", seed=True)
                if not start.sitemaps:  # robots.txt often names the sitemaps
                    parts = urlsplit(start.home)
                    yield self._request(f"{parts.scheme}://{parts.netloc}/robots.txt", "sitemap", seed=True)

    def _request(self, url: str, kind: str, *, seed: bool = False) -> Request:
        meta = {SEED_META: True} if seed else {}
        return Request(url, callback=self.parse, priority=PRIORITY.get(kind, 0), meta=meta)

    # -- parsing ---------------------------------------------------------------

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Request | SavedPage]:
        kind = _kind(response)
        if "cached" in response.flags:
            self.crawler.stats.inc_value("aggregator/unchanged")
        if kind == "robots":
            yield from self._follow(response, sitemap_urls_from_robots(response.text, response.url), "sitemap")
        elif kind == "sitemap":
            yield from self._sitemap(response)
        elif kind == "feed":
            yield from self._feed(response)
        elif kind == "html":
            assert isinstance(response, TextResponse)
            yield from self._pages(response)
            if self.discover:
                yield from self._follow(response, _hrefs(response))

    def _pages(self, response: TextResponse) -> Iterator[SavedPage]:
        if self.live and "cached" in response.flags and normalize_url(response.url) in self.known:
            return  # revalidated (304) and already stored: nothing new to extract
        stamp = response.meta.get(FETCHED_AT_META) or datetime.now(UTC).replace(microsecond=0)
        revisions = response.meta.get(REVISIONS_META) or [
            (stamp, response.headers.get("Content-Type", b"").decode("latin-1") or None, response.body)
        ]
        for fetched_at, content_type, body in revisions:
            self.crawler.stats.inc_value("aggregator/pages")
            yield SavedPage(
                url=response.url, fetched_at=fetched_at, body=body, status=response.status,
                content_type=content_type, outlet_domain=_outlet_domain(response.url),
            )

    def _sitemap(self, response: Response) -> Iterator[Request]:
        body = response.body
        if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz served as a file, not Content-Encoding
            try:
                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
            except OSError:
                return
        try:
            sitemap = Sitemap(body)
            entries = list(sitemap)
        except Exception:  # a broken sitemap is skipped, not fatal
            self.crawler.stats.inc_value("aggregator/bad_sitemaps")
            return
        if sitemap.type == "sitemapindex":
            yield from self._follow(response, [e["loc"] for e in entries if "loc" in e], "sitemap")
            return
        fresh = [e["loc"] for e in entries if "loc" in e and self._changed(e["loc"], e.get("lastmod"))]
        yield from self._follow(response, fresh, "article")

    def _feed(self, response: Response) -> Iterator[Request]:
        import feedparser

        parsed = feedparser.parse(response.body)
        links = []
        for entry in parsed.entries:
            link = entry.get("link")
            when = entry.get("updated") or entry.get("published")
            stamp = entry.get("updated_parsed") or entry.get("published_parsed")
            lastmod = datetime(*stamp[:6], tzinfo=UTC).isoformat() if stamp else when
            if link and self._changed(link, lastmod):
                links.append(link)
        yield from self._follow(response, links, "article")

    def _changed(self, url: str, lastmod: str | None) -> bool:
        """False when the database holds a revision fetched after the entry's lastmod."""
        if not self.live or not self.known:
            return True
        stored = self.known.get(normalize_url(url))
        modified = parse_lastmod(lastmod)
        if stored is None or modified is None or as_utc(modified) > stored:
            return True
        self.crawler.stats.inc_value("aggregator/skipped_unchanged")
        return False

    def _follow(self, response: Response, hrefs: Iterable[str], kind: str | None = None) -> Iterator[Request]:
        if not self.live:
            hrefs = self._on_allowed_hosts(response, hrefs)
        for href in hrefs:
            url = response.urljoin(href.strip()).split("#", 1)[0]
            if not url.startswith(("http://", "https://")) or url.lower().endswith(MEDIA_EXTENSIONS):
                continue
            if self.live:
                if not on_domains(url, self.allowed):
                    continue
                url_kind = kind or classify(url)
                if url_kind == "skip":
                    continue
                yield self._request(url, url_kind)
            elif (registrable_domain(url) or _host(url)) in self.allowed:
                yield Request(url, callback=self.parse)

    def _on_allowed_hosts(self, response: Response, hrefs: Iterable[str]) -> Iterator[str]:
        """Replay: drop the links to other sites before joining and canonicalizing them.

        A page links to a few hosts dozens of times, mostly off-site, so each host is
        decided once; a kept link still goes through the full check in `_follow`.
        """
        base = response.url
        if isinstance(response, TextResponse) and _BASE_TAG.search(response.body, 0, 8192):
            base = get_base_url(response)
        base_host = _host(base)
        decided: dict[str | None, bool] = {}
        for href in hrefs:
            href = href.strip()
            if not href or href[0] == "#":
                continue  # this very page, already requested: the dupefilter would drop it
            host = _href_host(href, base_host)
            ok = decided.get(host)
            if ok is None:
                ok = decided[host] = host is None or (registrable_domain(host) or host) in self.allowed
            if ok:
                yield href


# get_base_url decodes the page to look for <base href>: only ask it when the bytes have one.
_BASE_TAG = re.compile(rb"<base[\s>/]", re.I)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_NETLOC_END = re.compile(r"[/?#\\]")


def _href_host(href: str, base_host: str | None) -> str | None:
    """The host a link points to, cheaply: the base URL's host for a relative link, the
    authority's host for an absolute one; None when unsure (the link is then kept)."""
    if href.startswith("//") or href[:8].lower().startswith(("http://", "https://")):
        netloc = _NETLOC_END.split(href.split("//", 1)[1], maxsplit=1)[0].rpartition("@")[2]
        if not netloc or netloc.startswith("["):
            return None
        return netloc.split(":", 1)[0].lower() or None
    if _SCHEME.match(href):
        return None  # mailto:, javascript:... are dropped in _follow
    return base_host


def _host(url: str) -> str | None:
    return urlsplit(url).hostname


def _outlet_domain(url: str) -> str | None:
    # By host, not by URL: registrable_domain caches its answers, and a store has
    # thousands of URLs but a handful of hosts.
    host = _host(url)
    return registrable_domain(host) or host


_A_HREFS = lxml.etree.XPath("//a/@href", smart_strings=False)


def _hrefs(response: TextResponse) -> list[str]:
    """Every `<a href>` of an HTML page, as `response.css("a::attr(href)")` finds them, read
    with lxml directly: a Selector per link costs more than parsing the page."""
    try:
        root = lxml.etree.fromstring(response.body, parser=_parser(response.encoding))
    except (lxml.etree.LxmlError, ValueError, LookupError):
        return response.css("a::attr(href)").getall()
    return [] if root is None else _A_HREFS(root)


def _parser(encoding: str) -> lxml.etree.HTMLParser:
    parser = _PARSERS.get(encoding)
    if parser is None:
        parser = _PARSERS[encoding] = lxml.etree.HTMLParser(
            recover=True, remove_comments=True, remove_pis=True, no_network=True, encoding=encoding)
    return parser


_PARSERS: dict[str, lxml.etree.HTMLParser] = {}


def _kind(response: Response) -> str:
    """robots, sitemap, feed, html or other: by path, content type, then the first bytes."""
    if urlsplit(response.url).path == "/robots.txt":
        return "robots"
    ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    head = response.body[:512].lstrip().lower()
    if b"<urlset" in head or b"<sitemapindex" in head or head[:2] == b"\x1f\x8b":
        return "sitemap"
    if b"<rss" in head or b"<feed" in head or "rss" in ctype or "atom" in ctype:
        return "feed"
    if "html" in ctype or b"<html" in head or b"<!doctype html" in head:
        return "html" if isinstance(response, TextResponse) else "other"
    return "other"
