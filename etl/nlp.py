"""The spaCy pipeline: the one place a model name is turned into a loaded pipeline, and
texts into parsed documents."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from itertools import chain

import numpy
import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

from etl.errors import EtlError
from etl.lexicon import honorifics, titles

PARAGRAPH_BOUNDARIES = "news_etl_paragraph_boundaries"
ADJECTIVES_AND_VERBS = "news_etl_adjectives_and_verbs"
"""Vocabulary table of the lowercase English adjectives and verbs the lemmatizer knows."""
NAME_SUFFIXES = ("Sr.",)
"""Abbreviations after a name that spaCy's English tokenizer splits ("Jr." it keeps whole)."""
MAX_WHOLE_CHARS = 20_000
"""Longest text parsed whole. The parser's and tagger's working memory grows with the text
(up to 15 KB a character where every character is a token: 300 MB for 20 KB of nested
brackets, 3.2 GB for a 1 MB article), so longer texts are parsed in pieces and joined; news
articles are shorter and parse whole, as they always did."""
PIECE_CHARS = 5_000
"""About how long each piece of a longer text is: a few paragraphs of prose, and at most
about 80 MB of working memory however many tokens it holds."""
JOINED_ATTRS = ("NORM", "TAG", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID", "LEMMA", "MORPH", "POS", "SENT_START", "HEAD", "DEP")
"""What a long text's pieces hand to the joined document: every token attribute that
Doc.from_docs carries (spaCy's DOCBIN_ALL_ATTRS) but the text and spacing its words set.
HEAD and DEP come last: the document takes them together, after the others, as one
``from_array`` of all of them would (it then sets the children and sentence starts)."""


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
    _keep_abbreviations_whole(nlp)
    _share_adjectives_and_verbs(nlp)
    return nlp


def _share_adjectives_and_verbs(nlp: Language) -> None:
    """Copy the rule lemmatizer's index of adjectives and verbs (WordNet's) onto the vocabulary.

    Rules that see only a parsed document then can tell a capitalized common word that opens a
    sentence ("Derelict", "Combine") from a name: the tagger reads both as proper nouns there.
    """
    if "lemmatizer" not in nlp.pipe_names or not nlp.get_pipe("lemmatizer").lookups.has_table("lemma_index"):
        return
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    table = nlp.vocab.lookups.add_table(ADJECTIVES_AND_VERBS)
    for word in chain(index.get("adj", ()), index.get("verb", ())):
        table[word] = True


def is_adjective_or_verb(vocab: Vocab, word: str) -> bool:
    """Whether the word, lowercased, is an English adjective or verb ("Derelict", "combine", "neither");
    False where the pipeline has no lemmatizer index to tell."""
    return vocab.lookups.has_table(ADJECTIVES_AND_VERBS) and word.lower() in vocab.lookups.get_table(ADJECTIVES_AND_VERBS)


def _keep_abbreviations_whole(nlp: Language) -> None:
    """Make "Sgt.", "Cmdr.", "Sr." one token each, as "Gen." and "Jr." already are.

    Split off, their period is read as a sentence end or a name of its own: in "\"...,\" Henry
    Ford Sr., a donor, told Politico" the quote lost its speaker and its cue.
    """
    single_words = {word for word in titles() | honorifics() if word.endswith(".") and " " not in word}
    for word in sorted(single_words) + list(NAME_SUFFIXES):
        form = word[:1].upper() + word[1:]
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def parse(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """Parse ``texts`` in one batch; a text longer than ``MAX_WHOLE_CHARS`` is parsed in pieces.

    Every document's text is its input exactly, so character offsets are the same as for a
    whole parse; a long text's pieces are cut at line breaks where it has them.

    Args:
        nlp: a pipeline from ``load_nlp``.
        texts: the texts to parse.

    Returns:
        One document per text, in order.
    """
    short = [text for text in texts if len(text) <= MAX_WHOLE_CHARS]
    parsed = iter(nlp.pipe(short, batch_size=max(1, len(short))))
    return [next(parsed) if len(text) <= MAX_WHOLE_CHARS else _parse_long(nlp, text) for text in texts]


def _parse_long(nlp: Language, text: str) -> Doc:
    # One piece at a time, so the working memory is that of one piece, not of the text. Each
    # piece is read into its words, spaces and attribute columns as it comes and then let go
    # (its token vectors too, 384 bytes a token, which no rule reads); the document is built
    # once from them. The columns go straight into one array: a piece's own arrays, kept to be
    # joined at the end, stayed resident in the heap after the join (90 MB for a million tokens).
    words: list[str] = []
    spaces: list[bool] = []
    attributes = _attribute_rows(len(text))
    for piece in nlp.pipe(_pieces(text), batch_size=1):
        attributes[:, len(words) : len(words) + len(piece)] = piece.to_array(JOINED_ATTRS).T
        words.extend(token.text for token in piece)
        spaces.extend(bool(token.whitespace_) for token in piece)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    _set_attributes(doc, attributes[:, : len(doc)])
    return doc


def _attribute_rows(length: int) -> numpy.ndarray:
    """An attribute a row, a column for each token of a text ``length`` characters long.

    Every token holds a character at least, so the text's length bounds the columns; the
    pages past the last token are never written, so they take no memory.
    """
    return numpy.empty((len(JOINED_ATTRS), length), dtype=numpy.uint64)


def _set_attributes(doc: Doc, attributes: numpy.ndarray) -> None:
    """``doc.from_array(JOINED_ATTRS, attributes.T)``, a row at a time.

    Cut to the document's length, the rows are no longer one block, and ``from_array`` copies
    the array it is given into one (90 MB for a million tokens) unless it is a single row.
    HEAD and DEP go last and together, so the children and sentence starts are set from them
    as a single call would.
    """
    for row, attribute in enumerate(JOINED_ATTRS[:-2]):
        doc.from_array([attribute], attributes[row])
    doc.from_array(list(JOINED_ATTRS[-2:]), attributes[-2:].T)


def _pieces(text: str) -> Iterator[str]:
    """Consecutive slices of ``text``, about ``PIECE_CHARS`` long, that join to it.

    Each ends after the whitespace that follows its last line break, else its last space,
    else at the limit (a word that long is no prose). Cutting after the whole run of
    whitespace tokenizes it as a whole parse would; a run is one token, however long.
    """
    start = 0
    while len(text) - start > PIECE_CHARS:
        end = _cut(text, start, start + PIECE_CHARS)
        yield text[start:end]
        start = end
    yield text[start:]


def _cut(text: str, start: int, limit: int) -> int:
    space = text.rfind("\n", start, limit)
    if space <= start:
        space = next((i for i in range(limit - 1, start, -1) if text[i].isspace()), start)
    if space <= start:
        return limit
    end = space + 1
    while end < len(text) and text[end].isspace():
        end += 1
    return end
