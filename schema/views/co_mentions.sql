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
