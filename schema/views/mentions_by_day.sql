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
