"""Throughput benchmark: the ETL against the bare spaCy parse it is built on.

Builds N distinct articles from the paragraphs of the seed articles (recombined under
unique titles and bylines), then measures, each in a fresh process so no model or
cache carries over:

- bare ``nlp.pipe`` words/s on the same texts (the physical limit on one core);
- end-to-end ``etl.run`` words/s with 1 and with 2 workers, each into a fresh database, and
  with ``--cluster ADDRESS`` also on that Dask cluster (``local:2``: two local Dask workers);
- each stage's share of the wall time, load milliseconds, rows and bytes per article, and
  the peak RSS of every process;
- the time and the rows added by a second run over the same articles (its run history aside).

It prints each figure and the ratios the acceptance criteria ask for. The database is
an embedded PostgreSQL in a temporary folder, removed afterwards with its data (as root, in
the service root). Usage::

    python bench/throughput.py [--articles 200] [--workers 2] [--cluster local:2]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PARAGRAPHS_PER_ARTICLE = (6, 12)
AUTHORS = ("Jamie Dettmer", "Ana Reyes", "Tom Hale", "Lena Park", "Omar Said")


def build_corpus(folder: Path, count: int) -> list[Path]:
    """``count`` distinct .txt articles made of seed paragraphs, each with its own title and byline."""
    paragraphs = [
        block.strip()
        for seed in sorted(SEEDS.glob("*.txt"))
        for block in seed.read_text(encoding="utf-8").split("\n\n")
        if len(block.split()) >= 20
    ]
    paths = []
    for number in range(count):
        rng = random.Random(number)
        body = rng.sample(paragraphs, rng.randint(*PARAGRAPHS_PER_ARTICLE))
        byline = f"By {rng.choice(AUTHORS)} March {number % 28 + 1}, 2024"
        path = folder / f"article-{number:04d}.txt"
        path.write_text(f"Dispatch {number}: Fighting in the Valley\n\n{byline}\n\n" + "\n\n".join(body) + "\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def peak_rss_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its largest child (the workers), in MB."""
    return {
        "parent": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "largest worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def measure_bare(folder: Path, model: str) -> dict:
    """Words/s of ``nlp.pipe`` alone on the corpus texts, in this process."""
    import spacy

    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    nlp = spacy.load(model)
    clock = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    seconds = time.perf_counter() - clock
    return {"seconds": seconds, "words": sum(len(text.split()) for text in texts), "rss": peak_rss_mb()}


def measure_run(folder: Path, url: str, executor: str) -> dict:
    """One ``etl.run`` over the corpus, timed from the call to its return.

    ``executor`` is a number of local workers, or a Dask cluster's address.
    """
    from sqlalchemy import create_engine

    import etl

    settings = etl.Settings.from_env(database_url=url)
    engine = create_engine(url)
    rows_before, bytes_before = _rows(engine), _bytes(engine)
    how = {"workers": int(executor)} if executor.isdigit() else {"cluster": executor}
    clock = time.perf_counter()
    report = etl.run([folder], settings, **how)
    seconds = time.perf_counter() - clock
    rows_after, bytes_after = _rows(engine), _bytes(engine)
    engine.dispose()
    return {
        "seconds": seconds,
        "statuses": {status: report.count(status) for status in ("loaded", "unchanged", "failed")},
        "stage_seconds": report.stage_seconds,
        "workers": report.workers,
        "rows_added": rows_after - rows_before,
        "bytes_added": bytes_after - bytes_before,
        "rss": peak_rss_mb(),
    }


def _bytes(engine) -> int:
    from sqlalchemy import text

    with engine.connect() as connection:
        return connection.scalar(text("SELECT pg_database_size(current_database())"))


def _rows(engine) -> int:
    from sqlalchemy import func, select

    from etl.db import models

    with engine.connect() as connection:
        return sum(
            connection.scalar(select(func.count()).select_from(table))
            for table in models.Base.metadata.sorted_tables
            if table.name not in models.RUN_HISTORY
        )


def in_child(*arguments: str) -> dict:
    """Run one measurement in a new interpreter, so each starts cold and has its own peak RSS."""
    done = subprocess.run([sys.executable, __file__, "--child", *arguments], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"measurement {arguments} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def fresh_database(server_info) -> str:
    name = f"bench_{uuid.uuid4().hex[:10]}"
    with server_info.admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = server_info.url(database=name)
    # Migrate before timing: the schema is not what is measured.
    from sqlalchemy import create_engine

    from etl.db import migrate

    engine = create_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    return url


def report(articles: int, workers: int, bare: dict, runs: dict[int | str, dict], second: dict) -> None:
    words = bare["words"]
    bare_rate = words / bare["seconds"]
    print(f"corpus: {articles} articles, {words} words")
    print(f"bare nlp.pipe: {bare['seconds']:.1f}s, {bare_rate:.0f} words/s (peak RSS {bare['rss']['parent']:.0f} MB)")
    rates = {}
    for count, measured in runs.items():
        rates[count] = words / measured["seconds"]
        name = f"{count} worker(s)" if isinstance(count, int) else f"--cluster {count}"
        print(f"run, {name}: {measured['seconds']:.1f}s, {rates[count]:.0f} words/s, "
              f"{measured['statuses']}, {measured['rows_added']} rows added")
        print(f"  per article: load {1000 * measured['stage_seconds']['load'] / articles:.1f} ms, "
              f"{measured['rows_added'] / articles:.0f} rows, {measured['bytes_added'] / articles / 1024:.0f} kB")
        shares = ", ".join(f"{stage} {seconds / measured['seconds']:.1%}"
                           for stage, seconds in measured["stage_seconds"].items())
        print(f"  share of wall time by stage{' (summed over workers)' if measured['workers'] > 1 else ''}: {shares}")
        print(f"  peak RSS: parent {measured['rss']['parent']:.0f} MB, "
              f"largest worker {measured['rss']['largest worker']:.0f} MB")
    print(f"second run ({workers} workers): {second['seconds']:.2f}s, {second['statuses']}, "
          f"{second['rows_added']} rows added")
    first = runs[workers]
    load_share = max(m["stage_seconds"]["load"] / m["seconds"] for m in runs.values())
    peak = max(max(m["rss"].values()) for m in (*runs.values(), second))
    checks = [
        ("end-to-end at 1 worker / bare nlp.pipe", rates[1] / bare_rate, ">= 0.8", rates[1] / bare_rate >= 0.8),
        (f"{workers} workers / 1 worker", rates[workers] / rates[1], ">= 1.7", rates[workers] / rates[1] >= 1.7),
        ("load share of wall time (worst run)", load_share, "<= 5%", load_share <= 0.05),
        ("peak RSS of any process (MB)", peak, "<= 600", peak <= 600),
        *[(f"--cluster {count} / {workers} workers", rates[count] / rates[workers], ">= 0.9",
           rates[count] / rates[workers] >= 0.9) for count in runs if isinstance(count, str)],
        ("first run / second run time", first["seconds"] / second["seconds"], ">= 20",
         first["seconds"] / second["seconds"] >= 20),
        ("rows added by the second run", second["rows_added"], "== 0", second["rows_added"] == 0),
    ]
    print("ratios:")
    for name, value, target, ok in checks:
        shown = f"{value:.1%}" if target.endswith("%") else f"{value:.2f}" if isinstance(value, float) else str(value)
        print(f"  {name}: {shown} (target {target}) {'ok' if ok else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200, help="how many articles to build (default 200)")
    parser.add_argument("--workers", type=int, default=2, help="workers of the parallel run (default 2)")
    parser.add_argument("--cluster", metavar="ADDRESS",
                        help="also run on this Dask cluster (local:2 for two local Dask workers)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, folder, *rest = args.child
        result = measure_bare(Path(folder), rest[0]) if mode == "bare" else measure_run(Path(folder), *rest)
        print(json.dumps(result))
        return

    from etl.config import DEFAULT_SPACY_MODEL
    from etl.db.server import throwaway_server

    with tempfile.TemporaryDirectory(prefix="news-etl-bench-") as scratch:
        folder = Path(scratch) / "corpus"
        folder.mkdir()
        build_corpus(folder, args.articles)
        print(f"built {args.articles} articles in {folder}; machine: {_machine()}", flush=True)
        bare = in_child("bare", str(folder), DEFAULT_SPACY_MODEL)
        with throwaway_server(Path(scratch) / "home") as info:
            runs, urls = {}, {}
            for workers in sorted({1, args.workers}):
                urls[workers] = fresh_database(info)
                runs[workers] = in_child("run", str(folder), urls[workers], str(workers))
            if args.cluster:
                runs[args.cluster] = in_child("run", str(folder), fresh_database(info), args.cluster)
            second = in_child("run", str(folder), urls[args.workers], str(args.workers))
        report(args.articles, args.workers, bare, runs, second)


def _machine() -> str:
    import os
    import platform

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


if __name__ == "__main__":
    main()
