"""Every gold file in tests/data/gold/ is consistent with the article it annotates.

Offsets are Python character offsets into the article text as stored; each span's
'text' (or a claim's 'anchor') must be exactly the slice it names. Needs nothing
outside the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.evaluate import gold_article_path

GOLD_DIR = Path(__file__).resolve().parent / "data" / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))
QUOTE_MARKS = ('"', "\u201c", "\u201d")


def test_the_gold_set_has_the_seed_and_at_least_eleven_more_articles():
    assert (GOLD_DIR / "voa-panjshir-2021-08-23.json") in GOLD_FILES
    assert len(GOLD_FILES) >= 12


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda path: path.stem)
def test_gold_spans_index_their_article(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_article_path(gold_path, gold).read_text(encoding="utf-8")
    for quote in gold["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"], quote
        assert quote["text"][0] in QUOTE_MARKS and quote["text"].rstrip()[-1] in QUOTE_MARKS, quote
        assert quote["speaker"]
    for span in gold["quoted_spans_that_are_not_quotes"]:
        assert text[span["start"]:span["end"]] == span["text"], span
    for claim in gold["reported_claims"]:
        assert text[claim["start"]:claim["end"]] == claim["anchor"], claim
        assert claim["claimant"] and claim["cue"]
    lines = text.split("\n")
    for line in gold["article"]["boilerplate_lines"] + gold["article"]["sections"]:
        assert line in lines, line


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda path: path.stem)
def test_gold_speakers_and_claimants_are_listed_entities(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    known = {e["name"] for e in gold["persons"] + gold["organizations"]} | set(gold["anonymous_sources"])
    for quote in gold["quotes"]:
        assert quote["speaker"] in known, quote["speaker"]
    for claim in gold["reported_claims"]:
        assert claim["claimant"] in known, claim["claimant"]
    for place in gold["places"]:
        assert place["type"] and (place["country"] is None or len(place["country"]) == 2), place
