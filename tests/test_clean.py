import datetime as dt
import json
from pathlib import Path

import pytest

from etl.clean import clean, known_key
from etl.errors import InputError
from etl.evaluate import gold_article_path
from etl.extract.entities import byline_mentions
from etl.records import RawArticle

GOLD_FILES = sorted((Path(__file__).resolve().parent / "data" / "gold").glob("*.json"))


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


def test_clean_html_page_keeps_the_main_text_and_its_metadata(html_page):
    article = clean(RawArticle("flood.html", html_page.read_text(encoding="utf-8"), "html"))
    assert article.title == "Delta Floods Force Thousands From Homes"
    assert article.authors == ("Ana Reyes",)
    assert article.published == dt.date(2024, 3, 5)
    assert "Subscribe" not in article.text and "Copyright" not in article.text
    body = [article.text[p.start : p.end] for p in article.paragraphs]
    assert body[0].startswith("Flood waters rose") and len(body) == 4
    assert [r.kind for r in article.regions][0] == "title"


def test_clean_json_line_fields(jsonl_file):
    first, second = (clean(RawArticle(f"archive.jsonl#{i}", line, "jsonl"))
                     for i, line in enumerate(jsonl_file.read_text(encoding="utf-8").splitlines()))
    assert (first.title, first.authors, first.published) == (
        "Delta Floods Force Thousands From Homes", ("Ana Reyes", "Tom Hale"), dt.date(2024, 3, 5))
    assert (second.authors, second.published) == (("Tom Hale",), dt.date(2024, 3, 8))
    assert len(first.paragraphs) == 4 and first.text.startswith("Flood waters rose")


def test_clean_json_line_without_text_names_the_problem():
    with pytest.raises(InputError, match='no "text" string'):
        clean(RawArticle("a.jsonl#x", '{"id": "x", "title": "T"}', "jsonl"))


def test_clean_known_key_is_the_key_clean_gives(seed_text, jsonl_file, html_page):
    raws = [RawArticle("seed.txt", seed_text), RawArticle("page.html", html_page.read_text(encoding="utf-8"), "html"),
            *(RawArticle("a.jsonl", line, "jsonl") for line in jsonl_file.read_text(encoding="utf-8").splitlines())]
    assert [known_key(raw) for raw in raws] == [clean(raws[0]).key, None, *(clean(raw).key for raw in raws[2:])]


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
        # Agencies that write the place in title case before their name.
        ("New York (AFP) \u2013 ", "New York (AFP) \u2013 "),
        ("Washington, Aug 31 (Reuters) - ", "Washington, Aug 31 (Reuters) - "),
        ("Cape Town (Xinhua) -- ", "Cape Town (Xinhua) -- "),
        # Without an agency, or with a party and state, a name in title case is no dateline.
        ("Donald Trump - the candidate - said ", None),
        ("Rep. Smith (R-Texas) \u2014 said ", None),
        ("Rio de Janeiro (Reuters) - ", "Rio de Janeiro (Reuters) - "),
        ("Tesla (TSLA) \u2013 Shares fell and ", None),
    ],
)
def test_clean_dateline_is_split_off_the_first_paragraph(opening, dateline):
    text = f"A Title Here\n\n{opening}rivers rose again.\n"
    article = clean(RawArticle("a.txt", text))
    found = [article.text[r.start : r.end] for r in article.regions if r.kind == "dateline"]
    assert found == ([dateline] if dateline else [])
    assert article.text[article.paragraphs[0].start :].startswith("rivers" if dateline else opening.strip())


def test_clean_byline_affiliation_is_no_author():
    text = "A Title Here\n\nBy Jane Roe, Associated Press\nOctober 1, 2024\n\nSomething happened today.\n"
    assert clean(RawArticle("a.txt", text)).authors == ("Jane Roe",)


