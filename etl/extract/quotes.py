"""Quotes: quotation-mark spans, whether each is speech, and its cue and source.

Spans are found on the text (straight and curly marks, a quote running over
several paragraphs when a paragraph reopens it); cues come from the parse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from etl.extract.attribution import cue_of, is_according_to, is_speech_verb, source_of
from etl.extract.spans import text_of
from etl.records import Quote, Region

OPENING = {'"', "\u201c"}
CLOSING = {'"', "\u201d"}
SENTENCE_END = {".", "!", "?"}
# Words right before a quotation that make it a name or a title, not speech.
NOT_SPEECH_BEFORE = re.compile(
    r"\b(nicknamed|dubbed|called|known as|titled|entitled|so-called|author of|book|novel|film|song|"
    r"memoir|report|headlined)(\s+(the|a|an))?\W*$",
    re.IGNORECASE,
)
MAX_SCARE_QUOTE_WORDS = 3
TITLE_CASE_SHARE = 0.9
MIN_TITLE_WORDS = 3
WINDOW_TOKENS = 40


def find_quote_spans(text: str, paragraphs: Sequence[Region]) -> list[tuple[int, int]]:
    """Every quotation-mark span, marks included, in text order.

    A paragraph that ends inside a quote continues it when the next paragraph
    opens with a quotation mark (the newspaper convention); otherwise the quote
    ends with its paragraph.
    """
    spans: list[tuple[int, int]] = []
    pending: int | None = None
    pending_end = 0
    for paragraph in paragraphs:
        position = paragraph.start
        open_at: int | None = None
        if pending is not None:
            if text[paragraph.start] in OPENING:
                open_at, position = pending, paragraph.start + 1
            else:
                spans.append((pending, pending_end))
            pending = None
        for i in range(position, paragraph.end):
            char = text[i]
            if open_at is None and char in OPENING:
                open_at = i
            elif open_at is not None and char in CLOSING:
                spans.append((open_at, i + 1))
                open_at = None
        if open_at is not None:
            pending, pending_end = open_at, paragraph.end
    if pending is not None:
        spans.append((pending, pending_end))
    return spans


def is_speech(text: str, start: int, end: int) -> bool:
    """False for nicknames, titles of works and scare quotes."""
    content = text[start + 1 : end - 1]
    words = re.findall(r"[\w'\u2019-]+", content)
    before = text[max(0, start - 40) : start]
    if NOT_SPEECH_BEFORE.search(before):
        return False
    if len(words) <= MAX_SCARE_QUOTE_WORDS:
        return False
    long_words = [w for w in words if len(w) > 3]
    capitalized = sum(1 for w in long_words if w[0].isupper())
    return not (len(long_words) >= MIN_TITLE_WORDS and capitalized / len(long_words) >= TITLE_CASE_SHARE)


def extract_quotes(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[Quote]:
    """Attribute each speech span to its cue and source.

    Args:
        doc: the parsed article.
        spans: every quotation-mark span (``find_quote_spans``), speech or not.

    Returns:
        One ``Quote`` per span that is speech; cue and source are None when the text gives none.
    """
    quotes = []
    for index, (start, end) in enumerate(spans):
        if not is_speech(text_of(doc), start, end):
            continue
        previous_end = spans[index - 1][1] if index else 0
        next_start = spans[index + 1][0] if index + 1 < len(spans) else len(text_of(doc))
        cue = _find_cue(doc, start, end, previous_end, next_start)
        quotes.append(
            Quote(
                start=start,
                end=end,
                text=text_of(doc)[start:end],
                cue=cue_of(cue) if cue is not None else None,
                source=source_of(cue) if cue is not None else None,
            )
        )
    return quotes


def _find_cue(doc: Doc, start: int, end: int, previous_end: int, next_start: int) -> Token | None:
    """The nearest reporting verb after the quote in its sentence, else before it."""
    for token in _after(doc, start, end, next_start):
        if is_speech_verb(token) or is_according_to(token):
            return token
    for token in _before(doc, start, previous_end):
        if is_speech_verb(token) or is_according_to(token):
            return token
    return None


def _after(doc: Doc, start: int, end: int, next_start: int) -> list[Token]:
    """Tokens after the quote up to the end of its sentence, the next quote or paragraph."""
    text = text_of(doc)
    following = text[end:next_start].lstrip(" ")
    closes_sentence = text[end - 2 : end - 1] in SENTENCE_END
    if not following or following[0] == "\n" or (closes_sentence and not following[0].islower()):
        return []
    tokens = []
    for token in _tokens_between(doc, end, next_start)[:WINDOW_TOKENS]:
        if "\n" in token.text:
            break
        tokens.append(token)
        if token.text in SENTENCE_END:
            break
    return tokens


def _before(doc: Doc, start: int, previous_end: int) -> list[Token]:
    """Tokens before the quote back to the sentence start, nearest first.

    When the quote opens a new sentence, the sentence before it is searched
    ("... he responded. \"To enter ...\"").
    """
    tokens = list(reversed(_tokens_between(doc, previous_end, start)))[:WINDOW_TOKENS]
    window = []
    for position, token in enumerate(tokens):
        if "\n" in token.text:
            break
        if token.text in SENTENCE_END and position > 0:
            break
        window.append(token)
    return window


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens inside [start, end), whitespace dropped except line breaks (they bound windows)."""
    span = doc.char_span(start, end, alignment_mode="contract") if start < end else None
    return [token for token in span or () if not token.is_space or "\n" in token.text]
