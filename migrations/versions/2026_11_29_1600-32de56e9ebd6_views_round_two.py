"""Analyst views, round two: analytics.organization_mentions, analytics.roles (one row per
role, with the resolved entity it is of), analytics.mentions_by_day (a time series by
publication date), and co_mentions by sentence as well as by article.

Sentence co-mentions need to know which sentence a mention is in: mentions.sentence, the
number of its sentence in spaCy's parse. Rows loaded before this revision keep NULL there
(no parse is stored to recover it) until the article is re-extracted (`run --force`); they
still count in the article scope. The indexes are the ones bench/queries.py showed the
views need at archive size.

The SQL is inlined: a revision must create the same views forever; schema/views/*.sql
equal VIEWS here (a test checks it). downgrade() drops the new views, restores co_mentions
as 100a9e85a6a2 made it and drops the column and the indexes.

Revision ID: 32de56e9ebd6
Revises: 2b6f1d8e4a57
Create Date: 2026-11-29 16:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '32de56e9ebd6'
down_revision: str | Sequence[str] | None = '2b6f1d8e4a57'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SENTENCE_COMMENT = (
    "0-based number of the sentence the mention is in, in the article's parse; NULL for mentions "
    "loaded before news-etl recorded sentences (`run --force` fills it)."
)

VIEWS: dict[str, str] = {
    "organization_mentions": """\
-- analytics.organization_mentions
-- Answers: which organizations appear in which articles, and how prominently? One row per
-- organization and article, with the number of mentions; joined with place_mentions on
-- article_id it gives organizations x places.
CREATE VIEW analytics.organization_mentions AS
SELECT
    o.id AS organization_id,
    o.name AS organization,
    a.id AS article_id,
    a.source AS article_source,
    a.title AS article_title,
    a.published,
    count(*) AS mentions,
    min(m.start_char) AS first_char
FROM mentions m
JOIN organizations o ON o.id = m.organization_id
JOIN articles a ON a.id = m.article_id
GROUP BY o.id, a.id;

COMMENT ON VIEW analytics.organization_mentions IS 'Which organizations appear where: one row per organization and article, with the number of mentions.';
COMMENT ON COLUMN analytics.organization_mentions.organization_id IS 'The organization (organizations.id).';
COMMENT ON COLUMN analytics.organization_mentions.organization IS 'Fullest name of the organization.';
COMMENT ON COLUMN analytics.organization_mentions.article_id IS 'The article (articles.id).';
COMMENT ON COLUMN analytics.organization_mentions.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.organization_mentions.article_title IS 'Headline of the article, when it has one.';
COMMENT ON COLUMN analytics.organization_mentions.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.organization_mentions.mentions IS 'How many times the article names the organization.';
COMMENT ON COLUMN analytics.organization_mentions.first_char IS 'Offset of the first mention in articles.text: small means early in the article.';
""",
    "roles": """\
-- analytics.roles
-- Answers: which roles does each article give each person, and whose roles are they?
-- One row per role phrase ("spokesman of Ahmad Massoud"), with the entity the role is of
-- (a person, organization or place) when the extractor resolved it, so roles can be
-- grouped by organization or country; actor_roles packs the same into one string.
CREATE VIEW analytics.roles AS
SELECT
    r.id AS role_id,
    ac.id AS actor_id,
    ac.name AS actor,
    ac.kind AS actor_kind,
    r.role,
    CASE
        WHEN of_actor.id IS NOT NULL THEN of_actor.kind
        WHEN of_organization.id IS NOT NULL THEN 'organization'
        WHEN of_place.id IS NOT NULL THEN 'place'
    END AS of_kind,
    coalesce(of_actor.id, of_organization.id, of_place.id) AS of_id,
    coalesce(of_actor.name, of_organization.name, of_place.name) AS of_name,
    r.of_text,
    a.id AS article_id,
    a.source AS article_source,
    a.published,
    r.start_char,
    r.end_char,
    r.text
FROM roles r
JOIN actors ac ON ac.id = r.actor_id
JOIN articles a ON a.id = r.article_id
LEFT JOIN actors of_actor ON of_actor.id = r.of_actor_id
LEFT JOIN organizations of_organization ON of_organization.id = r.of_organization_id
LEFT JOIN places of_place ON of_place.id = r.of_place_id;

