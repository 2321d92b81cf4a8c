import io
import json
import os
from pathlib import Path

import pytest

from etl.read import discover, expected_articles, read_inputs
from etl.records import RawArticle, ReadFailure


def _one(path: Path):
    items = list(read_inputs([path]))
    assert len(items) == 1
    return items[0]


def test_read_seed_as_text(seed_path):
    item = _one(seed_path)
    assert isinstance(item, RawArticle)
    assert item.source == seed_path.name
    assert item.content == seed_path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("latin1.txt", "caf\u00e9 au lait".encode("latin-1"), "not UTF-8"),
        ("page.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
def test_read_bad_input_names_the_file_and_the_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    item = _one(path)
    assert isinstance(item, ReadFailure)
    assert item.source.endswith(name)
    assert reason in item.reason


def test_read_missing_path(tmp_path):
    item = _one(tmp_path / "nowhere.txt")
    assert isinstance(item, ReadFailure) and "no such file" in item.reason


def test_read_folder_without_articles(tmp_path):
    (tmp_path / "notes.md").write_text("hello")
    item = _one(tmp_path)
    assert isinstance(item, ReadFailure) and "no articles" in item.reason


def test_read_folder_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.\n")
    (tmp_path / "a.txt").write_text("One.\n")
    assert [item.source for item in discover([tmp_path])] == ["a.txt", "b/two.txt"]


def test_read_normalizes_line_ends(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbfTitle\r\n\r\nBody.\r\n")
    assert _one(path).content == "Title\n\nBody.\n"


def test_read_html_page_as_html(html_page):
    item = _one(html_page)
    assert isinstance(item, RawArticle) and item.format == "html" and "<article>" in item.content


def test_read_json_lines_one_article_a_line_named_by_id(jsonl_file):
    items = list(read_inputs([jsonl_file]))
    assert [(item.source, item.format) for item in items] == [
        ("archive.jsonl#flood-1", "jsonl"), ("archive.jsonl#flood-2", "jsonl")]
    assert expected_articles(discover([jsonl_file])) == 2


def test_read_bad_json_line_fails_alone(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "a", "text": "One."}\n{broken\n\n["a list"]\n{"text": "No id."}\n', encoding="utf-8")
    items = list(read_inputs([path]))
    assert [(type(item).__name__, item.source) for item in items] == [
        ("RawArticle", "mixed.jsonl#a"),
        ("ReadFailure", "mixed.jsonl:2"),
        ("ReadFailure", "mixed.jsonl:4"),
        ("RawArticle", "mixed.jsonl:5"),
    ]
    assert "not a JSON line" in items[1].reason and "not a JSON object" in items[2].reason


def test_read_glob_pattern(tmp_path, html_page, jsonl_file):
    (tmp_path / "notes.md").write_text("not an article")
    assert [item.source for item in discover([str(tmp_path / "*.*")])] == ["archive.jsonl", "flood.html"]
    (failure,) = discover([str(tmp_path / "*.xml")])
    assert isinstance(failure, ReadFailure) and "no article files match" in failure.reason


@pytest.mark.parametrize(
    ("content", "formats"),
    [(b"Title\n\nBody.\n", ["txt"]), (b"<html><p>Body.</p></html>", ["html"]),
     (b'{"id": "x", "text": "A."}\n{"id": "y", "text": "B."}\n', ["jsonl", "jsonl"])],
    ids=["text", "html", "json-lines"],
)
def test_read_stdin_tells_the_format_from_the_first_character(monkeypatch, content, formats):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(content)))
    items = list(read_inputs(["-"]))
    assert [item.format for item in items] == formats
    assert items[0].source.startswith("<stdin>")


def _fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


def _zero_link(folder: Path, name: str) -> Path:
    path = folder / name
    path.symlink_to("/dev/zero")
    return path


@pytest.mark.parametrize("make", [_fifo, _zero_link], ids=["fifo", "link-to-dev-zero"])
def test_read_only_regular_files_given_or_in_a_folder(tmp_path, seed_path, make):
    given = make(tmp_path, "given.txt")
    (tmp_path / "folder").mkdir()
    inside = make(tmp_path / "folder", "inside.jsonl")
    items = list(read_inputs([given, tmp_path / "folder", seed_path]))
    failures = [item for item in items if isinstance(item, ReadFailure)]
    assert [(f.source, f.reason.split(" (")[0]) for f in failures] == [
        ("given.txt", "not a regular file"), (inside.name, "not a regular file")
    ]
    assert isinstance(items[-1], RawArticle)


def test_read_file_over_the_limit_fails_alone(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 300)
    small = tmp_path / "small.txt"
    small.write_text("Title\n\nBody.\n")
    items = list(read_inputs([big, small], max_bytes=1000))
    assert isinstance(items[0], ReadFailure) and "larger than the 1,000-byte limit" in items[0].reason
    assert isinstance(items[1], RawArticle)
    assert isinstance(_one(big), RawArticle)  # the default limit (5 MB) is far above


def test_read_json_line_over_the_limit_fails_alone_and_is_counted(tmp_path):
    path = tmp_path / "lines.jsonl"
    long_line = json.dumps({"id": "long", "text": "word " * 300})
    path.write_text(f'{long_line}\n{{"id": "short", "text": "A."}}\n')
    items = list(read_inputs([path], max_bytes=200))
    assert [(type(item).__name__, item.source) for item in items] == [
        ("ReadFailure", "lines.jsonl:1"), ("RawArticle", "lines.jsonl#short")
    ]
    assert expected_articles(discover([path]), max_bytes=200) == 2


@pytest.mark.parametrize(
    ("content", "failed"),
    [(b"Title\n\n" + b"word " * 300, ["<stdin>"]),
     (b'{"id": "x", "text": "' + b"word " * 300 + b'"}\n{"id": "y", "text": "B."}\n', ["<stdin>:1"])],
    ids=["text", "json-lines"],
)
def test_read_stdin_over_the_limit_fails_alone(monkeypatch, content, failed):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(content)))
    items = list(read_inputs(["-"], max_bytes=500))
    assert [item.source for item in items if isinstance(item, ReadFailure)] == failed
    assert all("larger than the 500-byte limit" in item.reason for item in items if isinstance(item, ReadFailure))
