"""export-v1: the JSON document of what the database holds, per article.

Read back from the database, never from memory, so it shows what was loaded.
The format is ../shared/contracts/export-v1.md: fields may be added, none renamed.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, Row, func, select
from sqlalchemy.orm import aliased

from etl.db import models
from etl.db.articles import find_article
from etl.errors import ArticleNotFound

FORMAT = "export-v1"


def export_document(
    connection: Connection, article: str | None = None, *, article_id: int | None = None
) -> dict[str, Any]:
    """The export-v1 document for every loaded article, or for one.

    Args:
        connection: a database connection.
        article: only the article this names: its id, URI, path or a file name only it has
            (see ``etl.db.articles.find_article``).
        article_id: only this article.

    Raises:
        ArticleNotFound: no article matches.
        AmbiguousArticle: ``article`` names several.
    """
    if article is not None:
        article_id = find_article(connection, article)
    query = select(models.Article).order_by(models.Article.id)
    if article_id is not None:
        query = query.where(models.Article.id == article_id)
    articles = connection.execute(query).all()
    if article_id is not None and not articles:
        raise ArticleNotFound(str(article_id))
    return {"format": FORMAT, "articles": [_article(connection, row) for row in articles]}


def _article(connection: Connection, article: Row) -> dict[str, Any]:
    names = _names_in_article(connection, article.id)
    return {
        "source": article.source,
        "uri": article.uri,
        "url": article.url,
        "outlet": article.outlet,
        "language": article.language,
        "title": article.title,
        "authors": list(article.authors),
        "published": article.published.isoformat() if article.published else None,
        "sections": list(article.sections),
        "persons": _actors(connection, article.id, _with_authors(connection, article.id, names["actor_id"])),
        "organizations": _organizations(connection, names["organization_id"]),
        "places": _places(connection, names["place_id"]),
        "quotes": _spans(connection, article.id, models.Quote, "speaker"),
        "claims": _spans(connection, article.id, models.Claim, "claimant"),
    }


def _names_in_article(connection: Connection, article_id: int) -> dict[str, dict[int, list[str]]]:
    """Every distinct mention text per entity in one article, in text order, under the mention's
    entity column (each mention has exactly one)."""
    rows = connection.execute(
        select(*(getattr(models.Mention, column) for column in models.ENTITY_COLUMNS), models.Mention.text)
        .where(models.Mention.article_id == article_id)
        .order_by(models.Mention.start_char)
    )
    names: dict[str, dict[int, list[str]]] = {column: defaultdict(list) for column in models.ENTITY_COLUMNS}
    for *entity_ids, text in rows:
        for column, entity_id in zip(models.ENTITY_COLUMNS, entity_ids, strict=True):
            if entity_id is not None and text not in names[column][entity_id]:
                names[column][entity_id].append(text)
    return names


def _with_authors(connection: Connection, article_id: int, names: dict[int, list[str]]) -> dict[int, list[str]]:
    """The actors named in the text and the authors the byline names: all are persons of the article."""
    author = models.ArticleAuthor
    authors = connection.execute(
        select(author.actor_id,
               func.substr(models.Article.text, author.start_char + 1, author.end_char - author.start_char))
        .join(models.Article, models.Article.id == author.article_id)
        .where(author.article_id == article_id)
    )
    for actor_id, written in authors:
        # The byline comes before the text, so its spelling comes first; metadata has none.
        names[actor_id] = [*([written] if written else []), *(name for name in names[actor_id] if name != written)]
    return names


def _aliases(row: Row, names: dict[int, list[str]]) -> list[str]:
    return [name for name in names[row.id] if name != row.name]


def _actors(connection: Connection, article_id: int, names: dict[int, list[str]]) -> list[dict[str, Any]]:
    roles = _roles_in_article(connection, article_id)
    rows = connection.execute(select(models.Actor).where(models.Actor.id.in_(names)).order_by(models.Actor.id))
    return [
        {
            "name": row.name,
            "kind": row.kind,
            "aliases": _aliases(row, names),
            "roles": roles[row.id],
        }
        for row in rows
    ]


def _roles_in_article(connection: Connection, article_id: int) -> dict[int, list[dict[str, str | None]]]:
    """Each actor's distinct roles in one article; "of" names the entity, else the words the text uses."""
    of_actor, of_organization, of_place = aliased(models.Actor), aliased(models.Organization), aliased(models.Place)
    rows = connection.execute(
        select(
            models.Role.actor_id,
            models.Role.role,
            func.coalesce(of_actor.name, of_organization.name, of_place.name, models.Role.of_text).label("of"),
        )
        .outerjoin(of_actor, of_actor.id == models.Role.of_actor_id)
        .outerjoin(of_organization, of_organization.id == models.Role.of_organization_id)
        .outerjoin(of_place, of_place.id == models.Role.of_place_id)
        .where(models.Role.article_id == article_id)
        .order_by(models.Role.start_char)
    )
    roles: dict[int, list[dict[str, str | None]]] = defaultdict(list)
    for actor_id, role, of in rows:
        entry = {"role": role, "of": of}
        if entry not in roles[actor_id]:
            roles[actor_id].append(entry)
    return roles


def _organizations(connection: Connection, names: dict[int, list[str]]) -> list[dict[str, Any]]:
    model = models.Organization
    rows = connection.execute(select(model).where(model.id.in_(names)).order_by(model.id))
    return [{"name": row.name, "aliases": _aliases(row, names)} for row in rows]


def _places(connection: Connection, names: dict[int, list[str]]) -> list[dict[str, Any]]:
    parent = aliased(models.Place)
    rows = connection.execute(
        select(models.Place, parent.name.label("parent_name"))
        .outerjoin(parent, parent.id == models.Place.parent_id)
        .where(models.Place.id.in_(names))
        .order_by(models.Place.id)
    )
    return [
        {
            "name": row.name,
            "aliases": _aliases(row, names),
            "type": row.place_type,
            "country": row.country_code,
            "lat": row.latitude,
            "lon": row.longitude,
            "subdivision": row.subdivision_code,
            "gazetteer": f"{row.gazetteer}:{row.gazetteer_id}" if row.gazetteer else None,
            "parent": row.parent_name,
        }
        for row in rows
    ]


def _spans(connection: Connection, article_id: int, model, role: str) -> list[dict[str, Any]]:
    """Quotes or claims with the name of whoever they are attributed to."""
    actor, organization = aliased(models.Actor), aliased(models.Organization)
    rows = connection.execute(
        select(model, actor.name.label("actor_name"), organization.name.label("organization_name"))
        .outerjoin(actor, actor.id == getattr(model, f"{role}_actor_id"))
        .outerjoin(organization, organization.id == getattr(model, f"{role}_organization_id"))
        .where(model.article_id == article_id)
        .order_by(model.start_char)
    )
    return [
        {
            "start": row.start_char,
            "end": row.end_char,
            "text": row.text,
            role: row.actor_name or row.organization_name,
            "cue": row.cue,
            **_statement_of(row),
            **({"kind": row.kind, "negated": row.negated} if model is models.Claim else {}),
        }
        for row in rows
    ]


def _statement_of(row: Row) -> dict[str, int | None]:
    """A quote's or claim's statement (the offset of the cue its fragments share) and its place in it."""
    return {"statement": row.cue_start, "fragment": row.fragment}
