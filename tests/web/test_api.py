"""The JSON API and CSV downloads: every page's data, paginated, described by OpenAPI."""

from __future__ import annotations

import csv
import io

import pytest

from tests.web.conftest import DEADLINE_SENTENCE, TVLINE_OLD

SHOW = "/api/shows/star-trek-picard"


def test_search(client):
    r = client.get("/api/search", params={"q": "star trek picrd"})
    assert r.status_code == 200
    assert r.json()["match"] == {"id": r.json()["match"]["id"], "title": "Star Trek: Picard",
                                 "slug": "star-trek-picard", "href": "/shows/star-trek-picard"}
    assert client.get("/api/search", params={"q": "zzyzx qwerty"}).json()["match"] is None


def test_show_has_chart_and_every_table(client):
    body = client.get(SHOW, params={"season": 2}).json()
    assert body["show"]["title"] == "Star Trek: Picard"
    assert body["seasons"] == [2, 3] and body["season"] == 2
    assert body["chart"]["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    tables = body["tables"]
    assert set(tables) == {"claims", "first", "consensus", "consensus_history", "facts"}
    assert tables["claims"]["total"] == 6
    first = next(row for row in tables["first"]["items"] if row["date_from"] == "2022-02-17")
    assert first["first_outlet"] == "Deadline"
    assert [(r["outlet"], r["credits_first"]) for r in first["repeated_by"]] == [
        ("ScreenPulse", False), ("Showbiz Daily", True)]
    assert tables["facts"]["items"][0]["date"] == "2022-02-17"
    top = tables["consensus"]["items"][0]
    assert (top["date_from"], top["independent"]) == ("2022-02-17", 2)


def test_claim_detail(client, site):
    claim_id = site.claim_ids()[TVLINE_OLD]
    body = client.get(f"{SHOW}/claims/{claim_id}").json()
    assert body["claim"]["text"] == TVLINE_OLD
    assert body["claim"]["outlet"] == {"name": "TVLine", "domain": "tvline.com"}
    assert body["claim"]["fetched_at"] == "2020-06-01T10:00:00+00:00"
    assert body["context"] == {"before": "", "match": TVLINE_OLD, "after": " Filming starts soon."}
    assert body["saved"]["available"] is True
    revisions = body["revisions"]
    assert revisions["total"] == 2
    assert [c["change"] for c in revisions["items"][1]["changes"]] == ["added", "withdrawn"]


def test_pagination_numbers(client):
    body = client.get(f"{SHOW}/claims", params={"season": 2, "per_page": 4, "page": 2}).json()
    assert (body["page"], body["per_page"], body["total"], body["pages"]) == (2, 4, 6, 2)
    assert len(body["items"]) == 2
    assert client.get(f"{SHOW}/claims", params={"per_page": 501}).status_code == 422


def test_csv_of_a_show_table(client):
    r = client.get(f"{SHOW}/claims.csv", params={"season": 2})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert 'filename="star-trek-picard-season-2-claims.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 6  # every row, not a page
    deadline = next(row for row in rows if row["outlet_name"] == "Deadline")
    assert deadline["text"] == DEADLINE_SENTENCE and deadline["outlet_domain"] == "deadline.com"
    showbiz = next(row for row in rows if row["outlet_name"] == "Showbiz Daily")
    assert showbiz["cites"] == "Deadline"


@pytest.mark.parametrize("url", [
    f"{SHOW}/first.csv?season=2", f"{SHOW}/consensus.csv?season=2", f"{SHOW}/consensus_history.csv",
    f"{SHOW}/facts.csv", "/api/outlets/deadline.com/credited_by.csv", "/api/outlets/deadline.com/claims.csv",
    "/api/outlets/deadline.com/scorecard.csv", "/api/citations/credits.csv", "/api/citations/uncredited.csv",
])
def test_every_table_downloads_as_csv(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows, url


def test_revisions_csv(client, site):
    claim_id = site.claim_ids()[TVLINE_OLD]
    rows = list(csv.DictReader(io.StringIO(client.get(f"{SHOW}/claims/{claim_id}/revisions.csv").text)))
    assert [row["revision"] for row in rows] == ["1", "2"]


def test_csv_cells_cannot_become_formulas():
    from aggregator.web.tables import Table, to_csv

    out = to_csv(Table("t", "t", [("a", "a")], [{"a": "=HYPERLINK(1)"}, {"a": "-5"}, {"a": "@SUM(A1)"}]))
    assert out.splitlines()[1:] == ["'=HYPERLINK(1)", "-5", "'@SUM(A1)"]


def test_outlet_and_citations(client):
    outlet = client.get("/api/outlets/deadline.com").json()
    assert outlet["outlet"]["name"] == "Deadline"
    assert [r["citing"] for r in outlet["tables"]["credited_by"]["items"]] == ["Showbiz Daily"]
    assert outlet["tables"]["scorecard"]["items"][0]["right"] == 1
    cites = client.get("/api/citations", params={"show": "picard"}).json()
    pairs = [(r["citing"], r["credited"]) for r in cites["tables"]["credits"]["items"]]
    assert ("Showbiz Daily", "Deadline") in pairs
    repeats = cites["tables"]["uncredited"]["items"]
    assert ("ScreenPulse", "Deadline") in [(r["repeater"], r["original"]) for r in repeats]


def test_not_found_is_json_404(client):
    r = client.get("/api/shows/nothing-like-this-xyz")
    assert r.status_code == 404 and "no show" in r.json()["detail"]
    assert client.get(f"{SHOW}/claims/424242").status_code == 404
    assert client.get("/api/outlets/nowhere.invalid").status_code == 404
    assert client.get("/api/citations", params={"outlet": "nowhere.invalid"}).status_code == 404


def test_openapi_document_describes_the_api(client):
    doc = client.get("/api/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    paths = set(doc["paths"])
    assert {"/api/search", "/api/shows/{name}", "/api/shows/{name}/{table}", "/api/shows/{name}/{table}.csv",
            "/api/shows/{name}/claims/{claim_id}", "/api/outlets/{key}", "/api/citations"} <= paths
    assert not any(not p.startswith("/api/") for p in paths)  # HTML pages stay out of the API document
