"""Replay's lean Scrapy profile and the replay middleware's response classes."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse
from scrapy.settings import Settings

from aggregator.settings import apply_mode
from aggregator.store.replay import _response_class


def test_replay_profile_has_no_network_machinery() -> None:
    settings = Settings()
    settings.setmodule("aggregator.settings", priority="default")
    apply_mode(settings, "replay")
    mws = {k for k, v in settings.getwithbase("DOWNLOADER_MIDDLEWARES").items() if v is not None}
    assert mws == {"aggregator.store.replay.ReplayMiddleware"}
    assert "scrapy.spidermiddlewares.httperror.HttpErrorMiddleware" in settings.getwithbase("SPIDER_MIDDLEWARES")
    assert "http" not in settings.getwithbase("DOWNLOAD_HANDLERS")


def test_live_profile_keeps_scrapy_defaults() -> None:
    settings = Settings()
    settings.setmodule("aggregator.settings", priority="default")
    apply_mode(settings, "live", contact="me@example.org")
    mws = settings.getwithbase("DOWNLOADER_MIDDLEWARES")
    assert "scrapy.downloadermiddlewares.retry.RetryMiddleware" in mws
    assert mws["aggregator.store.replay.ReplayMiddleware"] is None


def test_response_class_from_content_type() -> None:
    assert _response_class("text/html; charset=utf-8", "https://a.example/x", b"%PDF") is HtmlResponse
    assert _response_class("application/xml", "https://a.example/s", b"") is XmlResponse
    assert _response_class("text/plain", "https://a.example/r", b"") is TextResponse
    # No type: the URL, then the bytes decide.
    assert issubclass(_response_class(None, "https://a.example/page", b"<html><body>hi</body></html>"), TextResponse)
    assert _response_class(None, "https://a.example/blob", b"\x00\x01\x02\xff") is Response


URLS = [
    "https://www.ex.com/a/",
    "https://www.ex.com/a",
    "https://EX.com/b?z=1&a=2#frag",
    "https://ex.com/caf\u00e9/s\u00e9rie?q=\u00e9t\u00e9",
    "https://ex.com/%7Euser/x%2Fy?b=&a=1",
    "https://ex.com/path with space/\"quoted\"",
    "http://ex.com:8080/p;param?x=1",
    " https://ex.com/padded ",
]


def test_store_fingerprints_are_scrapys(make_store) -> None:
    from scrapy import Request
    from scrapy.utils.request import fingerprint

    from aggregator.store import SavedPageStore
    from aggregator.store.replay import StoreFingerprinter

    store = SavedPageStore.open(make_store([{"url": u, "body": "x"} for u in URLS]))
    fingerprinter = StoreFingerprinter()
    fingerprinter.store = store
    requests = [Request(u.strip()) for u in URLS] + [Request("https://ex.com/not-in-store")]
    requests += [Request(URLS[0], method="POST", body=b"x"), Request(URLS[2], meta={"verbatim_url": True}),
                 Request(URLS[1], method="HEAD")]
    assert any(store.canonical_url(r.url) for r in requests)
    for request in requests:
        assert fingerprinter.fingerprint(request) == fingerprint(request), request


def test_written_urls_find_what_normalized_ones_do(make_store) -> None:
    from aggregator.store import SavedPageStore, normalize_url

    store = SavedPageStore.open(make_store([{"url": u, "body": "x", "file": f"p{i}.html"} for i, u in enumerate(URLS)]))
    for url in URLS:
        assert store.revisions(url) == store._by_url.get(normalize_url(url), [])
    assert [e.url for e in store.revisions("https://www.ex.com/a")] == ["https://www.ex.com/a/", "https://www.ex.com/a"]
