"""A small claim database and its saved-page store, for the web UI tests.

Hand-made pages about one show: Deadline states the premiere first, TVLine
revises its article (early 2021 → February 2022), ScreenPulse repeats Deadline
without credit, Showbiz Daily credits Deadline, and a hostile page whose title,
outlet name, body and claim sentence carry <script> and javascript: payloads.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from aggregator.db.ingest import Ingestor
from aggregator.db.migrate import upgrade
from aggregator.db.session import make_engine
from aggregator.items import Article, DateRange, OutletRef, ReleaseClaim, SavedPage, SourceRef
from aggregator.query import add_fact, find_show

SHOW = "Star Trek: Picard"
XSS_TITLE = 'Picard S2 <script>window.__xss = "title"</script><img src=x onerror="window.__xss=1">'
XSS_SENTENCE = ('Star Trek: Picard season 2 will premiere in March 2022 <script>window.__xss = "claim"</script>'
                '<a href="javascript:window.__xss=2">click</a>.')
XSS_OUTLET = 'Evil <script>window.__xss="outlet"</script> News'

XSS_BODY = f"""<!DOCTYPE html><html><head><title>{XSS_TITLE}</title>
<script>window.__xss = "head"; alert("head")</script>
<meta http-equiv="refresh" content="0;url=javascript:alert(1)">
</head><body onload="window.__xss='onload'">
<h1>Picard season 2 <script>alert('h1')</script></h1>
<p>Our sources say: {XSS_SENTENCE} More soon.</p>
<p><a id="jslink" href="javascript:window.__xss='link'">Read more</a>
<img src="x" onerror="window.__xss='img'"><svg onload="window.__xss='svg'"></svg></p>
<iframe src="javascript:alert('frame')"></iframe>
<form action="javascript:alert('form')"><input name=a></form>
</body></html>"""


def page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


def claim(sentence: str, start: date, end: date, precision: str, certainty: str, cites: list[str] | None = None,
          season: int = 2, event: str = "premiere") -> ReleaseClaim:
    return ReleaseClaim(season, event, DateRange(start, end, precision), certainty, sentence, cites or [])  # type: ignore[arg-type]


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=UTC)


DEADLINE_SENTENCE = "Paramount+ confirmed that Star Trek: Picard season 2 premieres on February 17, 2022."
TVLINE_OLD = "Star Trek: Picard season 2 is expected to arrive in early 2021."
TVLINE_NEW = "Star Trek: Picard season 2 now premieres in February 2022, Paramount+ said."
SCREENPULSE_SENTENCE = "Season 2 of Star Trek: Picard will premiere on February 17, 2022."
SHOWBIZ_SENTENCE = "According to Deadline, Picard season 2 premieres on February 17, 2022."
S3_SENTENCE = "Star Trek: Picard season 3 could arrive in 2023."

# (url, fetched_at, outlet name, domain, published, title, paragraphs/body, claims, sources)
PAGES = [
    ("https://tvline.com/news/picard-season-2-date/", "2020-06-01T10:00:00", "TVLine", "tvline.com", "2020-06-01",
     "Picard season 2: everything we know", ["Fans are waiting.", TVLINE_OLD + " Filming starts soon.", "Stay tuned."],
     [claim(TVLINE_OLD, date(2021, 1, 1), date(2021, 4, 30), "season", "speculative")], []),
    ("https://deadline.com/2021/10/picard-season-2-premiere-date/", "2021-10-14T12:00:00", "Deadline", "deadline.com",
     "2021-10-14", "Picard season 2 sets premiere date", ["Big news today.", DEADLINE_SENTENCE, "The trailer is out."],
     [claim(DEADLINE_SENTENCE, date(2022, 2, 17), date(2022, 2, 17), "day", "confirmed")], []),
    ("https://tvline.com/news/picard-season-2-date/", "2021-10-20T10:00:00", "TVLine", "tvline.com", "2020-06-01",
     "Picard season 2: everything we know", ["Fans are waiting.", TVLINE_NEW, "Stay tuned."],
     [claim(TVLINE_NEW, date(2022, 2, 1), date(2022, 2, 28), "month", "reported")], []),
    ("https://www.screenpulse.com/picard-s2/", "2021-10-25T09:00:00", "ScreenPulse", "screenpulse.com", "2021-10-25",
     "When does Picard season 2 come out?", ["Here is what we know.", SCREENPULSE_SENTENCE, S3_SENTENCE],
     [claim(SCREENPULSE_SENTENCE, date(2022, 2, 17), date(2022, 2, 17), "day", "reported"),
      claim(S3_SENTENCE, date(2023, 1, 1), date(2023, 12, 31), "year", "speculative", season=3)], []),
    ("https://showbizdaily.com/picard-2/", "2021-10-26T09:00:00", "Showbiz Daily", "showbizdaily.com", "2021-10-26",
     "Picard returns", ["Good news, Trekkies.", SHOWBIZ_SENTENCE],
     [claim(SHOWBIZ_SENTENCE, date(2022, 2, 17), date(2022, 2, 17), "day", "reported", ["Deadline"])],
     [SourceRef("Deadline", "deadline.com", "https://deadline.com/2021/10/picard-season-2-premiere-date/")]),
    ("https://evil.com/picard/", "2021-11-01T09:00:00", XSS_OUTLET, "evil.com", "2021-11-01",
     XSS_TITLE, XSS_BODY, [claim(XSS_SENTENCE, date(2022, 3, 1), date(2022, 3, 31), "month", "speculative")], []),
]


@dataclass
class Site:
    db_url: str
    store: Path
    hashes: dict[tuple[str, str], str]

    def claim_ids(self) -> dict[str, int]:
        """sentence -> claim id."""
        from aggregator.query import claim_timeline

        engine = create_engine(self.db_url)
        with engine.connect() as conn:
            show = find_show(conn, SHOW)
            assert show is not None
            ids = {row["text"]: row["claim_id"] for row in claim_timeline(conn, show.id)}
        engine.dispose()
        return ids


def write_store(root: Path, pages: list[tuple[str, str, bytes]]) -> None:
    """A saved-page store (manifest.jsonl + files), as tests/conftest.py make_store writes it."""
    root.mkdir(parents=True, exist_ok=True)
    lines = []
    for i, (url, fetched_at, body) in enumerate(pages):
        (root / f"page{i}.html").write_bytes(body)
        lines.append(json.dumps({"url": url, "file": f"page{i}.html", "fetched_at": fetched_at + "Z", "status": 200,
                                 "content_type": "text/html; charset=utf-8", "seed": True}))
    (root / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_site(root: Path, db_url: str) -> Site:
    """Ingest PAGES into a fresh database at db_url and write their store under root."""
    saved, stored, hashes = [], [], {}
    for url, fetched, name, domain, published, title, paragraphs, claims, sources in PAGES:
        body = (paragraphs if isinstance(paragraphs, str) else page(title, paragraphs)).encode("utf-8")
        article = Article(url=url, outlet=OutletRef(name, domain), title=title, published=at(published),
                          is_preview=True, show=SHOW, season=2, release_claims=claims, sources=sources)
        saved.append(SavedPage(url=url, fetched_at=at(fetched), body=body, article=article, outlet_domain=domain))
        stored.append((url, fetched, body))
        hashes[(url, fetched)] = hashlib.sha256(body).hexdigest()
    write_store(root / "store", stored)
    engine = make_engine(db_url)
    upgrade(engine)
    Ingestor(engine).store(saved)
    with engine.begin() as conn:
        show = find_show(conn, SHOW)
        assert show is not None
        add_fact(conn, show.id, 2, "premiere", date(2022, 2, 17), "https://www.paramountplus.com/")
    engine.dispose()
    return Site(db_url, root / "store", hashes)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = tmp_path_factory.mktemp("web")
    return build_site(root, f"sqlite:///{root / 'claims.db'}")


@pytest.fixture(scope="session")
def app(site: Site):
    from aggregator.web.app import create_app

    return create_app(site.db_url, stores=[site.store])


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c
