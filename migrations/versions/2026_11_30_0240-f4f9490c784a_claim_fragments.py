"""Claim fragments: claims.fragment numbers the pieces of one statement split by its report.

"The plan, she said, is dead" reports one clause in two claims that share the cue "said":
the claims of an article with the same cue_start are one statement, and fragment is each
one's 1-based order in it, as quotes.fragment is for quotes. Existing rows are numbered
from their cue offsets.

Revision ID: f4f9490c784a
Revises: 78073e0bd60e
Create Date: 2026-11-30 02:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'f4f9490c784a'
down_revision: str | Sequence[str] | None = '78073e0bd60e'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FRAGMENT_COMMENT = (
    "1-based order of the claim within its statement: the article's claims with the same cue_start are one "
    "statement split by its report (\"The plan, she said, is dead\" is \"The plan\" and \"is dead\")."
)


def upgrade() -> None:
    op.add_column('claims', sa.Column('fragment', sa.SmallInteger(), nullable=True, comment=FRAGMENT_COMMENT))
    op.execute(
        """
        UPDATE claims c SET fragment = numbered.fragment
        FROM (
            SELECT id, row_number() OVER (PARTITION BY article_id, cue_start ORDER BY start_char) AS fragment
            FROM claims
        ) AS numbered
        WHERE c.id = numbered.id
        """
    )
    op.alter_column('claims', 'fragment', nullable=False, server_default=sa.text('1'))
    op.create_check_constraint(op.f('ck_claims_fragment_positive'), 'claims', 'fragment >= 1')


def downgrade() -> None:
    op.drop_constraint(op.f('ck_claims_fragment_positive'), 'claims', type_='check')
    op.drop_column('claims', 'fragment')
