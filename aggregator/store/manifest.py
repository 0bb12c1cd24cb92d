"""Read a saved-page store (DESIGN.md, "The saved-page store").

A store is a directory with `manifest.jsonl`: one JSON object per saved response
(`url`, `file`, `fetched_at`, `status`, `content_type`, `seed`). Lines sharing a
`url` are revisions of one page, kept oldest first.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from w3lib.url import canonicalize_url

MANIFEST = "manifest.jsonl"


class StoreError(ValueError):
    """The store cannot be read: no manifest, a malformed line, a missing file."""


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """One saved response."""

    url: str
    file: str
    fetched_at: datetime
    status: int = 200
    content_type: str | None = None
    seed: bool = False


def normalize_url(url: str) -> str:
    """The key a URL is looked up by: canonical form, no fragment, no trailing-slash quirks."""
    return _key(canonicalize_url(url.strip(), keep_fragments=False))


def _key(canon: str) -> str:
    return canon.rstrip("/") if canon.count("/") > 3 else canon


def parse_timestamp(value: str) -> datetime:
    """ISO 8601 (with Z or offset) to an aware UTC datetime; naive means UTC."""
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


class SavedPageStore:
    """A read-only view of a store directory, indexed by normalized URL."""

    def __init__(self, root: Path, entries: list[ManifestEntry]) -> None:
        self.root = root
        self.entries = entries
        self._by_url: dict[str, list[ManifestEntry]] = {}
        # A replay asks for the URLs the manifest wrote, as written: looked up as they are,
        # they skip canonicalizing every request again (what `normalize_url` costs a page).
        self._by_written: dict[str, list[ManifestEntry]] = {}
        # canonicalize_url(url) of each URL as written (what Scrapy's request fingerprint hashes).
        self._canonical: dict[str, str] = {}
        for entry in entries:
            url = entry.url
            canon = canonicalize_url(url.strip(), keep_fragments=False)
            revisions = self._by_url.setdefault(_key(canon), [])
            revisions.append(entry)
            self._by_written[url] = revisions
            if url == url.strip():
                self._canonical[url] = canon
        for revisions in self._by_url.values():
            revisions.sort(key=lambda e: e.fetched_at)

    @classmethod
    def open(cls, root: str | Path) -> SavedPageStore:
        """Read `root/manifest.jsonl`; raise StoreError naming the first bad line."""
        root = Path(root)
        manifest = root / MANIFEST
        if not root.is_dir():
            raise StoreError(f"store directory not found: {root}")
        if not manifest.is_file():
            raise StoreError(f"no {MANIFEST} in {root}")
        entries = list(_read_manifest(manifest))
        if not entries:
            raise StoreError(f"{manifest} lists no pages")
        return cls(root, entries)

    def __len__(self) -> int:
        return len(self.entries)

    def seeds(self) -> list[str]:
        """URLs a crawl starts from: the `seed: true` lines, or every URL when none is marked."""
        marked = [e.url for e in self.entries if e.seed]
        urls = marked or [e.url for e in self.entries]
        return list(dict.fromkeys(urls))

    @property
    def seeds_every_page(self) -> bool:
        """True when no line is marked `seed`, so every saved page is a start: a replay
        then has nothing left to discover, and following links would only re-find
        seeded pages (dropped as duplicates) or ask for pages the store lacks."""
        return not any(e.seed for e in self.entries)

    def revisions(self, url: str) -> list[ManifestEntry]:
        """Every saved response of `url`, oldest first (empty when not in the store)."""
        found = self._by_written.get(url)
        return found if found is not None else self._by_url.get(normalize_url(url), [])

    def canonical_url(self, url: str) -> str | None:
        """`canonicalize_url(url)` (fragment dropped) when `url` is written so in the store:
        computed once, when the store was indexed. None for any other URL."""
        return self._canonical.get(url)

    def read(self, entry: ManifestEntry) -> bytes:
        """The saved bytes of one response."""
        path = os.path.join(self.root, entry.file)  # str, not Path: this runs once per replayed page
        try:
            with open(path, "rb") as fh:
                return fh.read()
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _read_manifest(path: Path) -> Iterator[ManifestEntry]:
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                yield ManifestEntry(
                    url=obj["url"],
                    file=obj["file"],
                    fetched_at=parse_timestamp(obj["fetched_at"]),
                    status=int(obj.get("status", 200)),
                    content_type=obj.get("content_type"),
                    seed=bool(obj.get("seed", False)),
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise StoreError(f"{path}:{lineno}: bad manifest line ({exc})") from exc
