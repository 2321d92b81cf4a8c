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
