"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('crawls',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('mode', sa.String(length=32), nullable=False),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('previews', sa.Integer(), nullable=False),
    sa.Column('non_previews', sa.Integer(), nullable=False),
    sa.Column('failed', sa.Integer(), nullable=False),
    sa.Column('missing', sa.Integer(), nullable=False),
    sa.Column('revisions', sa.Integer(), nullable=False),
    sa.Column('claims', sa.Integer(), nullable=False),
    sa.Column('cast_credits', sa.Integer(), nullable=False),
    sa.Column('citations', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crawls'))
    )
    op.create_table('outlets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=255), nullable=False),
    sa.Column('domain', sa.String(length=255), nullable=True),
    sa.Column('name', sa.String(length=512), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outlets')),
    sa.UniqueConstraint('key', name=op.f('uq_outlets_key'))
    )
    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=512), nullable=False),
    sa.Column('key', sa.String(length=512), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('key', name=op.f('uq_people_key'))
    )
    op.create_table('shows',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=512), nullable=False),
    sa.Column('key', sa.String(length=512), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shows')),
    sa.UniqueConstraint('key', name=op.f('uq_shows_key'))
    )
    op.create_table('failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('crawl_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['crawl_id'], ['crawls.id'], name=op.f('fk_failures_crawl_id_crawls')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_failures')),
    sa.UniqueConstraint('url', 'fetched_at', name=op.f('uq_failures_url_fetched_at'))
    )
    op.create_table('seasons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('show_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['show_id'], ['shows.id'], name=op.f('fk_seasons_show_id_shows'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seasons')),
    sa.UniqueConstraint('show_id', 'number', name=op.f('uq_seasons_show_id_number'))
    )
    op.create_table('show_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('show_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=512), nullable=False),
    sa.Column('key', sa.String(length=512), nullable=False),
    sa.ForeignKeyConstraint(['show_id'], ['shows.id'], name=op.f('fk_show_aliases_show_id_shows'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_show_aliases')),
    sa.UniqueConstraint('key', name=op.f('uq_show_aliases_key'))
    )
    with op.batch_alter_table('show_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_show_aliases_show_id'), ['show_id'], unique=False)

    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('outlet_id', sa.Integer(), nullable=False),
    sa.Column('show_id', sa.Integer(), nullable=True),
    sa.Column('season_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'], name=op.f('fk_articles_outlet_id_outlets')),
    sa.ForeignKeyConstraint(['season_id'], ['seasons.id'], name=op.f('fk_articles_season_id_seasons')),
    sa.ForeignKeyConstraint(['show_id'], ['shows.id'], name=op.f('fk_articles_show_id_shows')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('url', name=op.f('uq_articles_url'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_outlet_id'), ['outlet_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_show_id'), ['show_id'], unique=False)

    op.create_table('revisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('crawl_id', sa.Integer(), nullable=True),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('author', sa.String(length=512), nullable=True),
    sa.Column('published', sa.DateTime(timezone=True), nullable=True),
    sa.Column('modified', sa.DateTime(timezone=True), nullable=True),
    sa.Column('is_preview', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_revisions_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['crawl_id'], ['crawls.id'], name=op.f('fk_revisions_crawl_id_crawls')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revisions')),
    sa.UniqueConstraint('article_id', 'fetched_at', name=op.f('uq_revisions_article_id_fetched_at'))
    )
    op.create_table('cast_credits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('season_id', sa.Integer(), nullable=True),
    sa.Column('actor_as_written', sa.String(length=512), nullable=False),
    sa.Column('character', sa.String(length=512), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_cast_credits_person_id_people')),
    sa.ForeignKeyConstraint(['revision_id'], ['revisions.id'], name=op.f('fk_cast_credits_revision_id_revisions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['season_id'], ['seasons.id'], name=op.f('fk_cast_credits_season_id_seasons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cast_credits')),
    sa.UniqueConstraint('revision_id', 'person_id', name=op.f('uq_cast_credits_revision_id_person_id'))
    )
    with op.batch_alter_table('cast_credits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cast_credits_person_id'), ['person_id'], unique=False)

    op.create_table('citations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('cited_outlet_id', sa.Integer(), nullable=False),
    sa.Column('name_as_written', sa.String(length=512), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['cited_outlet_id'], ['outlets.id'], name=op.f('fk_citations_cited_outlet_id_outlets')),
    sa.ForeignKeyConstraint(['revision_id'], ['revisions.id'], name=op.f('fk_citations_revision_id_revisions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_citations')),
    sa.UniqueConstraint('revision_id', 'cited_outlet_id', name=op.f('uq_citations_revision_id_cited_outlet_id'))
    )
    with op.batch_alter_table('citations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_citations_cited_outlet_id'), ['cited_outlet_id'], unique=False)

    op.create_table('release_claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('show_id', sa.Integer(), nullable=True),
    sa.Column('season_number', sa.Integer(), nullable=True),
    sa.Column('said_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('event', sa.String(length=32), nullable=False),
    sa.Column('date_from', sa.Date(), nullable=False),
    sa.Column('date_to', sa.Date(), nullable=False),
    sa.Column('precision', sa.String(length=16), nullable=False),
    sa.Column('certainty', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['revision_id'], ['revisions.id'], name=op.f('fk_release_claims_revision_id_revisions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['show_id'], ['shows.id'], name=op.f('fk_release_claims_show_id_shows')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_release_claims')),
    sa.UniqueConstraint('revision_id', 'position', name=op.f('uq_release_claims_revision_id_position'))
    )
    with op.batch_alter_table('release_claims', schema=None) as batch_op:
        batch_op.create_index('ix_release_claims_show_season', ['show_id', 'season_number', 'said_at'], unique=False)

    op.create_table('claim_cites',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('outlet_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['release_claims.id'], name=op.f('fk_claim_cites_claim_id_release_claims'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['outlet_id'], ['outlets.id'], name=op.f('fk_claim_cites_outlet_id_outlets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_cites')),
    sa.UniqueConstraint('claim_id', 'outlet_id', name=op.f('uq_claim_cites_claim_id_outlet_id'))
    )
    with op.batch_alter_table('claim_cites', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_cites_outlet_id'), ['outlet_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('claim_cites', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_cites_outlet_id'))

    op.drop_table('claim_cites')
    with op.batch_alter_table('release_claims', schema=None) as batch_op:
        batch_op.drop_index('ix_release_claims_show_season')

    op.drop_table('release_claims')
    with op.batch_alter_table('citations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_citations_cited_outlet_id'))

    op.drop_table('citations')
    with op.batch_alter_table('cast_credits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cast_credits_person_id'))

    op.drop_table('cast_credits')
    op.drop_table('revisions')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_show_id'))
        batch_op.drop_index(batch_op.f('ix_articles_outlet_id'))

    op.drop_table('articles')
    with op.batch_alter_table('show_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_show_aliases_show_id'))

    op.drop_table('show_aliases')
    op.drop_table('seasons')
    op.drop_table('failures')
    op.drop_table('shows')
    op.drop_table('people')
    op.drop_table('outlets')
    op.drop_table('crawls')
