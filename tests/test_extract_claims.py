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


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Public broadcaster: a part of a group of advisers.
        ("One of the governor's advisers told reporters that the deal was dead.",
         ("advisers", "told", "the deal was dead")),
        # Wire: a number of a group of officials.
        ("Two of the city's officials said the bridge would stay shut until May.",
         ("officials", "said", "the bridge would stay shut until May")),
        # Tabloid: some of a crowd.
        ("Some of the fans said the club had let them down.",
         ("fans", "said", "the club had let them down")),
    ],
)
def test_extract_claims_a_part_of_a_group_speaks(nlp, body, expected):
    claimant, cue, content = expected
    ((found_claimant, found_cue, found_content),) = _claims(nlp, body)
    assert (found_cue, found_content) == (cue, content)
    assert claimant in (found_claimant or "")


def test_extract_claims_according_to_before_its_content(nlp):
    body = "According to two people familiar with the matter, the talks could last until June."
    (found,) = _claims(nlp, body)
    assert found == ("two people familiar with the matter", "According to", "the talks could last until June")


def test_extract_claims_source_description_ends_at_its_comma(nlp):
    body = "Residents of Canoas, a town north of the capital, said help had been slow to arrive."
    (found,) = _claims(nlp, body)
    assert found == ("Residents of Canoas", "said", "help had been slow to arrive")


def test_extract_claims_keep_the_closing_mark_of_a_quote_they_open(nlp):
    body = 'The minister urged the council to "act now."'
    (found,) = _claims(nlp, body)
    assert found[2] == 'to "act now."'


def test_extract_claims_around_a_scare_quote(nlp):
    body = 'According to the mayor\'s spokesman, the city is "closely monitoring" the river.'
    (found,) = _claims(nlp, body)
    assert found[1:] == ("According to", 'the city is "closely monitoring" the river')


def test_extract_claims_parenthetical_report_takes_the_clause_around_it(nlp):
    body = (
        "Anna Berg, a former navy officer, spoke to reporters on Monday. "
        "And it is not certain, she added, how soon the port will reopen."
    )
    found = _claims(nlp, body)
    assert ("Anna Berg", "added", "it is not certain") in found


def test_extract_claims_report_tacked_on_after_a_comma(nlp):
    body = (
        "The mayor has joined the coalition, although her plan is not backed by the council, "
        "her advisers told reporters."
    )
    (found,) = _claims(nlp, body)
    assert found[1] == "told"
    assert "her plan is not backed by the council" in found[2]


def test_extract_claims_no_report_without_its_own_subject(nlp):
    assert _claims(nlp, "The mayor met the ministers and told reporters about the flood.") == []


