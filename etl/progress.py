"""How the pipeline reports progress; the CLI supplies a progress bar."""

from __future__ import annotations

from typing import Protocol

from etl.records import ArticleReport


class Progress(Protocol):
    def start(self, total: int | None) -> None:
        """Called once with the number of articles to come, or None when unknown (standard input)."""

    def article_done(self, report: ArticleReport) -> None: ...

    def finish(self) -> None: ...


class _Silent:
    def start(self, total: int | None) -> None:
        pass

    def article_done(self, report: ArticleReport) -> None:
        pass

    def finish(self) -> None:
        pass


NULL_PROGRESS: Progress = _Silent()
