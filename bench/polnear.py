"""How many of PolNeAR's attributions the ETL finds, and whether it names their source.

PolNeAR (github.com/networkdynamics/PolNeAR) is a corpus of political news annotated with
attributions: a source, a cue and a content. This script loads one split's texts with
``etl.run`` (2 workers) into a fresh embedded database in a temporary folder (removed
afterwards, with its data, which as root lives in the service root), exports them, and scores the exported quotes and claims against the gold,
overall and per publisher:

    python bench/polnear.py PATH [--split dev|train] [--limit N] [--samples 15] [--json FILE] [--ungrouped]

PATH is a checkout of PolNeAR (it has ``data/``) or a bare git mirror of it (read with
``git --git-dir PATH show HEAD:...``). The test split is refused and never read: the corpus
keeps it for final evaluation. Where an article has several annotators' ``.ann`` files,
the first in sorted file-name order is the gold.

Definitions, fixed so that figures compare from run to run:

- A statement is the exported quotes and claims of an article that share one cue (same cue
  offsets), as fragments; one without a cue is a statement by itself. export-v1 gives cues
  as text only, so the offsets are read from the same database. ``--ungrouped`` counts each
  quote and claim alone instead, as the baseline in the issue did (precision 0.73 on dev).
- A statement matches a gold attribution when their character overlap covers at least half
  of the gold content (all its fragments) and at least half of the statement. Pairs are
  taken greedily, largest overlap first, one to one.
- The source is right when the speaker's name and the gold source share a content word
  (lowercased, possessive 's dropped, without the FUNCTION_WORDS below). A gold source made
  only of pronouns is replaced by the representative mention of the CoreNLP coreference
  chain that contains it (the corpus's own ``corenlp/*.xml``, whose character offsets index
  the same text). A gold attribution without a source is right when the statement has no
  speaker either.
- A gold cue's kind is the first of KIND_LEMMAS whose lemmas it contains (spaCy lemmas of
  the cue text), else "other"; the speech cues are the "speech" kind.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPLITS = ("dev", "train")
FORBIDDEN_SPLIT = "test"
WORKERS = 2
MATCH_SHARE = 0.5

KIND_LEMMAS: dict[str, frozenset[str]] = {
    "speech": frozenset(
        "say tell accord add ask state announce explain note write tweet post declare claim argue insist reply "
        "respond answer comment remark report testify warn urge acknowledge admit deny describe call quote speak "
        "mention recall repeat reiterate assert confirm predict promise vow complain concede counter joke boast "
        "allege charge contend maintain stress emphasize point tout praise criticize accuse blame question "
        "dismiss suggest propose recommend pledge threaten brag lament decry defend sing discuss".split()
    ),
    "belief": frozenset("think believe feel consider expect doubt suspect assume worry fear guess reckon".split()),
    "intention": frozenset("want plan intend hope seek aim wish try decide".split()),
    "knowledge": frozenset("know realize realise understand learn recognize recognise notice discover".split()),
    "evidence": frozenset(
        "show indicate find poll survey reveal demonstrate prove estimate study data record document".split()
    ),
}
SPEECH_KIND = "speech"
OTHER_KIND = "other"

DETERMINERS = frozenset("a an the this that these those some any each every no all both either neither".split())
PRONOUNS = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her "
    "hers herself it its itself they them their theirs themselves one who whom whose which".split()
)
HONORIFICS = frozenset("mr mrs ms miss dr sir madam prof rev sen rep gov gen pres hon lord lady".split())
# "Content word" also leaves out prepositions and conjunctions: "of" or "and" in two names
# says nothing about them naming the same source.
CONNECTIVES = frozenset("of for to in on at by from with and or".split())
FUNCTION_WORDS = DETERMINERS | PRONOUNS | HONORIFICS | CONNECTIVES

QUOTATION_OPENINGS = ("“", '"', "''", "``", "‘", "«", "„")

Span = tuple[int, int]


class Refused(Exception):
    """A request the script turns down: the test split, or copying the corpus into the repository."""


# --- Reading the corpus ---------------------------------------------------------------------


class Corpus:
    """PolNeAR's files, from a checkout or from a bare git mirror, never from ``data/test``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.is_checkout = (path / "data").is_dir()

    def names(self, folder: str) -> list[str]:
        """The sorted file names in ``folder`` (relative to the corpus root)."""
        _refuse_test(folder)
        if self.is_checkout:
            directory = self.path / folder
            return sorted(p.name for p in directory.iterdir() if p.is_file()) if directory.is_dir() else []
        listed = self._git("ls-tree", "--name-only", "HEAD", f"{folder.rstrip('/')}/")
        return sorted(line.rsplit("/", 1)[-1] for line in (listed or b"").decode().splitlines())

    def read(self, relative: str) -> str | None:
        """A file's UTF-8 text, or None when it is absent (mirrors may omit their largest blobs)."""
        _refuse_test(relative)
        if self.is_checkout:
            path = self.path / relative
            return path.read_text(encoding="utf-8") if path.is_file() else None
        data = self._git("show", f"HEAD:{relative}")
        return data.decode("utf-8") if data is not None else None

    def _git(self, *arguments: str) -> bytes | None:
        done = subprocess.run(["git", "--git-dir", str(self.path), *arguments], capture_output=True, check=False)
        return done.stdout if done.returncode == 0 else None


