from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, inspect, select

from aggregator.db import models as m
from aggregator.db.ingest import Ingestor
from aggregator.db.migrate import downgrade, upgrade
from aggregator.db.session import make_engine
from aggregator.items import (
    Article,
    CastCredit,
    DateRange,
    OutletRef,
    ReleaseClaim,
    SavedPage,
    SourceRef,
)


@pytest.fixture
def engine(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    yield engine
    engine.dispose()


def _page(body: bytes, fetched: datetime, claim_date: date, precision="day", cast=("Patrick Stewart",)) -> SavedPage:
    article = Article(
        url="https://www.ex.com/picard-s2", outlet=OutletRef("Example", "ex.com"), title="Picard S2",
        published=datetime(2020, 6, 1, tzinfo=UTC), is_preview=True, show="Star Trek: Picard", season=2,
        release_claims=[ReleaseClaim(2, "premiere", DateRange(claim_date, claim_date, precision), "speculative",
                                     "Season 2 is likely to land then.", ["Rolling Stone"])],
        cast=[CastCredit(a, "Picard", "returning") for a in cast],
        sources=[SourceRef("Rolling Stone", "rollingstone.com"), SourceRef("Example", "ex.com")],
    )
    return SavedPage(url=article.url, fetched_at=fetched, body=body, article=article)


def count(engine, model) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def test_store_is_idempotent_and_keeps_evidence(engine):
    first = _page(b"v1", datetime(2020, 6, 2, tzinfo=UTC), date(2021, 1, 15))
    counts = Ingestor(engine).store([first])
    assert (counts.revisions, counts.claims, counts.cast_credits, counts.citations) == (1, 1, 1, 1)
    # The same page again, by a fresh ingestor (a second replay): nothing added.
    again = Ingestor(engine).store([_page(b"v1", datetime(2020, 6, 2, tzinfo=UTC), date(2021, 1, 15))])
    assert again.revisions == 0
    assert count(engine, m.ReleaseClaim) == 1
    with engine.connect() as conn:
        cited = conn.execute(select(m.Outlet.name).join(m.ClaimCite, m.ClaimCite.outlet_id == m.Outlet.id)).scalars().all()
        own = conn.execute(select(m.Citation.name_as_written)).scalars().all()
    assert cited == ["Rolling Stone"]
    assert own == ["Rolling Stone"]  # the page's own outlet is never a citation


def test_changed_page_is_a_new_revision_unchanged_is_not(engine):
    ing = Ingestor(engine)
    ing.store([_page(b"v1", datetime(2020, 6, 2, tzinfo=UTC), date(2021, 1, 15))])
    unchanged = ing.store([_page(b"v1", datetime(2020, 7, 2, tzinfo=UTC), date(2021, 1, 15))])
    assert (unchanged.revisions, unchanged.unchanged) == (0, 1)
    changed = ing.store([_page(b"v2", datetime(2020, 8, 2, tzinfo=UTC), date(2021, 3, 3),
                               cast=("Patrick Stewart", "Whoopi Goldberg"))])
    assert changed.revisions == 1
    assert count(engine, m.Revision) == 2
    assert count(engine, m.ReleaseClaim) == 2
    assert count(engine, m.CastCredit) == 3


def test_article_cache_is_bounded_and_a_forgotten_article_is_read_again(engine, monkeypatch):
    import dataclasses

    from aggregator.db import ingest

    monkeypatch.setattr(ingest, "ARTICLE_CACHE", 1)
    ing = Ingestor(engine)

    def at(url: str, body: bytes, month: int) -> SavedPage:
        page = _page(body, datetime(2020, month, 2, tzinfo=UTC), date(2021, month, 15))
        return dataclasses.replace(page, url=url, article=dataclasses.replace(page.article, url=url))

    ing.store([at("https://www.ex.com/a", b"a1", 1), at("https://www.ex.com/b", b"b1", 1)])
    ing.store([at("https://www.ex.com/c", b"c1", 2)])  # the cache of two was over its bound: cleared first
    assert len(ing._articles) == 1
    changed = ing.store([at("https://www.ex.com/a", b"a2", 3)])
    assert changed.revisions == 1
    assert count(engine, m.Article) == 3 and count(engine, m.Revision) == 4


def test_failed_page_is_recorded_with_reason(engine):
    page = SavedPage(url="https://www.ex.com/broken", fetched_at=datetime(2020, 1, 1, tzinfo=UTC), body=b"",
                     error="empty page")
    counts = Ingestor(engine).store([page])
    assert counts.failed == 1
    with engine.connect() as conn:
        assert conn.execute(select(m.Failure.reason)).scalar_one() == "empty page"


def test_migrations_downgrade_to_base_and_up_again(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    assert {"release_claims", "revisions", "citations"} <= set(inspect(engine).get_table_names())
    downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)
    assert "cast_credits" in inspect(engine).get_table_names()
    engine.dispose()


def test_migration_0002_keeps_data_both_ways(db_url):
    """Upgrading a 0001 database with claims in it, and downgrading again, loses no claim."""
    engine = make_engine(db_url)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(text("insert into outlets (id, key, domain, name) values (1, 'ex.com', 'ex.com', 'Ex')"))
        conn.execute(text("insert into articles (id, url, outlet_id) values (1, 'https://ex.com/a', 1)"))
        conn.execute(text("insert into revisions (id, article_id, fetched_at, content_hash, published, is_preview)"
                          " values (1, 1, '2021-01-02 00:00:00', 'h', '2021-01-01 00:00:00', true)"))
        conn.execute(text("insert into release_claims (id, revision_id, position, said_at, event, date_from, date_to,"
                          " precision, certainty, text) values (1, 1, 0, '2021-01-01 00:00:00', 'premiere',"
                          " '2022-03-03', '2022-03-03', 'day', 'confirmed', 's')"))
    upgrade(engine)
    assert {"facts", "person_aliases", "outlet_aliases"} <= set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        said = conn.execute(select(m.Revision.said_at)).scalar_one()
    assert said.replace(tzinfo=None) == datetime(2021, 1, 1)
    downgrade(engine, "0001")
    assert "facts" not in inspect(engine).get_table_names()
    assert "said_at" not in {c["name"] for c in inspect(engine).get_columns("revisions")}
    assert count(engine, m.ReleaseClaim) == 1
    engine.dispose()
