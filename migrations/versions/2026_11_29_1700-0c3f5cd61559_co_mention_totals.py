"""Co-mentions across the archive: the table co_mention_totals and the view analytics.co_mention_totals.

analytics.co_mentions has one row per actor, place or organization, article and scope,
some 20 million at 100,000 articles: summing it for an archive-wide question (top pairs, a
network graph) took over 10 s. co_mention_totals holds the sums, one row per actor, place
or organization and scope, which the load keeps in each batch's transaction (adding the
batch's articles in one statement; deleting or re-extracting an article subtracts its
share first, and a total falling to no article goes). analytics.co_mention_totals names
them, as co_mentions does.

The key is (actor_id, scope, other_kind, other_id), as analytics.co_mentions names a pair.
The other is also a real foreign key in its own column, organization_id or place_id (ON
DELETE CASCADE, as mentions has: an entity deleted takes its totals with it), and a CHECK
ties the two: exactly one of them is set, and other_kind and other_id say which and what.
other_kind/other_id alone could reference no table; the two columns alone could not be
the key (one is always NULL: a unique key over them needs NULLS NOT DISTINCT, which, like
MERGE, PostgreSQL 14 lacks), and the upsert the load runs needs a key to find a row by.

upgrade() fills the table from the articles already loaded, as the load would have
(analytics.co_mentions summed: some 15 s at 100,000 articles); downgrade() drops the view
and the table. The SQL is
inlined: a revision must create the same view forever; schema/views/co_mention_totals.sql
equals VIEWS here (a test checks it). A revision that changes what co_mentions counts must
fill the table again.

Revision ID: 0c3f5cd61559
Revises: a9d69bc0912d
Create Date: 2026-11-29 17:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0c3f5cd61559'
down_revision: str | Sequence[str] | None = 'a9d69bc0912d'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE_COMMENT = (
    "Co-mentions across the archive: one row per actor, place or organization and scope, summing "
    "analytics.co_mentions over every article. The load keeps it in the transaction that changes an article's "
    "mentions (news-etl run, --force, news-etl delete); a DELETE in SQL does not."
)

FILL = """
INSERT INTO co_mention_totals (actor_id, scope, other_kind, other_id, organization_id, place_id, articles,
                               sentences, actor_mentions, other_mentions)
SELECT actor_id, scope, other_kind, other_id,
       CASE WHEN other_kind = 'organization' THEN other_id END,
       CASE WHEN other_kind = 'place' THEN other_id END,
       count(*), sum(sentences), sum(actor_mentions), sum(other_mentions)
FROM analytics.co_mentions
GROUP BY actor_id, scope, other_kind, other_id
"""

VIEWS: dict[str, str] = {
    "co_mention_totals": """\
-- analytics.co_mention_totals
-- Answers: which people go with which places and organizations across the whole archive?
-- One row per actor and place, or actor and organization, and scope: how many articles
-- name both (scope article), or name both in one sentence (scope sentence), with the
-- mentions summed. It reads the table co_mention_totals, which the load keeps, so top
-- pairs or a network graph of the archive take no longer than the pairs they list;
-- analytics.co_mentions has the articles behind each pair.
CREATE VIEW analytics.co_mention_totals AS
SELECT
    t.actor_id,
    ac.name AS actor,
    ac.kind AS actor_kind,
    t.other_kind,
    t.other_id,
    coalesce(p.name, o.name) AS other,
    t.scope,
    t.articles,
    t.sentences,
    t.actor_mentions,
    t.other_mentions
FROM co_mention_totals t
JOIN actors ac ON ac.id = t.actor_id
LEFT JOIN places p ON p.id = t.place_id
LEFT JOIN organizations o ON o.id = t.organization_id;

