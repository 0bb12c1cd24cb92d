"""Snapshot of every extraction, to prove a speed change altered no output; not a test.

Speed work must leave `extract_article` identical on every page. `--write FILE`
records the JSON of each fixture page (fixtures/sites/**/*.html, read once bare
and once with its manifest URL and content type, as the evaluator and the
spider call it) and each real publisher page (../shared/corpus/real/*/*.html,
skipped when absent); `--check FILE` extracts again and prints every page whose
result differs, with a short diff, exiting 1 when any does.

    .venv/bin/python -m bench.snapshot --write /tmp/before.json
    .venv/bin/python -m bench.snapshot --check /tmp/before.json
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

from aggregator.extract import extract_article
from aggregator.extract.errors import ExtractionError

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures" / "sites"
REAL = ROOT.parent / "shared" / "corpus" / "real"
if not REAL.is_dir():  # a git worktree under /work/wt: the shared corpus is beside the main checkout
    REAL = Path("/work/shared/corpus/real")


def _manifest() -> dict[str, dict]:
    """Fixture file path (relative to fixtures/sites) -> its manifest entry."""
    path = FIXTURES / "manifest.jsonl"
    if not path.is_file():
        return {}
    entries = (json.loads(line) for line in path.read_text().splitlines() if line.strip())
    return {e["file"]: e for e in entries}


def _result(body: bytes, url: str | None = None, content_type: str | None = None) -> object:
    """The page's extraction as plain JSON data, or the error it raised (also behaviour)."""
    try:
        return extract_article(body, url=url, content_type=content_type).to_dict()
    except ExtractionError as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}


def take() -> dict[str, object]:
    """Page key -> extraction, for every page the snapshot covers."""
    results: dict[str, object] = {}
    manifest = _manifest()
    for path in sorted(FIXTURES.rglob("*.html")):
        rel = path.relative_to(FIXTURES).as_posix()
        body = path.read_bytes()
        results[f"fixtures/{rel}"] = _result(body)
        entry = manifest.get(rel)
        if entry:
            results[f"fixtures/{rel}@url"] = _result(body, entry["url"], entry.get("content_type"))
    if REAL.is_dir():
        for path in sorted(REAL.glob("*/*.html")):
            results[f"real/{path.relative_to(REAL).as_posix()}"] = _result(path.read_bytes())
    return results


def _dump(value: object) -> str:
    return json.dumps(value, sort_keys=True, indent=1, ensure_ascii=False, default=str)


def check(expected: dict[str, object], actual: dict[str, object]) -> list[str]:
    """Human-readable differences between two snapshots (empty when identical)."""
    problems = []
    for key in sorted(expected.keys() | actual.keys()):
        if key not in actual:
            problems.append(f"{key}: missing now")
        elif key not in expected:
            problems.append(f"{key}: not in the snapshot")
        elif _dump(expected[key]) != _dump(actual[key]):
            diff = difflib.unified_diff(_dump(expected[key]).splitlines(), _dump(actual[key]).splitlines(),
                                        "snapshot", "now", n=1, lineterm="")
            problems.append(f"{key}:\n" + "\n".join(list(diff)[2:40]))
    return problems


def main(argv: list[str] | None = None) -> int:
    """Write or check a snapshot; exit 1 when a check finds a difference."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", metavar="FILE", type=Path)
    mode.add_argument("--check", metavar="FILE", type=Path)
    args = parser.parse_args(argv)
    results = take()
    if args.write:
        args.write.write_text(_dump(results))
        print(f"wrote {len(results)} extractions to {args.write}")
        return 0
    problems = check(json.loads(args.check.read_text()), json.loads(_dump(results)))
    for problem in problems:
        print(problem)
    print(f"{len(results)} extractions, {len(problems)} differ from {args.check}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
