"""The HTML pages, through Starlette's TestClient: what each shows, links and escapes."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest

from tests.web.conftest import (
    DEADLINE_SENTENCE,
    SHOWBIZ_SENTENCE,
    TVLINE_NEW,
    TVLINE_OLD,
    XSS_SENTENCE,
)

SHOW_URL = "/shows/star-trek-picard"


def text_of(html: str) -> str:
    """The visible text, roughly (tags dropped, entities decoded, spaces collapsed)."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_index_has_a_search_form(client):
    r = client.get("/")
    assert r.status_code == 200
    assert '<form class="big-search" action="/" method="get">' in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]


@pytest.mark.parametrize("typed", ["Star Trek: Picard", "star trek picard", "star trek picrd", "Picard"])
def test_search_tolerates_typos_and_redirects_to_the_show(client, typed):
    r = client.get("/", params={"q": typed}, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == SHOW_URL


def test_search_without_a_match_says_so(client):
    r = client.get("/", params={"q": "Zzyzx Qwerty"})
    assert r.status_code == 404
    assert "No show matches “Zzyzx Qwerty”" in text_of(r.text)


def test_loose_show_segment_redirects_to_the_canonical_one(client):
    r = client.get("/shows/picard?season=2", follow_redirects=False)
    assert r.status_code == 307
    assert r.headers["location"].endswith("/shows/star-trek-picard?season=2")


def test_show_page_lists_claims_consensus_first_and_facts(client):
    r = client.get(SHOW_URL, params={"season": 2})
    assert r.status_code == 200
    page = text_of(r.text)
    assert "Star Trek: Picard, season 2" in page
    assert "Season 3" in page  # the season switcher
    for section in ("Timeline", "Consensus now", "Who said each date first", "Recorded facts", "Every claim"):
        assert section in page
    # Deadline said 2022-02-17 first; ScreenPulse and Showbiz Daily repeated it (Showbiz with credit).
    first = r.text[r.text.index('data-table="first"'):]
    first = first[:first.index("</table>")]
    row = next(tr for tr in first.split("<tr>") if "2022-02-17" in tr)
    assert "Deadline" in row and "ScreenPulse (2021-10-25)" in row and "Showbiz Daily (2021-10-26, credits first)" in row
    assert "2022-02-17" in text_of(r.text[r.text.index('id="facts"'):r.text.index('id="consensus_history"')])
    # Every claim links to its claim page.
    assert re.search(r'href="/shows/star-trek-picard/claims/\d+"', r.text)


def test_show_page_embeds_the_chart_spec_as_inert_json(client):
    r = client.get(SHOW_URL, params={"season": 2})
    block = re.search(r'<script type="application/json" id="timeline-spec">(.*?)</script>', r.text, re.DOTALL)
    assert block is not None
    spec = json.loads(block.group(1))
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    rows = spec["data"]["values"]
    assert {row["outlet"] for row in rows} >= {"Deadline", "TVLine", "ScreenPulse", "Showbiz Daily"}
    tvline_old = next(row for row in rows if row["sentence"] == TVLINE_OLD)
    assert (tvline_old["said"], tvline_old["from"], tvline_old["to"]) == ("2020-06-01", "2021-01-01", "2021-05-01")
    assert tvline_old["certainty"] == "speculative"
    # The hostile sentence is inside the JSON with < escaped, so it cannot close the block.
    assert "<script>window.__xss" not in block.group(1)
    assert '<script src="/static/vendor/vega-embed.min.js"></script>' in r.text


def test_scraped_text_is_escaped_on_every_page(client, site):
    ids = site.claim_ids()
    pages = [SHOW_URL, SHOW_URL + "?season=2", f"{SHOW_URL}/claims/{ids[XSS_SENTENCE]}", "/outlets/evil.com",
             "/citations", f"{SHOW_URL}/claims", f"{SHOW_URL}/first?season=2"]
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, url
        assert "<script>window.__xss" not in r.text, url
        assert 'href="javascript:' not in r.text, url
        assert "onerror=" not in r.text.replace("onerror=&#34;", ""), url
    claim = client.get(f"{SHOW_URL}/claims/{ids[XSS_SENTENCE]}")
    assert "&lt;script&gt;window.__xss" in claim.text


def test_claim_page_shows_evidence_in_context_credits_and_history(client, site):
    ids = site.claim_ids()
    r = client.get(f"{SHOW_URL}/claims/{ids[TVLINE_OLD]}")
    assert r.status_code == 200
    assert f"<mark>{TVLINE_OLD}</mark> Filming starts soon." in r.text
    page = text_of(r.text)
    assert "TVLine: premiere 2021-01-01 … 2021-04-30" in page
    assert "https://tvline.com/news/picard-season-2-date/" in page
    history = text_of(r.text[r.text.index('id="revisions"'):])
    assert "claim added: S2 premiere 2021-01-01 … 2021-04-30 (season, speculative)" in history
    assert "claim withdrawn: S2 premiere 2021-01-01 … 2021-04-30" in history
    assert 'class="saved-link" href="/saved?' in r.text

    credited = client.get(f"{SHOW_URL}/claims/{ids[SHOWBIZ_SENTENCE]}")
    assert '<dd class="credits">Deadline</dd>' in credited.text


def test_claim_page_links_to_the_outlet(client, site):
    ids = site.claim_ids()
    r = client.get(f"{SHOW_URL}/claims/{ids[DEADLINE_SENTENCE]}")
    assert '<a href="/outlets/deadline.com">Deadline</a>' in r.text


def test_saved_copy_not_available_is_said_plainly(site):
    from fastapi.testclient import TestClient

    from aggregator.web.app import create_app

    bare = TestClient(create_app(site.db_url))  # no store known
    ids = site.claim_ids()
    r = bare.get(f"{SHOW_URL}/claims/{ids[TVLINE_NEW]}")
    assert r.status_code == 200
    assert "Saved copy not available" in r.text
    assert f"<mark>{TVLINE_NEW}</mark>" in r.text  # the sentence is still the evidence
    saved = bare.get(f"/saved?url=https://tvline.com/news/picard-season-2-date/&hash={'0' * 64}")
    assert saved.status_code == 404
    assert "Saved copy not available" in saved.text


def test_unknown_things_are_404_pages(client):
    assert client.get("/shows/no-such-show-anywhere-xyz").status_code == 404
    r = client.get(f"{SHOW_URL}/claims/999999")
    assert r.status_code == 404 and "no claim 999999" in r.text
    assert client.get("/outlets/nowhere.invalid").status_code == 404


def test_outlet_page_shows_claims_credits_and_scorecard(client):
    r = client.get("/outlets/deadline.com")
    assert r.status_code == 200
    credited_by = text_of(r.text[r.text.index('id="credited_by"'):r.text.index('id="scorecard"')])
    assert "Showbiz Daily" in credited_by
    claims = text_of(r.text[r.text.index('id="claims"'):r.text.index('id="credits"')])
    assert DEADLINE_SENTENCE in claims
    scorecard = r.text[r.text.index('id="scorecard"'):]
    assert '<td class="c-right">1</td>' in scorecard and '<td class="c-wrong">0</td>' in scorecard


def test_outlet_page_by_name(client):
    assert client.get("/outlets/Showbiz Daily").status_code == 200


def test_citations_view(client):
    r = client.get("/citations")
    credits = text_of(r.text[r.text.index('id="credits"'):r.text.index('id="uncredited"')])
    assert "Showbiz Daily Deadline" in credits
    repeats = text_of(r.text[r.text.index('id="uncredited"'):])
    assert "ScreenPulse" in repeats and "Deadline" in repeats
    filtered = client.get("/citations", params={"outlet": "tvline.com"})
    assert "Showbiz Daily" not in text_of(filtered.text[filtered.text.index('id="credits"'):])


def test_long_lists_are_paginated(client):
    first = client.get(f"{SHOW_URL}/claims", params={"season": 2, "per_page": 2})
    assert first.status_code == 200
    assert "page 1 of 3 (6 rows)" in text_of(first.text)
    assert first.text.count('<tr>') == 3  # header + 2 rows
    assert 'rel="next"' in first.text and 'rel="prev"' not in first.text
    last = client.get(f"{SHOW_URL}/claims", params={"season": 2, "per_page": 2, "page": 3})
    assert "page 3 of 3" in text_of(last.text) and 'rel="prev"' in last.text
    beyond = client.get(f"{SHOW_URL}/claims", params={"season": 2, "per_page": 2, "page": 50})
    assert "page 3 of 3" in text_of(beyond.text)
    show = client.get(SHOW_URL, params={"season": 2, "per_page": 4})
    assert "page 1 of 2 (6 rows)" in text_of(show.text)


def test_pages_work_without_javascript(client):
    """Everything but the chart is plain HTML: links and GET forms, no script needed."""
    for url in ("/", SHOW_URL, "/citations", "/outlets/deadline.com"):
        r = client.get(url)
        scripts = re.findall(r"<script[^>]*>", r.text)
        assert all('src="/static/' in s or 'type="application/json"' in s for s in scripts), url


def test_bad_parameters_are_client_errors(client):
    assert client.get(SHOW_URL, params={"season": "two"}).status_code == 422
    assert client.get(SHOW_URL, params={"page": 0}).status_code == 422
    assert client.get("/?q=%00").status_code == 400
