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


def _overlapping_pages(writer: int) -> list[SavedPage]:
    """Each writer's own articles, naming the same new outlets, shows and people as the
    other writer's, in the opposite order (the order that deadlocks lock-holding batches)."""
    names = [(f"Shared Outlet {k}", f"shared{k}.example") for k in range(12)]
    # Names far apart, so none resolves to another as a similar spelling.
    people = [f"{first} {last}" for first, last in zip(
        ["Anna", "Bruno", "Chiara", "Dmitri", "Esther", "Fumiko", "Gustav", "Halima", "Ignacio", "Jolene", "Kwame",
         "Ludmila", "Matteo", "Nadia", "Oskar", "Priya", "Quentin", "Rosalind", "Stellan", "Tamsin", "Ulrich",
         "Valeria", "Wendell", "Ximena"],
        ["Abbott", "Brennan", "Castillo", "Duarte", "Eriksen", "Fontaine", "Gallagher", "Hoffmann", "Ivanova",
         "Jablonski", "Kowalczyk", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrovic", "Quispe", "Rahman",
         "Sorensen", "Takahashi", "Umberto", "Vasquez", "Whitfield", "Yilmaz"])]
    shows = [f"Shared Show {k}" for k in range(6)]
    if writer:
        names, people, shows = names[::-1], people[::-1], shows[::-1]
    out = []
    for i in range(48):
        name, domain = names[i % len(names)]
        url = f"https://www.{domain}/writer-{writer}/{i}/"
        when = date(2023, 1 + i % 12, 1)
        claims = [ReleaseClaim(1, "premiere", DateRange(when, when, "day"), "reported", f"claim {writer}/{i}",
                               [names[(i + 3) % len(names)][0]])]
        art = Article(url=url, outlet=OutletRef(name, domain), published=datetime(2022, 6, 1, tzinfo=UTC),
                      is_preview=True, show=shows[i % len(shows)], season=1, release_claims=claims,
                      cast=[CastCredit(people[(i * 3 + j) % len(people)], None) for j in range(3)],
                      sources=[SourceRef(*names[(i + 5) % len(names)])])
        out.append(SavedPage(url=url, fetched_at=datetime(2022, 7, 1, tzinfo=UTC), body=url.encode(), article=art))
    return out


def test_two_postgresql_writers_share_new_entities_without_waiting_on_each_other(pg_url):
    """Entities are created outside the batch transaction: two writers naming the same new
    outlets, shows and people concurrently never deadlock (no batch retried), and every
    entity exists once."""
    import threading

    engine = make_engine(pg_url)
    upgrade(engine)
    ingestors = [Ingestor(make_engine(pg_url)) for _ in range(2)]
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def write(k: int) -> None:
        try:
            todo = _overlapping_pages(k)
            for start in range(0, len(todo), 12):  # a batch names all 12 outlets before citing them
                barrier.wait(30)  # start every batch together, so they overlap
                ingestors[k].store(todo[start:start + 12])
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=write, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == [] and not any(t.is_alive() for t in threads)
    assert [ing.retries for ing in ingestors] == [0, 0]
    got = counts(engine)
    with engine.connect() as conn:
        outlet_keys = conn.execute(select(m.Outlet.key)).scalars().all()
        person_keys = conn.execute(select(m.Person.key)).scalars().all()
    assert len(outlet_keys) == len(set(outlet_keys)) == 12
    assert len(person_keys) == len(set(person_keys)) == 24
    assert got["shows"] == 6 and got["seasons"] == 6
    assert got["revisions"] == 96 and got["release_claims"] == 96
    for ing in ingestors:
        ing.engine.dispose()
    engine.dispose()
