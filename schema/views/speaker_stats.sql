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
