import re

from click.testing import CliRunner

from etl.cli import cli
from etl.evaluate import evaluate_article
from tests.conftest import GOLD


def _score(output: str, name: str) -> tuple[int, int, int, int]:
    """(found, total, false, duplicated) of one measure line; absent counts are 0."""
    match = re.search(rf"^  {name}\s+(\d+)/(\d+)[^\n]*$", output, re.MULTILINE)
    assert match, output
    false = re.search(r"(\d+) false", match.group(0))
    duplicated = re.search(r"(\d+) duplicated", match.group(0))
    return (
        int(match.group(1)),
        int(match.group(2)),
        int(false.group(1)) if false else 0,
        int(duplicated.group(1)) if duplicated else 0,
    )


def test_evaluate_seed_gold_meets_the_attribution_targets(scratch_url):
    result = CliRunner().invoke(cli, ["--database-url", scratch_url, "evaluate", str(GOLD)])
    assert result.exit_code == 0, result.output
    assert _score(result.output, "quotes") == (22, 22, 0, 0)
    assert _score(result.output, "speakers")[:2] == (22, 22)
    assert _score(result.output, "persons") == (10, 10, 0, 0)
    assert _score(result.output, "anonymous sources")[:2] == (7, 7)
    organizations = _score(result.output, "organizations")
    assert organizations[0] >= 10 and organizations[2] <= 1
    places = _score(result.output, "places")
    assert places[:2] == (12, 12) and places[2] <= 1
    assert _score(result.output, "claims")[0] >= 14
    assert _score(result.output, "claimants")[0] >= 13
    assert "forbidden entities   0 extracted" in result.output
    # Every place found is located with the gold type and country (NER still misses some places).
    assert _score(result.output, "places located")[0] == _score(result.output, "places")[0]


def test_evaluate_counts_misses_false_and_duplicates():
    gold = {
        "persons": [{"name": "Ann Lee", "aliases": ["Lee"]}],
        "anonymous_sources": [],
        "organizations": [],
        "places": [],
        "quotes": [{"start": 0, "end": 10, "text": '"abcdefgh"', "speaker": "Ann Lee"}],
        "reported_claims": [],
        "must_not_be_extracted_as_entities": ["Lee (a person, never a place)"],
    }
    exported = {
        "source": "t.txt",
        "persons": [{"name": "Ann Lee", "kind": "named", "aliases": []},
                    {"name": "Lee", "kind": "named", "aliases": []}],
        "organizations": [],
        "places": [{"name": "Lee", "aliases": []}],
        "quotes": [{"start": 0, "end": 10, "text": '"abcdefgh"', "speaker": "Lee", "cue": "said"},
                   {"start": 20, "end": 30, "text": '"zzzzzzzz"', "speaker": None, "cue": None}],
        "claims": [],
    }
    scores = evaluate_article(gold, exported).scores
    assert (scores["quotes"].found, scores["quotes"].false) == (1, 1)
    assert scores["speakers"].found == 1
    assert scores["persons"].duplicated == 1
    assert scores["forbidden entities"].false == 1


def test_evaluate_places_located_needs_gold_type_country_and_a_point():
    gold = {"persons": [], "anonymous_sources": [], "organizations": [], "quotes": [],
            "places": [{"name": "Kabul", "type": "city", "country": "AF"},
                       {"name": "Baghlan", "type": "province", "country": "AF"},
                       {"name": "Andarab", "type": "district", "country": "AF"}]}
    exported = {"source": "t.txt", "persons": [], "organizations": [], "quotes": [], "claims": [], "places": [
        {"name": "Kabul", "aliases": [], "type": "city", "country": "AF", "lat": 34.5, "lon": 69.2},
        {"name": "Baghlan", "aliases": [], "type": "city", "country": "AF", "lat": 36.1, "lon": 68.7},
        {"name": "Andarab", "aliases": [], "type": "district", "country": "AF", "lat": None, "lon": None},
    ]}
    located = evaluate_article(gold, exported).scores["places located"]
    assert (located.found, located.total, len(located.misses)) == (1, 3, 2)
