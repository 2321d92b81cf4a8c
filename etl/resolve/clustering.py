"""Clustering: the mentions of one article that name the same person, organization or place.

Persons: full names first, spelling variants and middle initials together, and a shorter
full name with the one longer name it ends ("Min Aye", "Thura Min Aye"); then a lone
surname (or first name) joins the one full name the article gives it, and stays apart
when the article names two people it could be ("Clinton" beside Bill and Hillary Clinton).
Organizations: a short name joins the longer one it abbreviates. Places: "Panjshir" is
the article's "Panjshir Valley".
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from difflib import SequenceMatcher

from etl.lexicon import first_name_gender, is_first_name, place_types
from etl.lexicon.names import family_name_first, name_key_form, person_key, person_key_name, person_name, surname
from etl.records import DATELINE_CITY, Mention
from etl.resolve.index import ArticleIndex

SPELLING_VARIANT_SIMILARITY = 0.8
# "Strike Fighter Squadron (VFA) 94": an acronym in brackets inside a name is a gloss, and the
# name without it is the one the article writes elsewhere.
INLINE_ACRONYM = re.compile(r" \([A-Z]{2,}\)(?= )")
DOMINANCE = 2
"""How many times as often a full name must be written as any other of the same surname for
a lone surname to be that person."""


def cluster_entities(index: ArticleIndex) -> None:
    """Link every person, organization and place mention of the article to an entity."""
    mentions = index.extraction.mentions
    cluster_persons(index, [m for m in mentions if m.kind == "person"])
    organizations = _OrganizationNames([m.text for m in mentions if m.kind == "organization"])
    places = _FullerPlaces(mentions)
    for mention in mentions:
        if mention.kind == "organization":
            index.add(mention, "organization", organizations.fuller(mention.text))
        elif mention.kind == "place":
            _add_place(index, mention, places)


def cluster_persons(index: ArticleIndex, persons: list[Mention]) -> None:
    """Full names first, spelling variants together, a shorter one with the longer it ends; then
    one-word names to the full name they shorten."""
    # Counted as written: a hyphenated surname alone ("Wingfield-Hayes") is no full name.
    groups = _full_name_groups([m for m in persons if len(person_name(m.text).split()) > 1])
    fuller = _fuller_names(groups)
    for i, group in enumerate(groups):
        if i not in fuller:
            spelling = Counter(person_name(m.text) for m in group).most_common(1)[0][0]
            for mention in group:
                index.add(mention, "person", spelling, key=person_key(spelling))
    for i, longer in fuller.items():
        for mention in groups[i]:
            index.attach(mention, index.mention_keys[groups[longer][0]])
    shortened = _ShortNames(index)
    for mention in persons:
        if mention not in index.mention_keys:
            add_short_name(index, mention, shortened)


def add_short_name(index: ArticleIndex, mention: Mention, shortened: _ShortNames | None = None) -> str:
    """Link a one-word person name to the full name it shortens, or to a person of its own.

    Returns:
        The person's key.
    """
    shortened = shortened or _ShortNames(index)
    name = person_name(mention.text)
    full = shortened.full_name(name, index.honorific_gender(mention))
    if full is not None:
        index.attach(mention, full)
        return full
    key = index.add(mention, "person", name, key=person_key(name))
    # Only a surname no full name of the article could claim may join the archive's person; one
    # whose honorific kept it off the article's one full name of the surname ("Mr. Obama" beside
    # Michelle Obama alone) may too: kept apart, its key would keep every lone "Obama" of the
    # same load batch apart with it.
    index.clusters[key].lone_surname = len(name.split()) == 1 and not shortened.ambiguous(name)
    return key


class _ShortNames:
    """The article's full-name persons by surname and by first name, with how often each is named."""

    def __init__(self, index: ArticleIndex) -> None:
        self.by_surname: dict[str, list[str]] = defaultdict(list)
        self.by_first_name: dict[str, list[str]] = defaultdict(list)
        self.family_name_first: dict[str, list[str]] = defaultdict(list)
        self.uses: dict[str, int] = {}
        self.genders: dict[str, str | None] = {}
        for cluster in index.clusters.values():
            words = cluster.name.split()
            if cluster.kind == "person" and len(words) > 1:
                # In key form: "O'Dowd" shortens "Kieran O’Dowd", "Barragan" "Inés Barragán".
                self.by_surname[name_key_form(surname(cluster.name))].append(cluster.key)
                self.by_first_name[words[0]].append(cluster.key)
                if family_name_first(cluster.name):
                    self.family_name_first[name_key_form(words[0])].append(cluster.key)
                self.uses[cluster.key] = sum(cluster.aliases.values())
                self.genders[cluster.key] = index.gender(cluster.key)

    def full_name(self, name: str, gender: str | None = None) -> str | None:
        """The key of the full name ``name`` is the surname (else the first name) of, if one is
        clear; with an honorific's ``gender``, one of that sex or of none known: "Mrs. Clinton"
        is never Bill Clinton, nor "Mr. Obama" Michelle Obama, however often they are named."""
        candidates = self._candidates(name) if " " not in name else []
        candidates = [key for key in candidates if gender is None or self.genders[key] in (None, gender)]
        return self._dominant(candidates) if candidates else None

    def ambiguous(self, name: str) -> bool:
        """Whether the article names several people ``name`` could be, none clearly the one meant."""
        candidates = self._candidates(name)
        return len(candidates) > 1 and self._dominant(candidates) is None

    def _candidates(self, name: str) -> list[str]:
        """The full names ``name`` may shorten: those it is the surname of, else those it begins.

        A name written family name first (``family_name_first``) that the word begins, where
        it is no first name of one sex, is the one meant when it is named far more often than
        those of the surname: "Kim" beside a reporter Youmi Kim and the leader Kim Jong Un.
        Otherwise the surname is: "Lane" beside Ruth Lane and Lane Tobin is Ruth Lane,
        "Oduya" beside Grace Oduya and NER's "Oduya Relief Fund" is Grace Oduya.
        """
        word = name_key_form(name)
        surnamed, family_first = self.by_surname.get(word, []), self.family_name_first.get(word, [])
        if surnamed and family_first and first_name_gender(name) is None:
            dominant = self._dominant(list(dict.fromkeys(surnamed + family_first)))
            if dominant in family_first:
                return [dominant]
        return surnamed or self.by_first_name.get(name, [])

    def _dominant(self, candidates: list[str]) -> str | None:
        """The only candidate, or the one named at least ``DOMINANCE`` times as often as any other.

        "Massoud" in an article about Ahmad Massoud that names his father Ahmad Shah Massoud
        once is the son; "Clinton" where Bill and Hillary Clinton are both named about as
        often is either, so neither.
        """
        ranked = sorted(candidates, key=lambda key: -self.uses[key])
        if len(ranked) == 1 or self.uses[ranked[0]] >= DOMINANCE * self.uses[ranked[1]]:
            return ranked[0]
        return None


