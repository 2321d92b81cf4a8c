"""Immutable records passed between the pipeline stages.

read -> ``RawArticle`` -> clean -> ``Article`` -> extract -> ``Extraction`` ->
resolve -> ``ResolvedArticle`` -> geocode -> ``ResolvedArticle`` (places with a
``PlaceInfo``) -> load. Offsets are always Python character offsets into
``Article.text``, the article exactly as read. No spaCy or database objects appear here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

RegionKind = Literal["boilerplate", "title", "byline", "dateline", "heading", "paragraph"]
EntityKind = Literal["person", "anonymous", "organization", "place"]
SourceForm = Literal["name", "pronoun", "description"]
ArticleStatus = Literal["loaded", "unchanged", "failed"]
Stage = Literal["read", "clean", "parse", "extract", "resolve", "geocode", "load"]
STAGES: tuple[Stage, ...] = ("read", "clean", "parse", "extract", "resolve", "geocode", "load")
"""The stages in the order an article goes through them: the run's report, its progress
output and the ingest events' CHECK constraint all name them so."""
ClaimKind = Literal["speech", "belief", "intention", "knowledge", "evidence", "stance"]
"""What a claim reports: what its source said, believes, intends, knows or takes a side for, or
what evidence shows."""

def content_uri(key: str) -> str:
    """The URI of an article known only by its text (read from standard input): its sha256."""
    return f"urn:sha256:{key}"


def web_url(value: object) -> str | None:
    """``value`` when it is an absolute http(s) URL, else None: a relative link or a bare id names no page."""
    if not isinstance(value, str) or not value.strip():
        return None
    parts = urlsplit(value.strip())
    return value.strip() if parts.scheme in ("http", "https") and parts.hostname else None


BYLINE = "byline"
"""``Mention.label`` of an author's name in the byline: an author of the article, not a mention in its text."""
DATELINE_CITY = "dateline city"
"""``Mention.label`` of a dateline's first place, which is a city ("NEW YORK", not the state)."""


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An input decoded to text, nothing parsed yet."""

    source: str
    content: str
    format: str = "txt"
    uri: str | None = None
    """Where it was read: the file's absolute ``file://`` URI (``#id`` for a JSON line), or a
    JSON line's ``url``; None for standard input, known by its text alone."""
    name: str | None = None
    """How progress lines name it (the path as given, ``a/story.txt``); None: ``source``."""

    @property
    def shown(self) -> str:
        return self.name or self.source


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file found on the command line, in a folder or by a pattern, not read yet."""

    path: Path | None
    """None for standard input."""
    source: str
    """Name recorded for it: the file name, or its path inside the folder given."""
    format: str = "txt"
    """txt, html, jsonl (one article per line), or stdin (any of them, told apart when read)."""
    name: str | None = None
    """How progress lines name it: the path as given, or the folder as given joined with the
    path inside it, so two ``story.txt`` of different folders are told apart; None: ``source``."""

    @property
    def shown(self) -> str:
        return self.name or self.source

    @property
    def uri(self) -> str | None:
        """The file's absolute ``file://`` URI; None for standard input."""
        return self.path.resolve().as_uri() if self.path is not None else None


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input that could not be read as text, and why."""

    source: str
    reason: str
    input_hash: str = ""
    """sha256 of the raw bytes, or empty when there were none to read."""
    name: str | None = None
    """How progress lines name the input (``InputFile.name``); None: ``source``."""

    @property
    def shown(self) -> str:
        return self.name or self.source


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of the article text and what it is."""

    kind: RegionKind
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: metadata parsed, regions marked, text untouched."""

    source: str
    key: str
    """sha256 of ``text``: the article's identity across runs."""
    text: str
    title: str | None
    authors: tuple[str, ...]
    published: dt.date | None
    sections: tuple[str, ...]
    regions: tuple[Region, ...]
    format: str = "txt"
    uri: str = ""
    """Its identity: the page's or JSON line's URL, else where it was read (``RawArticle.uri``),
    else ``content_uri(key)`` (standard input). Empty in an article built by hand rather than
    by ``clean``, which is stored as ``content_uri(key)``."""
    url: str | None = None
    """The page's or JSON line's URL, when it has one."""
    outlet: str | None = None
    """Who published it: a page's site name, a JSON line's ``outlet``, else its URL's host."""
    language: str = "en"
    """ISO 639 code from the page's metadata or a JSON line's ``language``; en where unknown."""

    @property
    def paragraphs(self) -> tuple[Region, ...]:
        """The body paragraphs, the only regions entities and quotes come from."""
        return tuple(region for region in self.regions if region.kind == "paragraph")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name or description of an entity in the text."""

    kind: EntityKind
    start: int
    end: int
    text: str
    label: str
    """How it was found: the NER label or the rule's name."""
    subject: bool = False
    """Whether it is the grammatical subject of its clause (a likelier antecedent)."""
    main_clause: bool = False
    """Whether it is the subject of its sentence's main clause ("Munro drove his son to the
    stadium to show him where Olsen had played": Munro, not Olsen), the likeliest antecedent
    of a later sentence's pronoun."""


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Who a quote or claim is attributed to, as the text words it."""

    start: int
    end: int
    text: str
    form: SourceForm


@dataclass(frozen=True, slots=True)
class Cue:
    """The reporting verb (or phrase, e.g. "according to") of a quote or claim."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Quote:
    """Verbatim speech: the span includes its quotation marks."""

    start: int
    end: int
    text: str
    cue: Cue | None
    source: SourceRef | None
    fragment: int | None = None
    """1-based order among the quotes that share the cue (one statement split by its
    attribution: "\"A,\" he said, \"B.\""); None without a cue."""


