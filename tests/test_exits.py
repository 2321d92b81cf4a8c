"""How news-etl ends when it is stopped: kill -9.

The run tests start the real command in a subprocess on copies of the seed article, so
that they are stopped with worker processes under way.
"""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ARTICLES = 10
"""Copies of the seed in a corpus: a few seconds of parsing for two workers, in batches of three or fewer."""
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


@contextmanager
def _news_etl(*arguments: str, stderr_path: Path) -> Iterator[subprocess.Popen]:
    """The command in a subprocess, killed on leaving if it still runs.

    Its stdout comes line by line; its stderr (the progress bar) goes to a file, not to a
    pipe that could fill up.
    """
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"PYTHONUNBUFFERED": "1"}
    with stderr_path.open("w") as stderr, subprocess.Popen(
        [sys.executable, "-m", "etl", *arguments], stdout=subprocess.PIPE, stderr=stderr, text=True, env=environment,
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
from etl import parallel
parallel._exit_when_orphaned(int(sys.argv[1]))
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
