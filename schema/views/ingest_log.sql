-- public.ingest_log
-- Answers: what came of each input the last time a run read it? One row per input
-- (source and content): its latest event in ingest_events, and how many there are.
CREATE OR REPLACE VIEW public.ingest_log AS
SELECT id, source, input_hash, article_id, run_id, status, stage, error, started_at, seconds, attempts
FROM (
    SELECT
        e.id,
        e.source,
        e.input_hash,
        e.article_id,
        e.run_id,
        e.status,
        e.stage,
        e.reason AS error,
        e.started_at,
        e.seconds,
        (count(*) OVER (PARTITION BY e.source, e.input_hash))::integer AS attempts,
        row_number() OVER (PARTITION BY e.source, e.input_hash ORDER BY e.id DESC) AS newest
    FROM ingest_events e
) events
WHERE newest = 1;

COMMENT ON VIEW public.ingest_log IS 'Latest outcome of each input (source and content): loaded, unchanged or failed, and why; every outcome is in ingest_events.';
COMMENT ON COLUMN public.ingest_log.id IS 'The latest event (ingest_events.id).';
COMMENT ON COLUMN public.ingest_log.source IS 'Input as named on the command line or inside a folder.';
COMMENT ON COLUMN public.ingest_log.input_hash IS 'sha256 of the article text, or of the raw bytes when they could not be decoded, or empty when nothing could be read.';
COMMENT ON COLUMN public.ingest_log.article_id IS 'Article the input loaded as, if any.';
COMMENT ON COLUMN public.ingest_log.run_id IS 'Latest run that processed this input (runs.id).';
COMMENT ON COLUMN public.ingest_log.status IS 'loaded: rows added; unchanged: already loaded; failed: see stage and error.';
COMMENT ON COLUMN public.ingest_log.stage IS 'Stage that failed: read, clean, parse, extract, resolve, geocode or load.';
COMMENT ON COLUMN public.ingest_log.error IS 'Why the input failed, one line.';
COMMENT ON COLUMN public.ingest_log.started_at IS 'When the latest run started this input.';
COMMENT ON COLUMN public.ingest_log.seconds IS 'Wall time the latest run spent on this input.';
COMMENT ON COLUMN public.ingest_log.attempts IS 'How many times runs have processed this input (its events).';
