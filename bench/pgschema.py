"""A fresh PostgreSQL schema for a benchmark (None when no server answers)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError


@contextmanager
def fresh_schema(base_url: str, schema: str, keep: bool = False) -> Iterator[str | None]:
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'drop schema if exists "{schema}" cascade'))
            conn.execute(text(f'create schema "{schema}"'))
    except OperationalError as exc:
        print(f"  (PostgreSQL skipped: no server at {base_url}: {str(exc.orig).splitlines()[0]})")
        yield None
        return
    try:
        yield f"{base_url}?options=-csearch_path%3D{schema}"
    finally:
        if not keep:
            with admin.connect() as conn:
                conn.execute(text(f'drop schema if exists "{schema}" cascade'))
        admin.dispose()
