"""co_mention_pairs: its entity ids are checked by the mentions they come from, not by foreign keys of its own.

63aeaec37291 gave each pair a foreign key to actors, and to organizations or places (ON
DELETE CASCADE), besides the one to its article. The load writes about 140 pairs an
article (bench/throughput.py's corpus), and PostgreSQL checks each foreign key of each row
as it is written: timed alone, the pairs' insert took 2.4 to 2.7 ms an article, about 0.9 ms
of which went to the three entity checks, and the whole load 4.6 ms an article (3.8 ms
without them), on a 2-core machine where the load already waits for the parse's workers.

Those checks add nothing to what the database holds. A pair is computed from its article's
mentions, in the transaction that writes them, and every id it names is the actor_id,
organization_id or place_id of one of those mentions, each checked by mentions' own foreign
keys. The pairs and the mentions of an article are replaced together (re-extraction, a new
text at its URI) and deleted together (the article's cascade). An entity row is deleted only
by the cleanup after those (etl/db/articles.py's prune_entities, from `news-etl delete` and
the load), and only once no mention names it, so no pair can name it then either. The
article's foreign key stays, with its cascade: it is what deletes the pairs with their
article, and what tells the load that the table is one of an article's. The indexes on
actor_id, organization_id and place_id stay too: they answer an entity's co-mentions.

downgrade() puts the three foreign keys back (ON DELETE CASCADE, as before), after removing
any pair whose entity is gone (none, unless rows were deleted by hand), and the comments.

Revision ID: 78073e0bd60e
Revises: 5d1e7c3b9a02
Create Date: 2026-11-29 19:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '78073e0bd60e'
down_revision: str | Sequence[str] | None = '5d1e7c3b9a02'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = 'co_mention_pairs'
ENTITY_TABLES = {'actor_id': 'actors', 'organization_id': 'organizations', 'place_id': 'places'}

TABLE_COMMENT = (
    "Actors named with places and organizations: one row per actor, place or organization, article and scope, "
    "computed from the article's mentions by the load in the transaction that writes them (re-extraction replaces "
    "them; deleting the article deletes them). Its entity ids are its mentions' ids, which mentions' foreign keys "
    "check; an entity row is deleted only when no mention names it. analytics.co_mentions names them."
)
PREVIOUS_TABLE_COMMENT = (
    "Actors named with places and organizations: one row per actor, place or organization, article and scope, "
    "computed from the article's mentions by the load in the transaction that writes them (re-extraction replaces "
    "them; deleting the article deletes them). analytics.co_mentions names them."
)
COMMENTS = {
    'actor_id': "The actor (actors.id): the actor_id of mentions of the article, which checks it.",
    'organization_id': "The organization named with the actor, if the other is one (organizations.id): the "
                       "organization_id of mentions of the article, which checks it.",
    'place_id': "The place named with the actor, if the other is one (places.id): the place_id of mentions of the "
                "article, which checks it.",
}
PREVIOUS_COMMENTS = {
    'actor_id': "The actor (actors.id).",
    'organization_id': "The organization named with the actor, if the other is one.",
    'place_id': "The place named with the actor, if the other is one.",
}


def _foreign_key(column: str) -> str:
    return op.f(f'fk_{TABLE}_{column}_{ENTITY_TABLES[column]}')


def _comment(column: str, comment: str, previous: str) -> None:
    op.alter_column(TABLE, column, existing_type=sa.BigInteger(), existing_nullable=column != 'actor_id',
                    comment=comment, existing_comment=previous)


def upgrade() -> None:
    for column in ENTITY_TABLES:
        op.drop_constraint(_foreign_key(column), TABLE, type_='foreignkey')
        _comment(column, COMMENTS[column], PREVIOUS_COMMENTS[column])
    op.create_table_comment(TABLE, TABLE_COMMENT, existing_comment=PREVIOUS_TABLE_COMMENT)


def downgrade() -> None:
    op.execute(sa.text(
        "DELETE FROM co_mention_pairs p "
        "WHERE NOT EXISTS (SELECT FROM actors WHERE id = p.actor_id) "
        "   OR (p.organization_id IS NOT NULL AND NOT EXISTS (SELECT FROM organizations WHERE id = p.organization_id)) "
        "   OR (p.place_id IS NOT NULL AND NOT EXISTS (SELECT FROM places WHERE id = p.place_id))"
    ))
    for column, table in ENTITY_TABLES.items():
        op.create_foreign_key(_foreign_key(column), TABLE, table, [column], ['id'], ondelete='CASCADE')
        _comment(column, PREVIOUS_COMMENTS[column], COMMENTS[column])
    op.create_table_comment(TABLE, PREVIOUS_TABLE_COMMENT, existing_comment=TABLE_COMMENT)