def _refuse_test(relative: str) -> None:
    if Path(relative).parts[:2] == ("data", FORBIDDEN_SPLIT):
        raise Refused(f"refused: data/{FORBIDDEN_SPLIT}/ is kept for final evaluation and is never read")


@dataclass(frozen=True)
class Attribution:
    """One gold attribution of PolNeAR (an ``E`` line of a brat ``.ann`` file)."""

    article: str
    content: tuple[Span, ...]
    cue: tuple[Span, ...]
    source: tuple[Span, ...]
    content_text: str
    cue_text: str
    source_text: str


@dataclass
class Article:
    """A split's article: its text, gold and publisher, and the CoreNLP parse when the corpus has it."""

    name: str
    text: str
    publisher: str
    annotation_file: str
    annotator_files: int
    attributions: list[Attribution]
    corenlp: str | None


def read_split(corpus: Corpus, split: str, limit: int | None) -> list[Article]:
    """The split's articles in file-name order, the first ``limit`` of them when given."""
    base = f"data/{split}"
    annotations = _annotation_files(corpus.names(f"{base}/attributions"))
    publishers = _publishers(corpus.read("data/metadata.tsv"))
    names = [name.removesuffix(".txt") for name in corpus.names(f"{base}/text") if name.endswith(".txt")]
    articles = []
    for name in names[:limit]:
        files = annotations.get(name, [])
        if not files:
            continue
        text = corpus.read(f"{base}/text/{name}.txt") or ""
        articles.append(Article(
            name=name,
            text=text,
            publisher=publishers.get(name) or name.split("_", 1)[0],
            annotation_file=files[0],
            annotator_files=len(files),
            attributions=parse_brat(name, text, corpus.read(f"{base}/attributions/{files[0]}") or ""),
            corenlp=corpus.read(f"{base}/corenlp/{name}.txt.xml"),
        ))
    return articles


def _annotation_files(names: Iterable[str]) -> dict[str, list[str]]:
    """Each article's ``.ann`` files, sorted; their names end in ``_<annotator>.ann``."""
    files: dict[str, list[str]] = defaultdict(list)
    for name in sorted(names):
        if name.endswith(".ann"):
            files[name.removesuffix(".ann").rsplit("_", 1)[0]].append(name)
    return files


def _publishers(metadata: str | None) -> dict[str, str]:
    if metadata is None:
        return {}
    return {row["filename"]: row["publisher"] for row in csv.DictReader(io.StringIO(metadata), delimiter="\t")}


def parse_brat(article: str, text: str, annotation: str) -> list[Attribution]:
    """The attributions of one brat standoff file.

    ``T`` lines are spans (possibly discontinuous: ``start end;start end``) labelled Source,
    Cue, Content or Attribution; ``E`` lines tie them into one attribution with roles such
    as ``Content:T3`` (a second content is ``Content2``). Events without content are skipped:
    there is nothing to find.

    Args:
        article: the article's name, kept on each attribution.
        text: the article's text, which the offsets index.
        annotation: the ``.ann`` file's text.
    """
    spans: dict[str, tuple[Span, ...]] = {}
    attributions = []
    for line in annotation.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = tuple(_span(part) for part in offsets.split(";"))
        elif line.startswith("E") and len(fields) >= 2:
            roles: dict[str, list[Span]] = defaultdict(list)
            for role in fields[1].split():
                name, _, target = role.partition(":")
                roles[name.rstrip("0123456789")].extend(spans.get(target, ()))
            if roles["Content"]:
                attributions.append(_attribution(article, text, roles))
    return attributions


