"""Run history: the ``runs`` row each run leaves, written when it starts and stamped when
it ends, however it ends (done, an input failed, interrupted, or stopped by an error).

Its inputs' outcomes are the ``ingest_events`` rows the pipeline appends as it goes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress

from sqlalchemy import Connection

from etl.errors import Interrupted, one_line
from etl.load.rows import RunContext, RunEnd, record_run_end, record_run_start
from etl.records import RunReport

INTERRUPTED = 130
"""The exit status of a process stopped by Ctrl-C (128 + SIGINT), as shells report it."""


@contextmanager
def recorded_run(
    transaction: Callable[[], AbstractContextManager[Connection]],
    context: RunContext,
    arguments: dict,
    report: RunReport,
) -> Iterator[None]:
    """Record the run for the duration of the block: its row first, then how it ended.

    Args:
        transaction: opens a transaction (or savepoint) of its own for each write.
        context: the run.
        arguments: what it was asked to do, as JSON; nothing secret (no database URL).
        report: filled in by the block; its counts go in the row at the end.

    Raises:
        Whatever the block raises, after the end is recorded (if the database still answers).
    """
    with transaction() as connection:
        record_run_start(connection, context, arguments)
    try:
        yield
    except BaseException as error:
        # The run's own error is the one to report: a database that is gone too must not hide it.
        with suppress(Exception), transaction() as connection:
            record_run_end(connection, context, run_end(report, error))
        raise
    with transaction() as connection:
        record_run_end(connection, context, run_end(report))


def run_end(report: RunReport, error: BaseException | None = None) -> RunEnd:
    """The counts so far, and the exit status `news-etl run` gives for this ending.

    Args:
        report: the inputs reported so far.
        error: what stopped the run, or None when it went through every input.
    """
    counts = {status: report.count(status) for status in ("loaded", "unchanged", "failed")}
    if error is None:
        return RunEnd(**counts, exit_status=1 if report.failed else 0)
    if isinstance(error, KeyboardInterrupt):
        status = error.exit_status if isinstance(error, Interrupted) else INTERRUPTED
        return RunEnd(**counts, exit_status=status, error="interrupted")
    code = error.code if isinstance(error, SystemExit) and isinstance(error.code, int) else 1
    return RunEnd(**counts, exit_status=code, error=one_line(error))
