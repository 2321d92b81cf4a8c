"""Geocoded places: ISO 3166-2 subdivision, gazetteer source and id, parent place.

Places found in the offline gazetteer are keyed by their gazetteer id (place:iso:AF-PAN,
place:geonames:1138958), so one real place is one row however articles spell it, and
point at the place they lie in (district -> province -> country). Existing rows keep
their name keys and get NULLs: nothing to backfill without re-reading the articles.

Revision ID: 5b2e8d4c1a20
Revises: 3f1a9c2d7b10
Create Date: 2026-11-25 14:10:00.000000

Review before committing: autogenerate drafts, a person decides. Name every
constraint, comment every table and column, never import etl models here,
and make downgrade() undo upgrade() exactly.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '5b2e8d4c1a20'
down_revision: str | Sequence[str] | None = '3f1a9c2d7b10'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KEY_COMMENT = 'Deterministic identity across articles: normalized name.'
NEW_KEY_COMMENT = (
    'Deterministic identity across articles: place:iso:<ISO 3166 code>, place:geonames:<GeoNames id> '
    'or place:feature:<features table id> when the gazetteer knows the place, else place:<normalized name>.'
)
OLD_NAME_COMMENT = 'Fullest name used.'
NEW_NAME_COMMENT = "The gazetteer's name, else the fullest name used."


def upgrade() -> None:
    op.add_column('places', sa.Column('subdivision_code', sa.Text(), nullable=True, comment='ISO 3166-2 code of the first-level subdivision the place is or lies in (AF-PAN), when known.'))
    op.add_column('places', sa.Column('gazetteer', sa.Text(), nullable=True, comment="Where the place's record comes from: geonames, iso3166 or news-etl features; NULL when unknown."))
    op.add_column('places', sa.Column('gazetteer_id', sa.Text(), nullable=True, comment="The place's id in that gazetteer (a GeoNames id such as 1138958 for Kabul)."))
    op.add_column('places', sa.Column('parent_id', sa.BigInteger(), nullable=True, comment="The place it lies in: a city's district or province, a province's country."))
    op.create_foreign_key(op.f('fk_places_parent_id_places'), 'places', 'places', ['parent_id'], ['id'], ondelete='SET NULL')
    op.create_index(op.f('ix_places_parent_id'), 'places', ['parent_id'], unique=False)
    op.create_index(op.f('ix_places_gazetteer_gazetteer_id'), 'places', ['gazetteer', 'gazetteer_id'], unique=False)
    op.create_check_constraint(op.f('ck_places_subdivision_code_iso'), 'places', "subdivision_code ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$'")
    op.create_check_constraint(op.f('ck_places_gazetteer_id_together'), 'places', '(gazetteer IS NULL) = (gazetteer_id IS NULL)')
    op.create_check_constraint(op.f('ck_places_parent_not_self'), 'places', 'parent_id <> id')
    op.alter_column('places', 'key', existing_type=sa.Text(), existing_nullable=False, comment=NEW_KEY_COMMENT, existing_comment=OLD_KEY_COMMENT)
    op.alter_column('places', 'name', existing_type=sa.Text(), existing_nullable=False, comment=NEW_NAME_COMMENT, existing_comment=OLD_NAME_COMMENT)


def downgrade() -> None:
    op.alter_column('places', 'name', existing_type=sa.Text(), existing_nullable=False, comment=OLD_NAME_COMMENT, existing_comment=NEW_NAME_COMMENT)
    op.alter_column('places', 'key', existing_type=sa.Text(), existing_nullable=False, comment=OLD_KEY_COMMENT, existing_comment=NEW_KEY_COMMENT)
    op.drop_constraint(op.f('ck_places_parent_not_self'), 'places', type_='check')
    op.drop_constraint(op.f('ck_places_gazetteer_id_together'), 'places', type_='check')
    op.drop_constraint(op.f('ck_places_subdivision_code_iso'), 'places', type_='check')
    op.drop_index(op.f('ix_places_gazetteer_gazetteer_id'), table_name='places')
    op.drop_index(op.f('ix_places_parent_id'), table_name='places')
    op.drop_constraint(op.f('fk_places_parent_id_places'), 'places', type_='foreignkey')
    op.drop_column('places', 'parent_id')
    op.drop_column('places', 'gazetteer_id')
    op.drop_column('places', 'gazetteer')
    op.drop_column('places', 'subdivision_code')
