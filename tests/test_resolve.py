import pytest

from etl.clean import clean
from etl.extract import extract, parse_text
from etl.lexicon.names import family_name_first, kind_by_words, person_name, surname_key
from etl.records import Article, Extraction, Mention, RawArticle, Region
from etl.resolve import normalize, resolve, strip_titles


def _article(text: str) -> Article:
    return Article("t.txt", "0" * 64, text, None, (), None, (), (Region("paragraph", 0, len(text)),))


def _mention(text: str, whole: str, kind="person", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = whole.index(text, start + 1)
    return Mention(kind, start, start + len(text), text, "PERSON")


def test_resolve_merges_surnames_and_spelling_variants():
    text = "Ahmad Massoud spoke. Ahmed Massoud left. Massoud returned. Ahmad Shah Massoud was his father."
    mentions = (
        _mention("Ahmad Massoud", text),
        _mention("Ahmed Massoud", text),
        _mention("Massoud", text, nth=2),
        _mention("Ahmad Shah Massoud", text),
    )
    resolved = resolve(Extraction(_article(text), mentions, (), ()))
    persons = {e.name: set(e.aliases) for e in resolved.entities if e.kind == "person"}
    assert persons == {"Ahmad Massoud": {"Ahmed Massoud", "Massoud"}, "Ahmad Shah Massoud": set()}


def test_resolve_keys_are_deterministic_across_articles():
    text = "Kabul is large."
    first = resolve(Extraction(_article(text), (_mention("Kabul", text, "place"),), (), ()))
    second = resolve(Extraction(_article("In Kabul, rain."), (_mention("Kabul", "In Kabul, rain.", "place"),), (), ()))
    assert first.entities[0].key == second.entities[0].key == "place:kabul"


def test_resolve_strips_titles_and_possessives():
    assert strip_titles("President Ashraf Ghani") == "Ashraf Ghani"
    assert strip_titles("former Vice President Amrullah Saleh") == "Amrullah Saleh"
    assert normalize("Massoud's") == "massoud"


def test_resolve_place_type_from_the_word_after_the_name():
    text = "Fighting in Baghlan province spread."
    resolved = resolve(Extraction(_article(text), (_mention("Baghlan province", text, "place"),), (), ()))
    (place,) = resolved.entities
    assert (place.name, place.place_type) == ("Baghlan", "province")


def test_resolve_one_word_org_names_join_the_longer_name():
    text = "The National Resistance Front fought. The Front held. Talibs and the Taliban met."
    mentions = tuple(_mention(n, text, "organization") for n in ("National Resistance Front", "Front", "Talibs", "Taliban"))
    mentions = (mentions[0], _mention("Front", text, "organization", nth=1), mentions[2], mentions[3])
    resolved = resolve(Extraction(_article(text), mentions, (), ()))
    organizations = {e.name: set(e.aliases) for e in resolved.entities}
    assert organizations == {"National Resistance Front": {"Front"}, "Taliban": {"Talibs"}}


def _resolved(nlp, body: str):
    """The body, under a test headline, through clean, parse, extract and resolve."""
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    return resolve(extract(article, nlp(parse_text(article))))


def test_resolve_the_noun_of_an_organization_named_before_is_that_organization(nlp):
    body = (
        "The Northern Shipping Alliance, which represents the ports, made an offer on Monday. "
        '"We have made a fair offer," the alliance said in a statement.'
    )
    resolved = _resolved(nlp, body)
    names = {e.key: (e.name, e.kind) for e in resolved.entities}
    (quote,) = resolved.quotes
    assert names[quote.speaker_key] == ("Northern Shipping Alliance", "organization")
    assert not any(kind == "anonymous" for _, kind in names.values())


def _persons(text: str, names: list[tuple[str, int]]) -> dict[str, set[str]]:
    """Person name -> aliases, for mentions of ``names`` (each the nth occurrence in ``text``)."""
    mentions = tuple(_mention(name, text, nth=nth) for name, nth in names)
    resolved = resolve(Extraction(_article(text), mentions, (), ()))
    return {e.name: set(e.aliases) for e in resolved.entities if e.kind == "person"}


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # Wire style: the title comes first, the surname after.
        ("Sen. Maria Ortega voted no. Ortega said the bill was rushed.",
         [("Sen. Maria Ortega", 0), ("Ortega", 1)], {"Maria Ortega": {"Sen. Maria Ortega", "Ortega"}}),
        # Broadsheet style: honorific on every later mention.
        ("Gov. Paul Brenner signed the order. Mr. Brenner declined to comment.",
         [("Gov. Paul Brenner", 0), ("Mr. Brenner", 0)], {"Paul Brenner": {"Gov. Paul Brenner", "Mr. Brenner"}}),
        # Gulf press style: a royal title before the full name.
        ("Crown Prince Khalid al-Nasser met the envoy. Khalid al-Nasser later left.",
         [("Crown Prince Khalid al-Nasser", 0), ("Khalid al-Nasser", 1)],
         {"Khalid al-Nasser": {"Crown Prince Khalid al-Nasser"}}),
        # Transition coverage: "-elect" titles.
        ("President-elect Dana Whitfield spoke. Dana Whitfield thanked voters.",
         [("President-elect Dana Whitfield", 0), ("Dana Whitfield", 1)],
         {"Dana Whitfield": {"President-elect Dana Whitfield"}}),
        # Multi-word office before the name.
        ("Secretary of State Helen Marsh flew to Oslo. Rep. Tom Ilves met Marsh there.",
         [("Secretary of State Helen Marsh", 0), ("Rep. Tom Ilves", 0), ("Marsh", 1)],
         {"Helen Marsh": {"Secretary of State Helen Marsh", "Marsh"}, "Tom Ilves": {"Rep. Tom Ilves"}}),
    ],
)
def test_resolve_titles_are_not_part_of_names(text, names, expected):
    assert _persons(text, names) == expected


@pytest.mark.parametrize(
    ("text", "names", "key"),
    [
        ("Donald J. Trump spoke. Donald Trump left.", [("Donald J. Trump", 0), ("Donald Trump", 0)], "person:donald trump"),
        ("John F. Kennedy and John Kennedy", [("John F. Kennedy", 0), ("John Kennedy", 0)], "person:john kennedy"),
        ("George W Bush met George Bush", [("George W Bush", 0), ("George Bush", 0)], "person:george bush"),
    ],
)
def test_resolve_middle_initials_do_not_split_a_person(text, names, key):
    mentions = tuple(_mention(name, text, nth=nth) for name, nth in names)
    resolved = resolve(Extraction(_article(text), mentions, (), ()))
    assert {e.key for e in resolved.entities} == {key}


@pytest.mark.parametrize(
    ("text", "names", "expected_keys", "lone"),
    [
        # Both spouses named as often: "Clinton" alone could be either, so it stays apart.
        ("Bill Clinton and Hillary Clinton arrived. Clinton spoke first.",
         [("Bill Clinton", 0), ("Hillary Clinton", 0), ("Clinton", 2)],
         {"person:william clinton", "person:hillary clinton", "person:clinton"}, set()),
        # Only a surname: the archive may join it at load.
        ("Okafor told reporters the port would reopen.", [("Okafor", 0)], {"person:okafor"}, {"person:okafor"}),
        # A first name alone is the one full name it begins.
        ("Nathan Reyes fell. Nathan was found on Sunday.", [("Nathan Reyes", 0), ("Nathan", 1)],
         {"person:nathan reyes"}, set()),
    ],
)
def test_resolve_a_lone_name_joins_its_articles_one_full_name(text, names, expected_keys, lone):
    mentions = tuple(_mention(name, text, nth=nth) for name, nth in names)
    resolved = resolve(Extraction(_article(text), mentions, (), ()))
    assert {e.key for e in resolved.entities} == expected_keys
    assert {e.key for e in resolved.entities if e.lone_surname} == lone


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # Broadsheet: the governor is named in full, his wife by honorific and surname alone.
        ("Gov. Walter Brennick toured the flooded levee on Sunday. Mrs. Brennick stayed at the residence.",
         [("Gov. Walter Brennick", 0), ("Brennick", 1)], {"Walter Brennick": {"Gov. Walter Brennick"}, "Brennick": set()}),
        # Society column: a hostess named in full, her husband as "Mr." only.
        ("Margaret Tibbets chaired the hospital gala. Mr. Tibbets, a retired surgeon, greeted guests at the door.",
         [("Margaret Tibbets", 0), ("Tibbets", 1)], {"Margaret Tibbets": set(), "Tibbets": set()}),
        # Regional daily: a councilman's daughter speaks for the family.
        ("Ray Kendrick, a city councilman, lost his seat by nine votes. Ms. Kendrick, his daughter, blamed the new "
         "ward map.", [("Ray Kendrick", 0), ("Kendrick", 1)], {"Ray Kendrick": set(), "Kendrick": set()}),
    ],
)
def test_resolve_a_surname_whose_honorific_is_of_the_other_sex_is_not_the_full_name(text, names, expected):
    assert _persons(text, names) == expected


