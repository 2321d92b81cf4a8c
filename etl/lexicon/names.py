"""Person and entity names as keys: what is part of a name and what is not.

Pure string rules over general word lists, shared vocabulary of the stages: clean (a
byline's author), extract (what a name's words say it is), resolve (clustering one
article) and load (the archive), so a name gets the same key wherever it is written.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import groupby

from etl.lexicon import (
    facility_words,
    family_names_first,
    first_name_gender,
    is_first_name,
    landform_words,
    name_prefixes,
    outlet_name_words,
    outlet_words,
    short_first_names,
)
from etl.records import EntityKind

# "Donald J. Trump", "John F Kennedy": a lone letter between the first name and the surname.
MIDDLE_INITIAL = re.compile(r"^[A-Z]\.?$")
# Quote marks, dashes and brackets NER leaves at a name's ends ("Donald Trump '").
STRAY_PUNCTUATION = "'\"\u2018\u2019\u201c\u201d`\u00b4()[]{}-\u2013\u2014,;:!?*"
# A title with "-elect" is a title: "President-elect X", "Governor-elect X".
ELECT = re.compile(r"-elect$", re.IGNORECASE)
# Generational suffixes are not surnames: "Martin Luther King Jr." is a King.
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
# Initials a person goes by before the surname: "J.D.", "J. D." and "JD" are one spelling choice.
INITIALS = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z]{2,3}$")
# Apostrophes a name may be typed with ("O'Rourke", "O\u2019Rourke").
APOSTROPHES = str.maketrans("\u2018\u2019\u02bc`\u00b4", "'" * 5)
# Letters that are no base letter and accent in Unicode, so decomposing leaves them, but that
# writers drop as they drop accents: "Wa\u0142\u0119sa"/"Walesa", "S\u00f8ren"/"Soren",
# "K\u0131l\u0131\u00e7daro\u011flu"/"Kilicdaroglu", "\u0110\u1eb7ng"/"Dang".
UNACCENTED = str.maketrans("\u0142\u0141\u00f8\u00d8\u0131\u0111\u0110", "lLoOidD")
# A hyphen between the parts of a name is a spelling choice: "Kim Jong-Un" is "Kim Jong Un".
NAME_HYPHEN = re.compile(r"(?<=\w)[-\u2010\u2011](?=\w)")
# Initialisms people go by ("FDR", "JFK", "LBJ") are this short.
MAX_INITIALISM_LETTERS = 3
# Letters of a syllable of a given name written after the family name, in the press's spelling
# of Korean, Vietnamese and three-syllable Chinese names: hyphenated ("Young-shik") or, shorter,
# as words of their own ("Jong Un", "Van Hoa"; not "Relief Fund").
MAX_SYLLABLE_LETTERS = 5
MAX_SPACED_SYLLABLE_LETTERS = 4
VOWEL = re.compile("[AEIOUY]")
# "Tom Daily", "Mary Ann Press": a person whose surname is an outlet word has a name this long.
MAX_PERSON_WITH_OUTLET_SURNAME_WORDS = 3
# "Halloway Research Center", "Corbin Policy Center": a centre named for research, policy or a survey
# is the institute doing it, not a building, whatever its last word.
CENTER_WORDS = {"center", "centre"}
RESEARCH_WORDS = {"research", "policy", "studies", "survey", "legal"}
# Military bases named by a prefix ("Joint Base Lewis-McChord", "Naval Station Norfolk") or a
# suffix ("Bagram Air Base"): the rest is a person's or a town's name, so these words alone say
# it is a place. Not "station" or "base" alone: a space station is a craft.
BASE_PREFIXES = ("joint base ", "naval station ", "naval air station ")
BASE_SUFFIXES = (" air base", " air force base", " air force station", " naval base", " military base")


def normalize(name: str) -> str:
    """Key form of a name: casefolded, single-spaced, no possessive."""
    name = re.sub(r"(?:'s|\u2019s)$", "", name.strip())
    return re.sub(r"\s+", " ", name).casefold()


def strip_punctuation(name: str) -> str:
    """"Donald Trump '" -> "Donald Trump": quote marks and dashes are never part of a name.

    A closing period stays: it ends an initial or an abbreviation ("Jr.").
    """
    return name.strip().strip(STRAY_PUNCTUATION).strip()


def _is_title_word(word: str) -> bool:
    word = word.lower().rstrip(",")
    return word in name_prefixes() or (ELECT.search(word) is not None and ELECT.sub("", word) in name_prefixes())


def strip_titles(name: str) -> str:
    """"Crown Prince X", "Sen. X", "President-elect X", "Secretary of State X" -> "X".

    A lone title is kept as it is ("the Prince" is someone's name for him).
    """
    words = name.split()
    while len(words) > 1 and _is_title_word(words[0]):
        words.pop(0)
    return " ".join(words)


def person_name(name: str) -> str:
    """The name a person is known by, as written: no titles, no stray punctuation, and a name
    in capitals (a transcript's "TAPPER:") in title case, as the rest of the text writes it;
    but not an initialism a person goes by ("FDR", "JFK"): one short word without a vowel,
    where a short surname has one ("LEE:", "COX:")."""
    name = strip_titles(strip_punctuation(name))
    initialism = " " not in name and len(name) <= MAX_INITIALISM_LETTERS and not VOWEL.search(name)
    return name.title() if name.isupper() and not initialism else name


def person_key_name(name: str) -> str:
    """The words that identify a person: no titles and no middle initial ("Donald J. Trump"
    and "President Donald Trump" are "donald trump"), in one spelling of what writers spell
    several ways ("José O’Neil-Ruiz Jr." and "Jose O'Neil Ruiz, Jr" are "jose o'neil ruiz jr";
    "Harlan T. J. Pruitt" and "Harlan T.J. Pruitt" are "harlan tj pruitt"), with the formal
    first name a short one stands for ("Joe Marchetti" and "Joseph A. Marchetti" are "joseph
    marchetti")."""
    words = _joined_initials(person_name(name).split())
    if len(words) > 2:
        words = [words[0], *_middle_names(words[1:-1]), words[-1]]
    return _formal_first_name(name_key_form(" ".join(words)))


def name_key_form(name: str) -> str:
    """The key form of a person's, organization's or place's name: ``normalize``d, and one
    spelling of the marks writers differ on: no accents, one apostrophe, a space for a hyphen,
    no comma or period around a generational suffix. A letter with a stroke or without its
    dot ("\u0142", "\u00f8", "\u0111", "\u0131") is its plain letter, as an accented one is."""
    decomposed = unicodedata.normalize("NFKD", name.translate(APOSTROPHES).translate(UNACCENTED))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = NAME_HYPHEN.sub(" ", normalize(plain)).split()
    if len(words) > 1 and words[-1] in SUFFIXES:
        words = [*words[:-2], words[-2].rstrip(","), words[-1].rstrip(".")]
    return " ".join(words)


def _middle_names(words: list[str]) -> list[str]:
    """The middle words of a name that tell the person: one middle initial does not ("John F.
    Kennedy" is "John Kennedy"), two do, however they are spaced ("H. W.", "H.W.", "HW"): a
    father written "Harlan T. J. Pruitt" is not his son "Harlan J. Pruitt"."""
    kept: list[str] = []
    for initials, run in groupby(words, key=lambda word: bool(MIDDLE_INITIAL.match(word) or INITIALS.match(word))):
        if not initials:
            kept.extend(run)
        elif len(letters := "".join(run).replace(".", "")) > 1:
            kept.append(letters)
    return kept


def _formal_first_name(key_name: str) -> str:
    """A key name with the formal first name for a common short one ("bill kowalczyk" ->
    "william kowalczyk"), so both forms of a full name are one key in every article. A lone
    first name is left as written: it names no full name."""
    first, _, rest = key_name.partition(" ")
    return f"{short_first_names().get(first, first)} {rest}" if rest else key_name


def _joined_initials(words: list[str]) -> list[str]:
    """"J. D. Vance" and "J.D. Vance" -> "JD Vance": the initials before a surname as one
    word, as a name of initials is also written (not as a first name and middle initial)."""
    count = 0
    while count < len(words) - 1 and INITIALS.match(words[count]):
        count += 1
    return ["".join(words[:count]).replace(".", ""), *words[count:]] if count else words


def person_key(name: str) -> str:
    """The deterministic key of a named person: the same in every article and every run."""
    return f"person:{person_key_name(name)}"


def surname(name: str) -> str:
    """The last name of a person's name ("Trump"), generational suffixes aside."""
    words = person_name(name).split()
    while len(words) > 1 and words[-1].lower() in SUFFIXES:
        words.pop()
    return words[-1].rstrip(",") if words else ""


def surname_key(name: str) -> str | None:
    """The family name of a full name in key form, as a lone surname is looked up by
    ("Rupert Wingfield-Hayes" -> "wingfield hayes"; "Kim Jong Un" -> "kim"); None for a
    one-word name, which names no full name to join."""
    words = person_name(name).split()
    if len(words) < 2:
        return None
    return name_key_form(words[0]) if _keyed_family_name_first(name) else name_key_form(surname(name))


def _keyed_family_name_first(name: str) -> bool:
    """Whether a full name is written family name first, by what its key shows, so that every
    spelling of one key gives one surname: a family name of the press's Korean, Chinese or
    Vietnamese names (``family_names_first.txt``), then a given name of two short syllables,
    neither of them a first name ("Kim Jong Un", "Pak Sung-chol", "Nguyen Van Hai"; not "Ji
    Hoon Lee", "Gus Van Sant", "Ravi Shah-Das", "Colette Le Bon", the same shape). Stricter
    than the article's shape (``family_name_first``): no name of the article backs it up."""
    family, *given = person_key_name(name).split()
    return (len(given) == 2 and family in family_names_first()
            and all(syllable.isalpha() and len(syllable) <= MAX_SPACED_SYLLABLE_LETTERS and not is_first_name(syllable)
                    for syllable in given))


def family_name_first(name: str) -> bool:
    """Whether a name has the shape of one written family name first: a given name of two
    short syllables after it, hyphenated ("Moon Jae-in", "Choi Min-seo"; not "Ada
    Lyle-Brennan", nor "Mary-Kate Olsen", whose hyphen is in the first word) or as two words
    ("Kim Jong Un", "Tran Van Hoa"; not NER's "Oduya Relief Fund")."""
    words = name.split()
    syllables = name_key_form(" ".join(words[1:])).split()
    hyphenated = len(words) == 2 and len(syllables) == 2
    limit = MAX_SYLLABLE_LETTERS if hyphenated else MAX_SPACED_SYLLABLE_LETTERS
    return (hyphenated or len(words) == 3) and all(len(syllable) <= limit for syllable in syllables)


def kind_by_words(name: str) -> EntityKind | None:
    """What a name's words say it is, whatever NER said: "Fox News", "the Associated Press"
    are organizations, but "Tom Daily" a person; "Pennsylvania Avenue", "Trump Tower" are places.

    Returns:
        "organization", "place", or None when the words do not tell.
    """
    words = [word.strip(".,").lower() for word in name.split()]
    if len(words) > 1 and any(word in outlet_words() for word in words) and not person_with_outlet_surname(name):
        return "organization"
    if words[-1] in CENTER_WORDS and any(word in RESEARCH_WORDS for word in words):
        return "organization"
    if (len(words) > 1 and words[-1] in facility_words()) or names_a_base(name) or names_a_landform(name):
        return "place"
    return None


def person_with_outlet_surname(name: str) -> bool:
    """Whether a name is a person's whose surname is an outlet word ("Tom Daily", "Dr. Emily
    Post", "Mary Ann Press", "Walter T. Herald"), for a byline's author and, when the name holds
    an outlet word, for a name in the article's text: after any
    title, a first name of one sex (a unisex one is as often a city: "Sydney"), at most one more
    first name or an initial, and a word of outlets' names last, alone. An outlet's name has
    another word there ("Austin Daily News", "Sydney Morning Herald") or opens with no first
    name ("Fox News")."""
    words = [word.strip(".,").lower() for word in strip_titles(name).split()]
    if len(words) < 2:
        return False
    first, *middle, last = words
    return (len(words) <= MAX_PERSON_WITH_OUTLET_SURNAME_WORDS and first_name_gender(first) is not None
            and all(is_first_name(word) or len(word) == 1 for word in middle) and last in outlet_name_words())


def names_a_landform(name: str) -> bool:
    """"Gulf Coasts", "Aleutian Islands": no person's name ends in a landform word."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in landform_words()


def names_a_base(name: str) -> bool:
    """"Joint Base Lewis-McChord", "Cape Canaveral Air Force Station": a military base."""
    lowered = name.lower()
    return lowered.startswith(BASE_PREFIXES) or lowered.endswith(BASE_SUFFIXES)
