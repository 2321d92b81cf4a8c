"""What a worker does with a batch: clean -> parse -> extract -> resolve -> geocode.

These functions run wherever an executor sends them (this process, a local worker
process, a Dask worker), so they take and return frozen records that pickle, and never
touch the database. Nothing here imports spaCy until a batch is parsed, so commands
that parse nothing never load it; a process loads its model once and keeps it.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from etl.clean import clean
from etl.errors import EtlError, InputError, one_line
from etl.records import Analysis, AnalyzedBatch, Article, CleanedBatch, RawArticle, Stage


class _Clock:
    """Seconds spent in each stage over a batch."""

    def __init__(self) -> None:
        self.seconds: dict[Stage, float] = {}

    def add(self, stage: Stage, since: float) -> float:
        now = time.perf_counter()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - since
        return now


def clean_pages(pages: Sequence[RawArticle]) -> CleanedBatch:
    """Clean pages (trafilatura finds their text), so that the run can look their text up before parsing."""
    clock = time.perf_counter()
    return CleanedBatch(tuple(_cleaned(page) for page in pages), time.perf_counter() - clock)


def _cleaned(raw: RawArticle) -> Article | str:
    try:
        return clean(raw)
    except InputError as error:
        return error.reason
    except Exception as error:  # quarantine: one article's failure must not stop the batch
        return one_line(error)


def analyze_batch(model_name: str, items: Sequence[Article | RawArticle]) -> AnalyzedBatch:
    """Clean what is not cleaned yet, parse the batch with ``nlp.pipe``, then extract, resolve and geocode each article.

    Args:
        model_name: the installed spaCy pipeline to parse with (loaded once per process).
        items: articles, cleaned or as read.

    Returns:
        One ``Analysis`` per item, in order: a failure is recorded for its article only,
        with the stage it failed in.
    """
    clock = _Clock()
    started = time.perf_counter()
    articles: list[Article | Analysis] = []
    for item in items:
        cleaned = _cleaned(item) if isinstance(item, RawArticle) else item
        articles.append(cleaned if isinstance(cleaned, Article) else Analysis(None, "clean", cleaned))
    started = clock.add("clean", started)
    docs = _parse_all(model_name, [article for article in articles if isinstance(article, Article)])
    clock.add("parse", started)
    analyses = [article if isinstance(article, Analysis) else _analyze(article, next(docs), clock)
                for article in articles]
    return AnalyzedBatch(tuple(analyses), tuple(clock.seconds.items()))


def _parse_all(model_name: str, articles: list[Article]):
    """Docs (or the error parsing each failed with) for ``articles``, in order."""
    from etl.extract import parse_text
    from etl.nlp import load_nlp

    try:
        nlp = load_nlp(model_name)
        return iter(_parse(nlp, [parse_text(article) for article in articles]))
    except Exception as error:  # the model is missing or broken: every article of the batch fails
        return iter([error] * len(articles))


def _analyze(article: Article, doc, clock: _Clock) -> Analysis:
    from etl.extract import extract
    from etl.gazetteer import default_gazetteer
    from etl.geocode import geocode
    from etl.resolve import resolve

    if isinstance(doc, Exception):
        return Analysis(None, "parse", one_line(doc))
    stage: Stage = "extract"
    started = time.perf_counter()
    try:
        extraction = extract(article, doc)
        started, stage = clock.add("extract", started), "resolve"
        resolved = resolve(extraction)
        started, stage = clock.add("resolve", started), "geocode"
        geocoded = geocode(resolved, default_gazetteer())
        clock.add("geocode", started)
    except Exception as error:  # quarantine: one article's failure must not stop the batch
        clock.add(stage, started)
        return Analysis(None, stage, one_line(error))
    return Analysis(geocoded)


def _parse(nlp, texts: list[str]) -> list:
    """Docs for ``texts``, batched; if the batch fails, each text alone so only the bad one fails."""
    from etl.nlp import parse

    try:
        return parse(nlp, texts)
    except Exception:  # find which text it was: parse one at a time
        return [_parse_one(nlp, text) for text in texts]


def _parse_one(nlp, text: str):
    from etl.nlp import parse

    try:
        return parse(nlp, [text])[0]
    except Exception as error:  # returned, not raised: it becomes that article's failure
        return error


def model_ready(model_name: str) -> str | None:
    """Load the model and the place index in this process; None, or why it cannot (one line).

    Executors call it as their workers start, so the model loads while the run reads and
    cleans, and a worker without the model is found before any article is read.
    """
    from etl.gazetteer import default_gazetteer
    from etl.nlp import load_nlp

    try:
        load_nlp(model_name)
        default_gazetteer()
    except EtlError as error:  # its message is written for the user already
        return str(error)
    except Exception as error:  # reported by the caller, which stops the run
        return one_line(error)
    return None
