"""Analyst views with the text they have had since 7d5a2f0b3c40 was edited in place: a
role names the entity it is of ("spokesman of Ahmad Massoud", not "Massoud's
spokesman"), and co_mentions reads actor_mentions and place_mentions instead of
counting the mentions again.

7d5a2f0b3c40 was changed after it landed, so a database already at it kept the old
views; it is back to its released text, and this revision carries the change. It
drops and creates every view it changes, and the ones that read them (quote_attributions
and claim_sources read actor_roles); downgrade() creates them again from the released text.

The SQL is inlined, like 7d5a2f0b3c40's: a revision must create the same views forever.
schema/views/*.sql equal VIEWS here (a test checks it).

Revision ID: 100a9e85a6a2
Revises: 7d5a2f0b3c40
Create Date: 2026-11-29 12:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '100a9e85a6a2'
down_revision: str | Sequence[str] | None = '7d5a2f0b3c40'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# In creation order: quote_attributions and claim_sources read actor_roles.
VIEWS: dict[str, str] = {
    "actor_roles": """\
-- analytics.actor_roles
-- Answers: which roles and affiliations does each article give each person?
-- ("Ali Nazari": "spokesman of Ahmad Massoud"). One row per person and article; the other
-- views take a speaker's roles from here, in the article the statement is in.
CREATE VIEW analytics.actor_roles AS
SELECT
    ac.id AS actor_id,
    ac.name AS actor,
    ac.kind AS actor_kind,
    a.id AS article_id,
    a.source AS article_source,
    string_agg(DISTINCT r.role || coalesce(' of ' || coalesce((SELECT name FROM actors WHERE id = r.of_actor_id), (SELECT name FROM organizations WHERE id = r.of_organization_id), (SELECT name FROM places WHERE id = r.of_place_id), r.of_text), ''), '; ') AS roles,
    count(*) AS role_mentions
FROM roles r
JOIN actors ac ON ac.id = r.actor_id
JOIN articles a ON a.id = r.article_id
GROUP BY ac.id, a.id;

COMMENT ON VIEW analytics.actor_roles IS 'Which roles and affiliations each article gives each person: one row per person and article.';
COMMENT ON COLUMN analytics.actor_roles.actor_id IS 'The person (actors.id).';
COMMENT ON COLUMN analytics.actor_roles.actor IS 'The person''s fullest name, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.actor_roles.actor_kind IS 'named or anonymous.';
COMMENT ON COLUMN analytics.actor_roles.article_id IS 'The article that gives the roles (articles.id).';
COMMENT ON COLUMN analytics.actor_roles.article_source IS 'Input the article was loaded from (articles.source).';
COMMENT ON COLUMN analytics.actor_roles.roles IS 'Distinct roles, each with whose it is when the text says, separated by "; ": spokesman of Ahmad Massoud; former vice president of Afghanistan.';
COMMENT ON COLUMN analytics.actor_roles.role_mentions IS 'How many role phrases the article has for the person.';
""",
    "quote_attributions": """\
-- analytics.quote_attributions
-- Answers: who said what, in which article, when, and in which role? One row per
-- quote (verbatim speech in quotation marks), with offsets to check it in the article:
-- substr(articles.text, start_char + 1, end_char - start_char) is the quote.
CREATE VIEW analytics.quote_attributions AS
SELECT
    q.id AS quote_id,
    a.id AS article_id,
    a.source AS article_source,
    a.title AS article_title,
    a.published,
    coalesce(ac.name, o.name) AS speaker,
    CASE WHEN ac.id IS NOT NULL THEN ac.kind WHEN o.id IS NOT NULL THEN 'organization' END AS speaker_kind,
    ar.roles AS speaker_roles,
    q.cue,
    q.text AS quote,
    q.start_char,
    q.end_char,
    q.cue_start,
    q.cue_end,
    q.speaker_actor_id,
    q.speaker_organization_id
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN actors ac ON ac.id = q.speaker_actor_id
LEFT JOIN organizations o ON o.id = q.speaker_organization_id
LEFT JOIN analytics.actor_roles ar ON ar.actor_id = q.speaker_actor_id AND ar.article_id = q.article_id;

