"""The orchestrator: read -> clean -> extract -> resolve -> load, one article at a time.

Each article runs in its own transaction; a failure is recorded in the ingest
log and the report, and the run carries on with the next input.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine

from etl import __version__
from etl.clean import clean
from etl.config import Settings
from etl.db import migrate
from etl.db.engine import database
from etl.errors import StageError
from etl.extract import extract, parse_text
from etl.gazetteer import default_gazetteer
from etl.geocode import geocode
from etl.load import RunContext, load_article, loaded_article_id, log_outcome
from etl.nlp import load_nlp
from etl.progress import NULL_PROGRESS, Progress
from etl.read import discover, read_file
from etl.records import ArticleReport, Counts, InputFile, ReadFailure, RunReport, Stage
from etl.resolve import resolve

T = TypeVar("T")


def run(
    paths: Iterable[str | Path],
    settings: Settings,
    *,
    connection: Connection | None = None,
    progress: Progress = NULL_PROGRESS,
) -> RunReport:
    """Load every article under ``paths`` into the database.

    Args:
        paths: files or folders of articles.
        settings: where the database is and which spaCy model to use.
        connection: an open connection to use instead of ``settings`` (tests pass one inside
            a transaction; each article then gets a savepoint). Its schema must be at head.
        progress: told the number of inputs and each article's outcome.

    Returns:
        One report entry per input; failures are in the report, not raised.
    """
    context = RunContext(run_id=uuid.uuid4(), extractor_version=__version__)
    report = RunReport(run_id=str(context.run_id))
    inputs = discover(paths)
    progress.start(len(inputs))
    if connection is not None:
        _run_all(inputs, settings, _savepoints(connection), context, report, progress)
    else:
        with database(settings) as engine:
            migrate.upgrade(engine)
            _run_all(inputs, settings, _transactions(engine), context, report, progress)
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


def _run_all(
    inputs: list[InputFile | ReadFailure],
    settings: Settings,
    transaction: ArticleTransaction,
    context: RunContext,
    report: RunReport,
    progress: Progress,
) -> None:
    for item in inputs:
        article_report = _run_one(item, settings, transaction, context, report.stage_seconds)
        report.articles.append(article_report)
        progress.article_done(article_report)


def _run_one(
    item: InputFile | ReadFailure,
    settings: Settings,
    transaction: ArticleTransaction,
    context: RunContext,
    stage_seconds: dict[str, float],
) -> ArticleReport:
    started_at = dt.datetime.now(dt.UTC)
    clock = time.perf_counter()
    input_hash = item.input_hash if isinstance(item, ReadFailure) else ""
    try:
        if isinstance(item, ReadFailure):
            raise StageError(item.source, "read", item.reason)
        raw = _stage("read", item.source, stage_seconds, lambda: read_file(item))
        if isinstance(raw, ReadFailure):
            input_hash = raw.input_hash
            raise StageError(raw.source, "read", raw.reason)
        article = _stage("clean", item.source, stage_seconds, lambda: clean(raw))
        input_hash = article.key
        unchanged = _stage("load", item.source, stage_seconds,
                           lambda: _log_if_loaded(transaction, context, item.source, input_hash, started_at, clock))
        if unchanged is not None:
            return unchanged
        nlp = load_nlp(settings.spacy_model)
        extraction = _stage("extract", item.source, stage_seconds, lambda: extract(article, nlp(parse_text(article))))
        # Geocoding counts as part of resolve: the ingest log's stages stay as they are.
        resolved = _stage("resolve", item.source, stage_seconds,
                          lambda: geocode(resolve(extraction), default_gazetteer()))
        return _stage("load", item.source, stage_seconds,
                      lambda: _load(transaction, context, resolved, item.source, started_at, clock))
    except StageError as error:
        report = ArticleReport(
            item.source, "failed", stage=error.stage, error=error.reason, seconds=time.perf_counter() - clock
        )
        try:
            _stage("load", item.source, stage_seconds,
                   lambda: _log_in(transaction, context, report, input_hash, started_at, None))
        except StageError as log_error:
            report = replace(report, error=f"{report.error} (and not logged: {log_error.reason})")
        return report


def _log_if_loaded(transaction: ArticleTransaction, context: RunContext, source: str, input_hash: str,
                   started_at: dt.datetime, clock: float) -> ArticleReport | None:
    """Skip an article whose text is loaded already, before the costly parse."""
    with transaction() as connection:
        existing = loaded_article_id(connection, input_hash)
        if existing is None:
            return None
        report = ArticleReport(source, "unchanged", seconds=time.perf_counter() - clock)
        _log(connection, context, report, input_hash, started_at, existing)
        return report


def _load(transaction: ArticleTransaction, context: RunContext, resolved, source: str,
          started_at: dt.datetime, clock: float) -> ArticleReport:
    with transaction() as connection:
        article_id = load_article(connection, resolved, context)
        if article_id is None:
            # Another run loaded the same text between our check and our insert.
            report = ArticleReport(source, "unchanged", seconds=time.perf_counter() - clock)
            article_id = loaded_article_id(connection, resolved.article.key)
        else:
            report = ArticleReport(source, "loaded", Counts.of(resolved), seconds=time.perf_counter() - clock)
        _log(connection, context, report, resolved.article.key, started_at, article_id)
        return report


def _log_in(transaction: ArticleTransaction, context: RunContext, report: ArticleReport, input_hash: str,
            started_at: dt.datetime, article_id: int | None) -> None:
    with transaction() as connection:
        _log(connection, context, report, input_hash, started_at, article_id)


def _stage(stage: Stage, source: str, stage_seconds: dict[str, float], work: Callable[[], T]) -> T:
    """Run one stage, timing it and naming it in any error."""
    clock = time.perf_counter()
    try:
        return work()
    except StageError:
        raise
    except Exception as error:  # quarantine: one article's failure must not stop the run
        raise StageError(source, stage, f"{type(error).__name__}: {error}".splitlines()[0]) from error
    finally:
        stage_seconds[stage] = stage_seconds.get(stage, 0.0) + time.perf_counter() - clock


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
