"""Character spans of the parsed text: shared by every extractor."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc


def text_of(doc: Doc) -> str:
    """The parsed text. spaCy rebuilds ``Doc.text`` from every token on each access, which made
    the rules cost a third of the parse; it is built once per document here."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether [start, end) shares a character with any of ``spans``."""
    return any(start < span_end and span_start < end for span_start, span_end in spans)
