"""Storing throughput through Ingestor (what the store pipeline does), not a test.

Builds N extracted pages in memory (realistic shape: ~3 claims, ~6 cast credits,
~2 credited sources a page, over 300 shows and 150 outlets; some articles
refetched), then stores them in batches of --batch (the pipeline's
AGGREGATOR_BATCH_SIZE) into a fresh SQLite file, and PostgreSQL when one answers.

    .venv/bin/python -m bench store [-- --pages 20000 --batch 1000 --no-pg]
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

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
from aggregator.settings import AGGREGATOR_BATCH_SIZE

PG_URL = os.environ.get("AGGREGATOR_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
EVENTS = ["premiere"] * 6 + ["finale", "production_start", "renewal", "trailer"]


def make_pages(n: int, seed: int = 7) -> list[SavedPage]:
    rnd = random.Random(seed)
    outlets = [(f"Outlet {i}", f"outlet{i}.example") for i in range(150)]
    shows = [f"Bench Show {i}" for i in range(300)]
    first = ["Anna", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Luca"]
    last = ["Abbott", "Brennan", "Castillo", "Duarte", "Eriksen", "Fontaine", "Gallagher", "Hoffmann",
            "Ivanova", "Jablonski", "Kowalczyk", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrovic"]
    names = [f"{f} {ln}" for f in first for ln in last]
    cast = {s: rnd.sample(names, 12) for s in shows}
    pages = []
    for i in range(n):
        # One page in five is a refetch of an earlier article (a later revision).
        article = rnd.randrange(max(1, i)) if i and rnd.random() < 0.2 else i
        name, domain = outlets[article % 150]
        show = shows[(article * 7) % 300]
        season = 1 + article % 3
        when = date(2021, 1, 1) + timedelta(days=rnd.randrange(700))
        claims = [ReleaseClaim(season, rnd.choice(EVENTS), DateRange(when, when + timedelta(days=rnd.choice([0, 30, 90])),
                                                                     "month"),
                               "reported", f"Season {season} arrives around {when}, sentence {k} of page {i}.",
                               [outlets[rnd.randrange(150)][0]] if rnd.random() < 0.3 else [])
                  for k in range(rnd.randint(1, 5))]
        art = Article(url=f"https://www.{domain}/tv/{article}/", outlet=OutletRef(name, domain),
                      title=f"{show} season {season}", published=datetime(2020, 6, 1, tzinfo=UTC), is_preview=True,
                      show=show, season=season, release_claims=claims,
                      cast=[CastCredit(a, "Someone") for a in rnd.sample(cast[show], 6)],
                      sources=[SourceRef(*outlets[rnd.randrange(150)]) for _ in range(2)])
        pages.append(SavedPage(url=art.url or "", fetched_at=datetime(2020, 6, 2, tzinfo=UTC) + timedelta(hours=i),
                               body=f"page {i} of article {article}".encode() * 200, article=art))
    return pages


def run(url: str, pages: list[SavedPage], batch: int) -> None:
    engine = make_engine(url)
    upgrade(engine)
    ingestor = Ingestor(engine)
    start = time.perf_counter()
    totals = [0, 0, 0, 0]
    for at in range(0, len(pages), batch):
        c = ingestor.store(pages[at:at + batch])
        for k, v in enumerate((c.revisions, c.claims, c.cast_credits, c.citations)):
            totals[k] += v
    elapsed = time.perf_counter() - start
    rows = sum(totals) + totals[1] * 0.3  # + claim_cites, roughly
    backend = url.split(":")[0]
    print(f"{backend:>22}: {len(pages) / elapsed:8,.0f} pages/s  ({rows / elapsed:9,.0f} rows/s; "
          f"{totals[0]:,} revisions, {totals[1]:,} claims, {totals[2]:,} cast, {totals[3]:,} citations "
          f"in {elapsed:.2f} s, batch {batch})")
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--batch", type=int, default=AGGREGATOR_BATCH_SIZE)
    parser.add_argument("--no-pg", action="store_true")
    args = parser.parse_args()
    pages = make_pages(args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        run(f"sqlite:///{Path(tmp) / 'store.db'}", pages, args.batch)
    if not args.no_pg:
        try:
            from bench.pgschema import fresh_schema
        except ModuleNotFoundError:  # run as bench/NAME.py: bench/ itself is on the path
            from pgschema import fresh_schema  # type: ignore[no-redef]

        with fresh_schema(PG_URL, "bench_store") as url:
            if url:
                run(url, pages, args.batch)


if __name__ == "__main__":
    main()
