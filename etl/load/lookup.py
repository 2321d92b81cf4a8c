"""Which inputs are loaded already, by their text's hash and the extractor version that loaded them.

A re-run spends its time here rather than in the parse: one query for a batch.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

from etl.errors import StageError, quarantined
from etl.load.batch import ArticleTransaction, failed_report
from etl.load.rows import loaded_articles
from etl.records import ArticleReport, Job


@dataclass(frozen=True, slots=True)
class Lookup:
    transaction: ArticleTransaction
    extractor_version: str
    force: bool
    """Re-extract articles this version loaded too."""

    def sort_out(self, jobs: Sequence[Job]) -> list[Job]:
        """``jobs``, each to be parsed (noting the row it replaces) or reported unchanged.

        An article is parsed when its text is new, was loaded by another extractor version,
        or ``force`` is set; one whose key is not known yet (a page not cleaned) is left to be
        looked up once it is. A failed query fails the jobs' articles at load.
        """
        keys = [job.key for job in jobs if job.report is None and job.key]
        if not keys:
            return list(jobs)
        try:
            found = quarantined(jobs[0].source, "load", lambda: self._loaded(keys))
        except StageError as error:
            return [job if job.report is not None or not job.key
                    else replace(job, report=failed_report(job, "load", error.reason)) for job in jobs]
        return [self._sorted(job, found) if job.report is None and job.key else job for job in jobs]

    def _loaded(self, keys: list[str]):
        with self.transaction() as connection:
            return loaded_articles(connection, keys)

    def _sorted(self, job: Job, found) -> Job:
        existing = found.get(job.key)
        if existing is None:
            return job
        if self.force or existing.extractor_version != self.extractor_version:
            return replace(job, replacing=existing.id)
        return replace(job, report=ArticleReport(job.source, "unchanged", seconds=time.perf_counter() - job.clock,
                                                 article_id=existing.id, name=job.name))