def _span(offsets: str) -> Span:
    start, end = offsets.split()
    return int(start), int(end)


def _attribution(article: str, text: str, roles: dict[str, list[Span]]) -> Attribution:
    content, cue, source = (tuple(sorted(set(roles[name]))) for name in ("Content", "Cue", "Source"))
    return Attribution(article, content, cue, source, _text_of(text, content), _text_of(text, cue),
                       _text_of(text, source))


def _text_of(text: str, spans: Sequence[Span]) -> str:
    return " ".join(text[start:end] for start, end in spans)


# --- Coreference ------------------------------------------------------------------------------


@dataclass
class Coreference:
    """CoreNLP's tokens (character offsets) and coreference chains of one article."""

    tokens: dict[tuple[int, int], Span] = field(default_factory=dict)
    """(sentence, token) numbers, both from 1, to the token's character span."""
    chains: list[tuple[str, list[tuple[int, int, int]]]] = field(default_factory=list)
    """Each chain's representative text and mentions as (sentence, first token, token past the end)."""

    @classmethod
    def from_xml(cls, xml: str) -> Coreference:
        root = ET.fromstring(xml)
        coreference = cls()
        for sentence in root.iter("sentence"):
            for token in sentence.iter("token"):
                begin, end = int(token.findtext("CharacterOffsetBegin")), int(token.findtext("CharacterOffsetEnd"))
                coreference.tokens[int(sentence.get("id")), int(token.get("id"))] = (begin, end)
        for chain in root.iter("coreference"):
            mentions = chain.findall("mention")
            if not mentions:
                continue  # the outer element that holds the chains
            representative = next((m for m in mentions if m.get("representative") == "true"), mentions[0])
            coreference.chains.append((
                representative.findtext("text") or "",
                [(int(m.findtext("sentence")), int(m.findtext("start")), int(m.findtext("end"))) for m in mentions],
            ))
        return coreference

    def representative(self, spans: Sequence[Span]) -> str | None:
        """The representative mention of the tightest chain mention holding a token of ``spans``."""
        touched = {key for key, (begin, end) in self.tokens.items()
                   if any(begin < stop and start < end for start, stop in spans)}
        found = [(end - start, text) for text, mentions in self.chains for sentence, start, end in mentions
                 if any((sentence, number) in touched for number in range(start, end))]
        return min(found)[1] if found else None


# --- Statements from the export ---------------------------------------------------------------


@dataclass(frozen=True)
class Statement:
    """Exported quotes and claims of one article that share a cue."""

    article: str
    fragments: tuple[Span, ...]
    text: str
    cue: str | None
    speaker: str | None
    kind: str | None


def add_cue_offsets(document: dict[str, Any], connection) -> None:
    """Add ``cue_start``/``cue_end`` to each exported quote and claim, read from the same database.

    export-v1 gives a statement's cue as text only; grouping by cue needs its offsets, which
    the quotes and claims tables hold. Statements that already carry them are left alone.
    """
    from sqlalchemy import select

    from etl.db import models

    for table, model in (("quotes", models.Quote), ("claims", models.Claim)):
        rows = connection.execute(
            select(models.Article.source, model.start_char, model.end_char, model.cue_start, model.cue_end)
            .join(models.Article, models.Article.id == model.article_id)
        )
        offsets = {(source, start, end): (cue_start, cue_end) for source, start, end, cue_start, cue_end in rows}
        for article in document["articles"]:
            for item in article[table]:
                cue_start, cue_end = offsets.get((article["source"], item["start"], item["end"]), (None, None))
                item.setdefault("cue_start", cue_start)
                item.setdefault("cue_end", cue_end)


def statements_of(article: dict[str, Any], *, by_cue: bool = True) -> list[Statement]:
    """One exported article's statements: its quotes and claims grouped by cue offsets, in text order.

    Args:
        article: an export-v1 article whose statements may carry ``cue_start``/``cue_end``.
        by_cue: False makes each quote and claim a statement of its own.
    """
    items = [(item, item.get("speaker")) for item in article["quotes"]]
    items += [(item, item.get("claimant")) for item in article["claims"]]
    groups: dict[tuple, list[tuple[dict, str | None]]] = defaultdict(list)
    for item, speaker in sorted(items, key=lambda pair: pair[0]["start"]):
        has_cue = by_cue and item.get("cue_start") is not None and item.get("cue_end") is not None
        groups[("cue", item["cue_start"], item["cue_end"]) if has_cue else ("span", item["start"], item["end"])].append(
            (item, speaker))
    return [_statement(article["source"], group) for group in groups.values()]


