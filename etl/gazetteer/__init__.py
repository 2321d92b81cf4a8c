"""The offline gazetteer: countries, first-level subdivisions, districts, populated places and
physical features, looked up by name.

The index is a SQLite file built on first use from installed packages (see ``build``) and
kept in the user cache folder, so later runs open it in milliseconds and hold almost
nothing in memory. Lookups return ``Candidate`` rows; choosing among them is the geocode
stage's job. No network, no database of the project's.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import platformdirs

from etl.gazetteer.build import (
    ADMIN1_WORDS,
    ADMIN2_WORDS,
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_CITY,
    LEVEL_COUNTRY,
    LEVEL_FEATURE,
)
from etl.gazetteer.build import build_index, fingerprint
from etl.gazetteer.names import demonyms, name_key
from etl.records import PlaceInfo

__all__ = [
    "ADMIN1_WORDS", "ADMIN2_WORDS", "LEVEL_ADMIN1", "LEVEL_ADMIN2", "LEVEL_CITY", "LEVEL_COUNTRY", "LEVEL_FEATURE",
    "Candidate", "Gazetteer", "default_gazetteer", "demonyms", "name_key",
]

_COLUMNS = "pid, key, name, type, level, country, subdivision, lat, lon, importance, gazetteer, gazetteer_id, parent"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer place a name may refer to."""

    pid: int
    key: str
    name: str
    place_type: str
    level: int
    """LEVEL_COUNTRY, LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_CITY or LEVEL_FEATURE."""
    country: str | None
    subdivision: str | None
    latitude: float | None
    longitude: float | None
    importance: float
    """log10 of the people it holds (0 for physical features)."""
    gazetteer: str
    gazetteer_id: str
    parent: int | None


class Gazetteer:
    """Name lookups in one built index file. Safe to share between threads and forked workers."""

    def __init__(self, path: Path) -> None:
        """Open an index file read-only.

        Args:
            path: a file written by ``build.build_index``.
        """
        self.path = path
        self._lock = threading.Lock()
        self._connect()

    def _connect(self) -> None:
        self._database = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._pid = os.getpid()

    def candidates(self, name: str, *, alternates: bool = False) -> list[Candidate]:
        """Places named ``name``: by a main name if any is, else by an alternate name.

        Args:
            name: a place name as written ("Kabul", "U.S.", "the Hindu Kush").
            alternates: also the places with it as an alternate name when some have it as their
                main one ("New York" the city, whose main name is "New York City").

        Returns:
            The candidates, most important first, ties by key (deterministic); empty when none.
        """
        key = name_key(name)
        if not key:
            return []
        rows = self._query(
            f"SELECT n.primary_name, {', '.join('p.' + c for c in _COLUMNS.split(', '))} "
            "FROM names n JOIN places p ON p.pid = n.pid WHERE n.name = ? ORDER BY p.importance DESC, p.key",
            (key,),
        )
        primary = [row[1:] for row in rows if row[0]]
        return [Candidate(*row) for row in (primary if primary and not alternates else [row[1:] for row in rows])]

    def place_info(self, candidate: Candidate) -> PlaceInfo:
        """The record of a candidate with its chain of parents.

        Args:
            candidate: a candidate returned by ``candidates``.

        Returns:
            Its ``PlaceInfo``, whose ``parent`` is the place it lies in, and so on up to its country.
        """
        parent = self._by_pid(candidate.parent) if candidate.parent is not None else None
        return PlaceInfo(
            key=candidate.key,
            name=candidate.name,
            place_type=candidate.place_type,
            country=candidate.country,
            subdivision=candidate.subdivision,
            latitude=candidate.latitude,
            longitude=candidate.longitude,
            gazetteer=candidate.gazetteer,
            gazetteer_id=candidate.gazetteer_id,
            parent=self.place_info(parent) if parent is not None else None,
        )

    def country(self, code: str) -> Candidate | None:
        """The country with ISO 3166-1 alpha-2 ``code``, if the index has it."""
        return self._one("key", f"place:iso:{code}")

    def _by_pid(self, pid: int) -> Candidate | None:
        return self._one("pid", pid)

    def _one(self, column: str, value: object) -> Candidate | None:
        rows = self._query(f"SELECT {_COLUMNS} FROM places WHERE {column} = ?", (value,))
        return Candidate(*rows[0]) if rows else None

    def _query(self, sql: str, parameters: tuple) -> list[tuple]:
        with self._lock:
            if self._pid != os.getpid():
                # A forked worker must not share its parent's SQLite connection (SQLite forbids it).
                self._connect()
            return self._database.execute(sql, parameters).fetchall()


def index_path(cache_dir: Path) -> Path:
    """Where the index built from the installed package versions lives under ``cache_dir``."""
    return cache_dir / f"gazetteer-{fingerprint()}.sqlite"


def open_gazetteer(cache_dir: Path) -> Gazetteer:
    """Open the index under ``cache_dir``, building it first if this is its first use.

    Args:
        cache_dir: a folder for the index file (about 60 MB).

    Returns:
        The gazetteer.
    """
    path = index_path(cache_dir)
    if not path.exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        # Built beside its final name and renamed, so a concurrent run never opens half a file.
        descriptor, partial = tempfile.mkstemp(dir=cache_dir, prefix=path.stem, suffix=".partial")
        os.close(descriptor)
        try:
            Path(partial).unlink()
            build_index(Path(partial))
            os.replace(partial, path)
        finally:
            Path(partial).unlink(missing_ok=True)
        _remove_older_indexes(cache_dir, keep=path)
    return Gazetteer(path)


def _remove_older_indexes(cache_dir: Path, keep: Path) -> None:
    """Indexes of earlier package versions are 60 MB each and never read again. A process
    still reading one keeps its open file: unlinking it does not cut that process off."""
    for old in cache_dir.glob("gazetteer-*.sqlite"):
        if old != keep:
            old.unlink(missing_ok=True)


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer in the user cache folder, opened once per process."""
    return open_gazetteer(Path(platformdirs.user_cache_dir("news-etl")))
