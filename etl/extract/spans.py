"""Character spans of the parsed text: shared by every extractor."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

from etl.extract.tokens import tokens_of


def text_of(doc: Doc) -> str:
    """The parsed text. spaCy rebuilds ``Doc.text`` from every token on each access, which made
    the rules cost a third of the parse; it is built once per document here."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = "".join(token.text_with_ws for token in tokens_of(doc))
    return text


def person_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the document's PERSON entities of two words or more ("Skelly" of
    "Andy Skelly"), computed once per document."""
    surnames = doc.user_data.get("person_surnames")
    if surnames is None:
        surnames = doc.user_data["person_surnames"] = frozenset(
            entity[-1].text for entity in doc.ents if entity.label_ == "PERSON" and len(entity) > 1)
    return surnames


def organization_names(doc: Doc) -> frozenset[str]:
    """The texts of the document's ORG entities, without an opening "the" ("the Harlow
    Foundation" is "Harlow Foundation"), computed once per document."""
    names = doc.user_data.get("organization_names")
    if names is None:
        names = doc.user_data["organization_names"] = frozenset(
            (entity[1:] if entity[0].lower_ == "the" else entity).text
            for entity in doc.ents if entity.label_ == "ORG" and len(entity) > (entity[0].lower_ == "the"))
    return names


def forget_entities(doc: Doc) -> None:
    """Drop the entities ``entity_at`` kept of ``doc``: each points back at its document, which
    would otherwise wait for the garbage collector to be freed (as ``forget_tokens``)."""
    doc.user_data.pop("entities", None)


def entity_at(token: Token) -> Span | None:
    """The named entity ``token`` is part of, if any.

    ``Doc.ents`` builds every entity on each access; the entities are listed and their starts
    indexed once per document, then found by bisection, so one lookup per quote costs no
    scan of the article's entities.
    """
    index = token.doc.user_data.get("entities")
    if index is None:
        entities = token.doc.ents
        index = token.doc.user_data["entities"] = ([entity.start for entity in entities], entities)
    starts, entities = index
    found = bisect.bisect_right(starts, token.i) - 1
    return entities[found] if found >= 0 and token.i < entities[found].end else None


class SpanIndex:
    """Character spans, overlapping or not, asked which share a character with a span.

    Spans are kept sorted by start with the furthest end of each prefix, so a question costs
    a bisection, not a scan of every span: an article with thousands of quotes, mentions or
    speakers asks once per token or mention.
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._ends = [end for _, end in ordered]
        self._reach = list(accumulate(self._ends, max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with any span (as an empty span inside one does)."""
        before_end = bisect.bisect_left(self._starts, end)
        return before_end > 0 and self._reach[before_end - 1] > start

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans sharing a character with [start, end), in order of their starts.

        Walks back from the last span starting before ``end`` only while some span that far
        back still reaches past ``start``.
        """
        found = []
        j = bisect.bisect_left(self._starts, end) - 1
        while j >= 0 and self._reach[j] > start:
            if self._ends[j] > start:
                found.append((self._starts[j], self._ends[j]))
            j -= 1
        return found[::-1]

    def contains(self, offset: int) -> bool:
        """Whether a span holds ``offset``: start <= offset < end."""
        started = bisect.bisect_right(self._starts, offset)
        return started > 0 and self._reach[started - 1] > offset

    def add(self, start: int, end: int) -> None:
        """Index one more span; cheap when spans come in order of their starts."""
        at = bisect.bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
        self._reach.insert(at, max(end, self._reach[at - 1]) if at else end)
        for later in range(at + 1, len(self._reach)):
            reach = max(self._reach[later - 1], self._ends[later])
            if reach == self._reach[later]:
                break
            self._reach[later] = reach
