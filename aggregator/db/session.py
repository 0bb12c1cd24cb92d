"""Engines and sessions: one place that knows how to open the claim database."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DB_URL = "sqlite:///var/aggregator.db"


class DatabaseURLError(ValueError):
    """The database URL cannot be used (bad syntax, unknown driver)."""


def resolve_db_url(url: str | None = None) -> str:
    """The database URL to use: the argument, else $AGGREGATOR_DB, else the SQLite default."""
    return url or os.environ.get("AGGREGATOR_DB") or DEFAULT_DB_URL


def make_engine(url: str | None = None) -> Engine:
    """Create an engine; SQLite files get their folder, WAL and foreign keys."""
    url = resolve_db_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseURLError(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        # psycopg 3 is the driver we ship in the `postgres` extra.
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except Exception as exc:  # NoSuchModuleError, missing driver, ...
        raise DatabaseURLError(f"cannot use database URL {url!r}: {exc}") from exc


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    # We emit BEGIN ourselves (_sqlite_begin): pysqlite's implicit transactions start
    # too late (after reads), so two writers would fail upgrading their read locks.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    # Checkpoint the WAL into the database every ~40 MB instead of SQLite's 4 MB: a
    # store batch dirties a few MB of index pages, and a page rewritten by several
    # batches is then copied (and the file synced) once rather than every other batch.
    # Durability is unchanged: a checkpoint only moves committed pages, and with WAL
    # + synchronous=NORMAL a crash can lose at most the last commits, never half of one.
    cur.execute("PRAGMA wal_autocheckpoint=10000")
    cur.execute("PRAGMA foreign_keys=ON")
    # Reads jump between claims, revisions, articles and outlets: map the file and keep
    # 64 MB of pages cached rather than SQLite's 2 MB default.
    cur.execute("PRAGMA mmap_size=1073741824")
    cur.execute("PRAGMA cache_size=-65536")
    cur.close()


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    """BEGIN, or BEGIN IMMEDIATE for connections marked `sqlite_begin="IMMEDIATE"` (writers):
    an immediate transaction takes the write lock up front and waits for it (busy
    timeout) instead of failing with SQLITE_BUSY when another process wrote first."""
    mode = conn.get_execution_options().get("sqlite_begin", "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
