"""db dump / db restore: the wheel's pg_dump and pg_restore, a round trip keeps every row,
a password never reaches a command line, and bad paths are one-line errors."""

import subprocess

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, make_url, text

from etl.cli import cli
from etl.config import Settings
from etl.db import backup, migrate



def _row_counts(url: str) -> dict[str, int]:
    """Rows in every table of the database, alembic_version included."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            tables = connection.scalars(text(
                "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables "
                "WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
            )).all()
            return {table: connection.scalar(text(f"SELECT count(*) FROM {table}")) for table in tables}
    finally:
        engine.dispose()


def _invoke(*arguments: str):
    return CliRunner().invoke(cli, list(arguments), env={"DATABASE_URL": None})


def test_backup_round_trip_keeps_every_row(seeded_url, scratch_url, tmp_path):
    dump_file = tmp_path / "news etl; $(touch pwned).dump"
    dumped = _invoke("--database-url", seeded_url, "db", "dump", str(dump_file))
    assert dumped.exit_code == 0, dumped.output
    restored = _invoke("--database-url", scratch_url, "db", "restore", str(dump_file))
    assert restored.exit_code == 0, restored.output
    counts = _row_counts(seeded_url)
    assert counts["public.articles"] == 1 and counts["public.runs"] == 1
    assert _row_counts(scratch_url) == counts
    assert not (tmp_path / "pwned").exists()


def test_backup_restore_refuses_a_database_with_tables(seeded_url, scratch_url, tmp_path):
    dump_file = tmp_path / "seeded.dump"
    assert _invoke("--database-url", seeded_url, "db", "dump", str(dump_file)).exit_code == 0
    engine = create_engine(scratch_url)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    before = _row_counts(scratch_url)
    refused = _invoke("--database-url", scratch_url, "db", "restore", str(dump_file))
    assert refused.exit_code == 1 and refused.output.count("\n") == 1 and "already has tables" in refused.output
    assert _row_counts(scratch_url) == before


def test_backup_dump_of_the_embedded_server(server, engine, scratch_url, tmp_path):
    _, home = server  # engine: the embedded server's own database, migrated to head
    dump_file = tmp_path / "embedded.dump"
    dumped = _invoke("--home", str(home), "db", "dump", str(dump_file))
    assert dumped.exit_code == 0, dumped.output
    assert _invoke("--database-url", scratch_url, "db", "restore", str(dump_file)).exit_code == 0
    restored = create_engine(scratch_url)
    try:
        assert migrate.current_revisions(restored) == migrate.head_revisions()
    finally:
        restored.dispose()


def test_backup_password_goes_in_the_environment_only(scratch_url, tmp_path, monkeypatch):
    calls = []

    def fake_run(command, **options):
        calls.append((command, options["env"]))
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(backup.subprocess, "run", fake_run)
    password = make_url(scratch_url).password
    backup.dump(Settings(database_url=scratch_url), tmp_path / "x.dump")
    ((command, environment),) = calls
    assert password and not [argument for argument in command if password in argument]
    assert environment["PGPASSWORD"] == password


@pytest.mark.parametrize(
    ("command", "make_path", "message"),
    [
        ("dump", lambda p: p / "missing" / "x.dump", "no such folder"),
        ("restore", lambda p: p / "missing.dump", "not a readable file"),
        ("restore", lambda p: (p / "junk.dump").write_text("not a dump") and p / "junk.dump",
         "pg_restore failed: input file does not appear to be a valid archive"),
    ],
    ids=["dump-missing-folder", "restore-missing-file", "restore-not-a-dump"],
)
def test_backup_bad_paths_are_one_line(scratch_url, tmp_path, command, make_path, message):
    path = make_path(tmp_path)
    result = _invoke("--database-url", scratch_url, "db", command, str(path))
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and message in result.output and str(path) in result.output
