"""Name lookups shared by the question verbs: a show or outlet the user named, or exit 1."""

from __future__ import annotations

from sqlalchemy import Connection

from aggregator.cli.common import NothingFound
from aggregator.query import OutletMatch, ShowMatch, find_outlet, find_show


def show_or_exit(conn: Connection, name: str) -> ShowMatch:
    match = find_show(conn, name)
    if match is None:
        raise NothingFound(f"no show matching {name!r} in the database")
    return match


def outlet_or_exit(conn: Connection, name: str) -> OutletMatch:
    match = find_outlet(conn, name)
    if match is None:
        raise NothingFound(f"no outlet matching {name!r} in the database")
    return match
