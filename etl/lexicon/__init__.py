"""The word lists in ``data/``: general English vocabulary, no names. No rules here (the
string rules on names built on these lists are ``etl.lexicon.names``).

The shared vocabulary under every stage, outside ``etl.extract``: any stage reads the same
lists without importing spaCy or a later stage.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


# The party letters of a US lawmaker's tag ("Sen. Ana Ruiz (R-Fla.)") and the member each names.
PARTY_MEMBERS = {"R": "republican", "D": "democrat", "I": "independent"}


@cache
def word_list(name: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt``, lowercased, comments and blank lines dropped."""
    text = resources.files("etl.lexicon").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


def speech_verbs() -> frozenset[str]:
    return word_list("speech_verbs")


@cache
def stance_verbs() -> dict[str, str]:
    """Verbs (lemmas) by which a source holds content without saying it, and the claim kind
    each gives: "believes" -> belief, "wants" -> intention, "knows" -> knowledge, "shows" -> evidence,
    "supports" -> stance."""
    kinds = ("belief", "intention", "knowledge", "evidence", "stance")
    return {verb: kind for kind in kinds for verb in word_list(f"{kind}_verbs")}


@cache
def claim_nouns() -> dict[str, str]:
    """Nouns that report what their possessor holds ("his claim that ...", "her belief that
    ..."), and the claim kind each gives."""
    entries = (line.split("\t") for line in word_list("claim_nouns"))
    return {noun: kind for noun, kind in entries}


@cache
def stance_adjectives() -> dict[str, tuple[str, str]]:
    """Adjectives by which a source holds a view ("critical of ...", "skeptical of ..."), with
    the claim kind each gives and the preposition that opens its content."""
    entries = (line.split("\t") for line in word_list("stance_adjectives"))
    return {adjective: (kind, opener) for adjective, kind, opener in entries}


def done_report_adjectives() -> frozenset[str]:
    return word_list("done_report_adjectives")


def occasion_verbs() -> frozenset[str]:
    return word_list("occasion_verbs")


def view_verbs() -> frozenset[str]:
    return word_list("view_verbs")


def speech_act_verbs() -> frozenset[str]:
    return word_list("speech_act_verbs")


def listener_verbs() -> frozenset[str]:
    return word_list("listener_verbs")


def medium_nouns() -> frozenset[str]:
    return word_list("medium_nouns")


def document_nouns() -> frozenset[str]:
    return word_list("document_nouns")


def collective_nouns() -> frozenset[str]:
    return word_list("collective_nouns")


def family_names_first() -> frozenset[str]:
    return word_list("family_names_first")


def goods_nouns() -> frozenset[str]:
    return word_list("goods_nouns")


def group_nouns() -> frozenset[str]:
    return word_list("group_nouns")


def quantity_nouns() -> frozenset[str]:
    return word_list("quantity_nouns")


def titles() -> frozenset[str]:
    return word_list("titles")


def honorifics() -> frozenset[str]:
    return word_list("honorifics")


@cache
def name_prefixes() -> frozenset[str]:
    """Titles, honorifics and every word of a multi-word title ("crown", "prince"): the words
    that may precede a person's name."""
    words = {word for title in titles() for word in title.split()}
    return titles() | honorifics() | words


def role_nouns() -> frozenset[str]:
    return word_list("role_nouns")


def kin_nouns() -> frozenset[str]:
    return word_list("kin_nouns")


def source_nouns() -> frozenset[str]:
    return word_list("source_nouns")


def org_words() -> frozenset[str]:
    return word_list("org_words")


def outlet_words() -> frozenset[str]:
    return word_list("outlet_words")


@cache
def outlet_name_words() -> frozenset[str]:
    """Every word an outlet's name may end with: the outlet words, and those a byline's
    affiliation is written with."""
    return outlet_words() | word_list("byline_outlet_words")


def facility_words() -> frozenset[str]:
    return word_list("facility_words")


@cache
def people_nouns() -> frozenset[str]:
    """Head nouns of a description of people or an institution, who can speak and hold views:
    the speaker list and every list of people, roles, groups and institutions."""
    return (word_list("speaker_nouns") | source_nouns() | role_nouns() | titles() | kin_nouns() | org_words()
            | group_nouns())


