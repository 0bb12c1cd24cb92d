"""SQLite: release_claims packs each claim's shape and revision evidence in two virtual columns, which the timeline index covers

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TIMELINE_ORDER = ["show_id", "season_number", "said_at", "fetched_at", "position"]
# 0004's covering columns, in its order.
SQLITE_COVERING_0004 = ["revision_id", "article_id", "outlet_id", "event", "date_from", "date_to", "precision",
                        "certainty", "published", "content_hash", "url", "text", "cited_outlet_ids"]
# The index keeps the timeline's order and filters (event, outlet) and covers what the
# packed timeline reads, nothing more: no other question reads release_claims through it
# (first and consensus take ix_release_claims_show_season and the table), so 0004's
# other covered columns go, and the index stays about as large as it was.
# cited_outlet_ids stays last, as 0004 left it.
SQLITE_COVERING = ["event", "outlet_id", "text", "timeline_shape", "timeline_evidence", "cited_outlet_ids"]
# VIRTUAL generated columns take no room in the table and cannot disagree with the
# columns they are made of: the index alone stores their values. A timeline read then
# decodes 5 values a claim instead of 15 (SQLite spends about as long per value as on
# the index range itself), and both repeat from claim to claim (a season's few dozen
# shapes, a revision's evidence), so Python unpacks each distinct one once
# (aggregator.query.timeline). char(31) separates; url, the one free-form value, comes
# last; a NULL is '' where a value is never empty, else the value has a '=' prefix.
SHAPE_SQL = ("ifnull(season_number, '') || char(31) || event || char(31) || date_from || char(31) || date_to"
             " || char(31) || precision || char(31) || certainty")
EVIDENCE_SQL = ("said_at || char(31) || ifnull(fetched_at, '') || char(31) || ifnull(published, '')"
                " || char(31) || ifnull(outlet_id, '') || char(31) || ifnull('=' || content_hash, '')"
                " || char(31) || ifnull('=' || url, '')")
PACKED = {"timeline_shape": SHAPE_SQL, "timeline_evidence": EVIDENCE_SQL}


def _timeline_index(columns: list[str]) -> None:
    op.execute(f"CREATE INDEX ix_release_claims_timeline ON release_claims ({', '.join(columns)})")


def upgrade() -> None:
    # PostgreSQL's timeline index holds only the order (0003: an entry is limited to
    # ~2.7 kB) and its timeline reads the plain columns: nothing changes there.
    if op.get_bind().dialect.name != "sqlite":
        return
    # Plain ALTER TABLE (batch mode would copy release_claims); SQLite adds a VIRTUAL
    # generated column without touching a row.
    for name, expression in PACKED.items():
        op.execute(f"ALTER TABLE release_claims ADD COLUMN {name} TEXT GENERATED ALWAYS AS ({expression}) VIRTUAL")
    op.execute("DROP INDEX ix_release_claims_timeline")
    _timeline_index(TIMELINE_ORDER + SQLITE_COVERING)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP INDEX ix_release_claims_timeline")
    for name in reversed(PACKED):
        op.execute(f"ALTER TABLE release_claims DROP COLUMN {name}")
    _timeline_index(TIMELINE_ORDER + SQLITE_COVERING_0004)