def _statement(source: str, group: list[tuple[dict, str | None]]) -> Statement:
    items = [item for item, _ in group]
    return Statement(
        article=source.removesuffix(".txt"),
        fragments=tuple(sorted((item["start"], item["end"]) for item in items)),
        text=" … ".join(item["text"] for item in items),
        cue=items[0].get("cue"),
        speaker=next((speaker for _, speaker in group if speaker), None),
        kind=next((item["kind"] for item in items if item.get("kind")), None),
    )


# --- Scoring ----------------------------------------------------------------------------------


@dataclass
class GoldResult:
    """A gold attribution, what it is (publisher, kind, quote-opening) and what the ETL made of it."""

    attribution: Attribution
    publisher: str
    kind: str
    opens_with_quote: bool
    judged_source: str
    statement: Statement | None = None
    source_right: bool = False


@dataclass
class StatementResult:
    statement: Statement
    publisher: str
    matched: bool = False


def merged(spans: Iterable[Span]) -> list[Span]:
    """The spans with overlaps joined, so no character is counted twice."""
    joined: list[Span] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def length(spans: Iterable[Span]) -> int:
    return sum(end - start for start, end in merged(spans))


def overlap(first: Iterable[Span], second: Iterable[Span]) -> int:
    """Characters covered by both span sets."""
    others = merged(second)
    return sum(max(0, min(end, other_end) - max(start, other_start))
               for start, end in merged(first) for other_start, other_end in others)


def match(golds: Sequence[Attribution], statements: Sequence[Statement]) -> dict[int, int]:
    """Gold index to statement index for the pairs that match, greedily by largest overlap, one to one."""
    candidates = []
    for gold_index, gold in enumerate(golds):
        for statement_index, statement in enumerate(statements):
            shared = overlap(gold.content, statement.fragments)
            if shared and shared >= MATCH_SHARE * length(gold.content) and \
                    shared >= MATCH_SHARE * length(statement.fragments):
                candidates.append((-shared, gold_index, statement_index))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, gold_index, statement_index in sorted(candidates):
        if gold_index not in pairs and statement_index not in taken:
            pairs[gold_index] = statement_index
            taken.add(statement_index)
    return pairs


def content_words(name: str) -> set[str]:
    """The words of a name that can identify a source: lowercased, possessive 's and FUNCTION_WORDS dropped."""
    words = re.findall(r"[^\W_]+", re.sub(r"[’']s\b", "", name.lower()))
    return {word for word in words if word not in FUNCTION_WORDS}


def is_pronoun_source(source: str) -> bool:
    """A source made of pronouns (and determiners) only: "he", "they", "she herself"."""
    words = re.findall(r"[^\W_]+", source.lower())
    return bool(words) and all(w in PRONOUNS | DETERMINERS for w in words) and any(w in PRONOUNS for w in words)


def judged_source(attribution: Attribution, coreference: Coreference | None) -> str:
    """The gold source as judged: a pronoun becomes its coreference chain's representative mention."""
    if coreference is not None and is_pronoun_source(attribution.source_text):
        return coreference.representative(attribution.source) or attribution.source_text
    return attribution.source_text


def source_right(judged: str, has_source: bool, speaker: str | None) -> bool:
    """The speaker names the gold source (a gold without source wants no speaker)."""
    if not has_source:
        return speaker is None
    return speaker is not None and bool(content_words(speaker) & content_words(judged))


def cue_kind(lemmas: Iterable[str]) -> str:
    """The first kind of KIND_LEMMAS that holds one of the cue's lemmas, else "other"."""
    lowered = {lemma.lower() for lemma in lemmas}
    return next((kind for kind, words in KIND_LEMMAS.items() if lowered & words), OTHER_KIND)


def opens_with_quotation_mark(content: str) -> bool:
    return content.lstrip().startswith(QUOTATION_OPENINGS)


