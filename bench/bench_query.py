"""Query latency on a generated database of --claims release claims (default 1,000,000), not a test.

The database is built quickly with bulk inserts straight through the driver
(executemany on SQLite, COPY on PostgreSQL) into the 0002 schema, then migration
0003 copies each claim's evidence onto it (as on a real database): ~300 shows
x 3 seasons, ~150 outlets, ~1.5 revisions an article, ~3 claims a revision, a
fifth of the claims crediting another outlet, dates drawn from a dozen candidates
per season so outlets repeat each other. Show popularity is mildly skewed (weight
1/rank^0.3). Then, for --samples random show+seasons, it times the `claims`
timeline (whole, and one page of PAGE rows with the total count, as a paging
reader asks), `first` and `consensus` answers (aggregator.query) and prints p50/p95.

    .venv/bin/python -m bench query [-- --claims 1000000 --samples 200 --no-pg --keep]

The SQLite file is kept in var/bench/ and reused when it holds the same --claims.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, select, text

from aggregator.db import models as m
from aggregator.db.migrate import upgrade
from aggregator.db.session import make_engine
from aggregator.query import claim_timeline, consensus, first_said, timeline_count

PG_URL = os.environ.get("AGGREGATOR_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
EVENTS = ["premiere"] * 6 + ["finale", "production_start", "trailer", "renewal"]
CERTAINTY = ["reported", "reported", "speculative", "confirmed"]
PAGE = 100  # rows of a timeline page
PRECISION = [("day", 0), ("week", 6), ("month", 30), ("quarter", 90), ("half", 181)]


def generate(n_claims: int, seed: int = 1) -> dict[str, list[tuple]]:
    """Rows per table (ids assigned here), about `n_claims` claims."""
    rnd = random.Random(seed)
    outlets = [(i, f"outlet{i}.example", f"outlet{i}.example", f"Outlet {i}") for i in range(1, 151)]
    shows = [(i, f"Bench Show {i}", f"bench show {i}") for i in range(1, 301)]
    seasons = [((s - 1) * 3 + n, s, n) for s in range(1, 301) for n in (1, 2, 3)]
    weights = [1 / (((sid - 1) // 3 + 1) ** 0.3) for sid, _, _ in seasons]
    articles, revisions, claims, cites, citations = [], [], [], [], []
    season_dates = {}
    for sid, show, number in seasons:
        base = date(2019 + number, 1, 1) + timedelta(days=rnd.randrange(365))
        season_dates[sid] = [(base + timedelta(days=rnd.randrange(-120, 120)), *rnd.choice(PRECISION))
                             for _ in range(12)]
    picks = rnd.choices(seasons, weights, k=int(n_claims / 4.5) + 1)  # 1.5 revisions x 3 claims
    rev_id = claim_id = 0
    for art_id, (sid, show, number) in enumerate(picks, start=1):
        outlet = rnd.randrange(1, 151)
        articles.append((art_id, f"https://www.outlet{outlet}.example/tv/{art_id}/", outlet, show, sid))
        published = datetime(2019 + number - 1, 1, 1, tzinfo=UTC) + timedelta(hours=rnd.randrange(24 * 540))
        fetched = published
        for rev in range(rnd.choice([1, 1, 2, 2])):
            rev_id += 1
            fetched = fetched + timedelta(days=rnd.randrange(1, 60))
            said = published if rev == 0 else fetched
            revisions.append((rev_id, art_id, fetched, f"{rev_id:064x}", f"Bench Show {show} season {number}",
                              published, said, True))
            if rnd.random() < 0.5:
                citations.append((len(citations) + 1, rev_id, rnd.randrange(1, 151)))
            for pos in range(rnd.randint(1, 5)):
                claim_id += 1
                start, precision, width = rnd.choice(season_dates[sid])
                claims.append((claim_id, rev_id, pos, show, number, said, rnd.choice(EVENTS), start,
                               start + timedelta(days=width), precision, rnd.choice(CERTAINTY),
                               f"Season {number} should arrive around {start}, sentence {pos}."))
                if rnd.random() < 0.2:
                    cites.append((len(cites) + 1, claim_id, rnd.randrange(1, 151)))
    return {"outlets": outlets, "shows": shows, "seasons": seasons, "articles": articles, "revisions": revisions,
            "release_claims": claims, "claim_cites": cites, "citations": citations}


COLUMNS = {
    "outlets": "id, key, domain, name",
    "shows": "id, title, key",
    "seasons": "id, show_id, number",
    "articles": "id, url, outlet_id, show_id, season_id",
    "revisions": "id, article_id, fetched_at, content_hash, title, published, said_at, is_preview",
    "release_claims": "id, revision_id, position, show_id, season_number, said_at, event, date_from, date_to,"
                      " precision, certainty, text",
    "claim_cites": "id, claim_id, outlet_id",
    "citations": "id, revision_id, cited_outlet_id",
}


def _sqlite_value(v: object) -> object:
    # The text SQLAlchemy's SQLite DateTime/Date types write and read back.
    if isinstance(v, datetime):
        return v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, date):
        return v.isoformat()
    return v


def load(engine: Engine, rows: dict[str, list[tuple]]) -> None:
    """Bulk-load generated rows into a migrated, empty database."""
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        if engine.dialect.name == "sqlite":
            cur.execute("BEGIN")  # one transaction (the engine's connections autocommit otherwise)
        for table, cols in COLUMNS.items():
            if engine.dialect.name == "postgresql":
                with cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                    for row in rows[table]:
                        copy.write_row(row)
                cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
            else:
                marks = ", ".join("?" for _ in cols.split(","))
                cur.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})",
                                ([_sqlite_value(v) for v in row] for row in rows[table]))
        raw.commit()
        cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def time_queries(engine: Engine, n_samples: int, seed: int = 2) -> None:
    with engine.connect() as conn:
        targets = conn.execute(select(m.Season.show_id, m.Season.number)).all()
        total = conn.execute(select(func.count()).select_from(m.ReleaseClaim)).scalar_one()
        rnd = random.Random(seed)
        sample = [rnd.choice(targets) for _ in range(n_samples)]
        questions: dict[str, Callable[[int, int], object]] = {
            "claims timeline": lambda s, n: claim_timeline(conn, s, n),
            # What a paging reader asks (limit/offset in SQL): the total, and one page.
            f"timeline page ({PAGE})": lambda s, n: (timeline_count(conn, s, n),
                                                     claim_timeline(conn, s, n, limit=PAGE, offset=PAGE)),
            "first": lambda s, n: first_said(conn, s, n),
            "consensus": lambda s, n: consensus(conn, s, n),
            "consensus --latest": lambda s, n: consensus(conn, s, n, latest_only=True),
        }
        sizes = []
        for show, number in sample[:20]:  # warm the caches, as a running server would be
            for ask in questions.values():
                ask(show, number)
        # A long-running server freezes its start-up heap (imports, engine) out of the
        # collector's reach; without this every full collection during the timings walks
        # this process's whole heap, and those pauses, not the queries, set the p95.
        gc.freeze()
        for name, ask in questions.items():
            timings, cpu = [], []
            for show, number in sample:
                start, start_cpu = time.perf_counter(), time.thread_time()
                answer = ask(show, number)
                timings.append((time.perf_counter() - start) * 1000)
                cpu.append((time.thread_time() - start_cpu) * 1000)
                if name == "claims timeline":
                    sizes.append(len(answer))  # type: ignore[arg-type]
            p50, p95 = percentiles(timings)
            # This thread's CPU time as well: on a machine shared with other work the wall
            # clock's p95 is mostly time spent descheduled. On SQLite it is all the work;
            # on PostgreSQL the server's share is not in it.
            cpu50, cpu95 = percentiles(cpu)
            print(f"    {name:<22} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms   (cpu p50 {cpu50:6.2f}, p95 {cpu95:6.2f})")
        print(f"    ({total:,} claims; a sampled season has {statistics.median(sizes):.0f} claims median, "
              f"{percentiles(sizes)[1]:.0f} p95, over {n_samples} samples)")


def bench(url: str, n_claims: int, n_samples: int, reuse: bool) -> None:
    engine = make_engine(url)
    with engine.connect() as conn:
        has = engine.dialect.has_table(conn, "release_claims")
        stored = conn.execute(text("select count(*) from release_claims")).scalar() if has else 0
    if not (reuse and stored and abs(stored - n_claims) < n_claims * 0.05):
        # The generated rows are 0002's columns; 0003 then fills its denormalized ones
        # from them, as it would on a real database.
        upgrade(engine, "0002")
        start = time.perf_counter()
        rows = generate(n_claims)
        generated = time.perf_counter() - start
        load(engine, rows)
        print(f"  built {len(rows['release_claims']):,} claims, {len(rows['revisions']):,} revisions, "
              f"{len(rows['articles']):,} articles: generated in {generated:.1f} s, loaded in "
              f"{time.perf_counter() - start - generated:.1f} s")
        # Millions of live tuples would make every garbage collection during the timings
        # walk them: a cost of this harness, not of the queries.
        del rows
    start = time.perf_counter()
    with engine.begin() as conn:
        before = conn.execute(text("select version_num from alembic_version")).scalar()
    upgrade(engine)  # a kept file from before 0003 is brought up to date (and filled) here
    with engine.begin() as conn:
        after = conn.execute(text("select version_num from alembic_version")).scalar()
        if after != before and engine.dialect.name == "sqlite":
            conn.execute(text("ANALYZE"))
    if after != before and engine.dialect.name == "postgresql":
        # 0003's fill UPDATE leaves a dead copy of every claim row; autovacuum would
        # reclaim it in time, the timings should not wait for that.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE release_claims"))
    if after != before:
        print(f"  upgraded {before} -> {after} in {time.perf_counter() - start:.1f} s")
    print(f"  {engine.dialect.name}:")
    time_queries(engine, n_samples)
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--fresh", action="store_true", help="Rebuild the SQLite file even if it exists.")
    args = parser.parse_args()
    path = Path("var/bench") / f"query-{args.claims}.db"
    if args.fresh and path.exists():
        path.unlink()
    bench(f"sqlite:///{path}", args.claims, args.samples, reuse=True)
    if not args.no_pg:
        try:
            from bench.pgschema import fresh_schema
        except ModuleNotFoundError:  # run as bench/NAME.py: bench/ itself is on the path
            from pgschema import fresh_schema  # type: ignore[no-redef]

        with fresh_schema(PG_URL, "bench_query") as url:
            if url:
                bench(url, args.claims, args.samples, reuse=False)


if __name__ == "__main__":
    main()
