"""Replay throughput end to end (store -> spider -> extraction -> database); not a test.

Generates saved-page stores of 2,000 and 20,000 pages from the fixture web (each
page under its own URL, a few bytes varied so every page is a distinct
revision), replays each with `aggregator crawl --from STORE` into a fresh SQLite
file in a subprocess, and prints pages/s and the subprocess's peak RSS. With
Redis and PostgreSQL at hand it also replays the largest store (`--distributed-size`)
with one and with three `--distributed` workers into PostgreSQL and compares.

    .venv/bin/python bench/bench_replay.py [--sizes 2000,20000] [--no-distributed] [--mode standin]

`--mode standin` replaces extraction with bench/standin.py (a fixed small preview per
page): what is left is the cost of everything that is not extraction.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SITES = ROOT / "fixtures" / "sites"
REDIS = os.environ.get("AGGREGATOR_TEST_REDIS", "redis://127.0.0.1:6379/0")
PG = os.environ.get("AGGREGATOR_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def make_store(root: Path, n: int) -> Path:
    """n pages made from the fixture pages, each at its own URL."""
    templates = sorted(p for p in SITES.rglob("*.html"))
    bodies = [p.read_bytes() for p in templates]
    root.mkdir(parents=True, exist_ok=True)
    with (root / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        for i in range(n):
            k = i % len(bodies)
            body = bodies[k].replace(b"</body>", f"<!-- bench page {i} --></body>".encode(), 1)
            name = f"p/{i // 1000}/{i}.html"
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_bytes(body)
            slug = re.sub(r"[^a-z0-9]+", "-", templates[k].stem.lower()).strip("-")
            manifest.write(json.dumps({
                "url": f"https://www.bench{i % 25}.example/tv/{slug}-{i}/", "file": name,
                "fetched_at": f"2022-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00Z", "status": 200,
                "content_type": "text/html; charset=utf-8",
            }) + "\n")
    return root


def crawl(*args: str) -> subprocess.Popen[str]:
    # Output goes to temporary files, not pipes: wait4 below would deadlock on a full pipe.
    out, err = tempfile.TemporaryFile("w+"), tempfile.TemporaryFile("w+")
    proc = subprocess.Popen([sys.executable, "-m", "aggregator", "crawl", *args, "--quiet"], cwd=ROOT,
                            stdout=out, stderr=err, text=True)
    proc.out_file, proc.err_file = out, err  # type: ignore[attr-defined]
    return proc


def wait(procs: list[subprocess.Popen[str]]) -> tuple[float, float, list[str]]:
    """Wait for every process: (seconds until the last ends, max peak RSS in MB, stdouts)."""
    start = time.monotonic()
    peak, outs, left = 0.0, {}, {p.pid: p for p in procs}
    while left:
        pid, status, usage = os.wait4(-1, 0)
        if pid in left:
            proc = left.pop(pid)
            proc.returncode = os.waitstatus_to_exitcode(status)
            outs[pid], err = _read(proc.out_file), _read(proc.err_file)  # type: ignore[attr-defined]
            if proc.returncode:
                raise SystemExit(f"crawl failed ({proc.returncode}): {err.strip()[-500:]}")
            peak = max(peak, usage.ru_maxrss / 1024)  # KiB on Linux
    return time.monotonic() - start, peak, [outs[p.pid] for p in procs]


def _read(fh) -> str:  # type: ignore[no-untyped-def]
    if fh is None:
        return ""
    fh.seek(0)
    return fh.read()


def stat(out: str, label: str) -> int:
    m = re.search(rf"{label}\s+(\d+)", out)
    return int(m.group(1)) if m else 0


# Everything but extraction: store, Scrapy, spider, batching, and the database writes of
# one small preview per page (bench/standin.py stands in for the extraction library).
STANDIN = ["-s", 'ITEM_PIPELINES={"bench.standin.StandInExtractPipeline": 100, "pipelines.store.StorePipeline": 800}']


def bench_single(store: Path, n: int, tmp: Path, standin: bool = False) -> None:
    db = tmp / f"bench{n}{'s' if standin else ''}.db"
    extra = STANDIN if standin else []
    seconds, peak, (out,) = wait([crawl("--from", str(store), "--db", f"sqlite:///{db}", *extra)])
    pages = stat(out, "pages fetched")
    label = "with stand-in extraction" if standin else "end to end"
    print(f"replay {n:>6} pages: {pages} pages in {seconds:6.1f} s = {pages / seconds:6.0f} pages/s "
          f"({1000 * seconds / max(pages, 1):5.2f} ms/page) {label}, "
          f"peak RSS {peak:5.0f} MB, {stat(out, 'revisions stored')} revisions, "
          f"{stat(out, 'claims stored')} claims, {stat(out, 'pages failed')} failed", flush=True)


def bench_distributed(store: Path, workers_list: tuple[int, ...] = (1, 3)) -> None:
    from sqlalchemy import create_engine, text

    from aggregator.live.distributed import check_redis, clear_prefix

    if check_redis(REDIS):
        print("distributed: skipped (no Redis)")
        return
    admin = create_engine(PG, isolation_level="AUTOCOMMIT")
    base = None
    for workers in workers_list:
        schema, prefix = f"bench_{uuid.uuid4().hex[:8]}", f"bench-{uuid.uuid4().hex[:8]}"
        with admin.connect() as conn:
            conn.execute(text(f'create schema "{schema}"'))
        url = f"{PG}?options=-csearch_path%3D{schema}"
        try:
            seconds, peak, outs = wait([crawl("--from", str(store), "--db", url, "--distributed", "--redis", REDIS,
                                              "--redis-key", prefix) for _ in range(workers)])
            with admin.connect() as conn:
                conn.execute(text(f'set search_path to "{schema}"'))
                revisions = conn.execute(text("select count(*) from revisions")).scalar_one()
                claims = conn.execute(text("select count(*) from release_claims")).scalar_one()
        finally:
            clear_prefix(REDIS, prefix)
            with admin.connect() as conn:
                conn.execute(text(f'drop schema "{schema}" cascade'))
        pages = sum(stat(o, "pages fetched") for o in outs)
        base = base or seconds
        print(f"distributed x{workers}: {pages} pages in {seconds:6.1f} s = {pages / seconds:6.0f} pages/s "
              f"({base / seconds:.2f}x one worker), peak RSS {peak:4.0f} MB per worker, "
              f"{revisions} revisions, {claims} claims", flush=True)
    admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,20000")
    parser.add_argument("--no-distributed", action="store_true")
    parser.add_argument("--distributed-size", type=int, default=None,
                        help="Store size for the 1-vs-3-worker comparison (default: the largest of --sizes). "
                             "Each worker pays ~2 s of start-up (imports, schema check, frontier seeding), "
                             "so small stores measure start-up more than crawling.")
    parser.add_argument("--mode", choices=("both", "end-to-end", "standin"), default="both",
                        help="standin: extraction replaced by bench/standin.py, to see the Scrapy-side cost alone")
    args = parser.parse_args()
    print(f"replay benchmark on {os.cpu_count()} CPUs", flush=True)
    with tempfile.TemporaryDirectory(prefix="aggbench-") as tmpdir:
        tmp = Path(tmpdir)
        stores = {}
        for n in (int(s) for s in args.sizes.split(",")):
            stores[n] = make_store(tmp / f"store{n}", n)
            if args.mode != "standin":
                bench_single(stores[n], n, tmp)
            if args.mode != "end-to-end":
                bench_single(stores[n], n, tmp, standin=True)
        if not args.no_distributed:
            size = args.distributed_size or max(stores)
            bench_distributed(stores[size] if size in stores else make_store(tmp / f"store{size}", size))


if __name__ == "__main__":
    main()
