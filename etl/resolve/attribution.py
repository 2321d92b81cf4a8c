"""Attribution: who said each quote and claim, who a pronoun is, whose a role is.

Reads the article's index (``index.ArticleIndex``) and adds to it the speakers and
described sources the clustering did not see. ``resolve_source`` is the one place a
learned coreference model would plug in.
"""

from __future__ import annotations

import re
from itertools import islice

from etl.gazetteer.names import us_states
from etl.lexicon import collective_nouns, names_people, not_one_person_nouns
from etl.lexicon.names import kind_by_words, name_key_form, surname
from etl.records import (
    Claim,
    EntityKind,
    LinkedClaim,
    LinkedMention,
    LinkedQuote,
    LinkedRole,
    Mention,
    Quote,
    RoleMention,
    SourceRef,
)
from etl.resolve.clustering import add_short_name
from etl.resolve.index import ArticleIndex, Cluster, Reporter, role_qualifiers

SINGULAR_PERSONAL = {"he", "she", "him", "her"}
PLURAL_OR_GROUP = {"they", "them", "it"}
# Pronouns that may stand for persons named together ("Ruiz and Hale ... They said"), unlike "it".
PLURAL_PERSONAL = {"they", "them", "their"}
POSSESSIVE_PRONOUNS = {"his", "her", "their", "its"}
GROUP_POSSESSIVES = {"their", "its"}
PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
# Words before "of" that pick one person out of a group: "one of the aides", "a member of the jury".
ONE_OF_A_GROUP = {"one", "a", "an", "each", "every"}
# Words that end a description's head noun phrase: "advocates in the community" are advocates.
HEAD_ENDS = frozenset({"of", "in", "at", "from", "for", "with", "on", "to", "by", "close", "who", "that"})
# "the 52-year-old said": news refers back to a person by age as by "he" or "she".
AGE_REFERENCE = re.compile(r"the \d+-year-old")
# Atomic groups: the owner ends at the first "'s " (the possessor at the first space); were
# the rest to fail there, it would at every later one too, and retrying each costs the
# square of the text's length.
DESCRIBED_BY_TIE = re.compile(r"^(?>(.+?)(?:'s|\u2019s) )(?:.+ )?(\S+)$")
# "the (former) senator", "the Florida senator", "the former secretary of state": a definite
# singular description; group 1 is a name qualifying it, group 2 its head noun.
DEFINITE_DESCRIPTION = re.compile(r"[Tt]he (?:former |late )?(?:([A-Z][\w.-]*) )?(?:[\w.-]+ ){0,2}?([a-z][\w-]*[^s\W])(?: of [\w ]+)?")
# "the Utah Republican", "the New York Democrat", "the Vermont independent": a lawmaker by the
# party and the state of their tag ("Rep. Tom Hale (R-Utah)"); the party word is capitalized.
PARTY_DESCRIPTION = re.compile(r"[Tt]he (?:former )?((?:[A-Z][\w.]* ){1,2})(Republican|Democrat|[Ii]ndependent)")
# The possessive is "'s", or after a final "s" the apostrophe alone ("Reyes' aides").
POSSESSED_DESCRIPTION = re.compile(r"^(?:(?:one|some|many|most|several|all) of )?(?>(\w[\w .-]*?)(?:'s|\u2019s|(?<=s)['\u2019])? )(.+)$")
# How many names back "he" or "she" with no subject before it looks for the person named last:
# the one meant is a few names back, and an article that is one long paragraph (a JSON line
# with no breaks) must not be read back whole once per pronoun.
NAMED_LAST_MENTIONS = 30
# How many subjects back a pronoun looks when none before it fits: the one meant is a few
# sentences back, and an article where none fits (a "she" among men only, a run-on "sentence"
# of markup) must not be read back whole once per pronoun.
SUBJECTS_LOOKED_BACK = 60


def attribute(index: ArticleIndex) -> tuple[list[LinkedQuote], list[LinkedClaim]]:
    """Speakers of the article's quotes and claimants of its claims, in text order.

    A quote without a source of its own is the previous statement's (quote or claim) when it
    follows in its paragraph or the next: "He also warned that ...\n\n\u201cIf they ...\u201d"
    goes on with his words. A claim without one is a passive report that names no one ("the
    mayor is accused of ..."), and stays no one's.
    """
    extraction = index.extraction
    items = sorted([*extraction.quotes, *extraction.claims], key=lambda item: item.cue.start if item.cue else item.start)
    previous: tuple[int, str | None] | None = None
    quotes: dict[int, LinkedQuote] = {}
    claims: list[LinkedClaim] = []
    for item in items:
        key = resolve_source(index, item.source) if item.source is not None else None
        if item.source is None and previous is not None and isinstance(item, Quote):
            paragraph, inherited = previous
            if index.paragraph_of(item.start) - paragraph <= 1:
                key = inherited
        if isinstance(item, Quote):
            quotes[item.start] = LinkedQuote(item, key)
        else:
            claims.append(LinkedClaim(item, key))
        if index.in_body(item.start) and not _shown_by_a_record(index, item, key):
            # A headline's source says nothing of who speaks in the paragraph after it, and a
            # poll or a record that shows something has no words for a quote to go on with.
            previous = (index.paragraph_of(item.start), key)
    return [quotes[start] for start in sorted(quotes)], sorted(claims, key=lambda c: c.claim.start)


