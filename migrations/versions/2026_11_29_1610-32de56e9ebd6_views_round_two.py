"""Analyst views, round two: analytics.organization_mentions, analytics.roles (one row per
role, with the resolved entity it is of), analytics.mentions_by_day (a time series by
publication date), and co_mentions by sentence as well as by article.

Sentence co-mentions need to know which sentence a mention is in: mentions.sentence, the
number of its sentence in spaCy's parse. Rows loaded before this revision keep NULL there
(no parse is stored to recover it) until the article is re-extracted (`run --force`); they
still count in the article scope.

At archive size (bench/queries.py, 100,000 articles) the views must answer in about a
second: actor_mentions and place_mentions (and the new organization_mentions) count
mentions before joining, from indexes on (entity, article_id, start_char) that replace the
single-column ones; co_mentions pairs entities article by article; speaker_stats counts
statements before naming speakers and gathers all roles in one pass; articles.published
gets an index for date ranges.

The SQL is inlined: a revision must create the same views forever; schema/views/*.sql
equal VIEWS here (a test checks it). downgrade() drops the new views, restores the
replaced ones as 7d5a2f0b3c40 and 100a9e85a6a2 made them, and the indexes, and drops the
column.

Revision ID: 32de56e9ebd6
Revises: 062d75346ee1
Create Date: 2026-11-29 16:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '32de56e9ebd6'
down_revision: str | Sequence[str] | None = '062d75346ee1'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SENTENCE_COMMENT = (
    "0-based number of the sentence the mention is in, in the article's parse; NULL for mentions "
    "loaded before news-etl recorded sentences (`run --force` fills it)."
)

VIEWS: dict[str, str] = {
    "actor_mentions": """\
-- analytics.actor_mentions
-- Answers: who appears in which articles, and how prominently? One row per actor
-- (named person or anonymous source) and article, with the number of mentions. The
-- mentions are counted before the joins, from the index on (actor_id, article_id), so a
-- whole archive is one pass over that index.
CREATE VIEW analytics.actor_mentions AS
SELECT
    ac.id AS actor_id,
    ac.name AS actor,
    ac.kind AS actor_kind,
    a.id AS article_id,
    a.source AS article_source,
    a.title AS article_title,
    a.published,
    m.mentions,
    m.first_char
FROM (
    SELECT actor_id, article_id, count(*) AS mentions, min(start_char) AS first_char
    FROM mentions
    WHERE actor_id IS NOT NULL
    GROUP BY actor_id, article_id
) AS m
JOIN actors ac ON ac.id = m.actor_id
JOIN articles a ON a.id = m.article_id;

COMMENT ON VIEW analytics.actor_mentions IS 'Who appears where: one row per actor (person or anonymous source) and article, with the number of mentions.';
COMMENT ON COLUMN analytics.actor_mentions.actor_id IS 'The actor (actors.id).';
COMMENT ON COLUMN analytics.actor_mentions.actor IS 'Fullest name, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.actor_mentions.actor_kind IS 'named or anonymous.';
COMMENT ON COLUMN analytics.actor_mentions.article_id IS 'The article (articles.id).';
COMMENT ON COLUMN analytics.actor_mentions.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.actor_mentions.article_title IS 'Headline of the article, when it has one.';
COMMENT ON COLUMN analytics.actor_mentions.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.actor_mentions.mentions IS 'How many times the article names the actor (pronouns not counted).';
COMMENT ON COLUMN analytics.actor_mentions.first_char IS 'Offset of the first mention in articles.text: small means early in the article.';
""",
    "place_mentions": """\
-- analytics.place_mentions
-- Answers: which places does each article talk about, and where are they? Map-ready:
-- one row per place and article with the place's type, country and coordinates
-- (NULL until a gazetteer or the text gives them). Mentions are counted before the joins.
CREATE VIEW analytics.place_mentions AS
SELECT
    p.id AS place_id,
    p.name AS place,
    p.place_type,
    p.country_code,
    p.latitude,
    p.longitude,
    a.id AS article_id,
    a.source AS article_source,
    a.title AS article_title,
    a.published,
    m.mentions
FROM (
    SELECT place_id, article_id, count(*) AS mentions
    FROM mentions
    WHERE place_id IS NOT NULL
    GROUP BY place_id, article_id
) AS m
JOIN places p ON p.id = m.place_id
JOIN articles a ON a.id = m.article_id;

