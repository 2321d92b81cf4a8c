"""Load stage: ``ResolvedArticle`` -> rows.

Entities are upserted on their deterministic keys, so one real entity is one row
however many articles mention it; an article whose text is already loaded adds
nothing unless it is replaced (re-extracted with newer rules or ``--force``). The
rows of a batch of articles go to each table in one go: plain inserts by COPY
through psycopg (ingest events too: the history is only appended to), upserts as
SQLAlchemy's PostgreSQL ``insert(...).on_conflict_...`` run over all the rows (its
"insertmanyvalues" batches them into multi-row statements). Rows that can conflict are
sent sorted by their key, so two runs loading at once take their row locks in the same
order and cannot deadlock. Loading costs a few milliseconds an article, a small share
of the parse. It also writes each run's row in ``runs``. The caller owns the
transaction (one per batch of articles, or per article).

Each article's co-mention pairs follow its mentions in the same transaction: one
statement the server computes from the batch's mentions (``etl.db.co_mention_pairs``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from psycopg import sql
from sqlalchemy import Connection, Table, case, delete, exists, func, insert, select, true, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import aliased

from etl.db import models
from etl.db.articles import entities_of, prune_entities
from etl.db.co_mention_pairs import insert_co_mention_pairs
from etl.lexicon.names import name_key_form, surname_key
from etl.records import Claim, Entity, EntityKind, LinkedAuthor, PlaceInfo, Quote, ResolvedArticle, content_uri
from etl.resolve.clustering import DOMINANCE

ENTITY_TABLES = {
    "person": (models.Actor, models.ActorAlias, "actor_id"),
    "anonymous": (models.Actor, models.ActorAlias, "actor_id"),
    "organization": (models.Organization, models.OrganizationAlias, "organization_id"),
    "place": (models.Place, models.PlaceAlias, "place_id"),
}
PLACE_COLUMNS = ("country_code", "subdivision_code", "latitude", "longitude", "gazetteer", "gazetteer_id", "parent_id")
MENTIONS_COUNTED = 1000
"""Enough to tell which person of a surname dominates the archive, without counting all of a famous one's."""
ENTITY_COLUMN = {kind: column for kind, (_, _, column) in ENTITY_TABLES.items()}
"""The foreign-key column (without prefix) that points at an entity of each kind."""
SPEAKER_COLUMNS = ("actor_id", "organization_id")
"""Who may say a quote or claim: places do not speak."""


@dataclass(frozen=True, slots=True)
class RunContext:
    """Stamped on the rows a run writes; its ``runs`` row (``record_run_start``) comes first."""

    run_id: uuid.UUID
    extractor_version: str


@dataclass(frozen=True, slots=True)
class LoadedAtUri:
    """The article loaded at a URI, and which text it holds."""

    id: int
    content_hash: str


@dataclass(frozen=True, slots=True)
class LoadedArticle:
    """An article already in the database, and which rules extracted it."""

    id: int
    extractor_version: str


def loaded_articles(connection: Connection, content_hashes: Sequence[str]) -> dict[str, LoadedArticle]:
    """The articles with these texts that are already loaded, by content hash (one query for a batch)."""
    rows = connection.execute(
        select(models.Article.content_hash, models.Article.id, models.Article.extractor_version).where(
            models.Article.content_hash.in_(content_hashes)
        )
    )
    return {row.content_hash: LoadedArticle(row.id, row.extractor_version) for row in rows}


def articles_at(connection: Connection, uris: Sequence[str]) -> dict[str, LoadedAtUri]:
    """The loaded articles with these URIs, by URI: a new text at one replaces it."""
    rows = connection.execute(select(models.Article.uri, models.Article.id, models.Article.content_hash)
                              .where(models.Article.uri.in_(uris)))
    return {row.uri: LoadedAtUri(row.id, row.content_hash) for row in rows}


def loaded_article_id(connection: Connection, content_hash: str) -> int | None:
    """The id of the article with this text, if it is already loaded."""
    found = loaded_articles(connection, [content_hash]).get(content_hash)
    return found.id if found is not None else None


