"""The saved-page store: a folder of saved responses described by manifest.jsonl."""

from aggregator.store.manifest import ManifestEntry, SavedPageStore, StoreError, normalize_url

__all__ = ["ManifestEntry", "SavedPageStore", "StoreError", "normalize_url"]