COMMENT ON VIEW analytics.quote_attributions IS 'Who said what, where and when: one row per quote with its article, speaker, the speaker''s roles in that article, cue and offsets.';
COMMENT ON COLUMN analytics.quote_attributions.quote_id IS 'The quote (quotes.id).';
COMMENT ON COLUMN analytics.quote_attributions.article_id IS 'Article the quote is in (articles.id).';
COMMENT ON COLUMN analytics.quote_attributions.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.quote_attributions.article_title IS 'Headline of the article, when it has one.';
COMMENT ON COLUMN analytics.quote_attributions.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.quote_attributions.speaker IS 'Who spoke: a person''s fullest name, an anonymous source''s description or an organization''s name; NULL when the extractor found no speaker.';
COMMENT ON COLUMN analytics.quote_attributions.speaker_kind IS 'named, anonymous or organization; NULL when there is no speaker.';
COMMENT ON COLUMN analytics.quote_attributions.speaker_roles IS 'Roles the same article gives the speaker ("spokesman of Ahmad Massoud"), separated by "; "; NULL when it gives none.';
COMMENT ON COLUMN analytics.quote_attributions.cue IS 'Reporting verb or phrase that attributes the quote, as written (said, told).';
COMMENT ON COLUMN analytics.quote_attributions.quote IS 'The quote with its quotation marks, exactly as in the article.';
COMMENT ON COLUMN analytics.quote_attributions.start_char IS 'Offset of the opening quotation mark in articles.text.';
COMMENT ON COLUMN analytics.quote_attributions.end_char IS 'Offset just past the closing quotation mark.';
COMMENT ON COLUMN analytics.quote_attributions.cue_start IS 'Offset of the cue in articles.text.';
COMMENT ON COLUMN analytics.quote_attributions.cue_end IS 'Offset just past the cue.';
COMMENT ON COLUMN analytics.quote_attributions.speaker_actor_id IS 'Speaker when a person or anonymous source (actors.id).';
COMMENT ON COLUMN analytics.quote_attributions.speaker_organization_id IS 'Speaker when an organization speaks as one (organizations.id).';
""",
    "claim_sources": """\
-- analytics.claim_sources
-- Answers: who is reported as saying what, without quotation marks ("X said that ...",
-- "according to X")? One row per claim, with its claimant, the claimant's roles in
-- that article, the cue and offsets into the article.
CREATE VIEW analytics.claim_sources AS
SELECT
    c.id AS claim_id,
    a.id AS article_id,
    a.source AS article_source,
    a.title AS article_title,
    a.published,
    coalesce(ac.name, o.name) AS claimant,
    CASE WHEN ac.id IS NOT NULL THEN ac.kind WHEN o.id IS NOT NULL THEN 'organization' END AS claimant_kind,
    ar.roles AS claimant_roles,
    c.cue,
    c.text AS claim,
    c.start_char,
    c.end_char,
    c.cue_start,
    c.cue_end,
    c.claimant_actor_id,
    c.claimant_organization_id
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN actors ac ON ac.id = c.claimant_actor_id
LEFT JOIN organizations o ON o.id = c.claimant_organization_id
LEFT JOIN analytics.actor_roles ar ON ar.actor_id = c.claimant_actor_id AND ar.article_id = c.article_id;