def load_article(
    connection: Connection, resolved: ResolvedArticle, context: RunContext, *, replacing: int | None = None
) -> int | None:
    """Insert one article and everything extracted from it, or replace an earlier extraction.

    Args:
        connection: a connection inside the article's transaction.
        resolved: the resolved article.
        context: the run writing it.
        replacing: the id of this text's article row to re-extract: its mentions, quotes,
            claims (every row that cascades from it) are deleted and written anew, in the
            caller's transaction, so readers see the old rows or the new, never a mix.

    Returns:
        The article's id, or None when another run loaded the same text first.
    """
    return load_articles(connection, [(resolved, replacing)], context)[0]


def load_articles(
    connection: Connection, articles: Sequence[tuple[ResolvedArticle, int | None]], context: RunContext
) -> list[int | None]:
    """``load_article`` for a small batch, in the caller's one transaction: each table's rows go in one batch.

    Args:
        connection: a connection inside the batch's transaction.
        articles: each resolved article, with the id of the row it replaces (or None).
        context: the run writing them.

    Returns:
        Each article's id, in order; None for one that another run (or an earlier article
        of the batch) loaded first.
    """
    ids: list[int | None] = []
    rest = list(articles)
    while rest:
        part = _without_repeated_targets(_replacing_by_uri(connection, _until_a_uri_repeats(rest)))
        ids += _load_part(connection, part, context)
        rest = rest[len(part):]
    return ids


def _until_a_uri_repeats(articles: list[tuple[ResolvedArticle, int | None]]) -> list[tuple[ResolvedArticle, int | None]]:
    """The first articles up to one whose URI an earlier one has: a second text for one URI (a
    JSON line's url twice) is loaded after the first, and replaces it."""
    seen: set[str] = set()
    for position, (resolved, _) in enumerate(articles):
        uri = resolved.article.uri
        if uri and uri in seen:
            return articles[:position]
        seen.add(uri)
    return articles


def _replacing_by_uri(
    connection: Connection, articles: list[tuple[ResolvedArticle, int | None]]
) -> list[tuple[ResolvedArticle, int | None]]:
    """A new text at a loaded article's URI replaces that article (an edited file, a page
    fetched again): it keeps its id, as a re-extraction does. The same text there is the
    article itself, which the lookup by text found or an earlier part of the batch loaded."""
    uris = [resolved.article.uri for resolved, replacing in articles if replacing is None and resolved.article.uri]
    at_uri = articles_at(connection, uris) if uris else {}
    replaced = []
    for resolved, replacing in articles:
        found = at_uri.get(resolved.article.uri)
        if replacing is None and found is not None and found.content_hash != resolved.article.key:
            replacing = found.id
        replaced.append((resolved, replacing))
    return replaced


def _without_repeated_targets(
    articles: list[tuple[ResolvedArticle, int | None]],
) -> list[tuple[ResolvedArticle, int | None]]:
    """The first articles up to one that replaces a row an earlier one replaces (one text found
    by its hash, another by that row's URI; one text read from two places with ``--force``):
    the second is looked at again once the first is loaded."""
    targets: set[int] = set()
    for position, (_, replacing) in enumerate(articles):
        if replacing is not None and replacing in targets:
            return articles[:position]
        if replacing is not None:
            targets.add(replacing)
    return articles