# "-ist" nouns name people by what they do or hold ("strategist", "socialist", "lobbyist"),
# but for these words and lists ("checklist"; "-alist" and "-ulist" are people: "journalist",
# "populist").
NOT_AGENT_IST = frozenset({"mist", "wrist", "twist", "fist", "gist", "heist", "grist", "tryst", "amethyst"})


# Compounds on a word for a person name people by trade or place ("fisherman", "alderwoman",
# "salespeople", "harbourmaster"), but for these words. "-woman" and "-women" end in "man" and
# "men"; a compound has three letters or more before its ending, so "human" or "omen" is none.
PERSON_COMPOUND_ENDINGS = ("man", "men", "person", "persons", "people", "master")
NOT_PERSON_COMPOUNDS = frozenset({
    "ottoman", "talisman", "caiman", "cayman", "walkman", "abdomen", "specimen",
    "regimen", "acumen", "albumen", "stamen", "bitumen", "cyclamen", "dolmen", "dolman",
    "cerumen", "foramen", "gravamen",
})


def names_people(noun: str) -> bool:
    """Whether a lowercased noun or lemma describes people or an institution."""
    return noun in people_nouns() or _agent_ist(noun.removesuffix("s")) or _person_compound(noun)


def _person_compound(noun: str) -> bool:
    ending = next((e for e in PERSON_COMPOUND_ENDINGS if noun.endswith(e)), None)
    return ending is not None and len(noun) > len(ending) + 2 and noun not in NOT_PERSON_COMPOUNDS


@cache
def not_one_person_nouns() -> frozenset[str]:
    """Head nouns of a body, a group or a thing, never of one person: organizations, groups,
    collectives, documents and institutions ("the campaign", "a state", "the audience")."""
    return org_words() | collective_nouns() | document_nouns() | word_list("institution_nouns")


def first_name_gender(name: str) -> str | None:
    """"female" or "male" for a common first name given to one sex ("Hillary", "Bernie"),
    else None."""
    word = name.lower()
    if word in word_list("female_first_names"):
        return "female"
    return "male" if word in word_list("male_first_names") else None


def is_first_name(word: str) -> bool:
    """Whether a word is a common first name, of one sex, of both ("Lee", "Kelly"), or a short
    form of one ("Bill")."""
    word = word.lower()
    return first_name_gender(word) is not None or word in word_list("unisex_first_names") or word in short_first_names()


@cache
def short_first_names() -> dict[str, str]:
    """Common short forms of a first name and the formal name each shortens ("bill" -> "william")."""
    entries = (line.split("\t") for line in word_list("short_first_names"))
    return {short: formal for short, formal in entries}


def can_speak(noun: str) -> bool:
    """Whether a lowercased noun or lemma heads a description that can speak."""
    return names_people(noun) or noun in document_nouns()


def _agent_ist(noun: str) -> bool:
    a_list = noun.endswith("list") and not noun.endswith(("alist", "ulist"))
    return noun.endswith("ist") and len(noun) > 4 and noun not in NOT_AGENT_IST and not a_list


@cache
def place_types() -> dict[str, str]:
    """Place-type words and the type each gives ("mountains" -> "mountain range")."""
    entries = (line.split("\t") for line in word_list("place_types"))
    return {word: kind for word, kind in entries}


def vessel_prefixes() -> frozenset[str]:
    return word_list("vessel_prefixes")


def unit_words() -> frozenset[str]:
    return word_list("unit_words")


def nation_names() -> frozenset[str]:
    return word_list("nation_names")


def vehicle_nouns() -> frozenset[str]:
    return word_list("vehicle_nouns")


def company_suffixes() -> frozenset[str]:
    return word_list("company_suffixes")


def company_name_words() -> frozenset[str]:
    return word_list("company_name_words")


def thing_nouns() -> frozenset[str]:
    return word_list("thing_nouns")


def landform_words() -> frozenset[str]:
    return word_list("landform_words")
