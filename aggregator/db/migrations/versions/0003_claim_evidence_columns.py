"""release_claims carries its evidence (article, outlet, url, fetch) and a timeline index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Copied from the claim's revision and article (never changed after ingest), so the
# timeline, `first` and `consensus` read one table instead of joining three.
COLUMNS = [
    ("article_id", sa.Integer),
    ("outlet_id", sa.Integer),
    ("fetched_at", lambda: sa.DateTime(timezone=True)),
    ("published", lambda: sa.DateTime(timezone=True)),
    ("content_hash", lambda: sa.String(length=64)),
    ("url", sa.Text),
]
# The timeline's order first; on SQLite every column the questions read follows, so a
# season is one index-only range scan. PostgreSQL limits an index entry to ~2.7 kB (a
# long sentence would break inserts), so there the index holds just the order.
TIMELINE_ORDER = ["show_id", "season_number", "said_at", "fetched_at", "position"]
SQLITE_COVERING = ["revision_id", "article_id", "outlet_id", "event", "date_from", "date_to", "precision",
                   "certainty", "published", "content_hash", "url", "text"]


def upgrade() -> None:
    # Plain ADD COLUMN: batch mode would copy and drop release_claims (see 0002).
    for name, kind in COLUMNS:
        op.add_column("release_claims", sa.Column(name, kind(), nullable=True))
    # UPDATE ... FROM: SQLite >= 3.33 and PostgreSQL alike.
    op.execute(
        "UPDATE release_claims SET article_id = r.article_id, outlet_id = a.outlet_id, fetched_at = r.fetched_at,"
        " published = r.published, content_hash = r.content_hash, url = a.url"
        " FROM revisions r JOIN articles a ON a.id = r.article_id WHERE r.id = release_claims.revision_id"
    )
    covering = SQLITE_COVERING if op.get_bind().dialect.name == "sqlite" else []
    op.create_index("ix_release_claims_timeline", "release_claims", TIMELINE_ORDER + covering, unique=False)


def downgrade() -> None:
    op.drop_index("ix_release_claims_timeline", table_name="release_claims")
    for name, _ in reversed(COLUMNS):
        op.drop_column("release_claims", name)
