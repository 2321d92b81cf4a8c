"""Run history: every run leaves a runs row, stamped however the run ends, with no
secret in it; ingest_log (a view) is the latest of each input's events."""

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, make_url, select, text

import etl
from etl import pipeline
from etl.cli import cli
from etl.db import models

def _interrupt(self, inputs, max_bytes):
    raise KeyboardInterrupt


def test_history_an_interrupted_run_is_stamped_interrupted(connection, settings, seed_path, monkeypatch):
    monkeypatch.setattr(pipeline._Flow, "reports", _interrupt)
    with pytest.raises(KeyboardInterrupt):
        etl.run([seed_path], settings, connection=connection)
    run = connection.execute(select(models.Run)).one()
    assert (run.exit_status, run.error, run.loaded) == (130, "interrupted", 0)
    assert run.finished_at is not None


def test_history_a_failed_input_makes_exit_status_1(connection, settings, tmp_path):
    report = etl.run([tmp_path / "missing.txt"], settings, connection=connection)
    run = connection.execute(select(models.Run)).one()
    assert (str(run.id), run.failed, run.exit_status, run.error) == (report.run_id, 1, 1, None)
    event = connection.execute(select(models.IngestEvent)).one()
    assert (event.status, event.stage, event.run_id) == ("failed", "read", run.id)


def test_history_never_holds_the_database_password(scratch_url, seed_path):
    password = make_url(scratch_url).password
    result = CliRunner().invoke(cli, ["--database-url", scratch_url, "run", "--workers", "1", str(seed_path)])
    assert result.exit_code == 0, result.output
    assert password and password not in result.output
    engine = create_engine(scratch_url)
    try:
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT runs::text FROM runs")).scalars().all()
            events = connection.execute(text("SELECT ingest_events::text FROM ingest_events")).scalars().all()
    finally:
        engine.dispose()
    assert len(stored) == 1 and len(events) == 1
    assert not [row for row in stored + events if password in row]