def score(articles: Sequence[Article], statements: Sequence[Statement],
          cue_lemmas: dict[str, list[str]]) -> tuple[list[GoldResult], list[StatementResult]]:
    """Match each article's statements to its gold and judge the matched pairs' sources.

    Args:
        articles: the corpus articles with their gold.
        statements: every exported statement (of any article).
        cue_lemmas: each gold cue text's lemmas.
    """
    by_article: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements:
        by_article[statement.article].append(statement)
    golds, results = [], []
    for article in articles:
        coreference = Coreference.from_xml(article.corenlp) if article.corenlp else None
        found = [StatementResult(statement, article.publisher) for statement in by_article[article.name]]
        article_golds = [
            GoldResult(gold, article.publisher, cue_kind(cue_lemmas.get(gold.cue_text, [])),
                       opens_with_quotation_mark(gold.content_text), judged_source(gold, coreference))
            for gold in article.attributions
        ]
        for gold_index, statement_index in match(article.attributions, [r.statement for r in found]).items():
            gold, result = article_golds[gold_index], found[statement_index]
            gold.statement, result.matched = result.statement, True
            gold.source_right = source_right(gold.judged_source, bool(gold.attribution.source),
                                             result.statement.speaker)
        golds += article_golds
        results += found
    return golds, results


def lemmatize_cues(cues: Iterable[str], model: str) -> dict[str, list[str]]:
    """Each distinct cue text's spaCy lemmas (the ETL's own model)."""
    from etl.nlp import load_nlp

    distinct = sorted(set(cues))
    nlp = load_nlp(model)
    return {cue: [token.lemma_ for token in doc] for cue, doc in zip(distinct, nlp.pipe(distinct), strict=True)}


# --- Figures ----------------------------------------------------------------------------------


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


def figures(golds: Sequence[GoldResult], statements: Sequence[StatementResult]) -> dict[str, tuple[int, int]]:
    """Each figure as (part, whole), in the order they are printed."""
    matched = [g for g in golds if g.statement is not None]
    speech = [g for g in golds if g.kind == SPEECH_KIND]
    other = [g for g in golds if g.kind != SPEECH_KIND]
    quoted = [g for g in golds if g.opens_with_quote]
    end_to_end = sum(g.source_right for g in matched)
    return {
        "precision": (sum(s.matched for s in statements), len(statements)),
        "recall, all attributions": (len(matched), len(golds)),
        "recall, speech cues": (sum(g.statement is not None for g in speech), len(speech)),
        "recall, other cues": (sum(g.statement is not None for g in other), len(other)),
        "recall, content opening with a quotation mark": (sum(g.statement is not None for g in quoted), len(quoted)),
        "source right among matched": (end_to_end, len(matched)),
        "end-to-end recall": (end_to_end, len(golds)),
        "end-to-end precision": (end_to_end, len(statements)),
    }


def recall_by_gold_kind(golds: Sequence[GoldResult]) -> dict[str, tuple[int, int]]:
    kinds = [*KIND_LEMMAS, OTHER_KIND]
    return {f"recall, {kind} cues": (sum(g.statement is not None for g in golds if g.kind == kind),
                                     sum(g.kind == kind for g in golds)) for kind in kinds}


def by_statement_kind(golds: Sequence[GoldResult], statements: Sequence[StatementResult]) -> dict[str, tuple[int, int]]:
    """Precision per statement kind, and recall of each gold kind by statements of the same kind."""
    kinds = sorted({s.statement.kind or "quote" for s in statements})
    rows = {f"precision, {kind} statements": (
        sum(s.matched for s in statements if (s.statement.kind or "quote") == kind),
        sum((s.statement.kind or "quote") == kind for s in statements)) for kind in kinds}
    rows["gold kind = statement kind among matched"] = (
        sum(g.statement.kind == g.kind for g in golds if g.statement is not None),
        sum(g.statement is not None for g in golds))
    return rows


Group = tuple[Sequence[GoldResult], Sequence[StatementResult]]


def print_table(title: str, columns: dict[str, Group],
                rows_of: Callable[[Sequence[GoldResult], Sequence[StatementResult]], dict[str, tuple[int, int]]]) -> None:
    """One row per figure, one column per group (all, then each publisher): the ratio and its counts."""
    computed = {name: rows_of(*group) for name, group in columns.items()}
    labels = list(next(iter(computed.values())))
    width = max(len(label) for label in labels)
    print(f"\n{title}")
    print(f"  {'':{width}}  " + "  ".join(f"{name[:12]:>12}" for name in columns))
    for label in labels:
        # A publisher may have no statement of some kind: (0, 0) prints as a ratio of nothing.
        cells = [f"{ratio(*computed[name].get(label, (0, 0))):>4} ({computed[name].get(label, (0, 0))[1]})"
                 for name in columns]
        print(f"  {label:{width}}  " + "  ".join(f"{cell:>12}" for cell in cells))
    overall = computed[next(iter(computed))]
    print("  (all: " + "; ".join(f"{label} {part}/{whole}" for label, (part, whole) in overall.items()) + ")")