def _person_key(text: str, name: str) -> str:
    """The key of the one person ``name`` names in an article of ``text``."""
    resolved = resolve(Extraction(_article(text), (_mention(name, text),), (), ()))
    (person,) = (e for e in resolved.entities if e.kind == "person")
    return person.key


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A hyphen or a space between the parts of a name: wire, magazine and broadsheet spellings.
        (("Envoy Pak Sung-chol arrived.", "Pak Sung-chol"), ("Pak Sung Chol left.", "Pak Sung Chol")),
        (("Jean-Luc Marchetti spoke.", "Jean-Luc Marchetti"), ("Jean Luc Marchetti wrote.", "Jean Luc Marchetti")),
        (("Ada Lyle-Brennan voted.", "Ada Lyle-Brennan"), ("Ada Lyle Brennan voted.", "Ada Lyle Brennan")),
        # Accents typed or not: a regional paper and a wire service.
        (("Inés Barragán said so.", "Inés Barragán"), ("Ines Barragan said so.", "Ines Barragan")),
        (("Zoë Lefèvre sang.", "Zoë Lefèvre"), ("Zoe Lefevre sang.", "Zoe Lefevre")),
        (("Tomás Ibáñez ran.", "Tomás Ibáñez"), ("Tomas Ibanez ran.", "Tomas Ibanez")),
        (("Marek Kołacz ran.", "Marek Kołacz"), ("Marek Kolacz ran.", "Marek Kolacz")),
        (("Søs Lindholm ran.", "Søs Lindholm"), ("Sos Lindholm ran.", "Sos Lindholm")),
        (("Aylin Yıldız ran.", "Aylin Yıldız"), ("Aylin Yildiz ran.", "Aylin Yildiz")),
        (("Đinh Lan Chi ran.", "Đinh Lan Chi"), ("Dinh Lan Chi ran.", "Dinh Lan Chi")),
        # Curly or straight apostrophes: a magazine's typesetting and a web page's.
        (("Kieran O’Dowd won.", "Kieran O’Dowd"), ("Kieran O'Dowd won.", "Kieran O'Dowd")),
        (("Nell D’Amico ran.", "Nell D’Amico"), ("Nell D'Amico ran.", "Nell D'Amico")),
        (("Rory O‘Shea wept.", "Rory O‘Shea"), ("Rory O'Shea wept.", "Rory O'Shea")),
        # A generational suffix with or without its period and comma: broadsheet, tabloid, wire.
        (("Walter Prentiss Jr. spoke.", "Walter Prentiss Jr."), ("Walter Prentiss Jr spoke.", "Walter Prentiss Jr")),
        (("Hugh Fenner, Jr. sued.", "Hugh Fenner, Jr."), ("Hugh Fenner Jr. sued.", "Hugh Fenner Jr.")),
        (("Amos Kettle Sr. died.", "Amos Kettle Sr."), ("Amos Kettle Sr died.", "Amos Kettle Sr")),
        # Initials before the surname, dotted, spaced or run together: magazine, wire, tabloid.
        (("J.T. Harrow wrote.", "J.T. Harrow"), ("JT Harrow wrote.", "JT Harrow")),
        (("R. K. Menon wrote.", "R. K. Menon"), ("R.K. Menon wrote.", "R.K. Menon")),
        (("D.L. Quist ran.", "D.L. Quist"), ("D. L. Quist ran.", "D. L. Quist")),
        # Two middle initials, dotted together or spaced: broadsheet, wire, tabloid.
        (("Harlan T.J. Pruitt spoke.", "Harlan T.J. Pruitt"), ("Harlan T. J. Pruitt spoke.", "Harlan T. J. Pruitt")),
        (("Odile M. R. Vasseur won.", "Odile M. R. Vasseur"), ("Odile MR Vasseur won.", "Odile MR Vasseur")),
        (("Cyrus K.B. Olander ran.", "Cyrus K.B. Olander"), ("Cyrus K. B. Olander ran.", "Cyrus K. B. Olander")),
    ],
)
def test_resolve_one_person_has_one_key_however_the_name_is_typed(first, second):
    assert _person_key(*first) == _person_key(*second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A son is not his father, nor a man of initials the one of a first name.
        (("Walter Prentiss Jr. spoke.", "Walter Prentiss Jr."), ("Walter Prentiss spoke.", "Walter Prentiss")),
        (("Amos Kettle III won.", "Amos Kettle III"), ("Amos Kettle Jr. won.", "Amos Kettle Jr.")),
        (("J.T. Harrow wrote.", "J.T. Harrow"), ("Jon Harrow wrote.", "Jon Harrow")),
        # Two middle initials tell a father from his son of one middle initial.
        (("Harlan T. J. Pruitt spoke.", "Harlan T. J. Pruitt"), ("Harlan J. Pruitt spoke.", "Harlan J. Pruitt")),
        # A short first name is the formal one, but a suffix still tells a son from his father.
        (("Joe Pellham spoke.", "Joe Pellham"), ("Joseph Pellham Jr. spoke.", "Joseph Pellham Jr.")),
    ],
)
def test_resolve_a_suffix_or_initials_still_tell_people_apart(first, second):
    assert _person_key(*first) != _person_key(*second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A common short form of a first name and the formal one: wire, tabloid, broadsheet,
        # regional and magazine styles.
        (("Sen. Joe Marchetti voted no.", "Joe Marchetti"), ("Joseph A. Marchetti voted.", "Joseph A. Marchetti")),
        (("Big Bill Kowalczyk wins again.", "Bill Kowalczyk"), ("William Kowalczyk won.", "William Kowalczyk")),
        (("Bob Thistlewood, the mayor, spoke.", "Bob Thistlewood"),
         ("Mayor Robert Thistlewood spoke.", "Robert Thistlewood")),
        (("Coach Mike Derrane resigned.", "Mike Derrane"), ("Michael Derrane resigned.", "Michael Derrane")),
        (("Liz Ambrose-Tate wrote a memoir.", "Liz Ambrose-Tate"),
         ("Elizabeth Ambrose-Tate wrote.", "Elizabeth Ambrose-Tate")),
    ],
)
def test_resolve_a_short_first_name_is_the_formal_one(first, second):
    assert _person_key(*first) == _person_key(*second)


def test_resolve_a_short_first_name_joins_its_formal_name_in_the_article():
    text = "Joseph R. Carrow, the county treasurer, resigned. Joe Carrow said he was tired."
    assert _persons(text, [("Joseph R. Carrow", 0), ("Joe Carrow", 0)]) == {"Joseph R. Carrow": {"Joe Carrow"}}


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # Broadsheet: a double family name, later without the given name.
        ("Finance Minister Ricardo Salinas Ortega spoke. Salinas Ortega said rates would hold.",
         [("Ricardo Salinas Ortega", 0), ("Salinas Ortega", 1)], {"Ricardo Salinas Ortega": {"Salinas Ortega"}}),
        # Wire: a surname with a particle, capitalized where it opens the sentence.
        ("Mayor Lotte van der Hoek cut taxes. Van der Hoek said the city could afford it.",
         [("Lotte van der Hoek", 0), ("Van der Hoek", 0)], {"Lotte van der Hoek": {"Van der Hoek"}}),
        # Magazine: a name with no family name, shortened to its last two words.
        ("Opposition leader Thura Min Aye returned home. Min Aye told supporters to stay calm.",
         [("Thura Min Aye", 0), ("Min Aye", 1)], {"Thura Min Aye": {"Min Aye"}}),
        # Tabloid: a word NER took into a name before a first name makes no fuller name.
        ("Frankly Paula Greer won. Paula Greer thanked fans.",
         [("Frankly Paula Greer", 0), ("Paula Greer", 1)], {"Frankly Paula Greer": set(), "Paula Greer": set()}),
        # A first name given to both sexes opens a name of its own, no middle name of a longer
        # one: broadsheet, wire and regional styles.
        ("Councillor Mary Jordan Pike chaired the meeting. Jordan Pike, her nephew, spoke against the plan.",
         [("Mary Jordan Pike", 0), ("Jordan Pike", 1)], {"Mary Jordan Pike": set(), "Jordan Pike": set()}),
        ("Judge Ruth Casey Varga ruled on Tuesday. Casey Varga, a defence barrister, vowed to appeal.",
         [("Ruth Casey Varga", 0), ("Casey Varga", 1)], {"Ruth Casey Varga": set(), "Casey Varga": set()}),
        ("Farmer Ellen Kelly Brook won the prize for her ewes; Kelly Brook of Upton came second.",
         [("Ellen Kelly Brook", 0), ("Kelly Brook", 1)], {"Ellen Kelly Brook": set(), "Kelly Brook": set()}),
        # Two longer names end the same way: which one is meant is not clear.
        ("Rosa Pardo Vidal and Luis Pardo Vidal met. Pardo Vidal spoke.",
         [("Rosa Pardo Vidal", 0), ("Luis Pardo Vidal", 0), ("Pardo Vidal", 2)],
         {"Rosa Pardo Vidal": set(), "Luis Pardo Vidal": set(), "Pardo Vidal": set()}),
    ],
)
def test_resolve_a_shorter_name_is_the_one_longer_name_it_ends(text, names, expected):
    assert _persons(text, names) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # Wire: a leader written family name first, a staff reporter sharing the family name.
        ("Premier Choi Min-seo spoke. Choi Min-seo left. Choi said talks would resume. Dana Choi reported.",
         [("Choi Min-seo", 0), ("Choi Min-seo", 1), ("Choi", 2), ("Dana Choi", 0)],
         {"Choi Min-seo": {"Choi"}, "Dana Choi": set()}),
        # Broadsheet: three words, no hyphen.
        ("Minister Tran Van Hoa arrived. Tran Van Hoa met envoys. Tran called it a start. Linh Tran took notes.",
         [("Tran Van Hoa", 0), ("Tran Van Hoa", 1), ("Tran", 2), ("Linh Tran", 0)],
         {"Tran Van Hoa": {"Tran"}, "Linh Tran": set()}),
        # Regional paper: a visiting scholar, an exchange student sharing the family name.
        ("Professor Seo Ji Hun lectured. Seo Ji Hun took questions. Seo said funding was short. Mina Seo helped.",
         [("Seo Ji Hun", 0), ("Seo Ji Hun", 1), ("Seo", 2), ("Mina Seo", 0)],
         {"Seo Ji Hun": {"Seo"}, "Mina Seo": set()}),
        # Regional paper: NER's three-word name the surname begins is no name written family name first.
        ("Grace Oduya spoke. The Oduya Relief Fund paid. Oduya said more was needed.",
         [("Grace Oduya", 0), ("Oduya Relief Fund", 0), ("Oduya", 2)],
         {"Grace Oduya": {"Oduya"}, "Oduya Relief Fund": set()}),
        # A two-word name the word begins is no family name written first: "Lane" is Ruth Lane.
        ("Lane Tobin spoke. Lane Tobin left. Lane Tobin won. Ruth Lane said Lane was wrong.",
         [("Lane Tobin", 0), ("Lane Tobin", 1), ("Lane Tobin", 2), ("Ruth Lane", 0), ("Lane", 4)],
         {"Lane Tobin": set(), "Ruth Lane": {"Lane"}}),
    ],
)
def test_resolve_a_family_name_written_first_is_the_person_named_most(text, names, expected):
    assert _persons(text, names) == expected


