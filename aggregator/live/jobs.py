"""Resumable crawls: a job directory that survives any stop, SIGKILL included.

Scrapy's JOBDIR (`<jobdir>/scrapy`) keeps the frontier and the seen-requests
filter, but writes them whole only on a clean stop (Ctrl-C once, SIGTERM, or
the end). A crawl killed harder leaves them stale or half-written. So a job
also keeps:

- `done.txt`: the URLs of article pages already committed to the database,
  appended and fsynced by the store pipeline right after each batch commits;
- `RUNNING`: present while a crawl runs. Found at start, it means the last run
  did not stop cleanly: Scrapy's queue and filter are dropped, and the frontier
  is found again from the start pages (sitemaps, feeds, sections: cheap, and
  served from the HTTP cache when unchanged), skipping every URL in done.txt.

At most one batch can be fetched again (committed, then killed before
done.txt was written); the database stores a refetched unchanged page as
nothing new, so no row is ever stored twice.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.dupefilters import RFPDupeFilter

from aggregator.store.manifest import normalize_url

DONE = "done.txt"
RUNNING = "RUNNING"
SCRAPY_DIR = "scrapy"

JobState = Literal["new", "resumed", "recovered"]


class JobDir:
    """One crawl job's directory."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    @property
    def scrapy_dir(self) -> Path:
        return self.path / SCRAPY_DIR

    def start(self) -> JobState:
        """Prepare for a run: new job, clean resume, or recovery after an unclean stop."""
        self.path.mkdir(parents=True, exist_ok=True)
        marker = self.path / RUNNING
        if marker.exists():
            state: JobState = "recovered"
            # Scrapy's frontier and filter were not saved whole; find the frontier again.
            shutil.rmtree(self.scrapy_dir, ignore_errors=True)
        elif self.scrapy_dir.exists():
            state = "resumed"
        else:
            state = "new"
        self.scrapy_dir.mkdir(exist_ok=True)
        marker.write_text(str(os.getpid()), encoding="utf-8")
        return state

    def finish(self) -> None:
        """The run stopped cleanly (finished or paused with Scrapy's state saved)."""
        (self.path / RUNNING).unlink(missing_ok=True)

    def done_urls(self) -> set[str]:
        """Normalized URLs already stored by this job."""
        path = self.path / DONE
        if not path.exists():
            return set()
        with path.open(encoding="utf-8", errors="replace") as fh:
            # A line cut short by a kill has no newline: it is not counted as done.
            return {line[:-1] for line in fh if line.endswith("\n")}


def append_done(jobdir: str | Path, urls: Iterable[str]) -> None:
    """Record URLs as stored; durable (fsync) before returning."""
    lines = "".join(normalize_url(u) + "\n" for u in urls)
    if not lines:
        return
    with (Path(jobdir) / DONE).open("a", encoding="utf-8") as fh:
        fh.write(lines)
        fh.flush()
        os.fsync(fh.fileno())


class JobDupeFilter(RFPDupeFilter):
    """Scrapy's filter (persisted in JOBDIR) that also treats the job's stored URLs as seen."""

    def __init__(self, *args, done: set[str] | None = None, stats=None, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.done = done or set()
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JobDupeFilter:
        from scrapy.utils.job import job_dir

        jobdir = crawler.settings.get("AGGREGATOR_JOBDIR")
        done = JobDir(jobdir).done_urls() if jobdir else set()
        return cls(job_dir(crawler.settings), crawler.settings.getbool("DUPEFILTER_DEBUG"),
                   fingerprinter=crawler.request_fingerprinter, done=done, stats=crawler.stats)

    def request_seen(self, request: Request) -> bool:
        if self.done and normalize_url(request.url) in self.done:
            if self.stats is not None:
                self.stats.inc_value("aggregator/already_stored")
            return True
        return super().request_seen(request)
