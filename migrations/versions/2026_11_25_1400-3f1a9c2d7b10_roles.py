"""Roles: the titles and appositives an article gives a person ("former Vice President
Amrullah Saleh", "Ali Nazari, Massoud's spokesman"), with whose role it is when the
text says (a person, an organization or a place) and the offsets of the role phrase.

Roles belong to an article, like mentions: the same person may be "president" in one
article and "former president" in another.

Revision ID: 3f1a9c2d7b10
Revises: 8dfec95f2409
Create Date: 2026-11-25 14:00:08.312511

Review before committing: autogenerate drafts, a person decides. Name every
constraint, comment every table and column, never import etl models here,
and make downgrade() undo upgrade() exactly.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '3f1a9c2d7b10'
down_revision: str | Sequence[str] | None = '8dfec95f2409'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('roles',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False, comment='Surrogate key.'),
    sa.Column('article_id', sa.BigInteger(), nullable=False, comment='Article that gives the role.'),
    sa.Column('actor_id', sa.BigInteger(), nullable=False, comment='The person who holds the role.'),
    sa.Column('role', sa.Text(), nullable=False, comment='The role in lowercase, with its qualifiers: president, former vice president, spokesman.'),
    sa.Column('of_text', sa.Text(), nullable=True, comment='Whose or what the role is of, as written ("Massoud\'s", "Afghanistan\'s", "French"), if said.'),
    sa.Column('of_actor_id', sa.BigInteger(), nullable=True, comment='The role is of this person, when resolved.'),
    sa.Column('of_organization_id', sa.BigInteger(), nullable=True, comment='The role is of this organization, when resolved.'),
    sa.Column('of_place_id', sa.BigInteger(), nullable=True, comment='The role is of this place (a country...), when resolved.'),
    sa.Column('start_char', sa.Integer(), nullable=False, comment='Offset of the role phrase in articles.text.'),
    sa.Column('end_char', sa.Integer(), nullable=False, comment='Offset just past the role phrase.'),
    sa.Column('text', sa.Text(), nullable=False, comment='The role phrase as written: articles.text[start_char:end_char].'),
    sa.CheckConstraint("role = lower(role) AND role <> ''", name=op.f('ck_roles_role_lowercase')),
    sa.CheckConstraint('0 <= start_char AND start_char < end_char', name=op.f('ck_roles_span_order')),
    sa.CheckConstraint('char_length(text) = end_char - start_char', name=op.f('ck_roles_span_text_length')),
    sa.CheckConstraint('num_nonnulls(of_actor_id, of_organization_id, of_place_id) <= 1', name=op.f('ck_roles_one_of')),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_roles_actor_id_actors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_roles_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['of_actor_id'], ['actors.id'], name=op.f('fk_roles_of_actor_id_actors'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['of_organization_id'], ['organizations.id'], name=op.f('fk_roles_of_organization_id_organizations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['of_place_id'], ['places.id'], name=op.f('fk_roles_of_place_id_places'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roles')),
    sa.UniqueConstraint('article_id', 'actor_id', 'start_char', 'end_char', name=op.f('uq_roles_article_id_actor_id_start_char_end_char')),
    comment='Roles and affiliations an article gives a person, from titles and appositives: "President Ashraf Ghani", "Ali Nazari, Massoud\'s spokesman".'
    )
    op.create_index(op.f('ix_roles_actor_id'), 'roles', ['actor_id'], unique=False)
    op.create_index(op.f('ix_roles_of_actor_id'), 'roles', ['of_actor_id'], unique=False)
    op.create_index(op.f('ix_roles_of_organization_id'), 'roles', ['of_organization_id'], unique=False)
    op.create_index(op.f('ix_roles_of_place_id'), 'roles', ['of_place_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_roles_of_place_id'), table_name='roles')
    op.drop_index(op.f('ix_roles_of_organization_id'), table_name='roles')
    op.drop_index(op.f('ix_roles_of_actor_id'), table_name='roles')
    op.drop_index(op.f('ix_roles_actor_id'), table_name='roles')
    op.drop_table('roles')