@pytest.mark.parametrize(
    ("name", "family_name"),
    [
        # Written family name first, hyphenated or not (wire, broadsheet, magazine): the archive
        # looks a lone "Pak" up by the first word.
        ("Pak Sung-chol", "pak"),
        ("Minister Tran Van Hoa", "tran"),
        ("Seo Ji Hun", "seo"),
        # A hyphenated first name is no family name (tabloid, regional, broadsheet).
        ("Jo-Ellen Brandt", "brandt"),
        ("Lou-Anne Petrakis", "petrakis"),
        ("Jean-Luc Marchetti", "marchetti"),
        # Nor a first name of one sex before two short words: "Grace Ann Wu" is a Wu; nor a name
        # whose last word is a first name, written given name first: "Ji Hoon Lee" is a Lee.
        ("Grace Ann Wu", "wu"),
        ("Ji Hoon Lee", "lee"),
        # Nor a Western name of the same shape: a particle or a double-barrelled surname after a
        # first name the lists lack (film pages, business wire, regional).
        ("Gus Van Sant", "sant"),
        ("Ravi Shah-Das", "shah das"),
        ("Jan de Wit", "wit"),
        # The family name of a Vietnamese name, longer than a Korean syllable (wire).
        ("Nguyen Van Hai", "nguyen"),
    ],
)
def test_surname_key_is_the_family_name_wherever_it_is_written(name, family_name):
    assert surname_key(name) == family_name


@pytest.mark.parametrize(
    ("name", "written_family_name_first"),
    [
        # A given name of two syllables after the family name: wire, broadsheet, magazine.
        ("Moon Hae-jin", True),
        ("Pak Sung Chol", True),
        ("Choi Min-seo", True),
        # A hyphenated first name before the surname: tabloid, regional, broadsheet.
        ("Mary-Beth Roy", False),
        ("Jo-Ellen Kent", False),
        ("Lou-Anne Pratt", False),
    ],
)
def test_a_hyphen_in_the_first_word_is_no_given_name_after_a_family_name(name, written_family_name_first):
    assert family_name_first(name) is written_family_name_first


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Fox News", "organization"),
        ("Associated Press", "organization"),
        ("Evening Gazette", "organization"),
        ("Pennsylvania Avenue", "place"),
        ("Harbor Tower", "place"),
        ("Elm Street", "place"),
        ("Maria Lopez", None),
    ],
)
def test_kind_by_words_outlets_and_streets_are_never_persons(name, kind):
    assert kind_by_words(name) == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # A first name (and a middle name or initial, or a title) before a surname that is an
        # outlet word: a person, as a wire, a tabloid and a regional paper name them.
        ("Tom Daily", None),
        ("Dr. Hazel Post", None),
        ("Mary Ann Press", None),
        ("Walter T. Herald", None),
        # Another word before the outlet word, or no first name first: the outlet.
        ("Austin Daily News", "organization"),
        ("Grace Valley Tribune", "organization"),
        ("The Daily Lantern", "organization"),
        ("Ridgeway Post", "organization"),
    ],
)
def test_kind_by_words_a_first_name_and_an_outlet_surname_are_a_person(name, kind):
    assert kind_by_words(name) == kind


@pytest.mark.parametrize(
    "authors",
    [
        # A page's metadata naming its writer: a regional paper, a magazine, a tabloid.
        ("Tom Daily",),
        ("Hazel Post", "Coastline Wire Service"),
        ("Nora Jean Press",),
    ],
)
def test_resolve_an_author_with_an_outlet_surname_stays_an_author(authors):
    text = "The council met on Tuesday."
    article = Article("t.txt", "0" * 64, text, None, authors, None, (), (Region("paragraph", 0, len(text)),))
    resolved = resolve(Extraction(article, (), (), ()))
    names = {e.key: e.name for e in resolved.entities}
    assert [names[author.entity_key] for author in resolved.authors] == [authors[0]]


def _entity_key(text: str, name: str, kind: str) -> str:
    """The key of the one entity of ``kind`` that ``name`` names in an article of ``text``."""
    resolved = resolve(Extraction(_article(text), (_mention(name, text, kind),), (), ()))
    (entity,) = (e for e in resolved.entities if e.kind == kind)
    return entity.key


@pytest.mark.parametrize(
    ("kind", "first", "second"),
    [
        # Curly or straight apostrophes inside the name: a wire's feed and a web page's copy.
        ("organization", ("St. Brigid’s Infirmary reopened.", "St. Brigid’s Infirmary"),
         ("St. Brigid's Infirmary reopened.", "St. Brigid's Infirmary")),
        ("organization", ("Fennimore’s Bakeries hired 40.", "Fennimore’s Bakeries"),
         ("Fennimore's Bakeries hired 40.", "Fennimore's Bakeries")),
        ("place", ("Flood water reached Kettering’s Ford.", "Kettering’s Ford"),
         ("Flood water reached Kettering's Ford.", "Kettering's Ford")),
        # A hyphen or a space between the parts: a regional paper and a broadsheet.
        ("organization", ("The Tri-Valley Growers Union voted.", "Tri-Valley Growers Union"),
         ("The Tri Valley Growers Union voted.", "Tri Valley Growers Union")),
        ("place", ("Buses reach Ashby-Colworth now.", "Ashby-Colworth"),
         ("Buses reach Ashby Colworth now.", "Ashby Colworth")),
        # Accents typed or not: a magazine and a tabloid.
        ("organization", ("Maison Lévêque sold out.", "Maison Lévêque"),
         ("Maison Leveque sold out.", "Maison Leveque")),
        ("place", ("Tourists crowd Sant Pèire d’Olms.", "Sant Pèire d’Olms"),
         ("Tourists crowd Sant Peire d'Olms.", "Sant Peire d'Olms")),
    ],
)
def test_resolve_one_organization_or_place_has_one_key_however_the_name_is_typed(kind, first, second):
    assert _entity_key(*first, kind) == _entity_key(*second, kind)


def test_resolve_an_organization_typed_two_ways_keeps_the_name_first_written():
    text = "Fennimore’s Bakeries hired 40. Later, Fennimore's Bakeries hired more."
    names = ("Fennimore’s Bakeries", "Fennimore's Bakeries")
    mentions = tuple(_mention(name, text, "organization") for name in names)
    (organization,) = resolve(Extraction(_article(text), mentions, (), ())).entities
    assert (organization.name, organization.aliases) == ("Fennimore’s Bakeries", ("Fennimore's Bakeries",))


def _linked_names(nlp, body: str, keys_of) -> list[str | None]:
    """The names of the entities ``keys_of`` picks from the resolved body, in its order."""
    resolved = _resolved(nlp, body)
    names = {e.key: e.name for e in resolved.entities}
    return [names.get(key) for key in keys_of(resolved)]


def _quote_speakers(nlp, body: str) -> list[str | None]:
    return _linked_names(nlp, body, lambda resolved: [q.speaker_key for q in resolved.quotes])


