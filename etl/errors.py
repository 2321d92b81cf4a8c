"""Typed errors the library raises. Imports nothing from the project.

Every message names the thing that failed and, where there is one, the next step,
because the CLI prints these messages as they are.
"""


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


def one_line(error: BaseException) -> str:
    """An unexpected error as one line for the ingest log and the report: its type and first line."""
    return f"{type(error).__name__}: {error}".splitlines()[0]
