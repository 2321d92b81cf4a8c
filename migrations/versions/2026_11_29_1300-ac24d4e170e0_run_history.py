"""Run history: a runs table, an append-only ingest_events table (one row each time a
run processes an input), and ingest_log, which was a table of each input's latest
outcome, becomes a view of its latest event with the same columns.

Upgrade keeps what the database knows: a runs row for every run id in ingest_log and
articles (only its id and start are known; the other columns stay NULL), and one event
per ingest_log row. Earlier attempts were never stored one by one, so the view's
attempts restarts at 1 for those inputs. articles.run_id now references runs.

Downgrade makes ingest_log a table again, filled from the view (attempts = the number
of events), and drops the history.

Revision ID: ac24d4e170e0
Revises: 100a9e85a6a2
Create Date: 2026-11-29 13:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = 'ac24d4e170e0'
down_revision: str | Sequence[str] | None = '100a9e85a6a2'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_RUN_ID_COMMENT = 'Run that loaded the article (see ingest_log.run_id).'
NEW_RUN_ID_COMMENT = 'Run that loaded the article (runs.id).'
STAGES = "stage IS NULL OR stage IN ('read', 'clean', 'extract', 'resolve', 'load')"
STATUSES = "status IN ('loaded', 'unchanged', 'failed')"

VIEWS: dict[str, str] = {
    "ingest_log": """\
