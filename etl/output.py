"""Writing what a command produced (an export, an article page) to the file the user named."""

from __future__ import annotations

from pathlib import Path

from etl.errors import OutputError


def write_output(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to the file ``path``.

    Raises:
        OutputError: the folder is missing, the file is not writable, or the disk is full.
    """
    try:
        with open(path, "w", encoding="utf-8") as output:
            output.write(text)
    except OSError as error:
        raise OutputError(str(path), error.strerror or str(error)) from error
