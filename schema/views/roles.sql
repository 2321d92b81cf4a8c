-- analytics.roles
-- Answers: which roles does each article give each person, and whose roles are they?
-- One row per role phrase ("spokesman of Ahmad Massoud"), with the entity the role is of
-- (a person, organization or place) when the extractor resolved it, so roles can be
-- grouped by organization or country; actor_roles packs the same into one string.
CREATE VIEW analytics.roles AS
SELECT
    r.id AS role_id,
    ac.id AS actor_id,
    ac.name AS actor,
    ac.kind AS actor_kind,
    r.role,
    CASE
        WHEN of_actor.id IS NOT NULL THEN of_actor.kind
        WHEN of_organization.id IS NOT NULL THEN 'organization'
        WHEN of_place.id IS NOT NULL THEN 'place'
    END AS of_kind,
    coalesce(of_actor.id, of_organization.id, of_place.id) AS of_id,
    coalesce(of_actor.name, of_organization.name, of_place.name) AS of_name,
    r.of_text,
    a.id AS article_id,
    a.source AS article_source,
    a.published,
    r.start_char,
    r.end_char,
    r.text
FROM roles r
JOIN actors ac ON ac.id = r.actor_id
JOIN articles a ON a.id = r.article_id
LEFT JOIN actors of_actor ON of_actor.id = r.of_actor_id
LEFT JOIN organizations of_organization ON of_organization.id = r.of_organization_id
LEFT JOIN places of_place ON of_place.id = r.of_place_id;

COMMENT ON VIEW analytics.roles IS 'Roles and affiliations, one row per role phrase an article gives a person, with the resolved entity the role is of.';
COMMENT ON COLUMN analytics.roles.role_id IS 'The role phrase (roles.id).';
COMMENT ON COLUMN analytics.roles.actor_id IS 'The person who holds the role (actors.id).';
COMMENT ON COLUMN analytics.roles.actor IS 'The person''s fullest name, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.roles.actor_kind IS 'named or anonymous.';
COMMENT ON COLUMN analytics.roles.role IS 'The role in lowercase, with its qualifiers: president, former vice president, spokesman.';
COMMENT ON COLUMN analytics.roles.of_kind IS 'Kind of entity the role is of: named, anonymous, organization or place; NULL when the text says of no one or it was not resolved.';
COMMENT ON COLUMN analytics.roles.of_id IS 'actors.id, organizations.id or places.id, as of_kind says; NULL when not resolved.';
COMMENT ON COLUMN analytics.roles.of_name IS 'Fullest name of the entity the role is of; NULL when not resolved (of_text still says what the article wrote).';
COMMENT ON COLUMN analytics.roles.of_text IS 'Whose or what the role is of, as written ("Massoud''s", "Afghanistan''s"), if the article says.';
COMMENT ON COLUMN analytics.roles.article_id IS 'The article that gives the role (articles.id).';
COMMENT ON COLUMN analytics.roles.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.roles.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.roles.start_char IS 'Offset of the role phrase in articles.text.';
COMMENT ON COLUMN analytics.roles.end_char IS 'Offset just past the role phrase.';
COMMENT ON COLUMN analytics.roles.text IS 'The role phrase as written: articles.text[start_char:end_char].';
