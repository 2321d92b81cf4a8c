"""Loaded articles as the user names them: find one, list them, delete some.

An article answers to its id, its URI, the path of the file it was read from, or any
tail of that path (``story.txt``, ``a/story.txt``) or the name it was loaded as
(``archive.jsonl#flood-1``), as long as one article does. Deleting articles removes
every row only they support: their mentions, co-mention pairs, quotes, claims, roles
and authors (which cascade), then the actors, organizations and places no remaining row
refers to, the places those lay in when nothing else lies there, and the aliases no
remaining mention uses. The load stage runs the same cleanup after re-extracting an article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, func, select, text

from etl.db import models
from etl.errors import AmbiguousArticle, ArticleNotFound
from etl.records import web_url


MAX_ID_DIGITS = 18
"""A longer number is no article id (ids are bigints), so it is looked up as a name."""


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One line of ``news-etl list``."""

    id: int
    uri: str
    title: str | None
    published: dt.date | None
    outlet: str | None
    quotes: int
    claims: int
    persons: int


def find_article(connection: Connection, reference: str) -> int:
    """The id of the one article ``reference`` names.

    Args:
        connection: a database at the schema head.
        reference: an id, a URI, a path (absolute, or relative to the current folder) or
            a file name or path tail, or the name the article was loaded as.

    Raises:
        ArticleNotFound: no article answers to it.
        AmbiguousArticle: several do (``story.txt`` of two folders); lists their URIs.
    """
    exact = _exactly_named(connection, reference)
    if exact is not None:
        return exact
    tail = _uri_tail(reference)
    rows = connection.execute(
        select(models.Article.id, models.Article.uri)
        .where((models.Article.source == reference) | (func.right(models.Article.uri, len(tail)) == tail))
        .order_by(models.Article.id)
    ).all()
    if not rows:
        raise ArticleNotFound(reference)
    if len(rows) > 1:
        raise AmbiguousArticle(reference, [f"{row.id}  {row.uri}" for row in rows])
    return rows[0].id


def find_articles(connection: Connection, references: Iterable[str]) -> list[int]:
    """``find_article`` for each reference, each id once, in the order given."""
    return list(dict.fromkeys(find_article(connection, reference) for reference in references))


def article_uris(connection: Connection, article_ids: Sequence[int]) -> dict[int, str]:
    """Each article's URI, by id, in the order given."""
    uris = dict(connection.execute(
        select(models.Article.id, models.Article.uri).where(models.Article.id.in_(article_ids))
    ).all())
    return {article_id: uris[article_id] for article_id in article_ids if article_id in uris}


def _exactly_named(connection: Connection, reference: str) -> int | None:
    """The article whose id, URI, URL or file (a path that exists here) ``reference`` is."""
    if reference.isdigit() and len(reference) <= MAX_ID_DIGITS:
        found = connection.scalar(select(models.Article.id).where(models.Article.id == int(reference)))
        if found is not None:
            return found
    uris = [reference]
    if web_url(reference) is None and _is_file(reference):
        uris.append(Path(reference).resolve().as_uri())
    return connection.scalar(
        select(models.Article.id).where(models.Article.uri.in_(uris) | (models.Article.url == reference))
        .order_by(models.Article.id).limit(1)
    )


def _is_file(reference: str) -> bool:
    try:
        return Path(reference).is_file()
    except OSError:  # a name too long for a path names no file
        return False


def _uri_tail(reference: str) -> str:
    """How a file:// URI ends when its path ends with ``reference`` (``a/story.txt``,
    ``archive.jsonl#flood-1``): after a slash, percent-encoded as ``Path.as_uri`` writes it."""
    path, hash_mark, fragment = reference.removeprefix("./").partition("#")
    return "/" + quote(path, safe="/") + (hash_mark + quote(fragment, safe="") if hash_mark else "")


def list_articles(connection: Connection, outlet: str | None = None, since: dt.date | None = None) -> list[ArticleRow]:
    """Every loaded article, oldest id first, with its counts of quotes, claims and named persons
    (mentioned or authors).

    Args:
        connection: a database at the schema head.
        outlet: only the articles of this outlet (as stored, case-insensitive).
        since: only the articles published on or after this date.
    """
    query = text("""
        SELECT a.id, a.uri, a.title, a.published, a.outlet,
               (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
               (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,
               (SELECT count(*) FROM actors ac WHERE ac.kind = 'named' AND ac.id IN (
                    SELECT m.actor_id FROM mentions m WHERE m.article_id = a.id
                    UNION SELECT au.actor_id FROM article_authors au WHERE au.article_id = a.id)) AS persons
        FROM articles a
        WHERE (CAST(:outlet AS text) IS NULL OR lower(a.outlet) = lower(:outlet))
          AND (CAST(:since AS date) IS NULL OR a.published >= :since)
        ORDER BY a.id
    """)
    return [ArticleRow(*row) for row in connection.execute(query, {"outlet": outlet, "since": since})]


