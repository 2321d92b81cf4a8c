"""How news-etl ends when it is stopped: kill -9, Ctrl-C, SIGTERM, and a server that dies under `db start`.

The run tests start the real command in a subprocess on copies of the seed article, so
that they are interrupted with worker processes and a database transaction under way.
"""

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text

import etl
from etl import pipeline
from etl.db.server import EmbeddedServer
from etl.load import batch
from etl.errors import Interrupted
from tests.conftest import free_port

ARTICLES = 20
"""Copies of the seed in a corpus: several seconds of parsing for two workers, in batches of five or fewer, so a
run signalled after its first batch still has articles to parse even when its workers never idle (with 10, a
busy machine let them finish every batch before the first was reported)."""
EXTRACTED_TABLES = ("articles", "mentions", "quotes", "claims", "roles", "actors", "organizations", "places",
                    "actor_aliases", "organization_aliases", "place_aliases")
"""The tables a run fills from the articles (not its logs, which record each attempt)."""
GONE_WITHIN_S = 5
NEEDS_PROC = pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads processes from /proc")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed_text) -> Path:
    """``ARTICLES`` distinct articles: the seed under different titles."""
    folder = tmp_path_factory.mktemp("corpus")
    for number in range(ARTICLES):
        (folder / f"dispatch-{number:02d}.txt").write_text(f"Dispatch {number}: Fighting in the Valley\n\n{seed_text}",
                                                           encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def clean_run(scratch_databases, corpus, settings) -> tuple[dict[str, int], dict[str, tuple[int, int, int]]]:
    """The rows of each extracted table and of each article after one uninterrupted run (in this process)."""
    with scratch_databases() as url:
        report = etl.run([corpus], replace(settings, database_url=url))
        assert not report.failed
        return _table_counts(url), _article_counts(url)


def _table_counts(url: str) -> dict[str, int]:
    with _connected(url) as connection:
        return {table: connection.scalar(text(f"SELECT count(*) FROM {table}")) for table in EXTRACTED_TABLES}


def _article_counts(url: str) -> dict[str, tuple[int, int, int]]:
    """Each loaded article's mentions, quotes and claims."""
    with _connected(url) as connection:
        rows = connection.execute(text(
            "SELECT a.source, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id), "
            "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id), "
            "(SELECT count(*) FROM claims c WHERE c.article_id = a.id) FROM articles a"
        ))
        return {source: (mentions, quotes, claims) for source, mentions, quotes, claims in rows}


def _failures_logged(url: str) -> int:
    with _connected(url) as connection:
        return connection.scalar(text("SELECT count(*) FROM ingest_log WHERE status = 'failed'"))


@contextmanager
def _connected(url: str) -> Iterator[Connection]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


@contextmanager
def _news_etl(*arguments: str, stderr_path: Path) -> Iterator[subprocess.Popen]:
    """The command in a subprocess, killed on leaving if it still runs.

    Its stdout comes line by line; its stderr (the progress bar) goes to a file, not to a
    pipe that could fill up.
    """
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"PYTHONUNBUFFERED": "1"}
    with stderr_path.open("w") as stderr, subprocess.Popen(
        [sys.executable, "-m", "etl", *arguments], stdout=subprocess.PIPE, stderr=stderr, text=True, env=environment,
        start_new_session=True,  # a process group of its own, for a Ctrl-C sent to the group
    ) as process:
        try:
            yield process
        finally:
            process.kill()


def _children(pid: int) -> list[int]:
    """The processes ``pid`` started, from /proc (every thread's children)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:  # the thread ended
            continue
    return found


def _workers(pid: int) -> list[int]:
    """The pool's worker processes among the children of ``pid``."""
    return [child for child in _children(pid) if "spawn_main" in _command_line(child)]


def _running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie is not: it is dead, only not yet reaped)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _ignores_sigint(pid: int) -> bool:
    (mask,) = [line.split()[1] for line in Path(f"/proc/{pid}/status").read_text().splitlines()
               if line.startswith("SigIgn:")]
    return bool(int(mask, 16) & 1 << (signal.SIGINT - 1))


def _command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@NEEDS_PROC
def test_kill_9_of_a_run_leaves_no_worker_process(scratch_url, corpus, tmp_path):
    children: list[int] = []
    try:
        with _news_etl("--database-url", scratch_url, "run", "--workers", "2", str(corpus),
                       stderr_path=tmp_path / "stderr") as run:
            assert _wait_for(lambda: len(_workers(run.pid)) == 2, 120), (tmp_path / "stderr").read_text()
            # The two workers, and the resource tracker multiprocessing starts for the pool's semaphores.
            children = _children(run.pid)
            assert any("resource_tracker" in _command_line(child) for child in children)
        _wait_for(lambda: not any(_running(child) for child in children), GONE_WITHIN_S)
        assert [_command_line(child) for child in children if _running(child)] == []
    finally:
        for child in filter(_running, children):
            os.kill(child, signal.SIGKILL)


