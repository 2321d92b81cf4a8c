"""Read stage: paths -> ``RawArticle`` records (or ``ReadFailure`` for unreadable inputs).

Files are decoded as UTF-8 with ``\\n`` line ends, since export offsets index that
text. Nothing is parsed here, and one bad input never stops the others.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from etl.records import InputFile, RawArticle, ReadFailure

SUFFIXES = {".txt": "txt"}
SNIFF_BYTES = 8192


def discover(paths: Iterable[str | Path]) -> list[InputFile | ReadFailure]:
    """The files to read under ``paths``, in order; folders are searched recursively.

    Nothing is read yet, so the caller knows the total before the slow work starts.

    Args:
        paths: files or folders.

    Returns:
        One ``InputFile`` per article file, one ``ReadFailure`` per path that is missing,
        of an unknown type, or a folder with no articles.
    """
    found: list[InputFile | ReadFailure] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(_folder(path))
        elif not path.exists():
            found.append(ReadFailure(str(given), "no such file or folder"))
        elif path.suffix.lower() not in SUFFIXES:
            known = ", ".join(sorted(SUFFIXES))
            found.append(ReadFailure(str(given), f"unsupported file type {path.suffix or '(none)'!r}; news-etl reads {known}"))
        else:
            found.append(InputFile(path, _printable(path.name)))
    return found


def read_inputs(paths: Iterable[str | Path]) -> Iterator[RawArticle | ReadFailure]:
    """Every article under ``paths`` read, or the reason it cannot be."""
    for item in discover(paths):
        yield item if isinstance(item, ReadFailure) else read_file(item)


def read_file(item: InputFile) -> RawArticle | ReadFailure:
    """Decode one file into a ``RawArticle``, or say why it cannot be."""
    path, source = item.path, item.source
    article_format = SUFFIXES[path.suffix.lower()]
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


def _folder(folder: Path) -> list[InputFile | ReadFailure]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        return [ReadFailure(str(folder), f"folder has no articles ({', '.join(sorted(SUFFIXES))} files)")]
    return [InputFile(path, _printable(path.relative_to(folder).as_posix())) for path in files]


def _printable(name: str) -> str:
    """A file name that is not valid UTF-8 keeps its readable part; the database needs valid text."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _undecodable(data: bytes) -> str | None:
    if b"\x00" in data[:SNIFF_BYTES]:
        return "binary file, not text"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"not UTF-8 text (invalid byte 0x{data[error.start]:02x} at offset {error.start})"
    return None
