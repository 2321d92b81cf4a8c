"""Load stage: ``ResolvedArticle`` -> rows. The only writer of the database.

Entities are upserted on their deterministic keys, so one real entity is one row
however many articles mention it; an article whose text is already loaded adds
nothing. The caller owns the transaction (one per article).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.dialects.postgresql import insert

from etl.db import models
from etl.records import Claim, Entity, EntityKind, PlaceInfo, Quote, ResolvedArticle

ENTITY_TABLES = {
    "person": (models.Actor, models.ActorAlias, "actor_id"),
    "anonymous": (models.Actor, models.ActorAlias, "actor_id"),
    "organization": (models.Organization, models.OrganizationAlias, "organization_id"),
    "place": (models.Place, models.PlaceAlias, "place_id"),
}
MENTION_COLUMN = {"person": "actor_id", "anonymous": "actor_id", "organization": "organization_id", "place": "place_id"}


@dataclass(frozen=True, slots=True)
class RunContext:
    """Stamped on the rows a run writes."""

    run_id: uuid.UUID
    extractor_version: str


def loaded_article_id(connection: Connection, content_hash: str) -> int | None:
    """The id of the article with this text, if it is already loaded."""
    return connection.scalar(select(models.Article.id).where(models.Article.content_hash == content_hash))


def load_article(connection: Connection, resolved: ResolvedArticle, context: RunContext) -> int | None:
    """Insert one article and everything extracted from it.

    Args:
        connection: a connection inside the article's transaction.
        resolved: the resolved article.
        context: the run writing it.

    Returns:
        The new article's id, or None when another run loaded the same text first.
    """
    article = resolved.article
    article_id = connection.scalar(
        insert(models.Article)
        .values(
            source=article.source,
            content_hash=article.key,
            format=article.format,
            title=article.title,
            authors=list(article.authors),
            published=article.published,
            sections=list(article.sections),
            text=article.text,
            extractor_version=context.extractor_version,
            run_id=context.run_id,
        )
        .on_conflict_do_nothing(index_elements=["content_hash"])
        .returning(models.Article.id)
    )
    if article_id is None:
        return None
    ids: dict[str, int] = {}
    for entity in resolved.entities:
        ids[entity.key] = _upsert_entity(connection, entity, ids)
    kinds = {entity.key: entity.kind for entity in resolved.entities}
    _insert_mentions(connection, article_id, resolved, ids)
    quotes = [(linked.quote, linked.speaker_key) for linked in resolved.quotes]
    claims = [(linked.claim, linked.claimant_key) for linked in resolved.claims]
    _insert_attributed(connection, models.Quote, "speaker", article_id, quotes, ids, kinds)
    _insert_attributed(connection, models.Claim, "claimant", article_id, claims, ids, kinds)
    _insert_roles(connection, article_id, resolved, ids, kinds)
    return article_id


def log_outcome(
    connection: Connection,
    *,
    context: RunContext,
    source: str,
    input_hash: str,
    status: str,
    started_at: dt.datetime,
    seconds: float,
    article_id: int | None = None,
    stage: str | None = None,
    error: str | None = None,
) -> None:
    """Record the latest outcome of one input; a re-run updates its row instead of adding one."""
    table = models.IngestLog.__table__
    values = {
        "source": source,
        "input_hash": input_hash,
        "article_id": article_id,
        "run_id": context.run_id,
        "status": status,
        "stage": stage,
        "error": error,
        "started_at": started_at,
        "seconds": seconds,
    }
    statement = insert(table).values(**values)
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[table.c.source, table.c.input_hash],
            set_={**{k: statement.excluded[k] for k in values if k not in ("source", "input_hash")},
                  "attempts": table.c.attempts + 1},
        )
    )


def _upsert_entity(connection: Connection, entity: Entity, ids: dict[str, int]) -> int:
    model, alias_model, alias_fk = ENTITY_TABLES[entity.kind]
    values: dict[str, object] = {"key": entity.key, "name": entity.name}
    if model is models.Actor:
        values["kind"] = "named" if entity.kind == "person" else "anonymous"
    if model is models.Place:
        values["place_type"] = entity.place_type
        if entity.place is not None:
            values |= _place_columns(connection, entity.place, ids)
    entity_id = _upsert_row(connection, model, values)
    if entity.aliases:
        connection.execute(
            insert(alias_model)
            .values([{alias_fk: entity_id, "alias": alias} for alias in entity.aliases])
            .on_conflict_do_nothing()
        )
    return entity_id


def _upsert_row(connection: Connection, model: type[models.Base], values: dict[str, object]) -> int:
    statement = insert(model).values(**values)
    # A no-op update so RETURNING yields the id of an existing row too.
    return connection.scalar(
        statement.on_conflict_do_update(index_elements=["key"], set_={"key": statement.excluded.key}).returning(
            model.id
        )
    )


def _place_columns(connection: Connection, place: PlaceInfo, ids: dict[str, int]) -> dict[str, object]:
    """The gazetteer columns of a place, its parents upserted first (the row points at them)."""
    parent_id = None
    if place.parent is not None:
        if place.parent.key not in ids:
            parent_values = {"key": place.parent.key, "name": place.parent.name, "place_type": place.parent.place_type}
            ids[place.parent.key] = _upsert_row(
                connection, models.Place, parent_values | _place_columns(connection, place.parent, ids)
            )
        parent_id = ids[place.parent.key]
    return {
        "country_code": place.country,
        "subdivision_code": place.subdivision,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "gazetteer": place.gazetteer,
        "gazetteer_id": place.gazetteer_id,
        "parent_id": parent_id,
    }


def _insert_mentions(connection: Connection, article_id: int, resolved: ResolvedArticle, ids: dict[str, int]) -> None:
    rows = []
    seen: set[tuple[int, int]] = set()
    for linked in resolved.mentions:
        mention = linked.mention
        if (mention.start, mention.end) in seen:
            continue
        seen.add((mention.start, mention.end))
        rows.append(
            {
                "article_id": article_id,
                "actor_id": None,
                "organization_id": None,
                "place_id": None,
                MENTION_COLUMN[mention.kind]: ids[linked.entity_key],
                "start_char": mention.start,
                "end_char": mention.end,
                "text": mention.text,
                "label": mention.label,
            }
        )
    if rows:
        connection.execute(insert(models.Mention), rows)


def _insert_roles(
    connection: Connection,
    article_id: int,
    resolved: ResolvedArticle,
    ids: dict[str, int],
    kinds: dict[str, EntityKind],
) -> None:
    rows = []
    for linked in resolved.roles:
        role = linked.role
        of_columns = {"of_actor_id": None, "of_organization_id": None, "of_place_id": None}
        if linked.of_key is not None:
            of_columns[f"of_{MENTION_COLUMN[kinds[linked.of_key]]}"] = ids[linked.of_key]
        rows.append(
            {
                "article_id": article_id,
                "actor_id": ids[linked.holder_key],
                "role": role.role,
                "of_text": role.of.text if role.of else None,
                **of_columns,
                "start_char": role.start,
                "end_char": role.end,
                "text": role.text,
            }
        )
    if rows:
        connection.execute(insert(models.Role).on_conflict_do_nothing(), rows)


def _speaker_columns(key: str | None, ids: dict[str, int], kinds: dict[str, EntityKind]) -> tuple[int | None, int | None]:
    """(actor id, organization id) of a speaker or claimant; places do not speak."""
    if key is None:
        return None, None
    if kinds[key] in ("person", "anonymous"):
        return ids[key], None
    if kinds[key] == "organization":
        return None, ids[key]
    return None, None


def _insert_attributed(
    connection: Connection,
    model: type[models.Quote] | type[models.Claim],
    role: str,
    article_id: int,
    items: list[tuple[Quote | Claim, str | None]],
    ids: dict[str, int],
    kinds: dict[str, EntityKind],
) -> None:
    """Quotes or claims, with ``<role>_actor_id`` / ``<role>_organization_id`` for who said them."""
    rows = []
    for item, source_key in items:
        actor_id, organization_id = _speaker_columns(source_key, ids, kinds)
        rows.append(
            {
                "article_id": article_id,
                "start_char": item.start,
                "end_char": item.end,
                "text": item.text,
                f"{role}_actor_id": actor_id,
                f"{role}_organization_id": organization_id,
                "cue": item.cue.text if item.cue else None,
                "cue_start": item.cue.start if item.cue else None,
                "cue_end": item.cue.end if item.cue else None,
            }
        )
    if rows:
        connection.execute(insert(model), rows)
