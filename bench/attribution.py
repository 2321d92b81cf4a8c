"""How much the attribution stages (extract, resolve with geocoding) add to the bare spaCy parse.

Parses each article in PATH (default: seeds/) --repeat times with the same pipeline the
ETL uses, then runs extract, resolve and geocode on each parse, and prints the time of
each and the overhead ratio. The target is at most 20% over the parse.

    python bench/attribution.py [--repeat 20] [PATH ...]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from etl.clean import clean
from etl.config import Settings
from etl.extract import extract, parse_text
from etl.nlp import load_nlp
from etl.gazetteer import default_gazetteer
from etl.geocode import geocode
from etl.read import read_inputs
from etl.records import RawArticle
from etl.resolve import resolve

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")], help="articles or folders (.txt)")
    parser.add_argument("--repeat", type=int, default=20, help="times each article is processed (default 20)")
    options = parser.parse_args()

    articles = [clean(raw) for raw in read_inputs(options.paths) if isinstance(raw, RawArticle)]
    articles = [article for article in articles for _ in range(options.repeat)]
    nlp = load_nlp(Settings().spacy_model)
    texts = [parse_text(article) for article in articles]
    nlp(texts[0])  # warm-up: first-call allocations are not the parse's steady cost

    clock = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse_seconds = time.perf_counter() - clock

    clock = time.perf_counter()
    extractions = [extract(article, doc) for article, doc in zip(articles, docs, strict=True)]
    extract_seconds = time.perf_counter() - clock

    clock = time.perf_counter()
    resolved = [resolve(extraction) for extraction in extractions]
    resolve_seconds = time.perf_counter() - clock

    gazetteer = default_gazetteer()
    clock = time.perf_counter()
    for article in resolved:
        geocode(article, gazetteer)
    geocode_seconds = time.perf_counter() - clock

    words = sum(len(doc) for doc in docs)
    overhead = (extract_seconds + resolve_seconds + geocode_seconds) / parse_seconds
    print(f"articles          {len(articles)} ({len(set(a.key for a in articles))} distinct), {words} tokens")
    print(f"bare parse        {parse_seconds:7.2f} s  ({words / parse_seconds:,.0f} tokens/s)")
    print(f"extract           {extract_seconds:7.2f} s")
    print(f"resolve           {resolve_seconds:7.2f} s")
    print(f"geocode           {geocode_seconds:7.2f} s")
    print(f"overhead          {overhead:7.1%} of the parse (target: at most 20%)")


if __name__ == "__main__":
    main()
