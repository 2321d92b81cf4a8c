"""mentions_by_day sums by day and entity id before it names them, so its full pass stays under a second.

32de56e9ebd6 built analytics.mentions_by_day on the per-article views, grouping by day, id,
kind and name: at 100,000 articles (bench/queries.py, 2.9 million mentions) a pass over it
took 1.0 s on a quiet machine, the limit issue 13 sets, and 1.2 to 2 s on a busy one. This
revision counts each article's mentions of an entity from the mentions indexes, sums them
by day and entity id, and joins the names after, as LEFT JOINs on unique keys that a count
over the view leaves out. Same columns, names, meaning and comments.

The SQL is inlined: a revision must create the same views forever;
schema/views/mentions_by_day.sql equals VIEWS here (a test checks it).

Revision ID: 5d1e7c3b9a02
Revises: 63aeaec37291
Create Date: 2026-11-29 18:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '5d1e7c3b9a02'
down_revision: str | Sequence[str] | None = '63aeaec37291'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VIEWS: dict[str, str] = {
    "mentions_by_day": """-- analytics.mentions_by_day
-- Answers: how often is each person, organization or place named, day by day? A time
-- series by publication date: one row per entity and day it is mentioned on. Articles
-- without a known date are left out. Filter on kind and entity_id to follow one entity.
-- Each article's mentions of an entity are counted once, from the indexes, and summed by
-- day and entity id before the names are joined: the names are LEFT JOINs on unique keys,
-- which a count over the view leaves out.
CREATE VIEW analytics.mentions_by_day AS
SELECT
    days.day,
    CASE WHEN days.entity_table = 'actor' THEN ac.kind ELSE days.entity_table END AS kind,
    days.entity_id,
    coalesce(ac.name, o.name, p.name) AS entity,
    days.mentions,
    days.articles
FROM (
    SELECT a.published AS day, per_article.entity_table, per_article.entity_id,
           sum(per_article.mentions)::bigint AS mentions, count(*) AS articles
    FROM (
        SELECT 'actor' AS entity_table, actor_id AS entity_id, article_id, count(*) AS mentions
        FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id, article_id
        UNION ALL
        SELECT 'organization', organization_id, article_id, count(*)
        FROM mentions WHERE organization_id IS NOT NULL GROUP BY organization_id, article_id
        UNION ALL
        SELECT 'place', place_id, article_id, count(*)
        FROM mentions WHERE place_id IS NOT NULL GROUP BY place_id, article_id
    ) AS per_article
    JOIN articles a ON a.id = per_article.article_id
    WHERE a.published IS NOT NULL
    GROUP BY a.published, per_article.entity_table, per_article.entity_id
) AS days
LEFT JOIN actors ac ON days.entity_table = 'actor' AND ac.id = days.entity_id
LEFT JOIN organizations o ON days.entity_table = 'organization' AND o.id = days.entity_id
LEFT JOIN places p ON days.entity_table = 'place' AND p.id = days.entity_id;

COMMENT ON VIEW analytics.mentions_by_day IS 'Mentions per entity and publication day, for time series: one row per person, organization or place and day it is named on.';
COMMENT ON COLUMN analytics.mentions_by_day.day IS 'Publication date of the articles counted.';
COMMENT ON COLUMN analytics.mentions_by_day.kind IS 'named, anonymous, organization or place: which table entity_id points to (actors for named and anonymous).';
COMMENT ON COLUMN analytics.mentions_by_day.entity_id IS 'actors.id, organizations.id or places.id, as kind says.';
COMMENT ON COLUMN analytics.mentions_by_day.entity IS 'Fullest name of the entity, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.mentions_by_day.mentions IS 'How many times the articles published that day name the entity.';
COMMENT ON COLUMN analytics.mentions_by_day.articles IS 'How many articles published that day name the entity.';
""",
}

# As 32de56e9ebd6 made it.
PREVIOUS_VIEWS: dict[str, str] = {
    "mentions_by_day": """-- analytics.mentions_by_day
-- Answers: how often is each person, organization or place named, day by day? A time
-- series by publication date: one row per entity and day it is mentioned on. Articles
-- without a known date are left out. Filter on kind and entity_id to follow one entity.
-- Built on the per-article views, so each article's mentions are counted once, from the
-- indexes.
CREATE VIEW analytics.mentions_by_day AS
SELECT published AS day, actor_kind AS kind, actor_id AS entity_id, actor AS entity,
       sum(mentions)::bigint AS mentions, count(*) AS articles
FROM analytics.actor_mentions
WHERE published IS NOT NULL
GROUP BY published, actor_id, actor_kind, actor
UNION ALL
SELECT published, 'organization', organization_id, organization, sum(mentions)::bigint, count(*)
FROM analytics.organization_mentions
WHERE published IS NOT NULL
GROUP BY published, organization_id, organization
UNION ALL
SELECT published, 'place', place_id, place, sum(mentions)::bigint, count(*)
FROM analytics.place_mentions
WHERE published IS NOT NULL
GROUP BY published, place_id, place;

COMMENT ON VIEW analytics.mentions_by_day IS 'Mentions per entity and publication day, for time series: one row per person, organization or place and day it is named on.';
COMMENT ON COLUMN analytics.mentions_by_day.day IS 'Publication date of the articles counted.';
COMMENT ON COLUMN analytics.mentions_by_day.kind IS 'named, anonymous, organization or place: which table entity_id points to (actors for named and anonymous).';
COMMENT ON COLUMN analytics.mentions_by_day.entity_id IS 'actors.id, organizations.id or places.id, as kind says.';
COMMENT ON COLUMN analytics.mentions_by_day.entity IS 'Fullest name of the entity, or the description of an anonymous source.';
COMMENT ON COLUMN analytics.mentions_by_day.mentions IS 'How many times the articles published that day name the entity.';
COMMENT ON COLUMN analytics.mentions_by_day.articles IS 'How many articles published that day name the entity.';
""",
}


def upgrade() -> None:
    # Not CASCADE: a view an analyst built on mentions_by_day stops the migration rather than vanishing.
    op.execute("DROP VIEW analytics.mentions_by_day")
    for sql in VIEWS.values():
        op.execute(sa.text(sql))


def downgrade() -> None:
    op.execute("DROP VIEW analytics.mentions_by_day")
    for sql in PREVIOUS_VIEWS.values():
        op.execute(sa.text(sql))