COMMENT ON VIEW analytics.roles IS 'Roles and affiliations, one row per role phrase an article gives a person, with the resolved entity the role is of.';
COMMENT ON COLUMN analytics.roles.role_id IS 'The role phrase (roles.id).';
COMMENT ON COLUMN analytics.roles.actor_id IS 'The person who holds the role (actors.id).';
COMMENT ON COLUMN analytics.roles.actor IS 'The person''s fullest name, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.roles.actor_kind IS 'named or anonymous.';
COMMENT ON COLUMN analytics.roles.role IS 'The role in lowercase, with its qualifiers: president, former vice president, spokesman.';
COMMENT ON COLUMN analytics.roles.of_kind IS 'Kind of entity the role is of: named, anonymous, organization or place; NULL when the text says of no one or it was not resolved.';
COMMENT ON COLUMN analytics.roles.of_id IS 'actors.id, organizations.id or places.id, as of_kind says; NULL when not resolved.';
COMMENT ON COLUMN analytics.roles.of_name IS 'Fullest name of the entity the role is of; NULL when not resolved (of_text still says what the article wrote).';
COMMENT ON COLUMN analytics.roles.of_text IS 'Whose or what the role is of, as written ("Massoud''s", "Afghanistan''s"), if the article says.';
COMMENT ON COLUMN analytics.roles.article_id IS 'The article that gives the role (articles.id).';
COMMENT ON COLUMN analytics.roles.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.roles.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.roles.start_char IS 'Offset of the role phrase in articles.text.';
COMMENT ON COLUMN analytics.roles.end_char IS 'Offset just past the role phrase.';
COMMENT ON COLUMN analytics.roles.text IS 'The role phrase as written: articles.text[start_char:end_char].';
""",
    "mentions_by_day": """\
-- analytics.mentions_by_day
-- Answers: how often is each person, organization or place named, day by day? A time
-- series by publication date: one row per entity and day it is mentioned on. Articles
-- without a known date are left out. Filter on kind and entity_id to follow one entity.
CREATE VIEW analytics.mentions_by_day AS
SELECT a.published AS day, ac.kind, ac.id AS entity_id, ac.name AS entity,
       count(*) AS mentions, count(DISTINCT m.article_id) AS articles
FROM mentions m
JOIN actors ac ON ac.id = m.actor_id
JOIN articles a ON a.id = m.article_id
WHERE a.published IS NOT NULL
GROUP BY a.published, ac.id
UNION ALL
SELECT a.published, 'organization', o.id, o.name, count(*), count(DISTINCT m.article_id)
FROM mentions m
JOIN organizations o ON o.id = m.organization_id
JOIN articles a ON a.id = m.article_id
WHERE a.published IS NOT NULL
GROUP BY a.published, o.id
UNION ALL
SELECT a.published, 'place', p.id, p.name, count(*), count(DISTINCT m.article_id)
FROM mentions m
JOIN places p ON p.id = m.place_id
JOIN articles a ON a.id = m.article_id
WHERE a.published IS NOT NULL
GROUP BY a.published, p.id;

COMMENT ON VIEW analytics.mentions_by_day IS 'Mentions per entity and publication day, for time series: one row per person, organization or place and day it is named on.';
COMMENT ON COLUMN analytics.mentions_by_day.day IS 'Publication date of the articles counted.';
COMMENT ON COLUMN analytics.mentions_by_day.kind IS 'named, anonymous, organization or place: which table entity_id points to (actors for named and anonymous).';
COMMENT ON COLUMN analytics.mentions_by_day.entity_id IS 'actors.id, organizations.id or places.id, as kind says.';
COMMENT ON COLUMN analytics.mentions_by_day.entity IS 'Fullest name of the entity, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.mentions_by_day.mentions IS 'How many times the articles published that day name the entity.';
COMMENT ON COLUMN analytics.mentions_by_day.articles IS 'How many articles published that day name the entity.';
""",
    "co_mentions": """\