COMMENT ON VIEW analytics.claim_sources IS 'Reported speech and its sources: one row per claim with its article, claimant, the claimant''s roles in that article, cue and offsets.';
COMMENT ON COLUMN analytics.claim_sources.claim_id IS 'The claim (claims.id).';
COMMENT ON COLUMN analytics.claim_sources.article_id IS 'Article the claim is in (articles.id).';
COMMENT ON COLUMN analytics.claim_sources.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.claim_sources.article_title IS 'Headline of the article, when it has one.';
COMMENT ON COLUMN analytics.claim_sources.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.claim_sources.claimant IS 'Who is reported as saying it: a person, an anonymous source or an organization; NULL when the extractor found none.';
COMMENT ON COLUMN analytics.claim_sources.claimant_kind IS 'named, anonymous or organization; NULL when there is no claimant.';
COMMENT ON COLUMN analytics.claim_sources.claimant_roles IS 'Roles the same article gives the claimant, separated by "; "; NULL when it gives none.';
COMMENT ON COLUMN analytics.claim_sources.cue IS 'Reporting verb or phrase, as written: said, told, according to.';
COMMENT ON COLUMN analytics.claim_sources.claim IS 'What was claimed (its content only), exactly as in the article.';
COMMENT ON COLUMN analytics.claim_sources.start_char IS 'Offset of the claim''s content in articles.text.';
COMMENT ON COLUMN analytics.claim_sources.end_char IS 'Offset just past the claim''s content.';
COMMENT ON COLUMN analytics.claim_sources.cue_start IS 'Offset of the cue in articles.text.';
COMMENT ON COLUMN analytics.claim_sources.cue_end IS 'Offset just past the cue.';
COMMENT ON COLUMN analytics.claim_sources.claimant_actor_id IS 'Claimant when a person or anonymous source (actors.id).';
COMMENT ON COLUMN analytics.claim_sources.claimant_organization_id IS 'Claimant when an organization (organizations.id).';
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

