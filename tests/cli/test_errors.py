"""Bad input: one line on stderr, the documented exit status, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "aggregator", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def assert_one_line_error(proc: subprocess.CompletedProcess[str], status: int, needle: str) -> None:
    assert proc.returncode == status, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert needle in lines[0]


def test_extract_missing_file(tmp_path):
    assert_one_line_error(run("extract", str(tmp_path / "nope.html")), 2, "no such file")


def test_extract_non_html(tmp_path):
    png = tmp_path / "image.html"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert_one_line_error(run("extract", str(png)), 2, "image.html")


def test_extract_bad_published(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><body><p>Hello there, this is a page.</p></body></html>")
    assert_one_line_error(run("extract", str(page), "--published", "last tuesday"), 2, "--published")


def test_bad_db_url(tmp_path):
    assert_one_line_error(run("claims", "Picard", "--db", "nosuchdb://x"), 2, "nosuchdb://x")


def test_missing_database_file(tmp_path):
    assert_one_line_error(run("claims", "Picard", "--db", f"sqlite:///{tmp_path}/none.db"), 2, "no database")
    assert not (tmp_path / "none.db").exists()


def test_crawl_missing_store_writes_nothing(tmp_path):
    db = tmp_path / "x.db"
    assert_one_line_error(run("crawl", "--from", str(tmp_path / "nostore"), "--db", f"sqlite:///{db}"), 2,
                          "store directory not found")
    assert not db.exists()


def _all_commands() -> list[list[str]]:
    from aggregator.cli import cli

    out: list[list[str]] = [[]]
    for name, command in sorted(cli.commands.items()):
        out.append([name])
        for sub in sorted(getattr(command, "commands", {})):
            out.append([name, sub])
    return out


def test_every_command_has_help_with_an_example():
    """Like sqlite-utils' docs test: a command without help or an example fails."""
    from click.testing import CliRunner

    from aggregator.cli import cli

    runner = CliRunner()
    missing = []
    for args in _all_commands():
        result = runner.invoke(cli, [*args, "--help"])
        if result.exit_code != 0 or not ("Example" in result.output or "Typical session" in result.output):
            missing.append(" ".join(args) or "aggregator")
    assert missing == []
    assert len(_all_commands()) >= 15
