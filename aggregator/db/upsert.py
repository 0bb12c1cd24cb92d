"""Insert-or-ignore on SQLite and PostgreSQL: the primitive that makes writes idempotent
and safe when several crawls write one database at once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.dialects import postgresql, sqlite


def insert_ignore_stmt(conn: Connection, table: Table, key_cols: Sequence[str]):  # type: ignore[no-untyped-def]
    """INSERT ... ON CONFLICT (key_cols) DO NOTHING for this connection's dialect."""
    dialect = conn.dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=list(key_cols))
    if dialect == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=list(key_cols))
    return insert(table)  # pragma: no cover - other backends are not supported


def insert_ignore_id(conn: Connection, table: Table, values: dict[str, Any], key_cols: Sequence[str]) -> int:
    """Insert the row unless its key exists; return the id of the row with that key."""
    conn.execute(insert_ignore_stmt(conn, table, key_cols).values(**values))
    where = [table.c[col] == values[col] for col in key_cols]
    return conn.execute(select(table.c.id).where(*where)).scalar_one()


def insert_ignore_many(conn: Connection, table: Table, rows: list[dict[str, Any]], key_cols: Sequence[str]) -> None:
    """executemany of insert-or-ignore (one statement per batch, not per row)."""
    if rows:
        conn.execute(insert_ignore_stmt(conn, table, key_cols), rows)
