"""Read stage: paths, globs and standard input -> ``RawArticle`` records (or ``ReadFailure``).

Inputs are ``.txt`` articles, ``.html``/``.htm`` pages and ``.jsonl`` files of one
article per line. Files are decoded as UTF-8 with ``\\n`` line ends, since export
offsets index that text. JSON lines are split and checked to be JSON objects (that
is their decoding); extracting HTML text and metadata is the clean stage's job.
Articles are read one at a time, so memory does not grow with the corpus, and one
bad input never stops the others. Only regular files are read (pipes only as ``-``): a
fifo, socket or device, or a link to one, fails alone, since reading it may never end.
Each article (a file, a JSON line, standard input) is read up to ``max_bytes``: at most
one byte more is read, so a larger one fails alone without filling the memory.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

from etl.config import DEFAULT_MAX_BYTES
from etl.records import InputFile, RawArticle, ReadFailure, web_url

SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
STDIN = "-"
SNIFF_BYTES = 8192
GLOB_CHARACTERS = frozenset("*?[")
SKIP_CHUNK = 1 << 20
"""Bytes read at a time past the end of a JSON line over the limit, which is not kept."""


def discover(paths: Iterable[str | Path]) -> list[InputFile | ReadFailure]:
    """The files to read under ``paths``, in order; folders are searched recursively.

    Nothing is read yet, so the caller knows the total before the slow work starts.

    Args:
        paths: files, folders, glob patterns (``articles/**/*.html``), or ``-`` for standard input.

    Returns:
        One ``InputFile`` per article file, one ``ReadFailure`` per path that is missing,
        of an unknown type, not a regular file, a pattern matching nothing, or a folder
        with no articles.
    """
    found: list[InputFile | ReadFailure] = []
    for given in paths:
        path = Path(given)
        if str(given) == STDIN:
            found.append(InputFile(None, "<stdin>", "stdin"))
        elif path.is_dir():
            found.extend(_folder(path))
        elif not path.exists() and GLOB_CHARACTERS & set(str(given)):
            found.extend(_pattern(str(given)))
        elif not path.exists():
            found.append(ReadFailure(str(given), "no such file or folder"))
        else:
            found.append(_file(path, _printable(path.name), _printable(str(given))))
    return found


def expected_articles(inputs: Iterable[InputFile | ReadFailure], max_bytes: int = DEFAULT_MAX_BYTES) -> int | None:
    """How many articles ``read_inputs`` will yield, counting JSON lines; None when stdin is read."""
    total = 0
    for item in inputs:
        if isinstance(item, InputFile) and item.format == "stdin":
            return None
        total += _count_lines(item.path, max_bytes) if isinstance(item, InputFile) and item.format == "jsonl" else 1
    return total


def read_inputs(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | ReadFailure]:
    """Every article under ``paths`` read, or the reason it cannot be."""
    return read_discovered(discover(paths), max_bytes)


def read_discovered(
    inputs: Iterable[InputFile | ReadFailure], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawArticle | ReadFailure]:
    """Every article in what ``discover`` found, read one at a time, or the reason it cannot be.

    Args:
        inputs: what ``discover`` returned.
        max_bytes: the largest article (file, JSON line or standard input) read; a larger
            one is a ``ReadFailure``.
    """
    for item in inputs:
        if isinstance(item, ReadFailure):
            yield item
        elif item.format == "stdin":
            yield from _stdin(item.source, max_bytes)
        elif item.format == "jsonl":
            yield from _json_lines(item, max_bytes)
        else:
            yield _whole_file(item, max_bytes)


def _whole_file(item: InputFile, max_bytes: int) -> RawArticle | ReadFailure:
    try:
        with _open_regular(item.path) as stream:
            data = stream.read(max_bytes + 1)
    except NotRegularFile:
        return ReadFailure(item.source, NOT_REGULAR, name=item.name)
    except OSError as error:
        return ReadFailure(item.source, f"cannot read: {error.strerror or error}", name=item.name)
    if len(data) > max_bytes:
        return ReadFailure(item.source, _too_large(max_bytes), name=item.name)
    return _decoded(item.source, data, item.format, item.uri, item.name)


NOT_REGULAR = "not a regular file (only files are read; pipe into - for standard input)"


class NotRegularFile(OSError):
    """Opened a fifo, socket or device: reading it may block or never end."""


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading, checked to be a regular file once open.

    Opened without blocking, as opening a fifo would wait for a writer; checked after
    opening, so a file swapped for a fifo after ``discover`` looked is caught too.
    """
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise NotRegularFile(path)
    os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "rb")