@pytest.mark.parametrize(
    "paragraph",
    ["By March, the harbour board had approved the dredging plan, its chairwoman said.",
     "By Tuesday evening, linemen had restored power to most of the valley's farms.",
     "By Friday, organizers said.",
     "By Election Day the county's voter rolls had grown by a third, the clerk's office said.",
     "By Ms. Okafor's count, nine of the 12 wards had reported."],
    ids=["month-wire", "weekday-regional", "weekday-short", "clause-broadsheet", "clause-tabloid"],
)
def test_clean_by_sentence_near_the_top_is_prose_not_a_byline(paragraph):
    text = f"A Title Here\n\n{paragraph}\n\nSomething happened today.\n"
    article = clean(RawArticle("a.txt", text))
    assert article.authors == () and article.title == "A Title Here"
    assert [article.text[p.start : p.end] for p in article.paragraphs][0] == paragraph


@pytest.mark.parametrize(
    ("byline", "authors"),
    [("By May Chen", ("May Chen",)),
     ("By Jane Roe, staff writer.", ("Jane Roe",)),
     ("By Tom Lee and Ana Ruiz, editorial assistant", ("Tom Lee", "Ana Ruiz")),
     ("By Tom Lee and Ana Ruiz, of the Associated Press.", ("Tom Lee", "Ana Ruiz")),
     ("By Ana de la Cruz, staff writer, updated at 5 p.m.", ("Ana de la Cruz",)),
     # A month for a first name, then a particle: a name, not "By April, the ...".
     ("By April de la Cruz", ("April de la Cruz",)),
     ("By June van der Meer, Staff Writer", ("June van der Meer",)),
     ("By August al-Hakim | The Harbor Weekly", ("August al-Hakim",)),
     # Particles in names are kept as written.
     ("By Pieter van der Berg and Salma bin Rashid", ("Pieter van der Berg", "Salma bin Rashid")),
     ("By Omar al-Farouk (Reuters)", ("Omar al-Farouk",))],
    ids=["month-as-first-name", "lowercase-role", "two-authors-and-a-role", "agency-with-a-full-stop",
         "time-with-a-full-stop", "month-and-particles-broadsheet", "month-and-particles-regional",
         "month-and-prefix-magazine", "particles-kept", "prefix-and-agency-in-brackets"],
)
def test_clean_byline_names_its_authors(byline, authors):
    text = f"A Title Here\n\n{byline}\n\nSomething happened today.\n"
    assert clean(RawArticle("a.txt", text)).authors == authors


def test_clean_json_line_dateline_is_split_off_too():
    record = '{"id": "x", "title": "T", "text": "KABUL (Reuters) - The talks resumed on Monday."}'
    article = clean(RawArticle("a.jsonl#x", record, "jsonl"))
    assert [article.text[r.start : r.end] for r in article.regions if r.kind == "dateline"] == ["KABUL (Reuters) - "]


@pytest.mark.parametrize(
    ("fields", "reason"),
    [({"authors": [None, "Ana Reyes"]}, '"authors" must be a string or a list of strings'),
     ({"authors": {"a": 1}}, '"authors" must be a string or a list of strings'),
     ({"published": "last Tuesday-ish"}, '"published" is not a date'),
     ({"published": 20240305}, '"published" is not a date')],
    ids=["author-none", "authors-object", "published-garbage", "published-number"],
)
def test_clean_json_line_with_bad_metadata_fails_with_the_reason(fields, reason):
    raw = RawArticle("archive.jsonl#x", json.dumps({"text": "Body of the article.", **fields}), "jsonl")
    with pytest.raises(InputError, match=reason):
        clean(raw)


def test_clean_json_line_null_metadata_is_none():
    raw = RawArticle("archive.jsonl#x", json.dumps({"text": "Body.", "authors": None, "published": None}), "jsonl")
    article = clean(raw)
    assert article.authors == () and article.published is None


@pytest.mark.parametrize(
    "last",
    [
        # New York Times marks.
        "''It was close,'' said Mayor Ana Diaz. ''Too close.''",
        # Guillemets.
        "\u00abIt was close,\u00bb said Mayor Ana Diaz. \u00abToo close.\u00bb",
        # Single straight quotes.
        "'It was close,' said Mayor Ana Diaz. 'Too close.'",
    ],
)
def test_clean_a_last_paragraph_closing_a_quote_is_body(last):
    article = clean(RawArticle("t.txt", f"A Test Headline\n\nThe count went on all night.\n\n{last}\n"))
    assert [article.text[r.start:r.end] for r in article.regions if r.kind == "paragraph"][-1] == last


