"""Open the claim database so that the web UI cannot write to it.

The web UI is read-only by construction, not by convention: SQLite files are
opened through a `file:…?mode=ro` URI, and PostgreSQL sessions start with
`default_transaction_read_only`, so even a bug in a page could not change data.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from aggregator.db.session import resolve_db_url


class ReadOnlyDatabaseError(ValueError):
    """The database cannot be opened for reading (bad URL, missing file, not ours)."""


def readonly_engine(url: str | None = None) -> Engine:
    """An engine over the claim database that refuses writes; checked by connecting."""
    url = resolve_db_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ReadOnlyDatabaseError(f"not a database URL: {url!r}") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        engine = _sqlite_readonly(parsed.database)
    elif backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        try:
            engine = create_engine(parsed, pool_pre_ping=True)
        except (ImportError, ArgumentError) as exc:  # missing driver and the like
            raise ReadOnlyDatabaseError(f"cannot use database URL {url!r}: {exc}") from None
        event.listen(engine, "connect", _postgres_read_only)
    else:
        raise ReadOnlyDatabaseError(f"unsupported database {backend!r} (use sqlite or postgresql)")
    try:
        if not inspect(engine).has_table("release_claims"):
            raise ReadOnlyDatabaseError(f"{url} is not an aggregator database (run `aggregator crawl` first)")
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise ReadOnlyDatabaseError(f"cannot open database {url!r}: {reason}") from None
    return engine


def _sqlite_readonly(database: str | None) -> Engine:
    if not database or database == ":memory:":
        raise ReadOnlyDatabaseError("an in-memory SQLite database has nothing to show")
    path = Path(database).resolve()
    if not path.is_file():
        raise ReadOnlyDatabaseError(f"no database at {database} (run `aggregator crawl` first, or pass --db)")
    uri = f"file:{quote(str(path))}?mode=ro"

    def connect() -> sqlite3.Connection:
        # check_same_thread=False: FastAPI runs sync routes in a thread pool; NullPool
        # means each request gets its own connection anyway.
        return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30)

    return create_engine("sqlite://", creator=connect, poolclass=NullPool)


def _postgres_read_only(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("SET default_transaction_read_only = on")
    cur.close()
    dbapi_conn.commit()