def _too_large(max_bytes: int) -> str:
    return f"larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)"


def _decoded(source: str, data: bytes, article_format: str, uri: str | None = None,
             name: str | None = None) -> RawArticle | ReadFailure:
    text, problem = _decode(data)
    if text is not None:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            problem = "empty file: no article text"
    if problem is not None:
        return ReadFailure(source, problem, hashlib.sha256(data).hexdigest(), name)
    return RawArticle(source=source, content=text, format=article_format, uri=uri, name=name)


def _stdin(source: str, max_bytes: int) -> Iterator[RawArticle | ReadFailure]:
    """Standard input holds one article (text or HTML) or JSON lines; its first character tells which.

    JSON lines are limited one by one, as in a file; one article, as a whole.
    """
    stream = sys.stdin.buffer
    head = []
    line = stream.readline(max_bytes + 1)
    while line and not line.strip() and sum(map(len, head)) <= max_bytes:
        head.append(line)
        line = stream.readline(max_bytes + 1)
    if line.lstrip()[:1] == b"{":
        first = [*head, line] if _whole_line(line, max_bytes) else [*head, _skip_line(stream, line)]
        yield from _records(InputFile(None, source, "jsonl"), _chained(first, _bounded_lines(stream, max_bytes)),
                            max_bytes)
        return
    data = b"".join([*head, line])
    data += stream.read(max(0, max_bytes + 1 - len(data)))
    if len(data) > max_bytes:
        yield ReadFailure(source, _too_large(max_bytes))
    else:
        yield _decoded(source, data, "html" if data.lstrip()[:1] == b"<" else "txt")


def _chained(first: list[bytes | None], rest: Iterator[bytes | None]) -> Iterator[bytes | None]:
    yield from first
    yield from rest


def _json_lines(item: InputFile, max_bytes: int) -> Iterator[RawArticle | ReadFailure]:
    try:
        with _open_regular(item.path) as stream:
            yield from _records(item, _bounded_lines(stream, max_bytes), max_bytes)
    except NotRegularFile:
        yield ReadFailure(item.source, NOT_REGULAR, name=item.name)
    except OSError as error:
        yield ReadFailure(item.source, f"cannot read: {error.strerror or error}", name=item.name)


