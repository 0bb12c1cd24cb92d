"""Bulk row writing straight through the driver, for the store's per-batch rows.

SQLAlchemy's executemany processes every parameter of every row in Python (a dict per
row, a bind processor per value); for the hundreds of claims, cast credits and
citations of a batch that cost more than the database's own work. Here rows are plain
tuples whose values are already what the driver takes: on SQLite, `stamp`/`day` turn
datetimes and dates into the exact text SQLAlchemy's DateTime/Date types store (so ORM
reads, comparisons and the index order are unchanged); PostgreSQL takes them as they
are, through COPY.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection


def sqlite_stamp(value: datetime | None) -> str | None:
    """A UTC datetime as SQLAlchemy's SQLite DateTime stores it (wall time, microseconds)."""
    # isoformat is C: the same text as SQLAlchemy's format string, several times faster.
    return None if value is None else value.replace(tzinfo=None).isoformat(" ", "microseconds")


def sqlite_day(value: date | None) -> str | None:
    """A date as SQLAlchemy's SQLite Date stores it."""
    return None if value is None else value.isoformat()


def _same(value: Any) -> Any:
    return value


def converters(conn: Connection) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """(datetime converter, date converter) for this connection's driver."""
    if conn.dialect.name == "sqlite":
        return sqlite_stamp, sqlite_day
    return _same, _same


def new_ids(conn: Connection, table: str, n: int) -> list[int]:
    """`n` ids for new rows of `table`, for rows inserted with explicit ids (so a batch
    knows its claims' ids without a RETURNING row per claim).

    SQLite: max(id) + 1 onwards, valid because a writer's batch holds the database's
    write lock from its first statement (BEGIN IMMEDIATE) to its commit, so nobody else
    inserts in between. PostgreSQL: taken from the table's id sequence, which concurrent
    writers share safely (the ids need not be consecutive)."""
    if n == 0:
        return []
    cur = conn.connection.cursor()
    try:
        if conn.dialect.name == "sqlite":
            cur.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")
            first = int(cur.fetchone()[0])
            return list(range(first, first + n))
        cur.execute(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, %s)", (n,))
        return [int(row[0]) for row in cur.fetchall()]
    finally:
        cur.close()


def insert_ignore_rows(conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                       key_cols: Sequence[str]) -> None:
    """Insert tuples unless a row with their key exists (ON CONFLICT DO NOTHING, on both
    databases): one executemany, safe against concurrent writers inserting the same keys."""
    if not rows:
        return
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
           f" ON CONFLICT ({', '.join(key_cols)}) DO NOTHING")
    cur = conn.connection.cursor()
    try:
        cur.executemany(sql, rows)
    finally:
        cur.close()


def insert_rows(conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Insert tuples (values in `columns` order, already in the driver's terms) in the
    connection's transaction: one executemany on SQLite, one COPY on PostgreSQL."""
    cols = ", ".join(columns)
    cur = conn.connection.cursor()
    try:
        if conn.dialect.name == "postgresql":
            with cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" * len(columns))
            cur.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)
    finally:
        cur.close()
