"""Migrations: one head, every revision walks up and down (the stairway), an old
database upgraded ends with exactly the schema a new one gets, released revisions
never change, and the models match the migrated schema."""

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import Script, ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect, text

from etl.db import migrate
from etl.db.base import metadata
from tests.schema_snapshot import schema_snapshot

RELEASED = {
    "8dfec95f2409": "257dff22e74fa817158b31471a6ea7f8868354a82f160fffa8693060595261ab",
    "3f1a9c2d7b10": "c5b4d75621bab92e7522bb47c8dbed801c336cf9812f9a299db1dd1b665d7015",
    "5b2e8d4c1a20": "e8279faa699550a3cdc5e8eda7de18816ee2a83df990a67c2e1d5d6e04aa8f82",
    "7d5a2f0b3c40": "e6775da8cbe3576b4bb9b573f45d5fd39b7fb42f98fd6c116af929bb62ebfeb5",
    "100a9e85a6a2": "3ed37bafdbc7c6de53b4ef688319c7c2d28b50d33d1f401d29fcd60eb5129ce4",
    "ac24d4e170e0": "b64c23c9129a3311e21608acd156addf5c56d97490c0bd5a860559460c1f9248",
    "a4c7e2f19b63": "1cb9a77a7f07055f62b5e498f11939c0898b5cc3f59ac98efb6784c35b2504fb",
    "886f09e6d610": "b6ab32f2d6918eaa8879bcf50d6fdd81591020ff89e15b4b110ffdae909fe75a",
    "4e7c1b9d2f31": "fa397558906bb743565eee9621bb575eaa471ca44630bcdf68398d9642a09653",
    "2b6f1d8e4a57": "450454c1e430f28c77eac3303dbd84ab8457ea59c25c79e7e5a710aa219a477b",
    "062d75346ee1": "81a831167d2cdfb1669db398f518469ccd5fbfffcea98ab84003b6da044b4a8d",
    "32de56e9ebd6": "40e71b92eb1b06ce3c9d7de98023389e2190f5bc129c05982aece41ffe157979",
    "a9d69bc0912d": "ece0f91371a1fe188bc35ab6e70b426c8e663eb669f31ea07180c1c3dd0c02bc",
    "63aeaec37291": "bf9aebeda4583267bfa6e1dbc825d520855d1fdd0f8671cbacdc434c5977076e",
    "5d1e7c3b9a02": "489904247a2e72375e3cae5094fd554342a083ce2bac241a89e3f1f1c103374c",
    "78073e0bd60e": "706af861f8d7e5253f7bac9324bcf2491baae9a35a4ed798ebc59a3562b5a852",
    "f4f9490c784a": "ab9127e4a4e1c997ae37c199a062e95dc1c0939d0297d4e968a3937cceed00f4",
}
"""sha256 of each released revision's file. A released revision is never edited (a database
already past it would never see the change): write a new revision instead."""


def _revisions() -> list[Script]:
    """Every revision, oldest first."""
    return list(reversed(list(ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions())))


def _sha256(path: str) -> str:
    """The file's hash, its line ends read as \\n (a Windows checkout hashes the same)."""
    return hashlib.sha256(Path(path).read_text(encoding="utf-8").encode()).hexdigest()


def _snapshot(engine: Engine) -> dict[str, list[tuple]]:
    with engine.connect() as connection:
        return schema_snapshot(connection)


@pytest.fixture
def scratch_engine(scratch_url: str) -> Iterator[Engine]:
    engine = create_engine(scratch_url)
    yield engine
    engine.dispose()


def test_migrations_single_head():
    assert len(migrate.head_revisions()) == 1


def test_migrations_released_revisions_are_unchanged():
    files = {script.revision: _sha256(script.path) for script in _revisions()}
    assert {revision: files.get(revision) for revision in RELEASED} == RELEASED


def test_migrations_every_revision_but_the_head_is_released():
    # A revision that gets a successor is final: record its hash in RELEASED.
    assert [script.revision for script in _revisions()[:-1]] == list(RELEASED)


def test_migrations_stairway(scratch_engine):
    """Each revision in turn: up, down to the one before (which must give back its schema
    exactly), and up again (which must give the same schema as the first time)."""
    below = _snapshot(scratch_engine)
    for script in _revisions():
        migrate.upgrade(scratch_engine, script.revision)
        above = _snapshot(scratch_engine)
        migrate.downgrade(scratch_engine, script.down_revision or "base")
        assert _snapshot(scratch_engine) == below, f"downgrade of {script.revision} does not undo its upgrade"
        migrate.upgrade(scratch_engine, script.revision)
        assert _snapshot(scratch_engine) == above, f"{script.revision} upgrades differently the second time"
        below = above


