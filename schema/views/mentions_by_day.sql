-- analytics.mentions_by_day
-- Answers: how often is each person, organization or place named, day by day? A time
-- series by publication date: one row per entity and day it is mentioned on. Articles
-- without a known date are left out. Filter on kind and entity_id to follow one entity.
-- Each article's mentions of an entity are counted once, from the indexes, and summed by
-- day and entity id before the names are joined: the names are LEFT JOINs on unique keys,
-- which a count over the view leaves out.
CREATE VIEW analytics.mentions_by_day AS
SELECT
    days.day,
    CASE WHEN days.entity_table = 'actor' THEN ac.kind ELSE days.entity_table END AS kind,
    days.entity_id,
    coalesce(ac.name, o.name, p.name) AS entity,
    days.mentions,
    days.articles
FROM (
    SELECT a.published AS day, per_article.entity_table, per_article.entity_id,
           sum(per_article.mentions)::bigint AS mentions, count(*) AS articles
    FROM (
        SELECT 'actor' AS entity_table, actor_id AS entity_id, article_id, count(*) AS mentions
        FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id, article_id
        UNION ALL
        SELECT 'organization', organization_id, article_id, count(*)
        FROM mentions WHERE organization_id IS NOT NULL GROUP BY organization_id, article_id
        UNION ALL
        SELECT 'place', place_id, article_id, count(*)
        FROM mentions WHERE place_id IS NOT NULL GROUP BY place_id, article_id
    ) AS per_article
    JOIN articles a ON a.id = per_article.article_id
    WHERE a.published IS NOT NULL
    GROUP BY a.published, per_article.entity_table, per_article.entity_id
) AS days
LEFT JOIN actors ac ON days.entity_table = 'actor' AND ac.id = days.entity_id
LEFT JOIN organizations o ON days.entity_table = 'organization' AND o.id = days.entity_id
LEFT JOIN places p ON days.entity_table = 'place' AND p.id = days.entity_id;

COMMENT ON VIEW analytics.mentions_by_day IS 'Mentions per entity and publication day, for time series: one row per person, organization or place and day it is named on.';
COMMENT ON COLUMN analytics.mentions_by_day.day IS 'Publication date of the articles counted.';
COMMENT ON COLUMN analytics.mentions_by_day.kind IS 'named, anonymous, organization or place: which table entity_id points to (actors for named and anonymous).';
COMMENT ON COLUMN analytics.mentions_by_day.entity_id IS 'actors.id, organizations.id or places.id, as kind says.';
COMMENT ON COLUMN analytics.mentions_by_day.entity IS 'Fullest name of the entity, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.mentions_by_day.mentions IS 'How many times the articles published that day name the entity.';
COMMENT ON COLUMN analytics.mentions_by_day.articles IS 'How many articles published that day name the entity.';
