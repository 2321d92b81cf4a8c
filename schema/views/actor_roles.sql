-- analytics.actor_roles
-- Answers: which roles and affiliations does each article give each person?
-- ("Ali Nazari": "spokesman of Ahmad Massoud"). One row per person and article; the other
-- views take a speaker's roles from here, in the article the statement is in.
CREATE VIEW analytics.actor_roles AS
SELECT
    ac.id AS actor_id,
    ac.name AS actor,
    ac.kind AS actor_kind,
    a.id AS article_id,
    a.source AS article_source,
    string_agg(DISTINCT r.role || coalesce(' of ' || coalesce((SELECT name FROM actors WHERE id = r.of_actor_id), (SELECT name FROM organizations WHERE id = r.of_organization_id), (SELECT name FROM places WHERE id = r.of_place_id), r.of_text), ''), '; ') AS roles,
    count(*) AS role_mentions
FROM roles r
JOIN actors ac ON ac.id = r.actor_id
JOIN articles a ON a.id = r.article_id
GROUP BY ac.id, a.id;

COMMENT ON VIEW analytics.actor_roles IS 'Which roles and affiliations each article gives each person: one row per person and article.';
COMMENT ON COLUMN analytics.actor_roles.actor_id IS 'The person (actors.id).';
COMMENT ON COLUMN analytics.actor_roles.actor IS 'The person''s fullest name, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.actor_roles.actor_kind IS 'named or anonymous.';
COMMENT ON COLUMN analytics.actor_roles.article_id IS 'The article that gives the roles (articles.id).';
COMMENT ON COLUMN analytics.actor_roles.article_source IS 'Input the article was loaded from (articles.source).';
COMMENT ON COLUMN analytics.actor_roles.roles IS 'Distinct roles, each with whose it is when the text says, separated by "; ": spokesman of Ahmad Massoud; former vice president of Afghanistan.';
COMMENT ON COLUMN analytics.actor_roles.role_mentions IS 'How many role phrases the article has for the person.';
