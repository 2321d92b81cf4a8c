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
