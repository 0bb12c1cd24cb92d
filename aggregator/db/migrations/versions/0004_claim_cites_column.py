"""release_claims carries the outlets it credits, and the timeline index covers them

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TIMELINE_ORDER = ["show_id", "season_number", "said_at", "fetched_at", "position"]
SQLITE_COVERING_0003 = ["revision_id", "article_id", "outlet_id", "event", "date_from", "date_to", "precision",
                        "certainty", "published", "content_hash", "url", "text"]


def _timeline_index(columns: list[str]) -> None:
    """(Re)build the timeline index; on SQLite it covers every column the timeline reads."""
    op.drop_index("ix_release_claims_timeline", table_name="release_claims")
    covering = columns if op.get_bind().dialect.name == "sqlite" else []
    op.create_index("ix_release_claims_timeline", "release_claims", TIMELINE_ORDER + covering, unique=False)


def upgrade() -> None:
    # A copy of claim_cites (written once, at ingest, with the claim): the timeline reads a
    # season's credits from its index range instead of probing claim_cites per claim.
    op.add_column("release_claims", sa.Column("cited_outlet_ids", sa.Text(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "UPDATE release_claims SET cited_outlet_ids = cc.ids FROM (SELECT claim_id,"
            " string_agg(outlet_id::text, ' ' ORDER BY id) AS ids FROM claim_cites GROUP BY claim_id) cc"
            " WHERE cc.claim_id = release_claims.id"
        )
    else:
        # group_concat keeps the order of its (ordered) subquery.
        op.execute(
            "UPDATE release_claims SET cited_outlet_ids = (SELECT group_concat(outlet_id, ' ') FROM"
            " (SELECT outlet_id FROM claim_cites WHERE claim_id = release_claims.id ORDER BY id))"
            " WHERE id IN (SELECT claim_id FROM claim_cites)"
        )
    _timeline_index(SQLITE_COVERING_0003 + ["cited_outlet_ids"])


def downgrade() -> None:
    _timeline_index(SQLITE_COVERING_0003)
    op.drop_column("release_claims", "cited_outlet_ids")
