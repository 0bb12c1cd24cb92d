"""A hand-made claim history, stored through Ingestor.store() (no extractor involved).

Star Trek: Picard season 2 (premiered 2022-03-03), as five outlets told it:

- Deadline (the source), one article, three revisions plus an unchanged refetch:
  2020-06-01 premiere "early 2022" (reported), production start Feb 2021 (speculative);
  2020-09-01 premiere "March 2022" (more precise), production start now reported, + Whoopi Goldberg;
  2021-11-01 premiere 2022-03-03 confirmed, production claim withdrawn, Evan Evagora dropped,
             now credits Variety.
- Variety 2020-06-10 "Picard": "early 2022", crediting Deadline in the claim; spells "Evan Evagor".
- Screen Rant 2020-07-01 "Star Trek Picard": "early 2022", credits nobody (the uncredited
  repeat); a 2021-01-05 revision drops the claim.
- CBR 2020-09-15: "March 2022", the article links Deadline (credited, at article level).
- TVLine 2020-10-01: "December 2021" (wrong), speculative.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from aggregator.db.ingest import Ingestor
from aggregator.items import (
    Article,
    CastCredit,
    DateRange,
    OutletRef,
    ReleaseClaim,
    SavedPage,
    SourceRef,
)

DEADLINE = "https://deadline.com/2020/06/star-trek-picard-season-2/"
VARIETY = "https://variety.com/2020/tv/picard-season-2/"
SCREENRANT = "https://screenrant.com/star-trek-picard-season-2-release-date/"
CBR = "https://www.cbr.com/picard-season-2-march/"
TVLINE = "https://tvline.com/2020/10/01/picard-season-2/"
PREMIERED = date(2022, 3, 3)

EARLY_2022 = DateRange(date(2022, 1, 1), date(2022, 6, 30), "half")
MARCH_2022 = DateRange(date(2022, 3, 1), date(2022, 3, 31), "month")
MARCH_3 = DateRange(PREMIERED, PREMIERED, "day")
DEC_2021 = DateRange(date(2021, 12, 1), date(2021, 12, 31), "month")
FEB_2021 = DateRange(date(2021, 2, 1), date(2021, 2, 28), "month")


def at(y: int, mo: int, d: int) -> datetime:
    return datetime(y, mo, d, 10, 0, tzinfo=UTC)


def claim(when: DateRange, certainty: str = "reported", event: str = "premiere", cites=()) -> ReleaseClaim:
    return ReleaseClaim(2, event, when, certainty, f"Season 2 {event}: {when.date_from}..{when.date_to}.",
                        list(cites))


def page(url: str, outlet: tuple[str, str], fetched: datetime, body: str, *, show="Star Trek: Picard",
         published: datetime, modified: datetime | None = None, claims=(), cast=(), sources=()) -> SavedPage:
    art = Article(url=url, outlet=OutletRef(*outlet), title=f"{show} season 2", published=published,
                  modified=modified, is_preview=True, show=show, season=2, release_claims=list(claims),
                  cast=[CastCredit(a, None, "returning") for a in cast], sources=list(sources))
    return SavedPage(url=url, fetched_at=fetched, body=body.encode(), article=art)


DL = ("Deadline", "deadline.com")


def batches() -> list[list[SavedPage]]:
    """The pages in crawl order, one batch per crawl day."""
    return [
        [page(DEADLINE, DL, at(2020, 6, 2), "d1", published=at(2020, 6, 1),
              claims=[claim(EARLY_2022), claim(FEB_2021, "speculative", "production_start")],
              cast=["Patrick Stewart", "Evan Evagora"])],
        [page(VARIETY, ("Variety", "variety.com"), at(2020, 6, 11), "v1", show="Picard", published=at(2020, 6, 10),
              claims=[claim(EARLY_2022, cites=["Deadline"])], cast=["Patrick Stewart", "Evan Evagor"],
              sources=[SourceRef("Deadline", "deadline.com", DEADLINE)])],
        [page(SCREENRANT, ("Screen Rant", "screenrant.com"), at(2020, 7, 2), "s1", show="Star Trek Picard",
              published=at(2020, 7, 1), claims=[claim(EARLY_2022)], cast=["patrick stewart"])],
        [page(DEADLINE, DL, at(2020, 9, 2), "d2", published=at(2020, 6, 1), modified=at(2020, 9, 1),
              claims=[claim(MARCH_2022), claim(FEB_2021, "reported", "production_start")],
              cast=["Patrick Stewart", "Evan Evagora", "Whoopi Goldberg"])],
        [page(CBR, ("CBR", "cbr.com"), at(2020, 9, 16), "c1", published=at(2020, 9, 15),
              claims=[claim(MARCH_2022)], sources=[SourceRef("Deadline", "deadline.com", DEADLINE)])],
        [page(TVLINE, ("TVLine", "tvline.com"), at(2020, 10, 2), "t1", published=at(2020, 10, 1),
              claims=[claim(DEC_2021, "speculative")])],
        [page(SCREENRANT, ("Screen Rant", "screenrant.com"), at(2021, 1, 5), "s2", show="Star Trek Picard",
              published=at(2020, 7, 1), cast=["patrick stewart"])],
        [page(DEADLINE, DL, at(2021, 11, 2), "d3", published=at(2020, 6, 1), modified=at(2021, 11, 1),
              claims=[claim(MARCH_3, "confirmed")], cast=["Patrick Stewart", "Whoopi Goldberg"],
              sources=[SourceRef("Variety", "variety.com", VARIETY)])],
        # Refetched, unchanged: no revision.
        [page(DEADLINE, DL, at(2021, 12, 2), "d3", published=at(2020, 6, 1), modified=at(2021, 11, 1),
              claims=[claim(MARCH_3, "confirmed")], cast=["Patrick Stewart", "Whoopi Goldberg"],
              sources=[SourceRef("Variety", "variety.com", VARIETY)])],
    ]


def build(engine) -> Ingestor:  # type: ignore[no-untyped-def]
    """Store the scenario; returns the ingestor."""
    ingestor = Ingestor(engine)
    for batch in batches():
        ingestor.store(batch)
    return ingestor


def sqlite_db(path) -> str:  # type: ignore[no-untyped-def]
    """A SQLite file holding the scenario; returns its URL (for CLI tests)."""
    from aggregator.db.migrate import upgrade
    from aggregator.db.session import make_engine

    url = f"sqlite:///{path}"
    engine = make_engine(url)
    upgrade(engine)
    build(engine)
    engine.dispose()
    return url
