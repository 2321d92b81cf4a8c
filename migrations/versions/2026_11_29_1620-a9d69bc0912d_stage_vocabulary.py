"""One stage vocabulary: an ingest event's stage may be parse or geocode too.

The run reports, its progress output and the ingest events now name the same seven
stages (read, clean, parse, extract, resolve, geocode, load): a parse failure was
logged as extract, a geocode failure as resolve. The CHECK constraint on
ingest_events.stage is replaced by one that allows both, and the column's comment and
ingest_log's (the view, recreated with the same columns) list them. downgrade() logs
parse failures as extract and geocode failures as resolve again, as they were, and
restores the constraint and the comments. The SQL is inlined: a revision must create
the same views forever; schema/views/ingest_log.sql equals VIEWS here (a test checks it).

Revision ID: a9d69bc0912d
Revises: 32de56e9ebd6
Create Date: 2026-11-29 16:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'a9d69bc0912d'
down_revision: str | Sequence[str] | None = '32de56e9ebd6'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAGES = "stage IS NULL OR stage IN ('read', 'clean', 'parse', 'extract', 'resolve', 'geocode', 'load')"
PREVIOUS_STAGES = "stage IS NULL OR stage IN ('read', 'clean', 'extract', 'resolve', 'load')"

STAGE_COMMENT = 'Stage that failed: read, clean, parse, extract, resolve, geocode or load.'
PREVIOUS_STAGE_COMMENT = 'Stage that failed: read, clean, extract, resolve or load.'

VIEWS: dict[str, str] = {
    "ingest_log": """\
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
""",
}


def upgrade() -> None:
    op.drop_constraint(op.f('ck_ingest_events_stage'), 'ingest_events', type_='check')
    op.create_check_constraint(op.f('ck_ingest_events_stage'), 'ingest_events', STAGES)
    op.alter_column('ingest_events', 'stage', existing_type=sa.Text(), comment=STAGE_COMMENT,
                    existing_comment=PREVIOUS_STAGE_COMMENT, existing_nullable=True)
    for sql in VIEWS.values():
        op.execute(sa.text(sql))


def downgrade() -> None:
    op.execute(sa.text(f"COMMENT ON COLUMN public.ingest_log.stage IS '{PREVIOUS_STAGE_COMMENT}'"))
    op.alter_column('ingest_events', 'stage', existing_type=sa.Text(), comment=PREVIOUS_STAGE_COMMENT,
                    existing_comment=STAGE_COMMENT, existing_nullable=True)
    op.drop_constraint(op.f('ck_ingest_events_stage'), 'ingest_events', type_='check')
    op.execute("UPDATE ingest_events SET stage = 'extract' WHERE stage = 'parse'")
    op.execute("UPDATE ingest_events SET stage = 'resolve' WHERE stage = 'geocode'")
    op.create_check_constraint(op.f('ck_ingest_events_stage'), 'ingest_events', PREVIOUS_STAGES)
