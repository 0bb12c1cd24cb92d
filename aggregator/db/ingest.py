"""Write extracted pages to the claim database: batched, idempotent, evidence kept.

One transaction per batch, and a batch costs a handful of statements, not one per
row: articles, revisions, claims, cites, cast credits and citations are each one
executemany; the existing revisions of the batch's articles are read in one
SELECT; entity ids (outlets, shows, seasons, people) come from a per-writer cache
(aggregator.entities.Resolver).

On PostgreSQL, entities are created before the batch, outside its transaction: each
insert-or-ignore (ON CONFLICT DO NOTHING, then a re-select) commits on its own, so
two writers meeting the same new outlet or person wait for one statement, never for
each other's whole batch, and cannot deadlock over them. SQLite has one writer at a
time whatever we do, so there they are created at the start of the batch's own
transaction (a second commit per batch would only cost time).

Replaying the same store again adds nothing: a revision is keyed by
(article, fetched_at) and inserted with insert-or-ignore, and a fetch whose
content hash equals the previous revision's is not a new revision. Several
processes may write one database at once: a revision another writer stored first
is skipped (the insert returns no row for it, so its claims are not written
twice), and a batch that loses a race (unique violation, deadlock, busy SQLite
file) is rolled back and retried from scratch.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from aggregator.domains import registrable_domain
from aggregator.entities import Resolver, outlet_key
from aggregator.items import Article as ArticleItem
from aggregator.items import SavedPage

from . import models as m
from .bulk import converters, insert_ignore_rows, insert_rows, new_ids
from .upsert import insert_ignore_many, insert_ignore_stmt

__all__ = ["IngestCounts", "Ingestor", "content_hash", "is_stored", "outlet_key"]

RETRIES = 6
ARTICLE_CACHE = 10_000  # article ids kept per writer between batches
CHUNK = 500  # ids per IN (...) list
REVISION_COLUMNS = ("id", "article_id", "crawl_id", "fetched_at", "content_hash", "title", "author", "published",
                    "modified", "is_preview", "said_at")
CLAIM_COLUMNS = ("id", "revision_id", "position", "show_id", "season_number", "said_at", "event", "date_from",
                 "date_to", "precision", "certainty", "text", "article_id", "outlet_id", "fetched_at", "published",
                 "content_hash", "url", "cited_outlet_ids")


@dataclass(slots=True)
class IngestCounts:
    """What one batch (or a whole crawl) stored."""

    revisions: int = 0
    unchanged: int = 0
    claims: int = 0
    cast_credits: int = 0
    citations: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: IngestCounts) -> None:
        self.revisions += other.revisions
        self.unchanged += other.unchanged
        self.claims += other.claims
        self.cast_credits += other.cast_credits
        self.citations += other.citations
        self.failed += other.failed
        self.failures.extend(other.failures)


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


@dataclass(slots=True)
class _Pending:
    """A preview page on its way into `revisions`."""

    page: SavedPage
    art: ArticleItem
    outlet: int
    show: int | None
    season: int | None
    fetched: datetime  # UTC, aware
    digest: str = ""
    article: int = 0
    said_at: datetime | None = None
    people: list[int] = field(default_factory=list)  # person id of each cast credit


def is_stored(page: SavedPage) -> bool:
    """Whether `store` keeps the page as a revision: an extracted preview."""
    return page.error is None and page.article is not None and page.article.is_preview


def _previews(pages: list[SavedPage]) -> list[SavedPage]:
    return [p for p in pages if is_stored(p)]


class Ingestor:
    """Stores batches of extracted `SavedPage`s; keep one per writer process."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.resolver = Resolver()
        self._articles: dict[str, int] = {}
        self._outlet_of: dict[int, int] = {}  # article id -> its outlet
        # Batches rolled back and retried after losing a race with another writer.
        self.retries = 0

    def store(self, pages: list[SavedPage], crawl_id: int | None = None) -> IngestCounts:
        """Store a batch of pages in one transaction (retried when it loses a race with
        another writer); return what was added."""
        if len(self._articles) > ARTICLE_CACHE:
            # Bounded: a long crawl's writer must not grow with the number of URLs it saw;
            # a forgotten article id is simply read again.
            self._articles.clear()
            self._outlet_of.clear()
        for attempt in range(RETRIES):
            try:
                pending = self._resolve_entities(pages) if self.engine.dialect.name == "postgresql" else None
                with self.engine.connect() as conn:
                    # SQLite: take the write lock up front (see session._sqlite_begin).
                    conn.execution_options(sqlite_begin="IMMEDIATE")
                    with conn.begin():
                        if pending is None:
                            pending = self._entities(conn, _previews(pages))
                        return self._store_batch(conn, pages, pending, crawl_id)
            except (IntegrityError, OperationalError, DBAPIError) as exc:
                # Article ids cached during the failed transaction may not exist (entity
                # ids do, but a failed entity phase may have cached some): forget them all.
                self.resolver.reset()
                self._articles.clear()
                self._outlet_of.clear()
                if attempt == RETRIES - 1 or not _is_race(exc):
                    raise
                self.retries += 1
                time.sleep(0.05 * (2 ** attempt) * (1 + random.random()))
        raise AssertionError("unreachable")  # pragma: no cover

    # -- entities, before the batch -------------------------------------------------

    def _resolve_entities(self, pages: list[SavedPage]) -> list[_Pending]:
        """PostgreSQL: every entity the batch's preview pages name, created if new and
        committed statement by statement (a conflicting insert waits for one statement
        of the other writer, which holds no other lock); the batch then only reads the
        resolver's cache and writes nothing but its own rows."""
        previews = _previews(pages)
        if not previews:
            return []
        with self.engine.connect() as conn:
            return self._entities(conn.execution_options(isolation_level="AUTOCOMMIT"), previews)

    def _entities(self, conn: Connection, previews: list[SavedPage]) -> list[_Pending]:
        """Resolve (creating if new) the outlets, credited outlets, shows, seasons and
        people of these preview pages; each page's people ids are kept on its _Pending."""
        r = self.resolver
        pending = [self._resolve(conn, page, page.article) for page in previews if page.article is not None]
        for p in pending:
            for claim in p.art.release_claims:
                for name in claim.cites:
                    r.outlet_id(conn, name, None)
            for source in p.art.sources:
                r.outlet_id(conn, source.name, source.domain)
        people = iter(r.people(conn, [(credit.actor, p.show, p.outlet) for p in pending for credit in p.art.cast]))
        for p in pending:
            p.people = [next(people) for _ in p.art.cast]
        return pending

    # -- one batch ---------------------------------------------------------------

    def _store_batch(self, conn: Connection, pages: list[SavedPage], pending: list[_Pending],
                     crawl_id: int | None) -> IngestCounts:
        counts = IngestCounts()
        failures = []
        for page in pages:
            if page.error is not None or page.article is None:
                reason = page.error or "no article extracted"
                counts.failed += 1
                counts.failures.append((page.url, reason))
                failures.append({"url": page.url, "fetched_at": _utc(page.fetched_at), "reason": reason,
                                 "crawl_id": crawl_id})
        insert_ignore_many(conn, m.Failure.__table__, failures, ["url", "fetched_at"])
        if not pending:
            return counts
        self._article_ids(conn, pending)
        new = self._new_revisions(conn, pending, counts)
        if not new:
            return counts
        stored = self._insert_revisions(conn, new, crawl_id)
        counts.revisions += len(stored)
        self._store_claims(conn, stored, counts)
        self._store_cast_and_citations(conn, stored, counts)
        return counts

    def _insert_revisions(self, conn: Connection, new: list[_Pending],
                          crawl_id: int | None) -> list[tuple[int, _Pending]]:
        """Insert the new revisions; (revision id, page) of those this writer stored."""
        stamp, _ = converters(conn)
        if conn.dialect.name == "sqlite":
            # Under the batch's write lock nobody else can have stored these since
            # _new_revisions read them: plain inserts with ids we choose.
            ids = new_ids(conn, "revisions", len(new))
            insert_rows(conn, "revisions", REVISION_COLUMNS, [(
                i, p.article, crawl_id, stamp(p.fetched), p.digest, p.art.title, p.art.author,
                stamp(_as_datetime(p.art.published)), stamp(_as_datetime(p.art.modified)), int(p.art.is_preview),
                stamp(p.said_at)) for i, p in zip(ids, new)])
            return list(zip(ids, new))
        rev = m.Revision.__table__
        rows = [{
            "article_id": p.article, "crawl_id": crawl_id, "fetched_at": p.fetched, "content_hash": p.digest,
            "title": p.art.title, "author": p.art.author, "published": _as_datetime(p.art.published),
            "modified": _as_datetime(p.art.modified), "is_preview": p.art.is_preview, "said_at": p.said_at,
        } for p in new]
        stmt = insert_ignore_stmt(conn, rev, ["article_id", "fetched_at"]).returning(
            rev.c.id, rev.c.article_id, rev.c.fetched_at)
        # Only rows this writer inserted come back: a revision stored meanwhile by
        # another writer is theirs, claims and all.
        got = {(a, _naive(f)): i for i, a, f in conn.execute(stmt, rows)}
        return [(got[(p.article, _naive(p.fetched))], p) for p in new if (p.article, _naive(p.fetched)) in got]

    def _resolve(self, conn: Connection, page: SavedPage, art: ArticleItem) -> _Pending:
        r = self.resolver
        domain = art.outlet.domain or page.outlet_domain or registrable_domain(page.url)
        outlet = r.outlet_id(conn, art.outlet.name, domain)
        show = r.show_id(conn, art.show) if art.show else None
        season = r.season_id(conn, show, art.season) if show is not None and art.season is not None else None
        return _Pending(page, art, outlet, show, season, _utc(page.fetched_at))

    def _article_ids(self, conn: Connection, pending: list[_Pending]) -> None:
        a = m.Article.__table__
        missing = {p.page.url: p for p in pending if p.page.url not in self._articles}
        if missing:
            insert_ignore_rows(conn, "articles", ("url", "outlet_id", "show_id", "season_id"),
                               [(url, p.outlet, p.show, p.season) for url, p in sorted(missing.items())], ["url"])
            urls = list(missing)
            for start in range(0, len(urls), CHUNK):
                for i, url, outlet in conn.execute(select(a.c.id, a.c.url, a.c.outlet_id)
                                                   .where(a.c.url.in_(urls[start:start + CHUNK]))):
                    self._articles[url] = i
                    self._outlet_of[i] = outlet
        for p in pending:
            p.article = self._articles[p.page.url]

    def _new_revisions(self, conn: Connection, pending: list[_Pending], counts: IngestCounts) -> list[_Pending]:
        """The pages that are new revisions: not stored yet, and changed since the previous one."""
        rev = m.Revision.__table__
        known: dict[int, dict[datetime, str]] = defaultdict(dict)
        article_ids = sorted({p.article for p in pending})
        for start in range(0, len(article_ids), CHUNK):
            chunk = article_ids[start:start + CHUNK]
            for a, f, h in conn.execute(select(rev.c.article_id, rev.c.fetched_at, rev.c.content_hash)
                                        .where(rev.c.article_id.in_(chunk))):
                known[a][_naive(f)] = h
        new = []
        for p in sorted(pending, key=lambda p: (p.article, p.fetched)):
            history = known[p.article]
            when = _naive(p.fetched)
            if when in history:
                continue
            earlier = [t for t in history if t < when]
            previous = max(earlier) if earlier else None
            p.digest = p.page.content_hash or content_hash(p.page.body)
            history[when] = p.digest
            if previous is not None and history[previous] == p.digest:
                counts.unchanged += 1
                continue
            p.said_at = _said_at(p, previous)
            new.append(p)
        return new

    def _store_claims(self, conn: Connection, stored: list[tuple[int, _Pending]], counts: IngestCounts) -> None:
        stamp, day = converters(conn)
        outlets = self._article_outlets(conn, sorted({p.article for _, p in stored if p.art.release_claims}))
        n = sum(len(p.art.release_claims) for _, p in stored)
        if not n:
            return
        ids = iter(new_ids(conn, "release_claims", n))
        rows, cites = [], []
        for revision_id, p in stored:
            # A revision's moments, converted once for all its claims.
            said, fetched, published = stamp(p.said_at), stamp(p.fetched), stamp(_as_datetime(p.art.published))
            outlet = outlets[p.article]
            for position, claim in enumerate(p.art.release_claims):
                claim_id = next(ids)
                when = claim.when
                cited = sorted({self.resolver.outlet_id(conn, name, None) for name in claim.cites}) if claim.cites else []
                rows.append((claim_id, revision_id, position, p.show, claim.season, said, claim.event,
                             day(when.date_from), day(when.date_to), when.precision, claim.certainty, claim.text,
                             # The revision's and article's evidence, denormalized for the questions.
                             p.article, outlet, fetched, published, p.digest, p.page.url,
                             " ".join(map(str, cited)) or None))
                cites.extend((claim_id, o) for o in cited)
        insert_rows(conn, "release_claims", CLAIM_COLUMNS, rows)
        counts.claims += len(rows)
        if cites:
            insert_rows(conn, "claim_cites", ("claim_id", "outlet_id"), cites)

    def _article_outlets(self, conn: Connection, article_ids: list[int]) -> dict[int, int]:
        """article id -> its stored outlet (an article first stored by another page keeps its
        own); cached, since an article's outlet never changes."""
        a = m.Article.__table__
        missing = [i for i in article_ids if i not in self._outlet_of]
        for start in range(0, len(missing), CHUNK):
            self._outlet_of.update(conn.execute(select(a.c.id, a.c.outlet_id)
                                                .where(a.c.id.in_(missing[start:start + CHUNK]))).all())
        return self._outlet_of

    def _store_cast_and_citations(self, conn: Connection, stored: list[tuple[int, _Pending]],
                                  counts: IngestCounts) -> None:
        cast: list[tuple[Any, ...]] = []
        citations: list[tuple[Any, ...]] = []
        for revision_id, p in stored:
            people: set[int] = set()
            for credit, person in zip(p.art.cast, p.people):
                if person not in people:
                    people.add(person)
                    cast.append((revision_id, person, p.season, credit.actor, credit.character, credit.status))
            sources: set[int] = set()
            for source in p.art.sources:
                cited = self.resolver.outlet_id(conn, source.name, source.domain)
                if cited != p.outlet and cited not in sources:
                    sources.add(cited)
                    citations.append((revision_id, cited, source.name, source.url))
        if cast:
            insert_rows(conn, "cast_credits",
                        ("revision_id", "person_id", "season_id", "actor_as_written", "character", "status"), cast)
            counts.cast_credits += len(cast)
        if citations:
            insert_rows(conn, "citations", ("revision_id", "cited_outlet_id", "name_as_written", "url"), citations)
            counts.citations += len(citations)


def _said_at(p: _Pending, previous: datetime | None) -> datetime:
    """When a revision's statements were made: the article's published date for its first
    revision; for a later one, its modified date when that falls after the previous fetch,
    else the fetch itself (the change happened at some point before it)."""
    published, modified = _as_datetime(p.art.published), _as_datetime(p.art.modified)
    if previous is None:
        return published or p.fetched
    if modified is not None and _naive(modified) > previous and modified <= p.fetched:
        return modified
    return p.fetched


def _is_race(exc: Exception) -> bool:
    """Errors another writer can cause: unique violations, deadlocks, serialization, busy files."""
    if isinstance(exc, IntegrityError):
        return True
    text = str(getattr(exc, "orig", exc)).lower()
    return any(s in text for s in ("deadlock", "could not serialize", "database is locked", "busy"))


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


def _naive(value: datetime) -> datetime:
    """UTC wall time without tzinfo: SQLite returns stored datetimes naive, PostgreSQL aware."""
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def _as_datetime(value: datetime | date | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return _utc(value)
    return datetime(value.year, value.month, value.day, tzinfo=UTC)
