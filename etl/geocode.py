"""Geocode stage: ``ResolvedArticle`` -> ``ResolvedArticle`` whose places carry a ``PlaceInfo``.

Each place entity is looked up in the offline gazetteer and the likeliest candidate kept,
judged by the type word the text gives ("Panjshir Valley" is a valley, "Baghlan province"
a province), the article's other places (Paris beside France, not Paris, Texas) and how
many people a place holds. A geocoded place is keyed by its gazetteer id, so the same real
place is one row across articles whatever the article calls it. Nationality words
("Afghan", "Tajiks") are not places: they are dropped as place mentions and only tell which
countries the article is about. A name the gazetteer does not know is kept as it was,
without coordinates. Pure: no spaCy, no database.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from etl.gazetteer import (
    ADMIN1_WORDS,
    ADMIN2_WORDS,
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_CITY,
    LEVEL_COUNTRY,
    Candidate,
    Gazetteer,
)
from etl.gazetteer import demonyms, name_key
from etl.records import Entity, LinkedClaim, LinkedMention, LinkedQuote, LinkedRole, ResolvedArticle

# ISO 3166-2 names dozens of regions just "West", "Central" or "North East" (Cameroon, Zambia,
# Botswana...), while English news means "the West" as a bloc: such a name is a place only
# where the article is about that country.
DIRECTION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                   "northeast", "northwest", "southeast", "southwest", "north east", "north west", "south east",
                   "south west", "middle"}

# A name written as an abbreviation ("U.S.", "N.Y.", "Fla.", "E.U.") stands for a country or a
# state, the places news abbreviates; never a town whose whole name is those letters (Eu in
# France, Fla in Norway), which the index keys alike once the periods are dropped.
ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,4}\.)+")
ABBREVIATED_LEVELS = {LEVEL_COUNTRY, LEVEL_ADMIN1}

# Score bonuses, in the unit of importance (log10 of population). Naming the subdivision a
# candidate lies in is near proof ("Paris" with "Texas"); sharing a country or lying near
# another place of the article is evidence, but weaker than Paris, France being 80 times
# bigger than Paris, Texas.
SUBDIVISION_BONUS = 4.0
COUNTRY_BONUS = 1.5
NEARBY_BONUS = 2.0
NEARBY_KM = 500.0
# News names countries far more often than same-named divisions ("Georgia" alone is the country).
COUNTRY_PRIOR = 1.0
EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True, slots=True)
class _Context:
    """What the article's other places say about where it is."""

    countries: frozenset[str] = frozenset()
    subdivisions: frozenset[str] = frozenset()
    points: tuple[tuple[float, float], ...] = ()


def geocode(resolved: ResolvedArticle, gazetteer: Gazetteer) -> ResolvedArticle:
    """Attach gazetteer records to the places of one article.

    Args:
        resolved: the resolved article.
        gazetteer: the offline gazetteer to look names up in.

    Returns:
        The article with each known place keyed by its gazetteer id and carrying its
        ``PlaceInfo`` (parents included); places that share a gazetteer id merged; nationality
        words removed from the places with their mentions; unknown places unchanged.
    """
    places = [entity for entity in resolved.entities if entity.kind == "place"]
    nationalities = {entity.key for entity in places if _is_nationality(entity)}
    candidates = {e.key: _typed_candidates(e, gazetteer) for e in places if e.key not in nationalities}
    directions = {e.key for e in places if name_key(e.name) in DIRECTION_WORDS}
    chosen = _choose_all(candidates, directions, _text_countries(resolved.article.text))
    new_keys: dict[str, str | None] = {key: None for key in nationalities}
    merged: dict[str, Entity] = {}
    for entity in resolved.entities:
        if entity.key in nationalities:
            continue
        candidate = chosen.get(entity.key)
        located = _located(entity, gazetteer, candidate) if candidate else entity
        new_keys[entity.key] = located.key
        merged[located.key] = _merge(merged[located.key], located) if located.key in merged else located
    return _with_nationality_roles(_rekeyed(resolved, tuple(merged.values()), new_keys), gazetteer)


def _with_nationality_roles(resolved: ResolvedArticle, gazetteer: Gazetteer) -> ResolvedArticle:
    """"German Chancellor X": a role of a nationality is a role of its country, which joins the
    article's entities (without a mention: the text names the people, not the place)."""
    entities = {entity.key: entity for entity in resolved.entities}
    roles = []
    for linked in resolved.roles:
        owner = linked.role.of
        code = demonyms().get(name_key(owner.text)) if owner is not None and linked.of_key is None else None
        country = _country(code, gazetteer) if code else None
        if country is not None:
            entities.setdefault(country.key, country)
            linked = replace(linked, of_key=country.key)
        roles.append(linked)
    return replace(resolved, entities=tuple(entities.values()), roles=tuple(roles))


def _country(code: str, gazetteer: Gazetteer) -> Entity | None:
    candidate = gazetteer.country(code)
    if candidate is None:
        return None
    info = gazetteer.place_info(candidate)
    return Entity(info.key, "place", info.name, place_type=info.place_type, place=info)


def _is_nationality(entity: Entity) -> bool:
    return all(name_key(name) in demonyms() for name in (entity.name, *entity.aliases))


def _text_countries(text: str) -> frozenset[str]:
    """Countries whose nationality word the article uses ("Afghan officials")."""
    return frozenset(demonyms()[key] for key in {name_key(w) for w in re.findall(r"\b[A-Z][a-z]+\b", text)}
                     if key in demonyms())


