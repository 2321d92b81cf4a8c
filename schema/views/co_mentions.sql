-- analytics.co_mentions
-- Answers: which people appear together with which places and organizations? One row
-- per actor and place, or actor and organization, named in the same article (scope
-- article) or in the same sentence (scope sentence: "Afghan army" with Kabul, not with
-- the London of another paragraph). Pairs are made article by article (a lateral join),
-- so one article, a date range or the first page of rows costs only the articles asked for.
CREATE VIEW analytics.co_mentions AS
SELECT
    pairs.actor_id,
    ac.name AS actor,
    ac.kind AS actor_kind,
    pairs.other_kind,
    pairs.other_id,
    coalesce(p.name, o.name) AS other,
    pairs.scope,
    a.id AS article_id,
    a.source AS article_source,
    a.published,
    pairs.actor_mentions,
    pairs.other_mentions,
    pairs.sentences
FROM articles a
CROSS JOIN LATERAL (
    SELECT actor_side.scope, actor_side.actor_id,
           CASE WHEN other_side.place_id IS NOT NULL THEN 'place' ELSE 'organization' END AS other_kind,
           coalesce(other_side.place_id, other_side.organization_id) AS other_id,
           sum(actor_side.mentions) AS actor_mentions,
           sum(other_side.mentions) AS other_mentions,
           CASE WHEN actor_side.scope = 'sentence' THEN count(*) END AS sentences
    FROM (
        SELECT 'article' AS scope, -1 AS sentence, actor_id, count(*) AS mentions
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NOT NULL
        GROUP BY actor_id
        UNION ALL
        SELECT 'sentence', sentence, actor_id, count(*)
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NOT NULL AND sentence IS NOT NULL
        GROUP BY sentence, actor_id
    ) AS actor_side
    JOIN (
        SELECT 'article' AS scope, -1 AS sentence, organization_id, place_id, count(*) AS mentions
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NULL
        GROUP BY organization_id, place_id
        UNION ALL
        SELECT 'sentence', sentence, organization_id, place_id, count(*)
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NULL AND sentence IS NOT NULL
        GROUP BY sentence, organization_id, place_id
    ) AS other_side
      ON other_side.scope = actor_side.scope AND other_side.sentence = actor_side.sentence
    GROUP BY actor_side.scope, actor_side.actor_id, other_side.place_id, other_side.organization_id
) AS pairs
JOIN actors ac ON ac.id = pairs.actor_id
LEFT JOIN places p ON pairs.other_kind = 'place' AND p.id = pairs.other_id
LEFT JOIN organizations o ON pairs.other_kind = 'organization' AND o.id = pairs.other_id;

COMMENT ON VIEW analytics.co_mentions IS 'Actors named in the same article, or the same sentence, as a place or an organization: one row per actor, place or organization, article and scope.';
COMMENT ON COLUMN analytics.co_mentions.actor_id IS 'The actor (actors.id).';
COMMENT ON COLUMN analytics.co_mentions.actor IS 'Fullest name, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.co_mentions.actor_kind IS 'named or anonymous.';
COMMENT ON COLUMN analytics.co_mentions.other_kind IS 'place or organization: which table other_id points to.';
COMMENT ON COLUMN analytics.co_mentions.other_id IS 'places.id or organizations.id, as other_kind says.';
COMMENT ON COLUMN analytics.co_mentions.other IS 'Fullest name of the place or organization.';
COMMENT ON COLUMN analytics.co_mentions.scope IS 'article: both are named in the article; sentence: both are named in one sentence of it (mentions.sentence). Every sentence pair also has its article row.';
COMMENT ON COLUMN analytics.co_mentions.article_id IS 'The article both are named in (articles.id).';
COMMENT ON COLUMN analytics.co_mentions.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.co_mentions.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.co_mentions.actor_mentions IS 'How many times the actor is named in the scope: the article, or the sentences that name both.';
COMMENT ON COLUMN analytics.co_mentions.other_mentions IS 'How many times the place or organization is named in the scope: the article, or the sentences that name both.';
COMMENT ON COLUMN analytics.co_mentions.sentences IS 'How many sentences of the article name both; NULL for scope article.';