COMMENT ON VIEW analytics.place_mentions IS 'Places per article, map-ready: one row per place and article with type, country, coordinates and the number of mentions.';
COMMENT ON COLUMN analytics.place_mentions.place_id IS 'The place (places.id).';
COMMENT ON COLUMN analytics.place_mentions.place IS 'Fullest name of the place.';
COMMENT ON COLUMN analytics.place_mentions.place_type IS 'Lowercase type when known: country, province, city, valley...';
COMMENT ON COLUMN analytics.place_mentions.country_code IS 'ISO 3166-1 alpha-2 code, when known.';
COMMENT ON COLUMN analytics.place_mentions.latitude IS 'Decimal degrees (WGS 84), when known.';
COMMENT ON COLUMN analytics.place_mentions.longitude IS 'Decimal degrees (WGS 84), when known.';
COMMENT ON COLUMN analytics.place_mentions.article_id IS 'The article (articles.id).';
COMMENT ON COLUMN analytics.place_mentions.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.place_mentions.article_title IS 'Headline of the article, when it has one.';
COMMENT ON COLUMN analytics.place_mentions.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.place_mentions.mentions IS 'How many times the article names the place.';
""",
    "organization_mentions": """\
-- analytics.organization_mentions
-- Answers: which organizations appear in which articles, and how prominently? One row per
-- organization and article, with the number of mentions; joined with place_mentions on
-- article_id it gives organizations x places. Mentions are counted before the joins.
CREATE VIEW analytics.organization_mentions AS
SELECT
    o.id AS organization_id,
    o.name AS organization,
    a.id AS article_id,
    a.source AS article_source,
    a.title AS article_title,
    a.published,
    m.mentions,
    m.first_char
FROM (
    SELECT organization_id, article_id, count(*) AS mentions, min(start_char) AS first_char
    FROM mentions
    WHERE organization_id IS NOT NULL
    GROUP BY organization_id, article_id
) AS m
JOIN organizations o ON o.id = m.organization_id
JOIN articles a ON a.id = m.article_id;

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
-- Built on the per-article views, so each article's mentions are counted once, from the
-- indexes.
CREATE VIEW analytics.mentions_by_day AS
SELECT published AS day, actor_kind AS kind, actor_id AS entity_id, actor AS entity,
       sum(mentions)::bigint AS mentions, count(*) AS articles
FROM analytics.actor_mentions
WHERE published IS NOT NULL
GROUP BY published, actor_id, actor_kind, actor
UNION ALL
SELECT published, 'organization', organization_id, organization, sum(mentions)::bigint, count(*)
FROM analytics.organization_mentions
WHERE published IS NOT NULL
GROUP BY published, organization_id, organization
UNION ALL
SELECT published, 'place', place_id, place, sum(mentions)::bigint, count(*)
FROM analytics.place_mentions
WHERE published IS NOT NULL
GROUP BY published, place_id, place;

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
    "speaker_stats": """\
-- analytics.speaker_stats
-- Answers: who gets to speak, and how much? One row per speaker (person, anonymous
-- source or organization) over all articles: quotes, claims, articles, roles. Compare
-- named with anonymous sources through speaker_kind. Statements are counted per speaker
-- before the names are joined, and every speaker's roles are gathered in one pass over
-- the distinct roles: a famous person has thousands of role phrases.
CREATE VIEW analytics.speaker_stats AS
WITH statements AS (
    SELECT speaker_actor_id AS actor_id, speaker_organization_id AS organization_id, article_id, 'quote' AS statement
    FROM quotes
    UNION ALL
    SELECT claimant_actor_id, claimant_organization_id, article_id, 'claim'
    FROM claims
)
SELECT
    coalesce(ac.name, o.name) AS speaker,
    CASE WHEN ac.id IS NOT NULL THEN ac.kind ELSE 'organization' END AS speaker_kind,
    s.quotes,
    s.claims,
    s.articles,
    speaker_roles.roles,
    ac.id AS actor_id,
    o.id AS organization_id
FROM (
    SELECT actor_id, organization_id,
           count(*) FILTER (WHERE statement = 'quote') AS quotes,
           count(*) FILTER (WHERE statement = 'claim') AS claims,
           count(DISTINCT article_id) AS articles
    FROM statements
    WHERE actor_id IS NOT NULL OR organization_id IS NOT NULL
    GROUP BY actor_id, organization_id
) AS s
LEFT JOIN actors ac ON ac.id = s.actor_id
LEFT JOIN organizations o ON o.id = s.organization_id
LEFT JOIN (
    SELECT r.actor_id,
           string_agg(DISTINCT r.role || coalesce(' of ' || coalesce(of_actor.name, of_organization.name, of_place.name, r.of_text), ''), '; ') AS roles
    FROM (SELECT DISTINCT actor_id, role, of_actor_id, of_organization_id, of_place_id, of_text FROM roles) AS r
    LEFT JOIN actors of_actor ON of_actor.id = r.of_actor_id
    LEFT JOIN organizations of_organization ON of_organization.id = r.of_organization_id
    LEFT JOIN places of_place ON of_place.id = r.of_place_id
    GROUP BY r.actor_id
) AS speaker_roles ON speaker_roles.actor_id = s.actor_id;

COMMENT ON VIEW analytics.speaker_stats IS 'Who gets to speak: one row per speaker with quotes, claims, articles and roles, over all articles.';
COMMENT ON COLUMN analytics.speaker_stats.speaker IS 'A person''s fullest name, an anonymous source''s description or an organization''s name.';
COMMENT ON COLUMN analytics.speaker_stats.speaker_kind IS 'named, anonymous or organization.';
COMMENT ON COLUMN analytics.speaker_stats.quotes IS 'Quotes (verbatim speech) attributed to the speaker.';
COMMENT ON COLUMN analytics.speaker_stats.claims IS 'Claims (reported speech) attributed to the speaker.';
COMMENT ON COLUMN analytics.speaker_stats.articles IS 'Articles in which the speaker is quoted or reported.';
COMMENT ON COLUMN analytics.speaker_stats.roles IS 'Every role any article gives the speaker, separated by "; "; NULL for organizations and when none is given.';
COMMENT ON COLUMN analytics.speaker_stats.actor_id IS 'The speaker when a person or anonymous source (actors.id).';
COMMENT ON COLUMN analytics.speaker_stats.organization_id IS 'The speaker when an organization (organizations.id).';
""",
}

