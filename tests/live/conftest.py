"""Helpers for live-crawl tests: the CLI in a subprocess with a private outlet registry."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.live.fakeoutlet import FakeOutlet

# Fast, still polite: AutoThrottle stays on, only its starting delay and the backoff base shrink.
QUICK = ["-s", "AUTOTHROTTLE_START_DELAY=0.01", "-s", "RETRY_BACKOFF_BASE=0.05", "-s", "DOWNLOAD_TIMEOUT=10",
         "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "AUTOTHROTTLE_TARGET_CONCURRENCY=8"]


class Cli:
    """Runs `python -m aggregator` with AGGREGATOR_OUTLETS pointing at a test registry."""

    def __init__(self, tmp: Path) -> None:
        self.env = {**os.environ, "AGGREGATOR_OUTLETS": str(tmp / "outlets.json"),
                    "AGGREGATOR_CONTACT": "ops@example.org"}

    def argv(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "aggregator", *args]

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.argv(*args), cwd=ROOT, env=self.env, capture_output=True, text=True,
                              check=False, timeout=timeout)

    def popen(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(self.argv(*args), cwd=ROOT, env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)

    def register(self, site: FakeOutlet, name: str = "Fake Outlet") -> None:
        proc = self.run("outlets", "add", name, "--domain", "127.0.0.1", "--home", site.base + "/",
                        "--sitemap", site.base + "/sitemap.xml", "--feed", site.base + "/feed.xml")
        assert proc.returncode == 0, proc.stderr


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


def count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]
