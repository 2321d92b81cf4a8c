"""db grant-readonly: a login role that reads the tables and views and can change nothing."""

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from click.testing import CliRunner
from psycopg import errors
from sqlalchemy import create_engine, make_url, text

from etl.cli import cli
from etl.db import migrate

PASSWORD = "s3cret-Pa55word"

WRITES = [
    "INSERT INTO organizations (key, name) VALUES ('x', 'X')",
    "UPDATE articles SET title = 'changed'",
    "DELETE FROM quotes",
    "TRUNCATE ingest_events",
    "UPDATE runs SET error = 'changed'",
    "CREATE TABLE public.mine (id int)",
    "CREATE VIEW analytics.mine AS SELECT 1 AS one",
    "ALTER TABLE articles ADD COLUMN mine int",
    "DROP VIEW analytics.quote_attributions",
    "CREATE SCHEMA mine",
]


def _role_connection(url: str, role: str) -> psycopg.Connection:
    parsed = make_url(url)
    return psycopg.connect(host=parsed.query["host"], port=int(parsed.query["port"]), dbname=parsed.database,
                           user=role, password=PASSWORD, autocommit=True)


def _grant(url: str, role: str):
    return CliRunner().invoke(cli, ["--database-url", url, "db", "grant-readonly", role, "--password-env", "RO_PW"],
                              env={"RO_PW": PASSWORD})


def _drop_role(url: str, role: str) -> None:
    """Roles belong to the whole server, so each test removes the ones it made."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text(f'DROP OWNED BY "{role}"'))
            connection.execute(text(f'DROP ROLE "{role}"'))
    finally:
        engine.dispose()


@pytest.fixture
def readonly_role(seeded_url: str) -> Iterator[str]:
    role = f"analyst_{uuid.uuid4().hex[:8]}"
    result = _grant(seeded_url, role)
    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.output and "***" in result.output
    try:
        yield role
    finally:
        _drop_role(seeded_url, role)


def test_readonly_role_reads_tables_and_views(seeded_url, readonly_role):
    with _role_connection(seeded_url, readonly_role) as connection:
        assert connection.execute("SELECT count(*) FROM analytics.quote_attributions").fetchone()[0] > 0
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


@pytest.mark.parametrize("statement", WRITES, ids=lambda s: " ".join(s.split()[:2]))
def test_readonly_role_cannot_write_even_in_a_read_write_transaction(seeded_url, readonly_role, statement):
    with _role_connection(seeded_url, readonly_role) as connection:
        with pytest.raises(errors.ReadOnlySqlTransaction):
            connection.execute(statement)
        # The read-only default is only a first guard: the privileges themselves refuse.
        connection.execute("SET default_transaction_read_only = off")
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute(statement)


def test_readonly_grant_is_idempotent_and_stores_only_a_hash(seeded_url, seeded_engine, readonly_role):
    again = _grant(seeded_url, readonly_role)
    assert again.exit_code == 0, again.output
    with seeded_engine.connect() as connection:
        stored = connection.scalar(text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"), {"r": readonly_role})
    assert stored.startswith("SCRAM-SHA-256$") and PASSWORD not in stored


def test_readonly_refuses_a_role_that_can_do_more(seeded_url):
    result = _grant(seeded_url, "postgres")
    assert result.exit_code == 1 and "more than read access" in result.output


def test_readonly_missing_password_variable_is_a_usage_error(seeded_url):
    result = CliRunner().invoke(cli, ["--database-url", seeded_url, "db", "grant-readonly", "x",
                                      "--password-env", "NEWS_ETL_TEST_UNSET"])
    assert result.exit_code == 2 and "NEWS_ETL_TEST_UNSET" in result.output


def test_readonly_schema_still_downgrades_after_a_grant(scratch_url):
    role = f"analyst_{uuid.uuid4().hex[:8]}"
    assert _grant(scratch_url, role).exit_code == 0
    engine = create_engine(scratch_url)
    try:
        migrate.downgrade(engine, "base")
    finally:
        engine.dispose()
    _drop_role(scratch_url, role)


def test_readonly_password_prompt_is_hidden(seeded_url):
    role = f"analyst_{uuid.uuid4().hex[:8]}"
    result = CliRunner().invoke(cli, ["--database-url", seeded_url, "db", "grant-readonly", role],
                                input=f"{PASSWORD}\n{PASSWORD}\n")
    _drop_role(seeded_url, role)
    assert result.exit_code == 0, result.output
    assert "Password for" in result.output and PASSWORD not in result.output