@dataclass(slots=True)
class Removed:
    """What a deletion or a re-extraction took out of the database, rows per table."""

    articles: list[str] = field(default_factory=list)
    """The URIs of the articles deleted."""
    rows: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, count: int) -> None:
        if count:
            self.rows[table] = self.rows.get(table, 0) + count


@dataclass(frozen=True, slots=True)
class EntityRefs:
    """The entities some articles refer to: the candidates to remove once those articles are gone."""

    actors: tuple[int, ...] = ()
    organizations: tuple[int, ...] = ()
    places: tuple[int, ...] = ()


_ENTITIES_OF = {
    "actors": """
        SELECT actor_id FROM mentions WHERE article_id = ANY(:ids) AND actor_id IS NOT NULL
        UNION SELECT actor_id FROM article_authors WHERE article_id = ANY(:ids)
        UNION SELECT speaker_actor_id FROM quotes WHERE article_id = ANY(:ids) AND speaker_actor_id IS NOT NULL
        UNION SELECT claimant_actor_id FROM claims WHERE article_id = ANY(:ids) AND claimant_actor_id IS NOT NULL
        UNION SELECT actor_id FROM roles WHERE article_id = ANY(:ids)
        UNION SELECT of_actor_id FROM roles WHERE article_id = ANY(:ids) AND of_actor_id IS NOT NULL""",
    "organizations": """
        SELECT organization_id FROM mentions WHERE article_id = ANY(:ids) AND organization_id IS NOT NULL
        UNION SELECT speaker_organization_id FROM quotes
              WHERE article_id = ANY(:ids) AND speaker_organization_id IS NOT NULL
        UNION SELECT claimant_organization_id FROM claims
              WHERE article_id = ANY(:ids) AND claimant_organization_id IS NOT NULL
        UNION SELECT of_organization_id FROM roles WHERE article_id = ANY(:ids) AND of_organization_id IS NOT NULL""",
    # The places named, and every place they lie in: a province kept only as a city's parent
    # goes with the city.
    "places": """
        WITH RECURSIVE named AS (
            SELECT place_id AS id FROM mentions WHERE article_id = ANY(:ids) AND place_id IS NOT NULL
            UNION SELECT of_place_id FROM roles WHERE article_id = ANY(:ids) AND of_place_id IS NOT NULL
        ), up AS (
            SELECT id FROM named
            UNION SELECT p.parent_id FROM places p JOIN up ON p.id = up.id WHERE p.parent_id IS NOT NULL
        )
        SELECT id FROM up""",
}

# An entity still referred to by any row is kept: a mention, an authorship, a quote or claim
# it said, a role it holds or is the "of" of, or (a place) a place that lies in it.
_UNUSED = {
    "actors": """
        DELETE FROM actors e WHERE e.id = ANY(:ids)
          AND NOT EXISTS (SELECT FROM mentions WHERE actor_id = e.id)
          AND NOT EXISTS (SELECT FROM article_authors WHERE actor_id = e.id)
          AND NOT EXISTS (SELECT FROM quotes WHERE speaker_actor_id = e.id)
          AND NOT EXISTS (SELECT FROM claims WHERE claimant_actor_id = e.id)
          AND NOT EXISTS (SELECT FROM roles WHERE actor_id = e.id)
          AND NOT EXISTS (SELECT FROM roles WHERE of_actor_id = e.id)
        RETURNING e.id""",
    "organizations": """
        DELETE FROM organizations e WHERE e.id = ANY(:ids)
          AND NOT EXISTS (SELECT FROM mentions WHERE organization_id = e.id)
          AND NOT EXISTS (SELECT FROM quotes WHERE speaker_organization_id = e.id)
          AND NOT EXISTS (SELECT FROM claims WHERE claimant_organization_id = e.id)
          AND NOT EXISTS (SELECT FROM roles WHERE of_organization_id = e.id)
        RETURNING e.id""",
    "places": """
        DELETE FROM places e WHERE e.id = ANY(:ids)
          AND NOT EXISTS (SELECT FROM mentions WHERE place_id = e.id)
          AND NOT EXISTS (SELECT FROM roles WHERE of_place_id = e.id)
          AND NOT EXISTS (SELECT FROM places child WHERE child.parent_id = e.id)
        RETURNING e.id""",
}

