"""Pure extraction: saved page bytes in, a typed `Article` out.

No Scrapy, no database: the crawler, the CLI and the tests all call
`extract_article`. Each field comes from its own module (metadata, content,
shows, dates, claims, cast, sources); this function only wires them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from aggregator.domains import registrable_domain
from aggregator.extract.articlebody import filter_blocks
from aggregator.extract.cast import extract_cast
from aggregator.extract.claims import extract_claims
from aggregator.extract.document import without_struck
from aggregator.extract.errors import ExtractionError
from aggregator.extract.html import parse_document
from aggregator.extract.locale import date_locale
from aggregator.extract.shows import detect_show_season, is_preview
from aggregator.extract.sources import find_sources
from aggregator.items import Article, OutletRef

__all__ = ["ExtractionError", "extract_article"]


def extract_article(
    body: bytes | str,
    url: str | None = None,
    content_type: str | None = None,
    published: date | datetime | None = None,
) -> Article:
    """Extract one saved page.

    `url` overrides what the page says about itself; `published` overrides the
    page's own publication date (relative dates such as "next month" resolve
    against it). Raises ExtractionError for input that is not an HTML page.
    """
    doc = parse_document(body, url=url, content_type=content_type)
    doc.blocks = filter_blocks(doc.blocks, doc.jsonld)
    meta = doc.meta
    if published is not None:
        meta.published = published
    domain = meta.domain or registrable_domain(meta.url)
    outlet = OutletRef(name=meta.site_name, domain=domain)
    show, season = detect_show_season(doc)
    preview = is_preview(doc, show, season)
    article = Article(
        url=meta.url, outlet=outlet, title=meta.title, author=meta.author,
        published=meta.published, modified=meta.modified,
        is_preview=preview, show=show, season=season,
    )
    if preview:
        # Claims, cast and sources are read from previews only (fixtures/CONVENTIONS.md).
        pub = meta.published.date() if isinstance(meta.published, datetime) else meta.published
        article.release_claims = extract_claims(doc.blocks, season, pub, show, date_locale(domain))
        # Struck-out text is withdrawn: no one is credited in it (claims skip its dates themselves).
        plain = replace(doc, blocks=without_struck(doc.blocks)) if any(b.struck for b in doc.blocks) else doc
        article.cast = extract_cast(plain, show)
        article.sources = find_sources(plain, outlet)
    return article