def _typed_candidates(entity: Entity, gazetteer: Gazetteer) -> list[Candidate]:
    """Candidates for any of the entity's names, of the type the text gives when it gives one."""
    for name in (entity.name, *entity.aliases):
        found = _candidates(gazetteer, name)
        if entity.place_type is not None:
            found = [c for c in found if _has_type(c, entity.place_type)] or [
                c for c in _candidates(gazetteer, name, alternates=True) if _has_type(c, entity.place_type)
            ]
        if found:
            return found
    return []


def _candidates(gazetteer: Gazetteer, name: str, *, alternates: bool = False) -> list[Candidate]:
    """The gazetteer's candidates for ``name``; for a name written as an abbreviation, only
    countries and states, by main or alternate name alike."""
    found = gazetteer.candidates(name, alternates=alternates)
    if ABBREVIATION.fullmatch(name):
        return [c for c in found if c.level in ABBREVIATED_LEVELS]
    return found


def _has_type(candidate: Candidate, place_type: str) -> bool:
    if candidate.place_type == place_type:
        return True
    return (place_type in ADMIN1_WORDS and candidate.level == LEVEL_ADMIN1) or (
        place_type in ADMIN2_WORDS and candidate.level == LEVEL_ADMIN2
    )


def _choose_all(
    candidates: dict[str, list[Candidate]], directions: set[str], text_countries: frozenset[str]
) -> dict[str, Candidate]:
    """Each place's best candidate, judged against the first guesses for the other places.

    A place named by a direction word only ("West") keeps only regions of the article's countries
    and places in the subdivisions it names: West, Texas only beside Texas.
    """
    first = {key: _best(found, _Context(text_countries)) for key, found in candidates.items() if found}
    chosen = {}
    for key, found in candidates.items():
        context = _context([candidate for other, candidate in first.items() if other != key], text_countries)
        if key in directions:
            found = [candidate for candidate in found if _in_named_area(candidate, context)]
        if found:
            chosen[key] = _best(found, context)
    return chosen



def _in_named_area(candidate: Candidate, context: _Context) -> bool:
    if candidate.subdivision is not None and candidate.subdivision in context.subdivisions:
        return True
    return candidate.level == LEVEL_ADMIN1 and candidate.country in context.countries


def _context(others: list[Candidate], text_countries: frozenset[str]) -> _Context:
    return _Context(
        countries=frozenset(c.country for c in others if c.country) | text_countries,
        # Only a subdivision the article names: Paris lying in Ile-de-France must not lift a
        # hamlet called "Us" there over the United States.
        subdivisions=frozenset(c.subdivision for c in others if c.level == LEVEL_ADMIN1 and c.subdivision),
        points=tuple((c.latitude, c.longitude) for c in others if c.latitude is not None),
    )


def _best(candidates: list[Candidate], context: _Context) -> Candidate:
    """The highest score; ties go to the broader level, then the key, so the choice is deterministic."""
    kept = _without_divisions_named_after_their_city(candidates)
    return max(kept, key=lambda c: (_score(c, context), -c.level, c.key))


def _without_divisions_named_after_their_city(candidates: list[Candidate]) -> list[Candidate]:
    """"Kabul" is the city, not Kabul province or district: a division that holds a
    same-named city is written "X province" when meant, and the type filter keeps it then."""
    cities = [c for c in candidates if c.level == LEVEL_CITY]

    def holds_city(division: Candidate) -> bool:
        if division.level == LEVEL_ADMIN1:
            return any(city.subdivision == division.subdivision for city in cities)
        return division.level == LEVEL_ADMIN2 and any(city.parent == division.pid for city in cities)

    return [c for c in candidates if not holds_city(c)] or candidates


def _score(candidate: Candidate, context: _Context) -> float:
    score = candidate.importance + (COUNTRY_PRIOR if candidate.level == LEVEL_COUNTRY else 0.0)
    if candidate.subdivision is not None and candidate.subdivision in context.subdivisions:
        score += SUBDIVISION_BONUS
    if candidate.country in context.countries:
        score += COUNTRY_BONUS
    if candidate.latitude is not None and any(
        _distance_km((candidate.latitude, candidate.longitude), point) <= NEARBY_KM for point in context.points
    ):
        score += NEARBY_BONUS
    return score


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def _located(entity: Entity, gazetteer: Gazetteer, candidate: Candidate) -> Entity:
    """The entity keyed and named by the gazetteer; the article's names become aliases."""
    info = gazetteer.place_info(candidate)
    names = {entity.name, *entity.aliases} - {info.name}
    return replace(entity, key=info.key, name=info.name, aliases=tuple(sorted(names)),
                   place_type=info.place_type, place=info)


def _merge(first: Entity, second: Entity) -> Entity:
    """"Britain" and "United Kingdom" named apart in one article are one place."""
    aliases = {*first.aliases, *second.aliases, second.name} - {first.name}
    return replace(first, aliases=tuple(sorted(aliases)))


def _rekeyed(resolved: ResolvedArticle, entities: tuple[Entity, ...], new_keys: dict[str, str | None]) -> ResolvedArticle:
    """The article with every link following its entity's new key; links to dropped entities go."""

    def follow(key: str | None) -> str | None:
        return new_keys.get(key, key) if key is not None else None

    return replace(
        resolved,
        entities=entities,
        mentions=tuple(LinkedMention(m.mention, follow(m.entity_key)) for m in resolved.mentions
                       if follow(m.entity_key) is not None),
        quotes=tuple(LinkedQuote(q.quote, follow(q.speaker_key)) for q in resolved.quotes),
        claims=tuple(LinkedClaim(c.claim, follow(c.claimant_key)) for c in resolved.claims),
        roles=tuple(LinkedRole(r.role, r.holder_key, follow(r.of_key)) for r in resolved.roles),
        authors=tuple(replace(author, entity_key=follow(author.entity_key)) for author in resolved.authors
                      if follow(author.entity_key) is not None),
    )
