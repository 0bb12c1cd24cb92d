"""The saved copy: found by URL + fetched_at + content hash, cleaned, served sandboxed."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import urlencode

import lxml.html

from aggregator.web.saved import clean_html, evidence_context, find_saved
from tests.web.conftest import XSS_BODY

EVIL = "https://evil.com/picard/"
TVLINE = "https://tvline.com/news/picard-season-2-date/"


def test_find_saved_matches_revision_and_checks_the_hash(site):
    first = site.hashes[(TVLINE, "2020-06-01T10:00:00")]
    second = site.hashes[(TVLINE, "2021-10-20T10:00:00")]
    copy = find_saved([site.store], TVLINE, datetime(2020, 6, 1, 10, tzinfo=UTC), first)
    assert copy is not None and b"early 2021" in copy.body
    # SQLite's naive datetimes match the store's aware ones.
    assert find_saved([site.store], TVLINE, datetime(2021, 10, 20, 10), second).body.count(b"February 2022") == 1
    # A hash the bytes do not have is not served, whatever the URL and time say.
    assert find_saved([site.store], TVLINE, datetime(2020, 6, 1, 10, tzinfo=UTC), "0" * 64) is None
    assert find_saved([site.store / "missing"], TVLINE, None, first) is None


def test_clean_html_strips_everything_executable():
    cleaned = clean_html(XSS_BODY.encode())
    assert "<script" not in cleaned.lower()
    assert "javascript:" not in cleaned.lower()
    doc = lxml.html.document_fromstring(cleaned)
    assert not [(el.tag, a) for el in doc.iter() for a in el.attrib if a.lower().startswith("on")]
    for tag in ("<iframe", "<form", "<meta"):
        assert tag not in cleaned.lower()
    assert "Our sources say" in cleaned  # the article text is kept


def test_evidence_context_finds_the_sentence_and_tolerates_small_differences():
    body = b"<html><body><p>Intro.</p><p>Fans wait. The show returns in May 2024, says Variety. More.</p></body></html>"
    assert evidence_context(body, "The show returns in May 2024, says Variety.") == {
        "before": "Fans wait. ", "match": "The show returns in May 2024, says Variety.", "after": " More."}
    close = evidence_context(body, "The show returns in May 2024 says Variety")
    assert close is not None and "returns in May 2024" in close["match"]
    assert evidence_context(body, "Completely unrelated sentence about cooking pasta.") is None


def saved_query(site, url: str, fetched: str) -> str:
    return urlencode({"url": url, "hash": site.hashes[(url, fetched)], "at": fetched + "+00:00"})


def test_saved_page_is_a_sandboxed_iframe(client, site):
    r = client.get("/saved?" + saved_query(site, EVIL, "2021-11-01T09:00:00"))
    assert r.status_code == 200
    iframe = re.search(r"<iframe[^>]*>", r.text).group(0)
    assert ' sandbox ' in iframe and "allow-" not in iframe
    assert "&lt;script&gt;window.__xss" in r.text  # the page title, escaped
    assert "<script>window.__xss" not in r.text


def test_saved_raw_has_a_strict_policy_and_no_scripts(client, site):
    r = client.get("/saved/raw?" + saved_query(site, EVIL, "2021-11-01T09:00:00"))
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "sandbox" in csp and "script-src" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script" not in r.text.lower() and "javascript:" not in r.text.lower()
    assert "Star Trek: Picard season 2 will premiere in March 2022" in r.text


def test_saved_raw_unknown_revision(client):
    r = client.get("/saved/raw", params={"url": EVIL, "hash": "f" * 64})
    assert r.status_code == 404
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert client.get("/saved/raw", params={"url": EVIL, "hash": "not-a-hash"}).status_code == 422
