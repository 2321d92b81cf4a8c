import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

import etl
from etl.db import models

TABLES = [
    models.Article, models.Actor, models.ActorAlias, models.Organization, models.OrganizationAlias, models.Place,
    models.PlaceAlias, models.Mention, models.Quote, models.Claim,
]


def _counts(connection) -> dict[str, int]:
    return {m.__tablename__: connection.scalar(select(func.count()).select_from(m)) for m in TABLES}


def test_load_seed_twice_adds_no_rows(connection, settings, seed_path):
    first = etl.run([seed_path], settings, connection=connection)
    assert [a.status for a in first.articles] == ["loaded"]
    after_first = _counts(connection)
    second = etl.run([seed_path], settings, connection=connection)
    assert [a.status for a in second.articles] == ["unchanged"]
    assert _counts(connection) == after_first


def test_load_two_runs_leave_their_history(connection, settings, seed_path):
    first = etl.run([seed_path], settings, connection=connection)
    second = etl.run([seed_path], settings, connection=connection)
    runs = connection.execute(select(models.Run.id, models.Run.loaded, models.Run.unchanged, models.Run.failed,
                                     models.Run.exit_status, models.Run.arguments)
                              .order_by(models.Run.started_at, models.Run.loaded.desc())).all()
    assert [(str(r.id), r.loaded, r.unchanged, r.failed, r.exit_status) for r in runs] == [
        (first.run_id, 1, 0, 0, 0), (second.run_id, 0, 1, 0, 0)]
    assert runs[0].arguments == {"paths": [str(seed_path)], "workers": 1, "force": False}
    events = connection.execute(select(models.IngestEvent.run_id, models.IngestEvent.status)
                                .where(models.IngestEvent.source == seed_path.name)
                                .order_by(models.IngestEvent.id)).all()
    assert [(str(run_id), status) for run_id, status in events] == [
        (first.run_id, "loaded"), (second.run_id, "unchanged")]
    latest = connection.execute(text("SELECT run_id, status, attempts, article_id FROM ingest_log")).one()
    assert (str(latest.run_id), latest.status, latest.attempts) == (second.run_id, "unchanged", 2)
    assert latest.article_id == first.articles[0].article_id


def test_load_offsets_match_the_stored_text(connection, settings, seed_path):
    etl.run([seed_path], settings, connection=connection)
    for table in ("mentions", "quotes", "claims"):
        mismatched = connection.scalar(text(
            f"SELECT count(*) FROM {table} t JOIN articles a ON a.id = t.article_id "
            "WHERE substr(a.text, t.start_char + 1, t.end_char - t.start_char) <> t.text"
        ))
        assert mismatched == 0, table


def test_load_same_entity_in_two_articles_is_one_row(connection, settings, tmp_path):
    for name in ("one", "two"):
        (tmp_path / f"{name}.txt").write_text(f"Headline {name}\n\nOfficials in Kabul met on {name} day.\n")
    report = etl.run([tmp_path], settings, connection=connection)
    assert [a.status for a in report.articles] == ["loaded", "loaded"]
    # Kabul the city (GeoNames 1138958); its district and province, also named Kabul, are its parents.
    kabul = select(models.Place.id).where(models.Place.gazetteer_id == "1138958")
    assert len(connection.execute(kabul).all()) == 1
    assert connection.scalar(select(func.count()).select_from(models.Mention).where(
        models.Mention.text == "Kabul", models.Mention.place_id == kabul.scalar_subquery())) == 2


@pytest.mark.parametrize(
    "values",
    [
        {"start_char": 5, "end_char": 5, "text": ""},
        {"start_char": -1, "end_char": 2, "text": "abc"},
        {"start_char": 0, "end_char": 4, "text": "abc"},
    ],
)
def test_load_database_rejects_bad_spans(connection, settings, seed_path, values):
    etl.run([seed_path], settings, connection=connection)
    article_id = connection.scalar(select(models.Article.id))
    with pytest.raises(IntegrityError), connection.begin_nested():
        connection.execute(models.Quote.__table__.insert().values(article_id=article_id, **values))


def test_load_database_rejects_a_mention_of_two_entities(connection, settings, seed_path):
    etl.run([seed_path], settings, connection=connection)
    article_id = connection.scalar(select(models.Article.id))
    actor_id = connection.scalar(select(models.Actor.id).limit(1))
    org_id = connection.scalar(select(models.Organization.id).limit(1))
    with pytest.raises(IntegrityError), connection.begin_nested():
        connection.execute(models.Mention.__table__.insert().values(
            article_id=article_id, actor_id=actor_id, organization_id=org_id, start_char=0, end_char=1, text="T",
            label="test",
        ))


def _actors_by_mention(connection) -> dict[str, str]:
    """Mention text -> the name of the actor it is linked to."""
    rows = connection.execute(text(
        "SELECT m.text, a.name FROM mentions m JOIN actors a ON a.id = m.actor_id WHERE a.kind = 'named'"
    ))
    return dict(rows.all())


