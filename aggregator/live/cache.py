"""An HTTP cache that a SIGKILL cannot leave half-written.

Scrapy's `FilesystemCacheStorage` writes an entry as several files in turn (metadata
first, the body later). A crawl killed between them leaves metadata that says "cached"
beside a missing or truncated (gzip) body; the resumed crawl then reads that entry, fails
on it, and the page is never stored although it was fetched (tests/live/test_resume.py
caught it). Here an entry is written into a staging directory and renamed into place,
and an entry that cannot be read is a miss, so the page is fetched again.
"""

from __future__ import annotations

import logging
import os
import pickle
import shutil
import zlib
from pathlib import Path

from scrapy import Request, Spider
from scrapy.extensions.httpcache import FilesystemCacheStorage
from scrapy.http import Response

logger = logging.getLogger(__name__)

# What reading a torn entry raises: a missing file, a truncated gzip stream or pickle.
_TORN = (OSError, EOFError, zlib.error, pickle.UnpicklingError, ValueError, KeyError)


class AtomicFilesystemCacheStorage(FilesystemCacheStorage):
    """`FilesystemCacheStorage` whose entries appear whole or not at all."""

    _staging: str | None = None

    def _get_request_path(self, spider: Spider, request: Request) -> str:
        # While an entry is being written, Scrapy's code writes it into the staging directory.
        return self._staging or super()._get_request_path(spider, request)

    def store_response(self, spider: Spider, request: Request, response: Response) -> None:
        """Write the entry beside its place, then rename it there (atomic on one filesystem)."""
        final = Path(super()._get_request_path(spider, request))
        staging = final.parent / f".{final.name}.{os.getpid()}.partial"
        shutil.rmtree(staging, ignore_errors=True)
        self._staging = str(staging)
        try:
            super().store_response(spider, request, response)
        finally:
            self._staging = None
        if final.exists():
            shutil.rmtree(final, ignore_errors=True)   # a refreshed entry: the old one goes first
        os.replace(staging, final)

    def retrieve_response(self, spider: Spider, request: Request) -> Response | None:
        """The cached response, or None when there is none or it cannot be read whole."""
        try:
            return super().retrieve_response(spider, request)
        except _TORN as exc:
            logger.warning("ignoring an unreadable HTTP cache entry for %s: %s", request.url, exc)
            return None
