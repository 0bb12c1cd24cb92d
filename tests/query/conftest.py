import pytest

from aggregator.db.migrate import upgrade
from aggregator.db.session import make_engine
from tests.query import scenario


@pytest.fixture
def engine(db_url):
    """A fresh database (SQLite and PostgreSQL) holding the Picard scenario."""
    engine = make_engine(db_url)
    upgrade(engine)
    scenario.build(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def conn(engine):
    with engine.connect() as conn:
        yield conn
