"""Scrapy settings for aggregator (https://docs.scrapy.org/en/latest/topics/settings.html).

Replay is the default: every request is answered from the saved-page store in
AGGREGATOR_STORE and nothing reaches the network. `aggregator crawl --live`
switches to the polite live profile below.
"""

import os

BOT_NAME = "aggregator"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# --- aggregator's own settings ----------------------------------------------
AGGREGATOR_MODE = os.environ.get("AGGREGATOR_MODE", "replay")      # "replay" or "live"
AGGREGATOR_STORE = os.environ.get("AGGREGATOR_STORE", "fixtures/sites")
AGGREGATOR_DB = os.environ.get("AGGREGATOR_DB", "sqlite:///var/aggregator.db")
AGGREGATOR_BATCH_SIZE = 1000         # pages per database transaction (bodies are not kept while they wait)
AGGREGATOR_PROGRESS_INTERVAL = 5.0   # seconds between progress lines (0: off)
AGGREGATOR_CONTACT = os.environ.get("AGGREGATOR_CONTACT", "set AGGREGATOR_CONTACT")

# --- politeness (matters in live mode; harmless in replay) -------------------
USER_AGENT = f"aggregator/0.1 (+https://github.com/aggregator; {AGGREGATOR_CONTACT})"  # see user_agent()
ROBOTSTXT_OBEY = False               # replay answers from the store; live mode turns this on
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
COOKIES_ENABLED = False
# Scrapy checks each callback's source for `return value` in a generator, but caches the
# answer by bound method, which is new for every response: it re-read and re-parsed
# spiders/previews.py for every page (~0.7 ms). Our one spider is checked by its tests.
WARN_ON_GENERATOR_RETURN_VALUE = False
TELNETCONSOLE_ENABLED = False
# The same stats and log records at a fraction of the cost per call (aggregator/crawlstats.py).
STATS_CLASS = "aggregator.crawlstats.PlainStatsCollector"
LOG_FORMATTER = "aggregator.crawlstats.QuietLogFormatter"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"

DOWNLOADER_MIDDLEWARES = {
    # Before every other downloader middleware: a replayed request never gets further.
    "aggregator.store.replay.ReplayMiddleware": 50,
}

ITEM_PIPELINES = {
    "pipelines.extract.ExtractPipeline": 100,
    "pipelines.store.StorePipeline": 800,
}

EXTENSIONS = {
    "aggregator.progress.Progress": 500,
}

# --- replay mode (set over the above by apply_mode("replay")) ---------------
# Every request is answered from local files by ReplayMiddleware, so the
# network-facing machinery costs time per page and does nothing: no downloader
# middleware after the replay one (offsite, robots, auth, timeout, headers,
# user agent, retry, redirects, compression, cookies, proxy, download stats,
# HTTP cache), no HTTP/S3/FTP handlers (never called; importing the HTTP one
# alone takes most of a second), no referer/URL-length/depth bookkeeping per
# followed link, and no telnet, feed export, remote control or periodic log
# lines. What replay's semantics need stays: HttpErrorMiddleware (a 404 for a
# URL the store lacks is counted, not parsed), the scheduler and its dupefilter
# (each page once), SpiderState (JOBDIR resume), CoreStats and CloseSpider.
REPLAY_SETTINGS = {
    "DOWNLOADER_MIDDLEWARES_BASE": {},
    "DOWNLOAD_HANDLERS_BASE": {"file": "scrapy.core.downloader.handlers.file.FileDownloadHandler"},
    "SPIDER_MIDDLEWARES_BASE": {
        "scrapy.spidermiddlewares.start.StartSpiderMiddleware": 25,
        "scrapy.spidermiddlewares.httperror.HttpErrorMiddleware": 50,
    },
    "EXTENSIONS_BASE": {
        "scrapy.extensions.corestats.CoreStats": 0,
        "scrapy.extensions.logcount.LogCount": 0,
        "scrapy.extensions.closespider.CloseSpider": 0,
        "scrapy.extensions.spiderstate.SpiderState": 0,
    },
    # Items of one response are a page's revisions, oldest first, and the pipelines are
    # synchronous: one worker per response keeps their order and spares Scrapy starting
    # CONCURRENT_ITEMS (100) asyncio tasks for every page.
    "CONCURRENT_ITEMS": 1,
    # The dupefilter's fingerprints, bit for bit, from the URLs the store canonicalized once.
    "REQUEST_FINGERPRINTER_CLASS": "aggregator.store.replay.StoreFingerprinter",
}

