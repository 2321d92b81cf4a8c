from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from etl.db import migrate
from etl.db.base import metadata


def test_migrations_single_head():
    assert len(migrate.head_revisions()) == 1


def test_migrations_stairway_up_down_up(scratch_url):
    engine = create_engine(scratch_url)
    try:
        migrate.upgrade(engine)
        migrate.downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        migrate.upgrade(engine)
        assert migrate.current_revisions(engine) == migrate.head_revisions()
    finally:
        engine.dispose()


def test_migrations_match_the_models(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_migrations_comment_every_table_and_column(engine):
    inspector = inspect(engine)
    for table in inspector.get_table_names():
        if table == "alembic_version":
            continue
        assert inspector.get_table_comment(table)["text"], table
        for column in inspector.get_columns(table):
            assert column.get("comment"), f"{table}.{column['name']}"
