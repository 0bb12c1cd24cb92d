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
AGGREGATOR_BATCH_SIZE = 200          # pages per database transaction
AGGREGATOR_PROGRESS_INTERVAL = 5.0   # seconds between progress lines (0: off)
AGGREGATOR_CONTACT = os.environ.get("AGGREGATOR_CONTACT", "set AGGREGATOR_CONTACT")

# --- politeness (matters in live mode; harmless in replay) -------------------
USER_AGENT = f"aggregator/0.1 (+https://github.com/aggregator; {AGGREGATOR_CONTACT})"
ROBOTSTXT_OBEY = False               # replay answers from the store; live mode turns this on
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
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

LOG_LEVEL = os.environ.get("AGGREGATOR_LOG_LEVEL", "INFO")
FEED_EXPORT_ENCODING = "utf-8"
