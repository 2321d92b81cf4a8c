"""schema/examples.sql: every worked query runs and returns rows on the seed."""

import re
from pathlib import Path

import pytest
from sqlalchemy import text

EXAMPLES = Path(__file__).resolve().parents[1] / "schema" / "examples.sql"


def _examples() -> list[tuple[str, str]]:
    """(title, query) pairs: a query is its leading "-- N. ..." comment and the SQL up to ";" at a line end."""
    chunks = [chunk.strip() for chunk in re.split(r";\s*$", EXAMPLES.read_text(encoding="utf-8"), flags=re.M)]
    examples = []
    for chunk in filter(None, chunks):
        title = re.search(r"^-- (\d+\. .*)$", chunk, flags=re.M)
        assert title, f"an example without a numbered comment: {chunk[:80]!r}"
        examples.append((title.group(1), chunk))
    return examples


def test_examples_at_least_eight_with_comments():
    assert len(_examples()) >= 8


@pytest.mark.parametrize(("title", "query"), _examples(), ids=[title.split(".")[0] for title, _ in _examples()])
def test_examples_return_rows_on_the_seed(seeded_engine, title, query):
    with seeded_engine.connect() as connection:
        rows = connection.execute(text(query)).all()
    assert rows, title
