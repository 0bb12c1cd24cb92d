"""Several crawler processes (on one machine or many) sharing one frontier in Redis.

The scheduler and duplicate filter are scrapy-redis's (0.9.1, checked with the
Scrapy installed here: its Scheduler passes Scrapy 2.19's BaseScheduler
interface check, and requests round-trip through Request.to_dict). Every key
lives under one prefix (`--redis-key`), so several crawls can share a server.

Two things scrapy-redis leaves to the user are done here:

- SCHEDULER_PERSIST is on: the first worker to finish must not delete the
  frontier and the filter the others are still using (scrapy-redis flushes them
  on close otherwise). `clear_prefix` removes a finished crawl's keys.
- A worker whose queue is momentarily empty while another worker is still
  parsing (and about to enqueue what it found) must not quit. `SharedIdle`
  keeps it alive while the shared queue has requests or any other worker has
  reported being busy within the last few seconds; a worker killed outright
  stops reporting and is no longer waited for.
"""

from __future__ import annotations

import os
import socket
import time
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.settings import Settings

STALE_SECONDS = 15.0     # a busy report older than this is from a dead worker
BEAT_SECONDS = 1.0


def apply_distributed(settings: Settings, redis_url: str, prefix: str) -> None:
    """Point Scrapy's scheduler and dupefilter at the shared Redis frontier under `prefix`."""
    s = "cmdline"
    settings.set("SCHEDULER", "scrapy_redis.scheduler.Scheduler", priority=s)
    settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority=s)
    settings.set("SCHEDULER_QUEUE_CLASS", "scrapy_redis.queue.PriorityQueue", priority=s)
    settings.set("SCHEDULER_QUEUE_KEY", f"{prefix}:%(spider)s:requests", priority=s)
    settings.set("SCHEDULER_DUPEFILTER_KEY", f"{prefix}:%(spider)s:dupefilter", priority=s)
    settings.set("SCHEDULER_PERSIST", True, priority=s)
    settings.set("REDIS_URL", redis_url, priority=s)
    settings.set("AGGREGATOR_REDIS_PREFIX", prefix, priority=s)
    extensions = dict(settings.getdict("EXTENSIONS"))
    extensions["aggregator.live.distributed.SharedIdle"] = 510
    settings.set("EXTENSIONS", extensions, priority=s)


def clear_prefix(redis_url: str, prefix: str) -> int:
    """Delete every key of a distributed crawl; return how many were deleted."""
    import redis

    server = redis.Redis.from_url(redis_url)
    try:
        keys = list(server.scan_iter(match=f"{prefix}:*", count=1000))
        return int(server.delete(*keys)) if keys else 0
    finally:
        server.close()


def check_redis(redis_url: str) -> str | None:
    """None when Redis answers at the URL, else the reason it does not."""
    import redis

    try:
        server = redis.Redis.from_url(redis_url, socket_connect_timeout=3)
        server.ping()
        server.close()
    except (redis.RedisError, ValueError) as exc:
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return None


class SharedIdle:
    """Keep an idle worker alive while the shared crawl still has work somewhere."""

    def __init__(self, crawler: Crawler, redis_url: str, prefix: str) -> None:
        import redis

        self.crawler = crawler
        self.server = redis.Redis.from_url(redis_url)
        self.key = f"{prefix}:workers"
        self.worker = f"{socket.gethostname()}:{os.getpid()}"
        self.loop: Any = None
        self.spider: Spider | None = None
        # Kept open only because another worker was busy: re-checked every beat, so this
        # worker leaves within a second of the last one finishing (Scrapy itself looks
        # again only at its 5-second heartbeat).
        self.waiting = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedIdle:
        prefix = crawler.settings.get("AGGREGATOR_REDIS_PREFIX")
        if not prefix:
            raise NotConfigured
        ext = cls(crawler, crawler.settings.get("REDIS_URL"), prefix)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        from twisted.internet import task

        self.spider = spider
        self.server.hset(self.key, self.worker, time.time())
        self.loop = task.LoopingCall(self.beat)
        self.loop.start(BEAT_SECONDS, now=False)

    def _busy(self) -> bool:
        engine = self.crawler.engine
        try:
            return engine is not None and not engine.spider_is_idle()
        except RuntimeError:
            return False

    def beat(self) -> None:
        """Report this worker busy (with the time) or idle (0); an idle worker that was
        waiting for the others closes as soon as none of them is busy and nothing is queued."""
        busy = self._busy()
        self.server.hset(self.key, self.worker, time.time() if busy else 0)
        if self.waiting and not busy and self.spider is not None and not self._queued() and not self._others_busy():
            self.waiting = False
            self.crawler.engine.close_spider(self.spider, "finished")  # type: ignore[union-attr]

    def _queued(self) -> bool:
        scheduler = self.crawler.engine.scheduler if self.crawler.engine else None
        return scheduler is not None and len(scheduler) > 0  # type: ignore[arg-type]

    def _others_busy(self) -> bool:
        now = time.time()
        return any(worker.decode() != self.worker and now - float(stamp) < STALE_SECONDS
                   for worker, stamp in self.server.hgetall(self.key).items())

    def spider_idle(self, spider: Spider) -> None:
        if self._queued():
            self.waiting = False
            raise DontCloseSpider
        self.server.hset(self.key, self.worker, 0)
        if self._others_busy():
            self.waiting = True
            raise DontCloseSpider  # another worker may still enqueue what it is parsing
        self.waiting = False

    def spider_closed(self, spider: Spider) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.server.hdel(self.key, self.worker)
        self.server.close()
