"""Normalized claim database (SQLAlchemy 2.x typed ORM).

Every stored claim keeps its evidence: the revision that stated it (article,
outlet, fetched_at, content hash), the sentence, and the outlets it credits.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names: alembic migrations stay identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: DateTime(timezone=True), str: String(512)}


class Outlet(Base):
    """A publication, identified by its registrable domain (or its name when unknown)."""

    __tablename__ = "outlets"
    id: Mapped[int] = mapped_column(primary_key=True)
    # The domain when known, else "name:" + the normalized name.
    key: Mapped[str] = mapped_column(String(255), unique=True)
    domain: Mapped[str | None] = mapped_column(String(255))
    name: Mapped[str]


class Show(Base):
    """A TV series under its canonical title; `key` is the normalized title."""

    __tablename__ = "shows"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    key: Mapped[str] = mapped_column(unique=True)
    seasons: Mapped[list[Season]] = relationship(back_populates="show")


class ShowAlias(Base):
    """Another spelling of a show's title, normalized, pointing at the show.

    `rule` records why the alias resolves there: "registry" (aggregator/data/shows.json),
    "written" (a page wrote it), "merge" (an analyst merged two shows).
    """

    __tablename__ = "show_aliases"
    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str]
    key: Mapped[str] = mapped_column(unique=True)
    rule: Mapped[str] = mapped_column(String(32), default="registry", server_default="registry")
    score: Mapped[float | None] = mapped_column(Float)


class OutletAlias(Base):
    """A name an outlet goes by (as a page wrote it, or from the outlet registry)."""

    __tablename__ = "outlet_aliases"
    id: Mapped[int] = mapped_column(primary_key=True)
    outlet_id: Mapped[int] = mapped_column(ForeignKey("outlets.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str]
    key: Mapped[str] = mapped_column(unique=True)
    rule: Mapped[str] = mapped_column(String(32), default="written")


class PersonAlias(Base):
    """How one outlet spelled a person in one show's cast, and why it resolved to `person_id`.

    rule: "exact" (same normalized name), "similar" (rapidfuzz ratio >= threshold
    within the show's cast; `score` says how close), "new" (first seen),
    "merge"/"split" (an analyst's decision; never overridden by ingest).
    """

    __tablename__ = "person_aliases"
    __table_args__ = (
        UniqueConstraint("show_id", "outlet_id", "key"),
        Index("ix_person_aliases_show_key", "show_id", "key"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    show_id: Mapped[int | None] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"))
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id", ondelete="CASCADE"))
    spelling: Mapped[str]
    key: Mapped[str]
    rule: Mapped[str] = mapped_column(String(32))
    score: Mapped[float | None] = mapped_column(Float)


class Season(Base):
    __tablename__ = "seasons"
    __table_args__ = (UniqueConstraint("show_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"))
    number: Mapped[int]
    show: Mapped[Show] = relationship(back_populates="seasons")


class Person(Base):
    """An actor; `key` is the normalized name."""

    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    key: Mapped[str] = mapped_column(unique=True)


class Crawl(Base):
    """One run of the crawler and what it counted."""

    __tablename__ = "crawls"
    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    mode: Mapped[str] = mapped_column(String(32))
    source: Mapped[str | None] = mapped_column(Text)
    pages: Mapped[int] = mapped_column(default=0)
    previews: Mapped[int] = mapped_column(default=0)
    non_previews: Mapped[int] = mapped_column(default=0)
    failed: Mapped[int] = mapped_column(default=0)
    missing: Mapped[int] = mapped_column(default=0)
    revisions: Mapped[int] = mapped_column(default=0)
    claims: Mapped[int] = mapped_column(default=0)
    cast_credits: Mapped[int] = mapped_column(default=0)
    citations: Mapped[int] = mapped_column(default=0)


class Article(Base):
    """One article URL at one outlet; its fetches are revisions."""

    __tablename__ = "articles"
    __table_args__ = (Index("ix_articles_show_season", "show_id", "season_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    outlet_id: Mapped[int] = mapped_column(ForeignKey("outlets.id"), index=True)
    show_id: Mapped[int | None] = mapped_column(ForeignKey("shows.id"), index=True)
    season_id: Mapped[int | None] = mapped_column(ForeignKey("seasons.id"))
    outlet: Mapped[Outlet] = relationship()
    revisions: Mapped[list[Revision]] = relationship(
        back_populates="article", order_by="Revision.fetched_at"
    )


class Revision(Base):
    """One distinct fetch of an article: what the page said at `fetched_at`."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("article_id", "fetched_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    crawl_id: Mapped[int | None] = mapped_column(ForeignKey("crawls.id"))
    fetched_at: Mapped[datetime]
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None]
    published: Mapped[datetime | None]
    modified: Mapped[datetime | None]
    is_preview: Mapped[bool]
    # When this revision's statements were made: published for the first revision,
    # modified (else fetched_at) for later ones. Claims copy it as their said_at.
    said_at: Mapped[datetime | None]
    article: Mapped[Article] = relationship(back_populates="revisions")


class ReleaseClaim(Base):
    """A dated claim about a season's event, as one revision stated it."""

    __tablename__ = "release_claims"
    __table_args__ = (
        UniqueConstraint("revision_id", "position"),
        Index("ix_release_claims_show_season", "show_id", "season_number", "said_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revisions.id", ondelete="CASCADE"))
    position: Mapped[int]
    # Denormalized for the timeline query: the show, season and the moment it was said.
    show_id: Mapped[int | None] = mapped_column(ForeignKey("shows.id"))
    season_number: Mapped[int | None]
    said_at: Mapped[datetime]
    event: Mapped[str] = mapped_column(String(32))
    date_from: Mapped[date] = mapped_column(Date)
    date_to: Mapped[date] = mapped_column(Date)
    precision: Mapped[str] = mapped_column(String(16))
    certainty: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    # Copied at ingest from the claim's revision and article (which never change after
    # it; migration 0003 filled older rows), so the questions read one table: the
    # timeline is one range of ix_release_claims_timeline, no joins.
    article_id: Mapped[int | None]
    outlet_id: Mapped[int | None]
    fetched_at: Mapped[datetime | None]
    published: Mapped[datetime | None]
    content_hash: Mapped[str | None] = mapped_column(String(64))
    url: Mapped[str | None] = mapped_column(Text)
    # The claim's claim_cites outlet ids, space-separated in their stored order (migration
    # 0004): the timeline reads a season's credits in its one index range.
    cited_outlet_ids: Mapped[str | None] = mapped_column(Text)
    # On SQLite, migration 0005 adds two VIRTUAL generated columns, timeline_shape and
    # timeline_evidence, that only the timeline reads (from its index). They are not
    # mapped: SQLite computes them, nothing may write them, and PostgreSQL has none.


class ClaimCite(Base):
    """An outlet a claim credits."""

    __tablename__ = "claim_cites"
    __table_args__ = (UniqueConstraint("claim_id", "outlet_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("release_claims.id", ondelete="CASCADE"))
    outlet_id: Mapped[int] = mapped_column(ForeignKey("outlets.id"), index=True)


class CastCredit(Base):
    """An actor credited with a role in a season, as one revision stated it."""

    __tablename__ = "cast_credits"
    __table_args__ = (UniqueConstraint("revision_id", "person_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revisions.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    season_id: Mapped[int | None] = mapped_column(ForeignKey("seasons.id"))
    actor_as_written: Mapped[str]
    character: Mapped[str | None]
    status: Mapped[str] = mapped_column(String(16))


class Citation(Base):
    """An outlet a revision credits as a source."""

    __tablename__ = "citations"
    __table_args__ = (UniqueConstraint("revision_id", "cited_outlet_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revisions.id", ondelete="CASCADE"))
    cited_outlet_id: Mapped[int] = mapped_column(ForeignKey("outlets.id"), index=True)
    name_as_written: Mapped[str | None]
    url: Mapped[str | None] = mapped_column(Text)


class Fact(Base):
    """What actually happened to a season (recorded by an analyst), to score claims against."""

    __tablename__ = "facts"
    __table_args__ = (UniqueConstraint("show_id", "season_number", "event"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"))
    season_number: Mapped[int]
    event: Mapped[str] = mapped_column(String(32))
    happened_on: Mapped[date] = mapped_column(Date)
    source_url: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime]


class Failure(Base):
    """A page that could not be extracted, and why."""

    __tablename__ = "failures"
    __table_args__ = (UniqueConstraint("url", "fetched_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    crawl_id: Mapped[int | None] = mapped_column(ForeignKey("crawls.id"))
    url: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text)
