"""`first`, `citations`, `consensus`, `facts`, `scorecard`, `export` through the command line."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.cli.test_errors import assert_one_line_error, run
from tests.query import scenario as sc


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return sc.sqlite_db(tmp_path_factory.mktemp("q") / "picard.db")


def test_first(db):
    proc = run("first", "picard", "--season", "2", "--db", db)
    assert proc.returncode == 0, proc.stderr
    assert "Star Trek: Picard, season 2: 5 distinct claimed dates" in proc.stdout
    assert "(no credit)" in proc.stdout
    rows = json.loads(run("first", "Star Trek Picard", "--season", "2", "--db", db, "--json").stdout)
    assert rows[0]["first_outlet"] == "Deadline" and rows[0]["date_from"] == "2022-01-01"
    assert len(rows[0]["repeated_by"]) == 2


def test_citations(db):
    data = json.loads(run("citations", "--show", "Picard", "--db", db, "--json").stdout)
    assert {(c["citing"], c["credited"]) for c in data["credits"]} >= {("Variety", "Deadline"), ("Deadline", "Variety")}
    assert [(r["original"], r["match"]) for r in data["uncredited"]] == [("Deadline", "equal")]
    table = run("citations", "--outlet", "deadline.com", "--db", db)
    assert table.returncode == 0 and "Uncredited repeats (1):" in table.stdout
    rows = list(csv.DictReader(io.StringIO(run("citations", "--uncredited", "--csv", "--db", db).stdout)))
    assert len(rows) == 1 and rows[0]["original"] == "Deadline"
    assert_one_line_error(run("citations", "--show", "x", "--outlet", "y", "--db", db), 2, "not both")


def test_consensus(db):
    rows = json.loads(run("consensus", "picard", "--season", "2", "--event", "premiere", "--latest", "--json",
                          "--db", db).stdout)
    assert {r["as_of"] for r in rows} == {"2021-11-01"}
    assert abs(sum(r["weight"] for r in rows) - 1) < 0.01
    table = run("consensus", "picard", "--season", "2", "--by", "month", "--db", db)
    assert table.returncode == 0 and "2020-06-01" in table.stdout and "independent" in table.stdout
    assert_one_line_error(run("consensus", "picard", "--season", "9", "--db", db), 1, "no claims")


def test_facts_then_scorecard(db):
    assert_one_line_error(run("scorecard", "--db", db), 1, "no claims to score")
    added = run("facts", "add", "Star Trek Picard", "2", "premiere", "2022-03-03", "--source",
                "https://www.paramountplus.com/", "--db", db)
    assert added.returncode == 0 and added.stdout.startswith("added:")
    assert run("facts", "add", "Picard", "2", "premiere", "2022-03-03", "--db", db).stdout.startswith("unchanged")
    assert_one_line_error(run("facts", "add", "Picard", "2", "premiere", "March 3rd", "--db", db), 2, "YYYY-MM-DD")
    assert_one_line_error(run("facts", "add", "No Such Show", "2", "premiere", "2022-03-03", "--db", db), 1,
                          "no show")
    facts = json.loads(run("facts", "list", "--json", "--db", db).stdout)
    assert facts[0]["date"] == "2022-03-03" and facts[0]["source"] == "https://www.paramountplus.com/"
    card = {r["outlet"]: r for r in csv.DictReader(io.StringIO(run("scorecard", "--csv", "--db", db).stdout))}
    assert (card["Deadline"]["right"], card["Deadline"]["vague"], card["Deadline"]["wrong"]) == ("2", "1", "0")
    assert sum(int(r["wrong"]) for r in card.values()) == 1


def test_export(db):
    lines = run("export", "--format", "jsonl", "--show", "picard", "--db", db).stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == 9 and all(r["url"] and r["content_hash"] and r["sentence"] for r in rows)
    table = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--db", db).stdout)))
    assert len(table) == 9 and table[0].keys() >= {"outlet", "url", "fetched_at", "content_hash", "sentence", "cites"}
    assert any(r["cites"] == "Deadline" for r in table)


@pytest.mark.parametrize("args", [["history"], ["first"], ["citations"], ["consensus"], ["facts"], ["facts", "add"],
                                  ["facts", "list"], ["scorecard"], ["entities"], ["entities", "show"],
                                  ["entities", "merge"], ["entities", "split"], ["export"]])
def test_help_has_an_example(args):
    proc = run(*args, "--help")
    assert proc.returncode == 0 and "Example:" in proc.stdout
