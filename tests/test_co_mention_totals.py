"""co_mention_totals: the load keeps it equal to analytics.co_mentions summed over the archive,
through loads, deletions, re-extractions, replaced URIs and batches loaded article by article."""

import json
from dataclasses import replace
from pathlib import Path

from sqlalchemy import create_engine, text

import etl
from etl.db import migrate
from etl.db.articles import delete_articles
from etl.db.co_mention_totals import add_co_mentions

KABUL = (
    "Resistance Holds Out in the North\n\n"
    "Ahmad Massoud met elders in Kabul on Monday, and the Taliban said that talks with the "
    "United Nations would go on in Afghanistan.\n\n"
    "Later, Massoud flew to Dushanbe, where the United Nations has an office.\n"
)
HERAT = (
    "Floods in the West\n\n"
    "Ismail Khan said on Tuesday that the Red Crescent had reached Herat.\n\n"
    "Ahmad Massoud, speaking in Kabul, asked the United Nations for help.\n"
)
COUNTS = "articles, sentences, actor_mentions, other_mentions"


def _totals(connection) -> list[tuple]:
    return sorted(connection.execute(text(
        f"SELECT actor_id, other_kind, other_id, scope, {COUNTS} FROM analytics.co_mention_totals"
    )).all())


def _summed(connection) -> list[tuple]:
    """analytics.co_mentions summed over every article: what the totals must be."""
    return sorted(connection.execute(text(
        "SELECT actor_id, other_kind, other_id, scope, count(*)::int, sum(sentences)::int, "
        "sum(actor_mentions)::int, sum(other_mentions)::int "
        "FROM analytics.co_mentions GROUP BY actor_id, other_kind, other_id, scope"
    )).all())


def _write(path: Path, content: str) -> Path:
    path.write_text(content, encoding="utf-8")
    return path


def test_co_mention_totals_follow_loads_and_deletions(connection, settings, tmp_path):
    report = etl.run([_write(tmp_path / "kabul.txt", KABUL), _write(tmp_path / "herat.txt", HERAT)], settings,
                     connection=connection)
    kabul, herat = (article.article_id for article in report.articles)
    both = _totals(connection)
    assert both == _summed(connection)
    # Pairs both articles name are summed: Massoud with Kabul, in two articles.
    assert any(row.articles == 2 and row.scope == "sentence" for row in both)
    assert any(row.scope == "sentence" for row in both) and any(row.scope == "article" for row in both)

    removed = delete_articles(connection, [kabul])
    assert _totals(connection) == _summed(connection) != both
    # The pairs only the deleted article named went; the shared ones lost its share.
    assert removed.rows["co_mention_totals"] == len(both) - len(_totals(connection)) > 0

    delete_articles(connection, [herat])
    assert connection.scalar(text("SELECT count(*) FROM co_mention_totals")) == 0


def test_co_mention_totals_follow_a_re_extraction(connection, settings, tmp_path):
    path = _write(tmp_path / "kabul.txt", KABUL)
    (article,) = etl.run([path], settings, connection=connection).articles
    # A stale extraction: a place the rules no longer find, said to be in the sentence that
    # first names a person, and the totals as the load made them then.
    stale = connection.scalar(text("INSERT INTO places (key, name) VALUES ('place:stale', 'Stale') RETURNING id"))
    connection.execute(text(
        "INSERT INTO mentions (article_id, place_id, start_char, end_char, text, label, sentence) "
        "SELECT id, :place, 0, 3, substr(text, 1, 3), 'GPE', "
        "       (SELECT min(sentence) FROM mentions WHERE article_id = :article AND actor_id IS NOT NULL) "
        "FROM articles WHERE id = :article"
    ), {"place": stale, "article": article.article_id})
    connection.execute(text("DELETE FROM co_mention_totals"))
    add_co_mentions(connection, [article.article_id])
    assert {row.scope for row in _totals(connection)
            if (row.other_kind, row.other_id) == ("place", stale)} == {"article", "sentence"}

    etl.run([path], settings, connection=connection, force=True)

    assert _totals(connection) == _summed(connection)
    assert not any((row.other_kind, row.other_id) == ("place", stale) for row in _totals(connection))


def test_co_mention_totals_follow_a_new_text_at_a_loaded_uri(connection, settings, tmp_path):
    path = _write(tmp_path / "story.txt", KABUL)
    etl.run([path], settings, connection=connection)
    (replaced,) = etl.run([_write(path, HERAT)], settings, connection=connection).articles
    assert replaced.status == "loaded"
    assert connection.scalar(text("SELECT count(*) FROM articles")) == 1
    assert _totals(connection) == _summed(connection) != []


def test_co_mention_totals_when_a_batch_is_loaded_article_by_article(connection, settings, tmp_path):
    lines = [{"id": "kabul", "text": KABUL},
             {"id": "nul", "text": "PostgreSQL text cannot hold this: \u0000."},
             {"id": "herat", "text": HERAT}]
    path = _write(tmp_path / "three.jsonl", "".join(json.dumps(line) + "\n" for line in lines))
    report = etl.run([path], settings, connection=connection)
    assert [a.status for a in report.articles] == ["loaded", "failed", "loaded"]
    assert _totals(connection) == _summed(connection) != []


def test_co_mention_totals_filled_on_upgrade(scratch_url, settings, seed_path):
    """A database loaded before the table existed gets its totals on upgrade; downgrade drops them."""
    engine = create_engine(scratch_url)
    try:
        migrate.upgrade(engine)
        etl.run([seed_path], replace(settings, database_url=scratch_url))
        with engine.connect() as connection:
            loaded = _totals(connection)
        migrate.downgrade(engine, "a9d69bc0912d")
        migrate.upgrade(engine)
        with engine.connect() as connection:
            assert _totals(connection) == loaded == _summed(connection) != []
    finally:
        engine.dispose()