-- analytics.co_mentions
-- Answers: which people appear together with which places and organizations? One row
-- per actor and place, or actor and organization, named in the same article (scope
-- article) or in the same sentence (scope sentence: "Afghan army" with Kabul, not with
-- the London of another paragraph).
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
FROM (
    SELECT actor_side.scope, actor_side.article_id, actor_side.actor_id,
           CASE WHEN other_side.place_id IS NOT NULL THEN 'place' ELSE 'organization' END AS other_kind,
           coalesce(other_side.place_id, other_side.organization_id) AS other_id,
           sum(actor_side.mentions) AS actor_mentions,
           sum(other_side.mentions) AS other_mentions,
           CASE WHEN actor_side.scope = 'sentence' THEN count(*) END AS sentences
    FROM (
        SELECT 'article' AS scope, article_id, -1 AS sentence, actor_id, organization_id, place_id, count(*) AS mentions
        FROM mentions
        GROUP BY article_id, actor_id, organization_id, place_id
        UNION ALL
        SELECT 'sentence', article_id, sentence, actor_id, organization_id, place_id, count(*)
        FROM mentions
        WHERE sentence IS NOT NULL
        GROUP BY article_id, sentence, actor_id, organization_id, place_id
    ) AS actor_side
    JOIN (
        SELECT 'article' AS scope, article_id, -1 AS sentence, organization_id, place_id, count(*) AS mentions
        FROM mentions
        WHERE actor_id IS NULL
        GROUP BY article_id, organization_id, place_id
        UNION ALL
        SELECT 'sentence', article_id, sentence, organization_id, place_id, count(*)
        FROM mentions
        WHERE actor_id IS NULL AND sentence IS NOT NULL
        GROUP BY article_id, sentence, organization_id, place_id
    ) AS other_side
      ON other_side.scope = actor_side.scope
     AND other_side.article_id = actor_side.article_id
     AND other_side.sentence = actor_side.sentence
    WHERE actor_side.actor_id IS NOT NULL
    GROUP BY actor_side.scope, actor_side.article_id, actor_side.actor_id, other_side.place_id, other_side.organization_id
) AS pairs
JOIN actors ac ON ac.id = pairs.actor_id
JOIN articles a ON a.id = pairs.article_id
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

# co_mentions as 100a9e85a6a2 created it, for downgrade().
PREVIOUS_CO_MENTIONS = """\
-- analytics.co_mentions
-- Answers: which people appear together with which places and organizations? One row
-- per actor and place, or actor and organization, named in the same article.
CREATE VIEW analytics.co_mentions AS
WITH other_counts AS (
    SELECT 'place' AS other_kind, place_id AS other_id, place AS other, article_id, mentions
    FROM analytics.place_mentions
    UNION ALL
    SELECT 'organization', m.organization_id, o.name, m.article_id, count(*)
    FROM mentions m
    JOIN organizations o ON o.id = m.organization_id
    GROUP BY m.organization_id, o.name, m.article_id
)
SELECT
    am.actor_id,
    am.actor,
    am.actor_kind,
    oc.other_kind,
    oc.other_id,
    oc.other,
    am.article_id,
    am.article_source,
    am.published,
    am.mentions AS actor_mentions,
    oc.mentions AS other_mentions
FROM analytics.actor_mentions am
JOIN other_counts oc ON oc.article_id = am.article_id;

COMMENT ON VIEW analytics.co_mentions IS 'Actors named in the same article as a place or an organization: one row per actor, place or organization, and article.';
COMMENT ON COLUMN analytics.co_mentions.actor_id IS 'The actor (actors.id).';
COMMENT ON COLUMN analytics.co_mentions.actor IS 'Fullest name, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.co_mentions.actor_kind IS 'named or anonymous.';
COMMENT ON COLUMN analytics.co_mentions.other_kind IS 'place or organization: which table other_id points to.';
COMMENT ON COLUMN analytics.co_mentions.other_id IS 'places.id or organizations.id, as other_kind says.';
COMMENT ON COLUMN analytics.co_mentions.other IS 'Fullest name of the place or organization.';
COMMENT ON COLUMN analytics.co_mentions.article_id IS 'The article both are named in (articles.id).';
COMMENT ON COLUMN analytics.co_mentions.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.co_mentions.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.co_mentions.actor_mentions IS 'How many times the article names the actor.';
COMMENT ON COLUMN analytics.co_mentions.other_mentions IS 'How many times the article names the place or organization.';
"""


def upgrade() -> None:
    op.add_column('mentions', sa.Column('sentence', sa.Integer(), nullable=True, comment=SENTENCE_COMMENT))
    op.create_check_constraint(op.f('ck_mentions_sentence_positive'), 'mentions', 'sentence >= 0')
    op.execute("DROP VIEW analytics.co_mentions")
    for sql in VIEWS.values():
        op.execute(sa.text(sql))


def downgrade() -> None:
    for name in reversed(VIEWS):
        # Not CASCADE: a view an analyst built on these stops the migration rather than vanishing.
        op.execute(f"DROP VIEW analytics.{name}")
    op.drop_constraint(op.f('ck_mentions_sentence_positive'), 'mentions', type_='check')
    op.drop_column('mentions', 'sentence')
    op.execute(sa.text(PREVIOUS_CO_MENTIONS))
