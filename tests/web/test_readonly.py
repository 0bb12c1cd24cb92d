"""The web UI cannot write: SQLite opened with mode=ro, PostgreSQL sessions read-only."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from aggregator.web.app import create_app
from aggregator.web.readonly import ReadOnlyDatabaseError, readonly_engine
from tests.web.conftest import build_site


def _try_write(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as conn:
        conn.execute(text("insert into outlets (key, domain, name) values ('x.com', 'x.com', 'X')"))


def test_sqlite_engine_refuses_writes(site):
    engine = readonly_engine(site.db_url)
    with pytest.raises(DBAPIError, match="readonly"):
        _try_write(engine)
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from outlets where key = 'x.com'")).scalar() == 0


def test_postgres_engine_refuses_writes_and_serves_pages(pg_url, tmp_path):
    build_site(tmp_path, pg_url)
    engine = readonly_engine(pg_url)
    with pytest.raises(DBAPIError, match="read-only"):
        _try_write(engine)
    client = TestClient(create_app(engine=engine, stores=[tmp_path / "store"]))
    r = client.get("/", params={"q": "star trek picrd"})
    assert r.status_code == 200 and "Star Trek: Picard" in r.text
    body = client.get("/api/shows/star-trek-picard", params={"season": 2}).json()
    assert body["tables"]["claims"]["total"] == 6
    assert body["tables"]["first"]["items"][0]["first_outlet"] == "TVLine"


@pytest.mark.parametrize("url, needle", [
    ("sqlite:///{tmp}/nope.db", "no database at"),
    ("sqlite:///:memory:", "in-memory"),
    ("not a url", "not a database URL"),
    ("mysql://x@localhost/db", "unsupported database"),
])
def test_bad_databases_are_refused_clearly(tmp_path, url, needle):
    with pytest.raises(ReadOnlyDatabaseError, match=needle):
        readonly_engine(url.format(tmp=tmp_path))


def test_an_empty_file_is_not_an_aggregator_database(tmp_path):
    import sqlite3

    sqlite3.connect(tmp_path / "empty.db").close()
    with pytest.raises(ReadOnlyDatabaseError, match="not an aggregator database"):
        readonly_engine(f"sqlite:///{tmp_path / 'empty.db'}")