def groups_by_publisher(golds: Sequence[GoldResult], statements: Sequence[StatementResult]) -> dict[str, Group]:
    """All the results, then each publisher's."""
    columns = {"all": (golds, statements)}
    for publisher in sorted({g.publisher for g in golds} | {s.publisher for s in statements}):
        columns[publisher] = ([g for g in golds if g.publisher == publisher],
                              [s for s in statements if s.publisher == publisher])
    return columns


def print_samples(golds: Sequence[GoldResult], statements: Sequence[StatementResult], count: int) -> None:
    """A seeded random sample of missed attributions, false statements and wrong sources."""
    rng = random.Random(0)
    misses = [g for g in golds if g.statement is None]
    false = [s for s in statements if not s.matched]
    wrong = [g for g in golds if g.statement is not None and not g.source_right]
    print(f"\nmissed attributions ({min(count, len(misses))} of {len(misses)}):")
    for gold in rng.sample(misses, min(count, len(misses))):
        print(f"  [{gold.attribution.article}] cue {gold.attribution.cue_text!r} ({gold.kind}), "
              f"source {gold.attribution.source_text!r}\n      {_short(gold.attribution.content_text)}")
    print(f"\nfalse statements ({min(count, len(false))} of {len(false)}):")
    for result in rng.sample(false, min(count, len(false))):
        statement = result.statement
        print(f"  [{statement.article}] cue {statement.cue!r}, speaker {statement.speaker!r}\n"
              f"      {_short(statement.text)}")
    print(f"\nmatched with the wrong source ({min(count, len(wrong))} of {len(wrong)}):")
    for gold in rng.sample(wrong, min(count, len(wrong))):
        print(f"  [{gold.attribution.article}] gold source {gold.attribution.source_text!r} "
              f"(judged as {gold.judged_source!r}), speaker {gold.statement.speaker!r}")


