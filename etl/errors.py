"""Typed errors the library raises. Imports nothing from the project.

Every message names the thing that failed and, where there is one, the next step,
because the CLI prints these messages as they are.
"""

import signal
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class EtlError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(EtlError):
    """An input source cannot be read as an article."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StageError(EtlError):
    """A pipeline stage failed on one article."""

    def __init__(self, source: str, stage: str, reason: str) -> None:
        super().__init__(f"{source}: {stage} failed: {reason}")
        self.source = source
        self.stage = stage
        self.reason = reason


class OutputError(EtlError):
    """A result cannot be written where the user asked."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path
        self.reason = reason


class DatabaseError(EtlError):
    """The database cannot be reached, started or migrated."""


class ArticleNotFound(EtlError):
    """No loaded article answers to what the user named."""

    def __init__(self, reference: str) -> None:
        super().__init__(f"no article loaded from {reference!r}; `news-etl list` shows the loaded articles")
        self.reference = reference


class AmbiguousArticle(EtlError):
    """A name (story.txt) that several loaded articles answer to."""

    def __init__(self, reference: str, candidates: list[str]) -> None:
        listed = "".join(f"\n  {candidate}" for candidate in candidates)
        super().__init__(f"{reference!r} names {len(candidates)} articles; give its id, URI or path:{listed}")
        self.reference = reference
        self.candidates = candidates


class ClusterError(EtlError):
    """The Dask cluster cannot be reached, or cannot run the analysis."""


class BackupError(EtlError):
    """A dump cannot be written or restored."""


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM stopped a run; the batch being loaded was rolled back.

    A ``KeyboardInterrupt``, not an ``Exception``, so that no handler quarantining one
    article's failure catches it, and so that psycopg cancels the query in flight.

    Attributes:
        signal_number: the signal that stopped the run.
        loaded: articles the run loaded, and committed, before it stopped (0 until the run has counted them).
    """

    def __init__(self, signal_number: int, loaded: int = 0) -> None:
        super().__init__(f"interrupted by {signal.Signals(signal_number).name}")
        self.signal_number = signal_number
        self.loaded = loaded

    @property
    def exit_status(self) -> int:
        """The status of a process the signal ended, as shells report it: 130 for SIGINT, 143 for SIGTERM."""
        return 128 + self.signal_number


def interrupt_behind(error: BaseException) -> KeyboardInterrupt | None:
    """The interrupt that ``error`` was raised while handling (or ``error`` itself), if any.

    An interrupt in the middle of a statement can leave the connection unable to roll
    back, and the rollback's error then replaces the interrupt: it must still stop the
    run, not count as an article's failure.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, KeyboardInterrupt):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def one_line(error: BaseException) -> str:
    """An unexpected error as one line for the ingest log and the report: its type and first line."""
    return f"{type(error).__name__}: {error}".splitlines()[0]


def quarantined(source: str, stage: str, work: Callable[[], T]) -> T:
    """``work()``, with any failure of it raised as a ``StageError`` naming ``source`` and ``stage``.

    One article's failure must not stop a run: the caller records it and carries on. An
    interrupt still stops the run, even when a failed rollback replaced it.
    """
    try:
        return work()
    except StageError:
        raise
    except InputError as error:
        raise StageError(source, stage, error.reason) from error
    except Exception as error:  # quarantine: the caller records it against this article
        if interrupt_behind(error) is not None:
            raise
        raise StageError(source, stage, one_line(error)) from error
