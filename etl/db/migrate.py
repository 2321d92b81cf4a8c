"""Alembic, configured in code: no alembic.ini, the URL comes from Settings.

The CLI and the tests both go through these functions.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text


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
    with engine.begin() as connection:
        _lock_migrations(connection)
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        _lock_migrations(connection)
        command.downgrade(alembic_config(connection), revision)


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
