"""Query benchmark: every analytics view and every worked query at archive size.

Loads the seed and the test articles (tests/data/gold/*.txt) into a fresh embedded
database, then copies their rows in SQL, with shifted ids, until there are N articles:
each round copies every article and the rows that hang off it (mentions, co-mention
pairs, quotes, claims, roles, and any other table with an ``article_id``), doubling the
archive. A copy's publication date (2015-01-01 for an undated input) moves by its id
modulo ten years, so a month holds about 1/120 of the archive, as in a real one. The
entities (actors, organizations, places) are shared, as in an archive about the same people.

Then it times, warm (one run first, then the median of 3):

- each analytics view three ways: its first 100 rows (what a BI tool's preview or a table
  chart asks), one article's rows (a drill-down), and a full pass (``count(*)``);
- each query of schema/examples.sql as written, fetching every row.

Each line is marked ``SLOW`` above the 1 s budget, with the top node of its plan. It also
prints the plan of co_mentions' full pass, which should scan co_mention_pairs alone. The
database lives in a temporary folder, removed afterwards with its data (as root, in the
service root). Usage::

    python bench/queries.py [--articles 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [ROOT / "seeds" / "voa-panjshir-2021-08-23.txt", *sorted((ROOT / "tests" / "data" / "gold").glob("*.txt"))]
BUDGET_SECONDS = 1.0
# Run history is what the runs did, not what the articles say: copies get none.
NOT_COPIED = frozenset({"ingest_events"})


def load_inputs(url: str) -> None:
    """The seed and the test articles, through the real pipeline."""
    import etl

    report = etl.run([str(path) for path in INPUTS], etl.Settings.from_env(database_url=url), workers=2)
    if report.failed:
        raise SystemExit(f"loading the inputs failed: {report.failed}")


def grow(connection, target: int) -> None:
    """Copy articles and their rows, doubling each round, until there are ``target`` articles."""
    from sqlalchemy import text

    children = _child_tables(connection)
    while (count := connection.scalar(text("SELECT count(*) FROM articles"))) < target:
        shift = connection.scalar(text("SELECT max(id) FROM articles"))
        wanted = min(count, target - count)
        started = time.perf_counter()
        connection.execute(text(_copy_articles_sql(connection)), {"shift": shift, "wanted": wanted})
        for table, columns in children.items():
            connection.execute(text(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"SELECT {', '.join('article_id + :shift' if c == 'article_id' else c for c in columns)} "
                f"FROM {table} WHERE article_id + :shift IN (SELECT id FROM articles WHERE id > :shift)"
            ), {"shift": shift})
        connection.commit()
        print(f"  {count + wanted:>8} articles ({time.perf_counter() - started:.1f}s)", flush=True)
    connection.execute(text("SELECT setval(pg_get_serial_sequence('articles', 'id'), max(id)) FROM articles"))
    connection.commit()


def _copy_articles_sql(connection) -> str:
    """INSERT ... SELECT for the articles ``wanted`` copies: id shifted, content hash and
    every other unique text column made unique, the publication date spread."""
    from sqlalchemy import text

    columns = connection.scalars(text(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = 'public' AND table_name = 'articles' ORDER BY ordinal_position"
    )).all()
    unique = set(connection.scalars(text("""
        SELECT a.attname FROM pg_index i
        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = 'articles'::regclass AND i.indisunique AND NOT i.indisprimary
    """)))
    expressions = {
        "id": "id + :shift",
        "content_hash": "encode(sha256(convert_to(content_hash || (id + :shift)::text, 'UTF8')), 'hex')",
        # Undated inputs get a date too, so a month of the archive holds about 1/120 of it.
        "published": "coalesce(published, DATE '2015-01-01') + ((id + :shift) % 3650)::int",
        **{column: f"{column} || '#copy-' || (id + :shift)" for column in ({"source"} | unique) - {"content_hash"}},
    }
    select = ", ".join(expressions.get(column, column) for column in columns)
    return (f"INSERT INTO articles ({', '.join(columns)}) OVERRIDING SYSTEM VALUE "
            f"SELECT {select} FROM articles WHERE id <= :shift ORDER BY id LIMIT :wanted")


def _child_tables(connection) -> dict[str, list[str]]:
    """Each table with an ``article_id`` (but the run history), with its columns but ``id``."""
    from sqlalchemy import text

    rows = connection.execute(text("""
        SELECT table_name, array_agg(column_name::text ORDER BY ordinal_position)
        FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name <> 'id'
          AND table_name IN (SELECT table_name FROM information_schema.columns
                             WHERE table_schema = 'public' AND column_name = 'article_id')
          AND table_name IN (SELECT table_name FROM information_schema.tables
                             WHERE table_schema = 'public' AND table_type = 'BASE TABLE')
        GROUP BY table_name ORDER BY table_name
    """)).all()
    return {table: columns for table, columns in rows if table not in NOT_COPIED}


def examples() -> list[tuple[str, str]]:
    """(title, query) of each worked query in schema/examples.sql."""
    source = (ROOT / "schema" / "examples.sql").read_text(encoding="utf-8")
    found = []
    for chunk in filter(None, (c.strip() for c in re.split(r";\s*$", source, flags=re.M))):
        title = re.search(r"^-- (\d+\. .*)$", chunk, flags=re.M)
        found.append((title.group(1) if title else chunk[:60], chunk))
    return found


def view_queries(connection) -> list[tuple[str, str]]:
    """Three queries per analytics view: its first page, a drill-down (one article, or one
    day or speaker for the views that have no article) and a full pass."""
    from sqlalchemy import text

    article, day = connection.execute(text(
        "SELECT id, published FROM articles WHERE published IS NOT NULL ORDER BY id DESC LIMIT 1"
    )).one()
    drill_downs = {"article_id": f"article_id = {article}", "day": f"day = DATE '{day}'",
                   "speaker": "speaker = 'Ali Nazari'"}
    queries = []
    for view, columns in connection.execute(text("""
        SELECT table_name, array_agg(column_name::text) FROM information_schema.columns
        WHERE table_schema = 'analytics' GROUP BY table_name ORDER BY table_name
    """)):
        column = next(c for c in drill_downs if c in columns)
        queries += [
            (f"{view}: first 100 rows", f"SELECT * FROM analytics.{view} LIMIT 100"),
            (f"{view}: {column} =", f"SELECT * FROM analytics.{view} WHERE {drill_downs[column]}"),
            (f"{view}: full pass", f"SELECT count(*) FROM analytics.{view}"),
        ]
    return queries


def timed(connection, sql: str, repeat: int) -> tuple[float, int]:
    """Median seconds of ``repeat`` warm runs (after one untimed run), and the rows returned."""
    from sqlalchemy import text

    rows = len(connection.execute(text(sql)).all())
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        connection.execute(text(sql)).all()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), rows


def top_of_plan(connection, sql: str) -> str:
    from sqlalchemy import text

    plan = connection.scalars(text(f"EXPLAIN {sql}")).all()
    return plan[0].strip()


def measure(connection, queries: list[tuple[str, str]], repeat: int) -> int:
    """Print each query's median time; returns how many were over budget."""
    slow = 0
    for title, sql in queries:
        seconds, rows = timed(connection, sql, repeat)
        flag = "SLOW" if seconds > BUDGET_SECONDS else "ok"
        print(f"  {seconds:7.3f}s {rows:>9} rows  {flag:<4}  {title}", flush=True)
        if seconds > BUDGET_SECONDS:
            slow += 1
            print(f"{'':30}plan: {top_of_plan(connection, sql)}", flush=True)
    return slow


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles to grow the archive to (default 100000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per query; the median is printed (default 3)")
    args = parser.parse_args()

    from sqlalchemy import create_engine, text

    from etl.db import migrate
    from etl.db.server import throwaway_server

    load = os.getloadavg()[0]
    print(f"{os.cpu_count()} cores, load average {load:.2f} (figures taken under load are slower)", flush=True)
    with tempfile.TemporaryDirectory(prefix="news-etl-queries-") as scratch, \
            throwaway_server(Path(scratch) / "home") as server:
        name = f"bench_{uuid.uuid4().hex[:10]}"
        with server.admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        url = server.url(database=name)
        engine = create_engine(url)
        migrate.upgrade(engine)
        load_inputs(url)
        with engine.connect() as connection:
            print(f"loaded {len(INPUTS)} articles; copying to {args.articles}", flush=True)
            grow(connection, args.articles)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            # Fresh statistics and visibility maps, as autovacuum would leave them.
            connection.execute(text("VACUUM ANALYZE"))
            sizes = connection.execute(text(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), "
                "(SELECT count(*) FROM quotes), (SELECT count(*) FROM claims), "
                "pg_size_pretty(pg_database_size(current_database())), (SELECT count(*) FROM co_mention_pairs), "
                "pg_size_pretty(pg_total_relation_size('co_mention_pairs'))"
            )).one()
            print(f"archive: {sizes[0]} articles, {sizes[1]} mentions, {sizes[2]} quotes, {sizes[3]} claims, "
                  f"{sizes[4]} on disk, of which co_mention_pairs {sizes[6]} ({sizes[5]} rows)", flush=True)
            print("analytics views (warm, median of %d):" % args.repeat, flush=True)
            slow = measure(connection, view_queries(connection), args.repeat)
            print("plan of co_mentions' full pass (the names' joins left out):", flush=True)
            for line in connection.scalars(text("EXPLAIN SELECT count(*) FROM analytics.co_mentions")):
                print(f"  {line}", flush=True)
            print("schema/examples.sql:", flush=True)
            slow += measure(connection, examples(), args.repeat)
        engine.dispose()
    print(f"{slow} queries over {BUDGET_SECONDS:.0f} s; load average now {os.getloadavg()[0]:.2f}")
    sys.exit(1 if slow else 0)


if __name__ == "__main__":
    main()
