import math
import uuid

import pytest

from sqlalchemy import func, select, text

import etl
from etl.clean import clean
from etl.db import models
from etl.extract import extract, parse_text
from etl.geocode import geocode
from etl.load.rows import RunContext, load_article, record_run_start
from etl.records import Article, Extraction, Mention, RawArticle, Region, ResolvedArticle
from etl.resolve import resolve


def _resolved(text: str, *places: str) -> ResolvedArticle:
    """``text`` with each of ``places`` (its first occurrence) tagged as a place, resolved."""
    key = uuid.uuid5(uuid.NAMESPACE_URL, text).hex * 2
    article = Article("t.txt", key, text, None, (), None, (), (Region("paragraph", 0, len(text)),))
    mentions = tuple(
        Mention("place", text.index(name), text.index(name) + len(name), name, "GPE") for name in places
    )
    return resolve(Extraction(article, mentions, (), ()))


def _places(resolved: ResolvedArticle) -> dict[str, object]:
    return {e.name: e.place for e in resolved.entities if e.kind == "place"}


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def test_geocode_paris_follows_the_other_places(gazetteer):
    in_france = _places(geocode(_resolved("Talks in Paris, France, ended.", "Paris", "France"), gazetteer))
    in_texas = _places(geocode(_resolved("A storm hit Paris, Texas, at noon.", "Paris", "Texas"), gazetteer))
    assert (in_france["Paris"].country, in_france["Paris"].subdivision) == ("FR", "FR-IDF")
    assert (in_texas["Paris"].country, in_texas["Paris"].subdivision) == ("US", "US-TX")
    assert in_texas["Paris"].parent is not None


def test_geocode_georgia_is_the_country_or_the_state_by_context(gazetteer):
    country = _places(geocode(_resolved("Protests in Georgia spread to Tbilisi.", "Georgia", "Tbilisi"), gazetteer))
    state = _places(geocode(_resolved("Voters in Georgia lined up in Atlanta.", "Georgia", "Atlanta"), gazetteer))
    alone = _places(geocode(_resolved("Georgia held elections.", "Georgia"), gazetteer))
    assert (country["Georgia"].place_type, country["Georgia"].country) == ("country", "GE")
    assert (state["Georgia"].place_type, state["Georgia"].subdivision) == ("state", "US-GA")
    assert alone["Georgia"].country == "GE"


def test_geocode_valley_and_province_sharing_a_name(gazetteer):
    text = "Fighters left the Panjshir Valley for Baghlan. Panjshir province is small."
    places = _places(geocode(_resolved(text, "Panjshir Valley", "Panjshir province"), gazetteer))
    valley, province = places["Panjshir Valley"], places["Panjshayr"]
    assert (valley.place_type, valley.country, valley.subdivision) == ("valley", "AF", "AF-PAN")
    assert (province.place_type, province.subdivision, province.parent.key) == ("province", "AF-PAN", "place:iso:AF")
    # Without a type word the name is the province, the broader and likelier meaning.
    bare = _places(geocode(_resolved("Resistance in Panjshir grew.", "Panjshir"), gazetteer))
    assert bare["Panjshayr"].key == "place:iso:AF-PAN"


def test_geocode_nationality_words_are_not_places(gazetteer):
    text = "Afghans fled Kabul; Tajiks in the north stayed."
    resolved = geocode(_resolved(text, "Afghans", "Kabul", "Tajiks"), gazetteer)
    assert set(_places(resolved)) == {"Kabul"}
    assert [m.mention.text for m in resolved.mentions] == ["Kabul"]


def test_geocode_unknown_place_is_kept_without_coordinates(gazetteer):
    resolved = geocode(_resolved("They met in Qzwxland district.", "Qzwxland district"), gazetteer)
    (entity,) = resolved.entities
    assert (entity.key, entity.name, entity.place_type, entity.place) == (
        "place:qzwxland", "Qzwxland", "district", None
    )
    assert resolved.mentions[0].entity_key == "place:qzwxland"


def test_geocode_direction_word_is_a_region_only_in_its_country(gazetteer):
    bloc = geocode(_resolved("The U.S. and Kabul look to the West.", "West", "U.S.", "Kabul"), gazetteer)
    region = geocode(_resolved("In Cameroon, the West region voted.", "Cameroon", "West region"), gazetteer)
    assert {e.key: e.place for e in bloc.entities}["place:west"] is None
    assert "place:iso:CM-OU" in {e.key for e in region.entities}


