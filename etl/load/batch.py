"""Loads a batch of analysed articles in one transaction, and logs every input's outcome.

One transaction a batch spreads its fixed cost, and a crash loses at most the batch
being loaded (a re-run finishes it). When an article breaks the shared transaction,
each article of the batch is loaded alone, so that only that one fails. Every input
gets an ingest event: loaded, unchanged, or failed with its stage and reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace

from sqlalchemy import Connection

from etl.errors import StageError, quarantined
from etl.load.rows import Outcome, RunContext, load_articles, loaded_article_id, log_outcomes
from etl.records import Analysis, ArticleReport, Counts, Job, Stage

ArticleTransaction = Callable[[], AbstractContextManager[Connection]]
"""Opens the transaction (or savepoint) of one batch of articles, or of one article."""


def savepoints(connection: Connection) -> ArticleTransaction:
    """A savepoint of ``connection`` per batch: for a caller that owns the transaction (tests)."""

    @contextmanager
    def article_transaction() -> Iterator[Connection]:
        with connection.begin_nested():
            yield connection

    return article_transaction


def transactions(connection: Connection) -> ArticleTransaction:
    """A transaction of its own per batch, all on the run's one connection, committed without waiting for the disk.

    Taking a connection from the engine's pool for each batch cost a round trip to the
    server each time (the pool's ping), in the one process that loads. A connection the
    server dropped is replaced at the next transaction (SQLAlchemy reconnects), and commits
    on the new one wait for the disk again (slower, never less safe).
    """
    # The commit returns before the server has flushed its write-ahead log to disk (it does
    # so within a fraction of a second). A crash of the server or the machine may then lose
    # the last batches committed, whole: each batch's rows and its ingest events commit
    # together, nothing is half-loaded, and a re-run loads those articles again. Waiting for
    # the flush took 0.5 ms (a batch of one article) to 3 ms (sixteen) of every commit. Only
    # this session's commits: the server's own settings stay as they are.
    with connection.begin():
        connection.exec_driver_sql("SET synchronous_commit = off")

    @contextmanager
    def article_transaction() -> Iterator[Connection]:
        with connection.begin():
            yield connection

    return article_transaction


def failed_report(job: Job, stage: Stage, reason: str) -> ArticleReport:
    return ArticleReport(job.source, "failed", stage=stage, error=reason, seconds=time.perf_counter() - job.clock,
                         name=job.name)


@dataclass(slots=True)
class BatchLoader:
    transaction: ArticleTransaction
    context: RunContext
    stage_seconds: dict[str, float]
    """The run's time per stage: loading adds to ``load``."""
    committed: int = 0
    """Articles loaded, counted at commit: an interrupt can come before they are all reported."""

    def load(self, batch: Sequence[tuple[Job, Analysis | None]]) -> list[ArticleReport]:
        """Load the batch's analysed articles and log every input's outcome; one report per input, in order.

        Args:
            batch: each job, with what the workers made of it (None for a job done with
                already: its report is set).
        """
        clock = time.perf_counter()
        try:
            return self._load(batch)
        finally:
            self.stage_seconds["load"] = self.stage_seconds.get("load", 0.0) + time.perf_counter() - clock

    def _load(self, batch: Sequence[tuple[Job, Analysis | None]]) -> list[ArticleReport]:
        jobs = [job if job.report is not None or analysis.resolved is not None
                else replace(job, report=failed_report(job, analysis.failed_stage or "parse", analysis.error or ""))
                for job, analysis in batch]
        ready = [(job, analysis) for job, (_, analysis) in zip(jobs, batch, strict=True) if job.report is None]
        done = [job for job in jobs if job.report is not None]
        try:
            loaded = quarantined(jobs[0].source, "load", lambda: self._commit(ready, done))
        except StageError:
            # One article broke the shared transaction: load each alone, so only that one fails.
            loaded = [self._load_alone(job, analysis) for job, analysis in ready]
            done = self._log_alone(done)
        self.committed += sum(report.status == "loaded" for report in loaded)
        reports = {id(job): job.report for job in done} | {id(job): report for (job, _), report in zip(ready, loaded)}
        return [reports[id(job)] for job in jobs]

    def _commit(self, ready: list[tuple[Job, Analysis]], done: list[Job]) -> list[ArticleReport]:
        with self.transaction() as connection:
            reports = self._insert(connection, ready) if ready else []
            log_outcomes(connection, self.context,
                         [_outcome(job, report) for (job, _), report in zip(ready, reports)]
                         + [_outcome(job, job.report) for job in done])
            return reports

    def _insert(self, connection: Connection, ready: list[tuple[Job, Analysis]]) -> list[ArticleReport]:
        article_ids = load_articles(connection, [(analysis.resolved, job.replacing) for job, analysis in ready],
                                    self.context)
        reports = []
        for (job, analysis), article_id in zip(ready, article_ids, strict=True):
            resolved = analysis.resolved
            seconds = time.perf_counter() - job.clock
            if article_id is None:
                # Another run (or an earlier article of this batch) loaded the same text first.
                article_id = loaded_article_id(connection, resolved.article.key)
                reports.append(ArticleReport(job.source, "unchanged", seconds=seconds, article_id=article_id,
                                             name=job.name))
            else:
                reports.append(ArticleReport(job.source, "loaded", Counts.of(resolved), seconds=seconds,
                                             article_id=article_id, name=job.name))
        return reports

    def _load_alone(self, job: Job, analysis: Analysis) -> ArticleReport:
        try:
            return quarantined(job.source, "load", lambda: self._commit([(job, analysis)], []))[0]
        except StageError as error:
            return self._log_alone([replace(job, report=failed_report(job, "load", error.reason))])[0].report

    def _log_alone(self, done: list[Job]) -> list[Job]:
        """Log outcomes in a transaction of their own; when even that fails, say so in each failure's report."""
        if not done:
            return done
        try:
            quarantined(done[0].source, "load", lambda: self._commit([], done))
        except StageError as error:
            return [_not_logged(job, error.reason) if job.report.status == "failed" else job for job in done]
        return done


def _not_logged(job: Job, reason: str) -> Job:
    return replace(job, report=replace(job.report, error=f"{job.report.error} (and not logged: {reason})"))


def _outcome(job: Job, report: ArticleReport) -> Outcome:
    return Outcome(
        source=report.source,
        input_hash=job.key,
        status=report.status,
        started_at=job.started_at,
        seconds=report.seconds,
        article_id=report.article_id,
        stage=report.stage,
        error=report.error,
    )
