"""The spaCy pipeline: the one place a model name is turned into a loaded pipeline."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from etl.errors import EtlError

PARAGRAPH_BOUNDARIES = "news_etl_paragraph_boundaries"


@Language.component(PARAGRAPH_BOUNDARIES)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break: a paragraph never continues a sentence."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and ("\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text)):
            token.is_sent_start = True
    return doc


@cache
def load_nlp(model_name: str) -> Language:
    """Load an installed spaCy pipeline and add our components.

    Raises:
        EtlError: the model is not installed.
    """
    try:
        nlp = spacy.load(model_name)
    except OSError as error:
        raise EtlError(
            f"spaCy model {model_name!r} is not installed; pip install it (the default comes with news-etl) "
            "or set NEWS_ETL_SPACY_MODEL"
        ) from error
    nlp.add_pipe(PARAGRAPH_BOUNDARIES, before="parser")
    return nlp
