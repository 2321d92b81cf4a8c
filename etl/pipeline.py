"""The orchestrator: read -> clean -> (parse -> extract -> resolve) -> load.

This process reads and cleans each article and skips it, before the costly parse,
when its text is loaded already by the same extractor version. The rest go in
small batches to ``etl.parallel`` (worker processes, or this process for one
worker); their results come back in input order and are loaded here, each article
in its own transaction, so a crash loses at most the articles in flight and a
re-run finishes them. A failure is recorded in the ingest log and the report, and
the run carries on with the next input. Only a few batches are in flight at once,
so memory does not grow with the corpus.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine

from etl import __version__
from etl.clean import clean, known_key
from etl.config import Settings
from etl.db import migrate
from etl.db.engine import database
from etl.errors import InputError, StageError, one_line
from etl.load import LoadedArticle, RunContext, load_articles, loaded_article, loaded_article_id, log_outcome
from etl.parallel import Analyzer
from etl.progress import NULL_PROGRESS, Progress
from etl.read import discover, expected_articles, read_discovered
from etl.records import (
    Analysis,
    AnalyzedBatch,
    Article,
    ArticleReport,
    Counts,
    RawArticle,
    ReadFailure,
    RunReport,
    Stage,
)

T = TypeVar("T")

BATCH_SIZE = 8
"""Most articles per ``nlp.pipe`` batch: enough to batch the parser's work, few enough that the
progress bar moves and a crash loses little. Fewer when that keeps every worker busy."""
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
            a transaction; each article then gets a savepoint). Its schema must be at head.
        progress: told the number of articles (None when unknown) and each article's outcome.
        workers: processes that parse; 1 parses in this process.
        force: re-extract articles already loaded by this version, replacing their rows.

    Returns:
        One report entry per article, in input order; failures are in the report, not raised.
    """
    clock = time.perf_counter()
    context = RunContext(run_id=uuid.uuid4(), extractor_version=__version__)
    inputs = discover(paths)
    expected = expected_articles(inputs)
    # Starting workers costs a model load each: never more of them than articles.
    workers = max(1, min(workers, expected if expected is not None else workers))
    batch_size = min(BATCH_SIZE, -(-expected // workers)) if expected else BATCH_SIZE
    report = RunReport(run_id=str(context.run_id), workers=workers, stage_seconds=dict.fromkeys(STEPS, 0.0))
    progress.start(expected)
    with Analyzer(settings.spacy_model, workers) as analyzer:
        if connection is not None:
            _Run(_savepoints(connection), context, analyzer, batch_size, report, progress, force).all(inputs)
        else:
            with database(settings) as engine:
                migrate.upgrade(engine)
                _Run(_transactions(engine), context, analyzer, batch_size, report, progress, force).all(inputs)
    report.seconds = time.perf_counter() - clock
    progress.finish()
    return report


ArticleTransaction = Callable[[], AbstractContextManager[Connection]]


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
    """An article waiting for its analysis, and what loading it needs to know."""

    article: Article
    started_at: dt.datetime
    clock: float
    replacing: int | None
    batch: _Batch | None = None
    index: int = 0


@dataclass(slots=True)
class _Run:
    transaction: ArticleTransaction
    context: RunContext
    analyzer: Analyzer
    batch_size: int
    report: RunReport
    progress: Progress
    force: bool
    waiting: deque[_Job | ArticleReport] = field(default_factory=deque)
    """Every article not reported yet, in input order: finished ones wait behind unfinished ones."""
    unsent: list[_Job] = field(default_factory=list)
    in_flight: deque[_Batch] = field(default_factory=deque)

    def all(self, inputs) -> None:
        for item, started_at, clock in self._timed_reads(read_discovered(inputs)):
            self.waiting.append(self._prepare(item, started_at, clock))
            if len(self.unsent) == self.batch_size or (self.unsent and len(self.waiting) > MAX_WAITING):
                self._send()
            self._report_ready(limit=BATCHES_PER_WORKER * self.analyzer.workers)
        if self.unsent:
            self._send()
        self._report_ready(limit=0)

    def _timed_reads(self, items: Iterator[RawArticle | ReadFailure]):
        while True:
            started_at, clock = dt.datetime.now(dt.UTC), time.perf_counter()
            item = next(items, None)
            self._add_seconds("read", time.perf_counter() - clock)
            if item is None:
                return
            yield item, started_at, clock

    def _prepare(self, item: RawArticle | ReadFailure, started_at: dt.datetime, clock: float) -> _Job | ArticleReport:
        """Clean an article and decide whether it needs parsing; anything else is reported at once."""
        input_hash = item.input_hash if isinstance(item, ReadFailure) else ""
        try:
            if isinstance(item, ReadFailure):
                raise StageError(item.source, "read", item.reason)
            article = None
            key = self._stage("clean", item.source, lambda: known_key(item))
            if key is None:
                article = self._stage("clean", item.source, lambda: clean(item))
                key = article.key
            input_hash = key
            existing, unchanged = self._stage("load", item.source,
                                              lambda: self._skip_if_current(item.source, key, started_at, clock))
            if unchanged is not None:
                return unchanged
            if article is None:
                article = self._stage("clean", item.source, lambda: clean(item))
            job = _Job(article, started_at, clock, replacing=existing.id if existing is not None else None)
            self.unsent.append(job)
            return job
        except StageError as error:
            return self._failed(error.source, error.stage, error.reason, input_hash, started_at, clock)

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
            if isinstance(head, _Job):
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
        reports = iter(loaded)
        return [
            next(reports) if analysis.resolved else self._failed(
                job.article.source, analysis.failed_stage or "extract", analysis.error or "", job.article.key,
                job.started_at, job.clock)
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

    def _skip_if_current(self, source: str, key: str, started_at: dt.datetime,
                         clock: float) -> tuple[LoadedArticle | None, ArticleReport | None]:
        """Look the text up; if this extractor version loaded it (and no --force), log it unchanged.

        One transaction for both, since this is all a re-run does for most articles.
        """
        with self.transaction() as connection:
            existing = loaded_article(connection, key)
            if existing is None or self.force or existing.extractor_version != self.context.extractor_version:
                return existing, None
            report = ArticleReport(source, "unchanged", seconds=time.perf_counter() - clock)
            _log(connection, self.context, report, key, started_at, existing.id)
            return existing, report

    def _load_alone(self, job: _Job, analysis: Analysis) -> ArticleReport:
        try:
            return self._stage("load", job.article.source, lambda: self._load([(job, analysis)]))[0]
        except StageError as error:
            return self._failed(job.article.source, error.stage, error.reason, job.article.key, job.started_at,
                                job.clock)

    def _load(self, ready: list[tuple[_Job, Analysis]]) -> list[ArticleReport]:
        with self.transaction() as connection:
            article_ids = load_articles(connection, [(a.resolved, job.replacing) for job, a in ready], self.context)
            reports = []
            for (job, analysis), article_id in zip(ready, article_ids, strict=True):
                resolved, source = analysis.resolved, job.article.source
                seconds = time.perf_counter() - job.clock
                if article_id is None:
                    # Another run (or an earlier article of this batch) loaded the same text first.
                    report = ArticleReport(source, "unchanged", seconds=seconds)
                    article_id = loaded_article_id(connection, resolved.article.key)
                else:
                    report = ArticleReport(source, "loaded", Counts.of(resolved), seconds=seconds)
                _log(connection, self.context, report, resolved.article.key, job.started_at, article_id)
                reports.append(report)
            return reports

    def _failed(self, source: str, stage: Stage, reason: str, input_hash: str, started_at: dt.datetime,
                clock: float) -> ArticleReport:
        report = ArticleReport(source, "failed", stage=stage, error=reason, seconds=time.perf_counter() - clock)
        try:
            self._stage("load", source, lambda: self._log_failure(report, input_hash, started_at))
        except StageError as log_error:
            report = replace(report, error=f"{report.error} (and not logged: {log_error.reason})")
        return report

    def _log_failure(self, report: ArticleReport, input_hash: str, started_at: dt.datetime) -> None:
        with self.transaction() as connection:
            _log(connection, self.context, report, input_hash, started_at, None)

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
            raise StageError(source, stage, one_line(error)) from error
        finally:
            self._add_seconds(stage, time.perf_counter() - clock)

    def _add_seconds(self, step: str, seconds: float) -> None:
        self.report.stage_seconds[step] = self.report.stage_seconds.get(step, 0.0) + seconds


def _log(connection: Connection, context: RunContext, report: ArticleReport, input_hash: str,
         started_at: dt.datetime, article_id: int | None) -> None:
    log_outcome(
        connection,
        context=context,
        source=report.source,
        input_hash=input_hash,
        status=report.status,
        started_at=started_at,
        seconds=report.seconds,
        article_id=article_id,
        stage=report.stage,
        error=report.error,
    )
