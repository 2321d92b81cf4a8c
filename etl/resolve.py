"""Resolve stage: ``Extraction`` -> ``ResolvedArticle``.

Links every mention, speaker and claimant to an entity with a deterministic key,
so the same entity is one row across articles. Inside an article it merges
surnames and spelling variants with full names, turns pronouns into the actor
they refer to, and keeps described sources ("a former CIA officer") as
anonymous actors. Pure: no spaCy, no database. ``resolve_source`` is the one
place a learned coreference model would plug in.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from etl.extract.lexicons import name_prefixes, place_types
from etl.extract.spans import SpanIndex
from etl.records import (
    DATELINE_CITY,
    Entity,
    EntityKind,
    Extraction,
    LinkedClaim,
    LinkedMention,
    LinkedQuote,
    LinkedRole,
    Mention,
    Quote,
    ResolvedArticle,
    RoleMention,
    SourceRef,
)

SINGULAR_PERSONAL = {"he", "she", "him", "her"}
PLURAL_OR_GROUP = {"they", "them", "it"}
POSSESSIVE_PRONOUNS = {"his", "her", "their", "its"}
SPELLING_VARIANT_SIMILARITY = 0.8


def normalize(name: str) -> str:
    """Key form of a name: casefolded, single-spaced, no possessive."""
    name = re.sub(r"(?:'s|\u2019s)$", "", name.strip())
    return re.sub(r"\s+", " ", name).casefold()


def strip_titles(name: str) -> str:
    """"President Ashraf Ghani" -> "Ashraf Ghani"; a lone title is kept as it is."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(",") in name_prefixes():
        words.pop(0)
    return " ".join(words)


@dataclass(slots=True)
class _Cluster:
    kind: EntityKind
    key: str
    name: str
    place_type: str | None = None
    aliases: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True, slots=True)
class _Reporter:
    offset: int
    paragraph: int
    key: str
    kind: EntityKind
    plural: bool


