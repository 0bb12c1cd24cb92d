"""`history` and `entities` through the command line."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_errors import assert_one_line_error, run
from tests.query import scenario as sc


@pytest.fixture
def db(tmp_path) -> str:
    return sc.sqlite_db(tmp_path / "picard.db")


def test_history(db):
    revs = json.loads(run("history", sc.DEADLINE, "--db", db, "--json").stdout)
    assert len(revs) == 3
    assert {c["change"] for c in revs[1]["changes"]} == {"made more precise", "certainty changed", "added"}
    table = run("history", sc.DEADLINE.rstrip("/"), "--db", db)
    assert table.returncode == 0, table.stderr
    assert "3 revisions" in table.stdout and "withdrawn" in table.stdout and "dropped" in table.stdout
    assert_one_line_error(run("history", "https://nowhere.example/x", "--db", db), 1, "no article")


def test_entities_show_merge_split(db):
    shown = json.loads(run("entities", "show", "Evan Evagor", "--db", db, "--json").stdout)
    evagor = next(r for r in shown if r["spelling"] == "Evan Evagor")
    assert evagor["rule"] == "similar" and evagor["entity"] == "Evan Evagora" and evagor["outlet"] == "Variety"
    split = run("entities", "split", "Evan Evagora", "Evan Evagor", "--db", db)
    assert split.returncode == 0 and "1 cast credits moved" in split.stdout
    assert run("entities", "merge", "Evan Evagora", "Evan Evagor", "--db", db).returncode == 0
    assert_one_line_error(run("entities", "merge", "Evan Evagora", "Nobody Else", "--db", db), 2, "not two known")
    assert_one_line_error(run("entities", "show", "Zzyzx Qwv", "--db", db), 1, "no person, show or outlet")
    picard = run("entities", "show", "Picard", "--db", db)
    assert "Star Trek: Picard" in picard.stdout and "registry" in picard.stdout