# The views this revision replaces, as the newest revision before it made them, for downgrade().
PREVIOUS_VIEWS: dict[str, str] = {
    "actor_mentions": """\
-- analytics.actor_mentions
-- Answers: who appears in which articles, and how prominently? One row per actor
-- (named person or anonymous source) and article, with the number of mentions.
CREATE VIEW analytics.actor_mentions AS
SELECT
    ac.id AS actor_id,
    ac.name AS actor,
    ac.kind AS actor_kind,
    a.id AS article_id,
    a.source AS article_source,
    a.title AS article_title,
    a.published,
    count(*) AS mentions,
    min(m.start_char) AS first_char
FROM mentions m
JOIN actors ac ON ac.id = m.actor_id
JOIN articles a ON a.id = m.article_id
GROUP BY ac.id, a.id;

COMMENT ON VIEW analytics.actor_mentions IS 'Who appears where: one row per actor (person or anonymous source) and article, with the number of mentions.';
COMMENT ON COLUMN analytics.actor_mentions.actor_id IS 'The actor (actors.id).';
COMMENT ON COLUMN analytics.actor_mentions.actor IS 'Fullest name, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.actor_mentions.actor_kind IS 'named or anonymous.';
COMMENT ON COLUMN analytics.actor_mentions.article_id IS 'The article (articles.id).';
COMMENT ON COLUMN analytics.actor_mentions.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.actor_mentions.article_title IS 'Headline of the article, when it has one.';
COMMENT ON COLUMN analytics.actor_mentions.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.actor_mentions.mentions IS 'How many times the article names the actor (pronouns not counted).';
COMMENT ON COLUMN analytics.actor_mentions.first_char IS 'Offset of the first mention in articles.text: small means early in the article.';
""",
    "place_mentions": """\
-- analytics.place_mentions
-- Answers: which places does each article talk about, and where are they? Map-ready:
-- one row per place and article with the place's type, country and coordinates
-- (NULL until a gazetteer or the text gives them).
CREATE VIEW analytics.place_mentions AS
SELECT
    p.id AS place_id,
    p.name AS place,
    p.place_type,
    p.country_code,
    p.latitude,
    p.longitude,
    a.id AS article_id,
    a.source AS article_source,
    a.title AS article_title,
    a.published,
    count(*) AS mentions
FROM mentions m
JOIN places p ON p.id = m.place_id
JOIN articles a ON a.id = m.article_id
GROUP BY p.id, a.id;

COMMENT ON VIEW analytics.place_mentions IS 'Places per article, map-ready: one row per place and article with type, country, coordinates and the number of mentions.';
COMMENT ON COLUMN analytics.place_mentions.place_id IS 'The place (places.id).';
COMMENT ON COLUMN analytics.place_mentions.place IS 'Fullest name of the place.';
COMMENT ON COLUMN analytics.place_mentions.place_type IS 'Lowercase type when known: country, province, city, valley...';
COMMENT ON COLUMN analytics.place_mentions.country_code IS 'ISO 3166-1 alpha-2 code, when known.';
COMMENT ON COLUMN analytics.place_mentions.latitude IS 'Decimal degrees (WGS 84), when known.';
COMMENT ON COLUMN analytics.place_mentions.longitude IS 'Decimal degrees (WGS 84), when known.';
COMMENT ON COLUMN analytics.place_mentions.article_id IS 'The article (articles.id).';
COMMENT ON COLUMN analytics.place_mentions.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.place_mentions.article_title IS 'Headline of the article, when it has one.';
COMMENT ON COLUMN analytics.place_mentions.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.place_mentions.mentions IS 'How many times the article names the place.';
""",
    "co_mentions": """\
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
""",
    "speaker_stats": """\
-- analytics.speaker_stats
-- Answers: who gets to speak, and how much? One row per speaker (person, anonymous
-- source or organization) over all articles: quotes, claims, articles, roles. Compare
-- named with anonymous sources through speaker_kind.
CREATE VIEW analytics.speaker_stats AS
WITH statements AS (
    SELECT speaker_actor_id AS actor_id, speaker_organization_id AS organization_id, article_id, 'quote' AS statement
    FROM quotes
    UNION ALL
    SELECT claimant_actor_id, claimant_organization_id, article_id, 'claim'
    FROM claims
)
SELECT
    coalesce(ac.name, o.name) AS speaker,
    CASE WHEN ac.id IS NOT NULL THEN ac.kind ELSE 'organization' END AS speaker_kind,
    count(*) FILTER (WHERE s.statement = 'quote') AS quotes,
    count(*) FILTER (WHERE s.statement = 'claim') AS claims,
    count(DISTINCT s.article_id) AS articles,
    (SELECT string_agg(DISTINCT r.role || coalesce(' of ' || coalesce((SELECT name FROM actors WHERE id = r.of_actor_id), (SELECT name FROM organizations WHERE id = r.of_organization_id), (SELECT name FROM places WHERE id = r.of_place_id), r.of_text), ''), '; ') FROM roles r WHERE r.actor_id = ac.id) AS roles,
    ac.id AS actor_id,
    o.id AS organization_id
FROM statements s
LEFT JOIN actors ac ON ac.id = s.actor_id
LEFT JOIN organizations o ON o.id = s.organization_id
WHERE s.actor_id IS NOT NULL OR s.organization_id IS NOT NULL
GROUP BY ac.id, o.id;

COMMENT ON VIEW analytics.speaker_stats IS 'Who gets to speak: one row per speaker with quotes, claims, articles and roles, over all articles.';
COMMENT ON COLUMN analytics.speaker_stats.speaker IS 'A person''s fullest name, an anonymous source''s description or an organization''s name.';
COMMENT ON COLUMN analytics.speaker_stats.speaker_kind IS 'named, anonymous or organization.';
COMMENT ON COLUMN analytics.speaker_stats.quotes IS 'Quotes (verbatim speech) attributed to the speaker.';
COMMENT ON COLUMN analytics.speaker_stats.claims IS 'Claims (reported speech) attributed to the speaker.';
COMMENT ON COLUMN analytics.speaker_stats.articles IS 'Articles in which the speaker is quoted or reported.';
COMMENT ON COLUMN analytics.speaker_stats.roles IS 'Every role any article gives the speaker, separated by "; "; NULL for organizations and when none is given.';
COMMENT ON COLUMN analytics.speaker_stats.actor_id IS 'The speaker when a person or anonymous source (actors.id).';
COMMENT ON COLUMN analytics.speaker_stats.organization_id IS 'The speaker when an organization (organizations.id).';
""",
}


