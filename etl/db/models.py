"""Typed table models: schema v1. Every table and column carries a comment for BI tools.

Migrations, not these models, create the schema; a test checks the two agree.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import get_args

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text as sql,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from etl.db.base import Base, IdPk
from etl.records import STAGES, ClaimKind

CLAIM_KINDS: tuple[str, ...] = get_args(ClaimKind)


URI_COMMENT = (
    "The article's identity, unique: the page's or JSON line's URL when it has one, else the input's absolute "
    "file:// URI (with #id, or #line-N, for a JSON line), or urn:sha256:<content_hash> for standard input. "
    "A new text at the same URI replaces the article."
)


def _span_checks() -> tuple[CheckConstraint, CheckConstraint]:
    """0 <= start < end, and the stored text is exactly the span it claims."""
    return (
        CheckConstraint("0 <= start_char AND start_char < end_char", name="span_order"),
        CheckConstraint("char_length(text) = end_char - start_char", name="span_text_length"),
    )


class Article(Base):
    __tablename__ = "articles"
    __table_args__ = (
        CheckConstraint("char_length(content_hash) = 64", name="content_hash_sha256"),
        CheckConstraint("language ~ '^[a-z]{2,3}$'", name="language_iso639"),
        Index(None, "outlet"),
        Index(None, "published"),
        {"comment": "One row per article: its identity (uri) and its text. Offsets in every other table index "
                    "articles.text."},
    )

    id: Mapped[IdPk] = mapped_column(comment="Surrogate key.")
    source: Mapped[str] = mapped_column(comment="Input the article was first loaded from: file name, record id or URL.")
    uri: Mapped[str] = mapped_column(
        unique=True,
        comment=URI_COMMENT,
    )
    url: Mapped[str | None] = mapped_column(comment="The page's or JSON line's http(s) URL, when it has one.")
    outlet: Mapped[str | None] = mapped_column(
        comment="Who published it: the page's site name, a JSON line's outlet, else the URL's host; NULL when unknown."
    )
    language: Mapped[str] = mapped_column(
        server_default=sql("'en'"),
        comment="ISO 639 code of the article's language, from the page's metadata or a JSON line; en where unknown.",
    )
    content_hash: Mapped[str] = mapped_column(
        String(64), unique=True, comment="sha256 of text; loading the same text again adds nothing."
    )
    format: Mapped[str] = mapped_column(comment="Input format the text came from, e.g. txt.")
    title: Mapped[str | None] = mapped_column(comment="Headline, when the input has one.")
    authors: Mapped[list[str]] = mapped_column(
        ARRAY(Text), server_default=sql("'{}'"), comment="Byline authors, in byline order."
    )
    published: Mapped[dt.date | None] = mapped_column(Date, comment="Publication date from the byline or metadata.")
    sections: Mapped[list[str]] = mapped_column(
        ARRAY(Text), server_default=sql("'{}'"), comment="Section headings inside the article, in order."
    )
    text: Mapped[str] = mapped_column(
        comment="The article exactly as read (boilerplate included), so offsets can be checked against it."
    )
    extractor_version: Mapped[str] = mapped_column(comment="Version of news-etl whose rules extracted this article.")
    run_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("runs.id"), comment="Run that loaded the article (runs.id).")
    loaded_at: Mapped[dt.datetime] = mapped_column(server_default=sql("now()"), comment="When the article was loaded.")


class ArticleAuthor(Base):
    __tablename__ = "article_authors"
    __table_args__ = (
        CheckConstraint("position >= 1", name="position_positive"),
        CheckConstraint("0 <= start_char AND start_char < end_char", name="span_order"),
        CheckConstraint("(start_char IS NULL) = (end_char IS NULL)", name="span_together"),
        UniqueConstraint("article_id", "actor_id"),
        Index(None, "actor_id"),
        {"comment": "Who wrote each article: the persons its byline (or a page's or JSON line's metadata) names, "
                    "in that order. A byline name is not a mention in the text (the mentions table does not count it)."},
    )

    article_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, comment="The article."
    )
    position: Mapped[int] = mapped_column(
        SmallInteger, primary_key=True, comment="1 for the byline's first author, 2 for the second..."
    )
    actor_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("actors.id", ondelete="CASCADE"), comment="The author (actors.id, a named person)."
    )
    start_char: Mapped[int | None] = mapped_column(
        Integer, comment="Offset of the author's name in the byline (articles.text); NULL for an author from metadata."
    )
    end_char: Mapped[int | None] = mapped_column(Integer, comment="Offset just past the author's name in the byline.")


class Actor(Base):
    __tablename__ = "actors"
    __table_args__ = (
        CheckConstraint("kind IN ('named', 'anonymous')", name="kind"),
        {"comment": "People who act or speak: named persons and anonymous or described sources."},
    )

    id: Mapped[IdPk] = mapped_column(comment="Surrogate key.")
    key: Mapped[str] = mapped_column(
        unique=True,
        comment="Deterministic identity across articles: kind plus normalized name "
        "(anonymous sources also carry their article's hash, since they are not shared).",
    )
    kind: Mapped[str] = mapped_column(comment="named: a person with a name; anonymous: a described source.")
    name: Mapped[str] = mapped_column(comment="Fullest name, or the description of an anonymous source.")
    surname: Mapped[str | None] = mapped_column(
        index=True,
        comment="Last name of a named person keyed by a full name (casefolded, as in the key); NULL for a one-word "
        "name or an anonymous source. A lone surname in an article joins the one actor with it.",
    )


class ActorAlias(Base):
    __tablename__ = "actor_aliases"
    __table_args__ = (
        UniqueConstraint("actor_id", "alias"),
        {"comment": "Other names articles use for an actor."},
    )

    id: Mapped[IdPk] = mapped_column(comment="Surrogate key.")
    actor_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("actors.id", ondelete="CASCADE"), comment="The actor."
    )
    alias: Mapped[str] = mapped_column(comment="A name as written in some article.")


class Organization(Base):
    __tablename__ = "organizations"
    __table_args__ = ({"comment": "Organizations: movements, governments, media, companies, agencies."},)

    id: Mapped[IdPk] = mapped_column(comment="Surrogate key.")
    key: Mapped[str] = mapped_column(
        unique=True, comment="Deterministic identity across articles: normalized name."
    )
    name: Mapped[str] = mapped_column(comment="Fullest name used.")


class OrganizationAlias(Base):
    __tablename__ = "organization_aliases"
    __table_args__ = (
        UniqueConstraint("organization_id", "alias"),
        {"comment": "Other names articles use for an organization."},
    )

    id: Mapped[IdPk] = mapped_column(comment="Surrogate key.")
    organization_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("organizations.id", ondelete="CASCADE"), comment="The organization."
    )
    alias: Mapped[str] = mapped_column(comment="A name as written in some article.")


class Place(Base):
    __tablename__ = "places"
    __table_args__ = (
        CheckConstraint("country_code ~ '^[A-Z]{2}$'", name="country_code_iso"),
        CheckConstraint("latitude BETWEEN -90 AND 90", name="latitude_range"),
        CheckConstraint("longitude BETWEEN -180 AND 180", name="longitude_range"),
        CheckConstraint("(latitude IS NULL) = (longitude IS NULL)", name="coordinates_together"),
        CheckConstraint("subdivision_code ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$'", name="subdivision_code_iso"),
        CheckConstraint("(gazetteer IS NULL) = (gazetteer_id IS NULL)", name="gazetteer_id_together"),
        CheckConstraint("parent_id <> id", name="parent_not_self"),
        Index(None, "parent_id"),
        Index(None, "gazetteer", "gazetteer_id"),
        {"comment": "Places: countries, provinces, districts, cities, valleys, mountain ranges."},
    )

    id: Mapped[IdPk] = mapped_column(comment="Surrogate key.")
    key: Mapped[str] = mapped_column(
        unique=True,
        comment="Deterministic identity across articles: place:iso:<ISO 3166 code>, place:geonames:<GeoNames id> "
        "or place:feature:<features table id> when the gazetteer knows the place, else place:<normalized name>.",
    )
    name: Mapped[str] = mapped_column(comment="The gazetteer's name, else the fullest name used.")
    place_type: Mapped[str | None] = mapped_column(
        comment="Lowercase type when the text or a gazetteer gives one: country, province, city, valley..."
    )
    country_code: Mapped[str | None] = mapped_column(String(2), comment="ISO 3166-1 alpha-2 code, when known.")
    latitude: Mapped[float | None] = mapped_column(Float, comment="Decimal degrees (WGS 84), when known.")
    longitude: Mapped[float | None] = mapped_column(Float, comment="Decimal degrees (WGS 84), when known.")
    subdivision_code: Mapped[str | None] = mapped_column(
        comment="ISO 3166-2 code of the first-level subdivision the place is or lies in (AF-PAN), when known."
    )
    gazetteer: Mapped[str | None] = mapped_column(
        comment="Where the place's record comes from: geonames, iso3166 or news-etl features; NULL when unknown."
    )
    gazetteer_id: Mapped[str | None] = mapped_column(
        comment="The place's id in that gazetteer (a GeoNames id such as 1138958 for Kabul)."
    )
    parent_id: Mapped[int | None] = mapped_column(
        BigInteger,
        ForeignKey("places.id", ondelete="SET NULL"),
        comment="The place it lies in: a city's district or province, a province's country.",
    )


class PlaceAlias(Base):
    __tablename__ = "place_aliases"
    __table_args__ = (
        UniqueConstraint("place_id", "alias"),
        {"comment": "Other names articles use for a place."},
    )

    id: Mapped[IdPk] = mapped_column(comment="Surrogate key.")
    place_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("places.id", ondelete="CASCADE"), comment="The place.")
    alias: Mapped[str] = mapped_column(comment="A name as written in some article.")


ENTITY_COLUMNS = ("actor_id", "organization_id", "place_id")
"""The foreign-key columns by which a row points at an entity, one for each table of entities."""


class Mention(Base):
    __tablename__ = "mentions"
    __table_args__ = (
        *_span_checks(),
        CheckConstraint("num_nonnulls(actor_id, organization_id, place_id) = 1", name="one_entity"),
        CheckConstraint("sentence >= 0", name="sentence_positive"),
        UniqueConstraint("article_id", "start_char", "end_char"),
        # The per-article counts of the analytics views read these in one ordered pass.
        *(Index(None, column, "article_id", "start_char", postgresql_where=sql(f"{column} IS NOT NULL"))
          for column in ENTITY_COLUMNS),
        {"comment": "Each place an article names an actor, organization or place, with character offsets."},
    )

    id: Mapped[IdPk] = mapped_column(comment="Surrogate key.")
    article_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("articles.id", ondelete="CASCADE"), comment="Article the mention is in."
    )
    actor_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("actors.id", ondelete="CASCADE"), comment="The actor named, if an actor."
    )
    organization_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("organizations.id", ondelete="CASCADE"), comment="The organization, if one."
    )
    place_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("places.id", ondelete="CASCADE"), comment="The place, if one."
    )
    start_char: Mapped[int] = mapped_column(Integer, comment="Offset of the first character in articles.text.")
    end_char: Mapped[int] = mapped_column(Integer, comment="Offset just past the last character in articles.text.")
    text: Mapped[str] = mapped_column(comment="The mention as written: articles.text[start_char:end_char].")
    label: Mapped[str] = mapped_column(comment="How it was found: the NER label or the name of the rule.")
    sentence: Mapped[int | None] = mapped_column(
        Integer,
        comment="0-based number of the sentence the mention is in, in the article's parse; NULL for mentions "
        "loaded before news-etl recorded sentences (`run --force` fills it).",
    )


class Quote(Base):
    __tablename__ = "quotes"
    __table_args__ = (
        *_span_checks(),
        CheckConstraint("num_nonnulls(speaker_actor_id, speaker_organization_id) <= 1", name="one_speaker"),
        CheckConstraint(
            "(cue IS NULL AND cue_start IS NULL AND cue_end IS NULL) OR "
            "(cue IS NOT NULL AND 0 <= cue_start AND cue_start < cue_end)",
            name="cue_span",
        ),
        CheckConstraint("fragment >= 1", name="fragment_positive"),
        CheckConstraint("(fragment IS NULL) = (cue_start IS NULL)", name="fragment_has_cue"),
        UniqueConstraint("article_id", "start_char", "end_char"),
        Index(None, "speaker_actor_id"),
        Index(None, "speaker_organization_id"),
        {"comment": "Verbatim speech inside quotation marks, with its speaker."},
    )

    id: Mapped[IdPk] = mapped_column(comment="Surrogate key.")
    article_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("articles.id", ondelete="CASCADE"), comment="Article the quote is in."
    )
    start_char: Mapped[int] = mapped_column(Integer, comment="Offset of the opening quotation mark in articles.text.")
    end_char: Mapped[int] = mapped_column(Integer, comment="Offset just past the closing quotation mark.")
    text: Mapped[str] = mapped_column(comment="The quote with its quotation marks: articles.text[start_char:end_char].")
    speaker_actor_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("actors.id", ondelete="SET NULL"), comment="Speaker, when a person or anonymous source."
    )
    speaker_organization_id: Mapped[int | None] = mapped_column(
        BigInteger,
        ForeignKey("organizations.id", ondelete="SET NULL"),
        comment="Speaker, when an organization speaks as one.",
    )
    cue: Mapped[str | None] = mapped_column(comment="Reporting verb or phrase that attributes the quote, as written.")
    cue_start: Mapped[int | None] = mapped_column(Integer, comment="Offset of the cue in articles.text.")
    cue_end: Mapped[int | None] = mapped_column(Integer, comment="Offset just past the cue.")
    fragment: Mapped[int | None] = mapped_column(
        SmallInteger,
        comment="1-based order of the quote within its statement: the article's quotes with the same cue_start "
        "are one statement split by its attribution (\"A,\" he said, \"B.\"); NULL when the quote has no cue.",
    )


class Claim(Base):
    __tablename__ = "claims"
    __table_args__ = (
        *_span_checks(),
        CheckConstraint("num_nonnulls(claimant_actor_id, claimant_organization_id) <= 1", name="one_claimant"),
        CheckConstraint("0 <= cue_start AND cue_start < cue_end", name="cue_span"),
        CheckConstraint(f"kind IN ({', '.join(repr(kind) for kind in CLAIM_KINDS)})", name="kind"),
        CheckConstraint("fragment >= 1", name="fragment_positive"),
        UniqueConstraint("article_id", "start_char", "end_char"),
        Index(None, "claimant_actor_id"),
        Index(None, "claimant_organization_id"),
        {"comment": "Reported speech without quotation marks: what a source said, its content only."},
    )

    id: Mapped[IdPk] = mapped_column(comment="Surrogate key.")
    article_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("articles.id", ondelete="CASCADE"), comment="Article the claim is in."
    )
    start_char: Mapped[int] = mapped_column(Integer, comment="Offset of the claim's content in articles.text.")
    end_char: Mapped[int] = mapped_column(Integer, comment="Offset just past the claim's content.")
    text: Mapped[str] = mapped_column(comment="The claim's content: articles.text[start_char:end_char].")
    claimant_actor_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("actors.id", ondelete="SET NULL"), comment="Claimant, when a person or anonymous source."
    )
    claimant_organization_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("organizations.id", ondelete="SET NULL"), comment="Claimant, when an organization."
    )
    cue: Mapped[str] = mapped_column(comment="Reporting verb or phrase, as written: said, told, according to...")
    cue_start: Mapped[int] = mapped_column(Integer, comment="Offset of the cue in articles.text.")
    cue_end: Mapped[int] = mapped_column(Integer, comment="Offset just past the cue.")
    kind: Mapped[str] = mapped_column(
        server_default=sql("'speech'"),
        comment="What the claim reports: speech (said, told, according to), belief (believes, expects), "
        "intention (wants, plans), knowledge (knows, learned), evidence (polls show, records indicate) "
        "or stance (endorses, prefers, favors).",
    )
    fragment: Mapped[int] = mapped_column(
        SmallInteger,
        server_default=sql("1"),
        comment="1-based order of the claim within its statement: the article's claims with the same cue_start are one "
        "statement split by its report (\"The plan, she said, is dead\" is \"The plan\" and \"is dead\").",
    )
    negated: Mapped[bool] = mapped_column(
        server_default=sql("false"),
        comment="True when the report is negated by its cue or its subject (\"did not say\", \"no official has said\"): "
        "the claimant did not say, does not believe or never wanted the content (\"she did not say the port would close\").",
    )


class Role(Base):
    __tablename__ = "roles"
    __table_args__ = (
        *_span_checks(),
        CheckConstraint("role = lower(role) AND role <> ''", name="role_lowercase"),
        CheckConstraint("num_nonnulls(of_actor_id, of_organization_id, of_place_id) <= 1", name="one_of"),
        UniqueConstraint("article_id", "actor_id", "start_char", "end_char"),
        Index(None, "actor_id"),
        Index(None, "of_actor_id"),
        Index(None, "of_organization_id"),
        Index(None, "of_place_id"),
        {
            "comment": "Roles and affiliations an article gives a person, from titles and appositives: "
            "\"President Ashraf Ghani\", \"Ali Nazari, Massoud's spokesman\"."
        },
    )

    id: Mapped[IdPk] = mapped_column(comment="Surrogate key.")
    article_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("articles.id", ondelete="CASCADE"), comment="Article that gives the role."
    )
    actor_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("actors.id", ondelete="CASCADE"), comment="The person who holds the role."
    )
    role: Mapped[str] = mapped_column(
        comment="The role in lowercase, with its qualifiers: president, former vice president, spokesman."
    )
    of_text: Mapped[str | None] = mapped_column(
        comment="Whose or what the role is of, as written (\"Massoud's\", \"Afghanistan's\", \"French\"), if said."
    )
    of_actor_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("actors.id", ondelete="SET NULL"), comment="The role is of this person, when resolved."
    )
    of_organization_id: Mapped[int | None] = mapped_column(
        BigInteger,
        ForeignKey("organizations.id", ondelete="SET NULL"),
        comment="The role is of this organization, when resolved.",
    )
    of_place_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("places.id", ondelete="SET NULL"), comment="The role is of this place (a country...), when resolved."
    )
    start_char: Mapped[int] = mapped_column(Integer, comment="Offset of the role phrase in articles.text.")
    end_char: Mapped[int] = mapped_column(Integer, comment="Offset just past the role phrase.")
    text: Mapped[str] = mapped_column(comment="The role phrase as written: articles.text[start_char:end_char].")


class CoMentionPair(Base):
    __tablename__ = "co_mention_pairs"
    __table_args__ = (
        CheckConstraint("scope IN ('article', 'sentence')", name="scope"),
        CheckConstraint("other_kind IN ('organization', 'place')", name="other_kind"),
        # The other is in its own column, as in mentions; other_kind and other_id, in the key,
        # say the same, so one pair is one row.
        CheckConstraint(
            "num_nonnulls(organization_id, place_id) = 1 AND other_id = coalesce(organization_id, place_id) "
            "AND (other_kind = 'place') = (place_id IS NOT NULL)",
            name="other_in_its_column",
        ),
        CheckConstraint("(sentences IS NOT NULL) = (scope = 'sentence') AND sentences >= 1",
                        name="sentences_of_sentence_scope"),
        # Each sentence that names both names each at least once.
        CheckConstraint("actor_mentions >= coalesce(sentences, 1) AND other_mentions >= coalesce(sentences, 1)",
                        name="mentions_per_sentence"),
        # For an entity's co-mentions. No foreign keys to the entities: each id is one of the
        # article's mentions', which mentions' keys check, and an entity row is deleted only when
        # no mention names it (etl.db.articles.prune_entities); checking each pair again took
        # a sixth of the load's time (revision 78073e0bd60e).
        Index(None, "actor_id"),
        Index(None, "organization_id", postgresql_where=sql("organization_id IS NOT NULL")),
        Index(None, "place_id", postgresql_where=sql("place_id IS NOT NULL")),
        {
            "comment": "Actors named with places and organizations: one row per actor, place or organization, "
            "article and scope, computed from the article's mentions by the load in the transaction that writes "
            "them (re-extraction replaces them; deleting the article deletes them). Its entity ids are its mentions' "
            "ids, which mentions' foreign keys check; an entity row is deleted only when no mention names it. "
            "analytics.co_mentions names them."
        },
    )

    article_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True,
        comment="The article both are named in (articles.id).",
    )
    actor_id: Mapped[int] = mapped_column(
        BigInteger, primary_key=True,
        comment="The actor (actors.id): the actor_id of mentions of the article, which checks it.",
    )
    scope: Mapped[str] = mapped_column(
        primary_key=True,
        comment="article: both are named in the article; sentence: both are named in one sentence of it "
        "(mentions.sentence). Every sentence pair also has its article row.",
    )
    other_kind: Mapped[str] = mapped_column(
        primary_key=True, comment="organization or place: which column, organization_id or place_id, holds the other."
    )
    other_id: Mapped[int] = mapped_column(
        BigInteger, primary_key=True,
        comment="The organization or place named with the actor: organization_id or place_id.",
    )
    organization_id: Mapped[int | None] = mapped_column(
        BigInteger,
        comment="The organization named with the actor, if the other is one (organizations.id): the "
        "organization_id of mentions of the article, which checks it.",
    )
    place_id: Mapped[int | None] = mapped_column(
        BigInteger,
        comment="The place named with the actor, if the other is one (places.id): the place_id of mentions of the "
        "article, which checks it.",
    )
    actor_mentions: Mapped[int] = mapped_column(
        Integer,
        comment="How many times the actor is named in the scope: the article, or the sentences that name both.",
    )
    other_mentions: Mapped[int] = mapped_column(
        Integer,
        comment="How many times the place or organization is named in the scope: the article, or the sentences "
        "that name both.",
    )
    sentences: Mapped[int | None] = mapped_column(
        Integer, comment="How many sentences of the article name both; NULL for scope article."
    )


RUN_HISTORY = frozenset({"runs", "ingest_events"})
"""Tables every run adds to, even one that loads nothing; the others hold what the articles say."""


class Run(Base):
    __tablename__ = "runs"
    __table_args__ = (
        CheckConstraint("finished_at >= started_at", name="finished_after_start"),
        CheckConstraint("num_nulls(finished_at, exit_status, loaded, unchanged, failed) IN (0, 5)",
                        name="finished_together"),
        CheckConstraint("loaded >= 0 AND unchanged >= 0 AND failed >= 0", name="counts_positive"),
        CheckConstraint("exit_status >= 0", name="exit_status_positive"),
        CheckConstraint("jsonb_typeof(arguments) = 'object'", name="arguments_object"),
        {"comment": "One row per run (a `news-etl run`, or a call of etl.run): when, with which arguments, "
                    "and what came of it."},
    )

    id: Mapped[uuid.UUID] = mapped_column(
        primary_key=True, comment="The run's id, printed by `news-etl run` and stamped on the articles it loads."
    )
    started_at: Mapped[dt.datetime] = mapped_column(server_default=sql("now()"), comment="When the run started.")
    finished_at: Mapped[dt.datetime | None] = mapped_column(
        comment="When the run ended; NULL while it runs, when it was killed, or when it predates run history."
    )
    extractor_version: Mapped[str | None] = mapped_column(
        comment="Version of news-etl that ran; NULL for runs that predate run history."
    )
    arguments: Mapped[dict | None] = mapped_column(
        JSONB,
        comment="What the run was asked to do: paths, workers, force. Never a database URL or a password; "
        "NULL for runs that predate run history.",
    )
    loaded: Mapped[int | None] = mapped_column(Integer, comment="Inputs loaded (rows added), once the run ended.")
    unchanged: Mapped[int | None] = mapped_column(Integer, comment="Inputs already loaded, once the run ended.")
    failed: Mapped[int | None] = mapped_column(Integer, comment="Inputs that failed, once the run ended.")
    exit_status: Mapped[int | None] = mapped_column(
        Integer,
        comment="How the run ended, as the exit status of `news-etl run`: 0 every input loaded or unchanged, "
        "1 an input failed or the run stopped on an error, 130 interrupted (Ctrl-C), 143 stopped by SIGTERM.",
    )
    error: Mapped[str | None] = mapped_column(comment="Why the run stopped before its last input, one line.")


class IngestEvent(Base):
    __tablename__ = "ingest_events"
    __table_args__ = (
        CheckConstraint("status IN ('loaded', 'unchanged', 'failed')", name="status"),
        CheckConstraint(f"stage IS NULL OR stage IN ({', '.join(repr(stage) for stage in STAGES)})", name="stage"),
        CheckConstraint("(status = 'failed') = (reason IS NOT NULL)", name="reason_iff_failed"),
        CheckConstraint("seconds >= 0", name="seconds_positive"),
        Index(None, "source", "input_hash", "id"),
        Index(None, "run_id"),
        Index(None, "article_id"),
        {"comment": "Append-only: one row each time a run processes an input (source and content), with its "
                    "outcome. The view ingest_log shows each input's latest."},
    )

    id: Mapped[IdPk] = mapped_column(comment="Surrogate key; a later event of an input has a larger id.")
    run_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("runs.id"), comment="The run (runs.id).")
    source: Mapped[str] = mapped_column(comment="Input as named on the command line or inside a folder.")
    input_hash: Mapped[str] = mapped_column(
        comment="sha256 of the article text, or of the raw bytes when they could not be decoded, "
        "or empty when nothing could be read."
    )
    status: Mapped[str] = mapped_column(
        comment="loaded: rows added; unchanged: already loaded; failed: see stage and reason."
    )
    stage: Mapped[str | None] = mapped_column(
        comment="Stage that failed: read, clean, parse, extract, resolve, geocode or load."
    )
    reason: Mapped[str | None] = mapped_column(comment="Why the input failed, one line.")
    article_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("articles.id", ondelete="SET NULL"), comment="Article the input loaded as, if any."
    )
    started_at: Mapped[dt.datetime] = mapped_column(comment="When the run started on this input.")
    seconds: Mapped[float] = mapped_column(Float, comment="Wall time the run spent on this input.")
