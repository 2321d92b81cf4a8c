"""A read-only login role for analysts and BI tools: SELECT on the tables and the
analytics views, and nothing else.

The password never travels as plain text: it is hashed (SCRAM-SHA-256) on this side
by libpq, so neither the server log (which records a failing statement in full) nor
pg_stat_activity ever holds it, and no message here includes it.
"""

from __future__ import annotations

import psycopg
from psycopg import sql
from sqlalchemy import Engine

from etl.db.engine import display_url
from etl.errors import DatabaseError

SCHEMAS = ("public", "analytics")
MAX_IDENTIFIER_BYTES = 63
RESERVED_ROLE_NAMES = frozenset({"public", "none", "current_user", "current_role", "session_user", "user"})


def grant_readonly(engine: Engine, name: str, password: str) -> str:
    """Create the login role ``name``, or update it, so that it can only read.

    Idempotent: running it again sets the new password and grants what was added
    since (new tables are covered anyway by the default privileges).

    Args:
        engine: the database, connected as a role that may create roles and owns the tables.
        name: the role's name.
        password: its password.

    Returns:
        The URL the role connects with, password hidden.

    Raises:
        DatabaseError: ``name`` is a role that can already do more (a superuser, or the
            role we are connected as), or the password is empty.
    """
    _check_role_name(name)
    if not password:
        raise DatabaseError(f"no password given for role {name!r}")
    with engine.begin() as connection:
        raw = connection.connection.driver_connection
        exists = _existing_role_is_harmless(raw, name)
        verifier = raw.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()
        for statement in _statements(raw, name, verifier, exists):
            try:
                raw.execute(statement)
            except psycopg.Error as error:
                # psycopg's message quotes the statement, which holds the password's verifier.
                reason = error.diag.message_primary or type(error).__name__
                raise DatabaseError(f"cannot make role {name!r} read-only: {reason}") from None
    return display_url(str(engine.url.set(username=name, password="hidden")))


def _check_role_name(name: str) -> None:
    """Names PostgreSQL reserves or refuses, caught before any statement is sent."""
    if not name or len(name.encode()) > MAX_IDENTIFIER_BYTES:
        raise DatabaseError(f"a role name has 1 to {MAX_IDENTIFIER_BYTES} bytes; {name!r} has {len(name.encode())}")
    if name.lower() in RESERVED_ROLE_NAMES or name.lower().startswith("pg_"):
        raise DatabaseError(f"{name!r} is a role name PostgreSQL reserves; choose another name")


def _existing_role_is_harmless(raw, name: str) -> bool:
    """Whether role ``name`` exists already. Turning an existing admin into a "read-only" role
    would quietly change its password, so that is refused."""
    row = raw.execute(
        "SELECT rolsuper OR rolcreaterole OR rolcreatedb, rolname = current_user FROM pg_roles WHERE rolname = %s",
        (name,),
    ).fetchone()
    if row and (row[0] or row[1]):
        raise DatabaseError(f"role {name!r} already exists with more than read access; choose another name")
    return row is not None


def _statements(raw, name: str, verifier: str, exists: bool) -> list[sql.Composed]:
    role = sql.Identifier(name)
    # PASSWORD cannot be a bind parameter in DDL, so the (already hashed) verifier is a literal.
    create_or_alter = sql.SQL("ALTER ROLE {} WITH LOGIN PASSWORD {}" if exists else
                              "CREATE ROLE {} WITH LOGIN PASSWORD {}").format(role, sql.Literal(verifier))
    database = sql.Identifier(raw.info.dbname)
    schemas = sql.SQL(", ").join(sql.Identifier(schema) for schema in SCHEMAS)
    return [
        create_or_alter,
        sql.SQL("ALTER ROLE {} WITH NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS").format(role),
        # A second guard besides the privileges: a BI tool's session starts read-only.
        sql.SQL("ALTER ROLE {} SET default_transaction_read_only = on").format(role),
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, role),
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(schemas, role),
        # PostgreSQL 14 lets every role (PUBLIC) create tables in public; 15 and newer do not.
        sql.SQL("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
        sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(schemas, role),
        # Tables and views that later migrations create (run as this same owner) are readable too.
        sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT SELECT ON TABLES TO {}").format(schemas, role),
    ]
