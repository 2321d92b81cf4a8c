import pytest

import etl
from etl.clean import clean
from etl.db.export import export_document
from etl.extract import extract, parse_text
from etl.records import RawArticle
from etl.resolve import resolve


def _roles(nlp, body: str) -> list[tuple[str, str, str | None, str | None]]:
    """(holder, role, owner as written, owner's entity name) for each role found."""
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    resolved = resolve(extract(article, nlp(parse_text(article))))
    names = {e.key: e.name for e in resolved.entities}
    return [
        (names[r.holder_key], r.role.role, r.role.of.text if r.role.of else None, names.get(r.of_key))
        for r in resolved.roles
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Former Vice President John Carter visited the port on Monday.",
            ("John Carter", "former vice president", None, None),
        ),
        (
            "The talks were hosted by German Chancellor Anna Weber in Berlin.",
            ("Anna Weber", "chancellor", "German", None),
        ),
        (
            "Maria Lopez, Brazil's foreign minister, said the deal was close.",
            ("Maria Lopez", "foreign minister", "Brazil", "Brazil"),
        ),
        (
            "Tom Baker, leader of the Green Party, said the vote was rigged.",
            ("Tom Baker", "leader", "the Green Party", "Green Party"),
        ),
        (
            "Chinese Foreign Ministry spokeswoman Mao Ning said the tariffs broke the rules.",
            ("Mao Ning", "spokeswoman", "Foreign Ministry", "Foreign Ministry"),
        ),
        (
            "The book was written by the historian Peter Frankopan last year.",
            ("Peter Frankopan", "historian", None, None),
        ),
    ],
)
def test_extract_roles_titles_and_appositives(nlp, body, expected):
    assert expected in _roles(nlp, body)


def test_extract_roles_name_in_apposition_to_a_pronoun_owner(nlp):
    body = (
        "Governor Helen Park arrived in the city on Friday. "
        "Her spokesman, David Cho, said she would stay until the floods recede."
    )
    assert ("David Cho", "spokesman", "Her", "Helen Park") in _roles(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire, AP style: between commas, the state abbreviated.
        ("Sen. Lena Okafor, R-S.C., said the vote would wait.", ("Lena Okafor", "republican", "S.C.")),
        # Capital weekly: in parentheses.
        ("Rep. Nora Vance (D-Calif.) filed the bill on Monday.", ("Nora Vance", "democrat", "Calif.")),
        # Opinion site: a state AP writes in full, an independent.
        ("Sen. Colin Pratt (I-Maine) voted against the rule.", ("Colin Pratt", "independent", "Maine")),
        # Online outlet: the postal code, and an abbreviation without its period.
        ("Sen. Dale Marsh (R-TX) spoke for three hours.", ("Dale Marsh", "republican", "TX")),
        ("Sen. Dale Marsh (R-Tex) spoke for three hours.", ("Dale Marsh", "republican", "Tex")),
    ],
)
def test_extract_roles_party_tag_after_a_lawmakers_name(nlp, body, expected):
    assert expected in [role[:3] for role in _roles(nlp, body)]


@pytest.mark.parametrize(
    "body",
    [
        # A letter and a hyphen that are not a party tag: a plane, a grade, a rating, a district.
        "The pilot, Anna Berg, flew an F-16 over the base.",
        "Tom Hale (D-minus student, he joked) spoke last.",
        "Maria Ortiz, R-rated film fan, left early.",
        "Rep. Ana Ruiz (D-Washington Heights) toured a park.",
        "State Rep. Tom Hale (R-Delaware County) spoke first.",
    ],
)
def test_extract_roles_no_party_tag_without_a_state(nlp, body):
    assert not [role for role in _roles(nlp, body) if role[1] in ("republican", "democrat", "independent")]


def test_extract_roles_honorifics_are_not_roles(nlp):
    assert _roles(nlp, "Mr. John Carter visited the port on Monday.") == []


def test_export_lists_roles_of_persons(connection, settings, seed_path):
    etl.run([seed_path], settings, connection=connection)
    (article,) = export_document(connection, seed_path.name)["articles"]
    roles = {p["name"]: p["roles"] for p in article["persons"]}
    assert all(isinstance(r, list) for r in roles.values())
    assert {"role": "spokesman", "of": "Ahmad Massoud"} in roles["Ali Nazari"]
    assert {"role": "former vice president", "of": "Afghanistan"} in roles["Amrullah Saleh"]