def _bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The stream's lines, None for each longer than ``max_bytes`` (without its line end).

    A longer line is read past in chunks, never whole, so no line costs more memory than the limit.
    """
    while line := stream.readline(max_bytes + 1):
        yield line if _whole_line(line, max_bytes) else _skip_line(stream, line)


def _whole_line(line: bytes, max_bytes: int) -> bool:
    """Whether ``readline(max_bytes + 1)`` returned a whole line within the limit."""
    return len(line) <= max_bytes or line.endswith(b"\n")


def _skip_line(stream: BinaryIO, line: bytes) -> None:
    """Read past the rest of a line over the limit, in chunks; None stands for it."""
    while line and not line.endswith(b"\n"):
        line = stream.readline(SKIP_CHUNK)


def _records(item: InputFile, lines: Iterable[bytes | None], max_bytes: int) -> Iterator[RawArticle | ReadFailure]:
    """One article per non-blank line, named ``file#id`` (or ``file:line`` when it has no id).

    A line's URI is its ``url``, else the file's URI with ``#id`` (or ``#line-N``); lines of
    standard input without a URL have none (their text is their identity).
    """
    for number, line in enumerate(lines, start=1):
        where = f"{item.source}:{number}"
        shown = f"{item.shown}:{number}"
        if line is None:
            yield ReadFailure(where, _too_large(max_bytes), name=shown)
            continue
        if not line.strip():
            continue
        record, problem = _json_object(line)
        if problem is not None:
            yield ReadFailure(where, problem, hashlib.sha256(line).hexdigest(), shown)
            continue
        name = record.get("id") or record.get("url")
        url = web_url(record.get("url"))
        fragment = f"#{quote(str(name), safe='')}" if name else f"#line-{number}"
        yield RawArticle(source=f"{item.source}#{name}" if name else where, content=line.decode("utf-8-sig").strip(),
                         format="jsonl", uri=url or (item.uri + fragment if item.uri else None),
                         name=f"{item.shown}#{name}" if name else shown)


def _json_object(line: bytes) -> tuple[dict | None, str | None]:
    """The JSON object a line holds, or why it holds none."""
    text, problem = _decode(line)
    if text is None:
        return None, problem
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return None, f"not a JSON line: {error.msg} at column {error.colno}"
    if not isinstance(record, dict):
        return None, "not a JSON object"
    return record, None


def _folder(folder: Path) -> list[InputFile | ReadFailure]:
    # Not only regular files: a fifo or a link to a device named like an article is reported.
    files = sorted(p for p in folder.rglob("*") if not p.is_dir() and p.suffix.lower() in SUFFIXES)
    if not files:
        return [ReadFailure(str(folder), f"folder has no articles ({', '.join(sorted(SUFFIXES))} files)")]
    return [_file(path, _printable(path.relative_to(folder).as_posix()), _printable(path.as_posix())) for path in files]


def _pattern(pattern: str) -> list[InputFile | ReadFailure]:
    """A glob the shell left alone (quoted, or too long for the command line).

    Files are named by their path below the pattern's fixed part, as inside a folder, so
    ``'archive/*.txt'`` and ``archive`` record the same names.
    """
    parts = Path(pattern).parts
    base = Path(*parts[: next(i for i, part in enumerate(parts) if GLOB_CHARACTERS & set(part))] or ".")
    found: list[InputFile | ReadFailure] = []
    for path in sorted(Path(match) for match in glob.glob(pattern, recursive=True)):
        if path.is_dir():
            found.extend(_folder(path))
        elif path.suffix.lower() in SUFFIXES:
            found.append(_file(path, _printable(path.relative_to(base).as_posix()), _printable(path.as_posix())))
    return found or [ReadFailure(pattern, "no article files match this pattern")]


def _file(path: Path, source: str, name: str) -> InputFile | ReadFailure:
    if not _is_regular(path):
        return ReadFailure(source, NOT_REGULAR, name=name)
    article_format = SUFFIXES.get(path.suffix.lower())
    if article_format is None:
        known = ", ".join(sorted(SUFFIXES))
        return ReadFailure(str(path), f"unsupported file type {path.suffix or '(none)'!r}; news-etl reads {known}")
    return InputFile(path, source, article_format, name)


def _is_regular(path: Path) -> bool:
    """Whether ``path`` is (or links to) a regular file; a missing one is left for reading to report."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True


def _count_lines(path: Path, max_bytes: int) -> int:
    try:
        with _open_regular(path) as stream:
            return sum(1 for line in _bounded_lines(stream, max_bytes) if line is None or line.strip())
    except OSError:
        return 1  # reading it will fail too, and that failure is one item


def _printable(name: str) -> str:
    """A file name that is not valid UTF-8 keeps its readable part; the database needs valid text."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _decode(data: bytes) -> tuple[str | None, str | None]:
    """The UTF-8 text (without a byte-order mark), or why the bytes are not text."""
    if b"\x00" in data[:SNIFF_BYTES]:
        return None, "binary file, not text"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, f"not UTF-8 text (invalid byte 0x{data[error.start]:02x} at offset {error.start})"
    return text.removeprefix("\ufeff"), None
