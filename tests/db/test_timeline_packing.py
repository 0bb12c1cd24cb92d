"""Migration 0005: on SQLite, release_claims packs a claim's shape and its revision's
evidence in two virtual columns that the timeline index covers; PostgreSQL is unchanged."""

from sqlalchemy import inspect, text

from aggregator.db.migrate import downgrade, upgrade
from aggregator.db.session import make_engine

PACKED = ["timeline_shape", "timeline_evidence"]
US = "\x1f"


def _index_columns(engine):
    return next(i for i in inspect(engine).get_indexes("release_claims")
                if i["name"] == "ix_release_claims_timeline")["column_names"]


def _insert(conn):
    conn.execute(text("insert into outlets (id, key, domain, name) values (7, 'ex.com', 'ex.com', 'Ex')"))
    conn.execute(text("insert into shows (id, title, key) values (1, 'Show', 'show')"))
    conn.execute(text("insert into articles (id, url, outlet_id) values (1, 'https://ex.com/a', 7)"))
    conn.execute(text("insert into revisions (id, article_id, fetched_at, content_hash, published, is_preview)"
                      " values (1, 1, '2021-01-02 00:00:00.000000', 'h1', null, true)"))
    conn.execute(text("insert into release_claims (id, revision_id, position, show_id, season_number, said_at,"
                      " event, date_from, date_to, precision, certainty, text, article_id, outlet_id, fetched_at,"
                      " published, content_hash, url) values"
                      " (1, 1, 0, 1, 2, '2021-01-02 00:00:00.000000', 'premiere', '2022-03-01', '2022-03-31',"
                      " 'month', 'reported', 's', 1, 7, '2021-01-02 00:00:00.000000', null, 'h1', 'https://ex.com/a'),"
                      " (2, 1, 1, 1, null, '2021-01-02 00:00:00.000000', 'finale', '2022-05-05', '2022-05-05',"
                      " 'day', 'confirmed', 't', 1, 7, null, null, null, null)"))


def test_migration_0005_packs_on_sqlite_and_drops_again(db_url):
    engine = make_engine(db_url)
    upgrade(engine, "0004")
    before = _index_columns(engine)
    with engine.begin() as conn:
        _insert(conn)
    upgrade(engine)
    sqlite = engine.dialect.name == "sqlite"
    columns = {c["name"] for c in inspect(engine).get_columns("release_claims")}
    if sqlite:
        assert set(PACKED) <= columns
        index = _index_columns(engine)
        assert index == ["show_id", "season_number", "said_at", "fetched_at", "position", "event", "outlet_id",
                         "text", *PACKED, "cited_outlet_ids"]
        with engine.connect() as conn:
            rows = conn.execute(text("select timeline_shape, timeline_evidence from release_claims order by id")).all()
        assert rows == [
            (f"2{US}premiere{US}2022-03-01{US}2022-03-31{US}month{US}reported",
             f"2021-01-02 00:00:00.000000{US}2021-01-02 00:00:00.000000{US}{US}7{US}=h1{US}=https://ex.com/a"),
            (f"{US}finale{US}2022-05-05{US}2022-05-05{US}day{US}confirmed",
             f"2021-01-02 00:00:00.000000{US}{US}{US}7{US}{US}"),
        ]
    else:
        assert not set(PACKED) & columns
        assert _index_columns(engine) == before
    downgrade(engine, "0004")
    assert not set(PACKED) & {c["name"] for c in inspect(engine).get_columns("release_claims")}
    assert _index_columns(engine) == before
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from release_claims")).scalar() == 2
    upgrade(engine)  # and up again
    engine.dispose()
