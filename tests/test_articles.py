"""Articles as the user names them: identity (uri, url, outlet, language), authors, list and delete."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, select, text

import etl
from etl.cli import cli
from etl.db import models
from etl.db.articles import delete_articles, find_article, list_articles
from etl.errors import AmbiguousArticle, ArticleNotFound
from etl.db.export import export_document
from tests.conftest import data_row_counts

OTHER_ARTICLE = (
    "Resistance Holds Out in the North\n\n"
    "Ahmad Massoud met elders in Kabul on Monday, and the Taliban said that talks with the "
    "Zorblat Trading Company would go on in Afghanistan.\n\n"
    '"We will not give up," Massoud said.\n'
)


def _stories(tmp_path: Path) -> tuple[Path, Path]:
    """Two files named story.txt in different folders, with different texts."""
    paths = []
    for folder, city in (("a", "Kabul"), ("b", "Herat")):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "story.txt"
        path.write_text(f"Rain in {city}\n\nRain fell in {city} on Monday, officials said.\n", encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def test_articles_two_story_txt_are_two_articles_with_their_paths_as_uris(connection, settings, tmp_path,
                                                                            monkeypatch):
    first, second = _stories(tmp_path)
    report = etl.run([first, second], settings, connection=connection)
    assert [a.status for a in report.articles] == ["loaded", "loaded"]
    assert [a.shown for a in report.articles] == [str(first), str(second)]
    uris = connection.execute(select(models.Article.uri).order_by(models.Article.id)).scalars().all()
    assert uris == [first.resolve().as_uri(), second.resolve().as_uri()]
    with pytest.raises(AmbiguousArticle) as ambiguous:
        find_article(connection, "story.txt")
    assert all(uri in str(ambiguous.value) for uri in uris)
    ids = [a.article_id for a in report.articles]
    monkeypatch.chdir(tmp_path)
    assert find_article(connection, "a/story.txt") == ids[0]
    assert find_article(connection, "./b/story.txt") == ids[1]
    assert find_article(connection, str(second)) == ids[1]
    assert find_article(connection, uris[0]) == ids[0]
    assert find_article(connection, str(ids[1])) == ids[1]
    with pytest.raises(ArticleNotFound):
        find_article(connection, "c/story.txt")


def test_articles_show_story_txt_lists_both_and_a_path_names_one(scratch_url, settings, tmp_path, monkeypatch):
    first, second = _stories(tmp_path)
    runner = CliRunner()
    monkeypatch.chdir(tmp_path)
    loaded = runner.invoke(cli, ["--database-url", scratch_url, "run", "--workers", "1", "a/story.txt", "b/story.txt"])
    assert loaded.exit_code == 0, loaded.output
    assert "a/story.txt: " in loaded.output and "b/story.txt: " in loaded.output
    ambiguous = runner.invoke(cli, ["--database-url", scratch_url, "show", "story.txt", "--html", "x.html"])
    assert ambiguous.exit_code == 1
    assert first.resolve().as_uri() in ambiguous.output and second.resolve().as_uri() in ambiguous.output
    shown = runner.invoke(cli, ["--database-url", scratch_url, "show", "a/story.txt", "--html", "x.html"])
    assert shown.exit_code == 0, shown.output
    assert "Rain in Kabul" in (tmp_path / "x.html").read_text(encoding="utf-8")
    exported = runner.invoke(cli, ["--database-url", scratch_url, "export", "--article", "b/story.txt"])
    assert exported.exit_code == 0, exported.output
    (article,) = json.loads(exported.output)["articles"]
    assert (article["source"], article["uri"], article["title"]) == ("story.txt", second.resolve().as_uri(),
                                                                    "Rain in Herat")


def test_articles_a_json_line_keeps_its_url_and_outlet(connection, settings, jsonl_file):
    etl.run([jsonl_file], settings, connection=connection)
    rows = connection.execute(select(models.Article.source, models.Article.uri, models.Article.url,
                                     models.Article.outlet, models.Article.language).order_by(models.Article.id)).all()
    assert [tuple(row) for row in rows] == [
        ("archive.jsonl#flood-1", "https://example.org/flood-1", "https://example.org/flood-1", "example.org", "en"),
        ("archive.jsonl#flood-2", "https://example.org/flood-2", "https://example.org/flood-2", "example.org", "en"),
    ]


def test_articles_a_json_line_without_url_is_named_by_its_file_and_id(connection, settings, tmp_path):
    path = tmp_path / "archive.jsonl"
    records = [{"id": "a 1", "outlet": "Example Wire", "language": "fr-FR", "text": "Il pleut sur Paris."},
               {"text": "Rain fell on Lyon."}]
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    etl.run([path], settings, connection=connection)
    rows = connection.execute(select(models.Article.uri, models.Article.url, models.Article.outlet,
                                     models.Article.language).order_by(models.Article.id)).all()
    assert [tuple(row) for row in rows] == [
        (f"{path.as_uri()}#a%201", None, "Example Wire", "fr"),
        (f"{path.as_uri()}#line-2", None, None, "en"),
    ]
    assert find_article(connection, "archive.jsonl#a 1") == find_article(connection, f"{path.as_uri()}#a%201")


def test_articles_a_page_is_its_url_with_the_site_name_and_language(connection, settings, html_page):
    page = html_page.read_text(encoding="utf-8")
    html_page.write_text(
        page.replace("<html>", '<html lang="en-GB">').replace(
            "</head>", '<link rel="canonical" href="https://news.example.org/delta-floods">\n'
                       '<meta property="og:site_name" content="Example News">\n</head>'),
        encoding="utf-8",
    )
    etl.run([html_page], settings, connection=connection)
    row = connection.execute(select(models.Article.uri, models.Article.url, models.Article.outlet,
                                    models.Article.language)).one()
    assert tuple(row) == ("https://news.example.org/delta-floods", "https://news.example.org/delta-floods",
                          "Example News", "en")


def test_articles_a_new_text_at_a_loaded_uri_replaces_the_article(connection, settings, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(OTHER_ARTICLE, encoding="utf-8")
    first = etl.run([path], settings, connection=connection).articles[0]
    assert connection.scalar(text("SELECT count(*) FROM organizations WHERE name LIKE 'Zorblat%'")) == 1
    path.write_text(OTHER_ARTICLE.replace("Zorblat Trading Company", "elders"), encoding="utf-8")
    second = etl.run([path], settings, connection=connection).articles[0]
    assert (second.status, second.article_id) == ("loaded", first.article_id)
    assert connection.scalar(text("SELECT count(*) FROM articles")) == 1
    # What only the old text named is gone with it.
    assert connection.scalar(text("SELECT count(*) FROM organizations WHERE name LIKE 'Zorblat%'")) == 0


def test_articles_the_byline_author_is_an_author_not_a_mention(seeded_engine):
    with seeded_engine.connect() as connection:
        authors = connection.execute(text(
            "SELECT au.position, ac.name, ac.kind, substr(a.text, au.start_char + 1, au.end_char - au.start_char) "
            "FROM article_authors au JOIN actors ac ON ac.id = au.actor_id JOIN articles a ON a.id = au.article_id"
        )).all()
        assert [tuple(row) for row in authors] == [(1, "Jamie Dettmer", "named", "Jamie Dettmer")]
        assert connection.scalar(text("SELECT count(*) FROM mentions WHERE label = 'byline'")) == 0
        assert connection.scalar(text(
            "SELECT count(*) FROM analytics.actor_mentions WHERE actor = 'Jamie Dettmer'")) == 0
        (article,) = export_document(connection)["articles"]
    # export-v1 still lists the author among the article's persons.
    assert "Jamie Dettmer" in [person["name"] for person in article["persons"]]


def test_articles_list_shows_the_seed(seeded_url, seed_path):
    runner = CliRunner()
    table = runner.invoke(cli, ["--database-url", seeded_url, "list"])
    assert table.exit_code == 0, table.output
    header, row = table.output.splitlines()
    assert header.split("\t")[:6] == ["id", "published", "quotes", "claims", "persons", "uri"]
    assert seed_path.resolve().as_uri() in row and "Taliban Targets Panjshir Valley" in row
    listed = json.loads(runner.invoke(cli, ["--database-url", seeded_url, "list", "--json"]).output)
    assert [(a["uri"], a["published"]) for a in listed] == [(seed_path.resolve().as_uri(), "2021-08-23")]
    assert listed[0]["quotes"] > 0 and listed[0]["claims"] > 0 and listed[0]["persons"] > 0
    later = runner.invoke(cli, ["--database-url", seeded_url, "list", "--since", "2021-08-24", "--json"])
    assert json.loads(later.output) == []
    elsewhere = runner.invoke(cli, ["--database-url", seeded_url, "list", "--outlet", "example.org", "--json"])
    assert json.loads(elsewhere.output) == []


def test_articles_delete_removes_only_what_the_article_supports(connection, settings, seed_path, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(OTHER_ARTICLE, encoding="utf-8")
    etl.run([other], settings, connection=connection)
    others_only = data_row_counts(connection)
    other_document = export_document(connection)
    seed = etl.run([seed_path], settings, connection=connection).articles[0]
    with_seed = data_row_counts(connection)
    assert with_seed["organizations"] > others_only["organizations"]

    removed = delete_articles(connection, [seed.article_id])

    assert removed.articles == [seed_path.resolve().as_uri()]
    assert data_row_counts(connection) == others_only
    assert export_document(connection) == other_document
    # What it says it removed is what went, table by table.
    assert {table: removed.rows.get(table, 0) for table in with_seed} == {
        table: with_seed[table] - others_only[table] for table in with_seed}
    etl.run([seed_path], settings, connection=connection)
    assert data_row_counts(connection) == with_seed


def test_articles_force_removes_the_entities_the_old_extraction_alone_named(connection, settings, seed_path):
    seed = etl.run([seed_path], settings, connection=connection).articles[0]
    counts = data_row_counts(connection)
    # A stale extraction: an organization the rules no longer find, named only by this article.
    stale = connection.scalar(text("INSERT INTO organizations (key, name) VALUES ('organization:stale', 'Stale') "
                                   "RETURNING id"))
    connection.execute(text("INSERT INTO organization_aliases (organization_id, alias) VALUES (:id, 'Stale Co')"),
                       {"id": stale})
    connection.execute(text("INSERT INTO mentions (article_id, organization_id, start_char, end_char, text, label) "
                            "SELECT id, :org, 0, 3, substr(text, 1, 3), 'ORG' FROM articles WHERE id = :article"),
                       {"org": stale, "article": seed.article_id})
    etl.run([seed_path], settings, connection=connection, force=True)
    assert data_row_counts(connection) == counts


def test_articles_delete_command_asks_and_prints_what_it_removed(scratch_url, seed_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["--database-url", scratch_url, "run", "--workers", "1", str(seed_path)]).exit_code == 0
    declined = runner.invoke(cli, ["--database-url", scratch_url, "delete", seed_path.name], input="n\n")
    assert declined.exit_code == 1 and seed_path.resolve().as_uri() in declined.output
    deleted = runner.invoke(cli, ["--database-url", scratch_url, "delete", "--yes", seed_path.name])
    assert deleted.exit_code == 0, deleted.output
    assert f"Deleted {seed_path.resolve().as_uri()}" in deleted.output and "quotes" in deleted.output
    engine = create_engine(scratch_url)
    try:
        with engine.connect() as connection:
            assert set(data_row_counts(connection).values()) == {0}
    finally:
        engine.dispose()
    missing = runner.invoke(cli, ["--database-url", scratch_url, "delete", "--yes", seed_path.name])
    assert missing.exit_code == 1 and "no article loaded from" in missing.output


def test_articles_list_of_nothing_loaded_is_a_header(scratch_url):
    result = CliRunner().invoke(cli, ["--database-url", scratch_url, "list"])
    assert result.exit_code == 0 and result.output.startswith("id\t")


def test_articles_list_helper_filters_by_outlet_any_case(connection, settings, jsonl_file):
    etl.run([jsonl_file], settings, connection=connection)
    assert [row.uri for row in list_articles(connection, outlet="EXAMPLE.ORG")] == [
        "https://example.org/flood-1", "https://example.org/flood-2"]


def test_articles_a_later_line_with_the_same_url_replaces_the_earlier(connection, settings, tmp_path):
    path = tmp_path / "archive.jsonl"
    records = [{"id": "v1", "url": "https://example.org/story", "text": "Officials in Kabul met on Monday."},
               {"id": "v2", "url": "https://example.org/story", "text": "Officials in Herat met on Tuesday."}]
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    report = etl.run([path], settings, connection=connection)
    assert [a.status for a in report.articles] == ["loaded", "loaded"]
    assert report.articles[0].article_id == report.articles[1].article_id
    row = connection.execute(select(models.Article.uri, models.Article.source, models.Article.text)).one()
    assert tuple(row) == ("https://example.org/story", "archive.jsonl#v2", "Officials in Herat met on Tuesday.")
    # Kabul, which only the replaced text named, is gone with it (and its district and province).
    assert connection.scalar(text("SELECT count(*) FROM places WHERE name = 'Kabul'")) == 0


def test_articles_authors_of_json_lines_come_from_their_metadata(connection, settings, jsonl_file):
    etl.run([jsonl_file], settings, connection=connection)
    authors = connection.execute(text(
        "SELECT a.source, au.position, ac.name, au.start_char FROM article_authors au "
        "JOIN actors ac ON ac.id = au.actor_id JOIN articles a ON a.id = au.article_id ORDER BY a.id, au.position"
    )).all()
    assert [tuple(row) for row in authors] == [
        ("archive.jsonl#flood-1", 1, "Ana Reyes", None), ("archive.jsonl#flood-1", 2, "Tom Hale", None),
        ("archive.jsonl#flood-2", 1, "Tom Hale", None)]
    assert connection.scalar(text("SELECT count(*) FROM actors WHERE name = 'Tom Hale'")) == 1
    first = export_document(connection, "archive.jsonl#flood-1")["articles"][0]
    assert {"Ana Reyes", "Tom Hale"} <= {person["name"] for person in first["persons"]}


KABUL = "Officials in Kabul met on Monday. Governor Maria Delgado said talks would resume."
HERAT = "Officials in Herat met on Tuesday. Senator Tom Okafor said the talks had failed."
BALKH = "Officials in Balkh met on Friday. Mayor Lena Marsh said the roads would reopen."


@pytest.fixture
def one_batch(monkeypatch):
    """Every article of a run in one batch, as in a run of many, so that they share a transaction."""
    from etl import pipeline

    monkeypatch.setattr(pipeline._Flow, "_batch_size", lambda self, read: 16)


def _json_lines(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def _stored(connection) -> list[tuple[str, str]]:
    return [tuple(row) for row in connection.execute(text("SELECT uri, left(text, 17) FROM articles ORDER BY uri"))]


def _mentions_off_their_text(connection) -> int:
    return connection.scalar(text(
        "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE substr(a.text, m.start_char + 1, m.end_char - m.start_char) <> m.text"))


def test_articles_one_line_twice_is_loaded_once(connection, settings, tmp_path, one_batch):
    lines = [{"id": "1", "url": "https://example.org/u", "text": KABUL},
             {"id": "2", "url": "https://example.org/u", "text": KABUL}]
    report = etl.run([_json_lines(tmp_path / "twice.jsonl", lines)], settings, connection=connection)
    assert [a.status for a in report.articles] == ["loaded", "unchanged"]
    assert _stored(connection) == [("https://example.org/u", "Officials in Kabu")]


def test_articles_a_text_re_extracted_and_a_new_text_at_its_uri_are_two_articles(connection, settings, tmp_path, one_batch):
    etl.run([_json_lines(tmp_path / "first.jsonl", [{"id": "1", "url": "https://example.org/u", "text": KABUL}])],
            settings, connection=connection)
    lines = [{"id": "p", "url": "https://example.org/p", "text": KABUL},
             {"id": "u", "url": "https://example.org/u", "text": HERAT}]
    report = etl.run([_json_lines(tmp_path / "second.jsonl", lines)], settings, connection=connection, force=True)
    assert [a.status for a in report.articles] == ["loaded", "loaded"]
    assert _stored(connection) == [("https://example.org/p", "Officials in Kabu"), ("https://example.org/u", "Officials in Hera")]
    assert _mentions_off_their_text(connection) == 0


def test_articles_a_new_text_at_a_uri_that_another_row_holds_is_that_row(connection, settings, tmp_path, one_batch):
    etl.run([_json_lines(tmp_path / "first.jsonl", [{"id": "1", "url": "https://example.org/a", "text": KABUL}])],
            settings, connection=connection)
    lines = [{"id": "b", "url": "https://example.org/b", "text": HERAT},
             {"id": "a1", "url": "https://example.org/a", "text": BALKH},
             {"id": "a2", "url": "https://example.org/a", "text": HERAT}]
    report = etl.run([_json_lines(tmp_path / "second.jsonl", lines)], settings, connection=connection)
    assert [a.status for a in report.articles] == ["loaded", "loaded", "unchanged"]
    assert _mentions_off_their_text(connection) == 0
