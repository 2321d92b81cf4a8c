"""Co-mention totals at the size of an archive whose pairs never repeat.

bench/queries.py grows its archive by copying articles, entities shared, so its
co_mention_totals keeps the few hundred pairs the inputs name however many copies there
are. A real archive has more: anonymous sources are an article's own (a third of the seed
and test articles' pairs), and named people meet new places. This bench fills the table
for the worst case: N articles each adding pairs no other article has, at the
seed and test articles' average of 74 rows an article (37 places or organizations an
actor, both scopes), over generated actors, places and organizations. After
``VACUUM ANALYZE`` it times, like bench/queries.py (warm, median of 3), the view's first
page, one actor's rows, a full pass, the worked query that reads it, and the top pairs
a network graph draws. The database lives in a temporary folder, removed afterwards. Usage::

    python bench/co_mention_totals.py [--articles 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from queries import BUDGET_SECONDS, examples, measure

OTHERS_PER_ARTICLE = 37
"""Places and organizations an article's pairs name, each in both scopes: 74 rows, the
seed and test articles' average (887 rows for 12 articles)."""
PLACES, ORGANIZATIONS = 20_000, 10_000

FILL = """
INSERT INTO co_mention_totals (actor_id, scope, other_kind, other_id, organization_id, place_id,
                               articles, sentences, actor_mentions, other_mentions)
SELECT a.id, s.scope, o.kind, o.id,
       CASE WHEN o.kind = 'organization' THEN o.id END, CASE WHEN o.kind = 'place' THEN o.id END,
       1 + (a.id + o.n) % 7, CASE WHEN s.scope = 'sentence' THEN 1 + (a.id + o.n) % 7 END,
       1 + (a.id + o.n) % 7 + (a.id + o.n) % 9, 1 + (a.id + o.n) % 7 + (a.id * o.n) % 11
FROM actors a
CROSS JOIN (VALUES ('article'), ('sentence')) AS s (scope)
CROSS JOIN LATERAL (
    SELECT DISTINCT ON (kind, id) kind, id, n
    FROM (SELECT CASE WHEN n % 3 = 0 THEN 'organization' ELSE 'place' END AS kind,
                 1 + (a.id * 7919 + n * 104729) % CASE WHEN n % 3 = 0 THEN :organizations ELSE :places END AS id, n
          FROM generate_series(1, :others) AS n) AS drawn
) AS o
"""


def fill(connection, articles: int) -> None:
    """One actor an article (a third anonymous), each paired with its own places and organizations."""
    from sqlalchemy import text

    connection.execute(text(
        "INSERT INTO actors (key, name, kind) SELECT 'person:' || g, 'Person ' || g, "
        "CASE WHEN g % 3 = 0 THEN 'anonymous' ELSE 'named' END FROM generate_series(1, :n) AS g"
    ), {"n": articles})
    connection.execute(text("INSERT INTO places (key, name) SELECT 'place:' || g, 'Place ' || g "
                            "FROM generate_series(1, :n) AS g"), {"n": PLACES})
    connection.execute(text("INSERT INTO organizations (key, name) SELECT 'organization:' || g, 'Organization ' || g "
                            "FROM generate_series(1, :n) AS g"), {"n": ORGANIZATIONS})
    connection.execute(text(FILL), {"others": OTHERS_PER_ARTICLE, "places": PLACES, "organizations": ORGANIZATIONS})


def queries(connection) -> list[tuple[str, str]]:
    from sqlalchemy import text

    actor = connection.scalar(text("SELECT actor_id FROM co_mention_totals ORDER BY actor_id DESC LIMIT 1"))
    worked = [(title, sql) for title, sql in examples() if "analytics.co_mention_totals" in sql]
    return [
        ("first 100 rows", "SELECT * FROM analytics.co_mention_totals LIMIT 100"),
        ("actor_id =", f"SELECT * FROM analytics.co_mention_totals WHERE actor_id = {actor}"),
        ("full pass", "SELECT count(*) FROM analytics.co_mention_totals"),
        ("top 100 pairs by articles (a network graph's edges)",
         "SELECT actor, other, articles FROM analytics.co_mention_totals WHERE scope = 'article' "
         "ORDER BY articles DESC, actor, other LIMIT 100"),
        *worked,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles whose pairs to add (default 100000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per query; the median is printed (default 3)")
    args = parser.parse_args()

    from sqlalchemy import create_engine, text

    from etl.db import migrate
    from etl.db.server import EmbeddedServer

    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} (figures taken under load are slower)",
          flush=True)
    with tempfile.TemporaryDirectory(prefix="news-etl-totals-") as scratch, \
            EmbeddedServer(Path(scratch) / "home").running() as server:
        with server.admin() as admin:
            admin.execute('CREATE DATABASE "bench_totals"')
        engine = create_engine(server.url(database="bench_totals"))
        migrate.upgrade(engine)
        started = time.perf_counter()
        with engine.begin() as connection:
            fill(connection, args.articles)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))
            rows, size = connection.execute(text(
                "SELECT count(*), pg_size_pretty(pg_total_relation_size('co_mention_totals')) FROM co_mention_totals"
            )).one()
            print(f"co_mention_totals: {rows} rows, {size}, filled in {time.perf_counter() - started:.0f} s",
                  flush=True)
            print(f"analytics.co_mention_totals (warm, median of {args.repeat}):", flush=True)
            slow = measure(connection, queries(connection), args.repeat)
        engine.dispose()
    print(f"{slow} queries over {BUDGET_SECONDS:.0f} s; load average now {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