@dataclass(frozen=True, slots=True)
class Claim:
    """Reported speech without quotation marks: the span is its content only."""

    start: int
    end: int
    text: str
    cue: Cue
    source: SourceRef | None
    """Who the content is attributed to; None for a passive report that names no one ("she was
    asked to name ...", "he is accused of ...")."""
    kind: ClaimKind = "speech"
    """speech ("said"), belief ("believes"), intention ("wants"), knowledge ("knows"), evidence
    ("polls show") or stance ("endorses", "prefers")."""
    fragment: int = 1
    """1-based order of the claim within its statement: a report that interrupts the clause it
    reports ("The plan, she said, is dead") makes one claim on each side, sharing the cue."""
    negated: bool = False
    """The report is denied by its cue or its subject: the source did not say, does not believe or
    never wanted the content ("she did not say the port would close", "he doesn't think it will
    pass", "no official has said the plant will close")."""


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A role the text gives a person: a title before the name, an appositive beside it, or a
    lawmaker's party tag after it ("(R-Fla.)": a Republican, of Florida)."""

    holder: Mention
    """The person mention the role describes."""
    role: str
    """Lowercase, with its qualifiers: "former vice president"."""
    start: int
    end: int
    text: str
    """The role phrase as written."""
    of: SourceRef | None = None
    """Whose role it is, as written: "Massoud's", "his", "French", "the National Resistance Front"."""


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extract stage found in one article."""

    article: Article
    mentions: tuple[Mention, ...]
    quotes: tuple[Quote, ...]
    claims: tuple[Claim, ...]
    roles: tuple[RoleMention, ...] = ()
    sentences: tuple[int, ...] = ()
    """Where each sentence of the parse starts, ascending: tells which mentions share a sentence."""


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    """Where a place is, as a gazetteer knows it."""

    key: str
    """Identity across articles: ``place:iso:<ISO code>``, ``place:geonames:<id>`` or ``place:feature:<id>``."""
    name: str
    """The gazetteer's name, accents dropped ("Kabul"); the article's spellings become aliases."""
    place_type: str
    country: str | None
    """ISO 3166-1 alpha-2 code."""
    subdivision: str | None
    """ISO 3166-2 code of the first-level subdivision it is, or lies in."""
    latitude: float | None
    longitude: float | None
    gazetteer: str
    """Source of the record: geonames, iso3166 or news-etl features."""
    gazetteer_id: str
    """Its id there (a GeoNames id, an ISO code or a row of the features table)."""
    parent: PlaceInfo | None = None
    """The place it lies in: district -> province -> country."""


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world entity as named in one article."""

    key: str
    """Deterministic identity: the same key in two articles is the same row."""
    kind: EntityKind
    name: str
    aliases: tuple[str, ...] = ()
    place_type: str | None = None
    place: PlaceInfo | None = None
    """For a place found in the gazetteer: where it is; None for anything else or an unknown name."""
    lone_surname: bool = False
    """A person named by one word that no full name of its article claims ("Trump" in an
    article that never writes his first name): the load stage joins it to the archive's one
    person of that surname, if there is exactly one."""


@dataclass(frozen=True, slots=True)
class LinkedMention:
    mention: Mention
    entity_key: str


@dataclass(frozen=True, slots=True)
class LinkedQuote:
    quote: Quote
    speaker_key: str | None


@dataclass(frozen=True, slots=True)
class LinkedClaim:
    claim: Claim
    claimant_key: str | None


