"""co_mention_pairs: the load stores each article's co-mentions; analytics.co_mentions reads them.

analytics.co_mentions paired each article's actors with its places and organizations when
read (a lateral join over mentions, article by article): one article or a date range was
fast, but a pass over the archive (7.4 million pairs at 100,000 articles in
bench/queries.py) took 10 to 14 s. The table co_mention_pairs holds exactly the rows that
computation gave, keyed by (article_id, actor_id, scope, other_kind, other_id), and the
load fills it from the
batch's mentions in the transaction that writes them (etl/db/co_mention_pairs.py). The
view now reads the table, with the same columns, names, meaning and comments; its names
are LEFT JOINs on unique keys, which PostgreSQL leaves out when their columns are not
read, so count(*) is a scan of the table. Its counts are integers (the sums were
numeric, the sentences bigint).

The other of a pair is a real foreign key in its own column, organization_id or place_id
(ON DELETE CASCADE, as mentions has), and a CHECK ties it to other_kind and other_id, the
key's columns: other_kind/other_id alone could reference no table, and the two columns
alone could not be in the primary key (one is always NULL). Deleting an article or an
entity cascades to its pairs; the indexes on the entity columns keep that from reading
the whole table.

upgrade() fills the table from the articles already loaded, through the old view (a full
pass of it, 10 to 14 s at 100,000 articles, and the rows written), then builds the indexes
and replaces the view; downgrade() restores the view as 32de56e9ebd6 made it and drops
the table. The SQL is inlined: a
revision must create the same views forever; schema/views/co_mentions.sql equals VIEWS
here (a test checks it).

Revision ID: 63aeaec37291
Revises: a9d69bc0912d
Create Date: 2026-11-29 18:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '63aeaec37291'
down_revision: str | Sequence[str] | None = 'a9d69bc0912d'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE_COMMENT = (
    "Actors named with places and organizations: one row per actor, place or organization, article and scope, "
    "computed from the article's mentions by the load in the transaction that writes them (re-extraction replaces "
    "them; deleting the article deletes them). analytics.co_mentions names them."
)

# The rows of the view being replaced, each other in its own column too.
FILL = """
INSERT INTO co_mention_pairs (article_id, actor_id, scope, other_kind, other_id, organization_id, place_id,
                              actor_mentions, other_mentions, sentences)
SELECT article_id, actor_id, scope, other_kind, other_id,
       CASE WHEN other_kind = 'organization' THEN other_id END,
       CASE WHEN other_kind = 'place' THEN other_id END,
       actor_mentions, other_mentions, sentences
FROM analytics.co_mentions
"""

ENTITY_COLUMNS = ("actor_id", "organization_id", "place_id")

VIEWS: dict[str, str] = {
    "co_mentions": """\
-- analytics.co_mentions
-- Answers: which people appear together with which places and organizations? One row
-- per actor and place, or actor and organization, named in the same article (scope
-- article) or in the same sentence (scope sentence: "Afghan army" with Kabul, not with
-- the London of another paragraph). The load stores each article's pairs in the table
-- co_mention_pairs, so a pass over the whole archive is a scan of that table, and one
-- article, a date range or the first page of rows costs only the rows asked for.
CREATE VIEW analytics.co_mentions AS
SELECT
    pairs.actor_id,
    ac.name AS actor,
    ac.kind AS actor_kind,
    pairs.other_kind,
    pairs.other_id,
    coalesce(p.name, o.name) AS other,
    pairs.scope,
    pairs.article_id,
    a.source AS article_source,
    a.published,
    pairs.actor_mentions,
    pairs.other_mentions,
    pairs.sentences
FROM co_mention_pairs pairs
LEFT JOIN actors ac ON ac.id = pairs.actor_id
LEFT JOIN articles a ON a.id = pairs.article_id
LEFT JOIN places p ON p.id = pairs.place_id
LEFT JOIN organizations o ON o.id = pairs.organization_id;

