"""Parse, extract, resolve and geocode: batches of ``Article`` -> ``AnalyzedBatch``, in worker processes.

This is the CPU-bound middle of the pipeline, so it is what runs on every core.
Workers get cleaned articles and return frozen records (which pickle); they never
touch the database, so the parent stays the only writer, with one transaction per
batch. With one worker the batches run in the calling process and no process
is started. Nothing here imports spaCy until a batch is analyzed, so commands that
parse nothing (``--help``, a re-run that skips every article) never load it.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Self

from etl.errors import one_line
from etl.records import AnalyzedBatch, Analysis, Article

WORKER_NICENESS = 5
PR_SET_PDEATHSIG = 1
"""Linux prctl option: the signal the kernel sends this process when its parent dies."""
ORPHAN_CHECK_SECONDS = 1.0
"""How often a worker where prctl is missing checks that its parent still lives."""


def analyze_batch(model_name: str, articles: Sequence[Article]) -> AnalyzedBatch:
    """Parse a batch with ``nlp.pipe`` and extract, resolve and geocode each article.

    Args:
        model_name: the installed spaCy pipeline to parse with (loaded once per process).
        articles: cleaned articles.

    Returns:
        One ``Analysis`` per article, in order: a failure is recorded for its article only.
    """
    from etl.extract import extract, parse_text
    from etl.gazetteer import default_gazetteer
    from etl.geocode import geocode
    from etl.nlp import load_nlp
    from etl.resolve import resolve

    seconds = {"parse": 0.0, "extract": 0.0, "resolve": 0.0}
    clock = time.perf_counter()
    try:
        nlp = load_nlp(model_name)
        docs = _parse(nlp, [parse_text(article) for article in articles])
    except Exception as error:  # the model is missing or broken: every article of the batch fails
        docs = [error] * len(articles)
    seconds["parse"] += time.perf_counter() - clock
    analyses = []
    for article, doc in zip(articles, docs, strict=True):
        if isinstance(doc, Exception):
            analyses.append(Analysis(None, "extract", one_line(doc)))
            continue
        try:
            clock = time.perf_counter()
            extraction = extract(article, doc)
            seconds["extract"] += time.perf_counter() - clock
        except Exception as error:  # quarantine: one article's failure must not stop the batch
            analyses.append(Analysis(None, "extract", one_line(error)))
            continue
        try:
            clock = time.perf_counter()
            # Geocoding counts as part of resolve: the ingest log's stages stay as they are.
            analyses.append(Analysis(geocode(resolve(extraction), default_gazetteer())))
            seconds["resolve"] += time.perf_counter() - clock
        except Exception as error:  # quarantine, as above
            analyses.append(Analysis(None, "resolve", one_line(error)))
    return AnalyzedBatch(tuple(analyses), tuple(seconds.items()))


def _start_worker(parent_pid: int) -> None:
    """Set a worker process up: it dies with its parent, leaves Ctrl-C to it, and yields it the CPU.

    Args:
        parent_pid: the process that started the pool.
    """
    _die_with_parent(parent_pid)
    # Ctrl-C in a terminal reaches every process of the group: the parent stops the run
    # and the pool, so a worker's KeyboardInterrupt would only add a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _yield_to_the_loader()


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


def _yield_to_the_loader() -> None:
    """Run workers at a lower priority than the parent, which reads, cleans and loads.

    With as many workers as cores, the parent would otherwise wait for a core each time
    it has a batch to load, and the workers would then wait for the parent.
    """
    os.nice(WORKER_NICENESS)


def _parse(nlp, texts: list[str]) -> list:
    """Docs for ``texts``, batched; if the batch fails, each text alone so only the bad one fails."""
    from etl.nlp import parse

    try:
        return parse(nlp, texts)
    except Exception:  # find which text it was: parse one at a time
        return [_parse_one(nlp, text) for text in texts]


def _parse_one(nlp, text: str):
    from etl.nlp import parse

    try:
        return parse(nlp, [text])[0]
    except Exception as error:  # returned, not raised: it becomes that article's failure
        return error


class Analyzer:
    """Runs ``analyze_batch`` in a pool of worker processes, or in-process for one worker.

    The pool starts at the first batch, so a run that parses nothing starts no process.
    Use it as a context manager; leaving stops the workers, at once when leaving on an
    error or an interrupt.
    """

    def __init__(self, model_name: str, workers: int) -> None:
        self.model_name = model_name
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, articles: Sequence[Article]) -> Future[AnalyzedBatch]:
        """Start analyzing a batch; in-process, it is done when this returns."""
        if self.workers == 1:
            done: Future[AnalyzedBatch] = Future()
            done.set_result(analyze_batch(self.model_name, articles))
            return done
        if self._pool is None:
            from etl.gazetteer import default_gazetteer

            # A first run builds the place index (about 20 s and 0.9 GB): once, here, rather
            # than in every worker at the same time.
            default_gazetteer()
            # spawn, not fork: the parent holds database connections and threads (the
            # embedded server's), which a forked child must not inherit.
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker,
                initargs=(os.getpid(),),
            )
        try:
            return self._pool.submit(analyze_batch, self.model_name, tuple(articles))
        except BrokenProcessPool as error:
            # A worker died (killed, out of memory): the pool takes no more work. Each batch
            # sent from now fails the way the lost one did, and the run still reports every article.
            failed: Future[AnalyzedBatch] = Future()
            failed.set_exception(error)
            return failed

    @property
    def started(self) -> bool:
        """Whether worker processes were started (a run that parsed nothing starts none)."""
        return self._pool is not None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if self._pool is None:
            return
        if exc_type is not None:
            # The batches being parsed will not be loaded: stop their workers rather than wait
            # for them. The executor has no public way to; its process table is stable since 3.2.
            for process in self._pool._processes.values():
                process.terminate()
        self._pool.shutdown(cancel_futures=True)
