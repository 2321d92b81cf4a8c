"""Quote fragments: quotes.fragment numbers the pieces of one statement split by its attribution.

"\"We will rebuild,\" he said, \"and fast.\"" is one statement in two quotes that share the
cue "said": the quotes of an article with the same cue_start are one statement, and
fragment is each one's 1-based order in it. A quote without a cue has no statement and a
NULL fragment. Existing rows are numbered from their cue offsets, as the extractor does.

Revision ID: a4c7e2f19b63
Revises: ac24d4e170e0
Create Date: 2026-11-29 13:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'a4c7e2f19b63'
down_revision: str | Sequence[str] | None = 'ac24d4e170e0'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FRAGMENT_COMMENT = (
    "1-based order of the quote within its statement: the article's quotes with the same cue_start "
    "are one statement split by its attribution (\"A,\" he said, \"B.\"); NULL when the quote has no cue."
)


def upgrade() -> None:
    op.add_column('quotes', sa.Column('fragment', sa.SmallInteger(), nullable=True, comment=FRAGMENT_COMMENT))
    op.execute(
        """
        UPDATE quotes q SET fragment = numbered.fragment
        FROM (
            SELECT id, row_number() OVER (PARTITION BY article_id, cue_start ORDER BY start_char) AS fragment
            FROM quotes WHERE cue_start IS NOT NULL
        ) AS numbered
        WHERE q.id = numbered.id
        """
    )
    op.create_check_constraint(op.f('ck_quotes_fragment_positive'), 'quotes', 'fragment >= 1')
    op.create_check_constraint(op.f('ck_quotes_fragment_has_cue'), 'quotes', '(fragment IS NULL) = (cue_start IS NULL)')


def downgrade() -> None:
    op.drop_constraint(op.f('ck_quotes_fragment_has_cue'), 'quotes', type_='check')
    op.drop_constraint(op.f('ck_quotes_fragment_positive'), 'quotes', type_='check')
    op.drop_column('quotes', 'fragment')
