from pathlib import Path

import pytest

from etl.read import discover, read_inputs
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
