"""Several processes ingesting overlapping pages into one database lose nothing and
duplicate nothing (SQLite file and PostgreSQL)."""

from __future__ import annotations

import multiprocessing
import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from aggregator.db import models as m
from aggregator.db.ingest import Ingestor
from aggregator.db.migrate import upgrade
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

OUTLETS = [("Deadline", "deadline.com"), ("Variety", "variety.com"), ("Collider", "collider.com"),
           ("Outlet Four", "four.example"), ("Outlet Five", "five.example")]
SHOWS = ["Star Trek: Picard", "The Witcher", "Ozark", "Made Up Show"]
CAST = ["Patrick Stewart", "Henry Cavill", "Jason Bateman", "Laura Linney", "Anya Chalotra", "New Face"]


def pages() -> list[SavedPage]:
    """30 articles x 2 revisions: 60 pages, 3 claims, 3 cast and 2 sources each."""
    out = []
    for i in range(30):
        name, domain = OUTLETS[i % len(OUTLETS)]
        url = f"https://www.{domain}/article-{i}/"
        for rev in range(2):
            start = date(2022, 1 + (i + rev) % 12, 1)
            claims = [ReleaseClaim(2, ev, DateRange(start, start + timedelta(days=k * 10), "month"), "reported",
                                   f"{ev} {i}/{rev}", [OUTLETS[(i + k + 1) % 5][0]])
                      for k, ev in enumerate(["premiere", "finale", "trailer"])]
            art = Article(url=url, outlet=OutletRef(name, domain), published=datetime(2021, 1, 1 + i % 28, tzinfo=UTC),
                          is_preview=True, show=SHOWS[i % len(SHOWS)], season=2, release_claims=claims,
                          cast=[CastCredit(CAST[(i + j + rev) % len(CAST)], None) for j in range(3)],
                          sources=[SourceRef(*OUTLETS[(i + 1) % 5]), SourceRef(*OUTLETS[(i + 2) % 5])])
            out.append(SavedPage(url=url, fetched_at=datetime(2021, 2, 1, tzinfo=UTC) + timedelta(days=30 * rev),
                                 body=f"{i}/{rev}".encode(), article=art))
    return out


def _worker(db_url: str, seed: int) -> None:
    engine = make_engine(db_url)
    ingestor = Ingestor(engine)
    todo = pages()
    random.Random(seed).shuffle(todo)
    for start in range(0, len(todo), 7):
        ingestor.store(todo[start:start + 7])
    engine.dispose()


def counts(engine) -> dict[str, int]:
    tables = [m.Outlet, m.Show, m.Season, m.Person, m.Article, m.Revision, m.ReleaseClaim, m.ClaimCite,
              m.CastCredit, m.Citation, m.OutletAlias, m.PersonAlias]
    with engine.connect() as conn:
        return {t.__tablename__: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in tables}


def test_three_writers_lose_nothing_and_duplicate_nothing(db_url, tmp_path):
    engine = make_engine(db_url)
    upgrade(engine)
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_worker, args=(db_url, seed)) for seed in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    together = counts(engine)
    engine.dispose()

    # The same pages stored by one writer alone.
    alone_engine = make_engine(f"sqlite:///{tmp_path / 'alone.db'}")
    upgrade(alone_engine)
    Ingestor(alone_engine).store(pages())
    alone = counts(alone_engine)
    alone_engine.dispose()
    assert together["revisions"] == 60 and together["release_claims"] == 180
    assert together == alone
