import json

import pytest
from sqlalchemy import delete, func, select, text, update

import etl
from etl.db import models
from etl.load.batch import BatchLoader, transactions
from etl.records import STAGES
from tests.conftest import data_row_counts


def test_pipeline_bad_inputs_are_reported_and_others_load(connection, settings, seed_path, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    report = etl.run([tmp_path / "missing.txt", tmp_path, seed_path], settings, connection=connection)
    outcome = {a.source: (a.status, a.stage) for a in report.articles}
    assert outcome == {
        str(tmp_path / "missing.txt"): ("failed", "read"),
        "binary.txt": ("failed", "read"),
        "empty.txt": ("failed", "read"),
        seed_path.name: ("loaded", None),
    }
    logged = dict(connection.execute(text("SELECT source, status FROM ingest_log")).all())
    assert logged[seed_path.name] == "loaded" and logged["empty.txt"] == "failed"


def test_pipeline_counts_on_the_seed(connection, settings, seed_path, gold):
    (article,) = etl.run([seed_path], settings, connection=connection).articles
    assert article.counts.quotes == len(gold["quotes"])
    assert article.counts.persons >= 8
    assert article.counts.anonymous >= 5


def _extracted_rows(connection) -> dict[str, set]:
    """Every extracted row by content, ids left out, so two loads can be compared."""
    return {
        table: set(connection.execute(text(
            f"SELECT a.source, t.start_char, t.end_char, t.text FROM {table} t JOIN articles a ON a.id = t.article_id"
        )).all())
        for table in ("mentions", "quotes", "claims")
    }


def test_pipeline_loads_an_html_page_with_offsets_into_the_stored_text(connection, settings, html_page):
    (report,) = etl.run([html_page], settings, connection=connection).articles
    assert report.status == "loaded" and report.counts.quotes == 1
    stored = connection.execute(select(models.Article.format, models.Article.title, models.Article.text)).one()
    assert stored.format == "html" and stored.title == "Delta Floods Force Thousands From Homes"
    assert "newsletter" not in stored.text
    speaker = connection.scalar(text(
        "SELECT ac.name FROM quotes q JOIN actors ac ON ac.id = q.speaker_actor_id "
        "JOIN articles a ON a.id = q.article_id "
        "WHERE substr(a.text, q.start_char + 1, q.end_char - q.start_char) = q.text"
    ))
    assert speaker == "Maria Santos"


def test_pipeline_loads_a_json_lines_file(connection, settings, jsonl_file):
    report = etl.run([jsonl_file], settings, connection=connection)
    assert [(a.source, a.status) for a in report.articles] == [
        ("archive.jsonl#flood-1", "loaded"), ("archive.jsonl#flood-2", "loaded")]
    published = connection.execute(select(models.Article.source, models.Article.published)
                                   .order_by(models.Article.source)).all()
    assert [str(p) for _, p in published] == ["2024-03-05", "2024-03-08"]


def test_pipeline_one_bad_input_in_a_batch_loads_every_other(connection, settings, html_page, jsonl_file, seed_path,
                                                             tmp_path):
    with jsonl_file.open("a", encoding="utf-8") as archive:
        archive.write('{"id": "no-text", "title": "Empty"}\n{oops\n')
    (tmp_path / "scan.html").write_text("<html><body><img src='scan.png'></body></html>")
    report = etl.run([tmp_path, seed_path], settings, connection=connection)
    outcome = {a.source: (a.status, a.stage) for a in report.articles}
    assert outcome == {
        "archive.jsonl#flood-1": ("loaded", None),
        "archive.jsonl#flood-2": ("loaded", None),
        "archive.jsonl#no-text": ("failed", "clean"),
        "archive.jsonl:4": ("failed", "read"),
        "flood.html": ("loaded", None),
        "scan.html": ("failed", "clean"),
        seed_path.name: ("loaded", None),
    }
    assert connection.scalar(select(func.count()).select_from(models.Article)) == 4


def test_pipeline_force_replaces_the_rows_of_an_article(connection, settings, seed_path):
    etl.run([seed_path], settings, connection=connection)
    before_rows, before_counts = _extracted_rows(connection), data_row_counts(connection)
    article_id = connection.scalar(select(models.Article.id))
    (again,) = etl.run([seed_path], settings, connection=connection, force=True).articles
    assert again.status == "loaded"
    assert _extracted_rows(connection) == before_rows
    assert data_row_counts(connection) == before_counts
    assert connection.scalar(select(models.Article.id)) == article_id


def test_pipeline_re_extracts_an_article_loaded_by_an_older_version(connection, settings, seed_path):
    etl.run([seed_path], settings, connection=connection)
    counts = data_row_counts(connection)
    connection.execute(update(models.Article).values(extractor_version="0.0.1"))
    connection.execute(delete(models.Quote))
    (again,) = etl.run([seed_path], settings, connection=connection).articles
    assert again.status == "loaded"
    assert connection.scalar(select(models.Article.extractor_version)) == etl.__version__
    assert data_row_counts(connection) == counts


def test_pipeline_two_workers_load_what_one_does(connection, settings, jsonl_file, html_page):
    report = etl.run([jsonl_file, html_page], settings, connection=connection, workers=2)
    assert report.workers == 2 and [a.status for a in report.articles] == ["loaded"] * 3
    in_workers = _extracted_rows(connection)
    etl.run([jsonl_file, html_page], settings, connection=connection, workers=1, force=True)
    assert _extracted_rows(connection) == in_workers


def test_pipeline_an_article_the_database_refuses_fails_alone_in_its_batch(connection, settings, tmp_path):
    lines = [{"id": "a", "text": "Officials in Kabul met on Monday."},
             {"id": "nul", "text": "PostgreSQL text cannot hold this: \u0000."},
             {"id": "b", "text": "Officials in Herat met on Tuesday."}]
    path = tmp_path / "three.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    report = etl.run([path], settings, connection=connection)
    assert [(a.source, a.status, a.stage) for a in report.articles] == [
        ("three.jsonl#a", "loaded", None), ("three.jsonl#nul", "failed", "load"), ("three.jsonl#b", "loaded", None)]
    assert connection.scalar(select(func.count()).select_from(models.Article)) == 2


def test_pipeline_loads_a_batch_in_one_transaction(connection, settings, seed_path, tmp_path, monkeypatch):
    # Rows of several articles share statements: rows that differ in shape (a place the
    # gazetteer knows beside one it does not) would break the batch and send it, slowly,
    # one article at a time.
    monkeypatch.setattr(BatchLoader, "_load_alone", lambda *_: pytest.fail("the batch was loaded article by article"))
    (tmp_path / "unknown.jsonl").write_text(
        json.dumps({"id": "z", "text": "Officials in Zorbania said the talks in Zorbania would resume."}) + "\n",
        encoding="utf-8",
    )
    report = etl.run([seed_path, tmp_path], settings, connection=connection)
    assert [a.status for a in report.articles] == ["loaded"] * 2


def test_pipeline_batches_commit_without_waiting_for_the_disk_on_their_connection_only(engine):
    with engine.connect() as loading, engine.connect() as other:
        with transactions(loading)() as batch:
            assert batch.scalar(text("SHOW synchronous_commit")) == "off"
        assert other.scalar(text("SHOW synchronous_commit")) == "on"


def test_pipeline_times_every_stage_under_one_vocabulary(connection, settings, seed_path):
    report = etl.run([seed_path], settings, connection=connection)
    assert tuple(report.stage_seconds) == STAGES
    assert all(seconds > 0 for seconds in report.stage_seconds.values()), report.stage_seconds


def test_pipeline_a_geocode_failure_is_logged_as_geocode(connection, settings, seed_path, monkeypatch):
    # It was logged as resolve before the stages had one vocabulary; the database's CHECK now allows it.
    def broken(resolved, gazetteer):
        raise RuntimeError("gazetteer unreadable")

    monkeypatch.setattr("etl.geocode.geocode", broken)
    report = etl.run([seed_path], settings, connection=connection)
    assert [(a.status, a.stage, a.error) for a in report.articles] == [
        ("failed", "geocode", "RuntimeError: gazetteer unreadable")]
    event = connection.execute(select(models.IngestEvent.stage, models.IngestEvent.reason)).one()
    assert tuple(event) == ("geocode", "RuntimeError: gazetteer unreadable")


def test_pipeline_a_loaded_page_is_cleaned_to_be_looked_up_but_not_parsed(connection, settings, html_page,
                                                                           monkeypatch):
    # Only its main text has a key: the executor cleans a page before the lookup, then parses only new ones.
    etl.run([html_page], settings, connection=connection)
    monkeypatch.setattr("etl.executors.work._parse_all", lambda *_: pytest.fail("a loaded page was parsed again"))
    (again,) = etl.run([html_page], settings, connection=connection).articles
    assert again.status == "unchanged"
