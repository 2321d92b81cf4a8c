"""Schema v1: articles, actors, organizations, places (each with aliases), mentions,
quotes, claims and the ingest log.

Entities are shared across articles (one "Taliban" row); the per-article link is a
mention. Every span is checked in the database (0 <= start < end, text length equal
to the span) and every table and column is commented for BI tools.

Revision ID: 8dfec95f2409
Revises: (none)
Create Date: 2026-11-25 13:36:49.795980

Review before committing: autogenerate drafts, a person decides. Name every
constraint, comment every table and column, never import etl models here,
and make downgrade() undo upgrade() exactly.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '8dfec95f2409'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False, comment='Surrogate key.'),
    sa.Column('key', sa.Text(), nullable=False, comment="Deterministic identity across articles: kind plus normalized name (anonymous sources also carry their article's hash, since they are not shared)."),
    sa.Column('kind', sa.Text(), nullable=False, comment='named: a person with a name; anonymous: a described source.'),
    sa.Column('name', sa.Text(), nullable=False, comment='Fullest name, or the description of an anonymous source.'),
    sa.CheckConstraint("kind IN ('named', 'anonymous')", name=op.f('ck_actors_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actors')),
    sa.UniqueConstraint('key', name=op.f('uq_actors_key')),
    comment='People who act or speak: named persons and anonymous or described sources.'
    )
    op.create_table('articles',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False, comment='Surrogate key.'),
    sa.Column('source', sa.Text(), nullable=False, comment='Input the article was first loaded from: file name, record id or URL.'),
    sa.Column('content_hash', sa.String(length=64), nullable=False, comment='sha256 of text; loading the same text again adds nothing.'),
    sa.Column('format', sa.Text(), nullable=False, comment='Input format the text came from, e.g. txt.'),
    sa.Column('title', sa.Text(), nullable=True, comment='Headline, when the input has one.'),
    sa.Column('authors', postgresql.ARRAY(sa.Text()), server_default=sa.text("'{}'"), nullable=False, comment='Byline authors, in byline order.'),
    sa.Column('published', sa.Date(), nullable=True, comment='Publication date from the byline or metadata.'),
    sa.Column('sections', postgresql.ARRAY(sa.Text()), server_default=sa.text("'{}'"), nullable=False, comment='Section headings inside the article, in order.'),
    sa.Column('text', sa.Text(), nullable=False, comment='The article exactly as read (boilerplate included), so offsets can be checked against it.'),
    sa.Column('extractor_version', sa.Text(), nullable=False, comment='Version of news-etl whose rules extracted this article.'),
    sa.Column('run_id', sa.UUID(), nullable=False, comment='Run that loaded the article (see ingest_log.run_id).'),
    sa.Column('loaded_at', postgresql.TIMESTAMP(timezone=True), server_default=sa.text('now()'), nullable=False, comment='When the article was loaded.'),
    sa.CheckConstraint('char_length(content_hash) = 64', name=op.f('ck_articles_content_hash_sha256')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_articles_content_hash')),
    comment='One row per distinct article text. Offsets in every other table index articles.text.'
    )
    op.create_table('organizations',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False, comment='Surrogate key.'),
    sa.Column('key', sa.Text(), nullable=False, comment='Deterministic identity across articles: normalized name.'),
    sa.Column('name', sa.Text(), nullable=False, comment='Fullest name used.'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations')),
    sa.UniqueConstraint('key', name=op.f('uq_organizations_key')),
    comment='Organizations: movements, governments, media, companies, agencies.'
    )
    op.create_table('places',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False, comment='Surrogate key.'),
    sa.Column('key', sa.Text(), nullable=False, comment='Deterministic identity across articles: normalized name.'),
    sa.Column('name', sa.Text(), nullable=False, comment='Fullest name used.'),
    sa.Column('place_type', sa.Text(), nullable=True, comment='Lowercase type when the text or a gazetteer gives one: country, province, city, valley...'),
    sa.Column('country_code', sa.String(length=2), nullable=True, comment='ISO 3166-1 alpha-2 code, when known.'),
    sa.Column('latitude', sa.Float(), nullable=True, comment='Decimal degrees (WGS 84), when known.'),
    sa.Column('longitude', sa.Float(), nullable=True, comment='Decimal degrees (WGS 84), when known.'),
    sa.CheckConstraint("country_code ~ '^[A-Z]{2}$'", name=op.f('ck_places_country_code_iso')),
    sa.CheckConstraint('(latitude IS NULL) = (longitude IS NULL)', name=op.f('ck_places_coordinates_together')),
    sa.CheckConstraint('latitude BETWEEN -90 AND 90', name=op.f('ck_places_latitude_range')),
    sa.CheckConstraint('longitude BETWEEN -180 AND 180', name=op.f('ck_places_longitude_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_places')),
    sa.UniqueConstraint('key', name=op.f('uq_places_key')),
    comment='Places: countries, provinces, districts, cities, valleys, mountain ranges.'
    )
    op.create_table('actor_aliases',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False, comment='Surrogate key.'),
    sa.Column('actor_id', sa.BigInteger(), nullable=False, comment='The actor.'),
    sa.Column('alias', sa.Text(), nullable=False, comment='A name as written in some article.'),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_actor_aliases_actor_id_actors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_aliases')),
    sa.UniqueConstraint('actor_id', 'alias', name=op.f('uq_actor_aliases_actor_id_alias')),
    comment='Other names articles use for an actor.'
    )
    op.create_table('claims',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False, comment='Surrogate key.'),
    sa.Column('article_id', sa.BigInteger(), nullable=False, comment='Article the claim is in.'),
    sa.Column('start_char', sa.Integer(), nullable=False, comment="Offset of the claim's content in articles.text."),
    sa.Column('end_char', sa.Integer(), nullable=False, comment="Offset just past the claim's content."),
    sa.Column('text', sa.Text(), nullable=False, comment="The claim's content: articles.text[start_char:end_char]."),
    sa.Column('claimant_actor_id', sa.BigInteger(), nullable=True, comment='Claimant, when a person or anonymous source.'),
    sa.Column('claimant_organization_id', sa.BigInteger(), nullable=True, comment='Claimant, when an organization.'),
    sa.Column('cue', sa.Text(), nullable=False, comment='Reporting verb or phrase, as written: said, told, according to...'),
    sa.Column('cue_start', sa.Integer(), nullable=False, comment='Offset of the cue in articles.text.'),
    sa.Column('cue_end', sa.Integer(), nullable=False, comment='Offset just past the cue.'),
    sa.CheckConstraint('0 <= cue_start AND cue_start < cue_end', name=op.f('ck_claims_cue_span')),
    sa.CheckConstraint('0 <= start_char AND start_char < end_char', name=op.f('ck_claims_span_order')),
    sa.CheckConstraint('char_length(text) = end_char - start_char', name=op.f('ck_claims_span_text_length')),
    sa.CheckConstraint('num_nonnulls(claimant_actor_id, claimant_organization_id) <= 1', name=op.f('ck_claims_one_claimant')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_claims_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['claimant_actor_id'], ['actors.id'], name=op.f('fk_claims_claimant_actor_id_actors'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['claimant_organization_id'], ['organizations.id'], name=op.f('fk_claims_claimant_organization_id_organizations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims')),
    sa.UniqueConstraint('article_id', 'start_char', 'end_char', name=op.f('uq_claims_article_id_start_char_end_char')),
    comment='Reported speech without quotation marks: what a source said, its content only.'
    )
    op.create_index(op.f('ix_claims_claimant_actor_id'), 'claims', ['claimant_actor_id'], unique=False)
    op.create_index(op.f('ix_claims_claimant_organization_id'), 'claims', ['claimant_organization_id'], unique=False)
    op.create_table('ingest_log',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False, comment='Surrogate key.'),
    sa.Column('source', sa.Text(), nullable=False, comment='Input as named on the command line or inside a folder.'),
    sa.Column('input_hash', sa.Text(), nullable=False, comment='sha256 of the article text, or of the raw bytes when they could not be decoded, or empty when nothing could be read.'),
    sa.Column('article_id', sa.BigInteger(), nullable=True, comment='Article the input loaded as, if any.'),
    sa.Column('run_id', sa.UUID(), nullable=False, comment='Latest run that processed this input.'),
    sa.Column('status', sa.Text(), nullable=False, comment='loaded: rows added; unchanged: already loaded; failed: see stage and error.'),
    sa.Column('stage', sa.Text(), nullable=True, comment='Stage that failed: read, clean, extract, resolve or load.'),
    sa.Column('error', sa.Text(), nullable=True, comment='Why the input failed, one line.'),
    sa.Column('started_at', postgresql.TIMESTAMP(timezone=True), nullable=False, comment='When the latest run started this input.'),
    sa.Column('seconds', sa.Float(), nullable=False, comment='Wall time the latest run spent on this input.'),
    sa.Column('attempts', sa.Integer(), server_default=sa.text('1'), nullable=False, comment='How many runs have processed this input.'),
    sa.CheckConstraint("(status = 'failed') = (error IS NOT NULL)", name=op.f('ck_ingest_log_error_iff_failed')),
    sa.CheckConstraint("stage IS NULL OR stage IN ('read', 'clean', 'extract', 'resolve', 'load')", name=op.f('ck_ingest_log_stage')),
    sa.CheckConstraint("status IN ('loaded', 'unchanged', 'failed')", name=op.f('ck_ingest_log_status')),
    sa.CheckConstraint('attempts >= 1', name=op.f('ck_ingest_log_attempts_positive')),
    sa.CheckConstraint('seconds >= 0', name=op.f('ck_ingest_log_seconds_positive')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_ingest_log_article_id_articles'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_log')),
    sa.UniqueConstraint('source', 'input_hash', name=op.f('uq_ingest_log_source_input_hash')),
    comment='Latest outcome of each input (source and content): loaded, unchanged or failed, and why.'
    )
    op.create_table('mentions',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False, comment='Surrogate key.'),
    sa.Column('article_id', sa.BigInteger(), nullable=False, comment='Article the mention is in.'),
    sa.Column('actor_id', sa.BigInteger(), nullable=True, comment='The actor named, if an actor.'),
    sa.Column('organization_id', sa.BigInteger(), nullable=True, comment='The organization, if one.'),
    sa.Column('place_id', sa.BigInteger(), nullable=True, comment='The place, if one.'),
    sa.Column('start_char', sa.Integer(), nullable=False, comment='Offset of the first character in articles.text.'),
    sa.Column('end_char', sa.Integer(), nullable=False, comment='Offset just past the last character in articles.text.'),
    sa.Column('text', sa.Text(), nullable=False, comment='The mention as written: articles.text[start_char:end_char].'),
    sa.Column('label', sa.Text(), nullable=False, comment='How it was found: the NER label or the name of the rule.'),
    sa.CheckConstraint('0 <= start_char AND start_char < end_char', name=op.f('ck_mentions_span_order')),
    sa.CheckConstraint('char_length(text) = end_char - start_char', name=op.f('ck_mentions_span_text_length')),
    sa.CheckConstraint('num_nonnulls(actor_id, organization_id, place_id) = 1', name=op.f('ck_mentions_one_entity')),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_mentions_actor_id_actors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_mentions_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_mentions_organization_id_organizations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_mentions_place_id_places'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions')),
    sa.UniqueConstraint('article_id', 'start_char', 'end_char', name=op.f('uq_mentions_article_id_start_char_end_char')),
    comment='Each place an article names an actor, organization or place, with character offsets.'
    )
    op.create_index(op.f('ix_mentions_actor_id'), 'mentions', ['actor_id'], unique=False)
    op.create_index(op.f('ix_mentions_organization_id'), 'mentions', ['organization_id'], unique=False)
    op.create_index(op.f('ix_mentions_place_id'), 'mentions', ['place_id'], unique=False)
    op.create_table('organization_aliases',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False, comment='Surrogate key.'),
    sa.Column('organization_id', sa.BigInteger(), nullable=False, comment='The organization.'),
    sa.Column('alias', sa.Text(), nullable=False, comment='A name as written in some article.'),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_organization_aliases_organization_id_organizations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization_aliases')),
    sa.UniqueConstraint('organization_id', 'alias', name=op.f('uq_organization_aliases_organization_id_alias')),
    comment='Other names articles use for an organization.'
    )
    op.create_table('place_aliases',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False, comment='Surrogate key.'),
    sa.Column('place_id', sa.BigInteger(), nullable=False, comment='The place.'),
    sa.Column('alias', sa.Text(), nullable=False, comment='A name as written in some article.'),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_place_aliases_place_id_places'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_place_aliases')),
    sa.UniqueConstraint('place_id', 'alias', name=op.f('uq_place_aliases_place_id_alias')),
    comment='Other names articles use for a place.'
    )
    op.create_table('quotes',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False, comment='Surrogate key.'),
    sa.Column('article_id', sa.BigInteger(), nullable=False, comment='Article the quote is in.'),
    sa.Column('start_char', sa.Integer(), nullable=False, comment='Offset of the opening quotation mark in articles.text.'),
    sa.Column('end_char', sa.Integer(), nullable=False, comment='Offset just past the closing quotation mark.'),
    sa.Column('text', sa.Text(), nullable=False, comment='The quote with its quotation marks: articles.text[start_char:end_char].'),
    sa.Column('speaker_actor_id', sa.BigInteger(), nullable=True, comment='Speaker, when a person or anonymous source.'),
    sa.Column('speaker_organization_id', sa.BigInteger(), nullable=True, comment='Speaker, when an organization speaks as one.'),
    sa.Column('cue', sa.Text(), nullable=True, comment='Reporting verb or phrase that attributes the quote, as written.'),
    sa.Column('cue_start', sa.Integer(), nullable=True, comment='Offset of the cue in articles.text.'),
    sa.Column('cue_end', sa.Integer(), nullable=True, comment='Offset just past the cue.'),
    sa.CheckConstraint('(cue IS NULL AND cue_start IS NULL AND cue_end IS NULL) OR (cue IS NOT NULL AND 0 <= cue_start AND cue_start < cue_end)', name=op.f('ck_quotes_cue_span')),
    sa.CheckConstraint('0 <= start_char AND start_char < end_char', name=op.f('ck_quotes_span_order')),
    sa.CheckConstraint('char_length(text) = end_char - start_char', name=op.f('ck_quotes_span_text_length')),
    sa.CheckConstraint('num_nonnulls(speaker_actor_id, speaker_organization_id) <= 1', name=op.f('ck_quotes_one_speaker')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_quotes_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_actor_id'], ['actors.id'], name=op.f('fk_quotes_speaker_actor_id_actors'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['speaker_organization_id'], ['organizations.id'], name=op.f('fk_quotes_speaker_organization_id_organizations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quotes')),
    sa.UniqueConstraint('article_id', 'start_char', 'end_char', name=op.f('uq_quotes_article_id_start_char_end_char')),
    comment='Verbatim speech inside quotation marks, with its speaker.'
    )
    op.create_index(op.f('ix_quotes_speaker_actor_id'), 'quotes', ['speaker_actor_id'], unique=False)
    op.create_index(op.f('ix_quotes_speaker_organization_id'), 'quotes', ['speaker_organization_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_quotes_speaker_organization_id'), table_name='quotes')
    op.drop_index(op.f('ix_quotes_speaker_actor_id'), table_name='quotes')
    op.drop_table('quotes')
    op.drop_table('place_aliases')
    op.drop_table('organization_aliases')
    op.drop_index(op.f('ix_mentions_place_id'), table_name='mentions')
    op.drop_index(op.f('ix_mentions_organization_id'), table_name='mentions')
    op.drop_index(op.f('ix_mentions_actor_id'), table_name='mentions')
    op.drop_table('mentions')
    op.drop_table('ingest_log')
    op.drop_index(op.f('ix_claims_claimant_organization_id'), table_name='claims')
    op.drop_index(op.f('ix_claims_claimant_actor_id'), table_name='claims')
    op.drop_table('claims')
    op.drop_table('actor_aliases')
    op.drop_table('places')
    op.drop_table('organizations')
    op.drop_table('articles')
    op.drop_table('actors')
