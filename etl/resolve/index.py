"""The per-article index that clustering and attribution read and extend.

Built once per article: entities by key, mentions by position, subjects and reporters
in text order, so "which entity is at this offset", "who was the latest subject before
this pronoun" and "which person is written this way" are lookups, not scans of every
mention.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from etl.gazetteer.names import us_states
from etl.lexicon import PARTY_MEMBERS, first_name_gender
from etl.lexicon.names import name_key_form, person_key, person_name
from etl.records import Entity, EntityKind, Extraction, LinkedMention, Mention, RoleMention


# Words that make a role another one: a vice president is no president, nor a former
# president the sitting one.
RANKS = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant"})
FORMER = frozenset({"former"})
# Officers the press calls by the rank's last word: a lieutenant colonel is "the colonel", a
# lieutenant general "the general", where a lieutenant governor is no governor.
ADDRESSED_BY_LAST_WORD = frozenset({"colonel", "general", "commander"})


def role_qualifiers(words: list[str]) -> frozenset[str]:
    """The ``RANKS`` and ``FORMER`` words of a role or description ("ex-" counts as "former")."""
    lowered = [word.lower() for word in words]
    if lowered and lowered[-1] in ADDRESSED_BY_LAST_WORD:
        lowered = [word for word in lowered if word != "lieutenant"]
    found = {word for word in lowered if word in RANKS | FORMER}
    return frozenset(found | (FORMER if any(word.startswith("ex-") for word in lowered) else set()))


# Honorifics that tell whether "he" or "she" may stand for a person.
HONORIFIC_GENDER = {"mr.": "male", "mr": "male", "mrs.": "female", "mrs": "female", "ms.": "female", "ms": "female",
                    "miss": "female"}
HONORIFIC_LENGTH = len("Mrs. ")
# Nouns that describe one sex: "a young man said ... she" is someone else.
NOUN_GENDER = {
    **dict.fromkeys("woman girl mother wife daughter sister actress spokeswoman chairwoman congresswoman "
                    "businesswoman grandmother widow lady mom".split(), "female"),
    **dict.fromkeys("man boy father husband son brother actor spokesman chairman congressman businessman "
                    "grandfather dad gentleman".split(), "male"),
}


# What joins two persons into one subject a "they" may stand for: "Ruiz and Hale", "Ruiz & Hale",
# "Dr. Ames and Dr. Olsen" (NER leaves the second title out of the name).
PERSONS_JOINED = re.compile(r",? (?:and|&) (?:[A-Z][a-z]{1,3}\. )?")


@dataclass(slots=True)
class Cluster:
    """One entity of the article, as its mentions name it."""

    kind: EntityKind
    key: str
    name: str
    place_type: str | None = None
    aliases: Counter[str] = field(default_factory=Counter)
    lone_surname: bool = False

    def entity(self) -> Entity:
        aliases = tuple(sorted(alias for alias in self.aliases if alias != self.name))
        return Entity(self.key, self.kind, self.name, aliases, self.place_type, lone_surname=self.lone_surname)


@dataclass(frozen=True, slots=True)
class Reporter:
    """Who a quote or claim was attributed to, and where: a pronoun's likeliest antecedent."""

    offset: int
    paragraph: int
    key: str
    kind: EntityKind
    plural: bool


class _RoleHeld(NamedTuple):
    """One role of a person mention, as ``ArticleIndex.holder_of_role`` looks it up."""

    start: int
    holder: Mention
    owner: str | None
    """The place or body the role is of, as written ("Florida" in "Florida Sen. X")."""
    state: str | None
    """The state of the holder's party tag ("Florida" for "(R-Fla.)")."""
    qualifiers: frozenset[str]


def _of_place(entry: _RoleHeld, place: str) -> bool:
    """Whether a description's place ("the Florida senator", "the N.Y. Democrat") is the role's:
    as written in the owner ("Florida Sen."), or the very state of a party tag, so that a West
    Virginian is not "the Virginia senator"."""
    if entry.owner is not None:
        return place in entry.owner
    return entry.state is not None and us_states().get(place) == entry.state


def _is_party_tag(role: RoleMention) -> bool:
    """Whether the role is a lawmaker's party tag ("(R-Fla.)"), whose ``of`` is a state."""
    return role.role in PARTY_MEMBERS.values()