def _shown_by_a_record(index: ArticleIndex, item: Quote | Claim, key: str | None) -> bool:
    """What a poll, a study or a record shows ("A new poll shows ..."); not what a person
    shows ("Hale showed the letter ..."), who may go on to speak."""
    return isinstance(item, Claim) and item.kind == "evidence" and (key is None or index.clusters[key].kind != "person")


def resolve_source(index: ArticleIndex, source: SourceRef) -> str | None:
    """The entity key a quote's or claim's source refers to (None when it cannot be told)."""
    if source.form == "pronoun":
        key = _antecedent(index, source)
    elif source.form == "description":
        key = _organization_by_its_noun(index, source) or _person_by_role(index, source) or _anonymous(index, source)
    else:
        key = _named(index, source)
    if key is not None:
        cluster = index.clusters[key]
        plural = source.form == "pronoun" and source.text.lower() in PLURAL_OR_GROUP or _plural(cluster)
        index.add_reporter(Reporter(source.start, index.paragraph_of(source.start), key, cluster.kind, plural))
    return key


def link_roles(index: ArticleIndex) -> list[LinkedRole]:
    """The roles of the article's linked persons, with the entity each role is of when the text tells."""
    return [_link_role(index, role) for role in index.extraction.roles if role.holder in index.mention_keys]


def add_described(index: ArticleIndex, roles: list[LinkedRole]) -> None:
    """"Massoud's father" is the person the article names as his father, else an anonymous actor."""
    # Ties by the owner's key, and by the owner's surname for an owner named by it alone.
    holders: dict[tuple[str, str], str] = {}
    for role in reversed(roles):
        if role.of_key is not None and role.of_key in index.clusters:
            tie = role.role.role.split()[-1]
            holders[(role.of_key, tie)] = role.holder_key
            holders[(surname(index.clusters[role.of_key].name), tie)] = role.holder_key
    for mention in index.extraction.mentions:
        if mention.kind != "anonymous":
            continue
        match = DESCRIBED_BY_TIE.match(mention.text)
        owner = match and index.person_named(match.group(1))
        holder = owner and (holders.get((owner, match.group(2))) or holders.get((match.group(1), match.group(2))))
        if holder is None:
            _add_anonymous(index, mention)
        else:
            index.attach(mention, holder)


def _link_role(index: ArticleIndex, role: RoleMention) -> LinkedRole:
    of_key = None
    if role.of is not None and role.of.form == "pronoun":
        of_key = _antecedent(index, role.of)
    elif role.of is not None:
        of_key = index.key_overlapping(role.of.start, role.of.end)
    return LinkedRole(role, index.mention_keys[role.holder], of_key)


def _named(index: ArticleIndex, source: SourceRef) -> str:
    named = index.key_overlapping(source.start, source.end)
    if named is not None:
        return named
    # Outlets speak ("the Associated Press reported"); buildings do not, so "Peter Hall said" is a person.
    kind: EntityKind = "organization" if kind_by_words(source.text) == "organization" else "person"
    mention = Mention(kind, source.start, source.end, source.text, "speaker", subject=True, main_clause=True)
    if kind == "person":
        key = add_short_name(index, mention)
    else:
        key = index.add(mention, kind, source.text)
    index.extra_mentions.append(LinkedMention(mention, key))
    return key


def _organization_by_its_noun(index: ArticleIndex, source: SourceRef) -> str | None:
    """"the alliance said" after "the United States Maritime Alliance": the latest organization
    named before with that noun."""
    match = re.fullmatch(r"[Tt]he ([a-z]+)", source.text)
    if match is None:
        return None
    key = index.organization_with_word_before(match.group(1), source.start)
    if key is not None:
        mention = Mention("organization", source.start, source.end, source.text, "source", subject=True, main_clause=True)
        index.add_extra(mention, key)
    return key