-- public.ingest_log
-- Answers: what came of each input the last time a run read it? One row per input
-- (source and content): its latest event in ingest_events, and how many there are.
CREATE VIEW public.ingest_log AS
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
COMMENT ON COLUMN public.ingest_log.stage IS 'Stage that failed: read, clean, extract, resolve or load.';
COMMENT ON COLUMN public.ingest_log.error IS 'Why the input failed, one line.';
COMMENT ON COLUMN public.ingest_log.started_at IS 'When the latest run started this input.';
COMMENT ON COLUMN public.ingest_log.seconds IS 'Wall time the latest run spent on this input.';
COMMENT ON COLUMN public.ingest_log.attempts IS 'How many times runs have processed this input (its events).';
""",
}


def upgrade() -> None:
    _create_runs()
    op.execute("""
        INSERT INTO runs (id, started_at)
        SELECT run_id, min(started_at)
        FROM (SELECT run_id, started_at FROM ingest_log UNION ALL SELECT run_id, loaded_at FROM articles) known
        GROUP BY run_id
    """)
    op.create_foreign_key(op.f('fk_articles_run_id_runs'), 'articles', 'runs', ['run_id'], ['id'])
    op.alter_column('articles', 'run_id', existing_type=sa.UUID(), existing_nullable=False,
                    comment=NEW_RUN_ID_COMMENT, existing_comment=OLD_RUN_ID_COMMENT)
    _create_ingest_events()
    op.execute("""
        INSERT INTO ingest_events (run_id, source, input_hash, status, stage, reason, article_id, started_at, seconds)
        SELECT run_id, source, input_hash, status, stage, error, article_id, started_at, seconds
        FROM ingest_log ORDER BY id
    """)
    op.drop_table('ingest_log')
    op.execute(sa.text(VIEWS["ingest_log"]))


def downgrade() -> None:
    # The view keeps its rows readable while the table of the same name is created.
    op.execute("ALTER VIEW ingest_log RENAME TO ingest_log_latest")
    _create_ingest_log_table()
    op.execute("""
        INSERT INTO ingest_log (source, input_hash, article_id, run_id, status, stage, error, started_at, seconds,
                                attempts)
        SELECT source, input_hash, article_id, run_id, status, stage, error, started_at, seconds, attempts
        FROM ingest_log_latest ORDER BY id
    """)
    op.execute("DROP VIEW ingest_log_latest")
    op.drop_index(op.f('ix_ingest_events_article_id'), table_name='ingest_events')
    op.drop_index(op.f('ix_ingest_events_run_id'), table_name='ingest_events')
    op.drop_index(op.f('ix_ingest_events_source_input_hash_id'), table_name='ingest_events')
    op.drop_table('ingest_events')
    op.alter_column('articles', 'run_id', existing_type=sa.UUID(), existing_nullable=False,
                    comment=OLD_RUN_ID_COMMENT, existing_comment=NEW_RUN_ID_COMMENT)
    op.drop_constraint(op.f('fk_articles_run_id_runs'), 'articles', type_='foreignkey')
    op.drop_table('runs')


def _create_runs() -> None:
    op.create_table('runs',
    sa.Column('id', sa.UUID(), nullable=False, comment="The run's id, printed by `news-etl run` and stamped on the articles it loads."),
    sa.Column('started_at', postgresql.TIMESTAMP(timezone=True), server_default=sa.text('now()'), nullable=False, comment='When the run started.'),
    sa.Column('finished_at', postgresql.TIMESTAMP(timezone=True), nullable=True, comment='When the run ended; NULL while it runs, when it was killed, or when it predates run history.'),
    sa.Column('extractor_version', sa.Text(), nullable=True, comment='Version of news-etl that ran; NULL for runs that predate run history.'),
    sa.Column('arguments', postgresql.JSONB(astext_type=sa.Text()), nullable=True, comment='What the run was asked to do: paths, workers, force. Never a database URL or a password; NULL for runs that predate run history.'),
    sa.Column('loaded', sa.Integer(), nullable=True, comment='Inputs loaded (rows added), once the run ended.'),
    sa.Column('unchanged', sa.Integer(), nullable=True, comment='Inputs already loaded, once the run ended.'),
    sa.Column('failed', sa.Integer(), nullable=True, comment='Inputs that failed, once the run ended.'),
    sa.Column('exit_status', sa.Integer(), nullable=True, comment='How the run ended, as the exit status of `news-etl run`: 0 every input loaded or unchanged, 1 an input failed or the run stopped on an error, 130 interrupted (Ctrl-C), 143 stopped by SIGTERM.'),
    sa.Column('error', sa.Text(), nullable=True, comment='Why the run stopped before its last input, one line.'),
    sa.CheckConstraint('finished_at >= started_at', name=op.f('ck_runs_finished_after_start')),
    sa.CheckConstraint('num_nulls(finished_at, exit_status, loaded, unchanged, failed) IN (0, 5)', name=op.f('ck_runs_finished_together')),
    sa.CheckConstraint('loaded >= 0 AND unchanged >= 0 AND failed >= 0', name=op.f('ck_runs_counts_positive')),
    sa.CheckConstraint('exit_status >= 0', name=op.f('ck_runs_exit_status_positive')),
    sa.CheckConstraint("jsonb_typeof(arguments) = 'object'", name=op.f('ck_runs_arguments_object')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_runs')),
    comment='One row per run (a `news-etl run`, or a call of etl.run): when, with which arguments, and what came of it.'
    )


def _create_ingest_events() -> None:
    op.create_table('ingest_events',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False, comment='Surrogate key; a later event of an input has a larger id.'),
    sa.Column('run_id', sa.UUID(), nullable=False, comment='The run (runs.id).'),
    sa.Column('source', sa.Text(), nullable=False, comment='Input as named on the command line or inside a folder.'),
    sa.Column('input_hash', sa.Text(), nullable=False, comment='sha256 of the article text, or of the raw bytes when they could not be decoded, or empty when nothing could be read.'),
    sa.Column('status', sa.Text(), nullable=False, comment='loaded: rows added; unchanged: already loaded; failed: see stage and reason.'),
    sa.Column('stage', sa.Text(), nullable=True, comment='Stage that failed: read, clean, extract, resolve or load.'),
    sa.Column('reason', sa.Text(), nullable=True, comment='Why the input failed, one line.'),
    sa.Column('article_id', sa.BigInteger(), nullable=True, comment='Article the input loaded as, if any.'),
    sa.Column('started_at', postgresql.TIMESTAMP(timezone=True), nullable=False, comment='When the run started on this input.'),
    sa.Column('seconds', sa.Float(), nullable=False, comment='Wall time the run spent on this input.'),
    sa.CheckConstraint("(status = 'failed') = (reason IS NOT NULL)", name=op.f('ck_ingest_events_reason_iff_failed')),
    sa.CheckConstraint(STAGES, name=op.f('ck_ingest_events_stage')),
    sa.CheckConstraint(STATUSES, name=op.f('ck_ingest_events_status')),
    sa.CheckConstraint('seconds >= 0', name=op.f('ck_ingest_events_seconds_positive')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_ingest_events_article_id_articles'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], name=op.f('fk_ingest_events_run_id_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_events')),
    comment='Append-only: one row each time a run processes an input (source and content), with its outcome. The view ingest_log shows each input\'s latest.'
    )
    op.create_index(op.f('ix_ingest_events_source_input_hash_id'), 'ingest_events', ['source', 'input_hash', 'id'], unique=False)
    op.create_index(op.f('ix_ingest_events_run_id'), 'ingest_events', ['run_id'], unique=False)
    op.create_index(op.f('ix_ingest_events_article_id'), 'ingest_events', ['article_id'], unique=False)


def _create_ingest_log_table() -> None:
    """The ingest_log table exactly as revision 8dfec95f2409 created it."""
    op.create_table('ingest_log',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False, comment='Surrogate key.'),
    sa.Column('source', sa.Text(), nullable=False, comment='Input as named on the command line or inside a folder.'),
    sa.Column('input_hash', sa.Text(), nullable=False, comment='sha256 of the article text, or of the raw bytes when they could not be decoded, or empty when nothing could be read.'),
    sa.Column('article_id', sa.BigInteger(), nullable=True, comment='Article the input loaded as, if any.'),
    sa.Column('run_id', sa.UUID(), nullable=False, comment='Latest run that processed this input.'),
    sa.Column('status', sa.Text(), nullable=False, comment='loaded: rows added; unchanged: already loaded; failed: see stage and error.'),
    sa.Column('stage', sa.Text(), nullable=True, comment='Stage that failed: read, clean, extract, resolve or load.'),
    sa.Column('error', sa.Text(), nullable=True, comment='Why the input failed, one line.'),
    sa.Column('started_at', postgresql.TIMESTAMP(timezone=True), nullable=False, comment='When the latest run started this input.'),
    sa.Column('seconds', sa.Float(), nullable=False, comment='Wall time the latest run spent on this input.'),
    sa.Column('attempts', sa.Integer(), server_default=sa.text('1'), nullable=False, comment='How many runs have processed this input.'),
    sa.CheckConstraint("(status = 'failed') = (error IS NOT NULL)", name=op.f('ck_ingest_log_error_iff_failed')),
    sa.CheckConstraint(STAGES, name=op.f('ck_ingest_log_stage')),
    sa.CheckConstraint(STATUSES, name=op.f('ck_ingest_log_status')),
    sa.CheckConstraint('attempts >= 1', name=op.f('ck_ingest_log_attempts_positive')),
    sa.CheckConstraint('seconds >= 0', name=op.f('ck_ingest_log_seconds_positive')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_ingest_log_article_id_articles'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_log')),
    sa.UniqueConstraint('source', 'input_hash', name=op.f('uq_ingest_log_source_input_hash')),
    comment='Latest outcome of each input (source and content): loaded, unchanged or failed, and why.'
    )