def _claimants(nlp, body: str) -> list[str | None]:
    return _linked_names(nlp, body, lambda resolved: [c.claimant_key for c in resolved.claims])


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # Public broadcaster: a reported claim, then the quote that goes on with it.
        ("Peter Hall, an analyst at the institute, said the talks had stalled.\n\n"
         "\u201cNobody expected the northern delegation to walk out so early in the week.\u201d", ["Peter Hall"]),
        # Wire: a pronoun's claim carries its antecedent to the next paragraph's quote.
        ("Anna Berg spoke in Leeds on Monday. She also warned that prices would keep rising.\n\n"
         "\u201cFamilies will feel this in their weekly shopping bills long before spring.\u201d", ["Anna Berg"]),
        # Broadsheet: an organization's claim.
        ("The ministry said the bridge would stay closed until the inspection was finished.\n\n"
         "\u201cSafety comes first and the engineers need at least another fortnight of work.\u201d", ["The ministry"]),
    ],
)
def test_resolve_quote_without_a_cue_goes_on_with_the_previous_claim(nlp, body, speakers):
    assert _quote_speakers(nlp, body) == speakers


@pytest.mark.parametrize(
    "body",
    [
        # Wire poll story: a poll's finding, then a voter's words with no tag.
        "A new poll shows Ruiz ahead by six points among farmers.\n\n"
        "\u201cWe are not taking a single vote in this county for granted.\u201d",
        # Business page: what the filings show, then an unattributed quote.
        "Quarterly filings show the bakery chain lost money in every region.\n\n"
        "\u201cBread is the one thing people never stop buying.\u201d",
        # Regional daily: a study's result, then a resident's remark.
        "A state study found that the river had warmed by two degrees since 1990.\n\n"
        "\u201cThe trout are gone from the upper pools.\u201d",
    ],
)
def test_resolve_quote_without_a_cue_does_not_go_on_with_what_a_record_shows(nlp, body):
    assert _quote_speakers(nlp, body) == [None]


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # Wire: the polls speak between the mayor and her quote.
        ("Mary Ellison toured the flooded streets on Tuesday, while exit polls suggested that voters were angry."
         "\n\n\u201cWe will rebuild every home on this street,\u201d she said.", ["Mary Ellison"]),
        # Local paper: a paragraph of what some marchers said.
        ("Rafael Moreno marched at the front of the crowd on Saturday.\n\n"
         "Some participants said the new law would split families apart.\n\n"
         "\u201cWe are not going anywhere,\u201d he said.", ["Rafael Moreno"]),
        # Broadsheet: lawmakers' criticism between the senator and her answer.
        ("Senator Ruth Calloway spoke for an hour in Topeka.\n\n"
         "Several lawmakers said her plan would cost too much.\n\n"
         "\u201cThe numbers speak for themselves,\u201d she said.", ["Ruth Calloway"]),
        # Local paper: a group named in the singular.
        ("Mayor Tom Reyes spoke for an hour, and the audience said the plan was too expensive.\n\n"
         "\u201cWe can pay for it without a new tax,\u201d he said.", ["Tom Reyes"]),
        # Tabloid: a paragraph of what the crowd chanted.
        ("Pastor Ruth Ames led the march downtown.\n\nThe crowd chanted that the factory must stay open.\n\n"
         "\u201cThis town was built by those workers,\u201d she said.", ["Ruth Ames"]),
        # Sports desk: "both" speaks for two people.
        ("Coach Dale Price met both captains before the game, and both said the referee had been unfair.\n\n"
         "\u201cI told them to keep their heads,\u201d he said.", ["Dale Price"]),
    ],
)
def test_resolve_he_or_she_is_never_a_group(nlp, body, speakers):
    assert _quote_speakers(nlp, body) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # Wire: whom a father spoke of to his son is not who speaks next.
        ("Daniel Munro drove his son to the old stadium on Saturday to show him where Peter Olsen had played.\n\n"
         "He said: \u201cHe was a fighter, and I want my boy to know that.\u201d", ["Daniel Munro"]),
        # Broadsheet: the one a voter wonders about.
        ("Greta Lind wondered aloud on Tuesday whether Anna Berg would run again.\n\n"
         "\u201cWe need someone who listens to the farmers,\u201d she said.", ["Greta Lind"]),
        # Local paper: a relative clause's subject.
        ("Tom Reyes stood outside the plant where Mark Dunn had worked for thirty years.\n\n"
         "\u201cThey closed it without a word to anyone,\u201d he said.", ["Tom Reyes"]),
    ],
)
def test_resolve_pronoun_prefers_the_main_clause_subject_to_an_embedded_one(nlp, body, speakers):
    assert _quote_speakers(nlp, body) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # Sports desk: an order after a colon, which the parser hangs on the quote.
        ('"We lost," Peter Hall said. Coach Dale Price gave his players a simple order before the match: '
         '"Keep the ball and wait for your chance."', ["Peter Hall", "Dale Price"]),
        # Local paper.
        ('"We lost," Peter Hall said. Mayor Linda Carver, a Democrat, had a warning for the developers on '
         'Tuesday: "It\'s time to stop blaming the voters who turned you down."', ["Peter Hall", "Linda Carver"]),
        # Wire, a new paragraph before the colon's sentence.
        ('"The bill is dead," Peter Hall said.\n\nMaria Lopez, the club captain, gave the fans a promise after '
         'the defeat: "It\'s over, and we will not pay for the stadium."', ["Peter Hall", "Maria Lopez"]),
    ],
)
def test_resolve_quote_after_a_colon_is_the_subject_of_the_words_before_it(nlp, body, speakers):
    assert _quote_speakers(nlp, body) == speakers


@pytest.mark.parametrize(
    ("body", "claimants"),
    [
        # Broadsheet style, a couple called by honorific and surname alike.
        ("Mr. Calloway spoke in Denver on Monday, and Mrs. Calloway spoke in Reno.\n\nSenator Dale Price would "
         "raise taxes on the banks; Mrs. Calloway would leave them alone. He says the banks can pay.", ["Dale Price"]),
        ("Mr. Okafor toured the docks, while Mrs. Okafor met the nurses.\n\nGovernor Tom Reyes backed the strike, "
         "and Mrs. Okafor opposed it. He argued that the workers deserved more.", ["Tom Reyes"]),
        ("Mrs. Lind visited the farm, and Mr. Lind stayed in the city.\n\nAnna Berg voted for the plan; Mr. Lind "
         "voted against it. She said the farmers needed the money.", ["Anna Berg"]),
        # Television desk: with no subject before it, not the person named last either.
        ("The new advert has footage of Anna Berg on a stage with Mr. Calloway, in which she says the plant will "
         "stay open.\n\nMrs. Calloway did not appear in it.", ["Anna Berg"]),
    ],
)
def test_resolve_pronoun_is_not_a_mention_whose_honorific_says_otherwise(nlp, body, claimants):
    assert _pronoun_claimants(nlp, body) == claimants


@pytest.mark.parametrize(
    ("body", "claimants"),
    [
        # Television desk: a name inside a noun phrase.
        ("The new advert shows footage of a Tom Reyes rally, during which he says the plant will stay open.",
         ["Tom Reyes"]),
        # Opinion page: a name after "of".
        ("The speech echoed the words of Abraham Lincoln in 1865.\n\nHe said the wounds of the nation "
         "had to be bound up.", ["Abraham Lincoln"]),
        # Columnist: the one asked.
        ("Last week, when I asked Mayor Linda Carver about the strike, she said the city would not pay.",
         ["Linda Carver"]),
    ],
)
def test_resolve_pronoun_with_no_subject_before_it_is_the_person_named_last(nlp, body, claimants):
    assert _pronoun_claimants(nlp, body) == claimants


@pytest.mark.parametrize(
    ("body", "claimants"),
    [
        # Opinion page: the one the reader is pointed to, not the last paragraph's speaker.
        ("\u201cThe levy will pass,\u201d Mayor Tom Reyes said on Monday.\n\nThe rest of the council is less "
         "sure. Take Councilman Rafael Moreno, for one. He has argued that the levy is a tax on "
         "renters.", ["Rafael Moreno"]),
        # Wire: the one reached by phone, named in the pronoun's own sentence.
        ("\u201cWe are ready for the storm,\u201d Gov. Peter Hall told reporters.\n\nLater, when a reporter reached "
         "Sheriff Mark Dunn by phone, he said the coast road would stay closed.", ["Mark Dunn"]),
        # Tabloid: a name inside a noun phrase, a sentence before.
        ("\u201cI never saw the money,\u201d Tom Reyes insisted.\n\nFootage of Daniel Rich at the casino tells "
         "another story. In the clip, he boasts that he won the jackpot twice.", ["Daniel Rich"]),
        # Magazine: a possessive after a subject the pronoun cannot be.
        ("\u201cThe farm bill is a disaster,\u201d Senator Tom Reyes told the crowd.\n\nRuth Ames has been a loyal "
         "backer of Peter Olsen\u2019s campaign. On Monday he said her help had been worth every vote.",
         ["Peter Olsen"]),
        # Sports desk: an object.
        ("\u201cThe season is lost,\u201d coach Tom Reyes admitted.\n\nFans are pinning their hopes on striker "
         "Mark Dunn instead. After the match he said the team would bounce back.", ["Mark Dunn"]),
    ],
)
def test_resolve_pronoun_is_the_person_named_last_in_its_paragraph_before_an_earlier_speaker(nlp, body, claimants):
    assert _pronoun_claimants(nlp, body) == claimants


