"""Web archives (WARC, ISO 28500) as saved-page stores, read and written with warcio.

A WARC file, or a folder of `*.warc` / `*.warc.gz` files, answers requests just
like a manifest folder: every `response` record is a saved response (its
WARC-Date is `fetched_at`), records sharing a URL are revisions. Records we
write carry `WARC-Aggregator-Seed: true` where the crawl started; in an archive
without that header every response is a seed, as in a manifest without `seed`.

Bodies are not held in memory: the index keeps each record's file and offset,
and `read` seeks to it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from aggregator.store.manifest import ManifestEntry, SavedPageStore, StoreError, parse_timestamp

SEED_HEADER = "WARC-Aggregator-Seed"
WARC_SUFFIXES = (".warc", ".warc.gz")
# Transport details that no longer describe the body once Scrapy has decoded it.
_DROP_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def is_warc_path(path: Path) -> bool:
    """A WARC file, or a folder holding WARC files and no manifest."""
    if path.is_file():
        return path.name.endswith(WARC_SUFFIXES)
    return path.is_dir() and not (path / "manifest.jsonl").exists() and any(_warc_files(path))


def _warc_files(path: Path) -> Iterator[Path]:
    if path.is_file():
        yield path
        return
    for child in sorted(path.rglob("*")):
        if child.is_file() and child.name.endswith(WARC_SUFFIXES):
            yield child


def _iso(dt: datetime) -> str:
    dt = dt.astimezone(UTC)
    fmt = "%Y-%m-%dT%H:%M:%S.%fZ" if dt.microsecond else "%Y-%m-%dT%H:%M:%SZ"
    return dt.strftime(fmt)


class WarcWriterFile:
    """Append response records to a (gzipped, when the name ends .gz) WARC file.

    Each record is flushed as it is written; in a .warc.gz every record is its
    own gzip member, so a crawl killed mid-way leaves a readable archive.
    """

    def __init__(self, path: str | Path, gzip: bool | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = self.path.open("ab")
        self._writer = WARCWriter(self._fh, gzip=self.path.name.endswith(".gz") if gzip is None else gzip)

    def write_response(self, url: str, fetched_at: datetime, status: int, headers: list[tuple[str, str]],
                       body: bytes, *, seed: bool = False) -> None:
        """Write one response record (headers describing `body` as it is stored)."""
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        kept = [(k, v) for k, v in headers if k.lower() not in _DROP_HEADERS]
        kept.append(("Content-Length", str(len(body))))
        http_headers = StatusAndHeaders(f"{status} {reason}", kept, protocol="HTTP/1.1")
        warc_headers = {"WARC-Date": _iso(fetched_at)}
        if seed:
            warc_headers[SEED_HEADER] = "true"
        record = self._writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                 http_headers=http_headers, warc_headers_dict=warc_headers)
        self._writer.write_record(record)
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> WarcWriterFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class WarcStore(SavedPageStore):
    """A read-only store over WARC files; `entry.file` is "relative/path.warc.gz@offset"."""

    @classmethod
    def open(cls, root: str | Path) -> WarcStore:
        """Index every response record of a WARC file or folder; StoreError if unreadable."""
        root = Path(root)
        if not root.exists():
            raise StoreError(f"store not found: {root}")
        base = root.parent if root.is_file() else root
        entries: list[ManifestEntry] = []
        for path in _warc_files(root):
            try:
                entries.extend(_index(path, path.relative_to(base).as_posix()))
            except Exception as exc:  # warcio raises several types on damaged archives
                raise StoreError(f"cannot read WARC {path}: {exc}") from exc
        if not entries:
            raise StoreError(f"{root} holds no WARC response records")
        return cls(base, entries)

    def read(self, entry: ManifestEntry) -> bytes:
        name, _, offset = entry.file.rpartition("@")
        path = self.root / name
        try:
            with path.open("rb") as fh:
                fh.seek(int(offset))
                record = next(iter(ArchiveIterator(fh)))
                return record.content_stream().read()
        except (OSError, StopIteration, ValueError) as exc:
            raise StoreError(f"cannot read record at {entry.file}: {exc}") from exc


def _index(path: Path, name: str) -> Iterator[ManifestEntry]:
    with path.open("rb") as fh:
        records = ArchiveIterator(fh)
        for record in records:
            if record.rec_type != "response" or record.http_headers is None:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            date = record.rec_headers.get_header("WARC-Date")
            if not url or not date:
                continue
            offset = records.get_record_offset()
            status = int(record.http_headers.get_statuscode() or 200)
            yield ManifestEntry(
                url=url, file=f"{name}@{offset}", fetched_at=parse_timestamp(date), status=status,
                content_type=record.http_headers.get_header("Content-Type"),
                seed=record.rec_headers.get_header(SEED_HEADER) == "true",
            )


def open_store(path: str | Path) -> SavedPageStore:
    """A manifest folder or a WARC file/folder, whichever `path` is."""
    path = Path(path)
    key = _store_key(path)
    if key is not None and _LAST_OPENED and _LAST_OPENED[0] == key:
        return _LAST_OPENED[1]
    if path.exists() and is_warc_path(path):
        store: SavedPageStore = WarcStore.open(path)
    elif path.is_file():
        raise StoreError(f"not a store: {path} (expected a folder with manifest.jsonl or a .warc/.warc.gz file)")
    else:
        store = SavedPageStore.open(path)
    if key is not None:
        _LAST_OPENED[:] = [key, store]
    return store


# The CLI, the spider and the replay middleware each open the crawl's store: index it once.
# Only the last store is kept, keyed by what would change if the store were rewritten.
_LAST_OPENED: list = []


def _store_key(path: Path) -> tuple | None:
    try:
        index = path / "manifest.jsonl" if path.is_dir() and (path / "manifest.jsonl").exists() else path
        if index.is_dir():  # a folder of WARC files
            files = [(str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in _warc_files(index)]
            return (str(path.resolve()), tuple(files))
        st = index.stat()
        return (str(path.resolve()), st.st_mtime_ns, st.st_size, st.st_ino)
    except OSError:
        return None
