"""Actor surnames: the index the load stage joins a lone surname on.

An article that writes only "Trump" gives a person no full name to key on; the load
stage joins it to the archive's one full-name person with that surname (see
``etl.load``). ``actors.surname`` is that person's last name, indexed, so the join is
one lookup per batch of articles instead of a scan of every actor. Existing named
actors with a full-name key get theirs from the key's last word.

Revision ID: 4e7c1b9d2f31
Revises: 886f09e6d610
Create Date: 2026-11-29 14:10:00.000000

Review before committing: autogenerate drafts, a person decides. Name every
constraint, comment every table and column, never import etl models here,
and make downgrade() undo upgrade() exactly.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '4e7c1b9d2f31'
down_revision: str | Sequence[str] | None = '886f09e6d610'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SURNAME_COMMENT = (
    'Last name of a named person keyed by a full name (casefolded, as in the key); NULL for a one-word '
    'name or an anonymous source. A lone surname in an article joins the one actor with it.'
)


def upgrade() -> None:
    op.add_column('actors', sa.Column('surname', sa.Text(), nullable=True, comment=SURNAME_COMMENT))
    op.create_index(op.f('ix_actors_surname'), 'actors', ['surname'], unique=False)
    op.execute(
        "UPDATE actors SET surname = substring(key from ' ([^ ]+)$') "
        "WHERE kind = 'named' AND substring(key from ' ([^ ]+)$') NOT IN ('jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv')"
    )


def downgrade() -> None:
    op.drop_index(op.f('ix_actors_surname'), table_name='actors')
    op.drop_column('actors', 'surname')