# Each entity column's index also holds the article and the offset, and only the rows naming
# that kind of entity: the per-article counts are one ordered pass over it (bench/queries.py).
ENTITY_COLUMNS = ("actor_id", "organization_id", "place_id")


def upgrade() -> None:
    op.add_column('mentions', sa.Column('sentence', sa.Integer(), nullable=True, comment=SENTENCE_COMMENT))
    op.create_check_constraint(op.f('ck_mentions_sentence_positive'), 'mentions', 'sentence >= 0')
    for name in reversed(PREVIOUS_VIEWS):
        # Not CASCADE: a view an analyst built on these stops the migration rather than vanishing.
        op.execute(f"DROP VIEW analytics.{name}")
    for column in ENTITY_COLUMNS:
        op.drop_index(op.f(f'ix_mentions_{column}'), table_name='mentions')
        op.create_index(op.f(f'ix_mentions_{column}_article_id_start_char'), 'mentions',
                        [column, 'article_id', 'start_char'], postgresql_where=sa.text(f'{column} IS NOT NULL'))
    op.create_index(op.f('ix_articles_published'), 'articles', ['published'])
    for sql in VIEWS.values():
        op.execute(sa.text(sql))


def downgrade() -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW analytics.{name}")
    op.drop_index(op.f('ix_articles_published'), table_name='articles')
    for column in ENTITY_COLUMNS:
        op.drop_index(op.f(f'ix_mentions_{column}_article_id_start_char'), table_name='mentions')
        op.create_index(op.f(f'ix_mentions_{column}'), 'mentions', [column])
    op.drop_constraint(op.f('ck_mentions_sentence_positive'), 'mentions', type_='check')
    op.drop_column('mentions', 'sentence')
    for sql in PREVIOUS_VIEWS.values():
        op.execute(sa.text(sql))
