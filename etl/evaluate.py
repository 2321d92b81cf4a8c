"""Compare what the database holds for an article with a gold JSON file.

Reads the export-v1 document (what was loaded), never writes. Gold format: see
README, "Evaluating against gold files".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etl.errors import EtlError

MIN_QUOTE_OVERLAP = 0.8
MIN_ANCHOR_COVERAGE = 0.8
FORBIDDEN_KIND_WORDS = {"place": "places", "organization": "organizations", "person": "persons"}


@dataclass(slots=True)
class Score:
    """Found / total with the misses spelled out."""

    found: int = 0
    total: int = 0
    false: int = 0
    duplicated: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.found += other.found
        self.total += other.total
        self.false += other.false
        self.duplicated += other.duplicated
        self.misses += other.misses


@dataclass(slots=True)
class Evaluation:
    source: str
    scores: dict[str, Score] = field(default_factory=dict)


def gold_article_path(gold_path: Path, gold: dict[str, Any]) -> Path:
    """The article a gold file annotates: ``<source_file>`` next to the gold file, else in a
    ``seeds/`` folder beside the gold folder or beside any folder above it (``../seeds/``
    for ``shared/gold/``, the repository's ``seeds/`` for ``tests/data/gold/``)."""
    folder = gold_path.resolve().parent
    candidates = [folder / gold["source_file"], *(above / "seeds" / gold["source_file"] for above in folder.parents)]
    found = next((candidate for candidate in candidates if candidate.is_file()), None)
    if found is None:
        raise EtlError(
            f"{gold_path}: its article {gold['source_file']} is neither next to it nor in a seeds/ folder above it"
        )
    return found


def load_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise EtlError(f"{path}: not a readable gold JSON file ({error})") from error
    if "source_file" not in gold:
        raise EtlError(f"{path}: gold file has no source_file")
    return gold


def evaluate_article(gold: dict[str, Any], exported: dict[str, Any]) -> Evaluation:
    """Score one exported article (export-v1) against its gold annotations."""
    persons = [p for p in exported["persons"] if p["kind"] == "named"]
    anonymous = [p for p in exported["persons"] if p["kind"] == "anonymous"]
    all_entities = persons + anonymous + exported["organizations"]
    evaluation = Evaluation(exported["source"])
    gold_aliases = {_norm(e["name"]): _names(e) for e in (*gold["persons"], *gold["organizations"])}
    same = _SameEntity(gold_aliases, {e["name"]: _names(e) for e in all_entities})
    quotes, speakers = _quotes(gold["quotes"], exported["quotes"], same)
    claims, claimants = _claims(gold.get("reported_claims", []), exported["claims"], same)
    evaluation.scores = {
        "quotes": quotes,
        "speakers": speakers,
        "claims": claims,
        "claimants": claimants,
        "persons": _entities(gold["persons"], persons, "person"),
        "anonymous sources": _entities([{"name": n} for n in gold["anonymous_sources"]], anonymous, "anonymous"),
        "organizations": _entities(gold["organizations"], exported["organizations"], "organization"),
        "places": _entities(gold["places"], exported["places"], "place"),
        "places located": _places_located(gold["places"], exported["places"]),
        "forbidden entities": _forbidden(gold.get("must_not_be_extracted_as_entities", []), exported),
    }
    return evaluation


def _names(entity: dict[str, Any]) -> set[str]:
    return {_norm(entity["name"]), *(_norm(a) for a in entity.get("aliases", []))}


def _norm(name: str | None) -> str:
    name = re.sub(r"(?:'s|\u2019s)\b", "", (name or "").strip())
    return re.sub(r"^(the|a|an)\s+", "", re.sub(r"\s+", " ", name).casefold())


@dataclass(frozen=True, slots=True)
class _SameEntity:
    """Whether a found speaker is the gold one: same name, or names that share an alias."""

    gold_aliases: dict[str, set[str]]
    found_aliases: dict[str, set[str]]

    def __call__(self, gold_name: str | None, found_name: str | None) -> bool:
        if gold_name is None or found_name is None:
            return gold_name == found_name
        gold_names = self.gold_aliases.get(_norm(gold_name), set()) | {_norm(gold_name)}
        return bool(gold_names & self.found_aliases.get(found_name, {_norm(found_name)}))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _quotes(gold_quotes, found_quotes, same: _SameEntity) -> tuple[Score, Score]:
    quotes, speakers = Score(total=len(gold_quotes)), Score(total=len(gold_quotes))
    matched = set()
    for g in gold_quotes:
        span = (g["start"], g["end"])
        match = next(
            (i for i, f in enumerate(found_quotes)
             if _overlap(span, (f["start"], f["end"])) >= MIN_QUOTE_OVERLAP * max(span[1] - span[0], f["end"] - f["start"])),
            None,
        )
        if match is None:
            quotes.misses.append(f"quote missed at {g['start']}: {g['text'][:60]}")
            continue
        matched.add(match)
        quotes.found += 1
        found_speaker = found_quotes[match]["speaker"]
        if same(g["speaker"], found_speaker):
            speakers.found += 1
        else:
            speakers.misses.append(f"speaker at {g['start']}: expected {g['speaker']!r}, got {found_speaker!r}")
    for i, f in enumerate(found_quotes):
        if i not in matched:
            quotes.false += 1
            quotes.misses.append(f"false quote at {f['start']}: {f['text'][:60]}")
    return quotes, speakers


def _claims(gold_claims, found_claims, same: _SameEntity) -> tuple[Score, Score]:
    claims, claimants = Score(total=len(gold_claims)), Score(total=len(gold_claims))
    for g in gold_claims:
        anchor = (g["start"], g["end"])
        covering = [f for f in found_claims
                    if _overlap(anchor, (f["start"], f["end"])) >= MIN_ANCHOR_COVERAGE * (anchor[1] - anchor[0])]
        if not covering:
            claims.misses.append(f"claim missed at {g['start']}: {g['anchor'][:60]}")
            continue
        claims.found += 1
        found = covering[0]["claimant"]
        if any(same(g["claimant"], f["claimant"]) for f in covering):
            claimants.found += 1
        else:
            claimants.misses.append(f"claimant at {g['start']}: expected {g['claimant']!r}, got {found!r}")
    return claims, claimants


def _entities(gold_entities, found_entities, kind: str) -> Score:
    score = Score(total=len(gold_entities))
    used = set()
    for g in gold_entities:
        names = _names(g)
        hits = [i for i, f in enumerate(found_entities) if names & _names(f)]
        if not hits:
            score.misses.append(f"{kind} missed: {g['name']}")
            continue
        score.found += 1
        used.update(hits)
        if len(hits) > 1:
            score.duplicated += len(hits) - 1
            score.misses.append(f"{kind} duplicated: {g['name']} as {[found_entities[i]['name'] for i in hits]}")
    for i, f in enumerate(found_entities):
        if i not in used:
            score.false += 1
            score.misses.append(f"false {kind}: {f['name']}")
    return score


def _places_located(gold_places, found_places) -> Score:
    """Gold places found with the gold type and country, and a point."""
    score = Score(total=len(gold_places))
    for g in gold_places:
        found = next((f for f in found_places if _names(g) & _names(f)), None)
        if found is None:
            continue
        expected, got = (g.get("type"), g.get("country")), (found.get("type"), found.get("country"))
        if got != expected:
            score.misses.append(f"place {g['name']}: expected type and country {expected}, got {got}")
        elif found.get("lat") is None:
            score.misses.append(f"place {g['name']}: no coordinates")
        else:
            score.found += 1
    return score


def _forbidden(entries: list[str], exported: dict[str, Any]) -> Score:
    """Strings that must not become entities; "(never a place)" limits the ban to one kind."""
    score = Score(total=len(entries))
    lists = {"persons": exported["persons"], "organizations": exported["organizations"], "places": exported["places"]}
    for entry in entries:
        name, _, why = entry.partition(" (")
        banned = [key for word, key in FORBIDDEN_KIND_WORDS.items() if f"never a {word}" in why
                  or f"never an {word}" in why or f"not a {word}" in why] or list(lists)
        offenders = [f["name"] for key in banned for f in lists[key] if _norm(name) in _names(f)]
        if offenders:
            score.false += 1
            score.misses.append(f"forbidden entity extracted: {entry}")
        else:
            score.found += 1
    return score
