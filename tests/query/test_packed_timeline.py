"""SQLite's timeline reads packed shapes and evidence (migration 0005) from the timeline
index alone, and answers exactly as the plain columns do, NULLs and odd urls included."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from aggregator.query import claim_timeline
from aggregator.query.shows import find_outlet
from aggregator.query.timeline import _chosen, _packed_rows, _timeline_rows
from tests.query.test_questions import picard


@pytest.fixture
def sqlite_conn(conn):
    if conn.dialect.name != "sqlite":
        pytest.skip("the packed columns are SQLite's")
    return conn


def _both(conn, params, limit=None, offset=0):
    """(packed, plain) answers to one timeline question."""
    params = dict(params)
    if limit is not None:
        params["limit"] = limit
    if offset:
        params["offset"] = offset
    return (_packed_rows(conn, _chosen(params, limit, offset, True)[0], params),
            _timeline_rows(conn, _chosen(params, limit, offset, False)[0], params))


def _questions(conn):
    show = picard(conn)
    deadline = find_outlet(conn, "deadline.com").id
    claim = conn.execute(text("select min(id) from release_claims where show_id = :s"), {"s": show}).scalar()
    return [({"show_id": show}, None, 0), ({"show_id": show, "season": 2}, None, 0),
            ({"show_id": show, "season": 2, "event": "premiere"}, None, 0),
            ({"show_id": show, "season": 2, "outlet_id": deadline}, None, 0),
            ({"show_id": show, "since": datetime(2020, 9, 1, tzinfo=UTC)}, None, 0),
            ({"show_id": show, "season": 2}, 3, 2), ({"show_id": show, "claim_id": claim}, None, 0)]


def test_packed_rows_equal_the_plain_columns(sqlite_conn):
    for params, limit, offset in _questions(sqlite_conn):
        packed, plain = _both(sqlite_conn, params, limit, offset)
        assert packed == plain and packed
        assert [list(row) for row in packed] == [list(row) for row in plain]  # same keys, same order
    assert claim_timeline(sqlite_conn, picard(sqlite_conn), 2) == _both(sqlite_conn, _questions(sqlite_conn)[1][0])[1]


def test_packed_rows_keep_nulls_and_odd_urls(sqlite_conn):
    ids = [row[0] for row in sqlite_conn.execute(text("select id from release_claims order by id"))]
    assert len(ids) >= 4
    edits = [
        "update release_claims set published = null, content_hash = null where id = :i",
        "update release_claims set url = 'https://ex.com/a' || char(31) || 'b|c=', content_hash = '' where id = :i",
        "update release_claims set url = null, fetched_at = null where id = :i",
        "update release_claims set url = '', season_number = null where id = :i",
    ]
    for edit, claim_id in zip(edits, ids, strict=False):
        sqlite_conn.execute(text(edit), {"i": claim_id})
    for params, limit, offset in _questions(sqlite_conn):
        packed, plain = _both(sqlite_conn, params, limit, offset)
        assert packed == plain
    everything = _both(sqlite_conn, {"show_id": picard(sqlite_conn)})[0]
    by_id = {row["claim_id"]: row for row in everything}
    assert by_id[ids[0]]["published"] is None and by_id[ids[0]]["content_hash"] is None
    assert by_id[ids[1]]["url"] == "https://ex.com/a\x1fb|c=" and by_id[ids[1]]["content_hash"] == ""
    assert by_id[ids[2]]["url"] is None and by_id[ids[2]]["fetched_at"] is None
    assert by_id[ids[3]]["url"] == "" and by_id[ids[3]]["season"] is None


def test_the_sqlite_timeline_reads_only_the_index(sqlite_conn):
    """Every value comes from ix_release_claims_timeline, whatever the filters: no table row is read."""
    raw = sqlite_conn.connection.driver_connection
    roots = {name: root for name, root in raw.execute(
        "select name, rootpage from sqlite_master where name in ('release_claims', 'ix_release_claims_timeline')")}
    for params, limit, offset in _questions(sqlite_conn)[:-1]:  # not the one claim by id
        params = {**params, **({"limit": limit} if limit else {}), **({"offset": offset} if offset else {})}
        compiled = _chosen(params, limit, offset, True)[0].compile(dialect=sqlite_conn.dialect)
        values = [params[name] for name in compiled.positiontup]
        values = [v.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(v, datetime) else v for v in values]
        program = raw.execute("EXPLAIN " + str(compiled), values).fetchall()
        cursors = {row[2]: row[3] for row in program if row[1] == "OpenRead"}  # cursor -> root page
        read = {cursors[row[2]] for row in program if row[1] == "Column" and row[2] in cursors}
        assert read == {roots["ix_release_claims_timeline"]}, params