@pytest.mark.parametrize(
    ("body", "claimants"),
    [
        # Wire: two senators, titled together.
        ("Senators Dana Ruiz and Tom Hale toured the flooded plant on Monday. They said the levee has to be "
         "rebuilt before spring.", ["Dana Ruiz"]),
        # Broadsheet: two economists.
        ("Economists Kim Tanaka and Omar Farid have studied rent caps for years. They argue that caps push "
         "landlords to sell.", ["Kim Tanaka"]),
        # Science magazine: each with a title of their own.
        ("Dr. Ruth Ames and Dr. Peter Olsen spent a decade tracking the river's salmon. They predict the run "
         "will vanish within five years.", ["Ruth Ames"]),
        # Sports desk: a paragraph later.
        ("Mark Dunn and Paul Okafor met the owners on Sunday.\n\nAfterwards, they promised the club would "
         "not be sold.", ["Mark Dunn"]),
    ],
)
def test_resolve_they_is_the_first_of_persons_named_together(nlp, body, claimants):
    assert _pronoun_claimants(nlp, body) == claimants


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # Wire: whom the speaker talks about in the quotation.
        ("Mayor Tom Reyes spoke for an hour on Monday.\n\n\u201cPeter Olsen has never run a business,\u201d he said.",
         ["Tom Reyes"]),
        # Broadsheet, doubled quotation marks.
        ("Senator Ruth Ames toured the flooded valley on Sunday.\n\n''Anna Berg promised us new levees,'' she said.",
         ["Ruth Ames"]),
        # Sports desk.
        ("Coach Dale Price watched the replay twice.\n\n\"Mark Dunn was offside by a yard,\" he said.", ["Dale Price"]),
    ],
)
def test_resolve_pronoun_is_not_someone_named_in_its_quotation(nlp, body, speakers):
    assert _quote_speakers(nlp, body) == speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Local paper.
        ("Someone in the crowd yelled that the mayor was lying.", ("Someone in the crowd", "anonymous")),
        # Wire: the anonymous source of diplomatic reporting.
        ("Someone familiar with the talks said the deal was close.", ("Someone familiar with the talks", "anonymous")),
        # Tabloid.
        ("Somebody at the meeting told reporters the vote had been rigged.", ("Somebody at the meeting", "anonymous")),
    ],
)
def test_resolve_someone_described_is_an_anonymous_source(nlp, body, expected):
    resolved = _resolved(nlp, body)
    entities = {e.key: (e.name, e.kind) for e in resolved.entities}
    assert [entities.get(c.claimant_key) for c in resolved.claims] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # Wire: the second mention typed with a curly apostrophe.
        "The union's lawyers said the strike was legal. On Friday the union\u2019s lawyers said they would appeal.",
        # Regional farm page: a plural possessive, curly then straight.
        "The growers\u2019 representatives said the frost had ruined the crop. The growers' representatives asked "
        "for aid on Monday.",
        # Local paper: sentence case and apostrophe both differ.
        "The mayor\u2019s advisers said the budget was tight. Later the mayor's advisers told the council that cuts "
        "were coming.",
    ],
)
def test_resolve_a_source_described_with_either_apostrophe_is_one_source(nlp, body):
    resolved = _resolved(nlp, body)
    anonymous = {e.key for e in resolved.entities if e.kind == "anonymous"}
    assert len(anonymous) == 1
    assert {c.claimant_key for c in resolved.claims} == anonymous


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire: members of a union, a group with no name of its own.
        ("Union members said on Tuesday that the strike would go on. Their president said it could last a week.",
         ("Their president", "anonymous")),
        # Regional farm page.
        ("Dairy farmers in Hollis County warned that milk prices had collapsed. Their spokesman said many would "
         "sell their herds.", ("Their spokesman", "anonymous")),
        # Tabloid.
        ("Angry neighbours told the council the new road was a disaster. Their leader said they would sue.",
         ("Their leader", "anonymous")),
        # City daily: a described group with a place in it.
        ("Tenants at the Larkspur tower complained that the heat had been off for days. Their lawyer said the "
         "landlord ignored them.", ("Their lawyer", "anonymous")),
    ],
)
def test_resolve_their_noun_after_an_unnamed_group_keeps_the_words(nlp, body, expected):
    assert expected in _claimants_with_kinds(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Business desk: a company whose name ends in a plural.
        ("General Motors said sales fell in March. Its spokesman said prices would rise.",
         ("General Motors' spokesman", "anonymous")),
        # Broadsheet: the possessive typed with "'s" after a final "s".
        ("Senator Maria Reyes arrived late to the hearing. Reyes's aides said she had been ill.",
         ("Maria Reyes' aides", "anonymous")),
        # Tabloid: the apostrophe alone.
        ("Pop singer Lena Morales cancelled the tour on Friday. Morales' publicist said the star needed rest.",
         ("Lena Morales' publicist", "anonymous")),
        # Sports desk.
        ("Coach Dennis Willis was fired on Sunday. Willis's agent said the club had broken the contract.",
         ("Dennis Willis' agent", "anonymous")),
    ],
)
def test_resolve_a_name_ending_in_s_owns_with_the_apostrophe_alone(nlp, body, expected):
    assert expected in _claimants_with_kinds(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Business wire.
        ("Redline Motors and Pinecrest Foods both reported that sales had slowed.",
         ("Redline Motors and Pinecrest Foods", "anonymous")),
        # Broadsheet: a joint statement.
        ("Norvia Airlines and Calder Bank said in a joint statement that the merger was off.",
         ("Norvia Airlines and Calder Bank", "anonymous")),
        # Regional daily: the second with an article.
        ("Brightwater Dairies and the Hollis Growers Cooperative warned that milk prices would climb.",
         ("Brightwater Dairies and the Hollis Growers Cooperative", "anonymous")),
    ],
)
def test_resolve_coordinated_organizations_speak_as_written(nlp, body, expected):
    assert _claimants_with_kinds(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Business wire.
        ("Redline Motors said on Monday that it would cut 300 jobs.", ("Redline Motors", "organization")),
        # Consumer page.
        ("Pinecrest Foods announced that it had recalled its frozen pies.", ("Pinecrest Foods", "organization")),
        # Magazine: a carmaker's old name.
        ("General Motors said sales fell in March.", ("General Motors", "organization")),
    ],
)
def test_resolve_a_company_named_with_a_plural_word_is_the_company(nlp, body, expected):
    assert _claimants_with_kinds(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Business wire: a firm named for its two founders is one organization, not two together.
        ("Harlow & Finch said it would cut 200 jobs.", ("Harlow & Finch", "organization")),
        # Trade paper.
        ("Tillman & Voss Inc. said profits had doubled.", ("Tillman & Voss Inc.", "organization")),
        # Local shopping page.
        ("Brennan & Sons said the shop would close.", ("Brennan & Sons", "organization")),
    ],
)
def test_resolve_a_company_named_with_a_coordination_is_the_company(nlp, body, expected):
    assert _claimants_with_kinds(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire: who was asked is not who asked.
        ("Senator Ana Ruiz was asked on Monday whether the bill would pass the Senate.", [None]),
        # Broadsheet: who is accused is not the accuser.
        ("Mayor Paul Brenner is accused of hiding the audit from the city council.", [None]),
        # Local paper: a rumour with no named source.
        ("Coach Dale Price is said to be angry at the referees after the game.", [None]),
        # Talk show: the agent asks.
        ("Senator Ana Ruiz was asked by host Dan Ortiz whether the bill would pass.", ["Dan Ortiz"]),
        # Wire: nor does such a claim go on with the previous speaker's words, as a quote would.
        ('"We lost the vote," Peter Hall said. Mayor Paul Brenner is accused of hiding the audit from the council.',
         [None]),
        ('"We lost the vote," Peter Hall told reporters.\n\nMayor Paul Brenner was asked on Monday whether the '
         'audit would be published.', [None]),
        # Political site: "who's" is "who has", no passive.
        ("Senator Ana Ruiz, who's called for a recount, spoke on Monday.", ["Ana Ruiz"]),
    ],
)
def test_resolve_a_passive_report_without_its_agent_has_no_claimant(nlp, body, expected):
    assert _claimants(nlp, body) == expected


def _pronoun_claimants(nlp, body: str) -> list[str | None]:
    """The claimants of the claims whose source is a pronoun, in text order."""
    return _linked_names(nlp, body, lambda resolved: [
        c.claimant_key for c in resolved.claims if c.claim.source is not None and c.claim.source.form == "pronoun"])


@pytest.mark.parametrize(
    ("body", "claimants"),
    [
        # Wire: a new subject after a quote's speaker, in the pronoun's own sentence.
        ('"We will build the bridge," Tom Reyes said. Peter Hall opposed the plan at first, but on Monday he '
         "said he would vote for it.", ["Peter Hall"]),
        # Broadsheet, doubled quotation marks.
        ("''The port is safe,'' Ruth Ames said. Joan Calloway toured the docks on Monday, but she warned that "
         "the cranes were too old.", ["Joan Calloway"]),
        # Local paper.
        ('"The vote was fair," Rafael Moreno said. Dale Price spent the week in Salem, and on Tuesday he argued '
         "that the count was wrong.", ["Dale Price"]),
        # Wire: someone the report is about is not who goes on speaking.
        ("Tom Reyes told reporters that Peter Hall was ready, and he added that the vote would come soon.",
         ["Tom Reyes"]),
    ],
)
def test_resolve_pronoun_is_the_subject_before_it_in_its_sentence(nlp, body, claimants):
    assert _pronoun_claimants(nlp, body) == claimants