def test_geocode_seed_places_have_gold_type_country_and_points(gazetteer, gold):
    """The gold places of the seed, each named as the article names it (type word included)."""
    text = (
        "The Panjshir Valley, north of Kabul, and Andarab in Baghlan province resisted. Afghanistan, "
        "Pakistan and Tajikistan watched, as did Britain, London, Paris and the U.S.; the Hindu Kush loomed."
    )
    names = ["Panjshir Valley", "Kabul", "Andarab", "Baghlan province", "Afghanistan", "Pakistan", "Tajikistan",
             "Britain", "London", "Paris", "Hindu Kush", "U.S."]
    resolved = geocode(_resolved(text, *names), gazetteer)
    found = {e.name: e for e in resolved.entities}
    for place in gold["places"]:
        entity = next(e for e in found.values() if place["name"] in (e.name, *e.aliases)
                      or set(place.get("aliases", ())) & {e.name, *e.aliases})
        assert (entity.place_type, entity.place.country) == (place["type"], place["country"]), place["name"]
        assert entity.place.latitude is not None, place["name"]
    assert _km((found["Kabul"].place.latitude, found["Kabul"].place.longitude), (34.52813, 69.17233)) < 50
    assert found["Kabul"].place.gazetteer_id == "1138958"
    assert found["Panjshir Valley"].place.subdivision == "AF-PAN"
    assert found["Baghlan"].place.subdivision == "AF-BGL"
    assert found["Andarab"].place.parent.key == "place:iso:AF-BGL"


# Afghanistan lies between latitudes 29 and 39 N and longitudes 60 and 75 E
# (https://en.wikipedia.org/wiki/Geography_of_Afghanistan).
AFGHANISTAN_BOX = ((29.0, 39.0), (60.0, 75.0))


def test_geocode_countries_and_provinces_sit_inside_not_on_their_capital(gazetteer):
    """A map must tell Afghanistan from Kabul: a country's point is its label point, a
    province's its most central place, each inside the area."""
    text = "Afghanistan, Kabul, Britain, London and Baghlan province were named."
    found = {e.name: e.place for e in geocode(_resolved(text, "Afghanistan", "Kabul", "Britain", "London",
                                                                  "Baghlan province"), gazetteer).entities}
    afghanistan, kabul = (found["Afghanistan"].latitude, found["Afghanistan"].longitude), (found["Kabul"].latitude,
                                                                                          found["Kabul"].longitude)
    (south, north), (west, east) = AFGHANISTAN_BOX
    assert _km(afghanistan, kabul) > 50
    assert south <= afghanistan[0] <= north and west <= afghanistan[1] <= east
    united_kingdom = (found["United Kingdom"].latitude, found["United Kingdom"].longitude)
    assert _km(united_kingdom, (found["London"].latitude, found["London"].longitude)) > 50
    # Baghlan province's seat, Pul-e Khumri, is at its northern edge; its central place is not.
    baghlan = (found["Baghlan"].latitude, found["Baghlan"].longitude)
    assert _km(baghlan, (35.94458, 68.71512)) > 10


def test_geocode_a_stored_place_takes_the_gazetteers_point_again(connection, settings, seed_path):
    """A database loaded when Afghanistan sat on Kabul gets its label point back on the next load."""
    kabul = (34.52813, 69.17233)
    etl.run([seed_path], settings, connection=connection)
    connection.execute(text("UPDATE places SET latitude = :lat, longitude = :lon WHERE name = 'Afghanistan'"),
                       {"lat": kabul[0], "lon": kabul[1]})
    etl.run([seed_path], settings, connection=connection, force=True)
    point = connection.execute(text("SELECT latitude, longitude FROM places WHERE name = 'Afghanistan'")).one()
    assert _km(tuple(point), kabul) > 50


def test_geocode_same_place_in_two_articles_is_one_row(connection, gazetteer):
    context = RunContext(uuid.uuid4(), "test")
    record_run_start(connection, context, {})
    first = geocode(_resolved("Officials in Britain met in London.", "Britain", "London"), gazetteer)
    second = geocode(_resolved("The United Kingdom said no.", "United Kingdom"), gazetteer)
    load_article(connection, first, context)
    count = connection.scalar(select(func.count()).select_from(models.Place))
    load_article(connection, second, context)
    assert connection.scalar(select(func.count()).select_from(models.Place)) == count
    row = connection.execute(select(models.Place).where(models.Place.key == "place:iso:GB")).one()
    aliases = connection.scalars(select(models.PlaceAlias.alias).where(models.PlaceAlias.place_id == row.id))
    assert (row.name, row.gazetteer_id, set(aliases)) == ("United Kingdom", "2635167", {"Britain"})
    london = connection.execute(select(models.Place).where(models.Place.key == "place:geonames:2643743")).one()
    chain = []
    parent_id = london.parent_id
    while parent_id is not None:
        parent = connection.execute(select(models.Place).where(models.Place.id == parent_id)).one()
        chain.append(parent.key)
        parent_id = parent.parent_id
    assert chain[-1] == "place:iso:GB"


