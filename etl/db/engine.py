"""Engines: the configured DATABASE_URL, or the embedded server under Settings.home."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from etl.config import Settings
from etl.db.server import EmbeddedServer
from etl.errors import DatabaseError

MIN_SERVER_VERSION = 14


def sqlalchemy_url(url: str) -> str:
    """Accept the URL forms psql and BI tools use and point SQLAlchemy at psycopg 3.

    Raises:
        DatabaseError: the URL is not a PostgreSQL URL.
    """
    try:
        parsed = make_url(url.replace("postgres://", "postgresql://", 1) if url.startswith("postgres://") else url)
    except (ArgumentError, ValueError):
        # The URL is not echoed: a malformed one may still hold a password.
        raise DatabaseError(
            "the database URL is not valid; expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE "
            "(percent-encode @, :, / and # in the password)"
        ) from None
    if parsed.get_backend_name() != "postgresql":
        raise DatabaseError(f"news-etl needs PostgreSQL, got {parsed.get_backend_name()!r} in the database URL")
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def display_url(url: str) -> str:
    """The URL with its password hidden, for messages and logs."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=True)


@contextmanager
def database(settings: Settings) -> Iterator[Engine]:
    """An engine on the configured database, checked to be reachable and recent enough.

    Raises:
        DatabaseError: the server cannot be started or reached, or is older than PostgreSQL 14.
    """
    if settings.database_url:
        with _engine(sqlalchemy_url(settings.database_url)) as engine:
            yield engine
    else:
        with EmbeddedServer(settings.home).running() as info, _engine(info.url()) as engine:
            yield engine


@contextmanager
def _engine(url: str) -> Iterator[Engine]:
    engine = create_engine(url, pool_pre_ping=True)
    try:
        _check_server(engine)
        yield engine
    finally:
        engine.dispose()


def _check_server(engine: Engine) -> None:
    try:
        with engine.connect() as connection:
            version = connection.dialect.server_version_info or (0,)
    except DBAPIError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        raise DatabaseError(f"cannot connect to {display_url(str(engine.url))}: {reason}") from error
    if version[0] < MIN_SERVER_VERSION:
        raise DatabaseError(
            f"{display_url(str(engine.url))} runs PostgreSQL {version[0]}; news-etl needs {MIN_SERVER_VERSION} or newer"
        )


def database_error_reason(error: Exception) -> str | None:
    """The database's reason for ``error`` in one line, or None when it is not a database error.

    Only the server's primary message: psycopg's full text may quote the statement, and a
    statement may hold a secret.
    """
    if isinstance(error, psycopg.Error):
        return error.diag.message_primary or str(error).strip().splitlines()[0]
    if isinstance(error, SQLAlchemyError):
        return str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    return None
