"""People, shows and outlets resolved, explained, merged and split (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from aggregator.db import models as m
from aggregator.db.ingest import Ingestor
from aggregator.db.migrate import upgrade
from aggregator.db.session import make_engine
from aggregator.entity_edits import EntityError, explain, merge, split
from tests.query import scenario as sc


@pytest.fixture
def engine(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    sc.build(engine)
    yield engine
    engine.dispose()


def people(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return dict(conn.execute(select(m.Person.name, m.Person.id)).all())


def test_misspelling_merges_within_the_cast_and_keeps_each_spelling(engine):
    assert set(people(engine)) == {"Patrick Stewart", "Evan Evagora", "Whoopi Goldberg"}
    with engine.connect() as conn:
        rows = explain(conn, "Evan Evagor")
        written = {row.actor_as_written for row in conn.execute(select(m.CastCredit.actor_as_written))}
    assert {"Evan Evagor", "Evan Evagora", "patrick stewart"} <= written  # the spelling each outlet used
    by_spelling = {r["spelling"]: r for r in rows if r["kind"] == "person"}
    assert by_spelling["Evan Evagor"]["rule"] == "similar" and by_spelling["Evan Evagor"]["outlet"] == "Variety"
    assert 90 <= by_spelling["Evan Evagor"]["score"] < 100
    assert by_spelling["Evan Evagora"]["rule"] == "new"
    assert {r["entity"] for r in rows if r["kind"] == "person"} == {"Evan Evagora"}


def test_a_different_name_is_not_merged(engine):
    pages = [sc.page("https://deadline.com/other/", sc.DL, sc.at(2021, 1, 1), "o1", published=sc.at(2021, 1, 1),
                     cast=["Evan Evans", "Patrick Stewart"])]
    Ingestor(engine).store(pages)
    assert "Evan Evans" in people(engine)


def test_split_then_merge_reverse_each_other_and_stick(engine):
    with engine.begin() as conn:
        done = split(conn, "Evan Evagora", "Evan Evagor")
    assert done["cast_credits_moved"] == 1
    assert {"Evan Evagora", "Evan Evagor"} <= set(people(engine))
    # A later page spelling it so stays apart: the analyst's split wins over similarity.
    later = sc.page("https://variety.com/later/", ("Variety", "variety.com"), sc.at(2021, 2, 1), "v9",
                    show="Picard", published=sc.at(2021, 2, 1), cast=["Evan Evagor"])
    Ingestor(engine).store([later])
    with engine.connect() as conn:
        evagor = conn.execute(select(m.CastCredit.person_id).where(m.CastCredit.actor_as_written == "Evan Evagor")
                              ).scalars().all()
    assert set(evagor) == {people(engine)["Evan Evagor"]}
    with engine.begin() as conn:
        merged = merge(conn, "Evan Evagora", "Evan Evagor")
    assert merged["cast_credits_moved"] == 2
    assert "Evan Evagor" not in people(engine)
    with engine.connect() as conn:
        rules = {r["spelling"]: r["rule"] for r in explain(conn, "Evan Evagora") if r["kind"] == "person"}
    assert rules["Evan Evagor"] == "merge"


def test_bad_edits_are_refused(engine):
    with engine.begin() as conn:
        with pytest.raises(EntityError, match="own name"):
            split(conn, "Evan Evagora", "Evan Evagora")
        with pytest.raises(EntityError, match="no spelling"):
            split(conn, "Evan Evagora", "Patrick Stewart")
        with pytest.raises(EntityError, match="not two known"):
            merge(conn, "Nobody Atall", "Evan Evagora")


def test_show_merge_moves_articles_and_claims(engine):
    other = sc.page("https://tvline.com/picard-2/", ("TVLine", "tvline.com"), sc.at(2021, 3, 1), "x1",
                    show="Star Trek Picardd", published=sc.at(2021, 3, 1), claims=[sc.claim(sc.MARCH_2022)])
    Ingestor(engine).store([other])
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.Show)).scalar_one() == 2
    with engine.begin() as conn:
        done = merge(conn, "Star Trek: Picard", "Star Trek Picardd")
    assert done["articles_moved"] == 1
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.Show)).scalar_one() == 1
        assert conn.execute(select(func.count(func.distinct(m.ReleaseClaim.show_id)))).scalar_one() == 1
        assert conn.execute(select(m.ShowAlias.rule).where(m.ShowAlias.alias == "Star Trek Picardd")).scalar() == "merge"


def test_outlet_names_resolve_through_aliases(engine):
    with engine.connect() as conn:
        rows = explain(conn, "Deadline Hollywood")
    outlet_rows = [r for r in rows if r["kind"] == "outlet"]
    assert outlet_rows and {r["entity"] for r in outlet_rows} == {"Deadline"}
    assert "deadline.com" in {r["spelling"] for r in outlet_rows}
