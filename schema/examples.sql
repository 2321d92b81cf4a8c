-- Worked queries for analysts. Each query ends with a semicolon at the end of a line
-- and is run by tests/test_examples.py against a database holding the seed article.
-- The analytics views carry the joins; the raw tables are there when you need more.
-- Queries that list or pair rows one by one take a date range or an article, as an
-- analyst's would on an archive: bench/queries.py times each at 100,000 articles.

-- 1. Who said what about whom: every quote of August 2021 that names a person or an
--    organization, with the speaker and who is named inside it (mentions within the
--    quote's offsets).
SELECT qa.published, qa.speaker, qa.cue, m.text AS about, qa.quote
FROM analytics.quote_attributions qa
JOIN mentions m
  ON m.article_id = qa.article_id
 AND m.start_char >= qa.start_char AND m.end_char <= qa.end_char
 AND m.place_id IS NULL
WHERE qa.published BETWEEN DATE '2021-08-01' AND DATE '2021-08-31'
ORDER BY qa.article_id, qa.start_char, m.start_char;

-- 2. Who is quoted most, and in which role (roles as the articles give them).
SELECT speaker, speaker_kind, quotes, claims, roles
FROM analytics.speaker_stats
ORDER BY quotes DESC, claims DESC, speaker;

-- 3. Share of anonymous sources per article of August 2021: of the statements (quotes
--    and claims) with a known speaker, how many come from a source without a name?
SELECT article_source,
       count(*) AS statements,
       count(*) FILTER (WHERE speaker_kind = 'anonymous') AS anonymous,
       round(100.0 * count(*) FILTER (WHERE speaker_kind = 'anonymous') / count(*), 1) AS anonymous_share
FROM (
    SELECT article_source, speaker_kind FROM analytics.quote_attributions
    WHERE speaker IS NOT NULL AND published BETWEEN DATE '2021-08-01' AND DATE '2021-08-31'
    UNION ALL
    SELECT article_source, claimant_kind FROM analytics.claim_sources
    WHERE claimant IS NOT NULL AND published BETWEEN DATE '2021-08-01' AND DATE '2021-08-31'
) AS statements
GROUP BY article_source
ORDER BY anonymous_share DESC;

-- 4. Claims per organization: what each organization is reported to say, and how often,
--    with a claim its cue denies ("the ministry did not say ...") counted apart and marked.
SELECT claimant AS organization, count(*) AS claims, count(*) FILTER (WHERE negated) AS negated,
       string_agg(CASE WHEN negated THEN '(not) ' ELSE '' END || claim, ' | ' ORDER BY start_char) AS what
FROM analytics.claim_sources
WHERE claimant_kind = 'organization'
GROUP BY claimant
ORDER BY claims DESC, organization;

-- 5. Places for a map: each place with its type, country and coordinates (NULL until
--    known), how many articles name it and how often. Filter on latitude IS NOT NULL
--    to keep only the points a map can draw.
SELECT place, place_type, country_code, latitude, longitude,
       count(*) AS articles, sum(mentions) AS mentions
FROM analytics.place_mentions
GROUP BY place_id, place, place_type, country_code, latitude, longitude
ORDER BY latitude IS NULL, mentions DESC, place;

-- 6. Co-mentions: the people most often named in the same articles as each place, in
--    August 2021.
SELECT other AS place, actor, actor_kind, count(*) AS articles, sum(actor_mentions) AS actor_mentions
FROM analytics.co_mentions
WHERE scope = 'article' AND other_kind = 'place' AND actor_kind = 'named' AND published BETWEEN DATE '2021-08-01' AND DATE '2021-08-31'
GROUP BY other, actor, actor_kind
ORDER BY place, actor_mentions DESC, actor;

-- 7. Quotes in a date range, newest article first.
SELECT published, article_title, speaker, quote
FROM analytics.quote_attributions
WHERE published BETWEEN DATE '2021-08-01' AND DATE '2021-08-31'
ORDER BY published DESC, article_id, start_char;

-- 8. An article's full provenance: where it came from, when and by which run and
--    extractor version it was loaded, and what it yielded.
SELECT a.source, a.title, a.authors, a.published, a.format, a.content_hash, a.extractor_version,
       a.run_id, a.loaded_at, l.status, l.started_at, l.seconds, l.attempts,
       (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions,
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
       (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims
FROM articles a
LEFT JOIN ingest_log l ON l.article_id = a.id
WHERE a.source = 'voa-panjshir-2021-08-23.txt';

-- 9. Check the extractor: every quote of an article next to the span its offsets select
--    in the article text (the two columns must be equal).
SELECT qa.speaker, qa.quote, substr(a.text, qa.start_char + 1, qa.end_char - qa.start_char) AS span_in_article
FROM analytics.quote_attributions qa
JOIN articles a ON a.id = qa.article_id
WHERE a.source = 'voa-panjshir-2021-08-23.txt'
ORDER BY qa.article_id, qa.start_char;

-- 10. The organizations each person appears with most, in August 2021.
SELECT actor, other AS organization, count(*) AS articles, sum(other_mentions) AS organization_mentions
FROM analytics.co_mentions
WHERE scope = 'article' AND other_kind = 'organization' AND actor_kind = 'named' AND published BETWEEN DATE '2021-08-01' AND DATE '2021-08-31'
GROUP BY actor, other
ORDER BY actor, organization_mentions DESC, organization;

-- 11. Organizations x places: which places each organization is named with in August
--     2021, counting the articles that name both.
SELECT om.organization, pm.place, pm.country_code, count(*) AS articles,
       sum(om.mentions) AS organization_mentions, sum(pm.mentions) AS place_mentions
FROM analytics.organization_mentions om
JOIN analytics.place_mentions pm ON pm.article_id = om.article_id
WHERE om.published BETWEEN DATE '2021-08-01' AND DATE '2021-08-31'
GROUP BY om.organization, pm.place, pm.country_code
ORDER BY articles DESC, organization_mentions DESC, om.organization, pm.place;

-- 12. Whose people: the roles articles give people, grouped by the organization, person
--     or country the role is of.
SELECT of_kind, of_name, role, actor, count(*) AS times
FROM analytics.roles
WHERE of_id IS NOT NULL
GROUP BY of_kind, of_name, role, actor
ORDER BY of_name, times DESC, role, actor;

-- 13. A time series: how often each entity is named, day by day, in August 2021.
SELECT day, kind, entity, mentions, articles
FROM analytics.mentions_by_day
WHERE day BETWEEN DATE '2021-08-01' AND DATE '2021-08-31'
ORDER BY day, mentions DESC, entity;

-- 14. Named in one sentence: the places and organizations each person is named with in
--     the same sentence, not just somewhere in the same article, in August 2021.
SELECT actor, other_kind, other, sum(sentences) AS sentences, count(*) AS articles
FROM analytics.co_mentions
WHERE scope = 'sentence' AND actor_kind = 'named' AND published BETWEEN DATE '2021-08-01' AND DATE '2021-08-31'
GROUP BY actor, other_kind, other
ORDER BY sentences DESC, actor, other;

-- 15. Across the whole archive: the 50 pairs named together in the most sentences, and in
--     how many articles (the pairs summed by id first, then named).
WITH top AS (
    SELECT actor_id, other_kind, other_id, sum(sentences) AS sentences, count(*) AS articles
    FROM analytics.co_mentions
    WHERE scope = 'sentence'
    GROUP BY actor_id, other_kind, other_id
    ORDER BY sentences DESC, articles DESC
    LIMIT 50
)
SELECT ac.name AS actor, top.other_kind, coalesce(p.name, o.name) AS other, top.sentences, top.articles
FROM top
JOIN actors ac ON ac.id = top.actor_id
LEFT JOIN places p ON top.other_kind = 'place' AND p.id = top.other_id
LEFT JOIN organizations o ON top.other_kind = 'organization' AND o.id = top.other_id
ORDER BY top.sentences DESC, top.articles DESC, actor, other;