@pytest.mark.parametrize(
    ("body", "claimants"),
    [
        # Broadsheet: NER misses the surname that opens the sentence.
        ("Ana Ruiz has singled out the 2009 vote of Tomas Brook for a levy. Brook initially defended "
         "his vote, but on Sunday night he announced he backed a plan to scrap the levy.", ["Tomas Brook"]),
        # Local paper: a surname that is also a word.
        ('"We have the votes," Susan Park said. The motion came from Daniel Rich. Rich initially praised the '
         "deal, and on Monday he said the vote would be close.", ["Daniel Rich"]),
        # Regional weekly.
        ('"The road stays open," Ruth Ames said. Critics include Mark Long, a farmer. Long initially supported '
         "the road, but now he says it cuts his land in half.", ["Mark Long"]),
    ],
)
def test_resolve_pronoun_finds_a_subject_named_by_surname_alone(nlp, body, claimants):
    assert _pronoun_claimants(nlp, body) == claimants


@pytest.mark.parametrize(
    ("body", "claimants"),
    [
        # Regional paper: NER tags the council member's surname as a town.
        ("Council member Ed Claymont voted against the parking levy on Monday. Mayor Tom Reyes signed it anyway. "
         "Claymont is 61 and has sat on the council since 2009. He said the fee would drive shoppers to the malls "
         "outside town.", ["Ed Claymont"]),
        # Statehouse wire: the same with a woman and another woman between.
        ("State Rep. Dana Ridgeway broke with her party over the school formula on Thursday. Gov. Laura Fenn "
         "signed the budget anyway. Ridgeway is 47 and heads the House schools panel. She said rural "
         "districts would lose teachers under the plan.", ["Dana Ridgeway"]),
        # Broadsheet: a runoff's candidate after a judge named as his neighbour.
        ("The runoff pits Mayor Ana Ruiz against Tom Rockland, a retired fire chief, while Judge Carl Mott stays "
         "neutral. Rockland is 66 and leads among older voters. On Sunday he argued that the city had neglected "
         "its fire stations.", ["Tom Rockland"]),
    ],
)
def test_resolve_pronoun_finds_a_surname_ner_tagged_as_a_place(nlp, body, claimants):
    assert _pronoun_claimants(nlp, body) == claimants


@pytest.mark.parametrize(
    ("body", "claimants"),
    [
        # Broadsheet: the plural subject of the clause before "but they".
        ("Union leaders doubt the new offer will hold, but they expect a vote "
         "before the summer.", ["Union leaders"]),
        # Regional paper.
        ("Local farmers lost money on the dam for years, and now they say the state must pay them back.",
         ["Local farmers"]),
        # Wire: a group named by a word of its own.
        ("The union's members voted to strike, but they said the talks could resume on Monday.",
         ["The union's members"]),
        # Wire: "they" is not a group inside what someone said.
        ("Republicans said the Democrats had lied, and they argued that the bill was dead.",
         ["Republicans", "Republicans"]),
    ],
)
def test_resolve_they_is_the_plural_subject_of_an_earlier_clause(nlp, body, claimants):
    resolved = _resolved(nlp, body)
    names = {e.key: e.name for e in resolved.entities}
    assert [names.get(c.claimant_key) for c in resolved.claims] == claimants


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # Court reporter: one juror.
        ("A member of the jury told reporters the verdict was hard.\n\n\u201cWe argued for days,\u201d she said.",
         ["A member of the jury"]),
        # Maritime desk: one of a crew.
        ("A member of the crew told reporters the ship was safe.\n\n\u201cWe checked every deck,\u201d he said.",
         ["A member of the crew"]),
        # Sports desk: one of a team.
        ("A member of the team said the coach had quit.\n\n\u201cNobody saw it coming,\u201d he said.",
         ["A member of the team"]),
    ],
)
def test_resolve_he_or_she_may_be_one_of_a_group(nlp, body, speakers):
    assert _quote_speakers(nlp, body) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # Wire: a title before the name, then the description with the same place.
        ("Florida Sen. Marco Rubio spoke in Miami on Tuesday.\n\n"
         "\u201cWe will keep fighting for every single delegate,\u201d the Florida senator said.", ["Marco Rubio"]),
        # Broadsheet: an appositive role, repeated as the source.
        ("Hillary Clinton, the former secretary of state, toured a factory in Ohio.\n\n"
         "\u201cThese jobs are coming back to this town,\u201d the former secretary of state said.",
         ["Hillary Clinton"]),
        # Public broadcaster: a plain title.
        ("Judge Richard Berman adjourned the hearing until Monday.\n\n"
         "\u201cThe court needs more time to read the evidence,\u201d the judge said.", ["Richard Berman"]),
        # Tabloid: a senator of another state is someone else.
        ("Vermont Sen. Bernie Sanders spoke in Burlington on Friday.\n\n"
         "\u201cThe polls mean nothing until the votes are counted,\u201d the Florida senator said.",
         ["the Florida senator"]),
    ],
)
def test_resolve_description_names_the_person_with_that_role(nlp, body, speakers):
    assert _quote_speakers(nlp, body) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # Broadsheet, honorifics throughout: "she" is not the "Mr." who spoke last.
        ("Ms. Lowe met Mr. Ruiz at the embassy on Monday, and Mr. Ruiz said the talks had gone well.\n\n"
         "\u201cWe still have a long way to go,\u201d she said.", ["Lowe"]),
        # Local paper: "Mrs." before the name.
        ("Mrs. Harlan spoke first. Then Mr. Dodd told the crowd that the mill would reopen in May.\n\n"
         "\u201cI never gave up on this town,\u201d she said.", ["Harlan"]),
        # Business daily: "he" is not the "Ms." who spoke last.
        ("Mr. Castillo arrived late to the hearing, where Ms. Brandt said the budget was short by $2 million.\n\n"
         "\u201cI want every cent accounted for,\u201d he said.", ["Castillo"]),
    ],
)
def test_resolve_he_or_she_is_never_a_person_the_article_calls_otherwise(nlp, body, speakers):
    assert _quote_speakers(nlp, body) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # Wire, no honorifics: a woman's first name.
        ("Anna Berg met Tom Reyes at the plant, and Tom Reyes said the deal was close.\n\n"
         "\u201cWe still have a long way to go,\u201d she said.", ["Anna Berg"]),
        # Tabloid: a man's first name, where a woman spoke last.
        ("Peter Hall arrived late to the hearing, where Maria Ortiz said the budget was short.\n\n"
         "\u201cI want every cent accounted for,\u201d he said.", ["Peter Hall"]),
        # Local paper: a described person's noun.
        ("Susan Park listened as a young man told the council that the bridge was unsafe.\n\n"
         "\u201cWe will fix it this summer,\u201d she said.", ["Susan Park"]),
    ],
)
def test_resolve_he_or_she_follows_a_first_name_or_a_noun_of_one_sex(nlp, body, speakers):
    assert _quote_speakers(nlp, body) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # Wire: a campaign is no "he".
        ("Tom Reyes toured the plant in Ames. The campaign said the tour would go on all week.\n\n"
         "\u201cWe are not going anywhere,\u201d he said.", ["Tom Reyes"]),
        # Local paper: nor a group "she".
        ("Maria Ortiz spoke at the rally in Tucson. A new group said the event drew 3,000 people.\n\n"
         "\u201cThis is only the start,\u201d she said.", ["Maria Ortiz"]),
        # Farm weekly: advocates "in" a community are many, whatever the last word.
        ("Peter Hall left the hearing early. Advocates in the farming community said the bill would hurt "
         "growers.\n\n\u201cI will read every page of it,\u201d he said.", ["Peter Hall"]),
        # Broadsheet: nor a state.
        ("Anna Berg flew to Denver on Monday. The state said the new rules would take effect in June.\n\n"
         "\u201cWe are ready for them,\u201d she said.", ["Anna Berg"]),
    ],
)
def test_resolve_he_or_she_is_one_person_not_a_body_or_a_group(nlp, body, speakers):
    assert _quote_speakers(nlp, body) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # Wire: a vice president is no president.
        ("Vice President Joe Biden spoke in Scranton. President Barack Obama stayed in Washington.\n\n"
         "\u201cWe will win this state,\u201d the vice president said.", ["Joe Biden"]),
        # Broadsheet: the sitting president, where a former one is named after him.
        ("President Barack Obama spoke in Ohio, and former President George W. Bush campaigned for his brother "
         "in South Carolina.\n\n\u201cThe economy is growing,\u201d the president said.", ["Barack Obama"]),
        # Public broadcaster: a deputy is not the secretary.
        ("Deputy Secretary Ann Lowe and Secretary Mark Ruiz met the delegation on Monday.\n\n"
         "\u201cThe talks went well,\u201d the deputy secretary said.", ["Ann Lowe"]),
    ],
)
def test_resolve_description_names_the_role_of_its_rank_and_time(nlp, body, speakers):
    assert _quote_speakers(nlp, body) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # Wire, AP style: the tag between commas, then the state and the title.
        ("Sen. Lena Okafor, R-Fla., toured a citrus farm on Monday.\n\n"
         "\u201cThese tariffs will hurt every grower in the state,\u201d the Florida senator said.", ["Lena Okafor"]),
        # Capital weekly: the tag in parentheses, then the state and the party.
        ("Rep. Dale Marsh (R-Utah) opened the hearing at 10 a.m.\n\n"
         "\u201cSubpoenas are not optional,\u201d the Utah Republican said.", ["Dale Marsh"]),
        # Opinion site: a state written in full and an independent.
        ("Sen. Colin Pratt (I-Maine) met the governor in Augusta.\n\n"
         "\u201cWe need the bridge before the winter,\u201d the Maine independent said.", ["Colin Pratt"]),
        # Broadsheet: two Californians, the Democrat told apart from the Republican.
        ("Rep. Nora Vance (D-Calif.) and Rep. Kurt Ames (R-Calif.) met on Tuesday.\n\n"
         "\u201cThe bill is dead,\u201d the California Democrat said.", ["Nora Vance"]),
        # Online outlet: a state of two words, its abbreviation in the tag.
        ("Sen. Ana Ruiz (D-N.Y.) toured the port in Buffalo.\n\n"
         "\u201cThe port will open in June,\u201d the New York senator said.", ["Ana Ruiz"]),
    ],
)
def test_resolve_description_names_the_lawmaker_of_that_party_and_state(nlp, body, speakers):
    assert _quote_speakers(nlp, body) == speakers


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Tabloid: a senator of another state is someone else.
        ("Sen. Colin Pratt (I-Vt.) spoke in Burlington on Friday.\n\n"
         "\u201cThe polls mean nothing until the votes are counted,\u201d the Ohio senator said.", "the Ohio senator"),
        # Wire: West Virginia is not Virginia, nor New Jersey New York.
        ("Sen. Ana Ruiz (D-W.Va.) toured a mine.\n\n\u201cIt will reopen,\u201d the Virginia senator said.",
         "the Virginia senator"),
        ("Sen. Ana Ruiz (D-N.J.) toured a port.\n\n\u201cIt will open,\u201d the New York senator said.",
         "the New York senator"),
        # Broadsheet: a state's two tagged senators, and the description is neither.
        ("Sen. Ana Ruiz (R-Fla.) spoke first. Sen. Tom Hale (D-Fla.) replied.\n\n"
         "\u201cWe disagree,\u201d the Florida senator said.", "the Florida senator"),
        # City desk: a district is no state.
        ("Rep. Ana Ruiz (D-Washington Heights) toured a park.\n\n"
         "\u201cIt will open,\u201d the Washington Democrat said.", "the Washington Democrat"),
    ],
)
def test_resolve_description_of_another_or_an_ambiguous_state_stays_apart(nlp, body, speaker):
    assert _quote_speakers(nlp, body) == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Local TV: a city's abbreviation written before the title is no state.
        ("LA Mayor Rita Moss toured a school.\n\n\u201cThe school will open,\u201d the LA mayor said.", "Rita Moss"),
        ("N.Y. Gov. Kay Holm toured a school.\n\n\u201cThe school will open,\u201d the N.Y. governor said.",
         "Kay Holm"),
        ("D.C. Mayor Ines Duarte toured a school.\n\n\u201cThe school will open,\u201d the D.C. mayor said.",
         "Ines Duarte"),
    ],
)
def test_resolve_description_names_the_place_written_before_a_title(nlp, body, speaker):
    assert _quote_speakers(nlp, body) == [speaker]