@pytest.mark.parametrize(
    "title",
    [
        # opinion site: prepositions of four letters left in lower case
        "Pastor Quotes Scripture to Urge Voters to Turn Away from the Mayor.",
        # tabloid
        "Senator Clashes with Governor over Water Rights.",
        # business weekly
        "Bank Profits Fall More than Expected amid Rate Cuts.",
    ],
)
def test_clean_a_title_case_headline_may_keep_prepositions_in_lower_case(title):
    article = clean(RawArticle("a.txt", f"{title}\n\nThe story begins here, as stories do, with a sentence.\n"))
    assert article.title == title


def test_clean_a_first_sentence_of_prose_is_no_title():
    text = "The mayor met with residents from the east side on Monday.\n\nShe listened for an hour.\n"
    assert clean(RawArticle("a.txt", text)).title is None


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # Online: a time after the name.
        ("By Jane Roe | Updated 5:30 p.m.", ("Jane Roe",)),
        # Regional: the outlet the writer files for, with and without a comma.
        ("By Marta Ilic, for the Lakeside Herald.", ("Marta Ilic",)),
        ("By Tomas Reyes for the Ridge County Gazette", ("Tomas Reyes",)),
        # Tabloid: no person at all.
        ("By Staff and wire reports", ()),
        # Broadsheet: the role in title case on the next line.
        ("By Dev Raman\nStaff Writer", ("Dev Raman",)),
        ("By Colm Breen and Ines Vidal | Special to the Courier", ("Colm Breen", "Ines Vidal")),
        # Wire: an agency or outlet is no author.
        ("By Reuters", ()),
        ("By The Associated Press", ()),
        ("By The Valley Courier Staff", ()),
    ],
    ids=["time-online", "for-outlet-regional", "for-outlet-no-comma", "staff-tabloid", "role-line-broadsheet",
         "special-to", "agency-wire", "agency-with-the", "outlet-staff"],
)
def test_clean_byline_roles_outlets_and_times_are_no_authors(byline, authors):
    text = f"A Title Here\n\n{byline}\n\nSomething happened today.\n"
    article = clean(RawArticle("a.txt", text))
    assert article.authors == authors
    assert [r.kind for r in article.regions] == ["title", "byline", "paragraph"]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # Wire: a surname that is an outlet's word, then the agency.
        ("By Grace Daily, Associated Press", ("Grace Daily",)),
        # Broadsheet: two names, the first one's surname an outlet's word, then the role.
        ("By Oliver Times and Nora Okafor | Staff Writers", ("Oliver Times", "Nora Okafor")),
        # Regional: the writer files for another paper.
        ("By Ruth Weekly, for the Lakeside Herald", ("Ruth Weekly",)),
        # Magazine: a middle initial.
        ("By Helen J. Review", ("Helen J. Review",)),
        # Tabloid: the outlet run on after a full name with no separator.
        ("By Peter Okoye Daily Mirror staff", ("Peter Okoye",)),
    ],
    ids=["surname-wire", "surname-broadsheet", "surname-regional", "initial-magazine", "run-on-outlet-tabloid"],
)
def test_clean_byline_surname_that_is_an_outlet_word_is_kept(byline, authors):
    article = clean(RawArticle("a.txt", f"A Title Here\n\n{byline}\n\nSomething happened today.\n"))
    assert article.authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # Broadsheet: a surname that is a first name too, then the paper's word run on.
        ("By Ann Lee Times", ("Ann Lee",)),
        # Regional: the same with a byline-only outlet word.
        ("By Nora Grace Sentinel", ("Nora Grace",)),
    ],
    ids=["first-name-surname-broadsheet", "first-name-surname-regional"],
)
def test_clean_byline_full_name_before_an_outlet_word_is_the_author(byline, authors):
    """Two names before the outlet word are a full name already: the word is the outlet's."""
    article = clean(RawArticle("a.txt", f"A Title Here\n\n{byline}\n\nSomething happened today.\n"))
    assert article.authors == authors