class _ArticleResolver:
    def __init__(self, extraction: Extraction) -> None:
        self.article = extraction.article
        self.extraction = extraction
        self.paragraph_starts = [p.start for p in self.article.paragraphs]
        self.clusters: dict[str, _Cluster] = {}
        self.mention_keys: dict[Mention, str] = {}
        self.quotes = SpanIndex((q.start, q.end) for q in extraction.quotes)
        self.reporters: dict[int, list[_Reporter]] = defaultdict(list)
        """Reporters by paragraph, in the order their quotes and claims were attributed."""
        self.extra_mentions: list[LinkedMention] = []
        self.fuller_places = self._fuller_places()
        # Indexes of ``mention_keys``, kept as it grows, so each quote's speaker, pronoun or
        # description is looked up by bisection, not by a scan of every mention so far.
        self.mention_order: list[Mention] = []
        """Mentions in the order ``mention_keys`` got them: "first" means first here."""
        self.mention_starts: list[tuple[int, int]] = []
        """(start, place in ``mention_order``) of every mention, sorted."""
        self.longest_mention = 0
        self.first_person_named: dict[str, Mention] = {}
        self.subjects: dict[EntityKind, list[tuple[int, str]]] = defaultdict(list)
        """(start, key) of the subject mentions outside quotes, sorted, by their entity's kind."""
        self.organization_starts: dict[str, list[int]] = defaultdict(list)
        """Sorted starts of each organization's mentions, by its key."""
        self.organizations_by_word: dict[str, set[str]] = defaultdict(set)
        """Keys of the organizations whose name has (or had) the word."""

    def paragraph_of(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def run(self) -> ResolvedArticle:
        mentions = self.extraction.mentions
        self._cluster_persons([m for m in mentions if m.kind == "person"])
        organizations = [m.text for m in mentions if m.kind == "organization"]
        for mention in mentions:
            if mention.kind == "organization":
                self._add(mention, "organization", _fuller_organization(mention.text, organizations))
            elif mention.kind == "place":
                self._add_place(mention)
        quotes, claims = self._attribute()
        roles = [self._link_role(role) for role in self.extraction.roles if role.holder in self.mention_keys]
        for mention in mentions:
            if mention.kind == "anonymous":
                self._add_described(mention, roles)
        linked = [LinkedMention(m, self.mention_keys[m]) for m in mentions] + self.extra_mentions
        entities = tuple(
            Entity(c.key, c.kind, c.name, tuple(sorted(a for a in c.aliases if a != c.name)), c.place_type)
            for c in self.clusters.values()
        )
        return ResolvedArticle(
            article=self.article,
            entities=entities,
            mentions=tuple(sorted(linked, key=lambda m: (m.mention.start, m.mention.end))),
            quotes=tuple(quotes),
            claims=tuple(claims),
            roles=tuple(roles),
        )

    def _add(self, mention: Mention, kind: EntityKind, name: str, place_type: str | None = None) -> str:
        key = f"{kind}:{normalize(name)}"
        cluster = self.clusters.setdefault(key, _Cluster(kind, key, name, place_type))
        cluster.place_type = cluster.place_type or place_type
        if cluster.name.isupper() and not name.isupper():
            # A dateline's "PORTO ALEGRE" is the article's Porto Alegre, as the prose writes it.
            cluster.name = name
        if kind == "organization":
            for word in cluster.name.lower().split():
                self.organizations_by_word[word].add(key)
        self._attach(mention, key)
        return key

    def _attach(self, mention: Mention, key: str) -> None:
        """``mention`` names the entity ``key``: one more alias use, one more linked mention."""
        self.clusters[key].aliases[mention.text] += 1
        previous = self.mention_keys.get(mention)
        if previous is None:
            self._index_new(mention)
        elif previous != key:
            self._index_key(mention, previous, remove=True)
        if previous != key:
            self._index_key(mention, key)
        self.mention_keys[mention] = key

    def _index_new(self, mention: Mention) -> None:
        bisect.insort(self.mention_starts, (mention.start, len(self.mention_order)))
        self.mention_order.append(mention)
        self.longest_mention = max(self.longest_mention, mention.end - mention.start)
        if mention.kind == "person":
            self.first_person_named.setdefault(mention.text, mention)

    def _index_key(self, mention: Mention, key: str, remove: bool = False) -> None:
        """Add (or remove) what the indexes know of ``mention`` through its entity ``key``."""
        kind = self.clusters[key].kind
        if mention.subject and not self.quotes.contains(mention.start):
            _add_or_remove(self.subjects[kind], (mention.start, key), remove)
        if kind == "organization":
            _add_or_remove(self.organization_starts[key], mention.start, remove)

    def _key_overlapping(self, start: int, end: int) -> str | None:
        """The entity of the first mention sharing a character with [start, end), if any."""
        # Only a mention starting less than the longest mention's length before ``start`` can reach it.
        low = bisect.bisect_left(self.mention_starts, (start - self.longest_mention + 1,))
        high = bisect.bisect_left(self.mention_starts, (end,))
        found = [order for _, order in self.mention_starts[low:high] if start < self.mention_order[order].end]
        return self.mention_keys[self.mention_order[min(found)]] if found else None

    def _person_named(self, text: str) -> str | None:
        """The person an article's mention written exactly ``text`` names, if any."""
        mention = self.first_person_named.get(text)
        return self.mention_keys[mention] if mention is not None else None

    def _add_place(self, mention: Mention) -> None:
        words = mention.text.split()
        type_word = words[-1].lower() if len(words) > 1 else ""
        if type_word in place_types() and words[-1].islower():
            self._add(mention, "place", " ".join(words[:-1]), place_types()[type_word])
            return
        fuller = self._fuller_place(mention.text)
        if fuller is not None:
            self._add(mention, "place", fuller, place_types()[fuller.split()[-1].lower()])
        elif mention.label == DATELINE_CITY:
            self._add(mention, "place", mention.text, "city")
        else:
            self._add(mention, "place", mention.text, place_types().get(type_word))

    def _fuller_place(self, name: str) -> str | None:
        """"Panjshir" -> "Panjshir Valley" when the article uses both."""
        return self.fuller_places.get(name)

    def _fuller_places(self) -> dict[str, str]:
        """Each place name the article also writes with a capitalized place type after it, and
        the first such name: built once, not searched for in every mention of each place."""
        fuller: dict[str, str] = {}
        for other in self.extraction.mentions:
            words = other.text.split()
            if other.kind == "place" and len(words) > 1 and words[-1].lower() in place_types() and words[-1][0].isupper():
                fuller.setdefault(" ".join(words[:-1]), other.text)
        return fuller

    def _link_role(self, role: RoleMention) -> LinkedRole:
        """The holder's entity, and the entity the role is of when the text names or points to one."""
        of_key = None
        if role.of is not None and role.of.form == "pronoun":
            of_key = self._antecedent(role.of)
        elif role.of is not None:
            of_key = self._key_overlapping(role.of.start, role.of.end)
        return LinkedRole(role, self.mention_keys[role.holder], of_key)

    def _cluster_persons(self, persons: list[Mention]) -> None:
        """Full names first, spelling variants together; then surnames to the likeliest full name."""
        full = [m for m in persons if len(strip_titles(m.text).split()) > 1]
        canonical: list[list[Mention]] = []
        for mention in full:
            group = next((g for g in canonical if _same_person(g[0].text, mention.text)), None)
            if group is None:
                canonical.append([mention])
            else:
                group.append(mention)
        for group in canonical:
            spelling = Counter(strip_titles(m.text) for m in group).most_common(1)[0][0]
            for mention in group:
                self._add(mention, "person", spelling)
        for mention in persons:
            if mention in self.mention_keys:
                continue
            target = self._person_by_surname(strip_titles(mention.text))
            self._add(mention, "person", target or strip_titles(mention.text))

    def _person_by_surname(self, surname: str) -> str | None:
        matches = [
            c for c in self.clusters.values() if c.kind == "person" and c.name.split()[-1] == surname
        ]
        if not matches:
            return None
        return max(matches, key=lambda c: sum(c.aliases.values())).name

    def _attribute(self) -> tuple[list[LinkedQuote], list[LinkedClaim]]:
        items = sorted(
            [*self.extraction.quotes, *self.extraction.claims],
            key=lambda item: item.cue.start if item.cue else item.start,
        )
        previous_quote: tuple[int, str | None] | None = None
        quotes: dict[int, LinkedQuote] = {}
        claims: list[LinkedClaim] = []
        for item in items:
            key = self.resolve_source(item.source) if item.source is not None else None
            if item.source is None and previous_quote is not None:
                paragraph, inherited = previous_quote
                if self.paragraph_of(item.start) - paragraph <= 1:
                    key = inherited
            if isinstance(item, Quote):
                quotes[item.start] = LinkedQuote(item, key)
                previous_quote = (self.paragraph_of(item.start), key)
            else:
                claims.append(LinkedClaim(item, key))
        return [quotes[start] for start in sorted(quotes)], sorted(claims, key=lambda c: c.claim.start)

    def resolve_source(self, source: SourceRef) -> str | None:
        """The entity key a quote's or claim's source refers to (None when it cannot be told)."""
        if source.form == "pronoun":
            key = self._antecedent(source)
        elif source.form == "description":
            key = self._organization_by_its_noun(source) or self._anonymous(source)
        else:
            key = self._named(source)
        if key is not None:
            cluster = self.clusters[key]
            plural = source.form == "pronoun" and source.text.lower() in PLURAL_OR_GROUP or _plural(cluster.name)
            paragraph = self.paragraph_of(source.start)
            self.reporters[paragraph].append(_Reporter(source.start, paragraph, key, cluster.kind, plural))
        return key

    def _named(self, source: SourceRef) -> str:
        named = self._key_overlapping(source.start, source.end)
        if named is not None:
            return named
        name = strip_titles(source.text)
        mention = Mention("person", source.start, source.end, source.text, "speaker", subject=True)
        key = self._add(mention, "person", self._person_by_surname(name) or name)
        self.extra_mentions.append(LinkedMention(mention, key))
        return key

    def _organization_by_its_noun(self, source: SourceRef) -> str | None:
        """"the alliance said" after "the United States Maritime Alliance": the organization the
        article named with that noun, the latest one named before when several were."""
        match = re.fullmatch(r"[Tt]he ([a-z]+)", source.text)
        if match is None:
            return None
        named = []
        for key in self.organizations_by_word.get(match.group(1), ()):
            starts = self.organization_starts[key]
            before = bisect.bisect_left(starts, source.start)
            if before and match.group(1) in self.clusters[key].name.lower().split():
                named.append((starts[before - 1], key))
        if not named:
            return None
        key = max(named)[1]
        mention = Mention("organization", source.start, source.end, source.text, "source", subject=True)
        self._attach(mention, key)
        self.extra_mentions.append(LinkedMention(mention, key))
        return key

    def _anonymous(self, source: SourceRef) -> str:
        mention = Mention("anonymous", source.start, source.end, source.text, "source", subject=True)
        key = self._add_anonymous(mention)
        self.extra_mentions.append(LinkedMention(mention, key))
        return key

    def _add_anonymous(self, mention: Mention) -> str:
        description = self._with_resolved_possessor(SourceRef(mention.start, mention.end, mention.text, "description"))
        key = f"anonymous:{self.article.key[:16]}:{normalize(description)}"
        self.clusters.setdefault(key, _Cluster("anonymous", key, description))
        self._attach(mention, key)
        return key

    def _add_described(self, mention: Mention, roles: list[LinkedRole]) -> None:
        """"Massoud's father" is the person the article names as his father, else an anonymous actor."""
        # Atomic: the owner ends at the first "'s "; were the rest to fail there, it would at
        # every later one too, and retrying each costs the square of the text's length.
        match = re.match(r"^(?>(.+?)(?:'s|\u2019s) )(?:.+ )?(\S+)$", mention.text)
        owner = match and self._person_named(match.group(1))
        holder = owner and next(
            (r.holder_key for r in roles if r.of_key == owner and r.role.role.split()[-1] == match.group(2)), None
        )
        if holder is None:
            self._add_anonymous(mention)
        else:
            self._attach(mention, holder)

    def _with_resolved_possessor(self, source: SourceRef) -> str:
        """"his aides" / "Massoud's aides" -> "Ahmad Massoud's aides"."""
        # Atomic, as in ``_add_described``: the possessor ends at the first space.
        match = re.match(
            r"^(?:(?:one|some|many|most|several|all) of )?(?>(\w[\w .-]*?)(?:'s|\u2019s)? )(.+)$", source.text
        )
        if not match:
            return source.text
        possessor, rest = match.groups()
        if possessor.lower() in POSSESSIVE_PRONOUNS:
            key = self._antecedent(SourceRef(source.start, source.start + len(possessor), possessor, "pronoun"))
        elif f"{possessor}'s" in source.text or f"{possessor}\u2019s" in source.text:
            key = self._person_named(possessor)
        else:
            return source.text
        if key is None:
            return source.text
        return f"{self.clusters[key].name}'s {rest}"

    def _antecedent(self, pronoun: SourceRef) -> str | None:
        """Who "he"/"she" refers to: the latest reporter in the paragraph, else the latest subject.

        Reporting verbs' subjects come first because "X told VOA Y is ready ... 'quote,'
        he said" means X, although Y is nearer.
        """
        word = pronoun.text.lower()
        if word in SINGULAR_PERSONAL or word in {"his", "her"}:
            wants_plural, kinds = False, {"person", "anonymous"}
        elif word in PLURAL_OR_GROUP or word in {"their", "its"}:
            wants_plural, kinds = True, {"organization", "anonymous"}
        else:
            return None
        paragraph = self.paragraph_of(pronoun.start)
        for candidate in (
            self._latest_reporter(paragraph, pronoun.start, kinds, wants_plural),
            self._latest_subject(kinds, self._paragraph_start(paragraph), pronoun.start),
            self._latest_reporter(paragraph - 1, pronoun.start, kinds, wants_plural),
            self._latest_subject(kinds, None, pronoun.start),
        ):
            if candidate is not None:
                return candidate
        return None

    def _latest_reporter(self, paragraph: int, before: int, kinds: set[str], wants_plural: bool) -> str | None:
        """The entity of the last reporter attributed in ``paragraph`` before offset ``before``
        that a pronoun of ``kinds`` and number can mean."""
        return next(
            (
                r.key for r in reversed(self.reporters.get(paragraph, ()))
                if r.offset < before and r.kind in kinds and (r.plural == wants_plural or r.kind == "organization")
            ),
            None,
        )

    def _paragraph_start(self, paragraph: int) -> int | None:
        return self.paragraph_starts[paragraph] if paragraph >= 0 else None

    def _latest_subject(self, kinds: set[str], low: int | None, high: int) -> str | None:
        """The entity of the latest subject mention of ``kinds`` starting in [low, high) (low
        None: from the text's start), outside quotes; at one offset, the greatest key."""
        latest = []
        for kind in kinds:
            subjects = self.subjects.get(kind, [])
            before = bisect.bisect_left(subjects, (high,))
            if before and (low is None or subjects[before - 1][0] >= low):
                latest.append(subjects[before - 1])
        return max(latest)[1] if latest else None


def _add_or_remove(entries: list, entry: object, remove: bool) -> None:
    """Insert ``entry`` into the sorted ``entries``, or take it out."""
    if remove:
        entries.remove(entry)
    else:
        bisect.insort(entries, entry)


def _same_person(a: str, b: str) -> bool:
    """Same surname and the same number of names, first names spelled alike ("Ahmad"/"Ahmed")."""
    wa, wb = strip_titles(a).split(), strip_titles(b).split()
    if len(wa) != len(wb) or wa[-1] != wb[-1]:
        return False
    return all(SequenceMatcher(None, x, y).ratio() >= SPELLING_VARIANT_SIMILARITY for x, y in zip(wa, wb, strict=True))


def _fuller_organization(name: str, names: list[str]) -> str:
    """A one-word name that abbreviates a longer one in the same article: "Front" for
    "National Resistance Front", "Talibs" for "Taliban", "EU" for "European Union"."""
    if " " in name:
        return name
    letters = name.replace(".", "")
    if letters.isupper() and 2 <= len(letters) <= 6:
        # "EU" for "European Union", "WTO" for "World Trade Organization".
        return next((other for other in names if _initials(other) == letters), name)
    stem = name.rstrip("s")
    for other in names:
        if other == name:
            continue
        words = other.split()
        if len(words) > 1 and words[-1] == name:
            return other
        if len(words) == 1 and len(stem) >= 4 and other.startswith(stem) and len(other) > len(name):
            return other
    return name


def _initials(name: str) -> str:
    words = name.split()
    return "".join(word[0] for word in words if word[0].isupper()) if len(words) > 1 else ""


def _plural(name: str) -> bool:
    last = name.split()[-1].lower() if name.split() else ""
    return last.endswith("s") and not last.endswith("ss") and name[:1].islower()


def resolve(extraction: Extraction) -> ResolvedArticle:
    """Link mentions, speakers and claimants of one article to entities.

    Args:
        extraction: what the extract stage found.

    Returns:
        The article with every mention, quote speaker and claimant keyed to an entity.
    """
    return _ArticleResolver(extraction).run()


