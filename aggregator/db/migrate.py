"""Run the packaged alembic migrations programmatically."""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

MIGRATIONS = files("aggregator.db") / "migrations"


def alembic_config(engine: Engine) -> Config:
    """An alembic Config pointing at the packaged scripts and this engine."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to `revision` (creates it on an empty database)."""
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Take the schema down to `revision` ("base" drops everything)."""
    command.downgrade(alembic_config(engine), revision)
