-- analytics.co_mention_totals
-- Answers: which people go with which places and organizations across the whole archive?
-- One row per actor and place, or actor and organization, and scope: how many articles
-- name both (scope article), or name both in one sentence (scope sentence), with the
-- mentions summed. It reads the table co_mention_totals, which the load keeps, so top
-- pairs or a network graph of the archive take no longer than the pairs they list;
-- analytics.co_mentions has the articles behind each pair.
CREATE VIEW analytics.co_mention_totals AS
SELECT
    t.actor_id,
    ac.name AS actor,
    ac.kind AS actor_kind,
    t.other_kind,
    t.other_id,
    coalesce(p.name, o.name) AS other,
    t.scope,
    t.articles,
    t.sentences,
    t.actor_mentions,
    t.other_mentions
FROM co_mention_totals t
JOIN actors ac ON ac.id = t.actor_id
LEFT JOIN places p ON p.id = t.place_id
LEFT JOIN organizations o ON o.id = t.organization_id;

COMMENT ON VIEW analytics.co_mention_totals IS 'Actors named with places and organizations across the archive: one row per actor, place or organization and scope, with the articles, sentences and mentions summed.';
COMMENT ON COLUMN analytics.co_mention_totals.actor_id IS 'The actor (actors.id).';
COMMENT ON COLUMN analytics.co_mention_totals.actor IS 'Fullest name, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.co_mention_totals.actor_kind IS 'named or anonymous.';
COMMENT ON COLUMN analytics.co_mention_totals.other_kind IS 'place or organization: which table other_id points to.';
COMMENT ON COLUMN analytics.co_mention_totals.other_id IS 'places.id or organizations.id, as other_kind says.';
COMMENT ON COLUMN analytics.co_mention_totals.other IS 'Fullest name of the place or organization.';
COMMENT ON COLUMN analytics.co_mention_totals.scope IS 'article: both are named in one article; sentence: both are named in one sentence of an article. Every sentence pair also has its article row.';
COMMENT ON COLUMN analytics.co_mention_totals.articles IS 'How many articles name both (in one sentence, for scope sentence).';
COMMENT ON COLUMN analytics.co_mention_totals.sentences IS 'How many sentences name both, over all articles; NULL for scope article.';
COMMENT ON COLUMN analytics.co_mention_totals.actor_mentions IS 'How many times the actor is named in the scope (the articles, or the sentences that name both), summed over the articles.';
COMMENT ON COLUMN analytics.co_mention_totals.other_mentions IS 'How many times the place or organization is named in the scope, summed over the articles.';
