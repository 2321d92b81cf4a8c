"""How a place name is keyed in the gazetteer index, and the reviewed data tables in ``data/``.

Shared by the index builder and the lookups, so both key a name the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from importlib import resources

# Apostrophe-like letters drop out ("Bagʻlon", "Mazār-i Sharīf"); hyphens and slashes
# become spaces so "Mazar-e-Sharif" and "Mazar e Sharif" meet.
_DROPPED = re.compile(r"[.'\u2018\u2019\u02bb\u02bc\u02be\u02bf`]")
_SPACED = re.compile(r"[-\u2010-\u2015/,]")
_LATIN = re.compile(r"^[a-z0-9 &()]+$")


def without_accents(name: str) -> str:
    """"Kābul" -> "Kabul": the spelling English news uses (GeoNames' ASCII name does the same)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def name_key(name: str) -> str:
    """Key form of a place name: accents and periods dropped, casefolded, single-spaced.

    "U.S." and "U. S." both give "us"; a leading "the" is dropped ("the Hindu Kush").

    Args:
        name: a name as written.

    Returns:
        The key, or "" when the name has no Latin letters left (a name in another script).
    """
    text = _SPACED.sub(" ", _DROPPED.sub("", without_accents(name).casefold()))
    words = text.split()
    if words[:1] == ["the"] and len(words) > 1:
        words = words[1:]
    if len(words) > 1 and all(len(word) == 1 for word in words):
        words = ["".join(words)]  # "U. S." -> "us", like "U.S."
    key = " ".join(words)
    return key if _LATIN.match(key) else ""


def data_rows(name: str) -> Iterator[list[str]]:
    """The tab-separated rows of ``data/<name>.tsv``, comment lines skipped."""
    text = resources.files("etl.gazetteer").joinpath("data", f"{name}.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@cache
def us_states() -> dict[str, str]:
    """The ways US news writes a state in a lawmaker's party tag ("R-Fla.", "D-New York", "I-VT"):
    its name, its postal code and its Associated Press abbreviations, each -> the state's name."""
    import pycountry

    # Territories with a comma in their ISO name ("Virgin Islands, U.S.") are no tag's state as written.
    names = {subdivision.code: subdivision.name for subdivision in pycountry.subdivisions.get(country_code="US")
             if "," not in subdivision.name}
    forms = {name: name for name in names.values()}
    forms |= {code.removeprefix("US-"): name for code, name in names.items()}
    for code, abbreviation in data_rows("state_abbreviations"):
        # "(R-Fla)" drops the period as often as "(R-Fla.)" keeps it.
        forms |= {abbreviation: names[code], abbreviation.removesuffix("."): names[code]}
    # The geocoder's table leaves "La." out ("LA" is Los Angeles); after a party letter it can only be Louisiana.
    forms["La."] = names["US-LA"]
    return forms


@cache
def common_country_names() -> frozenset[str]:
    """Countries' everyday English names ISO writes otherwise ("Russia", "Burma", "Ivory Coast")."""
    return frozenset(name for _, name in data_rows("country_names"))


@cache
def demonyms() -> dict[str, str]:
    """Nationality words and their plurals ("Afghan", "Afghans", "Frenchmen") -> ISO country code."""
    words: dict[str, str] = {}
    for country, word in data_rows("demonyms"):
        forms = {word, f"{word}s"}
        if word.endswith("man"):
            forms = {word, f"{word[:-3]}men"}
        for form in forms:
            words[name_key(form)] = country
    return words