class ArticleIndex:
    """Entities and linked mentions of one article, with the lookups resolution needs.

    Args:
        extraction: what the extract stage found in the article.
    """

    def __init__(self, extraction: Extraction) -> None:
        self.extraction = extraction
        self.article = extraction.article
        self.clusters: dict[str, Cluster] = {}
        self.mention_keys: dict[Mention, str] = {}
        self.extra_mentions: list[LinkedMention] = []
        self._paragraphs = self.article.paragraphs
        self._paragraph_starts = [p.start for p in self._paragraphs]
        self._quote_spans = sorted((q.start, q.end) for q in extraction.quotes)
        self._sentence_starts = list(extraction.sentences)
        self._claims_by_end = sorted((c.end, c.start) for c in extraction.claims)
        self._by_start: list[tuple[int, int, Mention]] = []
        self._longest_mention = 0
        self._subjects: list[tuple[int, Mention]] = []
        self._reporters: list[tuple[int, int, Reporter]] = []
        self._persons_by_text: dict[str, str] = {}
        self._organizations_by_word: dict[str, list[tuple[int, Mention]]] = {}
        self._role_holders: dict[str, list[_RoleHeld]] | None = None
        # Per person: (where, gender, whether the honorific's name is a surname alone).
        self._honorifics: dict[str, list[tuple[int, str, bool]]] = {}
        self._honorific_at: dict[int, str] = {}
        self._first_full_name: dict[str, int] = {}

    def paragraph_of(self, offset: int) -> int:
        """The index of the paragraph ``offset`` falls in."""
        return bisect.bisect_right(self._paragraph_starts, offset) - 1

    def paragraph_start(self, paragraph: int) -> int:
        """Where paragraph number ``paragraph`` starts (0 for one the article does not have)."""
        return self._paragraph_starts[paragraph] if 0 <= paragraph < len(self._paragraph_starts) else 0

    def sentence_start(self, offset: int) -> int:
        """Where the sentence ``offset`` falls in starts (0 for an extraction without sentences)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self._sentence_starts[i] if i >= 0 else 0

    def reported_apart(self, subject: int, pronoun: int) -> bool:
        """Whether a claim's content holds offset ``subject`` but ends before ``pronoun``: the
        subject is someone the claim is about, not who speaks where the pronoun is."""
        i = bisect.bisect_right(self._claims_by_end, (subject, float("inf")))
        j = bisect.bisect_right(self._claims_by_end, (pronoun, float("inf")))
        return any(start <= subject for _, start in self._claims_by_end[i:j])

    def in_body(self, offset: int) -> bool:
        """Whether ``offset`` lies in a body paragraph, not a title or heading."""
        paragraph = self.paragraph_of(offset)
        return paragraph >= 0 and offset < self._paragraphs[paragraph].end

    def in_quote(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation."""
        i = bisect.bisect_right(self._quote_spans, (offset, float("inf"))) - 1
        return i >= 0 and self._quote_spans[i][0] <= offset < self._quote_spans[i][1]

    def add(self, mention: Mention, kind: EntityKind, name: str, place_type: str | None = None,
            key: str | None = None) -> str:
        """Link ``mention`` to the entity ``name`` names (created if new) and return its key.

        Args:
            mention: the mention to link.
            kind: the entity's kind.
            name: the entity's name as the article writes it.
            place_type: for a place, its type when the text tells it.
            key: the entity's key when it is not made from ``name`` (persons, anonymous sources).
        """
        # Organizations and places keyed in the one spelling person keys use: "Children’s
        # Hospital" and "Children's Hospital", "Tri-Valley" and "Tri Valley" are one entity.
        key = key or f"{kind}:{name_key_form(name)}"
        cluster = self.clusters.setdefault(key, Cluster(kind, key, name, place_type))
        cluster.place_type = cluster.place_type or place_type
        if cluster.name.isupper() and not name.isupper():
            # A dateline's "PORTO ALEGRE" is the article's Porto Alegre, as the prose writes it.
            cluster.name = name
        self.attach(mention, key)
        return key

    def person(self, name: str) -> str:
        """The key of the named person ``name`` is (created, with no mention, if the text never names them)."""
        key = person_key(name)
        self.clusters.setdefault(key, Cluster("person", key, person_name(name)))
        return key

    def attach(self, mention: Mention, key: str) -> None:
        """``mention`` names the entity ``key``: one more alias use, one more indexed mention."""
        self.clusters[key].aliases[mention.text] += 1
        if mention in self.mention_keys:
            return
        self.mention_keys[mention] = key
        bisect.insort(self._by_start, (mention.start, mention.end, mention), key=lambda item: item[:2])
        self._longest_mention = max(self._longest_mention, mention.end - mention.start)
        if mention.subject and not self.in_quote(mention.start):
            bisect.insort(self._subjects, (mention.start, mention), key=lambda item: item[0])
        if self.clusters[key].kind == "person":
            self._persons_by_text.setdefault(mention.text, key)
            self._note_honorific(mention, key)
        if self.clusters[key].kind == "organization":
            for word in set(self.clusters[key].name.lower().split()):
                entries = self._organizations_by_word.setdefault(word, [])
                bisect.insort(entries, (mention.start, mention), key=lambda item: item[0])

    def _note_honorific(self, mention: Mention, key: str) -> None:
        """Remember what "Mr.", "Ms." or "Mrs." says of the person."""
        words = mention.text.split()
        named = words[1:] if words and words[0].lower() in HONORIFIC_GENDER else words
        if len(named) > 1:
            self._first_full_name[key] = min(mention.start, self._first_full_name.get(key, mention.start))
        gender = self.honorific_gender(mention)
        if gender is not None:
            self._honorifics.setdefault(key, []).append((mention.start, gender, len(named) == 1))
            self._honorific_at[mention.start] = gender

    def honorific_gender(self, mention: Mention) -> str | None:
        """What "Mr.", "Ms." or "Mrs." says of the person a mention names, linked or not: NER
        leaves the honorific out of the name ("Mr. Trump" names "Trump"), or keeps it as its
        first word. None without one."""
        before = self.article.text[max(0, mention.start - HONORIFIC_LENGTH - 1) : mention.start].split()
        genders = (HONORIFIC_GENDER.get(word.lower()) for word in [*before[-1:], *mention.text.split()[:1]])
        return next((gender for gender in genders if gender is not None), None)

    def gender_at(self, start: int) -> str | None:
        """What the honorific of the mention starting at ``start`` says ("Mrs. Clinton" is "she"
        where the article calls her husband "Mr. Clinton" too), None without one."""
        return self._honorific_at.get(start)

    def gender(self, key: str) -> str | None:
        """"male" or "female" when the article's honorifics for the person say so; None without
        one, or with both ("Mr. Clinton" and "Mrs. Clinton" in an article that leaves "Clinton"
        to neither).

        A surname with an honorific before the person's full name is no sign: "Mr. Obama spoke.
        Michelle Obama said" may be her husband, whom the surname links to her.
        """
        full_name = self._first_full_name.get(key)
        genders = {gender for start, gender, surname_alone in self._honorifics.get(key, ())
                   if not surname_alone or full_name is None or full_name < start}
        if genders:
            return next(iter(genders)) if len(genders) == 1 else None
        return self._gender_by_first_name(key)

    def _gender_by_first_name(self, key: str) -> str | None:
        """What a person's first name says without an honorific ("Hillary Clinton" is "she",
        "Bernie Sanders" "he"; a surname alone or a name given to both sexes says nothing), or
        a described person's noun ("a young man", "the actress")."""
        cluster = self.clusters.get(key)
        words = cluster.name.split() if cluster is not None else []
        if cluster is not None and cluster.kind == "anonymous" and words:
            return NOUN_GENDER.get(words[-1].lower())
        return first_name_gender(words[0]) if len(words) > 1 and cluster.kind == "person" else None

    def add_extra(self, mention: Mention, key: str) -> None:
        """Link a mention the extract stage did not find (a speaker, a described source)."""
        self.attach(mention, key)
        self.extra_mentions.append(LinkedMention(mention, key))

    def key_overlapping(self, start: int, end: int) -> str | None:
        """The entity of the latest mention sharing a character with [start, end), if any."""
        i = bisect.bisect_left(self._by_start, end, key=lambda item: item[0])
        # Only mentions starting within the longest mention's length before ``start`` can reach it.
        while i > 0 and self._by_start[i - 1][0] > start - self._longest_mention - 1:
            i -= 1
            mention_start, mention_end, mention = self._by_start[i]
            if mention_start < end and start < mention_end:
                return self.mention_keys[mention]
        return None

    def person_named(self, text: str) -> str | None:
        """The person a mention written exactly ``text`` names, if any."""
        return self._persons_by_text.get(text)

    def organization_with_word_before(self, word: str, offset: int) -> str | None:
        """The organization of the latest mention before ``offset`` whose name has ``word``
        ("alliance" in "the United States Maritime Alliance"), found by bisection."""
        entries = self._organizations_by_word.get(word, [])
        for j in range(bisect.bisect_left(entries, offset, key=lambda item: item[0]) - 1, -1, -1):
            key = self.mention_keys[entries[j][1]]
            if word in self.clusters[key].name.lower().split():
                return key
        return None

    def holder_of_role(self, word: str, offset: int, place: str | None = None,
                       qualifiers: frozenset[str] = frozenset()) -> str | None:
        """The person given the role ``word`` latest before ``offset``.

        Args:
            word: the role's head noun ("senator", "secretary"); a title's abbreviation counts
                as its word ("Sen." for "senator").
            offset: where the description that names the role is.
            place: a name qualifying the description ("Florida" in "the Florida senator"): only
                a role of that place ("Florida Sen. X", or "Sen. X (R-Fla.)") is the one meant.
            qualifiers: the description's ``role_qualifiers`` ("vice" in "the vice president"):
                a role of the same rank is meant, and of the same time when the article has one.
        """
        if self._role_holders is None:
            self._role_holders = self._holders_by_role_word()
        # The word itself, and each beginning of it an abbreviation may stand for ("sen.").
        found = [entry for key in (word, *(word[:end] + "." for end in range(2, len(word))))
                 for entry in self._role_holders.get(key, ())]
        candidates = [entry for entry in found
                      if entry.start < offset and entry.holder in self.mention_keys
                      and entry.qualifiers - FORMER == qualifiers - FORMER
                      and (place is None or _of_place(entry, place))]
        # Tags give a state two senators, and a party several representatives: "the Florida
        # senator" after two tagged Florida senators is neither.
        by_tag = {self.mention_keys[entry.holder] for entry in candidates if entry.owner is None}
        if place is not None and len(by_tag) > 1:
            return None
        # "the president" is the sitting one where the article names a former one too.
        candidates = [entry for entry in candidates if entry.qualifiers == qualifiers] or candidates
        return self.mention_keys[max(candidates, key=lambda entry: entry.start).holder] if candidates else None

    def _holders_by_role_word(self) -> dict[str, list[_RoleHeld]]:
        """Role holders by the role's last word, with the place or body the role is of as
        written, the state of the holder's party tag, and the role's qualifiers."""
        tag_states = self._states_of_party_tags()
        holders: dict[str, list[_RoleHeld]] = {}
        for role in self.extraction.roles:
            words = role.role.split()
            if not words:
                continue
            # A party tag's state is kept as the state, not as an owner written before the role.
            written = role.of is not None and role.of.form == "name" and not _is_party_tag(role)
            entry = _RoleHeld(role.holder.start, role.holder, role.of.text if written else None,
                              tag_states.get(role.holder.start), role_qualifiers(words))
            holders.setdefault(words[-1], []).append(entry)
        return holders

    def _states_of_party_tags(self) -> dict[int, str]:
        """The state of each tagged lawmaker's mention, by its start: "Sen. Ana Ruiz (R-Fla.)"
        is the Florida senator and the Florida Republican."""
        states = us_states()
        return {role.holder.start: states[role.of.text] for role in self.extraction.roles
                if _is_party_tag(role) and role.of is not None and role.of.text in states}

    def mentions_before(self, offset: int, since: int) -> Iterator[tuple[int, str]]:
        """Mentions of any role starting in [since, offset), latest first, with their entity."""
        i = bisect.bisect_left(self._by_start, offset, key=lambda item: item[0])
        for j in range(i - 1, -1, -1):
            start, _, mention = self._by_start[j]
            if start < since:
                return
            yield start, self.mention_keys[mention]

    def joined_to_a_person(self, start: int) -> bool:
        """Whether the person mention starting at ``start`` has another person joined to it by
        "and" ("Dana Ruiz and Tom Hale toured the plant"): the two are one subject, a "they"."""
        i = bisect.bisect_left(self._by_start, start, key=lambda item: item[0])
        if i == len(self._by_start) or self._by_start[i][0] != start:
            return False
        end = self._by_start[i][1]
        j = bisect.bisect_left(self._by_start, end, key=lambda item: item[0])
        if j == len(self._by_start):
            return False
        after_start, _, after = self._by_start[j]
        return (PERSONS_JOINED.fullmatch(self.article.text, end, after_start) is not None
                and self.clusters[self.mention_keys[after]].kind == "person")

    def subjects_before(self, offset: int) -> Iterator[tuple[int, str, bool]]:
        """Subject mentions outside quotations starting before ``offset``, latest first, with
        whether each is its sentence's main-clause subject."""
        i = bisect.bisect_left(self._subjects, offset, key=lambda item: item[0])
        for j in range(i - 1, -1, -1):
            start, mention = self._subjects[j]
            yield start, self.mention_keys[mention], mention.main_clause

    def add_reporter(self, reporter: Reporter) -> None:
        """Remember who was reported to speak, and where."""
        bisect.insort(self._reporters, (reporter.offset, len(self._reporters), reporter), key=lambda item: item[:2])

    def reporters_before(self, offset: int) -> Iterator[Reporter]:
        """Reporters of quotes and claims before ``offset``, latest first."""
        i = bisect.bisect_left(self._reporters, offset, key=lambda item: item[0])
        for j in range(i - 1, -1, -1):
            yield self._reporters[j][2]

    def linked_mentions(self) -> tuple[LinkedMention, ...]:
        """Every mention of the article with its entity, in text order."""
        linked = [LinkedMention(m, self.mention_keys[m]) for m in self.extraction.mentions] + self.extra_mentions
        return tuple(sorted(linked, key=lambda m: (m.mention.start, m.mention.end)))

    def entities(self) -> tuple[Entity, ...]:
        return tuple(cluster.entity() for cluster in self.clusters.values())
