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

# Tests read the packaged outlet registry, never a developer's edited copy in ~/.config.
os.environ.setdefault("AGGREGATOR_OUTLETS", str(ROOT / "var" / "no-user-registry.json"))

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


PG_URL = os.environ.get("AGGREGATOR_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture
def pg_url():
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except OperationalError as exc:
        admin.dispose()
        skip_or_fail(f"no PostgreSQL at {PG_URL}: {str(exc.orig).splitlines()[0]}")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'create schema "{schema}"'))
    yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    with admin.connect() as conn:
        conn.execute(text(f'drop schema "{schema}" cascade'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """Each database test runs on a fresh SQLite file and on a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("pg_url")