def test_extract_claims_skip_content_inside_quotes(nlp):
    assert _claims(nlp, '"The bridge will reopen next week," Maria Lopez said.') == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        (
            'The minister said the budget "will not be cut" before the election.',
            ("said", 'the budget "will not be cut" before the election'),
        ),
        # broadsheet
        (
            'Ms. Okafor says the council has "always kept its promises" to tenants.',
            ("says", 'the council has "always kept its promises" to tenants'),
        ),
        # public broadcaster
        (
            'Police told reporters that the driver had been "extremely lucky" to survive.',
            ("told", 'the driver had been "extremely lucky" to survive'),
        ),
    ],
)
def test_extract_claims_paraphrase_around_a_partial_quote(nlp, body, expected):
    found = _claims(nlp, body)
    assert [claim[1:] for claim in found] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet: belief
        (
            "Senior aides believe the governor can still win the state.",
            ("believe", "the governor can still win the state", "belief"),
        ),
        # wire: belief, a named holder
        (
            "Angela Moss expects the factory to reopen in the spring.",
            ("expects", "the factory to reopen in the spring", "belief"),
        ),
        # tabloid: intention
        (
            "Jack Mills wants to leave the club this summer.",
            ("wants", "to leave the club this summer", "intention"),
        ),
        # public broadcaster: intention, an organization
        (
            "The Red Cross plans to open two more shelters in the north.",
            ("plans", "to open two more shelters in the north", "intention"),
        ),
        # broadsheet: knowledge
        (
            "Investigators learned that the pilot had not slept for two days.",
            ("learned", "the pilot had not slept for two days", "knowledge"),
        ),
        # wire: evidence found by a holder
        (
            "Auditors found that the agency had overpaid its suppliers.",
            ("found", "the agency had overpaid its suppliers", "evidence"),
        ),
    ],
)
def test_extract_claims_beliefs_intentions_knowledge_and_evidence(nlp, body, expected):
    found = _kinds(nlp, body)
    assert found == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # passive: the subject is what is expected, not who expects it
        "The bill is expected to pass the senate next week.",
        # no one holds it
        "It seems the storm will miss the coast.",
        # a stance verb without a clause: nothing is reported
        "The mayor knows the city well.",
    ],
)
def test_extract_claims_no_stance_without_a_holder_and_a_clause(nlp, body):
    assert _kinds(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a poll shows a state of affairs, its object a small clause
        (
            "The latest Harbour Research poll showed Ms. Lund leading the field with 31 percent.",
            ("The latest Harbour Research poll", "showed", "Ms. Lund leading the field with 31 percent"),
        ),
        # broadsheet: records show a noun phrase
        (
            "Court records show a sharp rise in evictions since the spring.",
            ("Court records", "show", "a sharp rise in evictions since the spring"),
        ),
        # public broadcaster: a study finds a clause
        (
            "A study by the university found that one in five nurses had considered quitting.",
            ("A study", "found", "one in five nurses had considered quitting"),
        ),
        # tabloid: a report
        (
            "A bombshell report shows that waiting times at the hospital have doubled.",
            ("A bombshell report", "shows", "waiting times at the hospital have doubled"),
        ),
    ],
)
def test_extract_claims_evidence_shows_with_itself_as_source(nlp, body, expected):
    source, cue, content = expected
    assert _claims(nlp, body) == [(source, cue, content)]
    assert [kind for _, _, kind in _kinds(nlp, body)] == ["evidence"]


@pytest.mark.parametrize(
    "body",
    [
        # a person who finds a thing reports nothing
        "Police found the stolen car in a field outside the town.",
        # a person shows an object: no evidence
        "The striker showed great composure in front of goal.",
        # evidence verbs need a document or a holder as subject
        "The new bridge shows signs of wear after a single winter.",
        # figures are no source: the claim would have none
        "New figures show that waiting times have doubled.",
    ],
)
def test_extract_claims_no_evidence_from_a_thing_found_or_shown(nlp, body):
    assert _kinds(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a name alone is whom the source takes a side for
        (
            "The teachers' union endorsed Okafor on Sunday.",
            ("The teachers' union", "endorsed", "Okafor"),
        ),
        # broadsheet: a preference over another
        (
            "Younger voters prefer a candidate who has run a business over a career politician.",
            ("Younger voters", "prefer", "a candidate who has run a business over a career politician"),
        ),
        # tabloid: a celebrity endorsement
        (
            "Pop star Jade Rivers has endorsed the Labour candidate for mayor.",
            ("Jade Rivers", "endorsed", "the Labour candidate for mayor"),
        ),
        # public broadcaster: a group favours a policy
        (
            "Most farmers favour a gradual end to the subsidy.",
            ("Most farmers", "favour", "a gradual end to the subsidy"),
        ),
    ],
)
def test_extract_claims_stance_whom_or_what_a_source_takes_a_side_for(nlp, body, expected):
    source, cue, content = expected
    assert _claims(nlp, body) == [(source, cue, content)]
    assert [kind for _, _, kind in _kinds(nlp, body)] == ["stance"]