ORPHAN = """
import sys
from etl.executors import local
local._exit_when_orphaned(int(sys.argv[1]))
"""
PARENT = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", sys.argv[1], str(__import__("os").getpid())])
print(child.pid, flush=True)
time.sleep(60)
"""


@NEEDS_PROC
def test_a_worker_without_prctl_exits_once_its_parent_is_gone():
    # The fallback for systems without PR_SET_PDEATHSIG, run here on its own.
    with subprocess.Popen([sys.executable, "-c", PARENT, ORPHAN], stdout=subprocess.PIPE, text=True) as parent:
        orphan = int(parent.stdout.readline())
        assert not _wait_for(lambda: not _running(orphan), 1.5), "exited while its parent lived"
        parent.kill()
    assert _wait_for(lambda: not _running(orphan), GONE_WITHIN_S)


def test_an_interrupt_whose_rollback_fails_stops_the_run_and_fails_no_article(scratch_url, settings, tmp_path,
                                                                               monkeypatch):
    # Ctrl-C during a statement can close the connection (psycopg gives up cancelling the
    # query); the rollback then fails, and that error must not be taken for the articles'.
    # Two batches: the second is interrupted after its rows are written, before its commit.
    lines = [{"id": str(day), "text": f"Officials in Kabul met on day {day}."} for day in range(2 * pipeline.BATCH_SIZE)]
    path = tmp_path / "days.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    loads = []
    load_articles = batch.load_articles

    def load_then_interrupt(connection, articles, context):
        loads.append(len(articles))
        article_ids = load_articles(connection, articles, context)
        if len(loads) == 2:
            connection.connection.driver_connection.close()
            raise KeyboardInterrupt
        return article_ids

    monkeypatch.setattr(batch, "load_articles", load_then_interrupt)
    with pytest.raises(Interrupted) as stopped:
        etl.run([path], replace(settings, database_url=scratch_url))
    assert stopped.value.exit_status == 130 and len(loads) == 2 and stopped.value.loaded == loads[0]
    assert len(_article_counts(scratch_url)) == loads[0]
    assert _failures_logged(scratch_url) == 0


@NEEDS_PROC
@pytest.mark.parametrize(
    ("send", "signal_number", "status"),
    # Ctrl-C in a terminal signals every process of the group, workers too; `kill` only the one named.
    [(os.killpg, signal.SIGINT, 130), (os.kill, signal.SIGTERM, 143)], ids=["Ctrl-C", "SIGTERM"],
)
def test_a_signal_stops_a_run_with_whole_articles_and_a_re_run_finishes(scratch_url, corpus, clean_run, tmp_path,
                                                                        send, signal_number, status):
    clean_tables, clean_articles = clean_run
    with _news_etl("--database-url", scratch_url, "run", "--workers", "2", str(corpus),
                   stderr_path=tmp_path / "stderr") as run:
        # Stopped once the first batch is loaded, with more being parsed.
        assert "persons" in run.stdout.readline()
        workers = _workers(run.pid)
        assert workers and all(map(_ignores_sigint, workers)), "a worker would print a KeyboardInterrupt traceback"
        send(run.pid, signal_number)
        assert run.wait(timeout=30) == status
    stderr = (tmp_path / "stderr").read_text()
    assert "Traceback" not in stderr
    (message,) = [line for line in stderr.replace("\r", "\n").splitlines() if line.startswith("interrupted: ")]
    loaded = _article_counts(scratch_url)
    assert message.startswith(f"interrupted: {len(loaded)} articles loaded") and "run again" in message
    assert 0 < len(loaded) < ARTICLES
    assert all(counts == clean_articles[source] for source, counts in loaded.items())
    assert _failures_logged(scratch_url) == 0
    rerun = subprocess.run([sys.executable, "-m", "etl", "--database-url", scratch_url, "run", "--workers", "2",
                            str(corpus)], capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{ARTICLES - len(loaded)} loaded, {len(loaded)} unchanged, 0 failed" in rerun.stdout
    assert _table_counts(scratch_url) == clean_tables



def test_db_start_exits_1_when_its_server_dies(tmp_path):
    home = tmp_path / "home"
    with _news_etl("--home", str(home), "db", "start", "--port", str(free_port()),
                   stderr_path=tmp_path / "stderr") as serving:
        assert serving.stdout.readline().startswith("postgresql://"), (tmp_path / "stderr").read_text()
        server = EmbeddedServer(home).info()
        os.kill(server.pid, signal.SIGKILL)
        assert serving.wait(timeout=GONE_WITHIN_S) == 1
    last = (tmp_path / "stderr").read_text().splitlines()[-1]
    assert last == f"Error: the embedded server (pid {server.pid}) stopped; see {EmbeddedServer(home).pgdata / 'server.log'}"
