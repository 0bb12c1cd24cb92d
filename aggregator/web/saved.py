"""The saved copy of a page, found in a crawl's store and made safe to show.

The database keeps each revision's URL, fetched_at and content hash, not the
bytes; the bytes live in the saved-page store the crawl replayed (its
`crawls.source`) or in a store the server was pointed at with `--store`. A
revision is matched by URL and fetched_at, and the bytes are trusted only when
their SHA-256 equals the stored content hash.

Everything in a saved page is untrusted: `clean_html` strips scripts, event
handlers, `javascript:` links, frames, forms and embeds (lxml_html_clean), and
the page is then served under a Content-Security-Policy with `sandbox` and no
script source, inside a sandboxed iframe — three independent locks.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import lxml.html
from lxml import etree
from lxml_html_clean import Cleaner
from rapidfuzz import fuzz

from aggregator.store.manifest import SavedPageStore, StoreError

# Served with the cleaned page: nothing may run, load, submit or navigate.
SAVED_PAGE_CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src 'none'; "
    "form-action 'none'; base-uri 'none'; frame-ancestors 'self'; sandbox"
)

_CLEANER = Cleaner(
    scripts=True, javascript=True, comments=True, style=False, inline_style=False, links=True,
    meta=True, page_structure=False, processing_instructions=True, embedded=True, frames=True,
    forms=True, annoying_tags=True, remove_unknown_tags=False, safe_attrs_only=True,
)


@dataclass(frozen=True, slots=True)
class SavedCopy:
    """The bytes of one revision and where they came from."""

    url: str
    fetched_at: datetime
    body: bytes
    content_type: str | None
    store: Path


@lru_cache(maxsize=16)
def _open_store(root: str) -> SavedPageStore | None:
    try:
        return SavedPageStore.open(root)
    except StoreError:
        return None


def find_saved(stores: Iterable[str | Path], url: str, fetched_at: datetime | None,
               content_hash: str | None) -> SavedCopy | None:
    """The saved bytes of `url` as fetched at `fetched_at` (hash-checked), or None."""
    for root in dict.fromkeys(str(Path(s).resolve()) for s in stores if s):
        store = _open_store(root)
        if store is None:
            continue
        entries = store.revisions(url)
        if fetched_at is not None:
            same_time = [e for e in entries if _same_instant(e.fetched_at, fetched_at)]
            entries = same_time + [e for e in entries if e not in same_time]
        for entry in entries:
            try:
                body = store.read(entry)
            except StoreError:
                continue
            if content_hash and hashlib.sha256(body).hexdigest() != content_hash:
                continue
            return SavedCopy(entry.url, entry.fetched_at, body, entry.content_type, store.root)
    return None


def _same_instant(a: datetime, b: datetime) -> bool:
    # SQLite hands back naive datetimes (UTC by convention); the store's are aware UTC.
    return _naive_utc(a) == _naive_utc(b)


def _naive_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def _parse(body: bytes) -> etree._Element | None:
    try:
        return lxml.html.document_fromstring(body)
    except (etree.ParserError, ValueError):
        return None


def clean_html(body: bytes) -> str:
    """The page with everything executable or external removed (may still look like the page)."""
    doc = _parse(body)
    if doc is None:
        return "<p>(the saved page is empty)</p>"
    cleaned = _CLEANER.clean_html(doc)
    return lxml.html.tostring(cleaned, encoding="unicode", method="html", doctype="<!DOCTYPE html>")


def page_title(body: bytes) -> str | None:
    """The saved page's <title> text (untrusted: the caller escapes it)."""
    doc = _parse(body)
    if doc is None:
        return None
    title = doc.findtext(".//title")
    return " ".join(title.split()) if title else None


_BLOCKS = ("p", "li", "blockquote", "h1", "h2", "h3", "h4", "td", "dd", "figcaption")


def evidence_context(body: bytes, sentence: str, min_score: float = 80.0) -> dict[str, str] | None:
    """The paragraph of the saved page that holds `sentence`, split around it.

    Returns {"before", "match", "after"} (plain text, for escaping by the template),
    or None when no paragraph holds something close enough to the sentence.
    """
    doc = _parse(body)
    target = " ".join(sentence.split())
    if doc is None or not target:
        return None
    for bad in list(doc.iter("script", "style", "noscript", "template")):
        if bad.getparent() is not None:
            bad.drop_tree()
    best: tuple[float, str, int, int] | None = None
    for element in doc.iter(*_BLOCKS):
        text = " ".join(element.text_content().split())
        if len(text) < len(target) * 0.5:
            continue
        exact = text.find(target)
        if exact >= 0:
            best = (100.0, text, exact, exact + len(target))
            break
        found = fuzz.partial_ratio_alignment(target, text, score_cutoff=min_score)
        if found is not None and (best is None or found.score > best[0]):
            best = (found.score, text, found.dest_start, found.dest_end)
    if best is None:
        return None
    _, text, start, end = best
    start, end = _widen_to_words(text, start, end)
    return {"before": text[:start], "match": text[start:end], "after": text[end:]}


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and not re.match(r"\s", text[start - 1]):
        start -= 1
    while end < len(text) and not re.match(r"\s", text[end]):
        end += 1
    return start, end
