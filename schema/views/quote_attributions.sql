-- analytics.quote_attributions
-- Answers: who said what, in which article, when, and in which role? One row per
-- quote (verbatim speech in quotation marks), with offsets to check it in the article:
-- substr(articles.text, start_char + 1, end_char - start_char) is the quote.
CREATE VIEW analytics.quote_attributions AS
SELECT
    q.id AS quote_id,
    a.id AS article_id,
    a.source AS article_source,
    a.title AS article_title,
    a.published,
    coalesce(ac.name, o.name) AS speaker,
    CASE WHEN ac.id IS NOT NULL THEN ac.kind WHEN o.id IS NOT NULL THEN 'organization' END AS speaker_kind,
    ar.roles AS speaker_roles,
    q.cue,
    q.text AS quote,
    q.start_char,
    q.end_char,
    q.cue_start,
    q.cue_end,
    q.speaker_actor_id,
    q.speaker_organization_id
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN actors ac ON ac.id = q.speaker_actor_id
LEFT JOIN organizations o ON o.id = q.speaker_organization_id
LEFT JOIN analytics.actor_roles ar ON ar.actor_id = q.speaker_actor_id AND ar.article_id = q.article_id;

COMMENT ON VIEW analytics.quote_attributions IS 'Who said what, where and when: one row per quote with its article, speaker, the speaker''s roles in that article, cue and offsets.';
COMMENT ON COLUMN analytics.quote_attributions.quote_id IS 'The quote (quotes.id).';
COMMENT ON COLUMN analytics.quote_attributions.article_id IS 'Article the quote is in (articles.id).';
COMMENT ON COLUMN analytics.quote_attributions.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.quote_attributions.article_title IS 'Headline of the article, when it has one.';
COMMENT ON COLUMN analytics.quote_attributions.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.quote_attributions.speaker IS 'Who spoke: a person''s fullest name, an anonymous source''s description or an organization''s name; NULL when the extractor found no speaker.';
COMMENT ON COLUMN analytics.quote_attributions.speaker_kind IS 'named, anonymous or organization; NULL when there is no speaker.';
COMMENT ON COLUMN analytics.quote_attributions.speaker_roles IS 'Roles the same article gives the speaker ("spokesman of Ahmad Massoud"), separated by "; "; NULL when it gives none.';
COMMENT ON COLUMN analytics.quote_attributions.cue IS 'Reporting verb or phrase that attributes the quote, as written (said, told).';
COMMENT ON COLUMN analytics.quote_attributions.quote IS 'The quote with its quotation marks, exactly as in the article.';
COMMENT ON COLUMN analytics.quote_attributions.start_char IS 'Offset of the opening quotation mark in articles.text.';
COMMENT ON COLUMN analytics.quote_attributions.end_char IS 'Offset just past the closing quotation mark.';
COMMENT ON COLUMN analytics.quote_attributions.cue_start IS 'Offset of the cue in articles.text.';
COMMENT ON COLUMN analytics.quote_attributions.cue_end IS 'Offset just past the cue.';
COMMENT ON COLUMN analytics.quote_attributions.speaker_actor_id IS 'Speaker when a person or anonymous source (actors.id).';
COMMENT ON COLUMN analytics.quote_attributions.speaker_organization_id IS 'Speaker when an organization speaks as one (organizations.id).';
