"""All fixtures: one embedded PostgreSQL per test session, migrated by the real migrations.

Each test gets a connection inside a transaction that is rolled back; tests that
commit (the CLI, the migration stairway) get a scratch database of their own.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, create_engine, func, select

import etl
from etl.config import DEFAULT_SPACY_MODEL, Settings
from etl.db import migrate, models
from etl.db.server import EmbeddedServer, ServerInfo
from etl.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "voa-panjshir-2021-08-23.txt"
GOLD = ROOT / "tests" / "data" / "gold" / "voa-panjshir-2021-08-23.json"


@pytest.fixture(scope="session", autouse=True)
def service_root() -> Iterator[Path | None]:
    """As root, the servers' data directories live in a service place: a scratch one for the
    test run (its subprocesses inherit it), readable by the service user, removed afterwards."""
    if os.geteuid() != 0:
        yield None
        return
    root = Path(tempfile.mkdtemp(prefix="news-etl-test-service-"))
    root.chmod(0o755)
    os.environ["NEWS_ETL_SERVICE_ROOT"] = str(root)
    try:
        yield root
    finally:
        del os.environ["NEWS_ETL_SERVICE_ROOT"]
        shutil.rmtree(root, ignore_errors=True)


def data_row_counts(connection: Connection) -> dict[str, int]:
    """Rows in each table but the run history, which every run adds to, even one that loads nothing."""
    return {table.name: connection.scalar(select(func.count()).select_from(table))
            for table in models.Base.metadata.sorted_tables if table.name not in models.RUN_HISTORY}


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerInfo, Path]]:
    home = tmp_path_factory.mktemp("news-etl-home")
    with EmbeddedServer(home).running() as info:
        yield info, home


@pytest.fixture(scope="session")
def engine(server: tuple[ServerInfo, Path]) -> Iterator[Engine]:
    info, _ = server
    engine = create_engine(info.url())
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            yield connection
        finally:
            transaction.rollback()


@contextmanager
def _scratch_database(info: ServerInfo) -> Iterator[str]:
    """A new, empty database on the test server, dropped afterwards."""
    name = f"scratch_{uuid.uuid4().hex[:12]}"
    with info.admin() as db:
        db.execute(f'CREATE DATABASE "{name}"')
    try:
        yield info.url(database=name)
    finally:
        with info.admin() as db:
            db.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def scratch_url(server: tuple[ServerInfo, Path]) -> Iterator[str]:
    """A new, empty database on the test server, dropped afterwards."""
    with _scratch_database(server[0]) as url:
        yield url


@pytest.fixture(scope="session")
def scratch_databases(server: tuple[ServerInfo, Path]) -> Callable[[], AbstractContextManager[str]]:
    """Makes new, empty databases on the test server, each dropped after its block: for fixtures of any scope."""
    return lambda: _scratch_database(server[0])


@pytest.fixture(scope="session")
def seeded_url(server: tuple[ServerInfo, Path], settings: Settings) -> Iterator[str]:
    """A committed database holding the seed article, shared by the tests that only read
    (analyst views, example queries, the article page, the read-only role)."""
    with _scratch_database(server[0]) as url:
        report = etl.run([SEED], replace(settings, database_url=url))
        assert not report.failed, report.failed
        yield url


@pytest.fixture(scope="session")
def seeded_engine(seeded_url: str) -> Iterator[Engine]:
    engine = create_engine(seeded_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(spacy_model=DEFAULT_SPACY_MODEL)


@pytest.fixture(scope="session")
def nlp():
    return load_nlp(DEFAULT_SPACY_MODEL)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


PAGE_PARAGRAPHS = (
    "Flood waters rose across the river delta on Tuesday, forcing thousands of families from their homes.",
    '"We have never seen the water this high," said Maria Santos, the mayor of Riverton, standing on the '
    "steps of the town hall.",
    "The regional government said that emergency shelters would stay open through the weekend, and the "
    "Red Cross sent volunteers to the worst-hit villages.",
    "Farmers near Riverton told reporters the harvest was lost. Officials expect the water to fall by Friday.",
)


@pytest.fixture
def html_page(tmp_path: Path) -> Path:
    """A news page with navigation, a footer and metadata around the article."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in PAGE_PARAGRAPHS)
    path = tmp_path / "flood.html"
    path.write_text(
        "<!DOCTYPE html>\n<html><head><title>Delta Floods Force Thousands From Homes | Example News</title>\n"
        '<meta property="og:title" content="Delta Floods Force Thousands From Homes">\n'
        '<meta name="author" content="Ana Reyes">\n'
        '<meta property="article:published_time" content="2024-03-05T08:00:00Z">\n'
        "</head><body><nav><a href='/'>Home</a> | <a href='/world'>World</a> | Subscribe to our newsletter</nav>\n"
        f"<article><h1>Delta Floods Force Thousands From Homes</h1>\n{paragraphs}\n</article>\n"
        "<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def jsonl_file(tmp_path: Path) -> Path:
    """Two articles, one a line, the way archives and scrapers export them."""
    records = [
        {"id": "flood-1", "url": "https://example.org/flood-1", "title": "Delta Floods Force Thousands From Homes",
         "authors": ["Ana Reyes", "Tom Hale"], "published": "2024-03-05", "text": "\n\n".join(PAGE_PARAGRAPHS)},
        {"id": "flood-2", "url": "https://example.org/flood-2", "title": "Water Falls in the Delta",
         "authors": "Tom Hale", "published": "2024-03-08T10:30:00Z",
         "text": "The water fell on Friday.\n\nOfficials in Riverton said that the shelters would close on Monday."},
    ]
    path = tmp_path / "archive.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def gazetteer():
    """The real offline gazetteer; its index is built in the user cache folder on first use."""
    from etl.gazetteer import default_gazetteer

    return default_gazetteer()


def sorted_export(value):
    """An export with every list in a fixed order: its lists follow row ids, which depend on
    the order articles were loaded in."""
    if isinstance(value, dict):
        return {key: sorted_export(item) for key, item in value.items()}
    if isinstance(value, list):
        return sorted((sorted_export(item) for item in value), key=lambda item: json.dumps(item, sort_keys=True))
    return value


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