@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # Wire: a lieutenant colonel is "the colonel".
        ("Lieutenant Colonel Mark Jones led the unit on Monday.\n\n"
         "\u201cMy troops are ready,\u201d the colonel said.", ["Mark Jones"]),
        # Broadsheet: a lieutenant general is "the general".
        ("Lieutenant General Anna Price toured the base on Friday.\n\n"
         "\u201cThe war is not over,\u201d the general said.", ["Anna Price"]),
        # Navy paper: a lieutenant commander is "the commander".
        ("Lieutenant Commander Sara Diaz briefed reporters on the ship.\n\n"
         "\u201cWe are ready to sail,\u201d the commander said.", ["Sara Diaz"]),
        # Local paper: a lieutenant governor is still no governor.
        ("Lieutenant Governor Dan Patrick spoke on Monday.\n\n\u201cWe are ready,\u201d the governor said.",
         ["the governor"]),
    ],
)
def test_resolve_officers_are_called_by_their_ranks_last_word(nlp, body, speakers):
    assert _quote_speakers(nlp, body) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # Broadsheet: "Mr. Obama" before his wife's full name, which the surname links to her.
        ("Mr. Obama and his wife spoke on Sunday. Michelle Obama said she was proud.\n\n"
         "\u201cWe are ready,\u201d she said.", ["Michelle Obama"]),
        # Wire: the husband first, then her.
        ("Mr. Clinton campaigned in Iowa. Hillary Clinton spoke in Ohio.\n\n"
         "\u201cThe country is ready,\u201d she said.", ["Hillary Clinton"]),
        # Local paper: the wife first, then him.
        ("Mrs. Kelly sat in the front row. John Kelly told the crowd that the war was over.\n\n"
         "\u201cWe did our duty,\u201d he said.", ["John Kelly"]),
    ],
)
def test_resolve_an_honorific_before_the_full_name_may_be_a_relatives(nlp, body, speakers):
    assert _quote_speakers(nlp, body) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # Wire: the tagger takes "Trump" for an organization; he is the Donald Trump of the lede.
        ("Donald Trump won the primary in Arkansas, and Ted Cruz captured Texas. Speaking earlier in Florida, "
         "Trump insisted that the party was growing. \u201cWe are bringing in millions of new voters,\u201d he said.",
         ["Donald Trump"]),
        # Broadsheet: "Christie" alone, tagged an organization.
        ("Gov. Chris Christie of New Jersey visited a diner in Nashua. Hillary Clinton spoke in Concord that "
         "morning. Speaking to reporters, Christie insisted that he would stay in the race. "
         "\u201cI am not going anywhere,\u201d he said.", ["Chris Christie"]),
        # Tabloid: the same for "Fiorina" and "she".
        ("Carly Fiorina flew to Iowa on Sunday; Hillary Clinton stayed in New York. At a diner in Ames, Fiorina "
         "said the race was wide open. \u201cNobody has won a single vote yet,\u201d she said.", ["Carly Fiorina"]),
    ],
)
def test_resolve_a_surname_tagged_as_an_organization_is_the_person(nlp, body, speakers):
    assert _quote_speakers(nlp, body) == speakers


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # Press-release style: the squadron's acronym glossed once, then the plain name.
        ("Lt. Ann Cole joined Strike Fighter Squadron (VFA) 41 in May. Strike Fighter Squadron 41 flies jets.",
         "Strike Fighter Squadron 41"),
        # Broadsheet style: a helicopter squadron glossed in a list of units.
        ("Crews from Helicopter Sea Combat Squadron (HSC) 25 searched. Helicopter Sea Combat Squadron 25 found them.",
         "Helicopter Sea Combat Squadron 25"),
        # Wire style: a carrier air wing glossed and named again.
        ("Carrier Air Wing (CVW) 11 landed on Monday. Carrier Air Wing 11 left on Friday.", "Carrier Air Wing 11"),
    ],
)
def test_resolve_an_acronym_in_brackets_inside_a_name_is_not_part_of_it(nlp, body, name):
    resolved = _resolved(nlp, body)
    organizations = [e.name for e in resolved.entities if e.kind == "organization"]
    assert organizations == [name]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("TAPPER", "Tapper"),  # a cable transcript's label
        ("JAKE TAPPER", "Jake Tapper"),  # a full name as a label
        ("SEN. O'NEILL", "O'Neill"),  # a radio transcript, title and apostrophe
        ("Jake Tapper", "Jake Tapper"),
        ("LEE", "Lee"),  # a short surname as a label
    ],
)
def test_resolve_a_name_in_capitals_is_written_in_title_case(written, name):
    assert person_name(written) == name


@pytest.mark.parametrize("initialism", ["FDR", "JFK", "LBJ"])
def test_resolve_an_initialism_a_person_goes_by_stays_in_capitals(initialism):
    assert person_name(initialism) == initialism


def _claimants_with_kinds(nlp, body: str) -> list[tuple[str | None, str | None]]:
    resolved = _resolved(nlp, body)
    entities = {e.key: e for e in resolved.entities}
    found = [entities.get(c.claimant_key) for c in resolved.claims]
    found += [entities.get(q.speaker_key) for q in resolved.quotes]
    return [(e.name, e.kind) if e is not None else (None, None) for e in found]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire: a party's members, after a group whose name ends with theirs.
        ("The Log Cabin Republicans backed the bill on Monday. Republicans said the measure would fail.",
         ("Republicans", "anonymous")),
        # Broadsheet: a faith's members.
        ("Many Muslims say the ban is unfair.", ("Many Muslims", "anonymous")),
        # Regional daily: one member, unnamed.
        ('"We will fight on," a Democrat said after the vote.', ("a Democrat", "anonymous")),
        # Local paper: a state party's members.
        ("Iowa Republicans said the caucus count was fair.", ("Iowa Republicans", "anonymous")),
    ],
)
def test_resolve_a_group_or_its_member_is_anonymous_not_a_person(nlp, body, expected):
    assert expected in _claimants_with_kinds(nlp, body)


