"""Alembic environment: the engine comes from the caller (aggregator.db.migrations)
or, for the alembic command line, from $AGGREGATOR_DB / the default URL."""

from alembic import context

from aggregator.db.models import Base
from aggregator.db.session import make_engine

target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = context.config.attributes.get("engine") or make_engine()
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            # SQLite cannot ALTER most things; batch mode copies the table instead.
            render_as_batch=True,
        )
        context.run_migrations()


run_migrations_online()
