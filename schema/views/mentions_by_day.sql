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
