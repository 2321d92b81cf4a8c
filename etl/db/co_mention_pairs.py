"""co_mention_pairs: each article's actors paired with its places and organizations.

``analytics.co_mentions`` used to pair them when read, article by article: one article
or a date range was fast, but a pass over the archive (7.4 million pairs at 100,000
articles) took over 10 s. The load now stores the pairs in the transaction that writes
the articles' mentions, one statement for a batch, and the view reads them. A
re-extraction replaces them with the article's other rows; deleting the article
deletes them (by the foreign key's cascade). Pairs already stored are not recomputed:
a change to what a pair is needs a revision that fills the table again.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, text

# Article by article, as analytics.co_mentions paired them when read: each actor with each
# place and organization the article names (scope article), and each pair named in one
# sentence (scope sentence), with the mentions in the scope and the sentences counted.
_INSERT_PAIRS = """
INSERT INTO co_mention_pairs (article_id, actor_id, scope, other_kind, other_id, organization_id, place_id,
                              actor_mentions, other_mentions, sentences)
SELECT a.id, pairs.actor_id, pairs.scope,
       CASE WHEN pairs.place_id IS NOT NULL THEN 'place' ELSE 'organization' END,
       coalesce(pairs.place_id, pairs.organization_id), pairs.organization_id, pairs.place_id,
       pairs.actor_mentions, pairs.other_mentions, pairs.sentences
FROM articles a
CROSS JOIN LATERAL (
    SELECT actor_side.scope, actor_side.actor_id, other_side.organization_id, other_side.place_id,
           sum(actor_side.mentions) AS actor_mentions,
           sum(other_side.mentions) AS other_mentions,
           CASE WHEN actor_side.scope = 'sentence' THEN count(*) END AS sentences
    FROM (
        SELECT 'article' AS scope, -1 AS sentence, actor_id, count(*) AS mentions
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NOT NULL
        GROUP BY actor_id
        UNION ALL
        SELECT 'sentence', sentence, actor_id, count(*)
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NOT NULL AND sentence IS NOT NULL
        GROUP BY sentence, actor_id
    ) AS actor_side
    JOIN (
        SELECT 'article' AS scope, -1 AS sentence, organization_id, place_id, count(*) AS mentions
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NULL
        GROUP BY organization_id, place_id
        UNION ALL
        SELECT 'sentence', sentence, organization_id, place_id, count(*)
        FROM mentions
        WHERE article_id = a.id AND actor_id IS NULL AND sentence IS NOT NULL
        GROUP BY sentence, organization_id, place_id
    ) AS other_side
      ON other_side.scope = actor_side.scope AND other_side.sentence = actor_side.sentence
    GROUP BY actor_side.scope, actor_side.actor_id, other_side.place_id, other_side.organization_id
) AS pairs
WHERE a.id = ANY(:ids)
"""


def insert_co_mention_pairs(connection: Connection, article_ids: Sequence[int]) -> None:
    """Pair the actors of just-loaded articles with their places and organizations: one statement for them all.

    Args:
        connection: inside the transaction that wrote the articles' mentions.
        article_ids: the articles, which have no pairs yet.
    """
    if article_ids:
        connection.execute(text(_INSERT_PAIRS), {"ids": list(article_ids)})