def _load_part(
    connection: Connection, articles: Sequence[tuple[ResolvedArticle, int | None]], context: RunContext
) -> list[int | None]:
    # What the replaced extractions referred to, read before their rows go: once the new
    # rows are in, the entities only the old ones named are removed.
    replaced = entities_of(connection, [replacing for _, replacing in articles if replacing is not None])
    article_ids = _insert_articles(connection, articles, context)
    loaded = [(resolved, article_id) for (resolved, _), article_id in zip(articles, article_ids, strict=True)
              if article_id is not None]
    entities = tuple(entity for resolved, _ in loaded for entity in resolved.entities)
    ids = _upsert_entities(connection, entities)
    kinds = {entity.key: entity.kind for entity in entities}
    _insert_mentions(connection, loaded, ids)
    insert_co_mention_pairs(connection, [article_id for _, article_id in loaded])
    quotes = [(article_id, linked.quote, linked.speaker_key) for resolved, article_id in loaded
              for linked in resolved.quotes]
    claims = [(article_id, linked.claim, linked.claimant_key) for resolved, article_id in loaded
              for linked in resolved.claims]
    _insert_attributed(connection, models.Quote, "speaker", quotes, ids, kinds)
    _insert_attributed(connection, models.Claim, "claimant", claims, ids, kinds)
    _insert_roles(connection, loaded, ids, kinds)
    _insert_authors(connection, loaded, ids)
    if any(replacing is not None for _, replacing in articles):
        prune_entities(connection, replaced)
    return article_ids


@dataclass(frozen=True, slots=True)
class Outcome:
    """What came of one input in this run, for its ingest event."""

    source: str
    input_hash: str
    status: str
    started_at: dt.datetime
    seconds: float
    article_id: int | None = None
    stage: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class RunEnd:
    """How a run ended, for its runs row."""

    loaded: int
    unchanged: int
    failed: int
    exit_status: int
    error: str | None = None


def record_run_start(connection: Connection, context: RunContext, arguments: dict) -> None:
    """Add the run's row, before it reads anything, so that even a run that is killed leaves one.

    Args:
        connection: a connection inside a transaction of its own (committed before the
            run's first batch, whose events and articles reference the row).
        context: the run.
        arguments: what the run was asked to do, as JSON; the caller leaves out anything
            secret (never a database URL).
    """
    connection.execute(insert(models.Run).values(
        id=context.run_id, extractor_version=context.extractor_version, arguments=arguments
    ))


def record_run_end(connection: Connection, context: RunContext, end: RunEnd) -> None:
    """Stamp the run's row with when and how it ended."""
    connection.execute(
        update(models.Run).where(models.Run.id == context.run_id).values(
            finished_at=func.now(), loaded=end.loaded, unchanged=end.unchanged, failed=end.failed,
            exit_status=end.exit_status, error=end.error,
        )
    )


def log_outcomes(connection: Connection, context: RunContext, outcomes: Sequence[Outcome]) -> None:
    """Append an ingest event for each outcome, a batch in one COPY; ingest_log (a view) shows each input's latest."""
    rows = [
        {
            "run_id": context.run_id,
            "source": outcome.source,
            "input_hash": outcome.input_hash,
            "status": outcome.status,
            "stage": outcome.stage,
            "reason": outcome.error,
            "article_id": outcome.article_id,
            "started_at": outcome.started_at,
            "seconds": outcome.seconds,
        }
        for outcome in outcomes
    ]
    _copy_rows(connection, models.IngestEvent, rows)


def _article_values(resolved: ResolvedArticle, context: RunContext) -> dict:
    article = resolved.article
    return {
        "source": article.source,
        "uri": article.uri or content_uri(article.key),
        "url": article.url,
        "outlet": article.outlet,
        "language": article.language,
        "content_hash": article.key,
        "format": article.format,
        "title": article.title,
        "authors": list(article.authors),
        "published": article.published,
        "sections": list(article.sections),
        "text": article.text,
        "extractor_version": context.extractor_version,
        "run_id": context.run_id,
    }


def _insert_articles(connection: Connection, articles: Sequence[tuple[ResolvedArticle, int | None]],
                     context: RunContext) -> list[int | None]:
    """Replace the rows given, insert the others; a text already loaded gets None."""
    ids: list[int | None] = [
        _replace_article(connection, replacing, resolved, context) if replacing is not None else None
        for resolved, replacing in articles
    ]
    new = [i for i, article_id in enumerate(ids) if article_id is None]
    rows = {articles[i][0].article.key: _article_values(articles[i][0], context) for i in new}
    inserted = dict(_insert_new_articles(connection, [rows[key] for key in sorted(rows)])) if rows else {}
    for i in new:
        # A text twice in one batch: the first is loaded, the second is "unchanged".
        ids[i] = inserted.pop(articles[i][0].article.key, None)
    return ids


