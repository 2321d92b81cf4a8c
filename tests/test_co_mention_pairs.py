"""co_mention_pairs: the load keeps it equal to the pairs analytics.co_mentions used to compute
from mentions when read, through loads, deletions, re-extractions, replaced URIs and batches
loaded article by article; the view reads it."""

import json
from dataclasses import replace
from pathlib import Path

from sqlalchemy import create_engine, text

import etl
from etl.db import migrate
from etl.db.articles import delete_articles
from etl.db.co_mention_pairs import insert_co_mention_pairs

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
COLUMNS = "article_id, actor_id, scope, other_kind, other_id, actor_mentions, other_mentions, sentences"

# analytics.co_mentions as revision 32de56e9ebd6 made it, pairing each article's mentions when
# read: the reference the stored pairs must equal.
REFERENCE = """
SELECT a.id AS article_id, pairs.actor_id, pairs.scope, pairs.other_kind, pairs.other_id,
       pairs.actor_mentions::int, pairs.other_mentions::int, pairs.sentences::int
FROM articles a
CROSS JOIN LATERAL (
    SELECT actor_side.scope, actor_side.actor_id,
           CASE WHEN other_side.place_id IS NOT NULL THEN 'place' ELSE 'organization' END AS other_kind,
           coalesce(other_side.place_id, other_side.organization_id) AS other_id,
           sum(actor_side.mentions) AS actor_mentions,
           sum(other_side.mentions) AS other_mentions,
           CASE WHEN actor_side.scope = 'sentence' THEN count(*) END AS sentences
    FROM (
        SELECT 'article' AS scope, -1 AS sentence, actor_id, count(*) AS mentions
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NOT NULL
        GROUP BY actor_id
        UNION ALL
        SELECT 'sentence', sentence, actor_id, count(*)
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NOT NULL AND sentence IS NOT NULL
        GROUP BY sentence, actor_id
    ) AS actor_side
    JOIN (
        SELECT 'article' AS scope, -1 AS sentence, organization_id, place_id, count(*) AS mentions
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NULL
        GROUP BY organization_id, place_id
        UNION ALL
        SELECT 'sentence', sentence, organization_id, place_id, count(*)
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NULL AND sentence IS NOT NULL
        GROUP BY sentence, organization_id, place_id
    ) AS other_side
      ON other_side.scope = actor_side.scope AND other_side.sentence = actor_side.sentence
    GROUP BY actor_side.scope, actor_side.actor_id, other_side.place_id, other_side.organization_id
) AS pairs
"""


def _stored(connection) -> list[tuple]:
    return sorted(connection.execute(text(f"SELECT {COLUMNS} FROM co_mention_pairs")).all())


def _computed(connection) -> list[tuple]:
    """The pairs computed from the mentions now, as the view used to."""
    return sorted(connection.execute(text(REFERENCE)).all())


def _viewed(connection) -> list[tuple]:
    return sorted(connection.execute(text(f"SELECT {COLUMNS} FROM analytics.co_mentions")).all())


def _write(path: Path, content: str) -> Path:
    path.write_text(content, encoding="utf-8")
    return path


def test_co_mention_pairs_follow_loads_and_deletions(connection, settings, tmp_path):
    report = etl.run([_write(tmp_path / "kabul.txt", KABUL), _write(tmp_path / "herat.txt", HERAT)], settings,
                     connection=connection)
    kabul, herat = (article.article_id for article in report.articles)
    both = _stored(connection)
    assert both == _computed(connection) == _viewed(connection)
    assert {row.article_id for row in both} == {kabul, herat}
    assert {row.scope for row in both} == {"article", "sentence"}

    removed = delete_articles(connection, [kabul])
    assert _stored(connection) == _computed(connection) != both
    assert removed.rows["co_mention_pairs"] == len(both) - len(_stored(connection)) > 0
    assert {row.article_id for row in _stored(connection)} == {herat}


def test_co_mention_pairs_follow_a_re_extraction(connection, settings, tmp_path):
    path = _write(tmp_path / "kabul.txt", KABUL)
    (article,) = etl.run([path], settings, connection=connection).articles
    # A stale extraction: a place the rules no longer find, said to be in the sentence that
    # first names a person, and the pairs as the load made them then.
    stale = connection.scalar(text("INSERT INTO places (key, name) VALUES ('place:stale', 'Stale') RETURNING id"))
    connection.execute(text(
        "INSERT INTO mentions (article_id, place_id, start_char, end_char, text, label, sentence) "
        "SELECT id, :place, 0, 3, substr(text, 1, 3), 'GPE', "
        "       (SELECT min(sentence) FROM mentions WHERE article_id = :article AND actor_id IS NOT NULL) "
        "FROM articles WHERE id = :article"
    ), {"place": stale, "article": article.article_id})
    connection.execute(text("DELETE FROM co_mention_pairs"))
    insert_co_mention_pairs(connection, [article.article_id])
    assert {row.scope for row in connection.execute(text(
        "SELECT scope FROM co_mention_pairs WHERE place_id = :place"), {"place": stale})} == {"article", "sentence"}

    etl.run([path], settings, connection=connection, force=True)

    assert _stored(connection) == _computed(connection) != []
    assert not any((row.other_kind, row.other_id) == ("place", stale) for row in _stored(connection))


def test_co_mention_pairs_follow_a_new_text_at_a_loaded_uri(connection, settings, tmp_path):
    path = _write(tmp_path / "story.txt", KABUL)
    etl.run([path], settings, connection=connection)
    kabul = _stored(connection)
    (replaced,) = etl.run([_write(path, HERAT)], settings, connection=connection).articles
    assert replaced.status == "loaded"
    assert connection.scalar(text("SELECT count(*) FROM articles")) == 1
    assert _stored(connection) == _computed(connection) not in ([], kabul)


def test_co_mention_pairs_when_a_batch_is_loaded_article_by_article(connection, settings, tmp_path):
    lines = [{"id": "kabul", "text": KABUL},
             {"id": "nul", "text": "PostgreSQL text cannot hold this: \u0000."},
             {"id": "herat", "text": HERAT}]
    path = _write(tmp_path / "three.jsonl", "".join(json.dumps(line) + "\n" for line in lines))
    report = etl.run([path], settings, connection=connection)
    assert [a.status for a in report.articles] == ["loaded", "failed", "loaded"]
    assert _stored(connection) == _computed(connection)
    assert len({row.article_id for row in _stored(connection)}) == 2


def test_co_mentions_counted_whole_reads_only_the_pairs(connection, settings, seed_path):
    etl.run([seed_path], settings, connection=connection)
    connection.execute(text("ANALYZE"))
    plan = "\n".join(connection.scalars(text("EXPLAIN SELECT count(*) FROM analytics.co_mentions")))
    assert "co_mention_pairs" in plan
    assert not any(table in plan for table in (" actors", " articles", " places", " organizations")), plan


def test_co_mention_pairs_filled_on_upgrade(scratch_url, settings, seed_path):
    """A database loaded before the table existed gets its pairs on upgrade, and the view its rows back on
    downgrade."""
    engine = create_engine(scratch_url)
    try:
        migrate.upgrade(engine)
        etl.run([seed_path], replace(settings, database_url=scratch_url))
        with engine.connect() as connection:
            loaded = _stored(connection)
            assert loaded == _computed(connection) != []
        migrate.downgrade(engine, "a9d69bc0912d")
        with engine.connect() as connection:
            assert _viewed(connection) == loaded
        migrate.upgrade(engine)
        with engine.connect() as connection:
            assert _stored(connection) == loaded == _viewed(connection)
    finally:
        engine.dispose()