@pytest.mark.parametrize(
    ("body", "claimants"),
    [
        # Magazine: the group the sentence before is about.
        ("Young organizers in Dayton meet every week in a church basement. Almost to a man, they hope to run "
         "for the council.", ["Young organizers in Dayton"]),
        # Farm weekly.
        ("Dairy farmers in the valley have lost money for three years. Now they say the county must help.",
         ["Dairy farmers in the valley"]),
        # City daily.
        ("Hospital nurses across the city walked out twice this year. On Tuesday, they warned that a third "
         "strike was coming.", ["Hospital nurses"]),
        # Education desk, business page and health page: the subject after its verb ("are X").
        ("Leading the opposition are teachers and parents who are tired of the delays. They acknowledge "
         "that the district has little money.", ["teachers"]),
        ("Among the loudest critics of the plan are local landlords. They argue that rents would have to rise.",
         ["local landlords"]),
        ("In the front row were nurses from the county hospital. They said the ward had been short-staffed for "
         "months.", ["nurses from the county hospital"]),
        # Wire: one person before is no group, and a paragraph break ends the search.
        ("The mayor spoke on Monday. They said the plan would fail.", [None]),
        ("Parents at Lincoln Elementary packed the gym.\n\nThey argued that the cuts went too far.", [None]),
    ],
)
def test_resolve_they_is_the_plural_subject_of_the_sentence_before(nlp, body, claimants):
    assert _claimants(nlp, body) == claimants


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        # Wire.
        ("Last month, regulators fined the utility for negligence and Governor Ann Tate replaced the board, "
         "conceding that customers had been let down.", "Ann Tate"),
        # City daily.
        ("Over the past week, auditors charged the treasurer with fraud and Mayor Reyes fired his finance chief, "
         "acknowledging that residents had lost faith in the office.", "Reyes"),
        # Foreign desk.
        ("On Friday, protesters filled the square with banners and Minister Tomas Vidal left the city, "
         "insisting that the talks would resume.", "Tomas Vidal"),
    ],
)
def test_resolve_a_name_the_parser_joined_to_an_object_is_the_next_verbs_subject(nlp, body, claimant):
    assert _claimants(nlp, body) == [claimant]


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        # Wire: an auxiliary between the subject and its verb.
        ("Police cleared the square before dawn and protesters have vowed to return on Saturday.", "protesters"),
        # Racing page: a modal.
        ("Stewards disqualified the filly after the race and her owners will argue that the ruling was unfair.",
         "her owners"),
        # Tabloid sports: an adverb.
        ("The coach benched his starters and fans quickly complained that the game was thrown.", "fans"),
    ],
)
def test_resolve_a_noun_the_parser_joined_to_an_object_is_the_subject_of_the_verb_after_it(nlp, body, claimant):
    assert _claimants(nlp, body)[-1] == claimant


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Sports page.
        ('Coach Lena Marsh said the players suspected the playbook had leaked, adding, "We changed every signal '
         'that week."', "Lena Marsh"),
        # Wire, a hearing.
        ('The nurse told the panel the doctors understood the shortage was dangerous, saying, "Everyone on the '
         'ward talked about it."', "The nurse"),
        # Court report, a document that speaks.
        ('Okafor\'s memo states the engineers expected the dam to hold, noting, "No one planned for a second '
         'storm."', "Okafor's memo"),
    ],
)
def test_resolve_a_participle_closing_what_a_report_says_is_the_reporters(nlp, body, speaker):
    assert _quote_speakers(nlp, body) == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Campaign trail, a quote after a colon.
        ('The Boise candidate emailed donors declaring: "The recount is ours to win."', "The Boise candidate"),
        # City daily.
        ("Okafor emailed reporters explaining that he had been ill.", "Okafor"),
        # County weekly.
        ("The county emailed residents warning that the tap water was unsafe to drink.", "The county"),
    ],
)
def test_resolve_whom_a_message_was_sent_to_does_not_speak_in_it(nlp, body, speaker):
    speakers = _claimants(nlp, body) + _quote_speakers(nlp, body)
    assert speaker in speakers
    assert not {"supporters", "reporters", "residents"} & set(speakers)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Regional daily: a letter sent to them.
        ("Councilwoman Ivy Brandt sent a letter to residents saying the plant would close in May.",
         "Councilwoman Ivy Brandt"),
        # Local weekly: written to them.
        ("Coach Lin wrote to parents explaining that the game was moved.", "Lin"),
        # Political site: an email to them.
        ("The senator's office fired off an email to donors claiming the race was dead even.",
         "The senator's office"),
        # Sports tabloid: a notice to them, put out in a reply.
        ("The club answered with a notice to fans promising refunds for the cancelled match.", "The club"),
        # School newsletter: a letter to them one replies in.
        ("The principal replied in a letter to parents explaining that classes would resume Monday.",
         "The principal"),
        # Magazine: a letter to them the writer puts it in.
        ('As Harlan Pike put it in a letter to shareholders defending the sale, "We sold at the top."', "Harlan Pike"),
        # Press page: an editorial one replies in.
        ("The Daily Courier responded in an editorial arguing that the count was wrong.", "Daily Courier"),
        # Wire: a letter.
        ("Senator Okafor answered in a letter warning that the bill would fail.", "Okafor"),
        # Town weekly: a notice.
        ("The council answered in a notice saying that the pool would close.", "The council"),
        # Health desk: a group's letter.
        ("Hospital managers replied in a letter insisting that the ward was safe.", "Hospital managers"),
        # Sports desk: a statement, the readers named before it.
        ("The team responded to fans in a statement explaining that the match would be replayed.", "The team"),
    ],
)
def test_resolve_a_message_speaks_for_its_writer_not_for_whom_it_is_addressed_to(nlp, body, speaker):
    assert _claimants(nlp, body) == [speaker]


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        # Court wire: charged in a complaint.
        ("Tom Hale was charged in a complaint alleging that he took bribes from two contractors.", "Tom Hale"),
        # Sports tabloid: sent a text message.
        ("Goalkeeper Rui Santos was sent a text message threatening that his car would be burned.", "Rui Santos"),
        # Regional daily: charged in an indictment.
        ("Former treasurer Lena Park was charged in an indictment alleging she moved county funds into her own "
         "account.", "Lena Park"),
        # City hall desk: sent a letter.
        ("Mayor Omar Reed was sent a letter warning that the pier would collapse within a year.", "Omar Reed"),
    ],
)
def test_resolve_a_document_in_the_passive_does_not_speak_for_its_subject(nlp, body, subject):
    assert not any(subject in (name or "") for name in _claimants(nlp, body))


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Fact check.
        ('Senator Maria Okafor spoke at length about schools on Tuesday.\n\n"I have never voted to cut school '
         'funding. I wrote the bill that raised it."\n\n- Okafor.\n\nThis is a harder claim '
         "to check.", "Maria Okafor"),
        # Debate notebook.
        ('Governor Dale Whitmore and his rival debated taxes.\n\n"Companies like Acme and Brightway pay nothing in '
         'state taxes."\n\n- Whitmore.\n\nThat is partly true.', "Dale Whitmore"),
        # Church newsletter, with the occasion after the name.
        ('Pastor Ruth Delacroix led the march through the town.\n\n"We walked for the children who cannot walk."'
         "\n\n- Delacroix, in a sermon on Sunday.\n\nThe church has since held two more marches.", "Ruth Delacroix"),
    ],
)
def test_resolve_a_signature_line_may_give_the_surname_alone(nlp, body, speaker):
    assert _quote_speakers(nlp, body) == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker", "not_speaker"),
    [
        # Talk radio column: a clause of time the parser hung the participle on.
        ('"The library stays open, and that is what matters," Ortega said on her morning show after the council '
         'chair narrowly won the vote, remarking that the result "came late but came right."', "Ortega",
         "the council chair"),
        # Port business weekly.
        ('"We kept the ferry running," Halvorsen said on his podcast after the harbor commissioner won her budget '
         'fight, observing that the board had "finally listened to the islands."', "Halvorsen",
         "the harbor commissioner"),
        # Labour news.
        ('"Nobody wanted this strike," Ferreira said in a radio interview after the union leader narrowly won the '
         'ballot, noting that the members "can go back to work proud."', "Ferreira", "the union leader"),
        # Wire, curly quotes: the quoted words the participle was hung on.
        ("Okafor told Radio Kano that Bola Adeyemi \u201cran a ministry of empty promises that nobody "
         "believed,\u201d adding, \u201cFarmers were never paid \u2026 traders were never heard.\u201d",
         "Okafor", "Bola Adeyemi"),
        # Regional daily.
        ("Varga told the Tribune that Tom Ellery \u201cbuilt a campaign on slogans which went nowhere,\u201d "
         "adding, \u201cVoters wanted a plan \u2026 voters got a jingle.\u201d", "Varga", "Tom Ellery"),
        # City hall blog.
        ("Marsh told a local station that the council \u201ckept a budget of promises that was hollow,\u201d "
         "adding, \u201cThey owe the east side \u2026 they owe every tenant there.\u201d", "Marsh", "the council"),
    ],
)
def test_resolve_a_closing_participle_is_the_reporters_not_a_clause_inside_the_report(
        nlp, body, speaker, not_speaker):
    speakers = _claimants(nlp, body) + _quote_speakers(nlp, body)
    assert speaker in speakers
    assert not_speaker not in speakers
