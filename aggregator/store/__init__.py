"""The saved-page store: a folder of saved responses described by manifest.jsonl, or WARC files."""

from aggregator.store.manifest import ManifestEntry, SavedPageStore, StoreError, normalize_url
from aggregator.store.warc import WarcStore, open_store

__all__ = ["ManifestEntry", "SavedPageStore", "StoreError", "WarcStore", "normalize_url", "open_store"]