@pytest.mark.parametrize(
    "byline",
    # Without a first name opening them, or with more after the outlet word, they are outlets.
    ["By Associated Press", "By Fox Television", "By Austin Daily News", "By Grace Daily Mail Reporter",
     "By Tyler Morning Telegraph", "By Florence Evening News", "By Beverly Sunday Post"],
)
def test_clean_byline_outlet_without_a_person_names_no_author(byline):
    article = clean(RawArticle("a.txt", f"A Title Here\n\n{byline}\n\nSomething happened today.\n"))
    assert article.authors == ()


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # Wire: capitals, then the agency.
        ("By JANE DOE, Associated Press", ("Jane Doe",)),
        # Regional: particles in capitals.
        ("By ANA DE LA CRUZ", ("Ana de la Cruz",)),
        # Tabloid: apostrophe and hyphen, then the outlet.
        ("By TOM O'NEIL and RITA AL-AMIN | The Evening Mirror", ("Tom O'Neil", "Rita Al-Amin")),
    ],
    ids=["capitals-wire", "capitals-particles-regional", "capitals-tabloid"],
)
def test_clean_byline_names_in_capitals_are_written_in_name_case(byline, authors):
    article = clean(RawArticle("a.txt", f"A Title Here\n\n{byline}\n\nSomething happened today.\n"))
    assert article.authors == authors
    # The author is still found where the byline names them.
    assert [m.text for m in byline_mentions(article)] == list(authors)


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        # Regional: name / outlet.
        ("Jane Doe / The Daily Courier", ("Jane Doe",)),
        # Broadsheet: two names | role.
        ("Marta Ilic and Tom Lee | Staff Writers", ("Marta Ilic", "Tom Lee")),
        # Wire: capitals / agency.
        ("KOFI MENSAH / Reuters", ("Kofi Mensah",)),
    ],
    ids=["outlet-regional", "role-broadsheet", "agency-wire"],
)
def test_clean_credit_line_under_the_title_names_its_authors(credit, authors):
    article = clean(RawArticle("a.txt", f"A Title Here\n\n{credit}\n\nSomething happened today.\n"))
    assert (article.title, article.authors) == ("A Title Here", authors)
    assert [r.kind for r in article.regions] == ["title", "byline", "paragraph"]


def test_clean_a_slashed_heading_is_no_credit_line():
    text = "A Title Here\n\nBorder Towns / The Long Wait\n\nSomething happened today.\n"
    article = clean(RawArticle("a.txt", text))
    assert article.authors == () and article.sections == ("Border Towns / The Long Wait",)


@pytest.mark.parametrize(
    ("lines", "authors", "published"),
    [
        # Local television site.
        ("Posted: Jan 5, 2026 9:14 AM EST", (), dt.date(2026, 1, 5)),
        # National daily online: published and updated, times before the date.
        ("Published 10:31 a.m. ET Nov. 3, 2026 | Updated 2:02 p.m. ET", (), dt.date(2026, 11, 3)),
        # Government release: a date alone under the title.
        ("Sept. 14, 2014", (), dt.date(2014, 9, 14)),
        # Magazine: the byline, then a line of dates; the earlier one is the publication.
        ("By Rita Novak\n\nPublished Nov. 3, 2026 | Updated Nov. 4, 2026", ("Rita Novak",), dt.date(2026, 11, 3)),
        # A time alone dates nothing (not today).
        ("By Dev Raman | Updated 5:30 p.m.", ("Dev Raman",), None),
    ],
    ids=["posted-tv", "published-updated-daily", "date-alone-release", "byline-then-dates-magazine", "time-alone"],
)
def test_clean_lines_of_dates_under_the_title_date_the_article(lines, authors, published):
    article = clean(RawArticle("a.txt", f"A Title Here\n\n{lines}\n\nSomething happened today.\n"))
    assert (article.title, article.authors, article.published) == ("A Title Here", authors, published)
    assert article.sections == ()
    assert [r.kind for r in article.regions if r.kind != "byline"] == ["title", "paragraph"]


