"""Run the benchmarks: `python -m bench [NAME ...] [-- ARGS]` (all of them by default).

A registry, nothing more: each entry names a module under bench/ whose `main()`
reads its own options from sys.argv. `make bench` runs them all with defaults.

    .venv/bin/python -m bench              # every benchmark
    .venv/bin/python -m bench query        # one
    .venv/bin/python -m bench store -- --pages 2000
"""

from __future__ import annotations

import importlib
import sys

# name -> module (add a line to register a new benchmark)
BENCHMARKS = {
    "dates": "bench.bench_dates",
    "extract": "bench.bench_extract",
    "replay": "bench.bench_replay",
    "store": "bench.bench_store",
    "query": "bench.bench_query",
}


def main(argv: list[str]) -> int:
    names, rest = (argv[: argv.index("--")], argv[argv.index("--") + 1:]) if "--" in argv else (argv, [])
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    for name in names or list(BENCHMARKS):
        print(f"== {name} ==", flush=True)
        module = importlib.import_module(BENCHMARKS[name])
        sys.argv = [f"bench/{BENCHMARKS[name].split('.')[-1]}.py", *rest]
        # main() reads sys.argv; bench_extract's main(argv=None) does too.
        module.main()
        print(flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
