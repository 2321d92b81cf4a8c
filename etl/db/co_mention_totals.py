"""co_mention_totals: the archive's co-mentions summed, kept in step with the articles.

``analytics.co_mentions`` pairs entities article by article; an archive-wide question
(which people go with which places, top pairs, a network graph) sums its rows, some 20
million at 100,000 articles, which takes over 10 s. The table holds those sums, one row
per actor, place or organization and scope, and whatever changes an article's mentions
changes them in its transaction: the load adds each batch's articles in one statement,
and deleting or re-extracting an article subtracts what it added before its mentions go.
Both read the articles' pairs from ``analytics.co_mentions``, so the totals are that
view's GROUP BY by definition, and each costs only the articles it is given.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import BigInteger, Connection, Integer, Text, column, text
from sqlalchemy.dialects import postgresql

from etl.db import models

KEY = ("actor_id", "scope", "other_kind", "other_id")
"""The table's primary key, in its index's order. Each statement locks rows in this order, so
two runs adding at once cannot deadlock. A re-extraction subtracts, then adds: should two
runs re-extract articles that share pairs at once, PostgreSQL may fail one with a deadlock,
and the load tries that batch's articles again one by one."""

# What the articles :ids add to each total; the other of a pair also goes to its own column.
_CONTRIBUTION = """
    SELECT actor_id, scope, other_kind, other_id,
           CASE WHEN other_kind = 'organization' THEN other_id END AS organization_id,
           CASE WHEN other_kind = 'place' THEN other_id END AS place_id,
           count(*) AS articles, sum(sentences) AS sentences,
           sum(actor_mentions) AS actor_mentions, sum(other_mentions) AS other_mentions
    FROM analytics.co_mentions
    WHERE article_id = ANY(:ids)
    GROUP BY actor_id, scope, other_kind, other_id
    ORDER BY actor_id, scope, other_kind, other_id"""

_COUNTS = ("articles", "sentences", "actor_mentions", "other_mentions")
_SAME_KEY = " AND ".join(f"t.{name} = gone.{name}" for name in KEY)

_LOCK = f"""
    SELECT FROM co_mention_totals t JOIN ({_CONTRIBUTION}) AS gone ON {_SAME_KEY}
    ORDER BY {", ".join(f"t.{name}" for name in KEY)}
    FOR UPDATE OF t"""

# A total the articles make all of goes; the others lose their share. The two touch
# different rows, so they can share a statement (and its snapshot).
_SUBTRACT = f"""
    WITH gone AS ({_CONTRIBUTION}),
    removed AS (
        DELETE FROM co_mention_totals t USING gone WHERE {_SAME_KEY} AND t.articles = gone.articles
        RETURNING 1
    ), kept AS (
        UPDATE co_mention_totals t SET {", ".join(f"{count} = t.{count} - gone.{count}" for count in _COUNTS)}
        FROM gone WHERE {_SAME_KEY} AND t.articles > gone.articles
    )
    SELECT count(*) FROM removed"""


def add_co_mentions(connection: Connection, article_ids: Sequence[int]) -> None:
    """Add the co-mentions of just-loaded articles to the totals: one statement for them all.

    Args:
        connection: inside the transaction that loaded the articles' mentions.
        article_ids: the articles, whose co-mentions are not counted yet.
    """
    if not article_ids:
        return
    table = models.CoMentionTotal.__table__
    pairs = text(_CONTRIBUTION).bindparams(ids=list(article_ids)).columns(
        column("actor_id", BigInteger), column("scope", Text), column("other_kind", Text),
        column("other_id", BigInteger), column("organization_id", BigInteger), column("place_id", BigInteger),
        *(column(count, Integer) for count in _COUNTS),
    )
    statement = postgresql.insert(table).from_select(
        [*KEY, "organization_id", "place_id", *_COUNTS], pairs
    )
    statement = statement.on_conflict_do_update(
        index_elements=[table.c[name] for name in KEY],
        set_={count: table.c[count] + statement.excluded[count] for count in _COUNTS},
    )
    connection.execute(statement)


def subtract_co_mentions(connection: Connection, article_ids: Sequence[int]) -> int:
    """Take the articles' co-mentions out of the totals, before their mentions are deleted;
    a total no other article supports goes.

    Args:
        connection: inside the transaction that deletes or replaces the articles, which
            holds their rows locked, so no other run changes their mentions in between.
        article_ids: the articles.

    Returns:
        How many totals went.
    """
    if not article_ids:
        return 0
    ids = {"ids": list(article_ids)}
    connection.execute(text(_LOCK), ids)
    return connection.scalar(text(_SUBTRACT), ids)
