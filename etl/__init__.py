"""news-etl: news articles into a PostgreSQL database of who said what, about whom, where."""

__version__ = "0.1.0"

from etl.config import Settings  # noqa: E402
from etl.pipeline import run  # noqa: E402
from etl.records import RunReport  # noqa: E402

__all__ = ["RunReport", "Settings", "__version__", "run"]
