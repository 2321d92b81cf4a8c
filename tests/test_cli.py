import json
import os
import signal
import subprocess
import sys
import time

import psycopg
import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine

from etl.cli import cli
from etl.db.server import EmbeddedServer
from tests.conftest import data_row_counts, free_port

COMMANDS = [[], ["run"], ["export"], ["list"], ["delete"], ["show"], ["db"], ["db", "upgrade"], ["db", "downgrade"],
            ["db", "current"], ["db", "history"], ["db", "start"], ["db", "url"], ["db", "dump"], ["db", "restore"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "news-etl")
def test_cli_every_command_has_help(command):
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output and len(result.output.splitlines()) > 3


def test_cli_run_twice_then_export(scratch_url, seed_path):
    runner = CliRunner()
    first = runner.invoke(cli, ["--database-url", scratch_url, "run", str(seed_path)])
    assert first.exit_code == 0, first.output
    assert "quotes" in first.output and "1 loaded" in first.output
    engine = create_engine(scratch_url)
    try:
        with engine.connect() as connection:
            before = data_row_counts(connection)
        second = runner.invoke(cli, ["--database-url", scratch_url, "run", str(seed_path)])
        assert second.exit_code == 0 and "already loaded" in second.output
        with engine.connect() as connection:
            after = data_row_counts(connection)
        assert after == before
    finally:
        engine.dispose()
    exported = runner.invoke(cli, ["--database-url", scratch_url, "export", "--article", seed_path.name])
    assert exported.exit_code == 0
    assert json.loads(exported.output)["format"] == "export-v1"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p / "missing.txt", "no such file or folder"),
        (lambda p: (p / "empty.txt").write_text("") and p / "empty.txt" or p / "empty.txt", "empty file"),
        (lambda p: (p / "bin.txt").write_bytes(b"\x00\xff") and p / "bin.txt", "binary file"),
        (lambda p: (p / "latin.txt").write_bytes("d\u00e9j\u00e0 vu".encode("latin-1")) and p / "latin.txt",
         "not UTF-8"),
        (lambda p: (p / "folder").mkdir() or p / "folder", "folder has no articles"),
    ],
    ids=["missing", "empty", "binary", "not-utf8", "empty-folder"],
)
def test_cli_bad_input_is_one_line_not_a_traceback(scratch_url, tmp_path, setup, message):
    path = setup(tmp_path)
    result = CliRunner().invoke(cli, ["--database-url", scratch_url, "run", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if message in line]
    assert len(errors) == 1 and path.name in errors[0]


@pytest.mark.parametrize("url", ["postgresql://127.0.0.1:notaport/x", "mysql://localhost/x", "not a url"])
def test_cli_malformed_database_url_is_one_line(url):
    result = CliRunner().invoke(cli, ["--database-url", url, "db", "current"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and result.output.startswith("Error:")


def test_cli_unreachable_database_is_a_clear_error(seed_path):
    result = CliRunner().invoke(cli, ["--database-url", "postgresql://nobody@127.0.0.1:1/none", "run", str(seed_path)])
    assert result.exit_code == 1
    assert "cannot connect to postgresql://nobody@127.0.0.1:1/none" in result.output



def test_cli_db_start_serves_tcp_for_other_clients(tmp_path):
    """Over TCP, with the password from the home's pgpass file only."""
    port = free_port()
    server = EmbeddedServer(tmp_path / "home")
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    with subprocess.Popen(
        [sys.executable, "-m", "etl", "--home", str(tmp_path / "home"), "db", "start", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    ) as process:
        try:
            url = process.stdout.readline().strip()
            assert url == f"postgresql://postgres@127.0.0.1:{port}/news_etl"
            with pytest.raises(psycopg.OperationalError, match="password"):
                psycopg.connect(url, connect_timeout=5)
            with psycopg.connect(url, passfile=str(server.password_file)) as client:
                comments = dict(client.execute(
                    "SELECT c.relname, obj_description(c.oid, 'pg_class') FROM pg_class c "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"
                ).fetchall())
            assert comments["quotes"] and comments["articles"]
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
    deadline = time.time() + 10
    while time.time() < deadline and (server.pgdata / "postmaster.pid").exists():
        time.sleep(0.1)
    assert not (server.pgdata / "postmaster.pid").exists()


def test_cli_run_reads_json_lines_from_stdin_and_times_each_step(scratch_url, jsonl_file):
    result = CliRunner().invoke(cli, ["--database-url", scratch_url, "run", "--workers", "1", "-"],
                                input=jsonl_file.read_bytes())
    assert result.exit_code == 0, result.output
    assert "<stdin>#flood-1: " in result.output and "2 loaded" in result.output
    (timing,) = [line for line in result.output.splitlines() if line.startswith("Time: ")]
    assert "articles/s" in timing and "parse" in timing and "load" in timing


def test_cli_run_documents_workers_and_force():
    result = CliRunner().invoke(cli, ["run", "--help"])
    assert "--workers" in result.output and "--force" in result.output and ".jsonl" in result.output


def test_cli_run_fails_a_fifo_and_a_device_alone_and_loads_the_seed(scratch_url, tmp_path, seed_path):
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    result = CliRunner().invoke(
        cli, ["--database-url", scratch_url, "run", "--workers", "1", str(fifo), str(zero), str(seed_path)]
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "1 loaded" in result.output
    failed = [line for line in result.output.splitlines() if "not a regular file" in line]
    assert len(failed) == 2 and "fifo.txt" in failed[0] and "zero.txt" in failed[1]


def test_cli_run_max_bytes_fails_a_larger_article_alone(scratch_url, tmp_path, seed_path):
    result = CliRunner().invoke(cli, ["--database-url", scratch_url, "run", "--max-bytes", "100", str(seed_path)])
    assert result.exit_code == 1
    assert "larger than the 100-byte limit" in result.output


@pytest.mark.parametrize(
    "command",
    [["export", "-o", "/missing/dir/x.json"], ["show", "voa-panjshir-2021-08-23.txt", "--html", "/missing/x.html"]],
    ids=["export", "show"],
)
def test_cli_output_into_a_missing_folder_is_one_line(seeded_url, command):
    result = CliRunner().invoke(cli, ["--database-url", seeded_url, *command])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and result.output.startswith("Error: cannot write /missing/")
    assert len(result.output.strip().splitlines()) == 1
