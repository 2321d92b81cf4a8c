"""The Dask executor: ``etl.executors.work`` on a Dask distributed cluster (``run --cluster``).

The cluster is a running scheduler (``tcp://host:8786``) or ``local:N``, a
``LocalCluster`` of N single-threaded worker processes started here. Each worker loads
the spaCy model once and keeps it. This process stays the only writer of the database:
workers only get articles and return frozen records. A worker that dies mid-batch has
its batch rescheduled by Dask on another worker, and the answer still comes back here
once, so nothing is loaded twice. Dask is an optional extra (``news-etl[dask]``).
"""

from __future__ import annotations

import atexit
import logging
import os
import re
import sys
from typing import Any

from etl.errors import ClusterError, one_line
from etl.executors import Executor
from etl.executors.local import yield_to_the_loader
from etl.executors.work import model_ready

LOCAL = re.compile(r"local:(\d+)")
CONNECT_SECONDS = 10
"""How long to try to reach a scheduler, and to wait for a first worker, before giving up."""
LOCAL_CLUSTER_CONFIG = {
    # The workers' sampling profiler (every 10 ms, the stacks of every thread) slowed the
    # parse by half on spaCy's deep stacks.
    "distributed.worker.profile.enabled": False,
    # Every scheduler, nanny and worker checked its event loop's health every 20 ms and each
    # worker's memory every 100 ms: 7% of a core on two workers doing nothing, taken from
    # the parse and the load on a machine with as many workers as cores (1.2% at these).
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    # Dask starts its workers with glibc told to give freed memory back to the system past
    # 64 kB (MALLOC_TRIM_THRESHOLD_): spaCy frees and takes back memory all through a parse,
    # which then took 15-20% more CPU than in a local pool's worker. None: glibc's own rule.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}
"""Dask settings for a ``local:N`` cluster (a cluster of your own has its own)."""


class DaskCluster(Executor):
    """Runs batches on a Dask cluster's workers, checked before the run reads anything.

    Raises:
        ClusterError: Dask is not installed, the address is neither a scheduler's nor
            ``local:N``, the scheduler cannot be reached or has no worker, or a worker
            cannot load the model.
    """

    def __init__(self, address: str, model_name: str) -> None:
        super().__init__(model_name)
        self._cluster = None
        self._client = None
        local = LOCAL.fullmatch(address)
        if address.startswith("local") and (local is None or int(local.group(1)) < 1):
            raise ClusterError(f"--cluster {address}: give a scheduler's address (tcp://host:8786) or local:N, N >= 1")
        if local is not None:
            from etl.gazetteer import default_gazetteer

            # Built once here (about 20 s the first time) rather than by every worker at once.
            default_gazetteer()
        try:
            self._connect(address, int(local.group(1)) if local is not None else None)
        except ImportError as error:
            raise ClusterError(f"--cluster needs Dask: pip install 'news-etl[dask]' ({one_line(error)})") from error
        except Exception as error:  # the address is bad or nothing answers there: one line, before any read
            self.__exit__(type(error))
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {one_line(error)}") from error
        self._check_workers(address)

    def _connect(self, address: str, local_workers: int | None) -> None:
        import dask
        from distributed import Client, LocalCluster

        if local_workers is None:
            self._client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
            return
        # The workers take this process's config.
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            self._cluster = LocalCluster(n_workers=local_workers, threads_per_worker=1, processes=True,
                                         dashboard_address=None, silence_logs=logging.CRITICAL, preload=[__name__])
        self._client = Client(self._cluster, set_as_default=False)

    def _check_workers(self, address: str) -> None:
        """Load the model on every worker now, so the run stops before reading if one cannot."""
        try:
            self._client.wait_for_workers(1, timeout=CONNECT_SECONDS)
            answers = self._client.run(model_ready, self.model_name, on_error="return")
        except Exception as error:  # no worker came, or the scheduler went away
            self.__exit__(type(error))
            raise ClusterError(f"the Dask cluster at {address} has no worker ready: {one_line(error)}") from error
        for worker, answer in sorted(answers.items()):
            if answer is not None:
                self.__exit__(ClusterError)
                reason = answer if isinstance(answer, str) else one_line(answer)
                raise ClusterError(f"Dask worker {worker} cannot analyze articles: {reason}")
        # Counted once: asking the scheduler for every batch would cost a round trip each.
        self._workers = max(1, sum(self._client.nthreads().values()))

    @property
    def workers(self) -> int:
        """Worker threads when the run started (one per process for ``local:N``)."""
        return self._workers

    def _submit(self, function, *arguments: Any):
        # pure=False: two batches with equal articles are still two tasks, each loaded once.
        return self._client.submit(function, *arguments, pure=False)

    def _wait_for_any(self, pending: list) -> None:
        from distributed import wait

        with self._client.as_current():
            wait(pending, return_when="FIRST_COMPLETED")

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def dask_setup(worker: object) -> None:
    """Dask's preload hook, run as each worker of a ``local:N`` cluster starts (a restarted one too).

    Its workers yield the CPU to this process, which reads and loads, as the local pool's do.
    """
    yield_to_the_loader()


def dask_teardown(worker: object) -> None:
    """Dask's preload hook, run as a worker of a ``local:N`` cluster closes.

    The process then ends as soon as the worker is closed, without the interpreter's
    teardown of its model (half a second or more that closing the cluster waited for);
    it has nothing to save, since workers never write.
    """
    atexit.register(_exit_at_once)


def _exit_at_once() -> None:
    # Registered last, so run first of the exit handlers: the others would only free memory.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