@pytest.mark.parametrize(
    "body",
    [
        # an adjective is not a cue
        "The endorsed candidate lost the race by a wide margin.",
        # passive: the subject is what is endorsed
        "The plan was endorsed by the regional council in March.",
        # a pronoun object says nothing by itself
        "Her colleagues endorsed her.",
        # narration: no one takes a side
        "Cats prefer warm rooms in winter.",
    ],
)
def test_extract_claims_no_stance_without_a_holder_and_a_side(nlp, body):
    assert _kinds(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        (
            "The opposition accused the government of hiding the cost of the project.",
            ("accused", "the government of hiding the cost of the project"),
        ),
        # tabloid
        (
            "Fans have called for the manager's sacking after a fifth straight defeat.",
            ("called", "for the manager's sacking"),
        ),
        # broadsheet
        (
            "A spokesman for the company denied the reports on Tuesday.",
            ("denied", "the reports"),
        ),
        # public broadcaster
        (
            "Teachers' unions criticised the plan in a joint letter.",
            ("criticised", "the plan"),
        ),
    ],
)
def test_extract_claims_speech_acts_with_an_object(nlp, body, expected):
    found = _claims(nlp, body)
    assert [claim[1:] for claim in found] == [expected]




@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        (
            "Mr. Hale has declined to say whether he will run again.",
            ("declined", "to say whether he will run again", "intention"),
        ),
        # tabloid
        (
            "Chelsea boss Mark Reed refused to rule out a move for the striker.",
            ("refused", "to rule out a move for the striker", "intention"),
        ),
        # public broadcaster
        (
            "Officials refused to confirm how many staff would lose their jobs.",
            ("refused", "to confirm how many staff would lose their jobs", "intention"),
        ),
    ],
)
def test_extract_claims_a_refusal_is_an_intention(nlp, body, expected):
    assert _kinds(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # a refused thing is not an aim
        "The government refused the request from the council.",
        "She declined the invitation to the gala.",
        # a thing that declines holds nothing
        "Sales declined to their lowest level in a decade.",
    ],
)
def test_extract_claims_no_refusal_without_an_infinitive(nlp, body):
    assert _kinds(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a group's view of a candidate
        (
            "Democratic voters see Ms. Ruiz as the candidate with the better chance of winning.",
            ("see", "Ms. Ruiz as the candidate with the better chance of winning", "belief"),
        ),
        # broadsheet: experts' view of a policy
        (
            "Many economists view the plan as a gamble with public money.",
            ("view", "the plan as a gamble with public money", "belief"),
        ),
        # public broadcaster: "as" on the object
        (
            "Most residents regard the new bypass as a waste of money.",
            ("regard", "the new bypass as a waste of money", "belief"),
        ),
    ],
)
def test_extract_claims_a_view_of_something_as_something_is_a_belief(nlp, body, expected):
    assert _kinds(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # seeing a thing is not holding a view of it
        "She saw him there again in 1999.",
        # "as" opens a clause of time
        "Residents saw the fire as they drove home.",
        # tabloid: considering a plan is not a belief
        "The club is considering a bid for the winger.",
    ],
)
def test_extract_claims_no_view_without_as(nlp, body):
    assert _kinds(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        (
            "Mr. Kasich expressed concern that the rallies were turning violent.",
            ("expressed", "concern that the rallies were turning violent"),
        ),
        # tabloid
        (
            "Singer Amy Watson thanked fans for their support after the show.",
            ("thanked", "fans for their support"),
        ),
        # public broadcaster
        (
            "Community leaders expressed their sympathy for the families of the victims.",
            ("expressed", "their sympathy for the families of the victims"),
        ),
    ],
)
def test_extract_claims_what_a_source_expresses_or_thanks_for(nlp, body, expected):
    assert [claim[1:] for claim in _claims(nlp, body)] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # a pronoun alone says nothing
        "The company thanked him.",
        # a thing expresses nothing
        "The cells express a protein linked to the disease.",
        # an adjective is not a cue
        "The parcel went by express delivery on Monday.",
    ],
)
def test_extract_claims_no_expression_without_a_speaker_and_an_object(nlp, body):
    assert _claims(nlp, body) == []


def _kinds(nlp, body: str) -> list[tuple[str, str, str]]:
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    return [(c.cue.text, c.text, c.kind) for c in extract(article, nlp(parse_text(article))).claims]
