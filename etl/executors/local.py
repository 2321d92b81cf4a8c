"""The local executor: ``etl.executors.work`` in this machine's worker processes.

Workers get articles and return frozen records (which pickle); they never touch the
database, so the parent stays the only writer, with one transaction per batch. With
one worker the batches run in the calling process and no process is started. The pool
starts at the first batch, so a run that parses nothing (a re-run that skips every
article) loads no model; each worker loads its model as it starts, while the parent
reads the next batches.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from typing import Any

from etl.executors import Executor
from etl.executors.work import model_ready

WORKER_NICENESS = 5
"""How much nicer than the parent a worker runs."""
PR_SET_PDEATHSIG = 1
"""Linux prctl option: the signal the kernel sends this process when its parent dies."""
ORPHAN_CHECK_SECONDS = 1.0
"""How often a worker where prctl is missing checks that its parent still lives."""


def _start_worker(parent_pid: int, model_name: str) -> None:
    """Set a worker process up: it dies with its parent, leaves Ctrl-C to it, and loads the model.

    Args:
        parent_pid: the process that started the pool.
        model_name: the spaCy pipeline its batches parse with; one that fails to load fails
            each batch's articles instead, with the reason.
    """
    _die_with_parent(parent_pid)
    # Ctrl-C in a terminal reaches every process of the group: the parent stops the run
    # and the pool, so a worker's KeyboardInterrupt would only add a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    model_ready(model_name)


def _die_with_parent(parent_pid: int) -> None:
    """End this worker when its parent ends, even by ``kill -9``.

    A worker waits on a queue whose write end it holds itself, so it never sees the parent
    go, and would otherwise live on holding its model in memory.
    """
    if not _killed_by_the_kernel_with_parent():
        threading.Thread(target=_exit_when_orphaned, args=(parent_pid,), name="orphan-check", daemon=True).start()
    elif os.getppid() != parent_pid:
        # The parent died before the prctl call, which then never fires.
        os._exit(1)


def _killed_by_the_kernel_with_parent() -> bool:
    """Ask Linux to SIGKILL this process when its parent ends; False where that cannot be asked.

    The kernel acts when the parent's thread that spawned the worker ends: the pipeline's,
    which outlives the pool. SIGKILL, since a worker has nothing to clean up.
    """
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0


def _exit_when_orphaned(parent_pid: int) -> None:
    """Exit the process once its parent is gone (it is then adopted, so its parent pid changes)."""
    while os.getppid() == parent_pid:
        time.sleep(ORPHAN_CHECK_SECONDS)
    os._exit(1)


def yield_to_the_loader(pid: int = 0) -> None:
    """Run a worker process (``pid``; 0: this one) at a lower priority than the parent, which reads, cleans and loads.

    With as many workers as cores, the parent would otherwise wait for a core each time
    it has a batch to load, and the workers would then wait for the parent. Niced rather
    than put in Linux's idle class, which would serve the loader better on an idle machine
    but left the workers almost no CPU while anything else ran (two workers were slower
    than one on the shared machine). A worker that cannot be niced works as it is.
    """
    with suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, pid, os.getpriority(os.PRIO_PROCESS, pid) + WORKER_NICENESS)


class LocalPool(Executor):
    """Runs batches in a pool of worker processes, or in this process for one worker."""

    def __init__(self, model_name: str, workers: int) -> None:
        super().__init__(model_name)
        self._workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None
        self._used = False

    @property
    def workers(self) -> int:
        return self._workers

    @property
    def started(self) -> bool:
        """Whether worker processes worked on a batch (a run that parsed nothing sent them none)."""
        return self._used

    def __enter__(self) -> LocalPool:
        if self._workers > 1:
            from etl.gazetteer import default_gazetteer

            # A first run builds the place index (about 20 s and 0.9 GB): once, here, rather
            # than in every worker at the same time.
            default_gazetteer()
            # spawn, not fork: the parent holds database connections and threads (the
            # embedded server's), which a forked child must not inherit.
            self._pool = ProcessPoolExecutor(
                self._workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker,
                initargs=(os.getpid(), self.model_name),
            )
            # The pool starts a process for a task no idle one takes: one task each starts them all now.
            for _ in range(self._workers):
                self._pool.submit(_started)
            # From here, so that they yield from their first import on (a run that parses
            # nothing is over before they have loaded anything); the process table is private
            # but stable since 3.2.
            for process in self._pool._processes.values():
                yield_to_the_loader(process.pid)
        return self

    def _submit(self, function: Callable[..., Any], *arguments: Any) -> Future:
        if self._pool is None:
            done: Future = Future()
            done.set_result(function(*arguments))
            return done
        self._used = True
        try:
            return self._pool.submit(function, *arguments)
        except BrokenProcessPool as error:
            # A worker died (killed, out of memory): the pool takes no more work. Each batch
            # sent from now fails the way the lost one did, and the run still reports every article.
            failed: Future = Future()
            failed.set_exception(error)
            return failed

    def _wait_for_any(self, pending: list[Future]) -> None:
        wait(pending, return_when=FIRST_COMPLETED)

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if self._pool is None:
            return
        # Stop the workers rather than wait for them: on an error or interrupt they parse
        # batches that will not be loaded, or load models that nothing will use; after a
        # run they are idle and hold nothing to save (they never write), and their orderly
        # exit, an interpreter tearing down a loaded model, took 0.2-0.6 s that the run
        # waited for. The executor has no public way to.
        for process in self._pool._processes.values():
            process.terminate()
        self._pool.shutdown(cancel_futures=True)


def _started() -> None:
    """Nothing: a task that makes the pool start a worker process (whose initializer loads the model)."""