def _full_name_groups(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions of one person together: same surname and length, first names spelled alike."""
    groups: dict[tuple[str, int], list[list[Mention]]] = defaultdict(list)
    ordered: list[list[Mention]] = []
    for mention in mentions:
        words = person_key_name(mention.text).split()
        candidates = groups[(words[-1], len(words))]
        group = next((g for g in candidates if _same_person(g[0].text, mention.text)), None)
        if group is None:
            group = []
            candidates.append(group)
            ordered.append(group)
        group.append(mention)
    return ordered


def _fuller_names(groups: list[list[Mention]]) -> dict[int, int]:
    """Which group's name is the end of one longer full name of the article, and which that is:
    "Salinas Ortega" of "Ricardo Salinas Ortega", "Van der Hoek" of "Lotte van der Hoek", "Min
    Aye" of "Thura Min Aye". A name ending two longer ones, or a longer one that itself ends
    another, stays apart: which is meant is not clear. So does a name opening with a first
    name, of either sex or both: "Paula Greer" is a full name, and NER's "Frankly Paula Greer"
    no fuller one; "Lee Hollis" is someone other than "Anna Lee Hollis", who is not called by
    her middle name.
    """
    names = [tuple(person_key_name(group[0].text).split()) for group in groups]
    ending: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, words in enumerate(names):
        for length in range(2, len(words)):
            ending[words[-length:]].append(i)
    fuller = {}
    for i, words in enumerate(names):
        longer = ending.get(words, [])
        if len(longer) == 1 and names[longer[0]] not in ending and not is_first_name(words[0]):
            fuller[i] = longer[0]
    return fuller


def _same_person(a: str, b: str) -> bool:
    """First names spelled alike ("Ahmad"/"Ahmed"); the caller matched surname and length."""
    wa, wb = person_key_name(a).split(), person_key_name(b).split()
    return all(SequenceMatcher(None, x, y).ratio() >= SPELLING_VARIANT_SIMILARITY for x, y in zip(wa, wb, strict=True))


class _OrganizationNames:
    """The article's organization names, by the ways a one-word name may abbreviate them."""

    def __init__(self, names: list[str]) -> None:
        self.by_initials: dict[str, str] = {}
        self.by_last_word: dict[str, str] = {}
        for name in names:
            words = name.split()
            if len(words) > 1:
                self.by_initials.setdefault(_initials(name), name)
                self.by_last_word.setdefault(words[-1], name)
        self.one_word = sorted({name for name in names if " " not in name})

    def fuller(self, name: str) -> str:
        """"Front" for "National Resistance Front", "Talibs" for "Taliban", "EU" for "European Union";
        "Strike Fighter Squadron 94" for "Strike Fighter Squadron (VFA) 94"."""
        if " " in name:
            return INLINE_ACRONYM.sub("", name)
        letters = name.replace(".", "")
        if letters.isupper() and 2 <= len(letters) <= 6:
            return self.by_initials.get(letters, name)
        if name in self.by_last_word:
            return self.by_last_word[name]
        stem = name.rstrip("s")
        if len(stem) < 4:
            return name
        # One-word names starting with the stem sort right after it.
        i = bisect.bisect_left(self.one_word, stem)
        while i < len(self.one_word) and self.one_word[i].startswith(stem):
            if len(self.one_word[i]) > len(name):
                return self.one_word[i]
            i += 1
        return name


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


class _FullerPlaces:
    """"Panjshir" -> "Panjshir Valley" when the article writes both."""

    def __init__(self, mentions: tuple[Mention, ...]) -> None:
        self.by_stem: dict[str, str] = {}
        for mention in mentions:
            words = mention.text.split()
            if mention.kind == "place" and len(words) > 1 and words[-1].lower() in place_types() and words[-1][0].isupper():
                self.by_stem.setdefault(" ".join(words[:-1]), mention.text)

    def fuller(self, name: str) -> str | None:
        return self.by_stem.get(name)


def _add_place(index: ArticleIndex, mention: Mention, places: _FullerPlaces) -> None:
    words = mention.text.split()
    type_word = words[-1].lower() if len(words) > 1 else ""
    if type_word in place_types() and words[-1].islower():
        index.add(mention, "place", " ".join(words[:-1]), place_types()[type_word])
        return
    fuller = places.fuller(mention.text)
    if fuller is not None:
        index.add(mention, "place", fuller, place_types()[fuller.split()[-1].lower()])
    elif mention.label == DATELINE_CITY:
        index.add(mention, "place", mention.text, "city")
    else:
        index.add(mention, "place", mention.text, place_types().get(type_word))
