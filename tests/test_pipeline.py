from sqlalchemy import select

import etl
from etl.db import models


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
    logged = dict(connection.execute(select(models.IngestLog.source, models.IngestLog.status)).all())
    assert logged[seed_path.name] == "loaded" and logged["empty.txt"] == "failed"


def test_pipeline_counts_on_the_seed(connection, settings, seed_path, gold):
    (article,) = etl.run([seed_path], settings, connection=connection).articles
    assert article.counts.quotes == len(gold["quotes"])
    assert article.counts.persons >= 8
    assert article.counts.anonymous >= 5