@pytest.mark.parametrize(
    ("byline", "published"),
    [("By Jane Roe 23-Aug-2021", dt.date(2021, 8, 23)),
     ("By Jane Roe 23.08.2021", dt.date(2021, 8, 23)),
     ("By Jane Roe 2021/08/23", dt.date(2021, 8, 23))],
    ids=["day-month-year-hyphens", "day-month-year-dots", "year-month-day-slashes"],
)
def test_clean_byline_dates_in_figures_keep_their_author(byline, published):
    article = clean(RawArticle("a.txt", f"A Title Here\n\n{byline}\n\nSomething happened today.\n"))
    assert (article.authors, article.published) == (("Jane Roe",), published)


@pytest.mark.parametrize(
    "lines",
    ["By Dev Raman | Updated 2:02 p.m. ET Nov. 4", "By Dev Raman\n\nPosted: Nov. 4 9:14 AM EST"],
    ids=["in-the-byline", "on-a-line-of-dates"],
)
def test_clean_a_date_without_its_year_dates_nothing(lines):
    # Not the year the ETL runs in: an archive's article of 2019 is not dated this year.
    article = clean(RawArticle("a.txt", f"A Title Here\n\n{lines}\n\nSomething happened today.\n"))
    assert (article.authors, article.published) == (("Dev Raman",), None)


def test_clean_a_date_without_its_year_leaves_the_one_with_it():
    lines = "By Dev Raman\n\nPublished Dec. 30, 2019 | Updated Jan. 2"
    article = clean(RawArticle("a.txt", f"A Title Here\n\n{lines}\n\nSomething happened today.\n"))
    assert article.published == dt.date(2019, 12, 30)


def test_clean_a_byline_is_a_few_paragraphs_however_many_date_lines_follow():
    # Each date line is parsed for the publication date: a page of thousands must not all be
    # byline (a hostile megabyte took minutes).
    text = "A Title Here\n\nBy Dev Raman\n\n" + "Jan. 5, 2026\n\n" * 50 + "Something happened today.\n"
    article = clean(RawArticle("a.txt", text))
    bylines = [r for r in article.regions if r.kind == "byline"]
    assert (article.authors, article.published, len(bylines)) == (("Dev Raman",), dt.date(2026, 1, 5), 4)


@pytest.mark.parametrize(
    ("byline", "published"),
    [("By Jane Roe Staff Writer", None),
     ("By Jane Roe Updated 5:30 p.m. March 3, 2024", dt.date(2024, 3, 3)),
     ("By JANE ROE PUBLISHED March 3, 2024", dt.date(2024, 3, 3))],
    ids=["role", "updated", "capitals"],
)
def test_clean_a_role_or_label_run_on_after_the_name_leaves_the_author(byline, published):
    # Scraped pages lose the separator; the author is still named.
    article = clean(RawArticle("a.txt", f"A Title Here\n\n{byline}\n\nSomething happened today.\n"))
    assert (article.authors, article.published) == (("Jane Roe",), published)


def test_clean_a_date_heading_in_the_body_is_no_byline():
    text = "A Title Here\n\nThe dispute has run for years.\n\nMarch 3, 2024\n\nThe council met.\n"
    article = clean(RawArticle("a.txt", text))
    assert article.published is None and article.sections == ("March 3, 2024",)


