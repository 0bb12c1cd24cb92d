"""Incremental re-crawls: what the database already holds, by URL.

A sitemap or feed entry whose lastmod is not newer than the latest stored
revision of that URL is not fetched at all; everything else is fetched with
conditional headers from the HTTP cache (ETag / Last-Modified), so an
unchanged page costs a 304.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import func, inspect, select

from aggregator.db import models as m
from aggregator.db.session import make_engine
from aggregator.live.urls import on_domains
from aggregator.store.manifest import normalize_url


def last_fetched(db_url: str, domains: Iterable[str]) -> dict[str, datetime]:
    """Normalized article URL on `domains` -> when its latest stored revision was fetched (UTC)."""
    domains = list(domains)
    engine = make_engine(db_url)
    try:
        if not inspect(engine).has_table("revisions"):
            return {}
        art, rev = m.Article.__table__, m.Revision.__table__
        query = (select(art.c.url, func.max(rev.c.fetched_at))
                 .join(rev, rev.c.article_id == art.c.id).group_by(art.c.url))
        with engine.connect() as conn:
            rows = conn.execute(query).all()
    finally:
        engine.dispose()
    return {normalize_url(url): as_utc(when) for url, when in rows if when and on_domains(url, domains)}


def as_utc(value: datetime) -> datetime:
    """Aware UTC (SQLite hands back naive datetimes that were stored as UTC)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def parse_lastmod(value: str | None) -> datetime | None:
    """A sitemap <lastmod> (W3C datetime, possibly just a date) as aware UTC, or None."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        return as_utc(datetime.fromisoformat(text))
    except ValueError:
        return None
