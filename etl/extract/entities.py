"""Entities: named persons, organizations and places from spaCy NER, cleaned up.

NER labels are corrected by context where the text is unambiguous: whoever
speaks is a person, and one surface form keeps one kind within an article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from etl.extract.attribution import SUBJECT_DEPS
from etl.extract.lexicons import org_words, place_types
from etl.records import Article, EntityKind, Mention, SourceRef

LABEL_KINDS: dict[str, EntityKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
# Lowercase words that may sit inside a proper name ("Bank of England", "al-Qaida").
NAME_CONNECTORS = {"of", "the", "and", "for", "on", "de", "del", "la", "le", "van", "von", "bin", "al", "el"}
POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")


def extract_entities(doc: Doc, speakers: Iterable[SourceRef]) -> list[Mention]:
    """Named mentions in the article, with kinds corrected by context.

    Args:
        doc: the parsed article.
        speakers: sources of quotes and claims named by name; places among them become persons.

    Returns:
        Mentions in text order, at most one per span.
    """
    speaker_spans = [(s.start, s.end) for s in speakers if s.form == "name"]
    mentions = [m for ent in doc.ents if (m := _mention(ent)) is not None]
    mentions = [_as_person_if_speaking(m, speaker_spans) for m in mentions]
    mentions += _unrecognized_speakers(doc, speaker_spans, mentions)
    return sorted(_consistent_kinds(mentions), key=lambda m: m.start)


def _mention(ent: Span) -> Mention | None:
    kind = LABEL_KINDS.get(ent.label_)
    if kind is None:
        return None
    tokens = [t for t in ent if not t.is_space]
    while tokens and tokens[0].lower_ == "the":
        tokens.pop(0)
    if not tokens or any("\n" in t.text for t in tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    text = ent.doc.text[start:end]
    trailing = POSSESSIVE.search(text)
    if trailing and len(text) > len(trailing.group()):
        end -= len(trailing.group())
        text = text[: -len(trailing.group())]
    if not _looks_like_a_name(text, kind, tokens):
        return None
    subject = any(t.dep_ in SUBJECT_DEPS for t in tokens)
    if kind == "organization" and _person_shaped(text, has_article=ent[0].lower_ == "the"):
        return Mention("person", start, end, text, "ORG->person", subject)
    return Mention(kind, start, end, text, ent.label_, subject)


def _person_shaped(text: str, has_article: bool) -> bool:
    """"Fahim Dashty" tagged ORG: two or three capitalized words, no org word, no "the", no acronym."""
    words = text.split()
    return (
        not has_article
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in words)
        and not any(w.lower() in org_words() for w in words)
    )


def _looks_like_a_name(text: str, kind: EntityKind, tokens: list) -> bool:
    if not text[:1].isupper():
        return False
    words = re.findall(r"[A-Za-z][\w-]*", text)
    allowed = NAME_CONNECTORS | (place_types().keys() if kind == "place" else set())
    if any(w[0].islower() and w.lower() not in allowed for w in words):
        return False
    if kind == "person":
        # "BM-21 Grad" and "Tajiks" are tagged PERSON; names carry no digits and are not plural nouns.
        if re.search(r"\d", text) or (len(tokens) == 1 and tokens[0].tag_ in {"NNPS", "NNS"}):
            return False
    return True


def _as_person_if_speaking(mention: Mention, speaker_spans: list[tuple[int, int]]) -> Mention:
    if mention.kind == "place" and any(s < mention.end and mention.start < e for s, e in speaker_spans):
        return Mention("person", mention.start, mention.end, mention.text, "speaker", mention.subject)
    return mention


def _unrecognized_speakers(doc: Doc, speaker_spans: list[tuple[int, int]], known: list[Mention]) -> list[Mention]:
    """Speakers named by a proper noun that NER missed."""
    found = []
    for start, end in speaker_spans:
        if any(m.start < end and start < m.end for m in known):
            continue
        text = doc.text[start:end]
        if text[:1].isupper():
            found.append(Mention("person", start, end, text, "speaker", subject=True))
    return found


def _consistent_kinds(mentions: list[Mention]) -> list[Mention]:
    """One surface form, one kind: a name shown to be a person elsewhere is a person here."""
    persons = {m.text for m in mentions if m.kind == "person" and m.label == "speaker"}
    return [
        Mention("person", m.start, m.end, m.text, "speaker", m.subject) if m.text in persons and m.kind != "person" else m
        for m in mentions
    ]


def byline_mentions(article: Article) -> list[Mention]:
    """Byline authors are persons of the article, found where the byline names them."""
    mentions = []
    for region in article.regions:
        if region.kind != "byline":
            continue
        line = article.text[region.start : region.end]
        for author in article.authors:
            offset = line.find(author)
            if offset >= 0:
                start = region.start + offset
                mentions.append(Mention("person", start, start + len(author), author, "byline"))
    return mentions
