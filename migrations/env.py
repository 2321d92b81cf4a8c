"""Alembic environment. The connection comes from etl.db.migrate (config.attributes),
or, for a developer running the ``alembic`` command, from etl's own Settings."""

from alembic import context

import etl.db.models  # noqa: F401  (registers the tables on the metadata)
from etl.db.base import metadata

config = context.config


def run_on(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        compare_type=True,
        compare_server_default=True,
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    from etl.config import Settings
    from etl.db.engine import database

    with database(Settings.from_env()) as engine, engine.begin() as own_connection:
        run_on(own_connection)


if context.is_offline_mode():
    raise SystemExit("news-etl migrations run online only: use `news-etl db upgrade`.")
run_migrations_online()
