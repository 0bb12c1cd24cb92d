"""Migration 0003 and ingest: each claim carries its revision's and article's evidence."""

from datetime import UTC, datetime

from sqlalchemy import inspect, select, text

from aggregator.db import models as m
from aggregator.db.ingest import Ingestor
from aggregator.db.migrate import downgrade, upgrade
from aggregator.db.session import make_engine
from tests.db.test_ingest import _page

EVIDENCE = ["article_id", "outlet_id", "fetched_at", "published", "content_hash", "url"]


def _joined(conn):
    """Each claim's evidence as the joins give it."""
    c, r, a = m.ReleaseClaim, m.Revision, m.Article
    return conn.execute(select(c.id, r.article_id, a.outlet_id, r.fetched_at, r.published, r.content_hash, a.url)
                        .join(r, r.id == c.revision_id).join(a, a.id == r.article_id).order_by(c.id)).all()


def _copied(conn):
    c = m.ReleaseClaim
    return conn.execute(select(c.id, c.article_id, c.outlet_id, c.fetched_at, c.published, c.content_hash, c.url)
                        .order_by(c.id)).all()


def test_ingest_fills_the_evidence_columns(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    ing = Ingestor(engine)
    ing.store([_page(b"v1", datetime(2020, 6, 2, tzinfo=UTC), datetime(2021, 1, 15).date())])
    ing.store([_page(b"v2", datetime(2020, 8, 2, tzinfo=UTC), datetime(2021, 3, 3).date())])
    with engine.connect() as conn:
        copied = _copied(conn)
        assert len(copied) == 2
        assert copied == _joined(conn)
        assert all(value is not None for row in copied for value in row)
    engine.dispose()


def test_migration_0003_fills_existing_claims_and_drops_again(db_url):
    engine = make_engine(db_url)
    upgrade(engine, "0002")
    with engine.begin() as conn:
        conn.execute(text("insert into outlets (id, key, domain, name) values (1, 'ex.com', 'ex.com', 'Ex'),"
                          " (2, 'other.com', 'other.com', 'Other')"))
        conn.execute(text("insert into articles (id, url, outlet_id) values (1, 'https://ex.com/a', 1),"
                          " (2, 'https://other.com/b', 2)"))
        conn.execute(text("insert into revisions (id, article_id, fetched_at, content_hash, published, is_preview)"
                          " values (1, 1, '2021-01-02 00:00:00', 'h1', '2021-01-01 00:00:00', true),"
                          " (2, 2, '2021-02-02 00:00:00', 'h2', null, true)"))
        conn.execute(text("insert into release_claims (id, revision_id, position, said_at, event, date_from, date_to,"
                          " precision, certainty, text) values"
                          " (1, 1, 0, '2021-01-01 00:00:00', 'premiere', '2022-03-03', '2022-03-03', 'day', 'confirmed', 's'),"
                          " (2, 2, 0, '2021-02-02 00:00:00', 'premiere', '2022-03-03', '2022-03-03', 'day', 'reported', 't')"))
    upgrade(engine)
    assert "ix_release_claims_timeline" in {i["name"] for i in inspect(engine).get_indexes("release_claims")}
    with engine.connect() as conn:
        copied = _copied(conn)
        assert copied == _joined(conn)
        assert [(row.outlet_id, row.content_hash, row.url) for row in copied] == [
            (1, "h1", "https://ex.com/a"), (2, "h2", "https://other.com/b")]
        assert copied[1].published is None
    downgrade(engine, "0002")
    columns = {c["name"] for c in inspect(engine).get_columns("release_claims")}
    assert not columns & set(EVIDENCE)
    assert "ix_release_claims_timeline" not in {i["name"] for i in inspect(engine).get_indexes("release_claims")}
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from release_claims")).scalar() == 2
    engine.dispose()


def _cites_joined(conn):
    """Each claim's credited outlet ids as claim_cites holds them, in stored order."""
    out: dict[int, list[int]] = {}
    for claim_id, outlet_id in conn.execute(select(m.ClaimCite.claim_id, m.ClaimCite.outlet_id)
                                            .order_by(m.ClaimCite.id)):
        out.setdefault(claim_id, []).append(outlet_id)
    return out


def test_ingest_copies_a_claims_credits_onto_it(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    page = _page(b"v1", datetime(2020, 6, 2, tzinfo=UTC), datetime(2021, 1, 15).date())
    page.article.release_claims[0].cites = ["Rolling Stone", "Deadline"]
    uncited = _page(b"v2", datetime(2020, 8, 2, tzinfo=UTC), datetime(2021, 3, 3).date())
    uncited.article.release_claims[0].cites = []
    Ingestor(engine).store([page])
    Ingestor(engine).store([uncited])
    with engine.connect() as conn:
        joined = _cites_joined(conn)
        copied = conn.execute(select(m.ReleaseClaim.id, m.ReleaseClaim.cited_outlet_ids)
                              .order_by(m.ReleaseClaim.id)).all()
    assert len(copied) == 2
    assert [[int(o) for o in ids.split()] if ids else [] for _, ids in copied] == [
        joined.get(claim_id, []) for claim_id, _ in copied]
    assert len(joined[copied[0][0]]) == 2 and copied[1][1] is None
    engine.dispose()


def test_migration_0004_fills_credits_in_order_and_drops_again(db_url):
    engine = make_engine(db_url)
    upgrade(engine, "0003")
    with engine.begin() as conn:
        conn.execute(text("insert into outlets (id, key, domain, name) values (1, 'ex.com', 'ex.com', 'Ex'),"
                          " (2, 'b.com', 'b.com', 'B'), (3, 'c.com', 'c.com', 'C')"))
        conn.execute(text("insert into articles (id, url, outlet_id) values (1, 'https://ex.com/a', 1)"))
        conn.execute(text("insert into revisions (id, article_id, fetched_at, content_hash, is_preview)"
                          " values (1, 1, '2021-01-02 00:00:00', 'h1', true)"))
        conn.execute(text("insert into release_claims (id, revision_id, position, said_at, event, date_from, date_to,"
                          " precision, certainty, text) values"
                          " (1, 1, 0, '2021-01-01 00:00:00', 'premiere', '2022-03-03', '2022-03-03', 'day', 'reported', 's'),"
                          " (2, 1, 1, '2021-01-01 00:00:00', 'finale', '2022-04-03', '2022-04-03', 'day', 'reported', 't')"))
        # Stored order, not outlet order: 3 was credited before 2.
        conn.execute(text("insert into claim_cites (id, claim_id, outlet_id) values (1, 1, 3), (2, 1, 2)"))
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("select id, cited_outlet_ids from release_claims order by id")).all() == [
            (1, "3 2"), (2, None)]
    if engine.dialect.name == "sqlite":
        index = next(i for i in inspect(engine).get_indexes("release_claims")
                     if i["name"] == "ix_release_claims_timeline")
        assert index["column_names"][-1] == "cited_outlet_ids"
    downgrade(engine, "0003")
    assert "cited_outlet_ids" not in {c["name"] for c in inspect(engine).get_columns("release_claims")}
    assert "ix_release_claims_timeline" in {i["name"] for i in inspect(engine).get_indexes("release_claims")}
    engine.dispose()