@pytest.mark.parametrize(
    ("articles", "surname", "joined"),
    [
        # Newswire follow-up: the second story uses the surname alone.
        (["Ines Okafor, the port director, said the port would reopen.",
          "Okafor told reporters on Monday that ships were waiting."], "Okafor", "Ines Okafor"),
        # Column style: two people of that surname in the archive, as often named, so no join.
        (["Bill Hanley spoke in Boston.", "Ruth Hanley spoke in Denver.",
          "Hanley told the crowd that the plant would close."], "Hanley", "Hanley"),
        # Campaign coverage: the candidate is named far more often than her nephew, so "Carter" is her.
        (["Helen Carter said on Monday that the bill would pass.", "Helen Carter told reporters that she was sure.",
          "Aides to Helen Carter said she would run again.", "Her nephew, Tom Carter, was at the rally.",
          "Carter said on Friday that she would win."], "Carter", "Helen Carter"),
        # Business pages: a founder quoted in three stories, his daughter once.
        (["Arjun Castellano founded the firm.", "Arjun Castellano sold shares.", "Arjun Castellano resigned.",
          "Maria Castellano joined the board.",
          "Castellano denied that the firm was for sale."], "Castellano", "Arjun Castellano"),
        # Broadcast transcript: a title before the full name, an honorific before the surname.
        (["Senator Lena Brandt opened the hearing on Tuesday.",
          "Ms. Brandt said on Wednesday that the budget was late."], "Brandt", "Lena Brandt"),
        # Magazine and web page: the surname typed with the other apostrophe.
        (["Kieran O’Dowd, the harbor master, said the pier was unsafe.",
          "O'Dowd told the council on Monday that repairs would start."], "O'Dowd", "Kieran O’Dowd"),
        # Regional paper, then a wire story without the accents.
        (["Inés Barragán, a city councillor, said the library would stay open.",
          "Barragan said on Friday that the vote was close."], "Barragan", "Inés Barragán"),
        # Tabloid: a double-barrelled surname alone, after the full name in an earlier story.
        (["Ada Lyle-Brennan, the club's owner, said the ground was sold.",
          "Lyle-Brennan told fans on Sunday that the club would move."], "Lyle-Brennan", "Ada Lyle-Brennan"),
        # Wire: a name written family name first, its family name alone in a later story.
        (["Envoy Pak Sung-chol arrived in Geneva on Monday for the talks.",
          "Pak told the press on Tuesday the negotiations could restart."], "Pak", "Pak Sung-chol"),
    ],
)
def test_load_a_lone_surname_joins_the_archives_one_person_with_it(connection, settings, tmp_path, articles, surname,
                                                                   joined):
    for i, body in enumerate(articles):
        (tmp_path / f"{i}.txt").write_text(f"Headline {i}\n\n{body}\n")
        etl.run([tmp_path / f"{i}.txt"], settings, connection=connection)
    assert _actors_by_mention(connection)[surname] == joined


def test_load_a_forced_run_gives_an_actor_the_surname_of_todays_rules(connection, settings, tmp_path):
    """An actor loaded by older rules takes today's surname when its article is re-extracted
    (here with ``--force``; after an upgrade, by the next run)."""
    (tmp_path / "a.txt").write_text("Envoy Arrives\n\nEnvoy Pak Sung-chol arrived in Geneva on Monday for the talks.\n")
    etl.run([tmp_path / "a.txt"], settings, connection=connection)
    connection.execute(text("UPDATE actors SET surname = 'sung chol' WHERE name = 'Pak Sung-chol'"))
    etl.run([tmp_path / "a.txt"], settings, connection=connection, force=True)
    assert connection.scalar(text("SELECT surname FROM actors WHERE name = 'Pak Sung-chol'")) == "pak"


def test_load_every_actor_has_a_mention_when_a_batch_keeps_a_surname_apart(connection, settings, tmp_path):
    """One article keeps "Carter" apart (two Carters, as often named), another of the same batch
    writes "Carter" alone: one row for the key, and no actor without a mention."""
    bodies = ["Helen Carter said on Monday that the bill would pass.", "Helen Carter told reporters she was sure.",
              "Aides to Helen Carter said she would run again."]
    for i, body in enumerate(bodies):
        (tmp_path / f"{i}.txt").write_text(f"Headline {i}\n\n{body}\n")
        etl.run([tmp_path / f"{i}.txt"], settings, connection=connection)
    (tmp_path / "both.txt").write_text("Both Carters\n\nHelen Carter and Tom Carter spoke in Ohio. "
                                       "Carter said the plant would close.\n")
    (tmp_path / "lone.txt").write_text("Carter Again\n\nCarter said on Friday that she would win.\n")
    etl.run([tmp_path / "both.txt", tmp_path / "lone.txt"], settings, connection=connection)
    unmentioned = connection.execute(text(
        "SELECT a.name FROM actors a WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = a.id)"
    )).scalars().all()
    assert unmentioned == []


def test_load_upserted_ids_follow_their_keys_when_an_existing_key_sorts_last(connection, settings, tmp_path):
    # Ids come back with their keys: matched by position in RETURNING's order instead, the
    # existing "Zelensky" (the smallest id) would take "Adams"'s.
    (tmp_path / "first.txt").write_text("Volodymyr Zelensky spoke in Kyiv on Monday.\n", encoding="utf-8")
    etl.run([tmp_path / "first.txt"], settings, connection=connection)
    (tmp_path / "second.txt").write_text(
        "John Adams met Volodymyr Zelensky in Kyiv on Tuesday. Adams said little.\n", encoding="utf-8")
    etl.run([tmp_path / "second.txt"], settings, connection=connection)
    actors = _actors_by_mention(connection)
    assert (actors["John Adams"], actors["Volodymyr Zelensky"]) == ("John Adams", "Volodymyr Zelensky")
