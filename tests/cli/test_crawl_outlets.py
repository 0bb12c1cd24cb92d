"""`aggregator outlets` edits a copy of the registry; `crawl` rejects bad option mixes in one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.cli.test_errors import assert_one_line_error
from tests.conftest import ROOT


def agg(tmp_path, *args):  # type: ignore[no-untyped-def]
    env = {**os.environ, "AGGREGATOR_OUTLETS": str(tmp_path / "outlets.json")}
    return subprocess.run([sys.executable, "-m", "aggregator", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, check=False, timeout=120)


def test_outlets_add_list_remove(tmp_path):
    proc = agg(tmp_path, "outlets", "add", "Example TV", "--domain", "www.exampletv.com", "--alias", "ETV",
               "--home", "https://www.exampletv.com/", "--sitemap", "https://www.exampletv.com/sitemap.xml",
               "--feed", "https://feeds.exampletv.com/all.rss")
    assert proc.returncode == 0, proc.stderr
    saved = json.loads((tmp_path / "outlets.json").read_text())
    mine = [o for o in saved["outlets"] if o["name"] == "Example TV"]
    assert mine and mine[0]["domains"] == ["exampletv.com"]
    assert mine[0]["start"]["feeds"] == ["https://feeds.exampletv.com/all.rss"]
    assert len(saved["outlets"]) > 10          # the packaged outlets came along

    listed = json.loads(agg(tmp_path, "outlets", "list", "exampletv", "--json").stdout)
    assert [o["name"] for o in listed] == ["Example TV"]
    assert "Variety" in agg(tmp_path, "outlets", "list").stdout

    assert agg(tmp_path, "outlets", "remove", "ETV").returncode == 0
    assert_one_line_error(agg(tmp_path, "outlets", "list", "exampletv"), 1, "no outlet matching")
    assert_one_line_error(agg(tmp_path, "outlets", "remove", "Example TV"), 1, "no outlet called")


def test_outlets_add_rejects_bad_input(tmp_path):
    assert_one_line_error(agg(tmp_path, "outlets", "add", "X", "--domain", "x.com", "--home", "https://y.com/"),
                          2, "not on the outlet's domains")
    assert_one_line_error(agg(tmp_path, "outlets", "add", "Other", "--domain", "variety.com"), 2, "variety.com")
    assert not (tmp_path / "outlets.json").exists()


def test_crawl_option_errors(tmp_path):
    db = f"sqlite:///{tmp_path}/x.db"
    assert_one_line_error(agg(tmp_path, "crawl", "--live", "--from", "fixtures/sites", "--db", db), 2, "exclude")
    assert_one_line_error(agg(tmp_path, "crawl", "--save-warc", "x.warc.gz", "--db", db), 2, "needs --live")
    assert_one_line_error(agg(tmp_path, "crawl", "--live", "--outlet", "No Such Outlet", "--db", db), 2,
                          "unknown outlet")
    assert_one_line_error(agg(tmp_path, "crawl", "--distributed", "--db", db), 2, "--redis")
    assert_one_line_error(agg(tmp_path, "crawl", "--distributed", "--redis", "redis://127.0.0.1:1", "--db", db),
                          2, "postgresql")
    assert_one_line_error(agg(tmp_path, "crawl", "--live", "--save-warc", "out.zip", "--db", db), 2, ".warc")
    assert not (tmp_path / "x.db").exists()
