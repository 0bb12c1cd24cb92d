"""Convert between a manifest folder and WARC: `aggregator store import|export`."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from aggregator.store.manifest import MANIFEST, SavedPageStore, StoreError
from aggregator.store.warc import WarcStore, WarcWriterFile, _iso, open_store


def export_warc(store_dir: str | Path, out: str | Path) -> int:
    """Write every saved response of a store (manifest or WARC) to one WARC file; return the count."""
    store = open_store(store_dir)
    out = Path(out)
    if out.exists():
        raise StoreError(f"{out} exists; not overwriting it")
    count = 0
    tmp = out.with_name(out.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        with WarcWriterFile(tmp, gzip=out.name.endswith(".gz")) as writer:
            for entry in sorted(store.entries, key=lambda e: (e.fetched_at, e.url)):
                headers = [("Content-Type", entry.content_type)] if entry.content_type else []
                writer.write_response(entry.url, entry.fetched_at, entry.status, headers, store.read(entry),
                                      seed=entry.seed)
                count += 1
    except BaseException:
        tmp.unlink(missing_ok=True)  # never a half-written archive
        raise
    tmp.replace(out)
    return count


def _file_name(url: str, fetched_at_iso: str, used: set[str]) -> str:
    """A readable, unique relative path for a saved body: host/path-slug[.rN].html."""
    parts = urlsplit(url)
    host = (parts.hostname or "site").removeprefix("www.")
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", parts.path.strip("/")).strip("-.") or "index"
    if parts.query:
        slug += "-" + hashlib.sha1(parts.query.encode()).hexdigest()[:8]
    slug = slug[:150]
    name = f"{host}/{slug}.html"
    n = 1
    while name in used:
        n += 1
        name = f"{host}/{slug}.r{n}.html"
    used.add(name)
    return name


def import_warc(warc: str | Path, out_dir: str | Path) -> int:
    """Unpack a WARC file or folder into a new manifest folder; return the number of responses."""
    store = WarcStore.open(warc)
    out = Path(out_dir)
    if (out / MANIFEST).exists():
        raise StoreError(f"{out / MANIFEST} exists; not overwriting it")
    out.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    lines = []
    for entry in store.entries:
        name = _file_name(entry.url, _iso(entry.fetched_at), used)
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(store.read(entry))
        lines.append(json.dumps({
            "url": entry.url, "file": name, "fetched_at": _iso(entry.fetched_at), "status": entry.status,
            "content_type": entry.content_type, "seed": entry.seed,
        }))
    tmp = out / (MANIFEST + ".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(out / MANIFEST)  # the manifest appears whole or not at all
    SavedPageStore.open(out)      # check what we wrote reads back
    return len(lines)