@pytest.mark.parametrize(
    "gold_path", [path for path in GOLD_FILES if json.loads(path.read_text(encoding="utf-8"))["article"]["published"]],
    ids=lambda path: path.stem,
)
def test_clean_dates_each_gold_article_as_its_gold_does(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = clean(RawArticle(gold_path.name, gold_article_path(gold_path, gold).read_text(encoding="utf-8")))
    assert article.published == dt.date.fromisoformat(gold["article"]["published"])


@pytest.mark.parametrize(
    "text",
    [
        # Online: a date line above the headline, the byline under it.
        "Nov. 3, 2026\n\nCouncil Votes To Close Depot\n\nBy Jane Roe\n\nThe council voted on Tuesday to close it.\n",
        # Regional: a labelled timestamp above the headline.
        "Posted: Jan 5, 2026 9:14 AM EST\n\nCouncil Votes To Close Depot\n\nBy Jane Roe\n\nThe council voted to close it.\n",
        # Broadsheet: a weekday and a date.
        "Tuesday, March 3, 2026\n\nCouncil Votes To Close Depot\n\nBy Jane Roe\n\nThe council voted to close it.\n",
    ],
    ids=["date-online", "posted-regional", "weekday-broadsheet"],
)
def test_clean_a_date_line_above_the_headline_leaves_title_and_byline_under_it(text):
    article = clean(RawArticle("a.txt", text))
    assert (article.title, article.authors) == ("Council Votes To Close Depot", ("Jane Roe",))
    assert [r.kind for r in article.regions] == ["boilerplate", "title", "byline", "paragraph"]


def test_clean_a_date_line_opening_a_text_with_no_headline_is_no_title():
    article = clean(RawArticle("a.txt", "Posted: Jan 5, 2026 9:14 AM EST\n\nThe council voted on Tuesday to close it.\n"))
    assert article.title is None


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        # an editor's note is the outlet's word: opinion site (curly apostrophe), broadsheet
        # (capitals), magazine (the plural)
        ("Editor\u2019s note: The mayor sits on the board of this newspaper's parent company.", "boilerplate"),
        ("EDITOR'S NOTE: This article is part of a series on the county's water supply.", "boilerplate"),
        ("Editors' note: The governor said she would not comment for this article.", "boilerplate"),
        # corrections, clarifications and updates restate or carry the reporting
        ("Correction: An earlier version of this story said the mayor would appeal; she said she would not.",
         "paragraph"),
        ("CLARIFICATION: The clerk said the depot closes in May, not April.", "paragraph"),
        ("Update: The mayor said on Friday that she would appeal the vote.", "paragraph"),
        # the words inside a sentence
        ("The editor's note said nothing about the vote.", "paragraph"),
    ],
)
def test_clean_an_editors_note_is_boilerplate_and_a_correction_is_not(paragraph, kind):
    text = f"Council Votes To Close Depot\n\nThe council voted to close the depot, the mayor said.\n\n{paragraph}\n"
    article = clean(RawArticle("a.txt", text))
    assert [r.kind for r in article.regions] == ["title", "paragraph", kind]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a text with single line breaks between its paragraphs
        ("The council voted to close the depot.\nEditor's note: The mayor sits on this paper's board.\n"
         "The depot opened in 1952.",
         [("paragraph", "The council voted to close the depot."),
          ("boilerplate", "Editor's note: The mayor sits on this paper's board."),
          ("paragraph", "The depot opened in 1952.")]),
        # a note wrapped over two lines, first in its block
        ("Editor's note: The mayor sits on the board of\nthis newspaper's parent company.\n"
         "The council voted to close the depot.",
         [("boilerplate", "Editor's note: The mayor sits on the board of\nthis newspaper's parent company."),
          ("paragraph", "The council voted to close the depot.")]),
        # two notes, the last one in parentheses and last in its block
        ("EDITOR'S NOTE: Part one of a series.\nThe council voted to close the depot.\n"
         "(Editor's note: The reporter's father works at the depot.)",
         [("boilerplate", "EDITOR'S NOTE: Part one of a series."),
          ("paragraph", "The council voted to close the depot."),
          ("boilerplate", "(Editor's note: The reporter's father works at the depot.)")]),
        # a sentence that wraps before the words is no note
        ("The mayor pointed reporters to the paper's\neditor's note: it said she sat on the board.",
         [("paragraph", "The mayor pointed reporters to the paper's\neditor's note: it said she sat on the board.")]),
    ],
    ids=["run-of-lines", "wrapped-first", "two-notes-last", "lower-case-inside-a-sentence"],
)
def test_clean_an_editors_note_inside_a_run_of_lines_is_set_apart(body, expected):
    article = clean(RawArticle("a.txt", f"Council Votes To Close Depot\n\n{body}\n"))
    regions = [(r.kind, article.text[r.start : r.end]) for r in article.regions]
    assert regions == [("title", "Council Votes To Close Depot"), *expected]