def test_migrations_stairway_up_down_up(scratch_engine):
    migrate.upgrade(scratch_engine)
    migrate.downgrade(scratch_engine, "base")
    assert set(inspect(scratch_engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(scratch_engine)
    assert migrate.current_revisions(scratch_engine) == migrate.head_revisions()


@pytest.mark.parametrize("revision", [script.revision for script in _revisions()[:-1]])
def test_migrations_old_database_upgrades_to_the_new_schema(engine, scratch_engine, revision):
    """A database made at an earlier head and upgraded has the schema of one made at head:
    tables, columns, types, constraints, indexes, comments and view definitions."""
    migrate.upgrade(scratch_engine, revision)
    migrate.upgrade(scratch_engine)
    assert migrate.current_revisions(scratch_engine) == migrate.head_revisions()
    assert _snapshot(scratch_engine) == _snapshot(engine)


def test_migrations_run_history_keeps_the_ingest_log(scratch_engine):
    """ac24d4e170e0 turns ingest_log rows into events (and their runs), and its downgrade
    turns the events back into ingest_log rows, counting them as attempts."""
    migrate.upgrade(scratch_engine, "100a9e85a6a2")
    with scratch_engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO ingest_log (source, input_hash, run_id, status, stage, error, started_at, seconds, attempts) "
            "VALUES ('a.txt', '', gen_random_uuid(), 'failed', 'read', 'empty file', now(), 0.5, 3)"
        ))
    migrate.upgrade(scratch_engine, "ac24d4e170e0")
    with scratch_engine.begin() as connection:
        assert connection.execute(text("SELECT source, status, error, attempts FROM ingest_log")).all() == [
            ("a.txt", "failed", "empty file", 1)]
        connection.execute(text(
            "INSERT INTO ingest_events (run_id, source, input_hash, status, started_at, seconds) "
            "SELECT id, 'a.txt', '', 'unchanged', now(), 0.1 FROM runs"
        ))
    migrate.downgrade(scratch_engine, "100a9e85a6a2")
    with scratch_engine.connect() as connection:
        assert connection.execute(text("SELECT source, status, error, attempts FROM ingest_log")).all() == [
            ("a.txt", "unchanged", None, 2)]


