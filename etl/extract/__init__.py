"""Extract stage: ``Article`` + parsed ``Doc`` -> ``Extraction``.

The only way spaCy output leaves this package is as records with character
offsets into ``Article.text``. No database, no cross-article knowledge.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from etl.extract.claims import extract_claims, one_claim_per_span
from etl.extract.entities import byline_mentions, dateline_mentions, described_persons, extract_entities
from etl.extract.headlines import headline_claims, transcript_claims
from etl.extract.quotes import extract_quotes, find_quote_spans, joined_to_claims, outside_claims
from etl.extract.roles import extract_roles
from etl.extract.spans import forget_entities, text_of
from etl.extract.tokens import forget_tokens
from etl.records import Article, Extraction

__all__ = ["extract", "parse_text"]

# An HTML or XML tag: "<br>", "</tweet>", "<a href=\"https://...\">"; not "a < b" nor "<3".
MARKUP_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]{0,500})?/?>")


def parse_text(article: Article) -> str:
    """The text handed to spaCy: the article with everything but body paragraphs blanked.

    Blanking keeps every offset identical to ``Article.text`` while titles, bylines,
    headings and boilerplate never become entities or quotes. Markup left in a paragraph
    ("<tweet ...>", "<br>", "<a href=\"...\">") is blanked too: it is no language, and its
    quotation marks open no quote. Other spaces (no-break, thin, tabs) become plain ones:
    spaCy splits words on plain spaces only, and a no-break space left between two sentences
    is a token that joins them in the parse.
    """
    chars = [char if char == "\n" else " " for char in article.text]
    for paragraph in article.paragraphs:
        chars[paragraph.start : paragraph.end] = _for_the_parser(article.text[paragraph.start : paragraph.end])
    return "".join(chars)


def _for_the_parser(text: str) -> str:
    plain = "".join(" " if char.isspace() and char != "\n" else char for char in text)
    return MARKUP_TAG.sub(lambda tag: " " * len(tag.group()), plain)


def extract(article: Article, doc: Doc) -> Extraction:
    """Mentions, quotes, claims and roles of one article.

    Args:
        article: the cleaned article.
        doc: spaCy's parse of ``parse_text(article)``.

    Returns:
        The extraction, offsets into ``article.text``.
    """
    try:
        return _extract(article, doc)
    finally:
        forget_tokens(doc)
        forget_entities(doc)


def _extract(article: Article, doc: Doc) -> Extraction:
    spans = find_quote_spans(text_of(doc), article.paragraphs)
    quotes = extract_quotes(doc, spans)
    # Only speech excludes a claim: "the administration is "closely monitoring" the situation"
    # is a claim around a scare quote.
    claims = extract_claims(doc, [(q.start, q.end) for q in quotes])
    quotes = joined_to_claims(doc, outside_claims(quotes, claims), claims)
    sources = [item.source for item in (*quotes, *claims) if item.source is not None]
    dateline = dateline_mentions(article)
    mentions = sorted(
        [
            *extract_entities(doc, sources, dateline),
            *described_persons(doc, spans, sources),
            *byline_mentions(article),
            *dateline,
        ],
        key=lambda m: m.start,
    )
    roles = extract_roles(doc, mentions)
    # Headlines and transcript labels are read by their shape once the text's names are known.
    claims = sorted(one_claim_per_span([*claims, *headline_claims(article, mentions),
                                        *transcript_claims(article, doc, mentions)]), key=lambda c: c.start)
    sentences = tuple(sentence.start_char for sentence in doc.sents)
    return Extraction(article, tuple(mentions), tuple(quotes), tuple(claims), tuple(roles), sentences)
