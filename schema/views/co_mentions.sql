-- analytics.co_mentions
-- Answers: which people appear together with which places and organizations? One row
-- per actor and place, or actor and organization, named in the same article (scope
-- article) or in the same sentence (scope sentence: "Afghan army" with Kabul, not with
-- the London of another paragraph). The load stores each article's pairs in the table
-- co_mention_pairs, so a pass over the whole archive is a scan of that table, and one
-- article, a date range or the first page of rows costs only the rows asked for.
CREATE VIEW analytics.co_mentions AS
SELECT
    pairs.actor_id,
    ac.name AS actor,
    ac.kind AS actor_kind,
    pairs.other_kind,
    pairs.other_id,
    coalesce(p.name, o.name) AS other,
    pairs.scope,
    pairs.article_id,
    a.source AS article_source,
    a.published,
    pairs.actor_mentions,
    pairs.other_mentions,
    pairs.sentences
FROM co_mention_pairs pairs
LEFT JOIN actors ac ON ac.id = pairs.actor_id
LEFT JOIN articles a ON a.id = pairs.article_id
LEFT JOIN places p ON p.id = pairs.place_id
LEFT JOIN organizations o ON o.id = pairs.organization_id;

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
