"""SpanIndex: which spans share a character with a span, by bisection, checked against a scan."""

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.spans import SpanIndex

spans = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 60)).map(lambda p: (p[0], p[0] + p[1])), max_size=40)
queries = st.tuples(st.integers(0, 260), st.integers(0, 40)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=500, deadline=None)
@given(spans, queries)
def test_spans_overlapping_is_what_a_scan_finds(given_spans, query):
    start, end = query
    index = SpanIndex(given_spans)
    expected = sorted((s, e) for s, e in given_spans if s < end and start < e)
    assert sorted(index.overlapping(start, end)) == expected
    assert index.overlaps(start, end) == bool(expected) or start == end


@settings(max_examples=500, deadline=None)
@given(spans, st.integers(0, 260))
def test_spans_contains_is_what_a_scan_finds(given_spans, offset):
    assert SpanIndex(given_spans).contains(offset) == any(s <= offset < e for s, e in given_spans)