# 7d5a2f0b3c40's text of the same views, for downgrade().
RELEASED_VIEWS: dict[str, str] = {
    "actor_roles": """\
-- analytics.actor_roles
-- Answers: which roles and affiliations does each article give each person?
-- ("Ali Nazari": "Massoud's spokesman"). One row per person and article; the other
-- views take a speaker's roles from here, in the article the statement is in.
CREATE VIEW analytics.actor_roles AS
SELECT
    ac.id AS actor_id,
    ac.name AS actor,
    ac.kind AS actor_kind,
    a.id AS article_id,
    a.source AS article_source,
    string_agg(DISTINCT concat_ws(' ', r.of_text, r.role), '; ') AS roles,
    count(*) AS role_mentions
FROM roles r
JOIN actors ac ON ac.id = r.actor_id
JOIN articles a ON a.id = r.article_id
GROUP BY ac.id, a.id;

COMMENT ON VIEW analytics.actor_roles IS 'Which roles and affiliations each article gives each person: one row per person and article.';
COMMENT ON COLUMN analytics.actor_roles.actor_id IS 'The person (actors.id).';
COMMENT ON COLUMN analytics.actor_roles.actor IS 'The person''s fullest name, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.actor_roles.actor_kind IS 'named or anonymous.';
COMMENT ON COLUMN analytics.actor_roles.article_id IS 'The article that gives the roles (articles.id).';
COMMENT ON COLUMN analytics.actor_roles.article_source IS 'Input the article was loaded from (articles.source).';
COMMENT ON COLUMN analytics.actor_roles.roles IS 'Distinct roles, each with whose it is when the text says, separated by "; ": Massoud''s spokesman; former vice president.';
COMMENT ON COLUMN analytics.actor_roles.role_mentions IS 'How many role phrases the article has for the person.';
""",
    "quote_attributions": """\
-- analytics.quote_attributions
-- Answers: who said what, in which article, when, and in which role? One row per
-- quote (verbatim speech in quotation marks), with offsets to check it in the article:
-- substr(articles.text, start_char + 1, end_char - start_char) is the quote.
CREATE VIEW analytics.quote_attributions AS
SELECT
    q.id AS quote_id,
    a.id AS article_id,
    a.source AS article_source,
    a.title AS article_title,
    a.published,
    coalesce(ac.name, o.name) AS speaker,
    CASE WHEN ac.id IS NOT NULL THEN ac.kind WHEN o.id IS NOT NULL THEN 'organization' END AS speaker_kind,
    ar.roles AS speaker_roles,
    q.cue,
    q.text AS quote,
    q.start_char,
    q.end_char,
    q.cue_start,
    q.cue_end,
    q.speaker_actor_id,
    q.speaker_organization_id
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN actors ac ON ac.id = q.speaker_actor_id
LEFT JOIN organizations o ON o.id = q.speaker_organization_id
LEFT JOIN analytics.actor_roles ar ON ar.actor_id = q.speaker_actor_id AND ar.article_id = q.article_id;

COMMENT ON VIEW analytics.quote_attributions IS 'Who said what, where and when: one row per quote with its article, speaker, the speaker''s roles in that article, cue and offsets.';
COMMENT ON COLUMN analytics.quote_attributions.quote_id IS 'The quote (quotes.id).';
COMMENT ON COLUMN analytics.quote_attributions.article_id IS 'Article the quote is in (articles.id).';
COMMENT ON COLUMN analytics.quote_attributions.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.quote_attributions.article_title IS 'Headline of the article, when it has one.';
COMMENT ON COLUMN analytics.quote_attributions.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.quote_attributions.speaker IS 'Who spoke: a person''s fullest name, an anonymous source''s description or an organization''s name; NULL when the extractor found no speaker.';
COMMENT ON COLUMN analytics.quote_attributions.speaker_kind IS 'named, anonymous or organization; NULL when there is no speaker.';
COMMENT ON COLUMN analytics.quote_attributions.speaker_roles IS 'Roles the same article gives the speaker ("Massoud''s spokesman"), separated by "; "; NULL when it gives none.';
COMMENT ON COLUMN analytics.quote_attributions.cue IS 'Reporting verb or phrase that attributes the quote, as written (said, told).';
COMMENT ON COLUMN analytics.quote_attributions.quote IS 'The quote with its quotation marks, exactly as in the article.';
COMMENT ON COLUMN analytics.quote_attributions.start_char IS 'Offset of the opening quotation mark in articles.text.';
COMMENT ON COLUMN analytics.quote_attributions.end_char IS 'Offset just past the closing quotation mark.';
COMMENT ON COLUMN analytics.quote_attributions.cue_start IS 'Offset of the cue in articles.text.';
COMMENT ON COLUMN analytics.quote_attributions.cue_end IS 'Offset just past the cue.';
COMMENT ON COLUMN analytics.quote_attributions.speaker_actor_id IS 'Speaker when a person or anonymous source (actors.id).';
COMMENT ON COLUMN analytics.quote_attributions.speaker_organization_id IS 'Speaker when an organization speaks as one (organizations.id).';
""",
    "claim_sources": """\
-- analytics.claim_sources
-- Answers: who is reported as saying what, without quotation marks ("X said that ...",
-- "according to X")? One row per claim, with its claimant, the claimant's roles in
-- that article, the cue and offsets into the article.
CREATE VIEW analytics.claim_sources AS
SELECT
    c.id AS claim_id,
    a.id AS article_id,
    a.source AS article_source,
    a.title AS article_title,
    a.published,
    coalesce(ac.name, o.name) AS claimant,
    CASE WHEN ac.id IS NOT NULL THEN ac.kind WHEN o.id IS NOT NULL THEN 'organization' END AS claimant_kind,
    ar.roles AS claimant_roles,
    c.cue,
    c.text AS claim,
    c.start_char,
    c.end_char,
    c.cue_start,
    c.cue_end,
    c.claimant_actor_id,
    c.claimant_organization_id
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN actors ac ON ac.id = c.claimant_actor_id
LEFT JOIN organizations o ON o.id = c.claimant_organization_id
LEFT JOIN analytics.actor_roles ar ON ar.actor_id = c.claimant_actor_id AND ar.article_id = c.article_id;

COMMENT ON VIEW analytics.claim_sources IS 'Reported speech and its sources: one row per claim with its article, claimant, the claimant''s roles in that article, cue and offsets.';
COMMENT ON COLUMN analytics.claim_sources.claim_id IS 'The claim (claims.id).';
COMMENT ON COLUMN analytics.claim_sources.article_id IS 'Article the claim is in (articles.id).';
COMMENT ON COLUMN analytics.claim_sources.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.claim_sources.article_title IS 'Headline of the article, when it has one.';
COMMENT ON COLUMN analytics.claim_sources.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.claim_sources.claimant IS 'Who is reported as saying it: a person, an anonymous source or an organization; NULL when the extractor found none.';
COMMENT ON COLUMN analytics.claim_sources.claimant_kind IS 'named, anonymous or organization; NULL when there is no claimant.';
COMMENT ON COLUMN analytics.claim_sources.claimant_roles IS 'Roles the same article gives the claimant, separated by "; "; NULL when it gives none.';
COMMENT ON COLUMN analytics.claim_sources.cue IS 'Reporting verb or phrase, as written: said, told, according to.';
COMMENT ON COLUMN analytics.claim_sources.claim IS 'What was claimed (its content only), exactly as in the article.';
COMMENT ON COLUMN analytics.claim_sources.start_char IS 'Offset of the claim''s content in articles.text.';
COMMENT ON COLUMN analytics.claim_sources.end_char IS 'Offset just past the claim''s content.';
COMMENT ON COLUMN analytics.claim_sources.cue_start IS 'Offset of the cue in articles.text.';
COMMENT ON COLUMN analytics.claim_sources.cue_end IS 'Offset just past the cue.';
COMMENT ON COLUMN analytics.claim_sources.claimant_actor_id IS 'Claimant when a person or anonymous source (actors.id).';
COMMENT ON COLUMN analytics.claim_sources.claimant_organization_id IS 'Claimant when an organization (organizations.id).';
""",
    "co_mentions": """\
-- analytics.co_mentions
-- Answers: which people appear together with which places and organizations? One row
-- per actor and place, or actor and organization, named in the same article.
CREATE VIEW analytics.co_mentions AS
WITH actor_counts AS (
    SELECT actor_id, article_id, count(*) AS mentions
    FROM mentions
    WHERE actor_id IS NOT NULL
    GROUP BY actor_id, article_id
), other_counts AS (
    SELECT 'place' AS other_kind, m.place_id AS other_id, p.name AS other, m.article_id, count(*) AS mentions
    FROM mentions m
    JOIN places p ON p.id = m.place_id
    GROUP BY m.place_id, p.name, m.article_id
    UNION ALL
    SELECT 'organization', m.organization_id, o.name, m.article_id, count(*)
    FROM mentions m
    JOIN organizations o ON o.id = m.organization_id
    GROUP BY m.organization_id, o.name, m.article_id
)
SELECT
    ac.id AS actor_id,
    ac.name AS actor,
    ac.kind AS actor_kind,
    oc.other_kind,
    oc.other_id,
    oc.other,
    a.id AS article_id,
    a.source AS article_source,
    a.published,
    xc.mentions AS actor_mentions,
    oc.mentions AS other_mentions
FROM actor_counts xc
JOIN other_counts oc ON oc.article_id = xc.article_id
JOIN actors ac ON ac.id = xc.actor_id
JOIN articles a ON a.id = xc.article_id;

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
    (SELECT string_agg(DISTINCT concat_ws(' ', r.of_text, r.role), '; ') FROM roles r WHERE r.actor_id = ac.id) AS roles,
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


def upgrade() -> None:
    _replace_views(VIEWS)


def downgrade() -> None:
    _replace_views(RELEASED_VIEWS)


def _replace_views(views: dict[str, str]) -> None:
    """Drop the views (readers before what they read), then create them from ``views``, in creation order."""
    for name in reversed(views):
        # Not CASCADE: a view an analyst built on these stops the migration rather than vanishing.
        op.execute(f"DROP VIEW analytics.{name}")
    for sql in views.values():
        op.execute(sa.text(sql))
