"""SharedIdle: a worker kept open only for its busy peers leaves once none of them is busy."""

from __future__ import annotations

import time

from aggregator.live.distributed import SharedIdle


class FakeRedis:
    def __init__(self) -> None:
        self.hashes: dict[str, dict[bytes, bytes]] = {}

    def hset(self, key: str, field: str, value: float) -> None:
        self.hashes.setdefault(key, {})[field.encode()] = str(value).encode()

    def hgetall(self, key: str) -> dict[bytes, bytes]:
        return dict(self.hashes.get(key, {}))


class FakeEngine:
    def __init__(self) -> None:
        self.scheduler: list[object] = []
        self.idle = True
        self.closed: list[str] = []

    def spider_is_idle(self) -> bool:
        return self.idle

    def close_spider(self, spider: object, reason: str) -> None:
        self.closed.append(reason)


class FakeCrawler:
    def __init__(self) -> None:
        self.engine = FakeEngine()


def worker(server: FakeRedis, name: str) -> SharedIdle:
    ext = SharedIdle.__new__(SharedIdle)
    ext.crawler, ext.server, ext.key, ext.worker = FakeCrawler(), server, "p:workers", name
    ext.loop, ext.spider, ext.waiting = None, object(), False
    return ext


def test_an_idle_worker_waits_for_a_busy_peer_then_closes_on_its_next_beat() -> None:
    import pytest
    from scrapy.exceptions import DontCloseSpider

    server = FakeRedis()
    a, b = worker(server, "a"), worker(server, "b")
    b.crawler.engine.idle = False
    b.beat()                                    # b reports busy
    with pytest.raises(DontCloseSpider):
        a.spider_idle(a.spider)                 # a must wait: b may still enqueue pages
    a.beat()
    assert a.crawler.engine.closed == []        # b is still busy
    b.crawler.engine.idle = True
    b.beat()                                    # b reports idle
    a.beat()
    assert a.crawler.engine.closed == ["finished"]


def test_a_worker_with_queued_requests_never_closes() -> None:
    import pytest
    from scrapy.exceptions import DontCloseSpider

    server = FakeRedis()
    a = worker(server, "a")
    a.crawler.engine.scheduler.append(object())
    with pytest.raises(DontCloseSpider):
        a.spider_idle(a.spider)
    a.beat()
    assert a.crawler.engine.closed == [] and not a.waiting
    server.hset("p:workers", "dead", time.time() - 60)   # a stale report is a dead worker
    a.crawler.engine.scheduler.clear()
    a.spider_idle(a.spider)                     # nothing queued, nobody alive: close