def test_migrations_match_the_models(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_migrations_comment_every_table_and_column(engine):
    inspector = inspect(engine)
    for table in inspector.get_table_names():
        if table == "alembic_version":
            continue
        assert inspector.get_table_comment(table)["text"], table
        for column in inspector.get_columns(table):
            assert column.get("comment"), f"{table}.{column['name']}"


def test_migrations_article_identity_fills_uris_and_moves_bylines_reversibly(scratch_engine):
    """062d75346ee1 gives stored articles a unique uri (the URL a source names, else their text's
    urn:sha256) and moves byline mentions to article_authors; its downgrade puts them back."""
    migrate.upgrade(scratch_engine, "2b6f1d8e4a57")
    with scratch_engine.begin() as connection:
        connection.execute(text("INSERT INTO runs (id) VALUES ('00000000-0000-0000-0000-000000000001')"))
        for number, source in enumerate(("story.txt", "story.txt", "feed.jsonl#https://www.example.org/a"), start=1):
            connection.execute(text(
                "INSERT INTO articles (source, content_hash, format, text, extractor_version, run_id) "
                "VALUES (:source, repeat(:digit, 64), 'txt', 'Title\n\nBy Ann Lee\n\nBody.', '0', "
                "'00000000-0000-0000-0000-000000000001')"), {"source": source, "digit": str(number)})
        connection.execute(text("INSERT INTO actors (key, kind, name) VALUES ('person:ann lee', 'named', 'Ann Lee')"))
        connection.execute(text(
            "INSERT INTO mentions (article_id, actor_id, start_char, end_char, text, label) "
            "SELECT a.id, ac.id, 10, 17, 'Ann Lee', 'byline' FROM articles a, actors ac"))
        before = connection.execute(text("SELECT * FROM mentions ORDER BY id")).all()
    migrate.upgrade(scratch_engine, "062d75346ee1")
    with scratch_engine.connect() as connection:
        assert connection.execute(text("SELECT uri, url, outlet, language FROM articles ORDER BY id")).all() == [
            (f"urn:sha256:{'1' * 64}", None, None, "en"),
            (f"urn:sha256:{'2' * 64}", None, None, "en"),
            ("https://www.example.org/a", "https://www.example.org/a", "example.org", "en"),
        ]
        assert connection.scalar(text("SELECT count(*) FROM mentions")) == 0
        authors = connection.execute(text("SELECT position, start_char, end_char FROM article_authors")).all()
        assert authors == [(1, 10, 17)] * 3
    migrate.downgrade(scratch_engine, "2b6f1d8e4a57")
    with scratch_engine.connect() as connection:
        restored = connection.execute(text("SELECT * FROM mentions ORDER BY id")).all()
    assert [row[1:] for row in restored] == [row[1:] for row in before]


def test_migrations_co_mention_pairs_entity_checks_come_back_on_downgrade(scratch_engine):
    """78073e0bd60e drops the pairs' foreign keys to the entities (mentions check the same ids);
    its downgrade removes any pair whose entity is gone, then puts them back."""
    migrate.upgrade(scratch_engine, "78073e0bd60e")
    with scratch_engine.begin() as connection:
        _insert_article(connection, "Ann Lee in Kabul.")
        connection.execute(text("INSERT INTO actors (key, kind, name) VALUES "
                                "('person:ann lee', 'named', 'Ann Lee'), ('person:bo li', 'named', 'Bo Li')"))
        connection.execute(text("INSERT INTO places (key, name) VALUES ('place:kabul', 'Kabul')"))
        connection.execute(text(
            "INSERT INTO co_mention_pairs (article_id, actor_id, scope, other_kind, other_id, place_id, "
            "                              actor_mentions, other_mentions) "
            "SELECT a.id, ac.id, 'article', 'place', p.id, p.id, 1, 1 FROM articles a, actors ac, places p"))
        # Deleted by hand: nothing in news-etl deletes an actor that a mention, so a pair, names.
        connection.execute(text("DELETE FROM actors WHERE name = 'Bo Li'"))
    migrate.downgrade(scratch_engine, "5d1e7c3b9a02")
    with scratch_engine.begin() as connection:
        assert connection.scalar(text(
            "SELECT string_agg(ac.name, ',') FROM co_mention_pairs p JOIN actors ac ON ac.id = p.actor_id")) == "Ann Lee"
        connection.execute(text("DELETE FROM places"))
        assert connection.scalar(text("SELECT count(*) FROM co_mention_pairs")) == 0, "the cascade is back"
    foreign_keys = {fk["referred_table"] for fk in inspect(scratch_engine).get_foreign_keys("co_mention_pairs")}
    assert foreign_keys == {"articles", "actors", "organizations", "places"}


def test_migrations_claim_fragments_number_the_claims_that_share_a_cue(scratch_engine):
    """f4f9490c784a numbers the claims already loaded by their cue: two claims with one cue are
    fragments 1 and 2 of one statement, a claim alone is fragment 1."""
    migrate.upgrade(scratch_engine, "78073e0bd60e")
    with scratch_engine.begin() as connection:
        _insert_article(connection, "The goal, he said, is peace. Jo said no.")
        connection.execute(text(
            "INSERT INTO claims (article_id, start_char, end_char, text, cue, cue_start, cue_end) "
            "SELECT id, s, e, t, 'said', c, c + 4 FROM articles, (VALUES (0, 8, 'The goal', 13), "
            "(19, 27, 'is peace', 13), (37, 39, 'no', 32)) AS v(s, e, t, c)"))
    migrate.upgrade(scratch_engine, "f4f9490c784a")
    with scratch_engine.connect() as connection:
        rows = connection.execute(text("SELECT text, fragment FROM claims ORDER BY start_char")).all()
    assert rows == [("The goal", 1), ("is peace", 2), ("no", 1)]
    migrate.downgrade(scratch_engine, "78073e0bd60e")
    columns = {column["name"] for column in inspect(scratch_engine).get_columns("claims")}
    assert "fragment" not in columns


def test_migrations_negated_claims_start_false_and_leave_the_view_as_it_was(scratch_engine):
    """9b3e5a7c1d24 adds claims.negated, false for the claims already loaded, and the view's
    column; its downgrade gives the view back without it."""
    migrate.upgrade(scratch_engine, "f4f9490c784a")
    with scratch_engine.begin() as connection:
        _insert_article(connection, "Jo said no.")
        connection.execute(text("INSERT INTO claims (article_id, start_char, end_char, text, cue, cue_start, cue_end) "
                                "SELECT id, 8, 10, 'no', 'said', 3, 7 FROM articles"))
    migrate.upgrade(scratch_engine, "9b3e5a7c1d24")
    with scratch_engine.connect() as connection:
        assert connection.execute(text("SELECT claim, negated FROM analytics.claim_sources")).all() == [("no", False)]
    migrate.downgrade(scratch_engine, "f4f9490c784a")
    view_columns = {column["name"] for column in inspect(scratch_engine).get_columns("claim_sources", schema="analytics")}
    assert "negated" not in view_columns and "kind" in view_columns


def _insert_article(connection, body: str) -> None:
    """One run and one article with ``body`` as its text, in the schema of 78073e0bd60e and later."""
    connection.execute(text("INSERT INTO runs (id) VALUES ('00000000-0000-0000-0000-000000000001')"))
    connection.execute(
        text("INSERT INTO articles (source, uri, content_hash, format, text, extractor_version, run_id) "
             "VALUES ('a.txt', 'urn:a', repeat('1', 64), 'txt', :body, '0', '00000000-0000-0000-0000-000000000001')"),
        {"body": body},
    )