def _replace_article(connection: Connection, article_id: int, resolved: ResolvedArticle,
                     context: RunContext) -> int | None:
    """Rewrite the article row in place (its id, and ingest events' links to it, stay) and drop what hangs off it.

    Returns None when the row is gone or no longer the one the caller found (deleted, or given
    another text and URI since), so the caller inserts it.
    """
    values = _article_values(resolved, context)
    uri, content_hash = values["uri"], values["content_hash"]
    # The same text read from another place keeps its URI when that place's URI is another article's.
    other = aliased(models.Article)
    taken = select(other.id).where(other.uri == uri, other.id != article_id)
    values["uri"] = case((exists(taken), models.Article.uri), else_=uri)
    # Only the row the caller found: the same text (re-extracted) or the same URI (a new text
    # there), and never onto a text another row holds; else the text is inserted, or found loaded.
    still_found = (models.Article.content_hash == content_hash) | (models.Article.uri == uri)
    text_elsewhere = exists(select(other.id).where(other.content_hash == content_hash, other.id != article_id))
    # The row is locked from here to commit, so two runs re-extracting one article take turns.
    kept = connection.scalar(
        update(models.Article).where(models.Article.id == article_id, still_found, ~text_elsewhere)
        .values(**values).returning(models.Article.id)
    )
    if kept is None:
        return None
    for table in _tables_cascading_from_articles():
        connection.execute(delete(table).where(table.c.article_id == article_id))
    return kept


@cache
def _tables_cascading_from_articles() -> tuple:
    """Tables whose rows belong to one article: the ones its deletion would cascade to.

    Found from the models rather than listed, so a new per-article table is replaced too.
    """
    return tuple(
        table
        for table in models.Base.metadata.sorted_tables
        if any(fk.column.table.name == "articles" and fk.ondelete == "CASCADE" for fk in table.foreign_keys)
    )


def _upsert_entities(connection: Connection, entities: tuple[Entity, ...]) -> dict[str, int]:
    """Entity key -> row id, one batch of upserts per entity table, then their aliases.

    Lone surnames go last, so they can join a full name the same batch brings.
    """
    ids: dict[str, int] = {}
    _upsert_parent_places(connection, entities, ids)
    keyed = tuple(entity for entity in entities if not entity.lone_surname)
    # A key is one row for the whole batch: where another article of the batch keeps the same
    # surname apart ("Clinton" with Bill and Hillary both named), the lone one stays apart too.
    kept_apart = {entity.key for entity in keyed}
    lone = tuple(entity for entity in entities if entity.lone_surname)
    _upsert_rows(connection, keyed, ids)
    ids.update(_archive_persons_by_surname(connection, tuple(e for e in lone if e.key not in kept_apart)))
    _upsert_rows(connection, tuple(entity for entity in lone if entity.key not in ids), ids)
    _insert_aliases(connection, entities, ids)
    return ids


def _upsert_rows(connection: Connection, entities: tuple[Entity, ...], ids: dict[str, int]) -> None:
    for model in dict.fromkeys(model for model, _, _ in ENTITY_TABLES.values()):
        # Each key goes in once, from the first article naming it, as if loaded one by one.
        rows: dict[str, dict] = {}
        for entity in entities:
            if ENTITY_TABLES[entity.kind][0] is model and entity.key not in rows:
                rows[entity.key] = _entity_row(entity, ids)
        if rows:
            ids.update(_upsert_keyed(connection, model.__table__, list(rows.values())))


