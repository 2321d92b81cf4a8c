"""Alembic, configured in code: no alembic.ini, the URL comes from Settings.

The CLI and the tests both go through these functions.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import psycopg
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from etl.errors import DatabaseError


def migrations_path() -> Path:
    """The migrations folder: shipped as etl.migrations, or the checkout's migrations/."""
    try:
        return Path(str(resources.files("etl.migrations")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config that runs on ``connection`` (env.py reads it from attributes)."""
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Move the schema up to ``revision``.

    Raises:
        DatabaseError: the user may not create or change the schema's objects.
    """
    with _privileges_named(engine), engine.begin() as connection:
        _lock_migrations(connection)
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Move the schema down to ``revision``.

    Raises:
        DatabaseError: the user may not drop or change the schema's objects.
    """
    with _privileges_named(engine), engine.begin() as connection:
        _lock_migrations(connection)
        command.downgrade(alembic_config(connection), revision)


@contextmanager
def _privileges_named(engine: Engine) -> Iterator[None]:
    """Say which user lacks which right, and what to do, when the server refuses a schema change."""
    try:
        yield
    except DBAPIError as error:
        if not isinstance(error.orig, psycopg.errors.InsufficientPrivilege):
            raise
        reason = error.orig.diag.message_primary
        user, database = engine.url.username or "this user", engine.url.database
        raise DatabaseError(
            f"{user} may not change the schema of database {database}: {reason}; connect as the database's "
            f"owner, or have it run GRANT CREATE ON SCHEMA public TO {user}"
        ) from None


def _lock_migrations(connection: Connection) -> None:
    """Several `news-etl run` started at once on a new database must not all create the tables."""
    connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('news-etl-migrate'))"))


def current_revisions(engine: Engine) -> tuple[str, ...]:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_heads()


def history() -> list[str]:
    """Every revision, newest first, one line each."""
    script = ScriptDirectory.from_config(alembic_config())
    return [revision.cmd_format(verbose=False) for revision in script.walk_revisions()]


def head_revisions() -> tuple[str, ...]:
    return tuple(ScriptDirectory.from_config(alembic_config()).get_heads())
