"""The orchestrator: read -> clean -> (parse -> extract -> resolve) -> load.

This process reads each article and looks its text up, a batch at a time, before
the costly parse: an article loaded already by the same extractor version is
logged unchanged (a text or JSON line is not even cleaned). The rest go in small
batches to ``etl.parallel`` (worker processes, or this process for one worker);
their results come back in input order and each batch is loaded here in one
transaction, so a crash loses at most the batches in flight and a re-run finishes
them. Each input's outcome is appended to the ingest events, and the run itself is a
row in ``runs`` (see ``etl.history``). A failure is recorded there and in the report,
and the run carries on with the next input. Only a few batches are in flight at once,
so memory does not grow with the corpus.
"""

from __future__ import annotations

import datetime as dt
import signal
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine

from etl import __version__
from etl.clean import clean, known_key
from etl.config import Settings
from etl.db import migrate
from etl.db.engine import database
from etl.errors import InputError, Interrupted, StageError, interrupt_behind, one_line
from etl.history import recorded_run
from etl.load import (
    Outcome,
    RunContext,
    articles_at,
    load_articles,
    loaded_article_id,
    loaded_articles,
    log_outcomes,
)
from etl.parallel import Analyzer
from etl.progress import NULL_PROGRESS, Progress
from etl.read import discover, expected_articles, read_discovered
from etl.records import (
    Analysis,
    AnalyzedBatch,
    Article,
    ArticleReport,
    Counts,
    InputFile,
    RawArticle,
    ReadFailure,
    RunReport,
    Stage,
)

T = TypeVar("T")

BATCH_SIZE = 16
"""Most articles per ``nlp.pipe`` batch and per load transaction: enough to spread each load's
fixed cost, few enough that the progress bar moves and a crash loses little. Fewer towards the
end of a run, so that no worker idles while another parses a long last batch."""
STEPS = ("read", "clean", "parse", "extract", "resolve", "load")
BATCHES_PER_WORKER = 2
"""Batches in flight per worker: one being parsed, one queued, so no worker waits for the parent."""
MAX_WAITING = 64
"""Finished articles held back behind one not yet parsed before its batch is sent short."""


