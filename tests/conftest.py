"""Shared test fixtures: paths, tiny saved-page stores, service gating."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SITES = FIXTURES / "sites"
GOLD = FIXTURES / "gold"
REAL_CORPUS = ROOT.parent / "shared" / "corpus" / "real"

# CI sets this so that a test needing PostgreSQL/Redis fails instead of skipping.
REQUIRE_SERVICES = os.environ.get("AGGREGATOR_REQUIRE_SERVICES") == "1"


def skip_or_fail(reason: str) -> None:
    """Skip (developer machine without the service) or fail (CI, where it must run)."""
    if REQUIRE_SERVICES:
        pytest.fail(f"required service missing: {reason}")
    pytest.skip(reason)


StoreBuilder = Callable[[list[dict]], Path]


@pytest.fixture
def make_store(tmp_path: Path) -> StoreBuilder:
    """Write a store: each page dict has url, body (str|bytes), fetched_at, and optional
    seed/content_type/status/file; returns the store directory."""

    def build(pages: list[dict]) -> Path:
        root = tmp_path / "store"
        root.mkdir(exist_ok=True)
        lines = []
        for i, page in enumerate(pages):
            name = page.get("file") or f"page{i}.html"
            body = page["body"]
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
            lines.append(json.dumps({
                "url": page["url"], "file": name, "fetched_at": page.get("fetched_at", "2021-01-01T00:00:00Z"),
                "status": page.get("status", 200),
                "content_type": page.get("content_type", "text/html; charset=utf-8"),
                "seed": page.get("seed", False),
            }))
        (root / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return root

    return build