# An alias stays while a remaining mention of its entity is written with it ("President
# Trump" keeps "Trump"), or, for an author, the byline does.
_UNUSED_ALIASES = {
    "actor_aliases": """
        DELETE FROM actor_aliases al WHERE al.actor_id = ANY(:ids)
          AND NOT EXISTS (SELECT FROM mentions m WHERE m.actor_id = al.actor_id AND strpos(m.text, al.alias) > 0)
          AND NOT EXISTS (SELECT FROM article_authors au JOIN articles a ON a.id = au.article_id
                          WHERE au.actor_id = al.actor_id
                            AND substr(a.text, au.start_char + 1, au.end_char - au.start_char) = al.alias)""",
    "organization_aliases": """
        DELETE FROM organization_aliases al WHERE al.organization_id = ANY(:ids)
          AND NOT EXISTS (SELECT FROM mentions m
                          WHERE m.organization_id = al.organization_id AND strpos(m.text, al.alias) > 0)""",
    "place_aliases": """
        DELETE FROM place_aliases al WHERE al.place_id = ANY(:ids)
          AND NOT EXISTS (SELECT FROM mentions m WHERE m.place_id = al.place_id AND strpos(m.text, al.alias) > 0)""",
}
_ALIAS_OWNERS = {"actor_aliases": "actors", "organization_aliases": "organizations", "place_aliases": "places"}
_PER_ARTICLE = ("mentions", "co_mention_pairs", "quotes", "claims", "roles", "article_authors")


def entities_of(connection: Connection, article_ids: Sequence[int]) -> EntityRefs:
    """The entities the articles refer to (and the places those lie in), before their rows go."""
    if not article_ids:
        return EntityRefs()
    found = {table: tuple(connection.scalars(text(sql), {"ids": list(article_ids)}))
             for table, sql in _ENTITIES_OF.items()}
    return EntityRefs(**found)


def prune_entities(connection: Connection, refs: EntityRefs) -> Removed:
    """Remove the entities among ``refs`` that no row refers to any more, and the aliases of
    the others that no remaining mention uses.

    Places go from the innermost out, since a place is kept while a place lies in it.

    Returns:
        The rows removed from each table.
    """
    removed = Removed()
    # Aliases go with their entity (a cascade) or alone; counted together, before and after.
    aliases_before = _alias_counts(connection, refs)
    for table in ("actors", "organizations"):
        if ids := list(getattr(refs, table)):
            removed.add(table, len(connection.execute(text(_UNUSED[table]), {"ids": ids}).all()))
    places = set(refs.places)
    while places:
        gone = set(connection.scalars(text(_UNUSED["places"]), {"ids": list(places)}))
        removed.add("places", len(gone))
        places = places - gone if gone else set()
    for alias_table, owner in _ALIAS_OWNERS.items():
        if ids := list(getattr(refs, owner)):
            connection.execute(text(_UNUSED_ALIASES[alias_table]), {"ids": ids})
    for alias_table, count in _alias_counts(connection, refs).items():
        removed.add(alias_table, aliases_before[alias_table] - count)
    return removed


def _alias_counts(connection: Connection, refs: EntityRefs) -> dict[str, int]:
    """How many aliases the entities of ``refs`` have, per alias table."""
    return {
        alias_table: connection.scalar(
            text(f"SELECT count(*) FROM {alias_table} WHERE {owner.removesuffix('s')}_id = ANY(:ids)"),
            {"ids": list(getattr(refs, owner))},
        )
        for alias_table, owner in _ALIAS_OWNERS.items()
    }


def delete_articles(connection: Connection, article_ids: Sequence[int]) -> Removed:
    """Delete the articles and every row only they support, in the caller's transaction.

    Args:
        connection: a connection inside the transaction that makes the deletion whole.
        article_ids: the articles (``find_articles``).

    Returns:
        The URIs of the articles deleted and the rows removed from each table.
    """
    removed = Removed()
    refs = entities_of(connection, article_ids)
    ids = {"ids": list(article_ids)}
    for table in _PER_ARTICLE:
        removed.add(table, connection.scalar(text(f"SELECT count(*) FROM {table} WHERE article_id = ANY(:ids)"), ids))
    removed.articles = list(connection.scalars(text("DELETE FROM articles WHERE id = ANY(:ids) RETURNING uri"), ids))
    removed.add("articles", len(removed.articles))
    for table, count in prune_entities(connection, refs).rows.items():
        removed.add(table, count)
    return removed