def test_geocode_a_role_of_a_nationality_is_a_role_of_its_country(gazetteer, nlp):
    article = clean(RawArticle("t.txt", "A Headline\n\nGerman Chancellor Anna Weber said the talks would go on.\n"))
    located = geocode(resolve(extract(article, nlp(parse_text(article)))), gazetteer)
    names = {e.key: e.name for e in located.entities}
    (role,) = located.roles
    assert (names[role.holder_key], role.role.role, names[role.of_key]) == ("Anna Weber", "chancellor", "Germany")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Press-release style: a registry opening to a continent's businesses.
        ("The registry opened to companies based in Asia on Monday.", "Asia"),
        # Wire style: a heat wave across a continent.
        ("Record heat spread across Europe as rivers ran low.", "Europe"),
        # Public-broadcaster style: a continent named beside a country.
        ("Exports from Kenya to Africa and beyond grew last year.", "Africa"),
        # Broadsheet style: a two-word continent.
        ("Sales in North America fell for a third quarter.", "North America"),
    ],
)
def test_geocode_a_continent_outweighs_a_town_of_its_name(gazetteer, text, name):
    place = _places(geocode(_resolved(text, name), gazetteer))[name]
    assert (place.place_type, place.country, place.latitude is not None) == ("continent", None, True)


@pytest.mark.parametrize(
    ("text", "places", "abbreviation", "state"),
    [
        # casualty release: a hometown
        ("Spc. Ana Reyes, 23, of Clearwater, Fla., died on Monday.", ("Clearwater", "Fla."), "Fla.", "US-FL"),
        # wire: a base and its state
        ("The brigade is based at Fort Drum, N.Y., and deploys in May.", ("Fort Drum", "N.Y."), "N.Y.", "US-NY"),
        # political desk: a city and its state, not Vase in Slovenia
        ("The senator spoke in Spokane, Wash., on Monday.", ("Spokane", "Wash."), "Wash.", "US-WA"),
    ],
)
def test_geocode_a_state_abbreviation_is_the_us_state(gazetteer, text, places, abbreviation, state):
    resolved = geocode(_resolved(text, *places), gazetteer)
    located = next(e.place for e in resolved.entities if e.kind == "place" and abbreviation in e.aliases + (e.name,))
    assert (located.place_type, located.country, located.subdivision) == ("state", "US", state)
    city = next(e.place for e in resolved.entities if e.kind == "place" and places[0] in e.aliases + (e.name,))
    assert (city.country, city.subdivision) == ("US", state)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # wire: the bloc, not Eu in Normandy
        ("Ministers met in Brussels as E.U. talks stalled.", "E.U."),
        # regional daily: a state abbreviation the index does not hold, not a town of its letters
        ("The ruling was appealed in Baton Rouge, La., on Friday.", "La."),
        # broadsheet: a saint's abbreviation alone
        ("Pilgrims walked from St. to the coast.", "St."),
    ],
)
def test_geocode_an_abbreviation_is_no_town_of_its_letters(gazetteer, text, place):
    resolved = geocode(_resolved(text, place), gazetteer)
    located = next(e.place for e in resolved.entities if e.kind == "place" and place in e.aliases + (e.name,))
    assert located is None or located.place_type in ("country", "state")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # wire: a type word after the abbreviation asks for a city, which Eu in Normandy is
        ("Talks were held in the E.U. city on Monday.", "E.U. city"),
        # regional daily: Vase in Slovenia is a city too
        ("Crews worked in the Wash. city overnight.", "Wash. city"),
        # broadsheet
        ("Pilgrims reached the St. city at dawn.", "St. city"),
    ],
)
def test_geocode_an_abbreviation_given_a_type_is_no_town_of_its_letters(gazetteer, text, place):
    resolved = geocode(_resolved(text, place), gazetteer)
    (located,) = (e.place for e in resolved.entities if e.kind == "place")
    assert located is None or located.place_type in ("country", "state")
