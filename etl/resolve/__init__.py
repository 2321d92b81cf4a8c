"""Resolve stage: ``Extraction`` -> ``ResolvedArticle``.

Links every mention, speaker and claimant to an entity with a deterministic key,
so the same entity is one row across articles. Inside an article it merges
surnames, spelling variants, middle initials and titles with full names, turns
pronouns into the actor they refer to, and keeps described sources ("a former CIA
officer") as anonymous actors. Pure: no spaCy, no database.

The work is split in two over one index per article (``index.ArticleIndex``):
``clustering`` (which mentions name one entity) and ``attribution`` (who said each
quote and claim, whose each role is), where a learned coreference model would plug
in. Key rules for names live in ``etl.lexicon.names``, shared with the stages before.
"""

from __future__ import annotations

from etl.lexicon.names import kind_by_words, normalize, strip_titles
from etl.records import BYLINE, Extraction, LinkedAuthor, ResolvedArticle
from etl.resolve.attribution import add_described, attribute, link_roles
from etl.resolve.clustering import cluster_entities
from etl.resolve.index import ArticleIndex

__all__ = ["normalize", "resolve", "strip_titles"]


def resolve(extraction: Extraction) -> ResolvedArticle:
    """Link mentions, speakers and claimants of one article to entities.

    Args:
        extraction: what the extract stage found.

    Returns:
        The article with every mention, quote speaker and claimant keyed to an entity.
    """
    index = ArticleIndex(extraction)
    cluster_entities(index)
    quotes, claims = attribute(index)
    # Roles and described persons come after attribution: "his aides" needs the reporters.
    roles = link_roles(index)
    add_described(index, roles)
    linked = index.linked_mentions()
    authors = [LinkedAuthor(m.entity_key, m.mention.start, m.mention.end) for m in linked if m.mention.label == BYLINE]
    if not any(region.kind == "byline" for region in extraction.article.regions):
        # A page's or JSON line's authors come from its metadata, with no place in the text.
        # "Reuters Staff" is no person.
        authors = [LinkedAuthor(index.person(name)) for name in extraction.article.authors
                   if kind_by_words(name) is None]
    return ResolvedArticle(
        article=extraction.article,
        entities=index.entities(),
        # The byline names the article's authors; they are clustered with the text's names
        # ("Dettmer" later is the author) but are no mention in the text.
        mentions=tuple(mention for mention in linked if mention.mention.label != BYLINE),
        quotes=tuple(quotes),
        claims=tuple(claims),
        roles=tuple(roles),
        authors=tuple(authors),
        sentences=extraction.sentences,
    )