def run(
    paths: Iterable[str | Path],
    settings: Settings,
    *,
    connection: Connection | None = None,
    progress: Progress = NULL_PROGRESS,
    workers: int = 1,
    force: bool = False,
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

    Returns:
        One report entry per article, in input order; failures are in the report, not raised.

    Raises:
        Interrupted: Ctrl-C (or SIGTERM raised as ``Interrupted``) stopped the run; the batch
            being loaded was rolled back, and a re-run loads the rest.
    """
    clock = time.perf_counter()
    context = RunContext(run_id=uuid.uuid4(), extractor_version=__version__)
    paths = list(paths)
    inputs = discover(paths)
    expected = expected_articles(inputs, settings.max_bytes)
    # Starting workers costs a model load each: never more of them than articles.
    workers = max(1, min(workers, expected if expected is not None else workers))
    batch_size = min(BATCH_SIZE, -(-expected // workers)) if expected else BATCH_SIZE
    report = RunReport(run_id=str(context.run_id), stage_seconds=dict.fromkeys(STEPS, 0.0))
    progress.start(expected)
    loader: _Run | None = None
    with _stopped_on_interrupt(progress, lambda: loader.committed if loader else 0), \
            Analyzer(settings.spacy_model, workers) as analyzer, ExitStack() as stack:
        if connection is not None:
            transaction = _savepoints(connection)
        else:
            engine = stack.enter_context(database(settings))
            migrate.upgrade(engine)
            transaction = _transactions(engine)
        arguments = {"paths": [str(path) for path in paths], "workers": workers, "force": force}
        loader = _Run(transaction, context, analyzer, batch_size, report, progress, force, expected)
        with recorded_run(transaction, context, arguments, report):
            loader.all(inputs, settings.max_bytes)
        report.workers = workers if analyzer.started else 1
    report.seconds = time.perf_counter() - clock
    progress.finish()
    return report


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


ArticleTransaction = Callable[[], AbstractContextManager[Connection]]
"""Opens the transaction (or savepoint) of one batch of articles, or of one article."""


def _savepoints(connection: Connection) -> ArticleTransaction:
    @contextmanager
    def article_transaction() -> Iterator[Connection]:
        with connection.begin_nested():
            yield connection

    return article_transaction


def _transactions(engine: Engine) -> ArticleTransaction:
    @contextmanager
    def article_transaction() -> Iterator[Connection]:
        with engine.begin() as connection:
            yield connection

    return article_transaction


@dataclass(slots=True)
class _Batch:
    """Articles sent to the analyzer together and, once they are loaded, their reports."""

    future: Future[AnalyzedBatch]
    jobs: list[_Job]
    reports: list[ArticleReport] | None = None


@dataclass(slots=True)
class _Job:
    """An article read and not reported yet: to look up, then to parse and load, or done with early."""

    raw: RawArticle
    key: str
    """What ``clean`` will give as ``Article.key``."""
    article: Article | None
    """None until cleaned: a text whose key is known without cleaning is cleaned only if parsed."""
    started_at: dt.datetime
    clock: float
    replacing: int | None = None
    early: ArticleReport | None = None
    """Its report when it needs no parsing (unchanged) or failed before."""
    batch: _Batch | None = None
    index: int = 0

    @property
    def uri(self) -> str | None:
        """Its identity where known before the parse: a page's from its metadata, else where it was read."""
        return self.article.uri if self.article is not None else self.raw.uri


@dataclass(slots=True)
class _Run:
    transaction: ArticleTransaction
    context: RunContext
    analyzer: Analyzer
    batch_size: int
    report: RunReport
    progress: Progress
    force: bool
    expected: int | None
    """Articles the inputs hold, when known (not for standard input)."""
    prepared: int = 0
    waiting: deque[_Job | ArticleReport] = field(default_factory=deque)
    """Every article not reported yet, in input order: finished ones wait behind unfinished ones."""
    unchecked: list[_Job] = field(default_factory=list)
    """Articles to look up in the database, a batch at a time."""
    unsent: list[_Job] = field(default_factory=list)
    in_flight: deque[_Batch] = field(default_factory=deque)
    committed: int = 0
    """Articles loaded, counted at commit: an interrupt can come before they are all reported."""

    def all(self, inputs: list[InputFile | ReadFailure], max_bytes: int) -> None:
        for item, started_at, clock in self._timed_reads(read_discovered(inputs, max_bytes)):
            entry = self._prepare(item, started_at, clock)
            self.prepared += 1
            self.waiting.append(entry)
            if isinstance(entry, _Job):
                self.unchecked.append(entry)
            # Held-back reports are flushed rather than left waiting for a batch to fill.
            flush = len(self.waiting) > MAX_WAITING
            if len(self.unchecked) >= self.batch_size or (self.unchecked and flush):
                self._check()
            if len(self.unsent) >= self._send_size() or (self.unsent and flush):
                self._send()
            self._report_ready(limit=BATCHES_PER_WORKER * self.analyzer.workers)
        while self.unchecked:
            self._check()
        if self.unsent:
            self._send()
        self._report_ready(limit=0)

    def _send_size(self) -> int:
        """A full batch while many articles are left; then a share of what is left per worker."""
        if self.expected is None:
            return self.batch_size
        left = self.expected - self.prepared + len(self.unsent)
        return max(1, min(self.batch_size, -(-left // (BATCHES_PER_WORKER * self.analyzer.workers))))

    def _timed_reads(
        self, items: Iterator[RawArticle | ReadFailure]
    ) -> Iterator[tuple[RawArticle | ReadFailure, dt.datetime, float]]:
        while True:
            started_at, clock = dt.datetime.now(dt.UTC), time.perf_counter()
            item = next(items, None)
            self._add_seconds("read", time.perf_counter() - clock)
            if item is None:
                return
            yield item, started_at, clock

    def _prepare(self, item: RawArticle | ReadFailure, started_at: dt.datetime, clock: float) -> _Job | ArticleReport:
        """Find an article's key, cleaning it only when that is the only way (pages)."""
        if isinstance(item, ReadFailure):
            return self._failed(item.source, "read", item.reason, item.input_hash, started_at, clock, item.name)
        try:
            article = None
            key = self._stage("clean", item.source, lambda: known_key(item))
            if key is None:
                article = self._stage("clean", item.source, lambda: clean(item))
                key = article.key
        except StageError as error:
            return self._failed(error.source, error.stage, error.reason, "", started_at, clock, item.name)
        return _Job(item, key, article, started_at, clock)

    def _check(self) -> None:
        """Look a batch of articles up; the ones to parse (new, older version, --force) join the next batch.

        A second text for one URI (a JSON line's url twice) waits for the first to be loaded,
        so that it is looked up after it and replaces it, as in a later run.
        """
        jobs, self.unchecked = _until_a_uri_repeats(self.unchecked)
        if {job.uri for job in jobs if job.uri} & self._uris_not_loaded():
            self._load_in_flight()
        try:
            self._stage("load", jobs[0].raw.source, lambda: self._skip_current(jobs))
        except StageError as error:
            for job in jobs:
                job.early = self._job_failed(job, "load", error.reason)
            return
        for job in jobs:
            if job.early is not None:
                continue
            try:
                if job.article is None:
                    job.article = self._stage("clean", job.raw.source, lambda: clean(job.raw))
            except StageError as error:
                job.early = self._job_failed(job, error.stage, error.reason)
                continue
            self.unsent.append(job)

    def _uris_not_loaded(self) -> set[str | None]:
        """The URIs of the articles sent to be parsed and not loaded yet."""
        return {job.uri for job in self.unsent} | {job.uri for batch in self.in_flight for job in batch.jobs}

    def _load_in_flight(self) -> None:
        """Parse and load every article sent, now; their reports wait for their turn."""
        if self.unsent:
            self._send()
        for batch in list(self.in_flight):
            if batch.reports is None:
                batch.reports = self._load_batch(batch)

    def _skip_current(self, jobs: list[_Job]) -> None:
        """Look the texts up: log the ones this extractor version loaded already (unless --force)
        unchanged, and note which row each of the others replaces: the same text's, else the
        article at the same URI (its text changed).

        One transaction for a batch, since this is all a re-run does for most articles.
        """
        with self.transaction() as connection:
            found = loaded_articles(connection, [job.key for job in jobs])
            at_uri = articles_at(connection, [job.uri for job in jobs if job.key not in found and job.uri])
            outcomes = []
            for job in jobs:
                existing = found.get(job.key)
                if existing is None or self.force or existing.extractor_version != self.context.extractor_version:
                    job.replacing = existing.id if existing is not None else at_uri.get(job.uri)
                    continue
                job.early = ArticleReport(job.raw.source, "unchanged", seconds=time.perf_counter() - job.clock,
                                          article_id=existing.id, name=job.raw.name)
                outcomes.append(_outcome(job.early, job.key, job.started_at))
            log_outcomes(connection, self.context, outcomes)

    def _send(self) -> None:
        batch = _Batch(self.analyzer.submit([job.article for job in self.unsent]), self.unsent)
        for index, job in enumerate(self.unsent):
            job.batch, job.index = batch, index
        self.in_flight.append(batch)
        self.unsent = []

    def _report_ready(self, limit: int) -> None:
        """Report articles from the front while they are done, or while more than ``limit`` batches are out."""
        while self.waiting:
            head = self.waiting[0]
            if isinstance(head, _Job) and head.early is not None:
                head = head.early
            elif isinstance(head, _Job):
                if head.batch is None:
                    return
                if not head.batch.future.done() and len(self.in_flight) <= limit:
                    return
                head = self._finish(head)
            self.waiting.popleft()
            self.report.articles.append(head)
            self.progress.article_done(head)

    def _finish(self, job: _Job) -> ArticleReport:
        batch = job.batch
        if batch.reports is None:
            batch.reports = self._load_batch(batch)
        return batch.reports[job.index]

    def _load_batch(self, batch: _Batch) -> list[ArticleReport]:
        """Load a batch's articles in one transaction, so a crash loses at most this batch."""
        analyses = self._answer(batch)
        ready = [(job, analysis) for job, analysis in zip(batch.jobs, analyses, strict=True) if analysis.resolved]
        try:
            loaded = self._stage("load", batch.jobs[0].article.source, lambda: self._load(ready)) if ready else []
        except StageError:
            # One article broke the shared transaction: load each alone, so only that one fails.
            loaded = [self._load_alone(job, analysis) for job, analysis in ready]
        self.committed += sum(report.status == "loaded" for report in loaded)
        reports = iter(loaded)
        return [
            next(reports) if analysis.resolved
            else self._job_failed(job, analysis.failed_stage or "extract", analysis.error or "")
            for job, analysis in zip(batch.jobs, analyses, strict=True)
        ]

    def _answer(self, batch: _Batch) -> tuple[Analysis, ...]:
        try:
            answer = batch.future.result()
        except Exception as error:  # a worker died (killed, out of memory): its batch fails, the run goes on
            failure = Analysis(None, "extract", f"worker process failed: {one_line(error)}")
            answer = AnalyzedBatch((failure,) * len(batch.jobs), ())
        for step, seconds in answer.stage_seconds:
            self._add_seconds(step, seconds)
        self.in_flight.remove(batch)
        return answer.analyses

    def _load_alone(self, job: _Job, analysis: Analysis) -> ArticleReport:
        try:
            return self._stage("load", job.article.source, lambda: self._load([(job, analysis)]))[0]
        except StageError as error:
            return self._job_failed(job, error.stage, error.reason)

    def _load(self, ready: list[tuple[_Job, Analysis]]) -> list[ArticleReport]:
        with self.transaction() as connection:
            article_ids = load_articles(connection, [(a.resolved, job.replacing) for job, a in ready], self.context)
            reports = []
            for (job, analysis), article_id in zip(ready, article_ids, strict=True):
                resolved, source = analysis.resolved, job.article.source
                seconds = time.perf_counter() - job.clock
                if article_id is None:
                    # Another run (or an earlier article of this batch) loaded the same text first.
                    article_id = loaded_article_id(connection, resolved.article.key)
                    report = ArticleReport(source, "unchanged", seconds=seconds, article_id=article_id,
                                           name=job.raw.name)
                else:
                    report = ArticleReport(source, "loaded", Counts.of(resolved), seconds=seconds,
                                           article_id=article_id, name=job.raw.name)
                reports.append(report)
            log_outcomes(connection, self.context,
                         [_outcome(report, job.article.key, job.started_at) for (job, _), report in zip(ready, reports)])
            return reports

    def _job_failed(self, job: _Job, stage: Stage, reason: str) -> ArticleReport:
        return self._failed(job.raw.source, stage, reason, job.key, job.started_at, job.clock, job.raw.name)

    def _failed(self, source: str, stage: Stage, reason: str, input_hash: str, started_at: dt.datetime,
                clock: float, name: str | None = None) -> ArticleReport:
        report = ArticleReport(source, "failed", stage=stage, error=reason, seconds=time.perf_counter() - clock,
                               name=name)
        try:
            self._stage("load", source, lambda: self._log_failure(report, input_hash, started_at))
        except StageError as log_error:
            report = replace(report, error=f"{report.error} (and not logged: {log_error.reason})")
        return report

    def _log_failure(self, report: ArticleReport, input_hash: str, started_at: dt.datetime) -> None:
        with self.transaction() as connection:
            log_outcomes(connection, self.context, [_outcome(report, input_hash, started_at)])

    def _stage(self, stage: Stage, source: str, work: Callable[[], T]) -> T:
        """Run one stage here, timing it and naming it in any error."""
        clock = time.perf_counter()
        try:
            return work()
        except StageError:
            raise
        except InputError as error:
            raise StageError(source, stage, error.reason) from error
        except Exception as error:  # quarantine: one article's failure must not stop the run
            if interrupt_behind(error) is not None:
                raise  # a rollback that failed after Ctrl-C: the run stops, no article failed
            raise StageError(source, stage, one_line(error)) from error
        finally:
            self._add_seconds(stage, time.perf_counter() - clock)

    def _add_seconds(self, step: str, seconds: float) -> None:
        self.report.stage_seconds[step] = self.report.stage_seconds.get(step, 0.0) + seconds


def _until_a_uri_repeats(jobs: list[_Job]) -> tuple[list[_Job], list[_Job]]:
    """``jobs`` split before the first whose URI an earlier one has: those are looked up together."""
    seen: set[str] = set()
    for index, job in enumerate(jobs):
        if job.uri is not None and job.uri in seen:
            return jobs[:index], jobs[index:]
        if job.uri is not None:
            seen.add(job.uri)
    return jobs, []


def _outcome(report: ArticleReport, input_hash: str, started_at: dt.datetime) -> Outcome:
    return Outcome(
        source=report.source,
        input_hash=input_hash,
        status=report.status,
        started_at=started_at,
        seconds=report.seconds,
        article_id=report.article_id,
        stage=report.stage,
        error=report.error,
    )
