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
