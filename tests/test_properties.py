"""Property tests: read and clean take any bytes and any text without an unexpected error,
and every offset they give indexes the text."""

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.clean import clean
from etl.errors import InputError
from etl.read import read_inputs
from etl.records import RawArticle, ReadFailure

EXAMPLES = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Text that looks like articles often enough to reach the title, byline, dateline and heading rules.
PIECES = st.sampled_from(["\n", "\n\n", " ", "\t", "\r\n", "By Ana Reyes", "KABUL (AP) \u2014 ", "said", '"', "\u201c",
                          "Valley", "March 3, 2024", ".", "Title", "\u00e9", "\x00", "\ufeff", "{", "<p>",
                          "Editor's note:"])
ARTICLE_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=30).map("".join)


def _check_offsets(article) -> None:
    for region in article.regions:
        assert 0 <= region.start <= region.end <= len(article.text)
    for paragraph in article.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= len(article.text)


def _read_and_clean(items) -> None:
    for item in items:
        if isinstance(item, ReadFailure):
            assert item.reason
            continue
        try:
            _check_offsets(clean(item))
        except InputError:
            pass


@EXAMPLES
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".jsonl", ".html"]))
def test_read_and_clean_any_bytes_of_a_file(tmp_path, data, suffix):
    path = tmp_path / f"any{suffix}"
    path.write_bytes(data)
    _read_and_clean(read_inputs([path], max_bytes=300))


@EXAMPLES
@given(data=st.one_of(st.binary(max_size=400), ARTICLE_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_read_and_clean_any_standard_input(monkeypatch, data):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    _read_and_clean(read_inputs(["-"], max_bytes=300))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | ARTICLE_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=6,
)


@EXAMPLES
@given(text=ARTICLE_TEXT)
def test_clean_any_text_file(text):
    _check_offsets(clean(RawArticle("any.txt", text)))


@EXAMPLES
@given(record=st.fixed_dictionaries({}, optional={
    "text": JSON_VALUES, "title": JSON_VALUES, "authors": JSON_VALUES, "published": JSON_VALUES, "id": JSON_VALUES,
}))
def test_clean_any_json_line(record):
    try:
        _check_offsets(clean(RawArticle("any.jsonl:1", json.dumps(record), "jsonl")))
    except InputError:
        pass