def _person_by_role(index: ArticleIndex, source: SourceRef) -> str | None:
    """"the Vermont senator said" after "Vermont Sen. Bernie Sanders" or "Sen. Bernie Sanders
    (I-Vt.)", "the Utah Republican" after "Rep. Tom Hale (R-Utah)", "the former secretary of
    state" after "Hillary Clinton, the former secretary of state": the person named before with
    that role, as a pronoun names its antecedent."""
    qualifiers = role_qualifiers(source.text.split())
    party = PARTY_DESCRIPTION.fullmatch(source.text)
    if party is not None:
        return index.holder_of_role(party.group(2).lower(), source.start, party.group(1).strip(), qualifiers)
    match = DEFINITE_DESCRIPTION.fullmatch(source.text)
    if match is None:
        return None
    # Like a pronoun, the description is no name of the person: it links, it adds no alias.
    place = _state_opening(source.text) or match.group(1)
    return index.holder_of_role(match.group(2).lower(), source.start, place, qualifiers)


def _state_opening(description: str) -> str | None:
    """The state a description opens with, in any of its forms and of two words too ("the New
    York senator", "the N.Y. governor"), which the description's pattern reads one word of."""
    words = description.split()[1:]
    if words[:1] == ["former"]:
        words = words[1:]
    states = us_states()
    return next((" ".join(words[:size]) for size in (2, 1) if len(words) > size and " ".join(words[:size]) in states),
                None)


def _anonymous(index: ArticleIndex, source: SourceRef) -> str:
    mention = Mention("anonymous", source.start, source.end, source.text, "source", subject=True, main_clause=True)
    key = _add_anonymous(index, mention)
    index.extra_mentions.append(LinkedMention(mention, key))
    return key


def _add_anonymous(index: ArticleIndex, mention: Mention) -> str:
    description = _with_resolved_possessor(index, SourceRef(mention.start, mention.end, mention.text, "description"))
    # In key form: "the mayor's aides" and "the mayor’s aides", typed with two apostrophes, are one source.
    key = f"anonymous:{index.article.key[:16]}:{name_key_form(description)}"
    return index.add(mention, "anonymous", description, key=key)


def _with_resolved_possessor(index: ArticleIndex, source: SourceRef) -> str:
    """"his aides" / "Massoud's aides" -> "Ahmad Massoud's aides"."""
    match = POSSESSED_DESCRIPTION.match(source.text)
    if not match:
        return source.text
    possessor, rest = match.groups()
    if possessor.lower() in POSSESSIVE_PRONOUNS:
        key = _antecedent(index, SourceRef(source.start, source.start + len(possessor), possessor, "pronoun"))
        if key is not None and possessor.lower() in GROUP_POSSESSIVES and index.clusters[key].kind == "anonymous":
            # "Farmers said ... Their spokesman said": the group has no name to own the noun,
            # and "Farmers's spokesman" would read as a name; the text's words are kept.
            return source.text
    elif any(f"{possessor}{mark}" in source.text for mark in ("'", "\u2019")):
        key = index.person_named(possessor)
    else:
        return source.text
    if key is None:
        return source.text
    return f"{_possessive(index.clusters[key].name)} {rest}"


