"""What the article page shows, read from the database through the analytics views, so
the page audits exactly what an analyst's query would see. Rendering is etl.show's job.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, text

from etl.db.articles import find_article


@dataclass(frozen=True, slots=True)
class Statement:
    """A quote or a claim, with who the extractor says made it."""

    kind: str
    """quote or claim."""
    start: int
    end: int
    who: str | None
    """Speaker or claimant; None when the extractor found none."""
    roles: str | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    negated: bool
    """A claim its cue or its subject denies ("did not say", "no official has said"); never for a quote."""


@dataclass(frozen=True, slots=True)
class EntityMention:
    """Where the article names an entity."""

    start: int
    end: int
    kind: str
    """named, anonymous, organization or place."""
    name: str
    """The entity's fullest name, which may differ from the text at the offsets."""


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One line of the page's actor table: a person or an anonymous source."""

    name: str
    kind: str
    roles: str | None
    mentions: int
    quotes: int
    claims: int


@dataclass(frozen=True, slots=True)
class OrganizationRow:
    """One line of the page's organization table."""

    name: str
    mentions: int
    quotes: int
    claims: int


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One line of the page's place table: where the place is, as the database knows it."""

    name: str
    place_type: str | None
    country_code: str | None
    latitude: float | None
    longitude: float | None
    mentions: int


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """Everything the page shows about one article."""

    source: str
    format: str
    """txt, html or jsonl: how the text's regions (title, byline, boilerplate) were marked."""
    title: str | None
    authors: list[str]
    published: dt.date | None
    text: str
    statements: list[Statement]
    mentions: list[EntityMention]
    actors: list[ActorRow]
    organizations: list[OrganizationRow]
    places: list[PlaceRow]


_ARTICLE = text("SELECT id, source, format, title, authors, published, text FROM articles WHERE id = :id")

_STATEMENTS = text("""
    SELECT 'quote' AS kind, start_char, end_char, speaker AS who, speaker_roles AS roles,
           cue, cue_start, cue_end, false AS negated
    FROM analytics.quote_attributions WHERE article_id = :article_id
    UNION ALL
    SELECT 'claim', start_char, end_char, claimant, claimant_roles, cue, cue_start, cue_end, negated
    FROM analytics.claim_sources WHERE article_id = :article_id
    ORDER BY start_char, kind
""")

_MENTIONS = text("""
    SELECT m.start_char, m.end_char,
           CASE WHEN ac.id IS NOT NULL THEN ac.kind WHEN o.id IS NOT NULL THEN 'organization' ELSE 'place' END AS kind,
           coalesce(ac.name, o.name, p.name) AS name
    FROM mentions m
    LEFT JOIN actors ac ON ac.id = m.actor_id
    LEFT JOIN organizations o ON o.id = m.organization_id
    LEFT JOIN places p ON p.id = m.place_id
    WHERE m.article_id = :article_id
    ORDER BY m.start_char
""")

# Grouped by id, not name: two people of one name stay two rows.
_ACTORS = text("""
    SELECT max(name) AS name, max(kind) AS kind, max(roles) AS roles,
           sum(mentions) AS mentions, sum(quotes) AS quotes, sum(claims) AS claims
    FROM (
        SELECT actor_id AS id, actor AS name, actor_kind AS kind, NULL AS roles, mentions, 0 AS quotes, 0 AS claims
        FROM analytics.actor_mentions WHERE article_id = :article_id
        UNION ALL
        SELECT actor_id, actor, actor_kind, roles, 0, 0, 0 FROM analytics.actor_roles WHERE article_id = :article_id
        UNION ALL
        SELECT speaker_actor_id, speaker, speaker_kind, NULL, 0, 1, 0
        FROM analytics.quote_attributions WHERE article_id = :article_id AND speaker_actor_id IS NOT NULL
        UNION ALL
        SELECT claimant_actor_id, claimant, claimant_kind, NULL, 0, 0, 1
        FROM analytics.claim_sources WHERE article_id = :article_id AND claimant_actor_id IS NOT NULL
    ) AS appearances
    GROUP BY id
    ORDER BY quotes DESC, claims DESC, mentions DESC, name
""")

_ORGANIZATIONS = text("""
    SELECT max(name) AS name, sum(mentions) AS mentions, sum(quotes) AS quotes, sum(claims) AS claims
    FROM (
        SELECT organization_id AS id, organization AS name, mentions, 0 AS quotes, 0 AS claims
        FROM analytics.organization_mentions WHERE article_id = :article_id
        UNION ALL
        SELECT speaker_organization_id, speaker, 0, 1, 0
        FROM analytics.quote_attributions WHERE article_id = :article_id AND speaker_organization_id IS NOT NULL
        UNION ALL
        SELECT claimant_organization_id, claimant, 0, 0, 1
        FROM analytics.claim_sources WHERE article_id = :article_id AND claimant_organization_id IS NOT NULL
    ) AS appearances
    GROUP BY id
    ORDER BY quotes DESC, claims DESC, mentions DESC, name
""")

_PLACES = text("""
    SELECT place, place_type, country_code, latitude, longitude, mentions
    FROM analytics.place_mentions WHERE article_id = :article_id
    ORDER BY mentions DESC, place
""")


def read_article_page(connection: Connection, reference: str) -> ArticlePage:
    """The article ``reference`` names, with its quotes, claims, mentions, actors,
    organizations and places.

    Args:
        connection: a database at the schema head (the analytics views exist).
        reference: its id, URI, path or a file name only it has (``etl.db.articles.find_article``).

    Raises:
        ArticleNotFound: no article answers to ``reference``.
        AmbiguousArticle: several do.
    """
    article = connection.execute(_ARTICLE, {"id": find_article(connection, reference)}).one()
    by_id = {"article_id": article.id}
    return ArticlePage(
        source=article.source,
        format=article.format,
        title=article.title,
        authors=list(article.authors),
        published=article.published,
        text=article.text,
        statements=[Statement(*row) for row in connection.execute(_STATEMENTS, by_id)],
        mentions=[EntityMention(*row) for row in connection.execute(_MENTIONS, by_id)],
        actors=[ActorRow(*row) for row in connection.execute(_ACTORS, by_id)],
        organizations=[OrganizationRow(*row) for row in connection.execute(_ORGANIZATIONS, by_id)],
        places=[PlaceRow(*row) for row in connection.execute(_PLACES, by_id)],
    )
