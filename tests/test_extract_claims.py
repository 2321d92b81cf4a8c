import pytest

from etl.clean import clean
from etl.extract import extract, parse_text
from etl.records import RawArticle
from etl.resolve import resolve


def _claims(nlp, body: str) -> list[tuple[str | None, str, str]]:
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    resolved = resolve(extract(article, nlp(parse_text(article))))
    names = {e.key: e.name for e in resolved.entities}
    return [(names.get(c.claimant_key), c.claim.cue.text, c.claim.text) for c in resolved.claims]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Maria Lopez said that the bridge will reopen next week.",
            ("Maria Lopez", "said", "the bridge will reopen next week"),
        ),
        (
            "The ministry claimed to have repaired the main road.",
            ("ministry", "claimed", "to have repaired the main road"),
        ),
        (
            "Local officials say the water supply is safe again.",
            ("Local officials", "say", "the water supply is safe again"),
        ),
    ],
)
def test_extract_claims_reported_speech(nlp, body, expected):
    claimant, cue, content = expected
    found = _claims(nlp, body)
    assert len(found) == 1
    assert found[0][1:] == (cue, content)
    assert (found[0][0] or "").endswith(claimant)


def test_extract_claims_skip_content_inside_quotes(nlp):
    assert _claims(nlp, '"The bridge will reopen next week," Maria Lopez said.') == []
