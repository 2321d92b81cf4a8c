"""Read stage: paths -> ``RawArticle`` records (or ``ReadFailure`` for unreadable inputs).

Files are decoded as UTF-8 with ``\\n`` line ends, since export offsets index that
text. Nothing is parsed here, and one bad input never stops the others.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from etl.records import RawArticle, ReadFailure

SUFFIXES = {".txt": "txt"}
SNIFF_BYTES = 8192


def read_inputs(paths: Iterable[str | Path]) -> Iterator[RawArticle | ReadFailure]:
    """Every article under ``paths``, in order; folders are searched recursively.

    Args:
        paths: files or folders.

    Yields:
        One ``RawArticle`` per readable article, one ``ReadFailure`` per input that is
        missing, empty, binary, not UTF-8, of an unknown type, or a folder with no articles.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _read_folder(path)
        elif path.exists():
            yield read_file(path, source=path.name)
        else:
            yield ReadFailure(str(given), "no such file or folder")


def read_file(path: Path, source: str) -> RawArticle | ReadFailure:
    """Decode one file into a ``RawArticle``, or say why it cannot be."""
    article_format = SUFFIXES.get(path.suffix.lower())
    if article_format is None:
        known = ", ".join(sorted(SUFFIXES))
        return ReadFailure(source, f"unsupported file type {path.suffix or '(none)'!r}; news-etl reads {known}")
    try:
        data = path.read_bytes()
    except OSError as error:
        return ReadFailure(source, f"cannot read: {error.strerror or error}")
    digest = hashlib.sha256(data).hexdigest()
    problem = _undecodable(data)
    if problem:
        return ReadFailure(source, problem, digest)
    text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return ReadFailure(source, "empty file: no article text", digest)
    return RawArticle(source=source, content=text, format=article_format)


def _read_folder(folder: Path) -> Iterator[RawArticle | ReadFailure]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        yield ReadFailure(str(folder), f"folder has no articles ({', '.join(sorted(SUFFIXES))} files)")
        return
    for path in files:
        yield read_file(path, source=path.relative_to(folder).as_posix())


def _undecodable(data: bytes) -> str | None:
    if b"\x00" in data[:SNIFF_BYTES]:
        return "binary file, not text"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"not UTF-8 text (invalid byte 0x{data[error.start]:02x} at offset {error.start})"
    return None