@dataclass(frozen=True, slots=True)
class LinkedRole:
    role: RoleMention
    holder_key: str
    of_key: str | None
    """The entity the role is of, when ``role.of`` could be resolved to one."""


@dataclass(frozen=True, slots=True)
class LinkedAuthor:
    """An author of the article, linked to their person."""

    entity_key: str
    start: int | None = None
    """Where the byline names them; None for an author from a page's or JSON line's metadata."""
    end: int | None = None


@dataclass(frozen=True, slots=True)
class ResolvedArticle:
    """An extraction whose mentions, speakers and claimants point at entities."""

    article: Article
    entities: tuple[Entity, ...]
    mentions: tuple[LinkedMention, ...]
    """Mentions in the text: byline names are ``authors``, not mentions."""
    quotes: tuple[LinkedQuote, ...]
    claims: tuple[LinkedClaim, ...]
    roles: tuple[LinkedRole, ...] = ()
    authors: tuple[LinkedAuthor, ...] = ()
    """Its authors in byline (or metadata) order, each linked to their person."""
    sentences: tuple[int, ...] = ()
    """Where each sentence of the parse starts, ascending (``Extraction.sentences``)."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """What cleaning, parsing, extracting, resolving and geocoding made of one article (in a worker process)."""

    resolved: ResolvedArticle | None
    """None when a stage failed."""
    failed_stage: Stage | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class CleanedBatch:
    """A worker's cleaning of a batch of pages, in the order they were sent."""

    articles: tuple[Article | str, ...]
    """Each page's article, or why it has none (one line)."""
    seconds: float


@dataclass(frozen=True, slots=True)
class AnalyzedBatch:
    """A worker's answer for a batch of articles, in the order they were sent."""

    analyses: tuple[Analysis, ...]
    stage_seconds: tuple[tuple[str, float], ...]
    """Time the worker spent in each stage (clean, parse, extract, resolve, geocode) on the whole batch."""


@dataclass(frozen=True, slots=True)
class Job:
    """One input on its way through a run, from its read to its report."""

    source: str
    started_at: dt.datetime
    clock: float
    """``time.perf_counter()`` when its read began, for its report's seconds."""
    raw: RawArticle | None = None
    """None when it could not be read."""
    key: str = ""
    """Its ingest events' input hash: what ``clean`` gives as ``Article.key`` (for a page, known
    once a worker cleaned it), or the raw bytes' hash when it could not be decoded."""
    article: Article | None = None
    """Set when it was cleaned before it was looked up (a page); else the worker cleans it."""
    replacing: int | None = None
    """The row of its text that an older version (or ``--force``) re-extracts."""
    report: ArticleReport | None = None
    """Set once it is done with before loading: failed, or unchanged."""
    name: str | None = None
    """How progress lines name it (``RawArticle.name``); None: ``source``."""


@dataclass(frozen=True, slots=True)
class Counts:
    """What one article contributed, for the per-article line of a run."""

    persons: int = 0
    anonymous: int = 0
    organizations: int = 0
    places: int = 0
    quotes: int = 0
    claims: int = 0

    @classmethod
    def of(cls, resolved: ResolvedArticle) -> Counts:
        kinds = [entity.kind for entity in resolved.entities]
        return cls(
            persons=kinds.count("person"),
            anonymous=kinds.count("anonymous"),
            organizations=kinds.count("organization"),
            places=kinds.count("place"),
            quotes=len(resolved.quotes),
            claims=len(resolved.claims),
        )


@dataclass(frozen=True, slots=True)
class ArticleReport:
    """The outcome of one input."""

    source: str
    status: ArticleStatus
    counts: Counts = Counts()
    stage: Stage | None = None
    error: str | None = None
    seconds: float = 0.0
    article_id: int | None = None
    """The article's row, when it is loaded (now or by an earlier run)."""
    name: str | None = None
    """How progress lines name the input (``RawArticle.name``); None: ``source``."""

    @property
    def shown(self) -> str:
        return self.name or self.source


@dataclass(slots=True)
class RunReport:
    """The outcome of a run, one entry per input in the order they were read."""

    run_id: str
    articles: list[ArticleReport] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    """Time spent in each stage (``STAGES``), summed over processes: with several workers the
    stages that run in them (clean to geocode) overlap each other and the rest."""
    seconds: float = 0.0
    """Wall time of the whole run."""
    workers: int = 1
    """Worker processes that parsed (1: the run parsed in its own process, or parsed nothing)."""

    @property
    def failed(self) -> list[ArticleReport]:
        return [report for report in self.articles if report.status == "failed"]

    def count(self, status: ArticleStatus) -> int:
        return sum(1 for report in self.articles if report.status == status)
