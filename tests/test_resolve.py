from etl.clean import clean
from etl.extract import extract, parse_text
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


def test_resolve_the_noun_of_an_organization_named_before_is_that_organization(nlp):
    body = (
        "The Northern Shipping Alliance, which represents the ports, made an offer on Monday. "
        '"We have made a fair offer," the alliance said in a statement.'
    )
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    resolved = resolve(extract(article, nlp(parse_text(article))))
    names = {e.key: (e.name, e.kind) for e in resolved.entities}
    (quote,) = resolved.quotes
    assert names[quote.speaker_key] == ("Northern Shipping Alliance", "organization")
    assert not any(kind == "anonymous" for _, kind in names.values())
