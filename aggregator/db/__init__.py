"""Storage shell: SQLAlchemy models, engine/session setup, ingest and migrations."""
