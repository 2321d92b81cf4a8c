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
