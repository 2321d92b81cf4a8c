import etl
from etl.db.export import export_document

ARTICLE_FIELDS = {"source", "title", "authors", "published", "sections", "persons", "organizations", "places",
                  "quotes", "claims"}


def test_export_follows_export_v1(connection, settings, seed_path, seed_text):
    etl.run([seed_path], settings, connection=connection)
    document = export_document(connection, seed_path.name)
    assert document["format"] == "export-v1"
    (article,) = document["articles"]
    assert ARTICLE_FIELDS <= set(article)
    assert article["source"] == seed_path.name
    for person in article["persons"]:
        assert {"name", "kind", "aliases"} <= set(person) and person["kind"] in {"named", "anonymous"}
    for place in article["places"]:
        assert {"name", "aliases", "type", "country", "lat", "lon"} <= set(place)
    names = {p["name"] for p in article["persons"]} | {o["name"] for o in article["organizations"]}
    for key, role in (("quotes", "speaker"), ("claims", "claimant")):
        for item in article[key]:
            assert seed_text[item["start"] : item["end"]] == item["text"]
            assert item[role] is None or item[role] in names
    assert sum(q["speaker"] is not None for q in article["quotes"]) >= 15


def test_export_unknown_article_is_an_error(connection):
    import pytest

    from etl.errors import EtlError

    with pytest.raises(EtlError, match="no article loaded"):
        export_document(connection, "nothing.txt")


def test_export_claims_split_by_their_report_share_a_statement(connection, settings, tmp_path):
    source = tmp_path / "fragments.txt"
    source.write_text("A Test Headline\n\nThe goal, the minister said, is to reopen the port by the spring.\n",
                      encoding="utf-8")
    etl.run([source], settings, connection=connection)
    claims = export_document(connection, source.name)["articles"][0]["claims"]
    assert [(c["text"], c["fragment"]) for c in claims] == [("The goal", 1), ("is to reopen the port by the spring", 2)]
    assert claims[0]["statement"] == claims[1]["statement"] is not None


def test_export_a_negated_claim_is_marked_in_the_export_and_the_view(connection, settings, tmp_path):
    """"did not say" loads as a negated claim: export-v1's claims carry ``negated``, and
    analytics.claim_sources and the article page show it, so the row never reads as the
    claimant saying it."""
    from sqlalchemy import text

    from etl.db.article_page import read_article_page
    from etl.show import render_html

    source = tmp_path / "negated.txt"
    source.write_text("A Test Headline\n\nMayor Ines Farrow did not say the depot would close. "
                      "Her deputy, Tom Lund, said the depot would stay open.\n", encoding="utf-8")
    etl.run([source], settings, connection=connection)
    claims = export_document(connection, source.name)["articles"][0]["claims"]
    assert [(c["text"], c["negated"]) for c in claims] == [("the depot would close", True),
                                                           ("the depot would stay open", False)]
    rows = connection.execute(text("SELECT claim, negated FROM analytics.claim_sources "
                                   "WHERE article_source = :source ORDER BY start_char"), {"source": source.name})
    assert [tuple(row) for row in rows] == [("the depot would close", True), ("the depot would stay open", False)]
    page = read_article_page(connection, source.name)
    assert [s.negated for s in page.statements] == [True, False]
    assert "negated: not said or not held" in render_html(page)


def test_export_a_claim_with_no_claimant_goes_through_load_views_page_and_evaluate(connection, settings, tmp_path):
    """A passive report with no agent ("is accused of") has no claimant: its claim loads with
    neither claimant column, exports with "claimant": null (export-v1 allows it), shows in the
    views and the article page, and scores in ``evaluate``."""
    from sqlalchemy import text

    from etl.db.article_page import read_article_page
    from etl.evaluate import evaluate_article
    from etl.show import render_html

    source = tmp_path / "passive.txt"
    body = ("Harbor Board Under Fire\n\nHarbor master Paul Brenner is accused of hiding the audit from the board.\n\n"
            "Board member Nadia Osei said the audit would be published next week.\n")
    source.write_text(body, encoding="utf-8")
    report = etl.run([source], settings, connection=connection)
    assert not report.failed, report.failed
    (article,) = export_document(connection, source.name)["articles"]
    claimants = {c["text"]: c["claimant"] for c in article["claims"]}
    assert claimants == {"of hiding the audit from the board": None,
                         "the audit would be published next week": "Nadia Osei"}
    rows = connection.execute(text("SELECT claim, claimant, claimant_kind FROM analytics.claim_sources "
                                   "WHERE article_source = :source ORDER BY start_char"), {"source": source.name})
    assert [tuple(row) for row in rows] == [("of hiding the audit from the board", None, None),
                                            ("the audit would be published next week", "Nadia Osei", "named")]
    speakers = connection.execute(text("SELECT speaker, claims FROM analytics.speaker_stats WHERE speaker = 'Nadia Osei'"))
    assert [tuple(row) for row in speakers] == [("Nadia Osei", 1)]
    page = read_article_page(connection, source.name)
    assert [(s.kind, s.who) for s in page.statements] == [("claim", None), ("claim", "Nadia Osei")]
    assert "hiding the audit" in render_html(page)
    gold = {"persons": [{"name": "Nadia Osei"}, {"name": "Paul Brenner"}], "organizations": [], "places": [],
            "anonymous_sources": [], "quotes": [],
            "reported_claims": [{"start": body.index("hiding"), "end": body.index(" board.\n"), "anchor": "hiding",
                                 "claimant": None}]}
    scores = evaluate_article(gold, article).scores
    assert (scores["claims"].found, scores["claimants"].found) == (1, 1)
