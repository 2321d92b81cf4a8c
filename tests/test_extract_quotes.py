import pytest

from etl.clean import clean
from etl.extract import extract, parse_text
from etl.extract.quotes import find_quote_spans, is_speech
from etl.records import RawArticle, Region
from etl.resolve import resolve


def _paragraphs(text: str) -> list[Region]:
    regions, start = [], 0
    for block in text.split("\n\n"):
        regions.append(Region("paragraph", start, start + len(block)))
        start += len(block) + 2
    return regions


def _spans(text: str) -> list[str]:
    return [text[s:e] for s, e in find_quote_spans(text, _paragraphs(text))]


def test_extract_quotes_straight_and_curly_marks():
    text = 'He said "one two three four," then \u201cfive six seven eight\u201d.'
    assert _spans(text) == ['"one two three four,"', "\u201cfive six seven eight\u201d"]


def test_extract_quotes_single_quotes_nested_inside():
    text = "\"Nobody can answer 'how long?' Too many,\" she said."
    assert _spans(text) == ["\"Nobody can answer 'how long?' Too many,\""]


def test_extract_quotes_run_over_paragraphs_when_reopened():
    text = '"First paragraph of speech.\n\n"Second paragraph," she said.'
    assert _spans(text) == [text[: text.index(",") + 2]]


def test_extract_quotes_unclosed_paragraph_ends_the_quote():
    text = '"Never closed here.\n\nNext paragraph.'
    assert _spans(text) == ['"Never closed here.']


@pytest.mark.parametrize(
    ("before", "quoted", "speech"),
    [
        ("his father, nicknamed the ", '"lion of the valley,"', False),
        ("author of ", '"The Long Road Home: A History of the War in the North."', False),
        ("the so-called ", '"peace deal"', False),
        ("", '"We will fight until the end of the winter,"', True),
        ("", '"They paved the way for the army all the way to Kabul,"', True),
    ],
)
def test_extract_quotes_classify_speech(before, quoted, speech):
    text = before + quoted
    assert is_speech(text, len(before), len(text)) is speech


def _speakers(nlp, body: str) -> list[tuple[str | None, str | None]]:
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    resolved = resolve(extract(article, nlp(parse_text(article))))
    names = {e.key: e.name for e in resolved.entities}
    return [(names.get(q.speaker_key), q.quote.cue.text if q.quote.cue else None) for q in resolved.quotes]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"We will not surrender to anyone," Maria Lopez said.', [("Maria Lopez", "said")]),
        ('"The talks have failed completely," says John Carter.', [("John Carter", "says")]),
        ('Maria Lopez said: "We will not surrender to anyone at all."', [("Maria Lopez", "said")]),
        (
            'Maria Lopez spoke on Monday. "We will not surrender to anyone," she said.',
            [("Maria Lopez", "said")],
        ),
        (
            '"Nobody knows how long this can last," a former police officer told reporters.',
            [("a former police officer", "told")],
        ),
    ],
)
def test_extract_quotes_speaker_patterns(nlp, body, expected):
    assert _speakers(nlp, body) == expected


def test_extract_quotes_pronoun_means_the_reporter_not_the_nearer_name(nlp):
    body = (
        "Peter Hall told reporters Anna Berg is confident that the team can win the final. "
        '"We will be ready by spring," he said.'
    )
    assert _speakers(nlp, body) == [("Peter Hall", "said")]


def test_extract_quotes_continuation_keeps_the_speaker(nlp):
    body = (
        'Peter Hall spoke to the press. "The river rose very fast overnight," he said.\n\n'
        '"We moved everyone to higher ground before dawn," he added.'
    )
    assert _speakers(nlp, body) == [("Peter Hall", "said"), ("Peter Hall", "added")]


def test_extract_byline_authors_are_persons(nlp):
    article = clean(RawArticle("t.txt", "A Test Headline\n\nBy Jane Roe March 3, 2024\n\nRain fell in Kabul.\n"))
    mentions = extract(article, nlp(parse_text(article))).mentions
    byline = [m for m in mentions if m.label == "byline"]
    assert [(m.text, article.text[m.start : m.end]) for m in byline] == [("Jane Roe", "Jane Roe")]
