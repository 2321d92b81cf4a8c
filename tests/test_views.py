"""Views: the files in schema/views are what the migrations create (the analysts' views
in analytics, ingest_log in public), every view and column is commented, and the views
answer their questions on the seed."""

from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import text

import etl
from etl.db import migrate

VIEWS_DIR = Path(__file__).resolve().parents[1] / "schema" / "views"


def _newest_view_texts() -> dict[str, str]:
    """Each view's text in the newest revision that defines it (a revision's VIEWS)."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    texts: dict[str, str] = {}
    for revision in script.walk_revisions():
        for name, sql in getattr(revision.module, "VIEWS", {}).items():
            texts.setdefault(name, sql)
    return texts


def _views(connection) -> set[str]:
    """The views the migrations made, as schema.name: the analysts' in analytics, and ingest_log in public."""
    return set(connection.scalars(text(
        "SELECT schemaname || '.' || viewname FROM pg_views WHERE schemaname IN ('analytics', 'public')"
    )))


def _file_views() -> dict[str, Path]:
    """Each file of schema/views by the view its first line names ("-- analytics.quote_attributions")."""
    return {path.read_text(encoding="utf-8").splitlines()[0].removeprefix("-- "): path
            for path in VIEWS_DIR.glob("*.sql")}


def test_views_files_equal_the_migrations():
    files = {path.stem: path.read_text(encoding="utf-8") for path in VIEWS_DIR.glob("*.sql")}
    assert files == _newest_view_texts()


def test_views_file_headers_say_which_question():
    for view, path in _file_views().items():
        schema, name = view.split(".")
        question = path.read_text(encoding="utf-8").splitlines()[1]
        assert schema in ("analytics", "public") and name == path.stem, path.name
        assert question.startswith("-- Answers: "), path.name


def test_views_migrated_are_the_files(connection):
    assert _views(connection) == set(_file_views())


def test_views_comment_every_view_and_column(connection):
    uncommented = connection.scalars(text("""
        SELECT c.relname || coalesce('.' || a.attname, '')
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname IN ('analytics', 'public')
        LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE c.relkind = 'v'
          AND (obj_description(c.oid, 'pg_class') IS NULL OR col_description(c.oid, a.attnum) IS NULL)
    """)).all()
    assert uncommented == []


def test_views_quote_attributions_lists_speakers_by_quotes(seeded_engine):
    with seeded_engine.connect() as connection:
        speakers = connection.execute(text(
            "SELECT speaker, count(*) FROM analytics.quote_attributions GROUP BY 1 ORDER BY 2 DESC, 1"
        )).all()
        quotes = connection.scalar(text("SELECT count(*) FROM quotes"))
    assert tuple(speakers[0]) == ("Ali Nazari", 7)
    assert sum(count for _, count in speakers) == quotes


def test_views_speaker_roles_come_from_the_roles_table(connection, settings, seed_path):
    # A hand-made role, distinct from any the extractor finds, shows the join whether or
    # not extraction fills the roles table yet.
    etl.run([seed_path], settings, connection=connection)
    connection.execute(text("""
        INSERT INTO roles (article_id, actor_id, role, of_text, start_char, end_char, text)
        SELECT a.id, ac.id, 'test auditor', 'the suite', 0, 9, left(a.text, 9)
        FROM articles a, actors ac WHERE ac.name = 'Ali Nazari'
    """))
    quote_roles = connection.scalars(text(
        "SELECT DISTINCT speaker_roles FROM analytics.quote_attributions WHERE speaker = 'Ali Nazari'"
    )).all()
    stats = connection.execute(text(
        "SELECT quotes, roles FROM analytics.speaker_stats WHERE speaker = 'Ali Nazari'"
    )).one()
    assert len(quote_roles) == 1 and "test auditor of the suite" in quote_roles[0].split("; ")
    assert stats.quotes == 7 and "test auditor of the suite" in stats.roles.split("; ")


def test_views_organization_mentions_count_the_taliban(seeded_engine):
    with seeded_engine.connect() as connection:
        taliban = connection.scalar(text(
            "SELECT mentions FROM analytics.organization_mentions WHERE organization = 'Taliban'"
        ))
        expected = connection.scalar(text(
            "SELECT count(*) FROM mentions m JOIN organizations o ON o.id = m.organization_id WHERE o.name = 'Taliban'"
        ))
    assert taliban == expected > 20


def test_views_roles_one_row_per_role_with_whose(seeded_engine):
    with seeded_engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM analytics.roles")) == connection.scalar(
            text("SELECT count(*) FROM roles"))
        spokesman = connection.execute(text(
            "SELECT of_kind, of_name FROM analytics.roles WHERE actor = 'Ali Nazari' AND role = 'spokesman'"
        )).first()
    assert tuple(spokesman) == ("named", "Ahmad Massoud")


def test_views_mentions_by_day_count_every_dated_mention(seeded_engine):
    with seeded_engine.connect() as connection:
        by_day = connection.execute(text(
            "SELECT day, sum(mentions) FROM analytics.mentions_by_day GROUP BY day"
        )).all()
        dated = connection.execute(text(
            "SELECT a.published, count(*) FROM mentions m JOIN articles a ON a.id = m.article_id "
            "WHERE a.published IS NOT NULL GROUP BY a.published"
        )).all()
    assert sorted(by_day) == sorted(dated) and by_day


def test_views_co_mentions_by_sentence_are_within_the_article(seeded_engine):
    """Every pair named in one sentence is also named in one article, with no more
    mentions; and the seed has pairs that share an article but no sentence."""
    with seeded_engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT scope, actor_id, other_kind, other_id, article_id, actor_mentions, other_mentions, sentences "
            "FROM analytics.co_mentions"
        )).all()
    by_article = {row[1:5]: row for row in rows if row.scope == "article"}
    by_sentence = {row[1:5]: row for row in rows if row.scope == "sentence"}
    assert by_sentence and set(by_sentence) < set(by_article)
    for pair, row in by_sentence.items():
        assert row.actor_mentions <= by_article[pair].actor_mentions and row.sentences >= 1
        assert row.other_mentions <= by_article[pair].other_mentions and by_article[pair].sentences is None
