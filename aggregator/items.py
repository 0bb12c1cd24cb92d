"""Typed items that flow from extraction to storage.

`Article` is what `aggregator.extract.extract_article` returns and what
`aggregator extract` prints (as `extraction.schema.json`); `SavedPage` is what a
spider hands to the pipelines. Plain dataclasses: no Scrapy, no SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal

Event = Literal["premiere", "finale", "production_start", "production_end", "renewal", "trailer", "other"]
Precision = Literal["day", "week", "month", "season", "quarter", "half", "year"]
Certainty = Literal["confirmed", "reported", "speculative"]
CastStatus = Literal["returning", "new", "exiting", "unknown"]


@dataclass(frozen=True, slots=True)
class OutletRef:
    """A publication: display name and registrable domain (either may be unknown)."""

    name: str | None
    domain: str | None


@dataclass(frozen=True, slots=True)
class SourceRef:
    """An outlet that a page credits, with the linked article when there is one."""

    name: str | None
    domain: str | None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class DateRange:
    """An inclusive range of days and how precisely the page stated it."""

    date_from: date
    date_to: date
    precision: Precision

    @property
    def width(self) -> int:
        return (self.date_to - self.date_from).days + 1

    def contains(self, other: DateRange) -> bool:
        return self.date_from <= other.date_from and other.date_to <= self.date_to


@dataclass(slots=True)
class ReleaseClaim:
    """One dated claim: a season, an event, a range, how sure, and the sentence."""

    season: int | None
    event: Event
    when: DateRange
    certainty: Certainty
    text: str
    cites: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "season": self.season,
            "event": self.event,
            "date_from": self.when.date_from.isoformat(),
            "date_to": self.when.date_to.isoformat(),
            "precision": self.when.precision,
            "certainty": self.certainty,
            "text": self.text,
            "cites": list(self.cites),
        }


@dataclass(frozen=True, slots=True)
class CastCredit:
    """An actor named as playing a role in the season."""

    actor: str
    character: str | None
    status: CastStatus = "unknown"

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "character": self.character, "status": self.status}


@dataclass(slots=True)
class Article:
    """Everything extracted from one saved page (the shape of extraction.schema.json)."""

    url: str | None
    outlet: OutletRef
    title: str | None = None
    author: str | None = None
    published: datetime | date | None = None
    modified: datetime | date | None = None
    is_preview: bool = False
    show: str | None = None
    season: int | None = None
    release_claims: list[ReleaseClaim] = field(default_factory=list)
    cast: list[CastCredit] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object `aggregator extract` prints."""
        return {
            "url": self.url,
            "outlet": asdict(self.outlet),
            "title": self.title,
            "author": self.author,
            "published": _iso(self.published),
            "modified": _iso(self.modified),
            "is_preview": self.is_preview,
            "show": self.show,
            "season": self.season,
            "release_claims": [c.to_dict() for c in self.release_claims],
            "cast": [c.to_dict() for c in self.cast],
            "sources": [asdict(s) for s in self.sources],
        }


@dataclass(slots=True)
class SavedPage:
    """One fetched response of an article, as a spider hands it to the pipelines."""

    url: str
    fetched_at: datetime
    body: bytes
    status: int = 200
    content_type: str | None = None
    outlet_domain: str | None = None
    crawl_id: int | None = None
    # Filled by the extract pipeline; None until then or when extraction failed.
    article: Article | None = None
    error: str | None = None
    # sha256 of `body`, set by the store pipeline when it releases the body of a page
    # that waits for its batch (so a batch of pages does not pin every body in memory).
    content_hash: str | None = None


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None
