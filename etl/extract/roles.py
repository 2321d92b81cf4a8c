"""Roles: what the text says a person is, from the words around their name.

Three shapes read off the dependency parse, and one off the text:
- a title before the name: "former Vice President X", "French President X", "the philosopher X";
- an appositive after it: "X, Afghanistan's former vice president,", "X, leader of the Y";
- a name in apposition to a role: "His spokesman, X, ...";
- a US lawmaker's party tag after the name: "Sen. X (R-Fla.)", "Rep. X, D-N.Y.,".

Whose role it is ("Afghanistan's", "his", "of the Y", "French") is kept as written;
the resolve stage links it to an entity when it can.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Span, Token

from etl.extract.attribution import source_phrase
from etl.extract.spans import text_of
from etl.extract.tokens import children_of, lefts_of, rights_of, tokens_of
from etl.gazetteer.names import us_states
from etl.lexicon import PARTY_MEMBERS, honorifics, kin_nouns, name_prefixes, role_nouns, titles
from etl.records import BYLINE, Mention, RoleMention, SourceRef

# Modifiers that belong to a role ("former", "vice", "military"); determiners and owners do not.
QUALIFIER_DEPS = {"amod", "compound", "nmod"}
OWNER_LABELS = {"NORP", "GPE", "ORG", "PERSON", "LOC"}
# Title words that qualify a role but are none on their own ("former", "vice").
QUALIFIERS_ONLY = {"former", "vice", "acting", "deputy", "interim", "caretaker", "senior", "assistant", "retired",
                   "outgoing", "incoming", "prime", "foreign", "defense", "defence", "interior", "finance", "chief"}


def extract_roles(doc: Doc, mentions: Iterable[Mention]) -> list[RoleMention]:
    """Roles of the named persons among ``mentions``.

    Args:
        doc: the parsed article.
        mentions: entity mentions of the article; only persons get roles.

    Returns:
        At most one role per shape and person mention, in text order.
    """
    roles = []
    for mention in mentions:
        if mention.kind != "person" or mention.label == BYLINE:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for role in (_title_before(span, mention), _appositive_role(span, mention), _named_in_apposition(span, mention),
                     _party_and_state(doc, mention)):
            if role is not None:
                roles.append(role)
    return sorted(roles, key=lambda role: (role.start, role.holder.start))


def _is_role_word(token: Token) -> bool:
    word = token.lower_
    return word in role_nouns() or word in titles() or word in kin_nouns()


def _title_before(span: Span, mention: Mention) -> RoleMention | None:
    """Title words right before the name, or at its start when NER took them into the name."""
    doc = span.doc
    first = span.start
    while first < span.end - 1 and doc[first].lower_ in name_prefixes():
        first += 1
    start = first
    while start > 0 and _is_title_token(doc[start - 1]):
        start -= 1
    words = [t for t in tokens_of(doc)[start:first] if t.lower_ not in honorifics()]
    if not any(_is_role_word(t) and t.lower_ not in QUALIFIERS_ONLY for t in words):
        return None
    words_start = words[0].i
    owner = _owner_before(doc, words_start) if any(t.lower_ in titles() for t in words) else None
    return _role(mention, doc[words_start:first], owner)


def _is_title_token(token: Token) -> bool:
    word = token.lower_
    return (word in name_prefixes() or word in role_nouns()) and token.ent_type_ not in ("NORP", "GPE")


def _owner_before(doc: Doc, start: int) -> SourceRef | None:
    """"French President X", "Foreign Ministry spokeswoman X": a nationality, country or
    organization right before a title owns it."""
    if start == 0:
        return None
    token = doc[start - 1]
    if token.ent_type_ in ("NORP", "GPE", "ORG") or token.dep_ == "poss":
        return source_phrase(token)
    return None


def _appositive_role(span: Span, mention: Mention) -> RoleMention | None:
    """"X, Afghanistan's former vice president," / "X, leader of the Y"."""
    appositive = next((child for child in children_of(span.root) if child.dep_ == "appos" and _is_role_word(child)), None)
    if appositive is None:
        return None
    return _role(mention, _role_words(appositive), _owner_of(appositive))


def _named_in_apposition(span: Span, mention: Mention) -> RoleMention | None:
    """"His spokesman, X, said": the name is in apposition to the role."""
    head = span.root.head
    if span.root.dep_ != "appos" or head.i >= span.start or not _is_role_word(head):
        return None
    return _role(mention, _role_words(head), _owner_of(head))


@cache
def _party_tag() -> re.Pattern[str]:
    """The tag in parentheses or between commas right after a lawmaker's name: "(R-Fla.)",
    ", D-N.Y.,", "(I-Vermont)", "(R-TX)". The state is one of ``us_states``' forms, longest first
    so that "N.Y." is not read as "N". The tag closes after it: a mark, the end, or a word in lower
    case ("R-Fla. said"; an abbreviation's period may also end the sentence). A capitalized word
    after a full name makes it a district's ("D-Washington Heights", "R-Kansas City")."""
    states = "|".join(re.escape(form) for form in sorted(us_states(), key=len, reverse=True))
    closes = r"(?:(?<=\.)|(?=[,;:).]|\s+[^A-Z\s]|\s*$))"
    return re.compile(rf"[ \t]*[(,][ \t]*(?P<party>[{''.join(PARTY_MEMBERS)}])[-\u2013](?P<state>{states}){closes}")


def _party_and_state(doc: Doc, mention: Mention) -> RoleMention | None:
    """"Sen. Ana Ruiz (R-Fla.)", "Rep. Tom Hale, D-N.Y., said": the party a US lawmaker belongs to
    and the state they sit for, written after the name. The role is the party's member
    ("republican"), of the state, so that "the Florida Republican" and "the Florida senator" can
    name them later."""
    text = text_of(doc)
    match = _party_tag().match(text, mention.end)
    if match is None:
        return None
    state = SourceRef(match.start("state"), match.end("state"), match.group("state"), "name")
    start, end = match.start("party"), match.end("state")
    return RoleMention(holder=mention, role=PARTY_MEMBERS[match.group("party")], start=start, end=end,
                       text=text[start:end], of=state)


def _role_words(head: Token) -> Span:
    """The role noun and the qualifiers right before it: "former vice president"."""
    start = head.i
    for child in reversed(list(lefts_of(head))):
        if child.i != start - 1 or child.dep_ not in QUALIFIER_DEPS or child.ent_type_ in OWNER_LABELS:
            break
        start = child.i
    return head.doc[start : head.i + 1]


def _owner_of(head: Token) -> SourceRef | None:
    """Whose role: a possessor ("Massoud's spokesman", "his aide") or "of" a named entity."""
    for child in children_of(head):
        if child.dep_ == "poss":
            return source_phrase(child)
    for child in rights_of(head):
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [t for t in children_of(child) if t.dep_ == "pobj" and t.ent_type_ in OWNER_LABELS]
            if objects:
                return source_phrase(objects[0])
    return None


def _role(mention: Mention, words: Span, owner: SourceRef | None) -> RoleMention:
    text = words.text
    return RoleMention(
        holder=mention,
        role=" ".join(text.lower().split()),
        start=words.start_char,
        end=words.end_char,
        text=text,
        of=owner,
    )