# --- live mode (merged over the above by apply_mode("live")) ----------------
# Retries wait RETRY_BACKOFF_BASE * 2**(n-1) seconds (capped) before the n-th retry.
RETRY_BACKOFF_BASE = 1.0
RETRY_BACKOFF_MAX = 60.0
AGGREGATOR_CACHE_DIR = os.environ.get("AGGREGATOR_CACHE_DIR", "var/httpcache")

LIVE_SETTINGS = {
    "ROBOTSTXT_OBEY": True,
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 1.0,
    "AUTOTHROTTLE_MAX_DELAY": 30.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 2.0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "DOWNLOAD_TIMEOUT": 30,
    "RETRY_ENABLED": True,
    "RETRY_TIMES": 3,
    "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
    # Conditional requests: RFC2616Policy revalidates stale pages with
    # If-None-Match / If-Modified-Since, and a 304 serves the cached copy.
    "HTTPCACHE_ENABLED": True,
    "HTTPCACHE_POLICY": "scrapy.extensions.httpcache.RFC2616Policy",
    "HTTPCACHE_STORAGE": "aggregator.live.cache.AtomicFilesystemCacheStorage",
    "HTTPCACHE_GZIP": True,
    "HTTPCACHE_IGNORE_HTTP_CODES": [301, 302, 303, 307, 308, 401, 403, 404, 408, 429, 500, 502, 503, 504],
    "DOWNLOADER_MIDDLEWARES": {
        "aggregator.store.replay.ReplayMiddleware": None,
        # After RetryMiddleware (550) re-schedules a request, this delays it.
        "aggregator.live.middlewares.BackoffMiddleware": 560,
    },
    "SPIDER_MIDDLEWARES": {
        # After HttpErrorMiddleware (50): only responses the spider parses are archived.
        "aggregator.live.middlewares.WarcRecorderMiddleware": 60,
    },
}


def user_agent(contact: str) -> str:
    """The live user agent: names the project and how to reach whoever runs it."""
    return f"aggregator/0.1 (+https://github.com/aggregator; {contact})"


def apply_mode(settings, mode: str, contact: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Switch Scrapy `settings` to the replay or the polite live profile."""
    settings.set("AGGREGATOR_MODE", mode, priority="cmdline")
    if mode != "live":
        for key, value in REPLAY_SETTINGS.items():
            settings.set(key, value, priority="cmdline")
        return
    for key, value in LIVE_SETTINGS.items():
        if isinstance(value, dict):
            merged = dict(settings.getdict(key))
            merged.update(value)
            settings.set(key, merged, priority="cmdline")
        else:
            settings.set(key, value, priority="cmdline")
    contact = contact or settings.get("AGGREGATOR_CONTACT")
    settings.set("AGGREGATOR_CONTACT", contact, priority="cmdline")
    settings.set("USER_AGENT", user_agent(contact), priority="cmdline")


if AGGREGATOR_MODE == "live":  # `AGGREGATOR_MODE=live scrapy crawl previews` gets the live profile too
    for _key, _value in LIVE_SETTINGS.items():
        globals()[_key] = {**globals().get(_key, {}), **_value} if isinstance(_value, dict) else _value
    USER_AGENT = user_agent(AGGREGATOR_CONTACT)

LOG_LEVEL = os.environ.get("AGGREGATOR_LOG_LEVEL", "INFO")
FEED_EXPORT_ENCODING = "utf-8"
