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