def _archive_persons_by_surname(connection: Connection, lone: tuple[Entity, ...]) -> dict[str, int]:
    """Lone surnames ("Trump") that the archive knows one full-name person by: key -> that actor's id.

    The archive-level join: a surname no full name of its own article claims is the person
    whose full name ends with it when one named actor in the database has that surname, or
    when one of several is mentioned at least ``DOMINANCE`` times as often as any other (the
    rule an article applies to its own names: "Trump" beside Donald, Ivanka and Melania
    Trump); otherwise ("Clinton" with Bill and Hillary Clinton both much mentioned) it stays
    a person of its own, keyed by the surname. One indexed query per batch, counting at most
    ``MENTIONS_COUNTED`` mentions an actor. Which articles came first matters: a surname
    loaded before any full name stays apart.
    """
    surnames = {name_key_form(entity.name): entity.key for entity in lone}
    if not surnames:
        return {}
    counted = (
        select(models.Mention.id)
        .where(models.Mention.actor_id == models.Actor.id)
        .limit(MENTIONS_COUNTED)
        .correlate(models.Actor)
        .subquery()
        .lateral()
    )
    rows = connection.execute(
        select(models.Actor.surname, models.Actor.id, func.count(counted.c.id))
        .outerjoin(counted, true())
        .where(models.Actor.kind == "named", models.Actor.surname.in_(surnames))
        .group_by(models.Actor.surname, models.Actor.id)
    )
    candidates: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for surname, actor_id, mentions in rows:
        candidates[surname].append((mentions, actor_id))
    joined = {surname: _dominant_actor(ranked) for surname, ranked in candidates.items()}
    return {surnames[surname]: actor_id for surname, actor_id in joined.items() if actor_id is not None}


def _dominant_actor(candidates: list[tuple[int, int]]) -> int | None:
    """The only (mentions, actor id) candidate, or the one mentioned ``DOMINANCE`` times as often as any other."""
    ranked = sorted(candidates, reverse=True)
    if len(ranked) == 1 or ranked[0][0] >= DOMINANCE * ranked[1][0]:
        return ranked[0][1]
    return None


def _entity_row(entity: Entity, ids: dict[str, int]) -> dict:
    model = ENTITY_TABLES[entity.kind][0]
    values: dict = {"key": entity.key, "name": entity.name}
    if model is models.Actor:
        values["kind"] = "named" if entity.kind == "person" else "anonymous"
        values["surname"] = surname_key(entity.name) if entity.kind == "person" else None
    if model is models.Place:
        # Every place row has the same columns, geocoded or not, since they go in one statement.
        values["place_type"] = entity.place_type
        values |= _place_columns(entity.place, ids)
    return values


def _upsert_parent_places(connection: Connection, entities: tuple[Entity, ...], ids: dict[str, int]) -> None:
    """Every place the batch's places lie in (their rows point at them): countries first, a statement per level."""
    levels: list[dict[str, PlaceInfo]] = []
    for entity in entities:
        ancestors = []
        parent = entity.place.parent if entity.place is not None else None
        while parent is not None:
            ancestors.append(parent)
            parent = parent.parent
        for depth, place in enumerate(reversed(ancestors)):
            if depth == len(levels):
                levels.append({})
            levels[depth].setdefault(place.key, place)
    for level in levels:
        rows = [
            {"key": place.key, "name": place.name, "place_type": place.place_type} | _place_columns(place, ids)
            for place in level.values()
        ]
        ids.update(_upsert_keyed(connection, models.Place.__table__, rows))


def _place_columns(place: PlaceInfo | None, ids: dict[str, int]) -> dict[str, object]:
    """The gazetteer columns of a place (all None when it was not geocoded); its parent's row is upserted already."""
    if place is None:
        return dict.fromkeys(PLACE_COLUMNS)
    return {
        "country_code": place.country,
        "subdivision_code": place.subdivision,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "gazetteer": place.gazetteer,
        "gazetteer_id": place.gazetteer_id,
        "parent_id": ids[place.parent.key] if place.parent is not None else None,
    }


def _insert_aliases(connection: Connection, entities: tuple[Entity, ...], ids: dict[str, int]) -> None:
    for _, alias_model, alias_fk in dict.fromkeys(ENTITY_TABLES.values()):
        rows = [
            {alias_fk: ids[entity.key], "alias": alias}
            for entity in entities
            if ENTITY_TABLES[entity.kind][1] is alias_model
            # A lone surname joined to a full name is one more name for that person.
            for alias in (*entity.aliases, *((entity.name,) if entity.lone_surname else ()))
        ]
        _insert_aliases_once(connection, alias_model.__table__, alias_fk, rows)


