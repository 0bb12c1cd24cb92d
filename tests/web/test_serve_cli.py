"""`aggregator serve`: starts a real server on 127.0.0.1; bad input is one line, exit 2."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx

from tests.cli.test_errors import assert_one_line_error, run
from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_http_and_stops(site):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "aggregator", "serve", "--db", site.db_url, "--port", str(port),
                             "--store", str(site.store)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/shows/star-trek-picard", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert r.status_code == 200 and "Star Trek: Picard" in r.text
        assert httpx.get(f"http://127.0.0.1:{port}/static/vendor/vega-embed.min.js").status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        stderr = proc.stderr.read() if proc.stderr else ""
    assert f"serving http://127.0.0.1:{port}/" in stderr
    assert "Traceback" not in stderr


def test_serve_missing_database(tmp_path):
    assert_one_line_error(run("serve", "--db", f"sqlite:///{tmp_path / 'none.db'}"), 2, "no database at")


def test_serve_bad_store(site, tmp_path):
    assert_one_line_error(run("serve", "--db", site.db_url, "--store", str(tmp_path)), 2, "not a saved-page store")


def test_serve_port_taken(site):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert_one_line_error(run("serve", "--db", site.db_url, "--port", str(port)), 2, "cannot listen on")


def test_serve_help_has_an_example():
    proc = run("serve", "--help")
    assert proc.returncode == 0 and "Example:" in proc.stdout and "--store" in proc.stdout
