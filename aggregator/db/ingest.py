"""Write extracted pages to the claim database: batched, idempotent, evidence kept.

One transaction per batch; entity ids (outlets, shows, seasons, people) are
cached per ingestor so a batch costs a handful of statements, not one per row.
Replaying the same store again adds nothing: a revision is keyed by
(article, fetched_at), and a fetch whose content hash equals the previous
revision's is not a new revision.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.dialects import postgresql, sqlite

from aggregator.domains import registrable_domain
from aggregator.items import Article as ArticleItem
from aggregator.items import SavedPage
from aggregator.text import norm

from . import models as m


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


def outlet_key(name: str | None, domain: str | None) -> str:
    """Outlets are identified by registrable domain; by normalized name when it is unknown."""
    return domain or f"name:{norm(name)}"


class Ingestor:
    """Stores batches of extracted `SavedPage`s; keep one per writer process."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._outlets: dict[str, int] = {}
        self._shows: dict[str, int] = {}
        self._seasons: dict[tuple[int, int], int] = {}
        self._people: dict[str, int] = {}

    # -- entities -------------------------------------------------------------

    def _insert_ignore(self, conn: Connection, table, values: dict, key_cols: list[str]):  # type: ignore[no-untyped-def]
        dialect = conn.dialect.name
        if dialect == "postgresql":
            stmt = postgresql.insert(table).values(**values).on_conflict_do_nothing(index_elements=key_cols)
        elif dialect == "sqlite":
            stmt = sqlite.insert(table).values(**values).on_conflict_do_nothing(index_elements=key_cols)
        else:  # pragma: no cover - other backends are not supported
            stmt = insert(table).values(**values)
        conn.execute(stmt)
        where = [table.c[col] == values[col] for col in key_cols]
        return conn.execute(select(table.c.id).where(*where)).scalar_one()

    def outlet_id(self, conn: Connection, name: str | None, domain: str | None) -> int:
        key = outlet_key(name, domain)
        if key not in self._outlets:
            self._outlets[key] = self._insert_ignore(
                conn, m.Outlet.__table__,
                {"key": key, "domain": domain, "name": name or domain or key}, ["key"],
            )
        return self._outlets[key]

    def show_id(self, conn: Connection, title: str) -> int:
        key = norm(title)
        if key not in self._shows:
            self._shows[key] = self._insert_ignore(conn, m.Show.__table__, {"key": key, "title": title}, ["key"])
        return self._shows[key]

    def season_id(self, conn: Connection, show_id: int, number: int) -> int:
        k = (show_id, number)
        if k not in self._seasons:
            self._seasons[k] = self._insert_ignore(
                conn, m.Season.__table__, {"show_id": show_id, "number": number}, ["show_id", "number"]
            )
        return self._seasons[k]

    def person_id(self, conn: Connection, name: str) -> int:
        key = norm(name)
        if key not in self._people:
            self._people[key] = self._insert_ignore(conn, m.Person.__table__, {"key": key, "name": name}, ["key"])
        return self._people[key]

    # -- pages ----------------------------------------------------------------

    def store(self, pages: list[SavedPage], crawl_id: int | None = None) -> IngestCounts:
        """Store a batch of pages in one transaction; return what was added."""
        counts = IngestCounts()
        with self.engine.begin() as conn:
            for page in pages:
                if page.error is not None or page.article is None:
                    self._store_failure(conn, page, crawl_id, counts)
                elif page.article.is_preview:
                    self._store_article(conn, page, page.article, crawl_id, counts)
        return counts

    def _store_failure(self, conn: Connection, page: SavedPage, crawl_id: int | None, counts: IngestCounts) -> None:
        reason = page.error or "no article extracted"
        counts.failed += 1
        counts.failures.append((page.url, reason))
        self._insert_ignore(
            conn, m.Failure.__table__,
            {"url": page.url, "fetched_at": page.fetched_at, "reason": reason, "crawl_id": crawl_id},
            ["url", "fetched_at"],
        )

    def _store_article(
        self, conn: Connection, page: SavedPage, art: ArticleItem, crawl_id: int | None, counts: IngestCounts
    ) -> None:
        domain = art.outlet.domain or page.outlet_domain or registrable_domain(page.url)
        outlet = self.outlet_id(conn, art.outlet.name, domain)
        show = self.show_id(conn, art.show) if art.show else None
        season = self.season_id(conn, show, art.season) if show is not None and art.season is not None else None
        article_id = self._insert_ignore(
            conn, m.Article.__table__,
            {"url": page.url, "outlet_id": outlet, "show_id": show, "season_id": season}, ["url"],
        )
        rev = m.Revision.__table__
        seen = conn.execute(
            select(rev.c.id).where(rev.c.article_id == article_id, rev.c.fetched_at == page.fetched_at)
        ).first()
        if seen is not None:
            return
        digest = content_hash(page.body)
        previous = conn.execute(
            select(rev.c.content_hash)
            .where(rev.c.article_id == article_id, rev.c.fetched_at < page.fetched_at)
            .order_by(rev.c.fetched_at.desc())
            .limit(1)
        ).scalar()
        if previous == digest:
            counts.unchanged += 1
            return
        revision_id = conn.execute(
            insert(rev).returning(rev.c.id),
            {
                "article_id": article_id, "crawl_id": crawl_id, "fetched_at": page.fetched_at,
                "content_hash": digest, "title": art.title, "author": art.author,
                "published": _as_datetime(art.published), "modified": _as_datetime(art.modified),
                "is_preview": art.is_preview,
            },
        ).scalar_one()
        counts.revisions += 1
        said_at = _as_datetime(art.published) or page.fetched_at
        self._store_claims(conn, art, revision_id, show, said_at, counts)
        self._store_cast(conn, art, revision_id, season, counts)
        self._store_citations(conn, art, revision_id, outlet, counts)

    def _store_claims(
        self, conn: Connection, art: ArticleItem, revision_id: int, show: int | None, said_at: datetime,
        counts: IngestCounts,
    ) -> None:
        from aggregator.outlets import default_registry

        registry = default_registry()
        for position, claim in enumerate(art.release_claims):
            claim_id = conn.execute(
                insert(m.ReleaseClaim.__table__).returning(m.ReleaseClaim.__table__.c.id),
                {
                    "revision_id": revision_id, "position": position, "show_id": show,
                    "season_number": claim.season, "said_at": said_at, "event": claim.event,
                    "date_from": claim.when.date_from, "date_to": claim.when.date_to,
                    "precision": claim.when.precision, "certainty": claim.certainty, "text": claim.text,
                },
            ).scalar_one()
            cited: set[int] = set()
            for name in claim.cites:
                known = registry.by_name(name)
                cited.add(self.outlet_id(conn, known.name if known else name,
                                         known.domains[0] if known else None))
            if cited:
                conn.execute(insert(m.ClaimCite.__table__),
                             [{"claim_id": claim_id, "outlet_id": o} for o in sorted(cited)])
            counts.claims += 1

    def _store_cast(
        self, conn: Connection, art: ArticleItem, revision_id: int, season: int | None, counts: IngestCounts
    ) -> None:
        rows = {}
        for credit in art.cast:
            person = self.person_id(conn, credit.actor)
            rows.setdefault(person, {
                "revision_id": revision_id, "person_id": person, "season_id": season,
                "actor_as_written": credit.actor, "character": credit.character, "status": credit.status,
            })
        if rows:
            conn.execute(insert(m.CastCredit.__table__), list(rows.values()))
            counts.cast_credits += len(rows)

    def _store_citations(
        self, conn: Connection, art: ArticleItem, revision_id: int, own_outlet: int, counts: IngestCounts
    ) -> None:
        rows = {}
        for source in art.sources:
            cited = self.outlet_id(conn, source.name, source.domain)
            if cited != own_outlet:
                rows.setdefault(cited, {"revision_id": revision_id, "cited_outlet_id": cited,
                                        "name_as_written": source.name, "url": source.url})
        if rows:
            conn.execute(insert(m.Citation.__table__), list(rows.values()))
            counts.citations += len(rows)


def _as_datetime(value: datetime | date | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime(value.year, value.month, value.day, tzinfo=UTC)