def _insert_mentions(connection: Connection, loaded: list[tuple[ResolvedArticle, int]], ids: dict[str, int]) -> None:
    rows = []
    for resolved, article_id in loaded:
        seen: set[tuple[int, int]] = set()
        for linked in resolved.mentions:
            mention = linked.mention
            if (mention.start, mention.end) in seen:
                continue
            seen.add((mention.start, mention.end))
            rows.append(
                {
                    "article_id": article_id,
                    **_entity_columns("", mention.kind, ids[linked.entity_key]),
                    "start_char": mention.start,
                    "end_char": mention.end,
                    "text": mention.text,
                    "label": mention.label,
                    "sentence": _sentence_number(resolved.sentences, mention.start),
                }
            )
    _copy_rows(connection, models.Mention, rows)


def _sentence_number(sentence_starts: tuple[int, ...], offset: int) -> int | None:
    """The number of the sentence holding ``offset``; None when the parse gave no sentences."""
    return max(bisect_right(sentence_starts, offset) - 1, 0) if sentence_starts else None


def _insert_roles(
    connection: Connection,
    loaded: list[tuple[ResolvedArticle, int]],
    ids: dict[str, int],
    kinds: dict[str, EntityKind],
) -> None:
    rows = {}
    for resolved, article_id in loaded:
        for linked in resolved.roles:
            role = linked.role
            of = linked.of_key
            # A role phrase said of one person twice (two shapes matching) is one row.
            rows[(article_id, ids[linked.holder_key], role.start, role.end)] = (
                {
                    "article_id": article_id,
                    "actor_id": ids[linked.holder_key],
                    "role": role.role,
                    "of_text": role.of.text if role.of else None,
                    **_entity_columns("of_", kinds.get(of), ids.get(of)),
                    "start_char": role.start,
                    "end_char": role.end,
                    "text": role.text,
                }
            )
    _copy_rows(connection, models.Role, list(rows.values()))


def _insert_authors(connection: Connection, loaded: list[tuple[ResolvedArticle, int]], ids: dict[str, int]) -> None:
    """Each article's authors, numbered in byline order; a person named twice among them is one author."""
    rows = []
    for resolved, article_id in loaded:
        authors: dict[int, LinkedAuthor] = {}
        for author in resolved.authors:
            authors.setdefault(ids[author.entity_key], author)
        rows.extend(
            {"article_id": article_id, "position": position, "actor_id": actor_id,
             "start_char": author.start, "end_char": author.end}
            for position, (actor_id, author) in enumerate(authors.items(), start=1)
        )
    _copy_rows(connection, models.ArticleAuthor, rows)


def _entity_columns(
    prefix: str, kind: EntityKind | None, entity_id: int | None, columns: tuple[str, ...] = models.ENTITY_COLUMNS
) -> dict[str, int | None]:
    """The ``columns`` (each after ``prefix``) with the one for ``kind`` set to ``entity_id``, the
    others None; every row of a table gets the same keys, since the rows go in one statement."""
    values: dict[str, int | None] = dict.fromkeys(f"{prefix}{column}" for column in columns)
    if kind is not None and ENTITY_COLUMN[kind] in columns:
        values[f"{prefix}{ENTITY_COLUMN[kind]}"] = entity_id
    return values


def _insert_attributed(
    connection: Connection,
    model: type[models.Quote] | type[models.Claim],
    role: str,
    items: list[tuple[int, Quote | Claim, str | None]],
    ids: dict[str, int],
    kinds: dict[str, EntityKind],
) -> None:
    """Quotes or claims (with their article ids), with ``<role>_actor_id`` / ``<role>_organization_id`` for who said them."""
    rows = []
    for article_id, item, source_key in items:
        rows.append(
            {
                "article_id": article_id,
                "start_char": item.start,
                "end_char": item.end,
                "text": item.text,
                **_entity_columns(f"{role}_", kinds.get(source_key), ids.get(source_key), SPEAKER_COLUMNS),
                "cue": item.cue.text if item.cue else None,
                "cue_start": item.cue.start if item.cue else None,
                "cue_end": item.cue.end if item.cue else None,
                "fragment": item.fragment,
                **({"kind": item.kind, "negated": item.negated} if isinstance(item, Claim) else {}),
            }
        )
    _copy_rows(connection, model, rows)


