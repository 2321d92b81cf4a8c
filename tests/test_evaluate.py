import re

from click.testing import CliRunner

from etl.cli import cli
from etl.evaluate import evaluate_article
from tests.conftest import GOLD

GOLD_FILES = sorted(GOLD.parent.glob("*.json"))


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


def _total(output: str) -> str:
    """The TOTAL block of an evaluation of several gold files."""
    return output[output.index("\nTOTAL\n"):]


def test_evaluate_the_gold_set_meets_its_floors(scratch_url):
    """Floors over the whole development gold set (tests/data/gold), so that no rule is tuned to one
    article; the seed keeps every quote and speaker."""
    result = CliRunner().invoke(cli, ["--database-url", scratch_url, "evaluate", *map(str, GOLD_FILES)])
    assert result.exit_code == 0, result.output
    seed = result.output[result.output.index(f"{GOLD.stem}.txt\n"):]
    assert _score(seed, "quotes")[:3] == (22, 22, 0) and _score(seed, "speakers")[:2] == (22, 22)
    total = _total(result.output)
    quotes, speakers = _score(total, "quotes"), _score(total, "speakers")
    assert quotes[0] >= 0.95 * quotes[1] and quotes[2] == 0
    assert speakers[0] >= 0.92 * speakers[1]
    claims, claimants = _score(total, "claims"), _score(total, "claimants")
    assert claims[0] >= 0.85 * claims[1] and claimants[0] >= 0.80 * claimants[1]
    persons = _score(total, "persons")
    assert persons[0] >= 0.95 * persons[1] and persons[2] <= 0.05 * persons[0]
    organizations = _score(total, "organizations")
    assert organizations[0] >= 0.85 * organizations[1]


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
