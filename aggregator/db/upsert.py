"""Insert-or-ignore on SQLite and PostgreSQL: the primitive that makes writes idempotent
and safe when several crawls write one database at once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.dialects import postgresql, sqlite


def insert_ignore_stmt(conn: Connection, table: Table, key_cols: Sequence[str]):  # type: ignore[no-untyped-def]
    """INSERT ... ON CONFLICT (key_cols) DO NOTHING for this connection's dialect."""
    dialect = conn.dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=list(key_cols))
    if dialect == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=list(key_cols))
    return insert(table)  # pragma: no cover - other backends are not supported


def param_mark(conn: Connection) -> str:
    """The driver's positional parameter marker (sqlite3: qmark; psycopg: format)."""
    return "?" if conn.dialect.name == "sqlite" else "%s"


def insert_ignore(conn: Connection, table: Table, values: dict[str, Any], key_cols: Sequence[str]) -> None:
    """Insert one row unless a row with its key exists.

    Written as driver SQL: the entity rows of a crawl are created one at a time, and building
    and compiling a Core statement for each cost ~10x the database's own work. Values must be
    what the driver takes as they are (ints, strs, None), which entity keys and names are."""
    cols = list(values)
    mark = param_mark(conn)
    conn.exec_driver_sql(
        f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join([mark] * len(cols))})"
        f" ON CONFLICT ({', '.join(key_cols)}) DO NOTHING",
        tuple(values[c] for c in cols),
    )


def insert_ignore_id(conn: Connection, table: Table, values: dict[str, Any], key_cols: Sequence[str]) -> int:
    """Insert the row unless its key exists; return the id of the row with that key."""
    insert_ignore(conn, table, values, key_cols)
    mark = param_mark(conn)
    # `= NULL` matches nothing: a NULL key part is compared as SQLAlchemy's `== None` would.
    where = " AND ".join(f"{c} IS NULL" if values[c] is None else f"{c} = {mark}" for c in key_cols)
    row = conn.exec_driver_sql(f"SELECT id FROM {table.name} WHERE {where}",
                               tuple(values[c] for c in key_cols if values[c] is not None)).one()
    return int(row[0])


def by_key(conn: Connection, table: Table, column: str, key: str) -> Any:
    """`column` of the row of `table` whose unique `key` column is `key`, or None (driver SQL,
    like `insert_ignore`: entity look-ups run once per new name)."""
    return conn.exec_driver_sql(f"SELECT {column} FROM {table.name} WHERE key = {param_mark(conn)}", (key,)).scalar()


def insert_ignore_many(conn: Connection, table: Table, rows: list[dict[str, Any]], key_cols: Sequence[str]) -> None:
    """executemany of insert-or-ignore (one statement per batch, not per row)."""
    if rows:
        conn.execute(insert_ignore_stmt(conn, table, key_cols), rows)
