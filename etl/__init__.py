"""news-etl: news articles into a PostgreSQL database of who said what, about whom, where."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.7.11"

from etl.config import Settings  # noqa: E402
from etl.records import RunReport  # noqa: E402

if TYPE_CHECKING:
    from etl.pipeline import run

__all__ = ["RunReport", "Settings", "__version__", "run"]


def __getattr__(name: str):
    # Worker processes import this package to parse, and need none of the database code
    # that the pipeline pulls in (SQLAlchemy, Alembic, psycopg): it loads on first use.
    if name == "run":
        from etl.pipeline import run

        return run
    raise AttributeError(f"module 'etl' has no attribute {name!r}")
