"""Entities: named persons, organizations and places from spaCy NER, cleaned up.

NER labels are corrected by context where the text is unambiguous: whoever
speaks is a person, and one surface form keeps one kind within an article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

import pycountry
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from etl.clean import DATELINE
from etl.extract.attribution import SUBJECT_DEPS
from etl.extract.spans import SpanIndex, organization_names, person_surnames, text_of
from etl.extract.tokens import children_of, tokens_of
from etl.gazetteer.names import common_country_names
from etl.lexicon import (
    company_name_words,
    company_suffixes,
    facility_words,
    is_first_name,
    honorifics,
    kin_nouns,
    medium_nouns,
    name_prefixes,
    nation_names,
    org_words,
    place_types,
    source_nouns,
    thing_nouns,
    unit_words,
    vehicle_nouns,
    vessel_prefixes,
)
from etl.lexicon.names import kind_by_words, names_a_base, names_a_landform
from etl.nlp import is_adjective_or_verb
from etl.records import BYLINE, DATELINE_CITY, Article, EntityKind, Mention, SourceRef

LABEL_KINDS: dict[str, EntityKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
# Lowercase words that may sit inside a proper name ("Bank of England", "al-Qaida").
NAME_CONNECTORS = {"of", "the", "and", "for", "on", "de", "del", "der", "den", "da", "dos", "du", "la", "le", "van", "von", "ter",
                   "bin", "al", "el"}
# Arabic names may start with a lowercase article: "al-Qaida", "el-Sisi".
LOWERCASE_NAME_START = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn)-[A-Z]")
# A gerund or participle ("Injecting", "Crooked"); names this long rarely end so.
VERB_FORM = re.compile(r"^[A-Z][a-z]{3,}(?:ing|ed)$")
# A word and the spaces and punctuation after it, up to the next word.
FIRST_WORD_AND_PUNCTUATION = re.compile(r"\S+[\s\W]*")
# Capitalized words, one space apart ("Hindu Kush"); a run of them is what may precede a place type.
CAPITALIZED_WORDS = r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*"
CAPITALIZED_RUN = re.compile(r"\b[A-Z][\w'-]*(?: [A-Z][\w'-]*)*")
POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
# "the West" is a bloc of countries, not a place on a map.
COMPASS_WORDS = {"west", "east", "north", "south", "midwest", "northeast", "northwest", "southeast", "southwest"}
# "in low Earth orbit", "a mission to Mars": a planet or a moon is on no map a place is located on.
CELESTIAL_BODIES = {"earth", "moon", "sun", "mercury", "venus", "mars", "jupiter", "saturn", "uranus", "neptune",
                    "pluto"}
# Nouns for a state's institutions: "Afghan army", "French government" name organizations.
STATE_INSTITUTIONS = {"army", "navy", "military", "police", "government", "parliament", "ministry"}
# Prepositions of location or motion: "near the Hindu Kush", "into the valley". Not "in"
# or "at", which precede organizations as often ("an article in The Washington Post").
# Armed services that precede a rank ("Navy Cmdr.", "Army Sgt."): with the rank alone NER
# tags them PERSON when the name itself is on the next line or cut off.
ARMED_SERVICES = {"army", "navy", "air", "force", "marine", "marines", "coast", "guard", "space", "corps"}
# "1st", "82nd", "Seventh": the ordinal a military unit is numbered by.
ORDINAL = r"(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)"
# "(Airborne)", "(Light Infantry)": a unit's qualifier in brackets is part of its name.
UNIT_QUALIFIER = r"(?: \([A-Z][a-z]+(?: [A-Z][a-z]+)*\))?"
TRAILING_JOINERS = {"&", "and"}
# "SpaceX", "EuroDNS": a capital run or a final capital after a lowercase letter is a brand's
# spelling; people's names capitalize inside only after a prefix ("McDonald", "DeSantis").
BRAND_SHAPE = re.compile(r"[a-z](?:[A-Z]{2,}|[A-Z]$)")
HYPHENATED_TAIL = re.compile(r"-[a-z]+\b(?!-)")
# Prepositions a place is written after ("in Iowa", "from Indiana") and a person's surname, but
# for its possessive ("in Claymont's campaign"), is not.
PLACE_PREPOSITIONS = r"(?:[Ii]n|[Ff]rom|to|across|throughout)"
PLACE_PREPOSITION = re.compile(rf"\b{PLACE_PREPOSITIONS} ")
# What a place one is in is written after ("in Cleveland", "across Texas").
IN_PLACE_PREPOSITION = re.compile(r"\b(?:[Ii]n|across|throughout) ")
# Not "to" before a place's own mention: a person is talked "to" as often ("talks to Okafor").
PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:[Ii]n|[Ff]rom|across|throughout) $")
PLACE_PREPOSITION_LENGTH = len("throughout ")
WORD_END_BUT_POSSESSIVE = re.compile(r"\b(?!['\u2019]s)")
# Offices held for a field ("Under Secretary for Inland Waterways", "Assistant to the Governor
# for Energy and Environment"): the capitalized words after "for" are the office's portfolio,
# no organization. Not "director" or "spokesman", whom the name of their employer follows
# ("campaign director for Brightwell").
PORTFOLIO_TITLES = {"assistant", "secretary", "undersecretary", "minister", "administrator", "commissioner", "czar"}
# A party's gatherings: "the Labour Party Conference" is an event of the Labour Party.
PARTY_GATHERING = re.compile(r"(.+ Party) (?:Congress|Conference|Convention|Plenum)")
# A hill's name ends like a building's ("Capitol Hill") but "Hill" is a surname as often ("Lauryn
# Hill"): a hill's name is a place only after a word no given name can be.
HILL = "hill"
SPATIAL_PREPOSITIONS = {"near", "into", "across", "through", "inside", "outside", "around", "toward", "towards",
                        "throughout", "within", "beyond", "along", "onto", "north", "south", "east", "west"}


def extract_entities(doc: Doc, speakers: Iterable[SourceRef], known_places: Iterable[Mention] = ()) -> list[Mention]:
    """Named mentions in the article, with kinds corrected by context.

    Args:
        doc: the parsed article.
        speakers: sources of quotes and claims named by name; places among them become persons.
        known_places: places found outside the parse (the dateline); the same names in the
            text are places too.

    Returns:
        Mentions in text order, at most one per span.
    """
    speaker_spans = [(s.start, s.end) for s in speakers if s.form == "name"]
    entities = _person_names_joined(doc)
    surnames = _surnames_of_full_names(entities) | _names_after_an_honorific(entities)
    mentions = [m for ent in entities if (m := _mention(ent, surnames)) is not None]
    mentions = _with_military_units(text_of(doc), mentions)
    mentions = _with_company_suffixes(doc, mentions)
    mentions = _split_run_together(mentions)
    mentions = _surnames_as_persons(mentions)
    mentions = _without_leading_common_words(doc, mentions)
    mentions = _without_craft_names(text_of(doc), mentions)
    mentions = [_party_of_its_gathering(m) for m in mentions if not _names_a_portfolio(doc, m)]
    mentions += _organizations_ner_missed(doc, mentions)
    mentions = _organizations_by_apposition(doc, mentions)
    mentions += _subject_surnames_ner_missed(doc, mentions)
    speaking = SpanIndex(speaker_spans)
    located = _speaking_places_written_in(text_of(doc), mentions, speaking)
    mentions = [_as_speaker_if_speaking(m, speaking, surnames, located) for m in mentions]
    mentions += _unrecognized_speakers(doc, speaker_spans, mentions, surnames)
    mentions = _places_by_context(doc, mentions, {place.text.casefold() for place in known_places})
    return sorted(_consistent_kinds(mentions, text_of(doc)), key=lambda m: m.start)


def _surnames_of_full_names(entities: list[Span]) -> set[str]:
    """The last words of the persons NER names with more than one word ("Sanders" of "Bernie
    Sanders")."""
    return {words[-1] for ent in entities if ent.label_ == "PERSON" and len(words := ent.text.split()) > 1}


def _names_after_an_honorific(entities: list[Span]) -> set[str]:
    """The one-word names NER finds right after "Mr.", "Mrs.", "Dr." and the like, which leaves
    the honorific out: a person's surname ("Mr. Page", "Mrs. England"), whatever else its word
    may name (a medium, a nation), as a surname after a first name is."""
    return {ent.text for ent in entities
            if len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ in honorifics()}


def _mention(ent: Span, surnames: set[str]) -> Mention | None:
    kind = LABEL_KINDS.get(ent.label_)
    if _is_country_name(ent.text) and (ent.label_ in ("NORP", "ORG") or _country_tagged_as_person(ent, surnames)):
        kind = "place"
    if kind is None:
        return None
    tokens = [t for t in ent if not t.is_space]
    while tokens and (tokens[0].lower_ == "the" or tokens[0].is_punct):
        tokens.pop(0)
    # "Donald Trump ''": quote marks and dashes NER runs into a name are never part of it, nor is
    # the "&" of "Acme Inc. & Vale S.A." that joins it to the next one.
    while tokens and ((tokens[-1].is_punct and tokens[-1].text != ".") or tokens[-1].text in TRAILING_JOINERS):
        tokens.pop()
    if not tokens or any("\n" in t.text for t in tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    # "Bong Young-shik": NER may stop at the hyphen of a given name; its lowercase half belongs to it.
    if (tail := HYPHENATED_TAIL.match(text_of(ent.doc), end)) is not None:
        end = tail.end()
    text = text_of(ent.doc)[start:end]
    trailing = POSSESSIVE.search(text)
    if trailing and len(text) > len(trailing.group()):
        end -= len(trailing.group())
        text = text[: -len(trailing.group())]
    if not _looks_like_a_name(text, kind, tokens, surnames):
        return None
    if kind == "place" and text.lower() in COMPASS_WORDS | CELESTIAL_BODIES:
        return None
    if _is_vessel(text) or _is_rank_only(text) or _names_a_thing(text):
        return None
    # "Her colleague, Tom Burke, disagreed": a name in apposition to a subject is that subject.
    subjects = [t for t in tokens if t.dep_ in SUBJECT_DEPS or t.dep_ == "appos" and t.head.dep_ in SUBJECT_DEPS]
    subject, main_clause = bool(subjects), any(_in_main_clause(t) for t in subjects)
    by_words = kind_by_words(text) if kind in ("person", "organization") else None
    # NER's persons keep surnames that are building words ("Peter Hall"); its organizations do not.
    if by_words == "place" and ent.label_ == "PERSON" and not (names_a_base(text) or names_a_landform(text)):
        by_words = None
    if by_words is not None and by_words != kind:
        # "Fox News" tagged PERSON, "Trump Tower" tagged ORG: an outlet's or a building's words say what it is.
        return Mention(by_words, start, end, text, f"{ent.label_}->{by_words}", subject, main_clause)
    if kind == "person" and (named_after := _named_after_someone_or_a_building(text, ent.doc.vocab, surnames)):
        return Mention(named_after, start, end, text, f"PERSON->{named_after}", subject, main_clause)
    if kind == "person" and len(tokens) == 1 and (BRAND_SHAPE.search(text) or _names_a_medium(text, surnames)):
        return Mention("organization", start, end, text, "PERSON->organization", subject, main_clause)
    # An outlet's words keep NER's organization one ("an interview with Kettle Valley Gazette"), and
    # so does a name modifying a noun ("a Marden Holdings statement", "Ashford Capital bankers").
    if (kind == "organization" and by_words is None and _person_shaped(text, has_article=ent[0].lower_ == "the")
            and not _modifies_a_noun_after_it(ent, end)
            and not _opens_with_a_common_adjective_or_verb(text, ent.doc.vocab, surnames)
            and _named_after_someone_or_a_building(text, ent.doc.vocab, surnames) is None):
        return Mention("person", start, end, text, "ORG->person", subject, main_clause)
    return Mention(kind, start, end, text, ent.label_, subject, main_clause)


def _country_tagged_as_person(ent: Span, surnames: set[str]) -> bool:
    """"Burma released the activists": NER tags some countries PERSON."""
    return ent.label_ == "PERSON" and not _may_name_a_person(ent.text, surnames)


def _may_name_a_person(text: str, surnames: set[str]) -> bool:
    """A country's name that is also a first name ("Chad", "Jordan") or the surname of a person
    the article names in full or after an honorific may be that person."""
    return is_first_name(text.split()[0].lower()) or text in surnames


def _names_a_medium(text: str, surnames: set[str]) -> bool:
    """"posted on Twitter", "Instagram said": a medium's name is a company's, never a person's,
    but for the surname of a person the article names in full or after an honorific ("Mr. Page")."""
    return text.lower() in medium_nouns() and text not in surnames


def _opens_with_a_common_adjective_or_verb(text: str, vocab: Vocab, surnames: set[str]) -> bool:
    """"Honest Ballot", "Steady Harvest", "Western Dispatch": NER's organization opens with an
    English adjective or verb that is no first name, as a person's name never does; but for a
    name NER gives a person elsewhere in the article, whose first name is in no list ("Curt"),
    and a family name before a given name of hyphenated syllables ("Bong Young-shik")."""
    words = text.split()
    return _common_word(vocab, words[0]) and words[-1] not in surnames and HYPHENATED_TAIL.search(text) is None


def _named_after_someone_or_a_building(text: str, vocab: Vocab, surnames: set[str]) -> EntityKind | None:
    """"Capitol Hill", "the Okonkwo White House", "Marlow Tower": a name whose first word is no
    given name but the surname of someone the article names in full or after an honorific
    ("Mrs. Marlow"), or a building's word, and whose rest is a building's or a hill's last word
    (a place) or opens with an English adjective or verb (that person's administration or firm,
    an organization) names no person. "Peter Hall", "Tamron Hall" and "Lee Grant" open with a
    given name, listed or not, which nobody else in the article bears as surname."""
    first, *rest = text.split()
    if not rest or is_first_name(first) or not (first in surnames or first.lower() in facility_words()):
        return None
    if len(rest) == 1 and (rest[0].lower() in facility_words() or rest[0].lower() == HILL):
        return "place"
    if len(rest) > 1 and _common_word(vocab, rest[0]):
        return "organization"
    return None


def _common_word(vocab: Vocab, word: str) -> bool:
    """Whether a capitalized word is an English adjective or verb no first-name list holds
    ("Derelict", "Honest"; not "Hope", "Chase"): it opens no person's name."""
    return is_adjective_or_verb(vocab, word) and not is_first_name(word)


def _modifies_a_noun_after_it(ent: Span, end: int) -> bool:
    """"Marden Holdings spokesman", "a Copperline Energy engineer": NER's organization is a compound of
    a noun after the name, which ends at ``end`` (past the hyphenated tail of "Bong Young-shik",
    whose first part NER makes a compound of its last). A name opening with a first name is
    left to the person rule: the parser takes a verb after a person's name for a noun as well
    ("nominee Jane Roe walked offstage")."""
    return ent.root.dep_ == "compound" and ent.root.head.idx >= end and not is_first_name(ent[0].lower_)


def _in_main_clause(subject: Token) -> bool:
    """Whether a subject (or a name in apposition to one) is its sentence's main clause's, or a
    clause's joined to it by "and" or "but": not one of a clause inside it ("to show him where
    Olsen had played", "the worry is which of the bids the council will pick")."""
    verb = subject.head if subject.dep_ in SUBJECT_DEPS else subject.head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _names_a_thing(text: str) -> bool:
    """"Creative Commons Attribution 2.5 License", "Saffir-Simpson Hurricane Scale": a licence, a
    scale or a prize is named like an organization; "Operation Inherent Resolve" is a military
    operation, named like a place."""
    words = text.split()
    return len(words) > 1 and (words[-1].lower() in thing_nouns() or words[0] == "Operation")


def _is_vessel(text: str) -> bool:
    """"USS Carl Vinson", "HMS Defender": a ship's prefix is written in capitals before its name."""
    first, _, rest = text.partition(" ")
    return bool(rest) and first.isupper() and first.lower() in vessel_prefixes()


def _is_rank_only(text: str) -> bool:
    """"Sgt", "Navy Cmdr", "Navy Rear": a rank with no name after it (the name is cut off by a
    sentence split or a line break) names nobody."""
    words = [word.lower().rstrip(".") for word in text.split()]
    ranks = [word for word in words if word not in ARMED_SERVICES]
    return bool(ranks) and all(word in name_prefixes() or f"{word}." in name_prefixes() for word in ranks)


def _person_shaped(text: str, has_article: bool) -> bool:
    """"Fahim Dashty", "Bong Young-shik" tagged ORG: two or three capitalized words (hyphens
    allowed), no org word, no "the", no acronym, and no trade closing it ("Velmora Aerospace"
    is a company)."""
    words = text.split()
    return (
        not has_article
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha() for w in words)
        and not _has_org_word(text)
        and words[-1].lower() not in company_name_words()
    )


@cache
def _is_country_name(text: str) -> bool:
    """Whether the text names a country, by its everyday English name ("Burma", "Russia"), one
    ISO lists ("Tajikistan") or a nation's ISO lists under another country or none ("Scotland",
    "Kosovo"): NER tags some as a nationality, an organization or a person, and one may speak.
    Two- and three-letter codes are too ambiguous to count."""
    if len(text) <= 3:
        return False
    if text in common_country_names() or text.lower() in nation_names():
        return True
    try:
        pycountry.countries.lookup(text)
    except LookupError:
        return False
    return True


def _looks_like_a_name(text: str, kind: EntityKind, tokens: list, surnames: set[str]) -> bool:
    if not (text[:1].isupper() or LOWERCASE_NAME_START.match(text)):
        return False
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", text)
    allowed = NAME_CONNECTORS | (place_types().keys() if kind == "place" else set())
    if any(w[0].islower() and w.lower() not in allowed and not LOWERCASE_NAME_START.match(w) for w in words):
        return False
    if kind == "person":
        # "BM-21 Grad" and "Tajiks" are tagged PERSON; names carry no digits and are not plural
        # nouns, but a surname the article gives a person in full is a name however it is tagged
        # ("Matthews laughed" after "Chris Matthews").
        plural = len(tokens) == 1 and tokens[0].tag_ in {"NNPS", "NNS"} and text not in surnames
        if re.search(r"\d", text) or plural:
            return False
    return True


def _without_leading_common_words(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Injecting Clinton's troubles ...", "working Crooked Hillary Clinton", a headline's "Derelict
    Ruiz and Vale", "Combine Ruiz and Vale's totals": NER takes the capitalized word before a name
    into it. Dropped where the rest is a person the article names elsewhere, the word is in none
    of its other names (a first name would be) and it is no name's word: a verb form anywhere, or
    at a sentence's start (where every word is capitalized) an adjective, quantifier or verb that
    is no first name, title or honorific, before a surname the article gives with a first name.
    The last keeps "Curt Wexley ... Wexley", whose first name is in no list: with it dropped,
    the person would be left with no first name at all.
    """
    persons = [m for m in mentions if m.kind == "person"]
    surnames = Counter(m.text.split()[-1] for m in persons)
    words = Counter(word for m in persons for word in m.text.split())
    texts = Counter(m.text for m in persons)
    named_in_full = _surnames_after_first_names(mentions)
    sentence_starts = {sentence.start_char for sentence in doc.sents}
    return [
        _trimmed(m) if m.kind == "person" and _starts_with_another_person(m, surnames, words, texts)
        and _opens_with_a_common_word(doc, m, sentence_starts, named_in_full) else m
        for m in mentions
    ]


def _starts_with_another_person(mention: Mention, surnames: Counter, words: Counter, texts: Counter) -> bool:
    """Whether the words after the first are a person the article names elsewhere by surname, and
    the first word is in no other name of the article's persons."""
    first, *rest = mention.text.split()
    return bool(rest) and surnames[rest[-1]] > texts[mention.text] and words[first] == texts[mention.text]


def _opens_with_a_common_word(doc: Doc, mention: Mention, sentence_starts: set[int], named_in_full: set[str]) -> bool:
    """"Injecting", "Crooked" anywhere; "Derelict", "Neither", "Combine" opening a sentence before
    a surname in ``named_in_full``. A first name that is also a common word ("Hope", "Chase",
    "Will") is in the first-name lists."""
    first, *rest = mention.text.split()
    if VERB_FORM.match(first) is not None:
        return True
    return (mention.start in sentence_starts and rest[-1] in named_in_full and _common_word(doc.vocab, first)
            and first.lower() not in name_prefixes())


def _has_org_word(name: str) -> bool:
    """Whether a word of the name heads organizations' names ("Front", "College", "Air Force")."""
    return any(word.lower() in org_words() for word in name.split())


def _trimmed(mention: Mention) -> Mention:
    """The mention without its first word, nor the dash or spaces after it ("Weak - Ruiz")."""
    cut = FIRST_WORD_AND_PUNCTUATION.match(mention.text).end()
    return replace(mention, start=mention.start + cut, text=mention.text[cut:])


def _without_craft_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """"the Falcon 9 rocket", "a Seahawk helicopter": NER tags the name of a craft or of its
    model as an organization or a person. A name the article writes only before a vehicle noun
    (after any model number) is the craft's and is dropped; a maker's name the article also
    writes on its own ("Arvell jets" and "Arvell said") stays, and so does an operator named
    with an organization's word ("Norvian Air Force" before its jets)."""
    written_alone = {m.text for m in mentions if _craft_noun_after().match(text, m.end) is None}
    return [m for m in mentions
            if m.kind == "place" or m.text in written_alone or _has_org_word(m.text)]


@cache
def _craft_noun_after() -> re.Pattern[str]:
    """A vehicle noun right after a name, past a model number ("9 rocket", "F-35 jets")."""
    nouns = "|".join(re.escape(noun) for noun in sorted(vehicle_nouns()))
    return re.compile(rf"(?: [\w/-]*\d[\w/-]*)? (?:{nouns})s?\b")


def _names_a_portfolio(doc: Doc, mention: Mention) -> bool:
    """"Under Secretary for Trade and Industry": the field an office is held for, tagged as an
    organization (``PORTFOLIO_TITLES``), or as a person when its words are as few as a name's.
    Persons NER tags as such stay: an aide is "secretary for" a person too."""
    if not mention.label.startswith("ORG"):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ != "for":
        return False
    office = doc[span.start - 1].head
    # "Assistant to the President for ...": the field is the assistant's, not the president's.
    if office.dep_ == "pobj" and office.head.lower_ == "to":
        office = office.head.head
    return office.lower_ in PORTFOLIO_TITLES and not _has_org_word(mention.text)


def _party_of_its_gathering(mention: Mention) -> Mention:
    """"the Workers' Party Congress" names the party's congress, an event: the mention is the party's."""
    gathering = PARTY_GATHERING.fullmatch(mention.text) if mention.kind == "organization" else None
    if gathering is None:
        return mention
    party = gathering.group(1)
    return replace(mention, end=mention.start + len(party), text=party, label=f"{mention.label}->party")


def _surnames_as_persons(mentions: list[Mention]) -> list[Mention]:
    """"Chollet said": NER tags a lone surname as an organization as often as not. A one-word
    organization that is the surname of a person the article names in full is that person."""
    surnames = {m.text.split()[-1] for m in mentions if m.kind == "person" and " " in m.text}
    return [
        replace(m, kind="person", label=f"{m.label}->person")
        if m.kind == "organization" and " " not in m.text and m.text in surnames
        else m
        for m in mentions
    ]


def _person_names_joined(doc: Doc) -> list[Span]:
    """The document's entities, with a person's name that NER cut in two rejoined
    (``_one_person_name``)."""
    joined: list[Span] = []
    for ent in doc.ents:
        previous = joined[-1] if joined else None
        if previous is not None and _one_person_name(previous, ent):
            joined[-1] = Span(doc, previous.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    return joined


def _one_person_name(first: Span, second: Span) -> bool:
    """Whether NER cut one person's name in two: "Rafael van der" + "Vaart" (a name never ends
    in a particle), "Ursula von der" + "Leyen" read as a place (the first's words are the
    second's compounds)."""
    if first.label_ != "PERSON" or first.end != second.start:
        return False
    if first[-1].lower_ in NAME_CONNECTORS and first[-1].is_lower:
        return True
    return second.label_ in ("GPE", "LOC") and first[-1].dep_ == "compound" and second.start <= first[-1].head.i < second.end


def _split_run_together(mentions: list[Mention]) -> list[Mention]:
    """"told VOA Massoud is ready": NER runs an organization and the person after it into one name.

    Split only where both halves are names the article uses on their own.
    """
    persons = {m.text for m in mentions if m.kind == "person"}
    organizations = {m.text for m in mentions if m.kind == "organization"}
    result = []
    for mention in mentions:
        halves = _halves(mention, organizations, persons) if mention.kind == "organization" else None
        result.extend(halves or [mention])
    return result


def _halves(mention: Mention, organizations: set[str], persons: set[str]) -> list[Mention] | None:
    for split in (i for i, char in enumerate(mention.text) if char == " "):
        head, tail = mention.text[:split], mention.text[split + 1 :]
        if head in organizations and tail in persons:
            tail_start = mention.start + split + 1
            return [
                Mention("organization", mention.start, mention.start + split, head, mention.label),
                Mention("person", tail_start, mention.end, tail, "split"),
            ]
    return None


def _organizations_ner_missed(doc: Doc, known: list[Mention]) -> list[Mention]:
    """"Afghan army" (a nationality before a state institution) and "the academy Sandhurst"
    (a proper noun in apposition to one)."""
    taken = SpanIndex((m.start, m.end) for m in known)
    found = []
    for token in tokens_of(doc):
        span = _nationality_organization(token) or _named_by_apposition(token)
        if span is None or taken.overlaps(span.start_char, span.end_char):
            continue
        found.append(Mention("organization", span.start_char, span.end_char, span.text, "rule"))
        taken.add(span.start_char, span.end_char)
    return found


def _organizations_by_apposition(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the nurses' union, Solace, said": a name in apposition to an organization noun is that
    organization, and so is every mention of the same name in the article (NER tags the
    one-word name of a union or a firm as a person as often as not)."""
    named = {m.text for m in mentions if m.kind != "place" and _in_apposition_to_an_organization_noun(doc, m)}
    return [
        replace(m, kind="organization", label=f"{m.label}->organization")
        if m.kind == "person" and m.text in named
        else m
        for m in mentions
    ]


def _in_apposition_to_an_organization_noun(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in org_words()


def _nationality_organization(token: Token) -> Span | None:
    if token.ent_type_ != "NORP" or token.i + 1 >= len(token.doc):
        return None
    following = token.doc[token.i + 1]
    if following.ent_type_ or not following.is_lower or following.lower_ not in STATE_INSTITUTIONS:
        return None
    return token.doc[token.i : token.i + 2]


def _named_by_apposition(token: Token) -> Span | None:
    if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ != "appos":
        return None
    head = token.head
    if not head.is_lower or head.lower_ not in org_words() or head.i != token.i - 1:
        return None
    parts = [t for t in token.subtree if t.dep_ == "compound" or t.i == token.i]
    return token.doc[parts[0].i : token.i + 1]


def _with_company_suffixes(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A legal-form suffix ("Inc.", "S.A.") makes a company of the name it ends, whatever NER
    tagged it, and two suffixed names joined by "&" are two companies. NER also tags a suffix
    alone, often as a place: it takes the capitalized word before it, or is dropped."""
    result = []
    for mention in mentions:
        if _is_company_suffix(mention.text):
            result.extend(_with_name_before(doc, mention))
        elif _is_company_suffix(mention.text.split()[-1]):
            result.extend(_companies(mention))
        else:
            result.append(mention)
    return result


def _is_company_suffix(word: str) -> bool:
    """"S.A.", "GmbH", "plc", "AG": a suffix is abbreviated or not in title case; "Sa" and "Ag"
    in title case are names ("Maria Sa")."""
    return word.casefold() in company_suffixes() and ("." in word or not word.istitle())


def _companies(mention: Mention) -> list[Mention]:
    """"Kestrel Ltd. & Marlow S.A." -> the two companies; "Lumora S.A." -> one."""
    joined = _joined_companies().fullmatch(mention.text)
    parts = [(0, len(mention.text))] if joined is None else [joined.span(1), joined.span(2)]
    return [
        replace(mention, kind="organization", start=mention.start + a, end=mention.start + b, text=mention.text[a:b],
                label="company")
        for a, b in parts
    ]


@cache
def _joined_companies() -> re.Pattern[str]:
    suffix = "|".join(re.escape(word) for word in sorted(company_suffixes(), key=len, reverse=True))
    return re.compile(rf"(.+? (?i:{suffix})) (?:&|and) (.+ (?i:{suffix}))")


def _with_name_before(doc: Doc, mention: Mention) -> list[Mention]:
    name = _name_before(doc, mention.start)
    if name is None:
        return []
    text = text_of(doc)[name.idx : mention.end]
    return [replace(mention, kind="organization", start=name.idx, text=text, label="company")]


def _name_before(doc: Doc, start: int) -> Token | None:
    """The capitalized word right before the character offset ``start``, if one is there."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    token = doc[span.start - 1]
    return token if token.text[:1].isupper() and not token.is_punct else None


def _with_military_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """"1st Battalion, 5th Marines", "Carrier Air Wing 17": NER cuts numbered units apart, drops
    the number, or tags their words as persons. The whole unit replaces whatever overlaps it."""
    units = [Mention("organization", m.start(), m.end(), m.group(), "unit") for m in _military_unit().finditer(text)]
    taken = SpanIndex((unit.start, unit.end) for unit in units)
    kept = [m for m in mentions if not taken.overlaps(m.start, m.end)]
    named = [unit for unit, parent in zip(units, [*units[1:], None])
             if not _numbered_only_in_its_parent(text, unit, parent)]
    return sorted(kept + named, key=lambda m: m.start)


def _numbered_only_in_its_parent(text: str, unit: Mention, parent: Mention | None) -> bool:
    """"3rd Battalion, 1st Special Forces Group": a unit named by its number alone before its
    parent unit is one of the parent's many third battalions; the parent is the entity."""
    return (parent is not None and text[unit.end : parent.start] == ", "
            and _ordinal_and_unit_word().fullmatch(unit.text) is not None)


@cache
def _ordinal_and_unit_word() -> re.Pattern[str]:
    unit = "|".join(re.escape(word.capitalize()) for word in unit_words())
    return re.compile(rf"{ORDINAL} (?:{unit})")


@cache
def _military_unit() -> re.Pattern[str]:
    """A capitalized run ending in a unit word, numbered by an ordinal before it ("10th Mountain
    Division (Light Infantry)", joined to a one-word parent as in "1st Battalion, 5th Marines")
    or by a number after it ("Strike Fighter Squadron (VFA) 94"). Years are not unit numbers."""
    unit = "|".join(re.escape(word.capitalize()) for word in unit_words())
    run = rf"(?:[A-Z][\w-]* )*(?:{unit})\b"
    by_ordinal = rf"\b{ORDINAL} {run}{UNIT_QUALIFIER}(?:, {ORDINAL} [A-Z][a-z]+\b(?! [A-Z]))?"
    by_number = rf"\b(?!The\b){run}(?: \([A-Z]{{2,}}\))? \d{{1,3}}\b(?![,.]\d)"
    return re.compile(f"{by_ordinal}|{by_number}")


def _places_by_context(doc: Doc, mentions: list[Mention], known_places: set[str]) -> list[Mention]:
    """Organizations, and persons who do not speak, that the text shows to be places: "Andarab"
    where the article also says "Andarab valley", "the Hindu Kush" after "near", or the city of
    the dateline."""
    stems = _names_before_place_types(text_of(doc))
    return [
        replace(m, kind="place", label=f"{m.label}->place")
        if _could_be_a_place(m)
        and (m.text in stems or m.text.casefold() in known_places or _after_spatial_preposition(doc, m))
        else m
        for m in mentions
    ]


def _could_be_a_place(mention: Mention) -> bool:
    if mention.kind == "organization":
        return not mention.text.isupper() and not _has_org_word(mention.text)
    return mention.kind == "person" and mention.label == "PERSON"


def _names_before_place_types(text: str) -> set[str]:
    """Capitalized names right before a place-type word: "Andarab" of "Andarab valley".

    Tried once at the start of each run of capitalized words: from any later word of the run
    it would find no more than from its first, and trying from each costs the square of the
    run's length.
    """
    names = set()
    position = 0
    while (run := CAPITALIZED_RUN.search(text, position)) is not None:
        match = _name_and_place_type().match(text, run.start())
        if match is None:
            position = run.end()
        else:
            names.add(match.group(1))
            position = match.end()
    return names


@cache
def _name_and_place_type() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in place_types())
    return re.compile(rf"\b({CAPITALIZED_WORDS}) (?i:{words})\b")


def _after_spatial_preposition(doc: Doc, mention: Mention) -> bool:
    """"near the Hindu Kush", "into the Korengal": a person is rarely "the" anyone."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in SPATIAL_PREPOSITIONS


def _speaking_places_written_in(text: str, mentions: list[Mention], speaking: SpanIndex) -> set[str]:
    """The places that speak which the article also writes as a place one is in ("in Cleveland",
    "across Texas"): not "from", which a letter or a poll comes from as often ("a letter from
    Halvorsen"), nor "to"."""
    spoken = {m.text for m in mentions if m.kind == "place" and speaking.overlaps(m.start, m.end)}
    return _written_as_places(spoken, text, IN_PLACE_PREPOSITION)


def _as_speaker_if_speaking(mention: Mention, speaking: SpanIndex, surnames: set[str], located: set[str]) -> Mention:
    """A place that speaks is a person, but for a country, or a place the article writes as
    where one is (``located``): "North Korea said", "Portland says it has raised $5 million"
    is its government speaking, an organization, and no person to count wherever else the
    article names it."""
    if mention.kind == "place" and speaking.overlaps(mention.start, mention.end):
        government = (_names_a_government(mention.text, surnames)
                      or mention.text in located and not _may_name_a_person(mention.text, surnames))
        return replace(mention, kind="organization" if government else "person", label="speaker")
    return mention


def _names_a_government(text: str, surnames: set[str]) -> bool:
    """"North Korea said", "Wales says": a country that speaks is its government, but for a
    country's name that may be a person's ("Chad", "Jordan")."""
    return _is_country_name(text) and not _may_name_a_person(text, surnames)


def _unrecognized_speakers(doc: Doc, speaker_spans: list[tuple[int, int]], known: list[Mention],
                           surnames: set[str]) -> list[Mention]:
    """Speakers named by a proper noun that NER missed."""
    taken = SpanIndex((m.start, m.end) for m in known)
    found = []
    for start, end in speaker_spans:
        if taken.overlaps(start, end):
            continue
        text = text_of(doc)[start:end]
        if text[:1].isupper() and not _is_rank_only(text):
            # "the Associated Press reported": an outlet speaks, and stays an organization; so does a
            # name NER labels an organization elsewhere in the article ("Zentrix keeps ... but says"),
            # and so do a medium ("Twitter said") and a country, which is its government.
            organization = (kind_by_words(text) == "organization" or text in organization_names(doc)
                            or _names_a_medium(text, surnames) or _names_a_government(text, surnames))
            kind = "organization" if organization else "person"
            found.append(Mention(kind, start, end, text, "speaker", subject=True, main_clause=True))
    return found


def _subject_surnames_ner_missed(doc: Doc, known: list[Mention]) -> list[Mention]:
    """Subjects NER missed that the article gives a person as surname: "Brook initially
    defended his vote" after "Tomas Brook", so that a "he" later in the sentence finds him."""
    surnames = person_surnames(doc)
    taken = SpanIndex((m.start, m.end) for m in known)
    return [Mention("person", token.idx, token.idx + len(token), token.text, "surname", subject=True,
                    main_clause=_in_main_clause(token))
            for token in tokens_of(doc)
            if token.dep_ in SUBJECT_DEPS and token.is_title and token.ent_type_ == "" and token.text in surnames
            and not taken.overlaps(token.idx, token.idx + len(token))]


def _consistent_kinds(mentions: list[Mention], text: str) -> list[Mention]:
    """One surface form, one kind: a name shown to be a person elsewhere is a person here."""
    persons = {m.text for m in mentions if m.kind == "person" and m.label == "speaker"}
    surnames = _surnames_of_persons(mentions)
    places = _surnames_tagged_as_places(mentions, surnames, _surnames_after_first_names(mentions), text)
    return [m if _placed_by_its_preposition(m, text) else _as_person_if_named(m, persons, surnames, places)
            for m in mentions]


def _placed_by_its_preposition(mention: Mention, text: str) -> bool:
    """"Donors met in Washington" where the actress Kerry Washington speaks: a place NER found,
    written right after a place's preposition, stays that place, but for a possessive ("in
    Washington's new film" is hers)."""
    before = text[max(0, mention.start - PLACE_PREPOSITION_LENGTH) : mention.start]
    return (mention.kind == "place" and PLACE_PREPOSITION_BEFORE.search(before) is not None
            and WORD_END_BUT_POSSESSIVE.match(text, mention.end) is not None)


def _surnames_tagged_as_places(mentions: list[Mention], surnames: set[str], first_named: set[str],
                               text: str) -> set[str]:
    """Persons' surnames NER tagged as places ("Claymont voted", "Ridgeway is 47"): a one-word
    place NER found (not one the context made a place) that the article gives a person named
    in full as surname, that is the subject of a verb somewhere or, when a known first name
    begins the full name (``first_named``), anywhere, and that it never writes as a place is
    written ("in Iowa", "from Indiana") nor names a country. The subject keeps out the places
    NER runs into a name (a borough with "Upper" before it as a person), which stay objects;
    an object ("praised Okafor", "Okafor's aides") is the person after "Grace Okafor", as no
    borough's prefix is a first name."""
    made_places = {m.text for m in mentions if m.label.endswith("->place")}
    found = {m.text for m in mentions if m.kind == "place" and (m.subject or m.text in first_named)
             and m.text in surnames and " " not in m.text and not _is_country_name(m.text)} - made_places
    return found - _written_as_places(found, text)


def _surnames_after_first_names(mentions: list[Mention]) -> set[str]:
    """The surnames of the persons named in full whose first word is a known first name: "Okafor"
    of "Grace Okafor", not "Fenwick" of an "Upper Fenwick" NER took for a person."""
    return {words[-1] for m in mentions
            if m.kind == "person" and len(words := m.text.split()) > 1 and is_first_name(words[0])}


def _written_as_places(words: set[str], text: str, prepositions: re.Pattern[str] = PLACE_PREPOSITION) -> set[str]:
    """Those of ``words`` the text writes after a place's preposition, but for a possessive:
    one pass over the prepositions, not one over the text for each word (a long article has
    hundreds of such surnames)."""
    if not words:
        return set()
    lengths = {len(word) for word in words}
    placed: set[str] = set()
    for preposition in prepositions.finditer(text):
        start = preposition.end()
        for length in lengths:
            word = text[start : start + length]
            if word in words and WORD_END_BUT_POSSESSIVE.match(text, start + length):
                placed.add(word)
    return placed


def _as_person_if_named(mention: Mention, speakers: set[str], surnames: set[str],
                        place_surnames: set[str]) -> Mention:
    """A non-person mention written like a person who speaks, or as a person's surname, is that person."""
    if mention.kind == "person":
        return mention
    if mention.text in speakers:
        return replace(mention, kind="person", label="speaker")
    if (mention.kind == "organization" and mention.text in surnames) or mention.text in place_surnames:
        return replace(mention, kind="person", label=f"{mention.label}->surname")
    return mention


def _surnames_of_persons(mentions: list[Mention]) -> set[str]:
    """The surnames of the persons named in full, but no word of an organization's longer name.

    The tagger often takes a lone surname for an organization ("Trump insisted", "Pence
    said"); "Ford" where the article names the Ford Motor Company stays the company.
    """
    surnames = {m.text.split()[-1] for m in mentions if m.kind == "person" and len(m.text.split()) > 1}
    organization_words = {word for m in mentions if m.kind == "organization" and " " in m.text for word in m.text.split()}
    return surnames - organization_words


def described_persons(doc: Doc, quote_spans: Iterable[tuple[int, int]], sources: Iterable[SourceRef]) -> list[Mention]:
    """People the text describes by their tie to a named person without naming them: "Ahmad
    Massoud's uncle", "Massoud's aides". Kept as anonymous mentions; the resolve stage links
    one to a named person when the article names the holder of that tie ("X's father, Y").

    A pronoun owner ("his uncle") is skipped: without a speaker to anchor it, it is too
    often resolved to the wrong person. Speakers' descriptions come from ``sources``.
    """
    excluded = SpanIndex([*quote_spans, *((s.start, s.end) for s in sources)])
    found = []
    for token in tokens_of(doc):
        span = _described_person(token)
        if span is not None and not excluded.overlaps(span.start_char, span.end_char):
            found.append(Mention("anonymous", span.start_char, span.end_char, span.text, "description"))
    return found


def _described_person(token: Token) -> Span | None:
    if token.tag_ not in ("NN", "NNS") or (token.lower_ not in kin_nouns() and token.lemma_ not in source_nouns()):
        return None
    owner = next((child for child in children_of(token) if child.dep_ == "poss"), None)
    if owner is None or owner.ent_type_ != "PERSON":
        return None
    named = token.dep_ == "appos" and token.head.ent_type_ == "PERSON"
    if named or any(child.dep_ == "appos" and child.ent_type_ for child in children_of(token)):
        return None
    return token.doc[owner.left_edge.i : token.i + 1]


def dateline_mentions(article: Article) -> list[Mention]:
    """The places of the dateline ("PORTO ALEGRE, Brazil \u2014"), as ``clean`` found them: the
    city first, then its state or country. The news agency in brackets and the date are left out."""
    mentions = []
    for region in article.regions:
        if region.kind != "dateline":
            continue
        match = DATELINE.match(article.text, region.start, region.end)
        for group, label in (("place", DATELINE_CITY), ("region", "dateline")):
            if match is not None and match.group(group):
                mentions.append(Mention("place", match.start(group), match.end(group), match.group(group), label))
    return mentions


def byline_mentions(article: Article) -> list[Mention]:
    """Byline authors are persons of the article, found where the byline names them."""
    mentions = []
    for region in article.regions:
        if region.kind != "byline":
            continue
        line = article.text[region.start : region.end]
        for author in article.authors:
            # "By JANE  DOE" names the author "Jane Doe".
            found = re.search(r"\s+".join(map(re.escape, author.split())), line, re.IGNORECASE)
            if found is not None:
                start = region.start + found.start()
                mentions.append(Mention("person", start, region.start + found.end(), author, BYLINE))
    return mentions
