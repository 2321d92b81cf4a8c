"""The orchestrator: read -> clean -> parse -> extract -> resolve -> geocode -> load.

This process reads the inputs and finds each text's key (its hash) without cleaning
where it can; ``etl.load.lookup`` then tells, a few dozen inputs at a time, which are
loaded already by this extractor version (reported unchanged, never parsed). Pages are
cleaned by the executor first, since only their main text has a key, and looked up
then. The rest go in batches to the executor (``etl.executors``: worker processes, this
process for one worker, or a Dask cluster), which cleans, parses, extracts, resolves and
geocodes them and gives the batches back in input order, a few in flight at a time so
memory stays flat.
``etl.load.batch`` loads each batch in one transaction here, the only writer, and logs
every input's outcome, so a crash loses at most the batches in flight and a re-run
finishes them. The run itself is a row in ``runs`` (``etl.load.history``).
"""

from __future__ import annotations

import datetime as dt
import signal
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from etl import __version__
from etl.clean import known_key
from etl.config import Settings
from etl.db import migrate
from etl.db.engine import database
from etl.errors import Interrupted, StageError, interrupt_behind, quarantined
from etl.executors import Executor
from etl.executors.local import LocalPool
from etl.load.batch import ArticleTransaction, BatchLoader, failed_report, savepoints, transactions
from etl.load.history import recorded_run
from etl.load.lookup import Lookup
from etl.load.rows import RunContext
from etl.progress import NULL_PROGRESS, Progress
from etl.read import discover, expected_articles, read_discovered
from etl.records import (
    STAGES,
    Analysis,
    AnalyzedBatch,
    Article,
    ArticleReport,
    CleanedBatch,
    InputFile,
    Job,
    ReadFailure,
    RunReport,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection

BATCH_SIZE = 16
"""Most articles per ``nlp.pipe`` batch and per load transaction: enough to spread each load's
fixed cost, few enough that the progress bar moves and a crash loses little. Fewer towards the
end of a run, so that no worker idles while another works on a long last batch."""
MAX_WAITING = 64
"""Inputs in one batch at most, counting the ones done with before parsing (failed, unchanged);
and inputs looked up in one query."""


def run(
    paths: Iterable[str | Path],
    settings: Settings,
    *,
    connection: Connection | None = None,
    progress: Progress = NULL_PROGRESS,
    workers: int = 1,
    force: bool = False,
    cluster: str | None = None,
) -> RunReport:
    """Load every article under ``paths`` into the database.

    Args:
        paths: files, folders, glob patterns, or ``-`` for standard input.
        settings: where the database is and which spaCy model to use.
        connection: an open connection to use instead of ``settings`` (tests pass one inside
            a transaction; each batch then gets a savepoint). Its schema must be at head.
        progress: told the number of articles (None when unknown) and each article's outcome.
        workers: processes that parse; 1 parses in this process.
        force: re-extract articles already loaded by this version, replacing their rows.
        cluster: a Dask scheduler's address (``tcp://host:8786``), or ``local:N`` for a local
            Dask cluster of N worker processes, to work on instead of ``workers`` processes.

    Returns:
        One report entry per article, in input order; failures are in the report, not raised.

    Raises:
        ClusterError: the cluster cannot be reached, or its workers cannot load the model;
            raised before any article is read.
        Interrupted: Ctrl-C (or SIGTERM raised as ``Interrupted``) stopped the run; the batch
            being loaded was rolled back, and a re-run loads the rest.
    """
    clock = time.perf_counter()
    context = RunContext(run_id=uuid.uuid4(), extractor_version=__version__)
    paths = list(paths)
    inputs = discover(paths)
    expected = expected_articles(inputs, settings.max_bytes)
    report = RunReport(run_id=str(context.run_id), stage_seconds=dict.fromkeys(STAGES, 0.0))
    loader: BatchLoader | None = None
    with _stopped_on_interrupt(progress, lambda: loader.committed if loader else 0), ExitStack() as stack:
        executor = stack.enter_context(_executor(settings.spacy_model, workers, cluster, expected))
        transaction = savepoints(connection) if connection is not None else _database(stack, settings)
        loader = BatchLoader(transaction, context, report.stage_seconds)
        flow = _Flow(executor, Lookup(transaction, context.extractor_version, force), loader, report, expected)
        arguments = {"paths": [str(path) for path in paths], "workers": executor.workers, "force": force}
        if cluster is not None:
            arguments["cluster"] = cluster
        progress.start(expected)
        with recorded_run(transaction, context, arguments, report):
            for article in flow.reports(inputs, settings.max_bytes):
                report.articles.append(article)
                progress.article_done(article)
        report.workers = executor.workers if executor.started else 1
    report.seconds = time.perf_counter() - clock
    progress.finish()
    return report


def _executor(model_name: str, workers: int, cluster: str | None, expected: int | None) -> Executor:
    if cluster is not None:
        from etl.executors.cluster import DaskCluster

        return DaskCluster(cluster, model_name)
    # Starting workers costs a model load each: never more of them than articles.
    return LocalPool(model_name, max(1, min(workers, expected if expected is not None else workers)))


def _database(stack: ExitStack, settings: Settings) -> ArticleTransaction:
    engine = stack.enter_context(database(settings))
    migrate.upgrade(engine)
    return transactions(stack.enter_context(engine.connect()))


@contextmanager
def _stopped_on_interrupt(progress: Progress, committed: Callable[[], int]) -> Iterator[None]:
    """Turn Ctrl-C (or SIGTERM, raised as ``Interrupted``) into ``Interrupted`` with the number of articles loaded.

    By the time it gets here, the batch being loaded is rolled back and the workers are stopped.

    Args:
        progress: closed on an interrupt, so that the caller's message is not drawn over.
        committed: the number of articles loaded so far; some may not be reported yet.

    Raises:
        Interrupted: the run was interrupted; a re-run loads the articles it did not.
    """
    try:
        yield
    except BaseException as error:
        interrupt = interrupt_behind(error)
        if interrupt is None:
            raise
        progress.finish()
        signal_number = interrupt.signal_number if isinstance(interrupt, Interrupted) else signal.SIGINT
        raise Interrupted(signal_number, committed()) from error


@dataclass(slots=True)
class _Flow:
    """Inputs through the stages, as a chain of generators: each pulls batches from the one before."""

    executor: Executor
    lookup: Lookup
    loader: BatchLoader
    report: RunReport
    expected: int | None
    """Articles the inputs hold, when known (not for standard input)."""

    def reports(self, inputs: list[InputFile | ReadFailure], max_bytes: int) -> Iterator[ArticleReport]:
        """Each input's ``ArticleReport``, in input order, as its batch is loaded."""
        batches = self._batches(self._looked_up(self._jobs(inputs, max_bytes)))
        cleaned = self.executor.clean((batch, [job.raw for job in batch if _unkeyed(job)]) for batch in batches)
        looked_up = (self._with_pages(batch, answer) for batch, answer in cleaned)
        analyzed = self.executor.analyze(
            (batch, [job.article or job.raw for job in batch if job.report is None]) for batch in looked_up
        )
        for batch, answer in analyzed:
            yield from self.loader.load(self._paired(batch, answer))

    def _jobs(self, inputs: list[InputFile | ReadFailure], max_bytes: int) -> Iterator[Job]:
        items = read_discovered(inputs, max_bytes)
        while True:
            started_at, clock = dt.datetime.now(dt.UTC), time.perf_counter()
            item = next(items, None)
            self._add_seconds("read", clock)
            if item is None:
                return
            if isinstance(item, ReadFailure):
                job = Job(item.source, started_at, clock, key=item.input_hash, name=item.name)
                yield replace(job, report=failed_report(job, "read", item.reason))
                continue
            yield self._keyed(Job(item.source, started_at, clock, raw=item, name=item.name))

    def _keyed(self, job: Job) -> Job:
        """The job with its text's key, when knowing it costs no cleaning (texts, JSON lines)."""
        started = time.perf_counter()
        try:
            return replace(job, key=quarantined(job.source, "clean", lambda: known_key(job.raw)) or "")
        except StageError as error:
            return replace(job, report=failed_report(job, "clean", error.reason))
        finally:
            self._add_seconds("clean", started)

    def _looked_up(self, jobs: Iterator[Job]) -> Iterator[Job]:
        """The jobs, those whose text is loaded already reported unchanged: one query for up to
        ``MAX_WAITING`` inputs, before they are batched, so that a re-run loads (logs) its
        unchanged inputs in a few large batches rather than in many small ones."""
        while chunk := list(islice(jobs, MAX_WAITING)):
            yield from self.lookup.sort_out(chunk)

    def _batches(self, jobs: Iterator[Job]) -> Iterator[list[Job]]:
        """Jobs in batches of a full size while many are left, then a share of what is left per worker."""
        batch: list[Job] = []
        read = 0
        for job in jobs:
            batch.append(job)
            working = sum(job.report is None for job in batch)
            if working >= self._batch_size(read) or len(batch) >= MAX_WAITING:
                read += len(batch)
                yield batch
                batch = []
        if batch:
            yield batch

    def _batch_size(self, read: int) -> int:
        if self.expected is None:
            return BATCH_SIZE
        share = -(-(self.expected - read) // self.executor.in_flight)
        return max(1, min(BATCH_SIZE, -(-self.expected // self.executor.workers), share))

    def _with_pages(self, batch: list[Job], answer: CleanedBatch | None) -> list[Job]:
        """The batch with its pages' articles as the executor cleaned them, or their failures; the
        pages whose text is loaded already are reported unchanged."""
        if answer is None:
            return batch
        self.report.stage_seconds["clean"] += answer.seconds
        cleaned = iter(answer.articles)
        batch = [_with_article(job, next(cleaned)) if _unkeyed(job) else job for job in batch]
        pages = iter(self.lookup.sort_out([job for job in batch if job.article is not None]))
        return [next(pages) if job.article is not None else job for job in batch]

    def _paired(self, batch: list[Job], answer: AnalyzedBatch | None) -> list[tuple[Job, Analysis | None]]:
        """Each job with its analysis (None for one done with already)."""
        analyses = iter(answer.analyses if answer is not None else ())
        for stage, seconds in answer.stage_seconds if answer is not None else ():
            self.report.stage_seconds[stage] += seconds
        return [(job, next(analyses) if job.report is None else None) for job in batch]

    def _add_seconds(self, stage: str, since: float) -> None:
        self.report.stage_seconds[stage] += time.perf_counter() - since


def _unkeyed(job: Job) -> bool:
    """Whether only cleaning tells the job's key (a page)."""
    return job.report is None and not job.key


def _with_article(job: Job, cleaned: Article | str) -> Job:
    if isinstance(cleaned, str):
        return replace(job, report=failed_report(job, "clean", cleaned))
    return replace(job, article=cleaned, key=cleaned.key)
