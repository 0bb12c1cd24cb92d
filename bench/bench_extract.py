"""Extraction throughput on one core (issue 4's speed target); not a test.

Runs `extract_article` over every fixture page (fixtures/sites/**/*.html) for a
warm-up pass and then several timed passes, and over the real publisher pages
(../shared/corpus/real/*/*.html) when that folder is present. Prints pages/s
in CPU time of this process (best pass: other processes on a shared machine
only ever slow a pass down, and CPU time leaves out waiting for a core),
peak RSS, and a per-stage breakdown in ms per page: decoding and sniffing, lxml
parsing, JSON-LD, page metadata, main-content blocks (together
`parse_document`), and the rest of `extract_article` (show/season, preview,
claims, cast, sources).

    .venv/bin/python bench/bench_extract.py [--passes 5] [--no-real]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from aggregator.extract import extract_article
from aggregator.extract import html as html_mod
from aggregator.extract.content import extract_blocks
from aggregator.extract.errors import ExtractionError
from aggregator.extract.metadata import extract_metadata, read_jsonld

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures" / "sites"
REAL = ROOT.parent / "shared" / "corpus" / "real"
if not REAL.is_dir():  # a git worktree under /work/wt: the shared corpus is beside the main checkout
    REAL = Path("/work/shared/corpus/real")
TARGET = 500.0  # pages/s, issue 4


def _extract(body: bytes) -> None:
    try:
        extract_article(body)
    except ExtractionError:
        pass


def _rate(bodies: list[bytes], passes: int) -> tuple[float, float]:
    """(best pages/s, mean pages/s) over `passes` timed passes after a warm-up."""
    for body in bodies:
        _extract(body)
    rates = []
    for _ in range(passes):
        start = time.process_time()
        for body in bodies:
            _extract(body)
        rates.append(len(bodies) / (time.process_time() - start))
    return max(rates), sum(rates) / len(rates)


def _stages(bodies: list[bytes], passes: int) -> dict[str, float]:
    """Best-of-`passes` ms per page of each stage, calling the stages one by one."""
    names = ("decode", "lxml parse", "json-ld", "metadata", "blocks", "parse_document", "rest", "total")
    best = dict.fromkeys(names, float("inf"))
    clock = time.process_time
    for _ in range(passes):
        acc = dict.fromkeys(names, 0.0)
        for body in bodies:
            t0 = clock()
            raw = body[:html_mod.MAX_BYTES]
            try:
                html_mod._sniff_binary(raw)
                text = html_mod.decode_html(raw)
                html_mod._sniff_text(text, None)
            except ExtractionError:
                continue
            t1 = clock()
            root = html_mod._parse_tree(text)
            t2 = clock()
            jsonld = read_jsonld(root)
            t3 = clock()
            meta = extract_metadata(root, jsonld=jsonld)
            t4 = clock()
            extract_blocks(root, meta, jsonld)
            t5 = clock()
            html_mod.parse_document(body)
            t6 = clock()
            extract_article(body)
            t7 = clock()
            for name, dt in zip(names, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5,
                                        (t7 - t6) - (t6 - t5), t7 - t6), strict=True):
                acc[name] += dt
        for name in names:
            best[name] = min(best[name], acc[name] * 1000 / len(bodies))
    return best


def _report(label: str, bodies: list[bytes], passes: int) -> float:
    best, mean = _rate(bodies, passes)
    stages = _stages(bodies, max(2, passes // 2))
    print(f"{label}: {len(bodies)} pages, {best:,.0f} pages/s best pass ({mean:,.0f} mean of {passes})")
    print("  ms/page: " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))
    return best


def main(argv: list[str] | None = None) -> int:
    """Print the figures; exit 1 when the fixture corpus misses the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--no-real", action="store_true", help="skip ../shared/corpus/real")
    args = parser.parse_args(argv)
    fixtures = [p.read_bytes() for p in sorted(FIXTURES.rglob("*.html"))]
    if not fixtures:
        print("no fixture pages under", FIXTURES, file=sys.stderr)
        return 2
    rate = _report("fixtures", fixtures, args.passes)
    real = sorted(REAL.glob("*/*.html")) if REAL.is_dir() and not args.no_real else []
    if real:
        _report("real pages", [p.read_bytes() for p in real], args.passes)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak RSS {peak_mb:.0f} MB; target {TARGET:.0f} pages/s on fixtures: "
          f"{'met' if rate >= TARGET else 'NOT met'}")
    return 0 if rate >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
