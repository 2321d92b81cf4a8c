import datetime as dt

import pytest

from etl.clean import clean
from etl.records import RawArticle


def test_clean_seed_metadata(seed_text, gold):
    article = clean(RawArticle("seed.txt", seed_text))
    expected = gold["article"]
    assert article.title == expected["title"]
    assert list(article.authors) == expected["authors"]
    assert article.published == dt.date.fromisoformat(expected["published"])
    assert list(article.sections) == expected["sections"]


def test_clean_marks_boilerplate_out_of_the_body(seed_text, gold):
    article = clean(RawArticle("seed.txt", seed_text))
    boilerplate = {article.text[r.start : r.end] for r in article.regions if r.kind == "boilerplate"}
    assert boilerplate == set(gold["article"]["boilerplate_lines"])
    body = " ".join(article.text[p.start : p.end] for p in article.paragraphs)
    for line in gold["article"]["boilerplate_lines"]:
        assert line not in body


def test_clean_never_rewrites_the_text(seed_text):
    article = clean(RawArticle("seed.txt", seed_text))
    assert article.text == seed_text
    assert len(article.key) == 64


def test_clean_without_byline_takes_a_short_first_line_as_title():
    article = clean(RawArticle("a.txt", "Floods Hit the Coast\n\nRain fell for days. Rivers rose.\n"))
    assert article.title == "Floods Hit the Coast"
    assert article.authors == () and article.published is None
    assert len(article.paragraphs) == 1


def test_clean_byline_with_several_authors():
    text = "A Title Here\n\nBy Jane Roe and John Doe March 3, 2024\n\nSomething happened today.\n"
    article = clean(RawArticle("a.txt", text))
    assert article.authors == ("Jane Roe", "John Doe")
    assert article.published == dt.date(2024, 3, 3)


def test_clean_byline_with_the_date_on_its_own_line():
    text = "A Title Here\n\nBy Jane Roe\nMarch 3, 2024\n\nSomething happened today.\n"
    article = clean(RawArticle("a.txt", text))
    assert article.authors == ("Jane Roe",)
    assert article.published == dt.date(2024, 3, 3)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("PORTO ALEGRE, Brazil \u2014 ", "PORTO ALEGRE, Brazil \u2014 "),
        ("KABUL (Reuters) - ", "KABUL (Reuters) - "),
        ("LONDON, March 3 (AP) \u2014 ", "LONDON, March 3 (AP) \u2014 "),
        ("NATO said on Monday ", None),
    ],
)
def test_clean_dateline_is_split_off_the_first_paragraph(opening, dateline):
    text = f"A Title Here\n\n{opening}rivers rose again.\n"
    article = clean(RawArticle("a.txt", text))
    found = [article.text[r.start : r.end] for r in article.regions if r.kind == "dateline"]
    assert found == ([dateline] if dateline else [])
    assert article.text[article.paragraphs[0].start :].startswith("rivers" if dateline else "NATO")
