"""The HTTP cache of live crawls survives a kill in the middle of writing an entry."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy import Request, Spider
from scrapy.http import HtmlResponse
from scrapy.settings import Settings
from scrapy.utils.request import RequestFingerprinter

from aggregator.live.cache import AtomicFilesystemCacheStorage


@pytest.fixture
def storage(tmp_path: Path) -> tuple[AtomicFilesystemCacheStorage, Spider]:
    settings = Settings({"HTTPCACHE_DIR": str(tmp_path / "cache"), "HTTPCACHE_GZIP": True,
                         "HTTPCACHE_EXPIRATION_SECS": 0})
    store = AtomicFilesystemCacheStorage(settings)
    spider = Spider(name="live")
    spider.crawler = SimpleNamespace(request_fingerprinter=RequestFingerprinter())  # all the storage asks of it
    store.open_spider(spider)
    return store, spider


def _page(url: str, text: str) -> HtmlResponse:
    return HtmlResponse(url, body=f"<html><body><p>{text}</p></body></html>".encode(), encoding="utf-8")


def test_an_entry_is_stored_whole_and_read_back(storage):
    store, spider = storage
    request = Request("https://fake.example/tv/a-season-2/")
    store.store_response(spider, request, _page(request.url, "first"))
    store.store_response(spider, request, _page(request.url, "refreshed"))   # an entry replaced
    cached = store.retrieve_response(spider, request)
    assert cached is not None and b"refreshed" in cached.body
    entry = Path(store._get_request_path(spider, request))
    assert not [p for p in entry.parent.iterdir() if p.name.endswith(".partial")]


def test_a_torn_entry_is_a_miss_not_a_failure(storage):
    store, spider = storage
    request = Request("https://fake.example/tv/b-season-2/")
    store.store_response(spider, request, _page(request.url, "whole"))
    entry = Path(store._get_request_path(spider, request))
    # What a kill between Scrapy's writes leaves: the metadata, and a truncated gzip body.
    body = (entry / "response_body").read_bytes()
    (entry / "response_body").write_bytes(body[: len(body) // 2])
    assert store.retrieve_response(spider, request) is None
    (entry / "response_body").unlink()
    assert store.retrieve_response(spider, request) is None


def test_a_staging_directory_left_by_a_kill_does_not_block_the_entry(storage):
    store, spider = storage
    request = Request("https://fake.example/tv/c-season-2/")
    entry = Path(store._get_request_path(spider, request))
    leftover = entry.parent / f".{entry.name}.{__import__('os').getpid()}.partial"
    leftover.mkdir(parents=True)
    (leftover / "pickled_meta").write_bytes(b"torn")
    assert store.retrieve_response(spider, request) is None
    store.store_response(spider, request, _page(request.url, "whole"))
    assert b"whole" in store.retrieve_response(spider, request).body
