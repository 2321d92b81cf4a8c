"""Executors: where the CPU-bound middle of the pipeline (``etl.executors.work``) runs.

An executor takes batches of articles, cleaned or as read, and gives back what the
workers made of them, in the order the batches came, with at most ``in_flight``
batches being worked on and a few answers waiting for their turn, so that memory stays
flat however large the archive. Each batch
comes with a tag the executor hands back untouched (the run's jobs). Two
implementations: ``LocalPool`` (this machine's worker processes, or this process for
one worker) and ``DaskCluster`` (a Dask distributed cluster, ``--cluster``).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol, Self, TypeVar

from etl.executors.work import analyze_batch, clean_pages
from etl.errors import one_line
from etl.records import Analysis, AnalyzedBatch, Article, CleanedBatch, RawArticle

Tag = TypeVar("Tag")

BATCHES_PER_WORKER = 2
"""Batches in flight per worker: one being worked on, one queued, so no worker waits for the parent."""
ANSWERS_PER_WORKER = 6
"""Batches out per worker at most, done or not: the answers held behind a batch still being worked
on (they are loaded in order) count here but not in flight, and are what this bounds."""


class Pending(Protocol):
    """A batch sent out: a ``concurrent.futures.Future`` or a Dask ``Future``."""

    def done(self) -> bool: ...

    def result(self) -> Any: ...


class Executor(ABC):
    """Runs work on batches somewhere else (or here), and hands the answers back in order.

    Use it as a context manager; leaving stops what it started, at once when leaving on
    an error or an interrupt.
    """

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name

    @property
    @abstractmethod
    def workers(self) -> int:
        """Processes that work on batches at once."""

    @property
    def started(self) -> bool:
        """Whether it started worker processes (a run that parsed nothing may start none)."""
        return True

    @property
    def in_flight(self) -> int:
        return BATCHES_PER_WORKER * self.workers

    @abstractmethod
    def _submit(self, function: Callable[..., Any], *arguments: Any) -> Pending:
        """Start ``function(*arguments)`` on a worker."""

    def analyze(self, batches: Iterable[tuple[Tag, Sequence[Article | RawArticle]]]
                ) -> Iterator[tuple[Tag, AnalyzedBatch | None]]:
        """Clean (when not done), parse, extract, resolve and geocode each batch; None for an empty one."""
        return self._in_order(
            ((tag, (analyze_batch, self.model_name, tuple(items)) if items else None) for tag, items in batches),
            lambda reason, call: AnalyzedBatch((Analysis(None, "parse", reason),) * len(call[2]), ()),
        )

    def clean(self, batches: Iterable[tuple[Tag, Sequence[RawArticle]]]) -> Iterator[tuple[Tag, CleanedBatch | None]]:
        """Clean each batch of pages; None for an empty one."""
        return self._in_order(
            ((tag, (clean_pages, tuple(pages)) if pages else None) for tag, pages in batches),
            lambda reason, call: CleanedBatch((reason,) * len(call[1]), 0.0),
        )

    def _in_order(self, calls: Iterable[tuple[Tag, tuple | None]], failed: Callable[[str, tuple], Any]
                  ) -> Iterator[tuple[Tag, Any]]:
        """Submit each call, keeping at most ``in_flight`` being worked on; yield the answers in the calls' order.

        An answer is yielded as soon as it and all before it are done, so the caller reports
        progress while later batches are worked on. A batch done behind one still being worked
        on waits for it, but no longer counts as in flight: the worker that finished it gets
        another rather than idling until the one ahead is done (batches get smaller towards the
        end of a run, so a late one is often done first). A batch whose worker failed (killed,
        out of memory) gets ``failed(reason, call)``: its articles fail, and the run goes on.
        """
        out: deque[tuple[Tag, tuple | None, Pending | None]] = deque()
        for tag, call in calls:
            out.append((tag, call, self._submit(*call) if call is not None else None))
            yield from self._answers_until_there_is_room(out, failed)
        while out:
            yield _answer(*out.popleft(), failed)

    def _answers_until_there_is_room(self, out: deque[tuple[Tag, tuple | None, Pending | None]],
                                     failed: Callable[[str, tuple], Any]) -> Iterator[tuple[Tag, Any]]:
        """Yield the answers at the front of ``out`` that are done, waiting until another batch may go out."""
        while out:
            if _done(out[0][2]):
                yield _answer(*out.popleft(), failed)
                continue
            working = [pending for _, _, pending in out if not _done(pending)]
            if len(working) < self.in_flight and len(out) < ANSWERS_PER_WORKER * self.workers:
                return
            if len(out) >= ANSWERS_PER_WORKER * self.workers:
                yield _answer(*out.popleft(), failed)
            else:
                self._wait_for_any(working)

    @abstractmethod
    def _wait_for_any(self, pending: list[Pending]) -> None:
        """Return once one of ``pending`` is done."""

    def __enter__(self) -> Self:
        return self

    @abstractmethod
    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None: ...


def _done(pending: Pending | None) -> bool:
    return pending is None or pending.done()


def _answer(tag: Tag, call: tuple | None, pending: Pending | None, failed: Callable[[str, tuple], Any]
            ) -> tuple[Tag, Any]:
    if pending is None:
        return tag, None
    try:
        return tag, pending.result()
    except Exception as error:  # a worker died: its batch fails, the run goes on
        return tag, failed(f"worker process failed: {one_line(error)}", call)
