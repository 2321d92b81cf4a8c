-- analytics.claim_sources
-- Answers: who is reported as saying what, without quotation marks ("X said that ...",
-- "according to X")? One row per claim, with its claimant, the claimant's roles in
-- that article, the cue and offsets into the article; kind tells what was said from what
-- is believed, intended, known, shown or endorsed ("X believes ...", "polls show ...",
-- "X endorsed Y"); negated marks a report its cue or its subject denies ("X did not say ...", "no one said ...").
CREATE OR REPLACE VIEW analytics.claim_sources AS
SELECT
    c.id AS claim_id,
    a.id AS article_id,
    a.source AS article_source,
    a.title AS article_title,
    a.published,
    coalesce(ac.name, o.name) AS claimant,
    CASE WHEN ac.id IS NOT NULL THEN ac.kind WHEN o.id IS NOT NULL THEN 'organization' END AS claimant_kind,
    ar.roles AS claimant_roles,
    c.cue,
    c.text AS claim,
    c.start_char,
    c.end_char,
    c.cue_start,
    c.cue_end,
    c.claimant_actor_id,
    c.claimant_organization_id,
    c.kind,
    c.negated
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN actors ac ON ac.id = c.claimant_actor_id
LEFT JOIN organizations o ON o.id = c.claimant_organization_id
LEFT JOIN analytics.actor_roles ar ON ar.actor_id = c.claimant_actor_id AND ar.article_id = c.article_id;

COMMENT ON VIEW analytics.claim_sources IS 'Reported speech and its sources: one row per claim with its article, claimant, the claimant''s roles in that article, cue and offsets.';
COMMENT ON COLUMN analytics.claim_sources.claim_id IS 'The claim (claims.id).';
COMMENT ON COLUMN analytics.claim_sources.article_id IS 'Article the claim is in (articles.id).';
COMMENT ON COLUMN analytics.claim_sources.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.claim_sources.article_title IS 'Headline of the article, when it has one.';
COMMENT ON COLUMN analytics.claim_sources.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.claim_sources.claimant IS 'Who is reported as saying it: a person, an anonymous source or an organization; NULL when the extractor found none.';
COMMENT ON COLUMN analytics.claim_sources.claimant_kind IS 'named, anonymous or organization; NULL when there is no claimant.';
COMMENT ON COLUMN analytics.claim_sources.claimant_roles IS 'Roles the same article gives the claimant, separated by "; "; NULL when it gives none.';
COMMENT ON COLUMN analytics.claim_sources.cue IS 'Reporting verb or phrase, as written: said, told, according to.';
COMMENT ON COLUMN analytics.claim_sources.claim IS 'What was claimed (its content only), exactly as in the article.';
COMMENT ON COLUMN analytics.claim_sources.start_char IS 'Offset of the claim''s content in articles.text.';
COMMENT ON COLUMN analytics.claim_sources.end_char IS 'Offset just past the claim''s content.';
COMMENT ON COLUMN analytics.claim_sources.cue_start IS 'Offset of the cue in articles.text.';
COMMENT ON COLUMN analytics.claim_sources.cue_end IS 'Offset just past the cue.';
COMMENT ON COLUMN analytics.claim_sources.claimant_actor_id IS 'Claimant when a person or anonymous source (actors.id).';
COMMENT ON COLUMN analytics.claim_sources.claimant_organization_id IS 'Claimant when an organization (organizations.id).';
COMMENT ON COLUMN analytics.claim_sources.kind IS 'What the claim reports: speech (said, according to), belief (believes), intention (wants), knowledge (knows), evidence (polls show) or stance (endorses, prefers).';
COMMENT ON COLUMN analytics.claim_sources.negated IS 'True when the report is negated by its cue or its subject ("did not say", "no official has said"): the claimant did not say, does not believe or never wanted the claim ("she did not say the port would close").';
