"""The parsed article's tokens and their children, made once per document.

spaCy makes a new ``Token`` object on every ``doc[i]``, on each step over a document or span
and for each child of ``token.children``, ``.lefts`` and ``.rights``. The rules walk the article
a dozen times and ask a verb for its children in most of them, so making the same tokens over
and over was most of their cost (3.1 million tokens for 118,000 in the nested-quotes article,
whose verbs have hundreds of children). Here each is made once and kept until ``extract``
ends (``forget_tokens``): kept tokens point back at their document, which would otherwise
wait for the garbage collector to be freed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# The ``Doc.user_data`` key under which the tokens and children are kept.
KEY = "token_index"


def tokens_of(doc: Doc) -> list[Token]:
    """The document's tokens: ``list(doc)``, made once."""
    index = _index(doc)
    tokens = index.get("tokens")
    if tokens is None:
        tokens = index["tokens"] = list(doc)
    return tokens


def tokens_in(span: Span) -> list[Token]:
    """The span's tokens (a sentence's: ``tokens_in(token.sent)``), from ``tokens_of``."""
    return tokens_of(span.doc)[span.start : span.end]


def children_of(token: Token) -> tuple[Token, ...]:
    """``token.children``: its left children, then its right ones, in order."""
    lefts, rights = _children(token)
    return lefts + rights


def lefts_of(token: Token) -> tuple[Token, ...]:
    """``token.lefts``: its children before it, in order."""
    return _children(token)[0]


def rights_of(token: Token) -> tuple[Token, ...]:
    """``token.rights``: its children after it, in order."""
    return _children(token)[1]


def forget_tokens(doc: Doc) -> None:
    """Drop what this module kept of ``doc``, so it is freed as soon as it is unused."""
    doc.user_data.pop(KEY, None)


def _children(token: Token) -> tuple[tuple[Token, ...], tuple[Token, ...]]:
    index = _index(token.doc)
    children = index.setdefault("children", {})
    found = children.get(token.i)
    if found is None:
        tokens = tokens_of(token.doc)
        found = children[token.i] = (tuple(tokens[child.i] for child in token.lefts),
                                     tuple(tokens[child.i] for child in token.rights))
    return found


def _index(doc: Doc) -> dict:
    index = doc.user_data.get(KEY)
    if index is None:
        index = doc.user_data[KEY] = {}
    return index