COMMENT ON VIEW analytics.co_mentions IS 'Actors named in the same article, or the same sentence, as a place or an organization: one row per actor, place or organization, article and scope.';
COMMENT ON COLUMN analytics.co_mentions.actor_id IS 'The actor (actors.id).';
COMMENT ON COLUMN analytics.co_mentions.actor IS 'Fullest name, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.co_mentions.actor_kind IS 'named or anonymous.';
COMMENT ON COLUMN analytics.co_mentions.other_kind IS 'place or organization: which table other_id points to.';
COMMENT ON COLUMN analytics.co_mentions.other_id IS 'places.id or organizations.id, as other_kind says.';
COMMENT ON COLUMN analytics.co_mentions.other IS 'Fullest name of the place or organization.';
COMMENT ON COLUMN analytics.co_mentions.scope IS 'article: both are named in the article; sentence: both are named in one sentence of it (mentions.sentence). Every sentence pair also has its article row.';
COMMENT ON COLUMN analytics.co_mentions.article_id IS 'The article both are named in (articles.id).';
COMMENT ON COLUMN analytics.co_mentions.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.co_mentions.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.co_mentions.actor_mentions IS 'How many times the actor is named in the scope: the article, or the sentences that name both.';
COMMENT ON COLUMN analytics.co_mentions.other_mentions IS 'How many times the place or organization is named in the scope: the article, or the sentences that name both.';
COMMENT ON COLUMN analytics.co_mentions.sentences IS 'How many sentences of the article name both; NULL for scope article.';
""",
}

PREVIOUS_VIEWS: dict[str, str] = {
    "co_mentions": """\
-- analytics.co_mentions
-- Answers: which people appear together with which places and organizations? One row
-- per actor and place, or actor and organization, named in the same article (scope
-- article) or in the same sentence (scope sentence: "Afghan army" with Kabul, not with
-- the London of another paragraph). Pairs are made article by article (a lateral join),
-- so one article, a date range or the first page of rows costs only the articles asked for.
CREATE VIEW analytics.co_mentions AS
SELECT
    pairs.actor_id,
    ac.name AS actor,
    ac.kind AS actor_kind,
    pairs.other_kind,
    pairs.other_id,
    coalesce(p.name, o.name) AS other,
    pairs.scope,
    a.id AS article_id,
    a.source AS article_source,
    a.published,
    pairs.actor_mentions,
    pairs.other_mentions,
    pairs.sentences
FROM articles a
CROSS JOIN LATERAL (
    SELECT actor_side.scope, actor_side.actor_id,
           CASE WHEN other_side.place_id IS NOT NULL THEN 'place' ELSE 'organization' END AS other_kind,
           coalesce(other_side.place_id, other_side.organization_id) AS other_id,
           sum(actor_side.mentions) AS actor_mentions,
           sum(other_side.mentions) AS other_mentions,
           CASE WHEN actor_side.scope = 'sentence' THEN count(*) END AS sentences
    FROM (
        SELECT 'article' AS scope, -1 AS sentence, actor_id, count(*) AS mentions
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NOT NULL
        GROUP BY actor_id
        UNION ALL
        SELECT 'sentence', sentence, actor_id, count(*)
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NOT NULL AND sentence IS NOT NULL
        GROUP BY sentence, actor_id
    ) AS actor_side
    JOIN (
        SELECT 'article' AS scope, -1 AS sentence, organization_id, place_id, count(*) AS mentions
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NULL
        GROUP BY organization_id, place_id
        UNION ALL
        SELECT 'sentence', sentence, organization_id, place_id, count(*)
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NULL AND sentence IS NOT NULL
        GROUP BY sentence, organization_id, place_id
    ) AS other_side
      ON other_side.scope = actor_side.scope AND other_side.sentence = actor_side.sentence
    GROUP BY actor_side.scope, actor_side.actor_id, other_side.place_id, other_side.organization_id
) AS pairs
JOIN actors ac ON ac.id = pairs.actor_id
LEFT JOIN places p ON pairs.other_kind = 'place' AND p.id = pairs.other_id
LEFT JOIN organizations o ON pairs.other_kind = 'organization' AND o.id = pairs.other_id;