def _insert_new_articles(connection: Connection, rows: list[dict]) -> list[tuple[str, int]]:
    """Insert the article rows whose text is not loaded yet: (content hash, id) of each one inserted."""
    return [tuple(row) for row in connection.execute(_insert_new_articles_statement(), rows)]


@cache
def _insert_new_articles_statement() -> postgresql.Insert:
    table = models.Article.__table__
    statement = postgresql.insert(table).on_conflict_do_nothing(index_elements=[table.c.content_hash])
    return statement.returning(table.c.content_hash, table.c.id)


def _upsert_keyed(connection: Connection, table: Table, rows: list[dict]) -> dict[str, int]:
    """Insert entity rows (each key once) that are not there yet: key -> id, of the new rows and of the existing ones.

    The update on conflict lets RETURNING give an existing row's id. Each id comes back with
    its key rather than in the rows' order: ``sort_by_parameter_order`` makes SQLAlchemy send
    an upsert one row at a time (a batch of 16 articles took 70 statements for its actors, and
    the load 7.6% of a 2-worker run).
    """
    if not rows:
        return {}
    rows = sorted(rows, key=lambda row: row["key"])
    returned = connection.execute(_upsert_keyed_statement(table), rows)
    return {key: entity_id for key, entity_id in returned}


@cache
def _upsert_keyed_statement(table: Table) -> postgresql.Insert:
    """Built once a table: building it (``excluded`` above all) took about 0.4 ms of the loader's
    CPU, six or so times a batch."""
    statement = postgresql.insert(table)
    statement = statement.on_conflict_do_update(index_elements=[table.c.key], set_=_on_conflict(statement, table))
    return statement.returning(table.c.key, table.c.id)


def _on_conflict(statement: postgresql.Insert, table: Table) -> dict[str, object]:
    """What an existing entity row takes from the new one: nothing, but a place's point follows
    the gazetteer that geocoded its latest article, so a database loaded when countries sat on
    their capitals gets their label points back on the next run naming them, and an actor's
    surname today's rules."""
    if table is models.Place.__table__:
        return {column: func.coalesce(statement.excluded[column], table.c[column]) for column in ("latitude", "longitude")}
    if table is models.Actor.__table__:
        # The surname lone ones are looked up by follows the latest rules: re-extracted after an
        # upgrade (or with `run --force`), an archive gets today's ("kim" for Kim Jong Un, once "un").
        return {"key": statement.excluded.key, "surname": statement.excluded.surname}
    return {"key": statement.excluded.key}


def _insert_aliases_once(connection: Connection, table: Table, entity_column: str, rows: list[dict]) -> None:
    """Insert the alias rows an entity does not have yet."""
    if rows:
        rows = sorted(rows, key=lambda row: (row[entity_column], row["alias"]))
        connection.execute(_insert_aliases_statement(table), rows)


@cache
def _insert_aliases_statement(table: Table) -> postgresql.Insert:
    return postgresql.insert(table).on_conflict_do_nothing()


def _copy_rows(connection: Connection, model: type[models.Base], rows: list[dict]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``model``'s table by COPY.

    Goes through the psycopg connection under ``connection``, so it is part of the same
    transaction (or savepoint). COPY costs the server far less than INSERT statements.
    """
    if not rows:
        return
    columns = tuple(rows[0])
    with connection.connection.driver_connection.cursor() as cursor:
        with cursor.copy(_copy_sql(model.__tablename__, columns)) as copy:
            for row in rows:
                copy.write_row(tuple(row[column] for column in columns))


@cache
def _copy_sql(table: str, columns: tuple[str, ...]) -> sql.Composed:
    return sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns))
    )