def _possessive(name: str) -> str:
    """"Ahmad Massoud's", but "Maria Reyes'" and "General Motors'": news style gives a name
    ending in "s", as a plural, the apostrophe alone."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _antecedent(index: ArticleIndex, pronoun: SourceRef) -> str | None:
    """Who "he"/"she" refers to: the latest reporter in the paragraph, else the latest subject,
    else for "he" or "she" the person named last.

    Reporting verbs' subjects come first because "X told VOA Y is ready ... 'quote,'
    he said" means X, although Y is nearer.
    """
    word = pronoun.text.lower()
    if word in SINGULAR_PERSONAL or word in {"his", "her"} or AGE_REFERENCE.fullmatch(word):
        wants_plural, kinds = False, {"person", "anonymous"}
    elif word in PLURAL_OR_GROUP or word in {"their", "its"}:
        wants_plural, kinds = True, {"organization", "anonymous"}
    else:
        return None
    paragraph = index.paragraph_of(pronoun.start)
    gender = PRONOUN_GENDER.get(word)

    def fits(key: str, start: int | None = None) -> bool:
        """Not a person the article calls "Ms." for "he", nor "Mr." for "she", nor a mention at
        ``start`` whose own honorific says otherwise; for "he" or "she" one person, not a body or
        a thing the text describes ("the campaign", "a video")."""
        if wants_plural is False and not _one_person(index.clusters[key]):
            return False
        if gender is not None and start is not None and index.gender_at(start) not in (None, gender):
            return False
        return gender is None or index.gender(key) in (None, gender)

    def may_be(key: str, start: int) -> bool:
        """A subject of the pronoun's kind and number, or for "they" persons named together ("Dana
        Ruiz and Tom Hale toured the plant. They said"): the first of them, as a report of theirs
        ("Ruiz and Hale said") takes its first name for its source."""
        if _may_be(index.clusters[key], kinds, wants_plural):
            return fits(key, start)
        return (word in PLURAL_PERSONAL and index.clusters[key].kind == "person"
                and index.joined_to_a_person(start))

    def reporter_in(paragraphs: set[int]) -> str | None:
        for reporter in index.reporters_before(pronoun.start):
            if reporter.paragraph < min(paragraphs):
                return None
            if reporter.paragraph in paragraphs and reporter.kind in kinds and (
                reporter.plural == wants_plural or reporter.kind == "organization"
            ) and fits(reporter.key, reporter.offset):
                return reporter.key
        return None

    def subject(same_paragraph: bool) -> str | None:
        """The latest subject that may be the pronoun's, but a main clause's subject before it in
        its paragraph comes first: in "Munro drove his son to the stadium to show him where Olsen
        had played. He said ..." he is Munro, not Olsen."""
        found: tuple[str, int] | None = None
        for start, key, main_clause in islice(index.subjects_before(pronoun.start), SUBJECTS_LOOKED_BACK):
            where = index.paragraph_of(start)
            if same_paragraph and where < paragraph or found is not None and where < found[1]:
                break
            if may_be(key, start):
                if main_clause:
                    return key
                found = found or (key, where)
        return found[0] if found is not None else None

    def sentence_subject() -> str | None:
        """The latest subject before the pronoun in its own sentence, but not one inside what
        another source is reported to say ("X told VOA that Y is ready, and he ..." is X)."""
        since = index.sentence_start(pronoun.start)
        for start, key, _ in islice(index.subjects_before(pronoun.start), SUBJECTS_LOOKED_BACK):
            if start < since:
                return None
            if not index.reported_apart(start, pronoun.start) and may_be(key, start):
                return key
        return None

    def mentioned(since_paragraph: int, told_apart: bool) -> str | None:
        """With no subject or speaker before it, "he" or "she" is the person named last in its
        paragraph, whatever their part in the sentence ("footage of a Reyes rally, during which he
        promises", "when I asked Mayor Carver, she said", "Take Senator Maria Ruiz, for one. She
        has said"), else the one named last in the paragraph before. Not someone named inside a
        quotation, whom the speaker talks about. With ``told_apart`` only a person whose first
        name or honorific says they are a "he" or a "she": the tagger takes a product or a
        company written like a name for a person. Not "they" or "it": the organization named
        last is as often only where something happened."""
        if wants_plural:
            return None
        since = index.paragraph_start(max(since_paragraph, 0))
        for start, key in islice(index.mentions_before(pronoun.start, since), NAMED_LAST_MENTIONS):
            if (not index.in_quote(start) and _may_be(index.clusters[key], kinds, wants_plural) and fits(key, start)
                    and (not told_apart or gender is not None and index.gender(key) == gender)):
                return key
        return None

    return (sentence_subject() or reporter_in({paragraph}) or subject(True) or mentioned(paragraph, True)
            or reporter_in({paragraph - 1}) or subject(False) or mentioned(paragraph - 1, False))


def _may_be(cluster: Cluster, kinds: set[str], wants_plural: bool) -> bool:
    """Whether a subject may be what a pronoun stands for: of the pronoun's kinds, and for "he"
    or "she" no group the text describes ("exit polls", "some participants", "the aides")."""
    if cluster.kind not in kinds:
        return False
    return wants_plural or cluster.kind != "anonymous" or not _plural(cluster)


def _one_person(cluster: Cluster) -> bool:
    """A named person, or a description whose head noun names one person ("a reporter", "the
    director of the centre"), not a body, a group or a thing ("the campaign", "a state", "a
    video of the episode")."""
    if cluster.kind != "anonymous":
        return cluster.kind == "person"
    head = _head_noun(cluster.name)
    if head in ONE_OF_A_GROUP:
        return True  # "one of the aides"
    return names_people(head) and head not in not_one_person_nouns() and not _plural(cluster)


def _head_noun(description: str) -> str:
    """The noun a description is about: the word before its first preposition ("director" in
    "the director of the centre"), else its last word."""
    words = description.lower().split()
    cut = next((i for i, word in enumerate(words) if i and word in HEAD_ENDS), len(words))
    return words[cut - 1] if words else ""


def _plural(cluster: Cluster) -> bool:
    """A group: a description whose head is plural ("Some participants", "the aides"), not
    one of a group ("one of the aides", "a member of the jury"); a name ending in "s" is no
    plural ("Sanders")."""
    words = cluster.name.lower().split()
    if not words or not (cluster.kind == "anonymous" or cluster.name[:1].islower()):
        return False
    if "of" in words and ONE_OF_A_GROUP & set(words[: words.index("of")]):
        return False
    head = _head_noun(cluster.name)
    return head in collective_nouns() or head.endswith("s") and not head.endswith("ss")