COMMENT ON VIEW analytics.co_mentions IS 'Actors named in the same article, or the same sentence, as a place or an organization: one row per actor, place or organization, article and scope.';
COMMENT ON COLUMN analytics.co_mentions.actor_id IS 'The actor (actors.id).';
COMMENT ON COLUMN analytics.co_mentions.actor IS 'Fullest name, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.co_mentions.actor_kind IS 'named or anonymous.';
COMMENT ON COLUMN analytics.co_mentions.other_kind IS 'place or organization: which table other_id points to.';
COMMENT ON COLUMN analytics.co_mentions.other_id IS 'places.id or organizations.id, as other_kind says.';
COMMENT ON COLUMN analytics.co_mentions.other IS 'Fullest name of the place or organization.';
COMMENT ON COLUMN analytics.co_mentions.scope IS 'article: both are named in the article; sentence: both are named in one sentence of it (mentions.sentence). Every sentence pair also has its article row.';
COMMENT ON COLUMN analytics.co_mentions.article_id IS 'The article both are named in (articles.id).';
COMMENT ON COLUMN analytics.co_mentions.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.co_mentions.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.co_mentions.actor_mentions IS 'How many times the actor is named in the scope: the article, or the sentences that name both.';
COMMENT ON COLUMN analytics.co_mentions.other_mentions IS 'How many times the place or organization is named in the scope: the article, or the sentences that name both.';
COMMENT ON COLUMN analytics.co_mentions.sentences IS 'How many sentences of the article name both; NULL for scope article.';
""",
}


def upgrade() -> None:
    op.create_table(
        'co_mention_pairs',
        sa.Column('article_id', sa.BigInteger(), nullable=False,
                  comment='The article both are named in (articles.id).'),
        sa.Column('actor_id', sa.BigInteger(), nullable=False, comment='The actor (actors.id).'),
        sa.Column('scope', sa.Text(), nullable=False,
                  comment='article: both are named in the article; sentence: both are named in one sentence of it '
                          '(mentions.sentence). Every sentence pair also has its article row.'),
        sa.Column('other_kind', sa.Text(), nullable=False,
                  comment='organization or place: which column, organization_id or place_id, holds the other.'),
        sa.Column('other_id', sa.BigInteger(), nullable=False,
                  comment='The organization or place named with the actor: organization_id or place_id.'),
        sa.Column('organization_id', sa.BigInteger(), nullable=True,
                  comment='The organization named with the actor, if the other is one.'),
        sa.Column('place_id', sa.BigInteger(), nullable=True,
                  comment='The place named with the actor, if the other is one.'),
        sa.Column('actor_mentions', sa.Integer(), nullable=False,
                  comment='How many times the actor is named in the scope: the article, or the sentences that name '
                          'both.'),
        sa.Column('other_mentions', sa.Integer(), nullable=False,
                  comment='How many times the place or organization is named in the scope: the article, or the '
                          'sentences that name both.'),
        sa.Column('sentences', sa.Integer(), nullable=True,
                  comment='How many sentences of the article name both; NULL for scope article.'),
        sa.CheckConstraint("scope IN ('article', 'sentence')", name=op.f('ck_co_mention_pairs_scope')),
        sa.CheckConstraint("other_kind IN ('organization', 'place')", name=op.f('ck_co_mention_pairs_other_kind')),
        sa.CheckConstraint("num_nonnulls(organization_id, place_id) = 1 AND other_id = coalesce(organization_id, "
                           "place_id) AND (other_kind = 'place') = (place_id IS NOT NULL)",
                           name=op.f('ck_co_mention_pairs_other_in_its_column')),
        sa.CheckConstraint("(sentences IS NOT NULL) = (scope = 'sentence') AND sentences >= 1",
                           name=op.f('ck_co_mention_pairs_sentences_of_sentence_scope')),
        sa.CheckConstraint('actor_mentions >= coalesce(sentences, 1) AND other_mentions >= coalesce(sentences, 1)',
                           name=op.f('ck_co_mention_pairs_mentions_per_sentence')),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_co_mention_pairs_article_id_articles'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_co_mention_pairs_actor_id_actors'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'],
                                name=op.f('fk_co_mention_pairs_organization_id_organizations'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_co_mention_pairs_place_id_places'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('article_id', 'actor_id', 'scope', 'other_kind', 'other_id',
                                name=op.f('pk_co_mention_pairs')),
        comment=TABLE_COMMENT,
    )
    op.execute(sa.text(FILL))
    # Built after the fill: one sort each rather than an insert per row.
    op.create_index(op.f('ix_co_mention_pairs_actor_id'), 'co_mention_pairs', ['actor_id'])
    for column in ENTITY_COLUMNS[1:]:
        op.create_index(op.f(f'ix_co_mention_pairs_{column}'), 'co_mention_pairs', [column],
                        postgresql_where=sa.text(f'{column} IS NOT NULL'))
    # Not CASCADE: a view an analyst built on co_mentions stops the migration rather than vanishing.
    op.execute("DROP VIEW analytics.co_mentions")
    for sql in VIEWS.values():
        op.execute(sa.text(sql))


def downgrade() -> None:
    op.execute("DROP VIEW analytics.co_mentions")
    for sql in PREVIOUS_VIEWS.values():
        op.execute(sa.text(sql))
    for column in reversed(ENTITY_COLUMNS):
        op.drop_index(op.f(f'ix_co_mention_pairs_{column}'), table_name='co_mention_pairs')
    op.drop_table('co_mention_pairs')
