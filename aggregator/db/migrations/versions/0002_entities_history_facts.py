"""entities (outlet/person aliases, alias rules), revision said_at, facts, query indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD/DROP COLUMN (SQLite >= 3.35 has both): batch mode would copy and drop
    # `revisions`, and with foreign keys on that drop cascades into every claim.
    op.add_column("show_aliases", sa.Column("rule", sa.String(length=32), server_default="registry",
                                            nullable=False))
    op.add_column("show_aliases", sa.Column("score", sa.Float(), nullable=True))
    op.add_column("revisions", sa.Column("said_at", sa.DateTime(timezone=True), nullable=True))
    # Existing revisions: the moment the claims they hold were said.
    op.execute(
        "UPDATE revisions SET said_at = (SELECT min(said_at) FROM release_claims"
        " WHERE release_claims.revision_id = revisions.id)"
    )
    op.execute("UPDATE revisions SET said_at = coalesce(published, fetched_at) WHERE said_at IS NULL")

    op.create_table(
        "outlet_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=512), nullable=False),
        sa.Column("key", sa.String(length=512), nullable=False),
        sa.Column("rule", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlets.id"], name=op.f("fk_outlet_aliases_outlet_id_outlets"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outlet_aliases")),
        sa.UniqueConstraint("key", name=op.f("uq_outlet_aliases_key")),
    )
    op.create_index(op.f("ix_outlet_aliases_outlet_id"), "outlet_aliases", ["outlet_id"], unique=False)

    op.create_table(
        "person_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("show_id", sa.Integer(), nullable=True),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("spelling", sa.String(length=512), nullable=False),
        sa.Column("key", sa.String(length=512), nullable=False),
        sa.Column("rule", sa.String(length=32), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlets.id"], name=op.f("fk_person_aliases_outlet_id_outlets"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_person_aliases_person_id_people"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["show_id"], ["shows.id"], name=op.f("fk_person_aliases_show_id_shows"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_aliases")),
        sa.UniqueConstraint("show_id", "outlet_id", "key", name=op.f("uq_person_aliases_show_id_outlet_id_key")),
    )
    op.create_index(op.f("ix_person_aliases_person_id"), "person_aliases", ["person_id"], unique=False)
    op.create_index("ix_person_aliases_show_key", "person_aliases", ["show_id", "key"], unique=False)

    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("show_id", sa.Integer(), nullable=False),
        sa.Column("season_number", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=32), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("source_url", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["show_id"], ["shows.id"], name=op.f("fk_facts_show_id_shows"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facts")),
        sa.UniqueConstraint("show_id", "season_number", "event", name=op.f("uq_facts_show_id_season_number_event")),
    )
    # The articles of one show and season (history, consensus), in one index range.
    op.create_index("ix_articles_show_season", "articles", ["show_id", "season_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_articles_show_season", table_name="articles")
    op.drop_table("facts")
    op.drop_index("ix_person_aliases_show_key", table_name="person_aliases")
    op.drop_index(op.f("ix_person_aliases_person_id"), table_name="person_aliases")
    op.drop_table("person_aliases")
    op.drop_index(op.f("ix_outlet_aliases_outlet_id"), table_name="outlet_aliases")
    op.drop_table("outlet_aliases")
    op.drop_column("revisions", "said_at")
    op.drop_column("show_aliases", "score")
    op.drop_column("show_aliases", "rule")
