"""The parse of a long text in pieces: the joined document is the one spaCy's own join makes."""

import pytest
from spacy.tokens import Doc

from etl import nlp as nlp_module
from etl.nlp import parse

PARAGRAPHS = [
    "Harbor officials in Port Elsin said on Monday that the ferry would not sail until the storm passed.",
    "\"We cannot risk the crossing,\" said Mirela Voss, who runs the terminal for the county.",
    "The mayor, Tomas Ardent, told reporters that the town had asked the state for pumps and sandbags.",
    "Fishermen at the north pier (some of them [in boats {already} tied up]) said the water kept rising.",
]


@pytest.fixture
def small_pieces(monkeypatch):
    """Texts over 600 characters take the long path, cut into pieces of about 200."""
    monkeypatch.setattr(nlp_module, "MAX_WHOLE_CHARS", 600)
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 200)


def test_long_text_joins_as_from_docs_would(nlp, small_pieces):
    text = "\n\n".join(PARAGRAPHS * 3) + "\n"
    (doc,) = parse(nlp, [text])
    pieces = list(nlp.pipe(nlp_module._pieces(text)))
    expected = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor"])
    attributes = list(Doc._get_array_attrs())
    assert len(pieces) > 3
    assert doc.text == text
    assert (doc.to_array(attributes) == expected.to_array(attributes)).all()
    assert [(s.start, s.end) for s in doc.sents] == [(s.start, s.end) for s in expected.sents]
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(e.start, e.end, e.label_) for e in expected.ents]
    assert [[c.i for c in t.children] for t in doc] == [[c.i for c in t.children] for t in expected]
