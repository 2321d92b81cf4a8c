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