def _short(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def dump_json(path: Path, golds: Sequence[GoldResult], statements: Sequence[StatementResult]) -> None:
    """Every gold attribution and every statement with its outcome, for error analysis."""
    document = {
        "attributions": [
            {"article": g.attribution.article, "publisher": g.publisher, "content": g.attribution.content,
             "content_text": g.attribution.content_text, "cue": g.attribution.cue_text,
             "cue_spans": g.attribution.cue, "source_spans": g.attribution.source, "kind": g.kind,
             "source": g.attribution.source_text, "judged_source": g.judged_source,
             "opens_with_quote": g.opens_with_quote, "matched": g.statement is not None,
             "statement": _statement_json(g.statement) if g.statement else None, "source_right": g.source_right}
            for g in golds
        ],
        "statements": [{**_statement_json(s.statement), "publisher": s.publisher, "matched": s.matched}
                       for s in statements],
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")


def _statement_json(statement: Statement) -> dict[str, Any]:
    return {"article": statement.article, "fragments": statement.fragments, "text": statement.text,
            "cue": statement.cue, "speaker": statement.speaker, "kind": statement.kind}


# --- Running the ETL --------------------------------------------------------------------------


def load_and_export(articles: Sequence[Article]) -> tuple[dict[str, Any], Any, float]:
    """Run the ETL over the articles' texts into a fresh embedded database, and export it.

    Returns:
        The export-v1 document (with cue offsets added), the run report and the run's wall time.
    """
    from sqlalchemy import create_engine

    import etl
    from etl.db.server import throwaway_server
    from etl.db.export import export_document

    with tempfile.TemporaryDirectory(prefix="news-etl-polnear-") as scratch:
        folder = Path(scratch) / "corpus"
        folder.mkdir()
        for article in articles:
            (folder / f"{article.name}.txt").write_text(article.text, encoding="utf-8")
        home = Path(scratch) / "home"
        with throwaway_server(home) as info:
            settings = etl.Settings.from_env(database_url=info.url(), home=home)
            clock = time.perf_counter()
            report = etl.run([folder], settings, workers=WORKERS)
            seconds = time.perf_counter() - clock
            engine = create_engine(info.url())
            with engine.connect() as connection:
                document = export_document(connection)
                add_cue_offsets(document, connection)
            engine.dispose()
    return document, report, seconds


def print_header(split: str, articles: Sequence[Article], golds: Sequence[GoldResult], report, seconds: float) -> None:
    several = sum(a.annotator_files > 1 for a in articles)
    pronouns = [g for g in golds if is_pronoun_source(g.attribution.source_text)]
    resolved = sum(g.judged_source != g.attribution.source_text for g in pronouns)
    print(f"PolNeAR {split}: {len(articles)} articles, {len(golds)} gold attributions "
          f"({sum(not g.attribution.source for g in golds)} without a source)")
    print(f"  {several} articles have several annotators' files; the first in sorted name order is the gold")
    print(f"  {sum(a.corenlp is None for a in articles)} articles have no CoreNLP file in this copy; "
          f"pronoun sources resolved by coreference: {resolved} of {len(pronouns)}")
    statuses = ", ".join(f"{report.count(status)} {status}" for status in ("loaded", "unchanged", "failed"))
    print(f"run: {WORKERS} workers, {seconds:.1f} s wall time, {statuses}")
    for failure in report.failed[:5]:
        print(f"  failed: {failure}")
    print("speech-cue lemmas: " + " ".join(sorted(KIND_LEMMAS[SPEECH_KIND])))
    for kind in list(KIND_LEMMAS)[1:]:
        print(f"{kind} lemmas: " + " ".join(sorted(KIND_LEMMAS[kind])))


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path, help="a PolNeAR checkout, or a bare git mirror of it")
    parser.add_argument("--split", default="dev", choices=(*SPLITS, FORBIDDEN_SPLIT), help="dev (default) or train")
    parser.add_argument("--limit", type=int, help="only the first N articles of the split, in name order")
    parser.add_argument("--samples", type=int, default=15, help="misses and false statements shown (default 15)")
    parser.add_argument("--json", type=Path, help="write every attribution's and statement's outcome to FILE")
    parser.add_argument("--ungrouped", action="store_true",
                        help="each exported quote and claim is a statement (quotes sharing a cue are not joined)")
    options = parser.parse_args(argv)
    if options.split == FORBIDDEN_SPLIT:
        raise Refused(f"refused: --split {FORBIDDEN_SPLIT} is kept for final evaluation; use dev or train")
    if options.json and options.json.resolve().is_relative_to(ROOT):
        # The corpus has no licence to be copied: its text must not land in the repository.
        raise Refused(f"refused: --json {options.json} is inside the repository; write it elsewhere")
    return options


def main(argv: Sequence[str] | None = None) -> None:
    try:
        run(parse_arguments(argv))
    except Refused as refusal:
        print(refusal, file=sys.stderr)
        raise SystemExit(2) from None


def run(options: argparse.Namespace) -> None:
    """Load the split, score it and print the figures."""
    from etl.config import Settings

    started = time.perf_counter()
    articles = read_split(Corpus(options.path), options.split, options.limit)
    if not articles:
        raise SystemExit(f"no {options.split} articles with attributions under {options.path}")
    document, report, seconds = load_and_export(articles)
    statements = [statement for article in document["articles"]
                  for statement in statements_of(article, by_cue=not options.ungrouped)]
    cue_lemmas = lemmatize_cues((g.cue_text for a in articles for g in a.attributions), Settings.from_env().spacy_model)
    golds, results = score(articles, statements, cue_lemmas)
    print_header(options.split, articles, golds, report, seconds)
    exported = sum(len(a["quotes"]) + len(a["claims"]) for a in document["articles"])
    print(f"exported {exported} quotes and claims: {len(statements)} statements"
          f"{' (not grouped by cue)' if options.ungrouped else ' once those sharing a cue are joined'}")
    columns = groups_by_publisher(golds, results)
    print_table("figures: ratio (out of how many)", columns, figures)
    print_table("recall per gold cue kind", columns, lambda g, s: recall_by_gold_kind(g))
    if any(s.statement.kind for s in results):
        print_table("per statement kind", columns, by_statement_kind)
    else:
        print("\nstatements carry no kind: no figures per statement kind")
    print_samples(golds, results, options.samples)
    if options.json:
        dump_json(options.json, golds, results)
        print(f"\nper-attribution results written to {options.json}")
    print(f"\nwall time: {time.perf_counter() - started:.1f} s (the ETL run {seconds:.1f} s)")


if __name__ == "__main__":
    main()