COMMENT ON VIEW analytics.co_mention_totals IS 'Actors named with places and organizations across the archive: one row per actor, place or organization and scope, with the articles, sentences and mentions summed.';
COMMENT ON COLUMN analytics.co_mention_totals.actor_id IS 'The actor (actors.id).';
COMMENT ON COLUMN analytics.co_mention_totals.actor IS 'Fullest name, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.co_mention_totals.actor_kind IS 'named or anonymous.';
COMMENT ON COLUMN analytics.co_mention_totals.other_kind IS 'place or organization: which table other_id points to.';
COMMENT ON COLUMN analytics.co_mention_totals.other_id IS 'places.id or organizations.id, as other_kind says.';
COMMENT ON COLUMN analytics.co_mention_totals.other IS 'Fullest name of the place or organization.';
COMMENT ON COLUMN analytics.co_mention_totals.scope IS 'article: both are named in one article; sentence: both are named in one sentence of an article. Every sentence pair also has its article row.';
COMMENT ON COLUMN analytics.co_mention_totals.articles IS 'How many articles name both (in one sentence, for scope sentence).';
COMMENT ON COLUMN analytics.co_mention_totals.sentences IS 'How many sentences name both, over all articles; NULL for scope article.';
COMMENT ON COLUMN analytics.co_mention_totals.actor_mentions IS 'How many times the actor is named in the scope (the articles, or the sentences that name both), summed over the articles.';
COMMENT ON COLUMN analytics.co_mention_totals.other_mentions IS 'How many times the place or organization is named in the scope, summed over the articles.';
""",
}


def upgrade() -> None:
    op.create_table(
        'co_mention_totals',
        sa.Column('actor_id', sa.BigInteger(), nullable=False, comment='The actor (actors.id).'),
        sa.Column('scope', sa.Text(), nullable=False,
                  comment='article: both named in one article; sentence: both named in one sentence of an article.'),
        sa.Column('other_kind', sa.Text(), nullable=False,
                  comment='organization or place: which column, organization_id or place_id, holds the other.'),
        sa.Column('other_id', sa.BigInteger(), nullable=False,
                  comment='The organization or place named with the actor: organization_id or place_id.'),
        sa.Column('organization_id', sa.BigInteger(), nullable=True,
                  comment='The organization named with the actor, if the other is one.'),
        sa.Column('place_id', sa.BigInteger(), nullable=True,
                  comment='The place named with the actor, if the other is one.'),
        sa.Column('articles', sa.Integer(), nullable=False,
                  comment='How many articles name both (in one sentence, for scope sentence).'),
        sa.Column('sentences', sa.Integer(), nullable=True,
                  comment='How many sentences name both, over all articles; NULL for scope article.'),
        sa.Column('actor_mentions', sa.Integer(), nullable=False,
                  comment='How many times the actor is named in the scope, summed over the articles.'),
        sa.Column('other_mentions', sa.Integer(), nullable=False,
                  comment='How many times the place or organization is named in the scope, summed over the articles.'),
        sa.CheckConstraint("scope IN ('article', 'sentence')", name=op.f('ck_co_mention_totals_scope')),
        sa.CheckConstraint("other_kind IN ('organization', 'place')", name=op.f('ck_co_mention_totals_other_kind')),
        sa.CheckConstraint("num_nonnulls(organization_id, place_id) = 1 AND other_id = coalesce(organization_id, "
                           "place_id) AND (other_kind = 'place') = (place_id IS NOT NULL)",
                           name=op.f('ck_co_mention_totals_other_in_its_column')),
        sa.CheckConstraint('articles >= 1', name=op.f('ck_co_mention_totals_articles_positive')),
        sa.CheckConstraint("(sentences IS NOT NULL) = (scope = 'sentence') AND sentences >= articles",
                           name=op.f('ck_co_mention_totals_sentences_of_sentence_scope')),
        sa.CheckConstraint('actor_mentions >= articles AND other_mentions >= articles',
                           name=op.f('ck_co_mention_totals_mentions_per_article')),
        sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_co_mention_totals_actor_id_actors'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'],
                                name=op.f('fk_co_mention_totals_organization_id_organizations'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_co_mention_totals_place_id_places'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('actor_id', 'scope', 'other_kind', 'other_id', name=op.f('pk_co_mention_totals')),
        comment=TABLE_COMMENT,
    )
    op.create_index(op.f('ix_co_mention_totals_organization_id'), 'co_mention_totals', ['organization_id'],
                    postgresql_where=sa.text('organization_id IS NOT NULL'))
    op.create_index(op.f('ix_co_mention_totals_place_id'), 'co_mention_totals', ['place_id'],
                    postgresql_where=sa.text('place_id IS NOT NULL'))
    op.execute(sa.text(FILL))
    for sql in VIEWS.values():
        op.execute(sa.text(sql))


def downgrade() -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW analytics.{name}")
    op.drop_index(op.f('ix_co_mention_totals_place_id'), table_name='co_mention_totals')
    op.drop_index(op.f('ix_co_mention_totals_organization_id'), table_name='co_mention_totals')
    op.drop_table('co_mention_totals')
