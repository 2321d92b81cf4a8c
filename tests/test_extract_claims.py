import pytest

from etl.clean import clean
from etl.extract import extract, parse_text
from etl.extract.claims import one_claim_per_span
from etl.lexicon import names_people
from etl.records import Claim, Cue, RawArticle
from etl.resolve import resolve


def _claims(nlp, body: str) -> list[tuple[str | None, str, str]]:
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    resolved = resolve(extract(article, nlp(parse_text(article))))
    names = {e.key: e.name for e in resolved.entities}
    return [(names.get(c.claimant_key), c.claim.cue.text, c.claim.text) for c in resolved.claims]


def _claims_by_suffix(nlp, body: str, claimant: str) -> list[tuple[str | None, str, str]]:
    """The claims, a claimant whose name ends with ``claimant`` ("The sheriff") given as it."""
    return [(claimant if (name or "").endswith(claimant) else name, cue, text) for name, cue, text in _claims(nlp, body)]


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
    assert found[2] == 'the council to "act now."'


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


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The union's offer landed badly with members on Friday \u2014 its president told the Ledger that a vote "
            "would wait until March.",
            ("told", "a vote would wait until March"),
        ),
        (
            "Ferreira campaigned hard all spring \u2014 the senator also noted that turnout in the river wards had "
            "doubled.",
            ("noted", "turnout in the river wards had doubled"),
        ),
        (
            "Councilman Reyes waved off the protesters, then says he will not back the levy unless the schools get "
            "half of it.",
            ("says", "he will not back the levy unless the schools get half of it"),
        ),
    ],
)
def test_extract_claims_clause_the_report_leads_into_over_one_before_it(nlp, body, expected):
    """The parser hangs the sentence's first clause on the report as well; the clause the verb
    leads straight into is what it reports."""
    assert [found[1:] for found in _claims(nlp, body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Regional daily: a quoted phrase closes the first clause, with no punctuation of its own.
        (
            'Parents called the school\'s plan "a shambles" \u2014 its head told the Herald that the timetable would '
            "be fixed by Easter.",
            "the timetable would be fixed by Easter",
        ),
        # Wire: the same after a union's verdict.
        (
            'Members called the union\'s offer "an insult" \u2014 its president told the Ledger that a vote would '
            "wait until March.",
            "a vote would wait until March",
        ),
    ],
)
def test_extract_claims_a_quoted_phrase_before_a_report_is_no_quote_it_tags(nlp, body, expected):
    """A scare-quoted phrase ending the clause before a report is no quotation the report is
    the tag of: the report still leads into the clause after it."""
    assert [found[2] for found in _claims(nlp, body) if found[1] == "told"] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet: the parser makes "thanked" a complement of "scolded", "said" its conjunct
        ('Governor Abernathy briefly thanked the crews as "heroic," scolded the utility over its record and '
         "said the outage should never have lasted a week.",
         ("Abernathy", "said", "the outage should never have lasted a week")),
        # regional
        ("The county sheriff praised the volunteers, thanked the fire crews for their patience, told reporters "
         "the evacuation order would stay in place through Sunday.",
         ("The county sheriff", "told", "the evacuation order would stay in place through Sunday")),
        # tabloid
        ("Our landlord shrugged off the leak, then claims the damp was our fault all along.",
         ("Our landlord", "claims", "the damp was our fault all along")),
        # wire
        ('Ms. Ortega called the ruling "a small mercy" and thanked the jurors, said her family would appeal the '
         "sentence.",
         ("Ortega", "said", "her family would appeal the sentence")),
    ],
)
def test_extract_claims_a_report_the_parser_hung_the_first_clause_on_takes_its_subject(nlp, body, expected):
    """The parser hangs the sentence's first clause, with its subject, on the next verb; the
    report (that verb or its conjunct) is left with no subject of its own."""
    assert expected in _reports(nlp, body)


@pytest.mark.parametrize(
    ("body", "listener"),
    [
        # Farm weekly: the parser leaves "told" unlabelled after the first verb.
        ("The dairy co-op's chairwoman toured the new barns on Monday, then told the Gazette that milk "
         "prices would rise.", "Gazette"),
        # City desk.
        ("The mayor visited the flooded school, then told the Courier that repairs would take a year.", "Courier"),
        # Political wire.
        ("The senator shook hands in the lobby, then told the Ledger that the vote would fail.", "Ledger"),
    ],
)
def test_extract_claims_whom_something_was_told_is_never_its_speaker(nlp, body, listener):
    assert all(listener not in (claimant or "") for claimant, _, _ in _claims(nlp, body))


@pytest.mark.parametrize(
    "body",
    [
        '"Talks will resume next week," the envoy said leaving the ministry on Monday.',
        '"I paint what scares me," she says standing in the doorway of her barn studio.',
        '"Our port has never been busier," she said touring the new container terminal with the harbor board.',
    ],
)
def test_extract_claims_no_clause_after_the_tag_of_a_quote(nlp, body):
    """A report right after a quote is its tag: the words after it name the speaker or the
    occasion, whatever clause the parser makes of them."""
    assert [found for found in _claims(nlp, body) if found[1] in ("said", "says")] == []


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
        # wire: the "'s" split off a contraction before the quote is a word of the paraphrase
        (
            'The coach, Marvin Teller, said he\'s "hungry for a title after two lean winters."',
            ("said", 'he\'s "hungry for a title after two lean winters."'),
        ),
        # broadsheet, curly marks
        (
            "Senator Dana Pruitt said she\u2019s \u201cnot voting for any levy on diesel tractors.\u201d",
            ("said", "she\u2019s \u201cnot voting for any levy on diesel tractors.\u201d"),
        ),
        # regional daily
        (
            'Mayor Lena Ortiz insisted it\'s "a sound bargain for the harbour district."',
            ("insisted", 'it\'s "a sound bargain for the harbour district."'),
        ),
        # tabloid, a plural contraction
        (
            'Neighbours of the Oakridge estate say they\'re "sick of the rats around the bins."',
            ("say", 'they\'re "sick of the rats around the bins."'),
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
        # passive: the subject is what is thought of, and no one is named holding it ("expected" is
        # the exception, see test_extract_claims_an_expectation_no_one_is_named_holding)
        "The painting is thought to be a forgery.",
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
        # wire: a ruling, the verb in no word list
        (
            "Judge Harriet Okafor ruled on Tuesday that the parking fee was unlawful.",
            ("ruled", "the parking fee was unlawful", "belief"),
        ),
        # broadsheet: the perfect
        (
            "Aides to Senator Vance have signalled that she will not seek a third term.",
            ("signalled", "she will not seek a third term", "belief"),
        ),
        # tabloid: a worry
        (
            "Fans of the club fretted that ticket prices had doubled.",
            ("fretted", "ticket prices had doubled", "belief"),
        ),
        # regional: a group's grumble
        (
            "Residents of Millbrook grumbled that the new bus route skipped their street.",
            ("grumbled", "the new bus route skipped their street", "belief"),
        ),
        # magazine: an aside between the subject and the verb
        (
            "Mr. Castellano, the club's owner, has surmised that a new stadium could open by 2028.",
            ("surmised", "a new stadium could open by 2028", "belief"),
        ),
    ],
)
def test_extract_claims_any_verb_with_a_that_clause_of_its_own(nlp, body, expected):
    assert _kinds(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # pollster's release: several of a group
        ("Several of the senators expect the bill to pass.",
         ("expect", "the bill to pass", "belief")),
        # regional daily: "some", a pronoun to the tagger
        ("Some of the shop owners on Main Street fear the detour will drive customers away.",
         ("fear", "the detour will drive customers away", "belief")),
        # wire: many of a group
        ("Many of the parents worry the school will close.",
         ("worry", "the school will close", "belief")),
        # broadsheet: a share of them, named before
        ("The farmers met on Friday. Most of them think the new quota is unfair.",
         ("think", "the new quota is unfair", "belief")),
    ],
)
def test_extract_claims_a_share_of_people_holds_a_view(nlp, body, expected):
    assert _kinds(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # a share of things holds nothing
        "Most of the bridges need repairs the city cannot afford.",
        "Half of the budget goes to schools, which means cuts elsewhere.",
        "A third of the apartments expect new tenants in the spring.",
    ],
)
def test_extract_claims_a_share_of_things_holds_no_view(nlp, body):
    assert _kinds(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # regional daily: the group named in the sentence before
        ("Dairy farmers packed the hall on Tuesday. Most believe the new quota will ruin them.",
         ("believe", "the new quota will ruin them", "belief")),
        # wire: "many" alone
        ("Nurses have walked out twice this year. Many fear a third strike is coming.",
         ("fear", "a third strike is coming", "belief")),
        # pollster's release: a counted fraction
        ("The survey reached 900 tenants. A third expect their rent to rise by autumn.",
         ("expect", "their rent to rise by autumn", "belief")),
        # broadsheet: "both" of two people just named
        ("The mayor and her rival met at noon. Both want the stadium vote delayed.",
         ("want", "the stadium vote delayed", "intention")),
    ],
)
def test_extract_claims_a_share_named_alone_holds_a_view(nlp, body, expected):
    assert _kinds(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # a quarter of a year, not of people
        "Sales were flat. The quarter shows that demand for phones has peaked.",
        # "few" says that hardly anyone holds it
        "Council members debated the levy. Few believe it will pass.",
        # wire: "few" again, of a group named before
        "Economists were polled last week. Few expect a rate cut before June.",
        # statehouse brief: a share of the bills just named
        "Three bills were filed on Monday. All aim to cap rents in the city.",
    ],
)
def test_extract_claims_no_view_held_by_a_share_that_is_a_thing_or_hardly_anyone(nlp, body):
    assert _kinds(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # trade press: quick to point out
        ("Chip makers are quick to point out that none of the faulty parts came from their plants.",
         ("Chip makers", "point", "none of the faulty parts came from their plants")),
        # wire: careful to note
        ("Prosecutors were careful to note that the inquiry had not ended.",
         ("Prosecutors", "note", "the inquiry had not ended")),
        # pollster's release: more likely to say
        ("Rural voters were more likely to say the county should raise the levy.",
         ("Rural voters", "say", "the county should raise the levy")),
    ],
)
def test_extract_claims_an_adjective_saying_the_report_was_made(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # tabloid: took to social media to say
        ("The striker took to Instagram to say he would stay at the club.",
         ("The striker", "say", "he would stay at the club")),
        # broadsheet: went on the radio to argue
        ("Councillor Ada Mensah went on local radio to argue that the levy was unfair.",
         ("Councillor Ada Mensah", "argue", "the levy was unfair")),
        # magazine: went out of her way to stress
        ("The chief executive went out of her way to stress that no jobs would be cut.",
         ("The chief executive", "stress", "no jobs would be cut")),
    ],
)
def test_extract_claims_an_act_done_in_order_to_report(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet: went on a talk show to defend
        ("Ms. Ruiz went on a Sunday talk show to defend her vote on the pipeline.",
         ("Ruiz", "defend", "her vote on the pipeline")),
        # sports page: took to Twitter to call
        ("The coach took to Twitter to call the referee a disgrace.",
         ("The coach", "call", "the referee a disgrace")),
        # local paper: took to the stage to thank
        ("The mayor took to the stage to thank the volunteers.",
         ("The mayor", "thank", "the volunteers")),
        # wire: returned to the podium to deny
        ("The minister returned to the podium to deny the report.",
         ("The minister", "deny", "the report")),
        # statehouse report: used a speech
        ("The governor used her budget speech to call the tax a failure.",
         ("The governor", "call", "the tax a failure")),
        # broadsheet: used a hearing
        ("The senator used the hearing to criticize the agency.",
         ("The senator", "criticize", "the agency")),
        # city desk: held a call
        ("The mayor held a conference call to announce the closure.",
         ("The mayor", "announce", "the closure")),
        # statehouse wire: held a news conference
        ("The senator held a news conference to defend the deal.",
         ("The senator", "defend", "the deal")),
        # local paper: took the podium
        ("The mayor took the podium to thank the crews.",
         ("The mayor", "thank", "the crews")),
        # wire: appeared before an audience
        ("The mayor appeared before reporters in the briefing room to discuss the plan.",
         ("The mayor", "discuss", "the plan")),
        # city paper: took to the steps
        ("The speaker took to the steps of the courthouse to assail the senator's record.",
         ("The speaker", "assail", "the senator's record")),
    ],
)
def test_extract_claims_a_speech_act_done_on_an_occasion(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # statehouse wire: a result led the one it moved to declare
        ("The defeat led the senator to declare that the race was over.",
         ("the senator", "declare", "the race was over")),
        # sports page: a verdict forced a league to concede
        ("The verdict has forced the league to concede that its rules were unclear.",
         ("the league", "concede", "its rules were unclear")),
        # sports column: a belief brought about
        ("The losing streak has led several backers to fear that the coach would be sacked.",
         ("several backers", "fear", "the coach would be sacked")),
        # tabloid: the one moved is the passive subject
        ("The striker was forced to admit that the penalty had been a dive.",
         ("The striker", "admit", "the penalty had been a dive")),
        # business page: prompted, passive
        ("The chairman was prompted to warn that more resignations would follow.",
         ("The chairman", "warn", "more resignations would follow")),
        # consumer desk: spurred
        ("A wave of complaints spurred the regulator to declare that the fees were unlawful.",
         ("the regulator", "declare", "the fees were unlawful")),
        # court report: compelled
        ("The court order compelled the agency to admit that it had lost the files.",
         ("the agency", "admit", "it had lost the files")),
        # police blotter: provoked
        ("The raid provoked the minister to claim that the police had overreached.",
         ("the minister", "claim", "the police had overreached")),
    ],
)
def test_extract_claims_a_report_a_cause_brought_about(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # a supposed, future, tried or failed cause: the report may never come
        "The audit could lead voters to conclude that the mayor lied.",
        "The trial will force the minister to admit that the scheme failed.",
        "The opposition failed to force the minister to admit that the scheme was flawed.",
        "Regulators are pushing to force the bank to admit that it misled savers.",
        # a denied cause says nothing of the report
        "Nobody forced the senator to say that the race was over.",
        # a duty, not a report
        "The ruling forced the state to prove that the law was needed.",
        # a win, not a claim: no clause reported
        "The coach led the side to claim a first league title since 1990.",
        # led to believe: misled
        "Investors were led to believe that the fund was safe.",
        # the one moved cannot speak, and the cause does not
        "The audit forced clinics to admit that records were lost.",
    ],
)
def test_extract_claims_no_report_a_cause_did_not_bring_about(nlp, body):
    assert [cue for _, cue, _ in _reports(nlp, body)
            if cue in ("conclude", "admit", "say", "prove", "claim", "believe")] == []


@pytest.mark.parametrize(
    "body",
    [
        # a supposition
        "He would go on radio to defend the plan.",
        # the act has an object, who may be the one who thanks
        "She took her staff to the hall to thank the donors.",
        # a passive act's subject performs nothing
        "The memo was taken to the committee to praise the scheme.",
        # a thing used or held is no occasion for speaking
        "The firm used the money to defend its patents.",
        "The council held a vote to praise the scheme.",
        "He used his post as commissioner to order the files destroyed.",
        # an occasion the holder only hosts
        "The court held a hearing to discuss the motion.",
        # a speech act's verb in another sense, with no stage or medium
        "The champion returned to Wimbledon to defend her title.",
        "The army went north to defend the border.",
        "Voters went to the polls to reject the measure.",
        "Fans came to the stadium to cheer the team.",
    ],
)
def test_extract_claims_no_speech_act_on_an_occasion_not_made(nlp, body):
    assert [cue for _, cue, _ in _reports(nlp, body) if cue in ("defend", "thank", "praise", "order", "discuss",
                                                                 "reject", "cheer")] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the act denied is not the one the sentence goes on to report
        ("The mayor did not hold a news conference but said in a statement that the contract was fair.",
         ("said", "the contract was fair", False)),
        ("The minister did not go to the summit, citing a scheduling conflict.",
         ("citing", "a scheduling conflict", False)),
        ("She did not appear at the hearing, saying she was ill.",
         ("saying", "she was ill", False)),
        # the act made is denied, and its speech act with it
        ("The chairwoman never stepped forward in public to defend her deputy.",
         ("defend", "her deputy", True)),
    ],
)
def test_extract_claims_a_denied_act_denies_only_the_report_it_is_done_for(nlp, body, expected):
    assert expected in _negations(nlp, body)


@pytest.mark.parametrize(
    "body",
    [
        # wire: time to report, not a report
        "The council has until Friday to say whether it will appeal.",
        # broadsheet: a try
        "The senator tried at the hearing to argue that the law was void.",
        # markets desk: a forecast
        "The central bank is likely to say on Thursday that rates will stay on hold.",
        # magazine: a supposition
        "Ms. Okafor would be quick to point out that the figures have changed.",
        # tabloid: the passive subject does not report
        "The documents were leaked to the press to suggest that the minister had lied.",
        # local paper: "appeared to" seems
        "The mayor appeared to suggest that the vote would be delayed.",
    ],
)
def test_extract_claims_no_report_by_an_infinitive_not_made(nlp, body):
    assert [cue for _, cue, _ in _reports(nlp, body) if cue in ("say", "argue", "point", "suggest")] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet: the copula denies
        ("Aides were not quick to point out that the figures had changed.",
         ("point", "the figures had changed", True)),
        # wire: the act denies
        ("Ruth Okafor never went on television to say the plant would close.",
         ("say", "the plant would close", True)),
        # tabloid: no one acts
        ("Nobody took to social media to claim the match was fixed.",
         ("claim", "the match was fixed", True)),
    ],
)
def test_extract_claims_a_denied_act_or_adjective_denies_its_infinitive_report(nlp, body, expected):
    assert expected in _negations(nlp, body)


@pytest.mark.parametrize(
    "body",
    [
        # a consequence, not a view
        "The clerk ensured that every ballot was counted.",
        "The new rota means that nurses work fewer nights.",
        # the clause is the listener's
        "Dr. Lena Hartmann convinced the panel that the trial was safe.",
        # the clause is the noun's
        "She knocked a claim by the council that the pool was safe.",
        # not a tense of its own
        "Dr. Lena Hartmann would wager that the trial is safe.",
        # a conjunction of time or result
        "Ms. Ferreira relaxed now that the exams were over.",
        "The Okoro family eats out twice a week now that the twins have left home.",
        # a check, a rule or a plan
        "The night porter checked that every fire door was shut.",
        "The new code requires that landlords fit smoke alarms in every flat.",
        "Coach Ray Mensah arranged that the squad would train indoors on Friday.",
    ],
)
def test_extract_claims_no_view_from_a_that_clause_not_the_verbs_own(nlp, body):
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
        # public broadcaster: a study finds a clause (with its author, the author finds it)
        (
            "A new study found that one in five nurses had considered quitting.",
            ("A new study", "found", "one in five nurses had considered quitting"),
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
    ("body", "expected"),
    [
        # wire: polling shows, the results of a vote show
        ("Recent polling shows that the governor remains popular with older voters.",
         ("Recent polling", "shows", "the governor remains popular with older voters")),
        # broadsheet: an inquiry finds
        ("The review found that the county rarely checked the invoices it paid.",
         ("The review", "found", "the county rarely checked the invoices it paid")),
        # regional daily: an average of polls
        ("An average of recent polls shows Ms. Lund leading by nine points.",
         ("An average of recent polls", "shows", "Ms. Lund leading by nine points")),
    ],
)
def test_extract_claims_polling_results_and_inquiries_are_evidence(nlp, body, expected):
    assert _reports(nlp, body) == [expected]
    assert [kind for _, _, kind in _kinds(nlp, body)] == ["evidence"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # local paper: the parser takes "show" for a noun
        ("The fund paid the consultants twice, tax and payroll records show.",
         ("tax and payroll records", "show", "The fund paid the consultants twice")),
        # national daily: the outlet's own analysis
        ("The senator owns three homes in two states, a Herald analysis shows.",
         ("a Herald analysis", "shows", "The senator owns three homes in two states")),
        # investigative site: who compiled the records
        ("Some donors gave twice in one week, filings gathered by the Harbor Institute show.",
         ("filings gathered by the Harbor Institute", "show", "Some donors gave twice in one week")),
    ],
)
def test_extract_claims_a_document_closing_the_sentence_shows_what_comes_before(nlp, body, expected):
    assert _reports(nlp, body) == [expected]
    assert [kind for _, _, kind in _kinds(nlp, body)] == ["evidence"]


@pytest.mark.parametrize(
    "body",
    [
        # no document: a broadcast's shows
        "He spent the evening flipping between the late-night talk shows.",
        # a clause of its own between the comma and the verb
        "The vote was close, and the records he kept show.",
        # no document: a day shows nothing the database can credit
        "The streets were empty for hours, the long night showed.",
    ],
)
def test_extract_claims_no_closing_evidence_without_a_document(nlp, body):
    assert [kind for _, _, kind in _kinds(nlp, body) if kind == "evidence"] == []


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
        # wire: a body supports an agreement
        (
            "The county farm bureau supported the water-sharing agreement on Tuesday.",
            ("The county farm bureau", "supported", "the water-sharing agreement"),
        ),
        # broadsheet: a long-held side, in the perfect
        (
            "Senator Ruth Calloway has long supported a ban on offshore drilling.",
            ("Ruth Calloway", "supported", "a ban on offshore drilling"),
        ),
        # tabloid: a celebrity backs a bid, in the present
        (
            "Reality star Mandy Vale supports her ex-husband's bid for the council.",
            ("Mandy Vale", "supports", "her ex-husband's bid for the council"),
        ),
        # regional: a councillor opposes a closure
        (
            "Councillor Priya Dhar opposed the plan to close the Elm Street library.",
            ("Dhar", "opposed", "the plan to close the Elm Street library"),
        ),
        # magazine: a side taken over a career
        (
            "Throughout his career, the novelist has opposed any tax on books.",
            ("the novelist", "opposed", "any tax on books"),
        ),
        # local radio: a side taken now, in the progressive
        (
            "Rancher Dale Ibsen is supporting the incumbent sheriff this time.",
            ("Dale Ibsen", "supporting", "the incumbent sheriff"),
        ),
    ],
)
def test_extract_claims_stance_whom_or_what_a_source_takes_a_side_for(nlp, body, expected):
    source, cue, content = expected
    assert _claims(nlp, body) == [(source, cue, content)]
    assert [kind for _, _, kind in _kinds(nlp, body)] == ["stance"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a side taken on an issue named in one word
        (
            "Senator Ruth Calloway opposes abortion in all cases.",
            ("Ruth Calloway", "opposes", "abortion"),
        ),
        # tabloid: a celebrity endorses someone the story has just named
        (
            "The singer's fans were thrilled when Pop star Jade Rivers endorsed him on Friday.",
            ("Jade Rivers", "endorsed", "him"),
        ),
        # regional: a council's side, a pronoun for the plan before
        (
            "The bypass plan came up again, and Councillor Priya Dhar supported it.",
            ("Priya Dhar", "supported", "it"),
        ),
        # broadsheet: what is supported is an act, a gerund
        (
            "Governor Tom Alden supports raising the fuel tax to pay for roads.",
            ("Tom Alden", "supports", "raising the fuel tax to pay for roads"),
        ),
        # public broadcaster: a group opposes an act
        (
            "Local fishermen oppose expanding the marine reserve.",
            ("Local fishermen", "oppose", "expanding the marine reserve"),
        ),
        # magazine: a preference for an act, an infinitive
        (
            "On long trips the novelist prefers to travel by train.",
            ("the novelist", "prefers", "to travel by train"),
        ),
        # broadcaster: a side refused, in the negative
        (
            "Senator Ruth Calloway does not support it.",
            ("Ruth Calloway", "support", "it"),
        ),
    ],
)
def test_extract_claims_stance_on_one_word_or_an_act(nlp, body, expected):
    source, cue, content = expected
    assert _claims_by_suffix(nlp, body, source) == [(source, cue, content)]
    assert [kind for _, _, kind in _kinds(nlp, body)] == ["stance"]


@pytest.mark.parametrize(
    "body",
    [
        # a word that names no side
        "Residents of the estate oppose this.",
        "Senator Ruth Calloway opposes nothing.",
        "The three candidates endorsed themselves.",
        # the object is the doer of an act, not the side taken
        "The charity supports families to stay together.",
        "The coach prefers him to play on the left.",
        "Senator Ruth Calloway would prefer it if the vote were delayed.",
        # an act declined, or a state kept, is no side
        "Officials preferred not to comment on the cause of the fire.",
        "The winning family prefers to remain anonymous.",
        # data support an act but hold no side
        "New traffic data support lowering the speed limit on the ring road.",
    ],
)
def test_extract_claims_no_stance_on_a_word_or_act_that_names_no_side(nlp, body):
    assert [kind for _, _, kind in _kinds(nlp, body) if kind == "stance"] == []


@pytest.mark.parametrize(
    "body",
    [
        # an adjective is not a cue
        "The endorsed candidate lost the race by a wide margin.",
        # passive: the subject is what is endorsed
        "The plan was endorsed by the regional council in March.",
        # narration: no one takes a side
        "Cats prefer warm rooms in winter.",
        # supposed, not taken: a modal says what the source might do
        "The fund's board would support the merger if the price rose.",
        # a gerund names what was done, in the writer's words
        "In opposing the road scheme, the parish council won few friends.",
        "After opposing the stadium deal for months, Councillor Ben Frost changed his vote.",
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
        # local paper: reproach
        ("The governor chided lawmakers for their slow pace on the budget.",
         ("chided", "lawmakers for their slow pace on the budget")),
        # council report: a preposition says what was railed at
        ("Councilwoman Ortiz railed against the parking fees at Tuesday's meeting.",
         ("railed", "against the parking fees")),
        # arts page: scorn
        ("Critics derided the stadium plan as a giveaway to the owners.",
         ("derided", "the stadium plan as a giveaway to the owners")),
        # opinion page: the model's own lemma, "lambast"
        ("Opponents lambasted the bridge toll as a tax on commuters.",
         ("lambasted", "the bridge toll as a tax on commuters")),
        # broadcaster: a reprimand
        ("The ethics panel rebuked the senator for the undisclosed trips.",
         ("rebuked", "the senator for the undisclosed trips")),
        # magazine: praise
        ("The jury lauded the novel's spare prose.", ("lauded", "the novel's spare prose")),
        # sports desk: the model's own lemma, "extoll"
        ("The coach extolled the virtues of patience.", ("extolled", "the virtues of patience")),
    ],
)
def test_extract_claims_reproach_scorn_and_praise_are_speech_acts(nlp, body, expected):
    found = _claims(nlp, body)
    assert [claim[1:] for claim in found] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # wire: terms kept back are no words said
        "The companies did not disclose financial terms of the acquisition.",
        # land court
        "The two families disputed ownership of the land for years.",
        # an adjective and a noun
        "Troops patrol the disputed border near the river.",
        "Commuter rail service resumed on Monday.",
    ],
)
def test_extract_claims_no_speech_act_from_other_senses_of_disputing_disclosing_or_rail(nlp, body):
    assert _claims(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # council report
        ("Councilwoman Ana Ortiz weighed in on the dispute over the fees.",
         ("weighed", "on the dispute over the fees")),
        # sports radio
        ("Coach Dan Jones lashed out at the referees in a radio interview.", ("lashed", "at the referees")),
        # court reporter: a clause laid out
        ("The prosecutor laid out why the defendant should stay in custody.",
         ("laid", "why the defendant should stay in custody")),
        # statehouse wire
        ("The governor lashed out at the legislature over the delay.", ("lashed", "at the legislature")),
        # county paper
        ("The county executive laid out her budget for the next year.", ("laid", "her budget")),
        # labour page
        ("The players' union spelled out its demands in a letter.", ("spelled", "its demands")),
    ],
)
def test_extract_claims_a_verb_with_its_particle_is_a_speech_act(nlp, body, expected):
    found = _claims(nlp, body)
    assert [claim[1:] for claim in found] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # the same verbs without the particle, or with another sense of it
        "Police fired at the car after the chase.",
        "The crew laid the groundwork for the new bridge.",
        "The boxer weighed in at 90 kilos on Friday.",
        "The team fired its manager after the loss.",
        "The truck hit the wall near the depot.",
        # "back" is no particle of speech: gunfire, and a date
        "Police fired back at the suspect after the chase.",
        "The club fired the coach back in March.",
        # things laid or spelled out, not words
        "Volunteers laid out the tables for the harvest supper.",
        "The company laid out $2 billion for the acquisition.",
        "The child spelled out her name in crayon.",
    ],
)
def test_extract_claims_no_speech_act_without_the_particle_or_from_other_senses(nlp, body):
    assert _claims(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # political desk: what is hinted at
        ("Senator Mark Hale has hinted at a run for governor.", ("hinted", "at a run for governor")),
        # business page: a clause
        ("The finance minister hinted that rates could rise in the spring.",
         ("hinted", "rates could rise in the spring")),
        # entertainment page
        ("The band hinted at a reunion tour in a post on Sunday.", ("hinted", "at a reunion tour")),
    ],
)
def test_extract_claims_hinting_is_a_speech_act(nlp, body, expected):
    found = _claims(nlp, body)
    assert [claim[1:] for claim in found] == [expected]


def test_extract_claims_no_speech_act_from_a_hint_of_something(nlp):
    assert _claims(nlp, "There was a hint of frustration in the coach's voice after the game.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # business page
        ("Analysts speculated that the merger would cost 2,000 jobs.",
         ("speculated", "the merger would cost 2,000 jobs")),
        # city hall
        ("The mayor's office disclosed that the audit had found errors.",
         ("disclosed", "the audit had found errors")),
        # profile
        ("Over coffee, the retired admiral mused that the navy had lost its nerve.",
         ("mused", "the navy had lost its nerve")),
        # labour page
        ("The union disputed that the plant was losing money.", ("disputed", "the plant was losing money")),
    ],
)
def test_extract_claims_speculating_musing_disclosing_and_disputing_report_a_clause(nlp, body, expected):
    found = _claims(nlp, body)
    assert [claim[1:] for claim in found] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # city hall: an object
        ("The mayor underscored the need for new housing.", ("underscored", "the need for new housing")),
        # statehouse: a clause
        ("The governor underscored that the budget was balanced.", ("underscored", "the budget was balanced")),
        # business page
        ("Executives underscored that the merger would not cost jobs.",
         ("underscored", "the merger would not cost jobs")),
        # history magazine
        ("The president proclaimed that the war was over.", ("proclaimed", "the war was over")),
        # court reporter: an object
        ("The defendant proclaimed his innocence.", ("proclaimed", "his innocence")),
        # wire: a crowd
        ("Protesters proclaimed that the election had been stolen.", ("proclaimed", "the election had been stolen")),
    ],
)
def test_extract_claims_underscoring_and_proclaiming_report(nlp, body, expected):
    found = _claims(nlp, body)
    assert [claim[1:] for claim in found] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # an event or a thing underscores, and says nothing
        "The flood underscores the risk of building on the plain.",
        "The attack underscored how fragile the truce was.",
        "The defeat underscored how thin the squad is.",
    ],
)
def test_extract_claims_nothing_said_by_what_cannot_speak(nlp, body):
    assert _claims(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        (
            "Finance Minister Ilse Varga on Thursday praised Kowalczyk after the talks in Vienna.",
            ("praised", "Kowalczyk"),
        ),
        # tabloid
        ("Reality star Jolene Marsh slammed Brennan yesterday.", ("slammed", "Brennan")),
        # regional
        (
            "At the Grange hall meeting, Councilwoman Dee Farrow never once mentioned Oakridge.",
            ("mentioned", "Oakridge"),
        ),
        # magazine
        ("For years the critic had lavishly praised Okonkwo.", ("praised", "Okonkwo")),
        # broadsheet
        ("Mr. Haldane defended Ostrova at a briefing in Leeds.", ("defended", "Ostrova")),
    ],
)
def test_extract_claims_a_speech_act_on_a_name_alone(nlp, body, expected):
    found = _claims(nlp, body)
    assert [claim[1:] for claim in found] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        ("Speaking at the rally, Okafor criticized the council by name.", ("criticized", "the council by name")),
        # broadsheet
        (
            "The minister rarely mentioned Halvorsen by name, but the target was plain.",
            ("mentioned", "Halvorsen by name"),
        ),
        # tabloid
        ("Last night the club's owner blasted the referee by name.", ("blasted", "the referee by name")),
    ],
)
def test_extract_claims_an_object_spoken_of_by_name(nlp, body, expected):
    found = _claims(nlp, body)
    assert [claim[1:] for claim in found] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet
        (
            "State auditors questioned that estimate on Monday, pressing the agency for its figures.",
            ("questioned", "that estimate"),
        ),
        # tabloid
        ("Last night the striker's agent slammed that decision.", ("slammed", "that decision")),
        # regional
        ("At Tuesday's board meeting, trustee Rosa Lindqvist questioned that timeline.", ("questioned", "that timeline")),
        # magazine
        ("The bishop has long praised that tradition.", ("praised", "that tradition")),
    ],
)
def test_extract_claims_an_object_keeps_its_determiner_that(nlp, body, expected):
    # A clause's opening "that" goes; a determiner "that" belongs to the object.
    found = _claims(nlp, body)
    assert [claim[1:] for claim in found] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "The chairman spoke Portuguese at the dinner.",
        "The inspector warned Castellano.",
        "A trio called Moonfern played until dawn.",
    ],
)
def test_extract_claims_no_speech_act_on_the_one_spoken_to_or_named(nlp, body):
    assert _claims(nlp, body) == []




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
        # regional daily: a group wants a thing
        ("Farmers in the valley want a new dam before the next drought.",
         ("want", "a new dam before the next drought", "intention")),
        # statehouse report: a titled lawmaker
        ("Rep. Dana Ortiz wants more money for school buses.",
         ("wants", "more money for school buses", "intention")),
        # labour desk: an organization
        ("The union wants a 5 percent raise for its members.",
         ("wants", "a 5 percent raise for its members", "intention")),
        # wire: a negated thing wanted is still what is wanted
        ("Union chiefs want no second walkout this year.",
         ("want", "no second walkout this year", "intention")),
    ],
)
def test_extract_claims_what_a_source_wants_is_an_intention(nlp, body, expected):
    assert _kinds(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # the object is a relative's, before the verb
        "What the mayor wants is unclear.",
        "The things he wants are simple.",
        # a pronoun, an adjective or a quantity names nothing wanted
        "They want it now.",
        "Fans want the same.",
        "Investors want none of it.",
        # wanted by the police, not an aim
        "Police want the driver of a white van for questioning.",
        "Detectives want a man in connection with the fire.",
        # the writer's advice, not anyone's aim
        "Drivers may want a spare tyre on the mountain road.",
    ],
)
def test_extract_claims_no_intention_from_a_pronoun_or_a_relative_object(nlp, body):
    assert _kinds(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # city hall wire: the subject of "make"
        ("The mayor made no mention of the deficit.",
         ("The mayor", "mention", "the deficit")),
        # broadsheet: a possessor
        ("His comments about the judge drew sharp criticism.",
         ("His", "comments", "the judge")),
        # statehouse report: a renewed call
        ("Senator Ruiz renewed her call for a recount on Friday.",
         ("her", "call", "a recount")),
        # regional daily: voiced criticism
        ("The governor voiced criticism of the new rules.",
         ("The governor", "criticism", "the new rules")),
        # arts page: jokes made
        ("The comedian made jokes about the council's parking plan.",
         ("The comedian", "jokes", "the council's parking plan")),
        # business desk: a renewed call, by the verb's subject
        ("The board renewed its call for a full audit.",
         ("The board", "call", "a full audit")),
        # sports page: praise heaped on a name
        ("The coach heaped praise on Okafor.",
         ("The coach", "praise", "Okafor")),
    ],
)
def test_extract_claims_a_noun_of_speech_reports_its_topic(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # no one's calls
        "Calls for a recount grew louder.",
        # a call that is no speech on a topic
        "The clerk made a call to the depot.",
        # the verb is no speaking
        "Ortiz read the comments about the judge.",
        # when or where it was said, not what about
        "In his remarks on Tuesday night, the senator thanked voters.",
        "Her comments on Fox News angered viewers.",
        "His remarks on the Senate floor were brief.",
        # a raid, a phone call, an umpire's call
        "The militants' attack on the embassy killed four guards.",
        "The driver made a call for a tow truck.",
        "The umpire made a bad call for the home side.",
        # a passive, and a subject that cannot speak
        "Praise was heaped on the crews.",
        "The report made no mention of the deficit.",
    ],
)
def test_extract_claims_no_topic_reported_by_a_noun_with_no_speaker(nlp, body):
    assert [cue for _, cue, _ in _reports(nlp, body)
            if cue in ("Calls", "call", "comments", "remarks", "attack", "Praise", "mention")] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The mayor made no mention of the deficit.", ("mention", "the deficit", True)),
        ("The senator did not make any comment on the ruling.", ("comment", "the ruling", True)),
        ("The coach heaped praise on his goalkeeper.", ("praise", "his goalkeeper", False)),
        # a verb done to the noun denies nothing of it
        ("The senator did not withdraw his comments about the judge.", ("comments", "the judge", False)),
    ],
)
def test_extract_claims_a_noun_of_speech_denied_by_no_or_its_verb(nlp, body, expected):
    assert expected in _negations(nlp, body)


def test_extract_claims_a_thing_not_wanted_is_denied(nlp):
    assert ("want", "the job", True) in _negations(nlp, "She did not want the job.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a group's view of a candidate
        (
            "Dock workers regard Ms. Ruiz as the most trusted voice on the harbor budget.",
            ("regard", "Ms. Ruiz as the most trusted voice on the harbor budget", "belief"),
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
        "She saw the heron there again in 2004.",
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


def _reports(nlp, body: str) -> list[tuple[str | None, str, str]]:
    """(source as written, cue, content) of each claim, before resolution."""
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    claims = extract(article, nlp(parse_text(article))).claims
    return [(c.source.text if c.source else None, c.cue.text, c.text) for c in claims]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire (poll story)
        (
            "Seven in 10 say the mayor handles storms fairly well.",
            ("Seven in 10", "say", "the mayor handles storms fairly well"),
        ),
        # broadsheet
        (
            "Half of the voters questioned said they were angry about the tax rise.",
            ("Half of the voters", "said", "they were angry about the tax rise"),
        ),
        # tabloid
        (
            "Most said they would never fly with the airline again.",
            ("Most", "said", "they would never fly with the airline again"),
        ),
        # public broadcaster
        (
            "A majority of respondents in the region say the economy is getting worse.",
            ("A majority of respondents in the region", "say", "the economy is getting worse"),
        ),
    ],
)
def test_extract_claims_share_of_a_group_speaks(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        ("On zoning, 37% say they are opposed.", ("37%", "say", "they are opposed")),
        # broadsheet
        (
            "Nearly 60% of anglers said the quota was their top worry.",
            ("Nearly 60% of anglers", "said", "the quota was their top worry"),
        ),
        # public broadcaster: a share of a plural that is not on the list of speakers
        (
            "A quarter of renters say they agree with the landlords.",
            ("A quarter of renters", "say", "they agree with the landlords"),
        ),
    ],
)
def test_extract_claims_share_as_a_percentage_or_of_a_plural_speaks(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


def test_extract_claims_share_of_a_thing_does_not_speak(nlp):
    assert _reports(nlp, "Half of the money said nothing about the plan.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        (
            "The mayor leads her rival by 12 points, according to a tally by the local paper.",
            ("the local paper", "according to", "The mayor leads her rival by 12 points"),
        ),
        # broadsheet
        (
            "According to the results, turnout fell in every district.",
            ("the results", "According to", "turnout fell in every district"),
        ),
        # tabloid
        (
            "The chef trained in Lyon for six years, according to her restaurant's website.",
            ("her restaurant's website", "according to", "The chef trained in Lyon for six years"),
        ),
        # public broadcaster
        (
            "According to town rules, no one may fish within 50 metres of the dam.",
            ("town rules", "According to", "no one may fish within 50 metres of the dam"),
        ),
    ],
)
def test_extract_claims_according_to_any_source(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # public broadcaster
        "Storms will be frequent this season, according to a forecast by scientists at the weather service.",
        # wire
        "Storms will be frequent this season, according to a forecast issued today by scientists at the weather service.",
    ],
)
def test_extract_claims_according_to_a_document_names_its_author(nlp, body):
    assert _reports(nlp, body) == [
        ("scientists at the weather service", "according to", "Storms will be frequent this season")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet
        (
            "A reporter asked the coach why the team had faded after halftime.",
            ("A reporter", "asked", "why the team had faded after halftime"),
        ),
        # wire
        (
            "The judge asked whether the company had kept any records of the meetings.",
            ("The judge", "asked", "whether the company had kept any records of the meetings"),
        ),
        # public broadcaster
        (
            "Residents asked if the council would reopen the library before the winter.",
            ("Residents", "asked", "if the council would reopen the library before the winter"),
        ),
    ],
)
def test_extract_claims_an_indirect_question_is_asked(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet
        (
            'The mayor said "it makes me angry" every time she thinks about the closed clinics.',
            ("The mayor", "said", '"it makes me angry" every time she thinks about the closed clinics'),
        ),
        # wire
        (
            'The senator says "the tide is on our side" despite her loss in the runoff.',
            ("The senator", "says", '"the tide is on our side" despite her loss in the runoff'),
        ),
        # tabloid
        (
            'Residents say "the water is still brown" despite the council\'s promises.',
            ("Residents", "say", '"the water is still brown" despite the council\'s promises'),
        ),
    ],
)
def test_extract_claims_content_opening_with_a_partial_quote_holds_it(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # public broadcaster: the whole content is the quote's
        'The minister said: "The plan is dead and nobody will revive it."',
        'The minister said "yes."',
    ],
)
def test_extract_claims_content_inside_one_quote_is_the_quotes(nlp, body):
    assert _reports(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        ("Speaking on the island, the minister said the storm had passed.",
         ("the minister", "said", "the storm had passed")),
        # regional
        ("Talking on a ferry bound for Skye, Ms. Greer said the fares would fall.",
         ("Greer", "said", "the fares would fall")),
        # broadsheet: set off after the subject
        ("Mr. Abara, speaking on courthouse steps after the hearing, said the verdict would be appealed.",
         ("Abara", "said", "the verdict would be appealed")),
        # tabloid
        ("Speaking on a film set in Malta, the actress insisted she had twice turned down the part.",
         ("the actress", "insisted", "she had twice turned down the part")),
        # sports page: set off after the subject, which the parser hangs it on
        ("Coach Ray Otto, talking to fans Saturday on the team bus, said nobody had played well.",
         ("Ray Otto", "said", "nobody had played well")),
    ],
)
def test_extract_claims_where_a_report_was_made_is_not_a_report(nlp, body, expected):
    # "Speaking on ..." says where the sentence's own report was made; it has no content.
    assert _claims_by_suffix(nlp, body, expected[0]) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # wire
        'Asked what skills she wanted in a nominee, the donor said, "They need to know the budget."',
        # public broadcaster
        'Pressed on the delays, the minister replied: "We are doing everything we can."',
        # broadsheet
        'Asked about the strike, the union leader told the BBC: "Our members have had enough of this."',
    ],
)
def test_extract_claims_the_occasion_of_a_quote_is_not_its_content(nlp, body):
    # The question put ("Asked what ...") is a report of its own, by whoever asked it.
    assert [report for report in _reports(nlp, body) if report[1] != "Asked"] == []


@pytest.mark.parametrize(
    "body",
    [
        # wire: a colon after the speaker
        'Negotiations broke down late on Friday, a union spokesman said: "The offer was an insult."',
        # broadsheet: a comma into a quoted sentence
        'The plant has cut two shifts since March, the manager said, "We need new orders by summer."',
        # tabloid: a title before the name
        'The club has lost six games in a row, coach Ana Silva admitted: "We are not good enough."',
    ],
)
def test_extract_claims_a_report_leading_into_a_quoted_sentence_reports_the_quote(nlp, body):
    # The report opens a quoted sentence of its own; the words before it are the writer's.
    assert _reports(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a quote going on with the rest of the interrupted sentence
        ('The plan is dead, she said, "and nobody will revive it."', "The plan is dead"),
        ('Prices will rise, the baker warned, "unless the flour tax is cut."', "Prices will rise"),
        ('The vote was close, Mayor Lund said, "closer than any of us expected."', "The vote was close"),
    ],
)
def test_extract_claims_a_report_interrupting_a_quoted_sentence_keeps_the_words_before(nlp, body, expected):
    assert [text for _, _, text in _reports(nlp, body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # tabloid
        (
            "Asked whether he had ever been bullied, the senator said he had been teased at school.",
            [(None, "Asked", "whether he had ever been bullied"), ("the senator", "said", "he had been teased at school")],
        ),
        # broadsheet
        (
            "Asked if the deal was dead, officials said talks would resume on Monday.",
            [(None, "Asked", "if the deal was dead"), ("officials", "said", "talks would resume on Monday")],
        ),
        # wire
        (
            "Asked how long the repairs would take, the mayor said nobody could tell yet.",
            [(None, "Asked", "how long the repairs would take"), ("the mayor", "said", "nobody could tell yet")],
        ),
    ],
)
def test_extract_claims_the_one_asked_did_not_ask(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet
        (
            "The plan is dead and buried, aides said.",
            ("aides", "said", "The plan is dead and buried"),
        ),
        # wire
        (
            "Families who rent pay more each year, the report's author said.",
            ("the report's author", "said", "Families who rent pay more each year"),
        ),
        # public broadcaster
        (
            "The bridge will stay closed through the winter, the mayor told reporters on Tuesday.",
            ("the mayor", "told", "The bridge will stay closed through the winter"),
        ),
    ],
)
def test_extract_claims_content_before_a_trailing_report(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        (
            "The minister said the plan had failed, adding that a new one would follow in spring.",
            [
                ("The minister", "said", "the plan had failed"),
                ("The minister", "adding", "a new one would follow in spring"),
            ],
        ),
        # tabloid
        (
            "Coach Dunne insists her squad is fitter than ever and tells fans the title is within reach.",
            [
                ("Dunne", "insists", "her squad is fitter than ever"),
                ("Dunne", "tells", "the title is within reach"),
            ],
        ),
        # broadsheet: coordinated content stays whole
        (
            "She said the school would close and the pupils would move to a new building.",
            [("She", "said", "the school would close and the pupils would move to a new building")],
        ),
    ],
)
def test_extract_claims_a_second_report_is_not_part_of_the_first(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a named subject
        (
            "Councillor Brenna Tallis is expected to table the motion on Thursday.",
            [(None, "expected", "Councillor Brenna Tallis", 1), (None, "expected", "to table the motion on Thursday", 2)],
        ),
        # broadsheet: a thing, with an adverb before the participle
        (
            "The new harbour tunnel is widely expected to open a year late.",
            [(None, "expected", "The new harbour tunnel", 1), (None, "expected", "to open a year late", 2)],
        ),
        # regional paper: a relative pronoun for the subject
        (
            "Farmers welcomed the grain subsidy, which is expected to cover most of their losses.",
            [(None, "expected", "which", 1), (None, "expected", "to cover most of their losses", 2)],
        ),
        # tabloid: negated
        (
            "The striker isn't expected to play against the league leaders.",
            [(None, "expected", "The striker", 1), (None, "expected", "to play against the league leaders", 2)],
        ),
    ],
)
def test_extract_claims_an_expectation_no_one_is_named_holding(nlp, body, expected):
    assert _fragments(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet: a mere phrase before the report, the clause after it
        (
            "The aim, she said, is to build a sturdier levee that would keep the river out of the town.",
            [("she", "said", "The aim", 1),
             ("she", "said", "is to build a sturdier levee that would keep the river out of the town", 2)],
        ),
        # wire
        (
            "In any case, she said, the bakery trade was badly oversupplied with ovens.",
            [("she", "said", "In any case", 1), ("she", "said", "the bakery trade was badly oversupplied with ovens", 2)],
        ),
        # tabloid
        (
            "Even then, he said, the club would never sell its best young players.",
            [("he", "said", "Even then", 1), ("he", "said", "the club would never sell its best young players", 2)],
        ),
        # broadsheet: the clause's verb before the report, its agent after it
        (
            "His militia has been boosted, his aides say, by recruits from the north and the west.",
            [("his aides", "say", "His militia has been boosted", 1),
             ("his aides", "say", "by recruits from the north and the west", 2)],
        ),
        # public broadcaster: its subject clause after it
        (
            "And it is not clear, she added, how soon the port will reopen to ships.",
            [("she", "added", "it is not clear", 1), ("she", "added", "how soon the port will reopen to ships", 2)],
        ),
    ],
)
def test_extract_claims_report_inside_its_clause_leaves_a_fragment_on_each_side(nlp, body, expected):
    assert _fragments(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # public broadcaster: a clause of its own after the report
        (
            "The shelter opened for stranded drivers, a county spokesman said on Monday, and it has housed 40 people.",
            [("a county spokesman", "said", "The shelter opened for stranded drivers", 1)],
        ),
        # wire: a time after it is when it was said
        (
            "The bridge will stay closed, the agency said, until engineers finish their checks.",
            [("the agency", "said", "The bridge will stay closed", 1)],
        ),
        # magazine: a new clause after it
        (
            "The sanctions were meant to keep secrets safe, she said, and with the aides chastened, "
            "nobody expects a repeat.",
            [("she", "said", "The sanctions were meant to keep secrets safe", 1)],
        ),
    ],
)
def test_extract_claims_report_after_its_clause_leaves_what_follows_alone(nlp, body, expected):
    assert _fragments(nlp, body) == expected


def _fragments(nlp, body: str) -> list[tuple[str | None, str, str, int]]:
    """(source as written, cue, content, fragment) of each claim, before resolution."""
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    claims = extract(article, nlp(parse_text(article))).claims
    return [(c.source.text if c.source else None, c.cue.text, c.text, c.fragment) for c in claims]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        (
            "Critics countered that the bill would cost thousands of jobs.",
            ("Critics", "countered", "the bill would cost thousands of jobs"),
        ),
        # broadsheet
        (
            "Maria Lopez defended the decision to close the schools.",
            ("Maria Lopez", "defended", "the decision to close the schools"),
        ),
        # public broadcaster
        (
            "Officials reiterated their support for the treaty.",
            ("Officials", "reiterated", "their support for the treaty"),
        ),
    ],
)
def test_extract_claims_more_reporting_verbs(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # public broadcaster
        (
            "Officials spoke to reporters about the strike.",
            [("Officials", "spoke", "about the strike")],
        ),
        # tabloid
        (
            "Residents complained about the noise from the new airport.",
            [("Residents", "complained", "about the noise from the new airport")],
        ),
        # wire
        (
            "Critics pointed to the rising cost of housing.",
            [("Critics", "pointed", "to the rising cost of housing")],
        ),
        # broadsheet: the listener alone is not what was said
        ("Maria Lopez spoke to reporters on Monday.", []),
    ],
)
def test_extract_claims_what_a_speaker_talked_about(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        (
            'Prices have risen for a third straight month, the economist said, "and they will keep rising."',
            ("the economist", "said", "Prices have risen for a third straight month"),
        ),
        # tabloid
        (
            'The council has cut three bus routes, she said, "and nobody asked the riders."',
            ("she", "said", "The council has cut three bus routes"),
        ),
        # public broadcaster
        (
            'Flooding has closed the main road, officials said, "so please stay at home."',
            ("officials", "said", "Flooding has closed the main road"),
        ),
    ],
)
def test_extract_claims_clause_before_a_report_that_goes_on_to_a_quote(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a dash sets the quote off from the writer's sentence
        ('Reyes suggested that the bid was low - "We want a fair price first," she said.',
         [("Reyes", "suggested", "the bid was low")]),
        # tabloid: a colon
        ('The coach praised the young squad: "They never stopped running for a single minute," he told reporters.',
         [("The coach", "praised", "the young squad")]),
        # broadsheet, NYT marks and an inverted tag
        ("Neither farmer was impressed by the new rules - ''They were written by people who never milked a cow,'' "
         "said Mr. Olsen.", []),
        # local daily: a parenthesis sets the quote apart
        ('The vote drew angry letters from members ("We want our money back," wrote one retired teacher from Ohio).',
         []),
        ("The plan drew fire from local farmers (''This will ruin the valley for good,'' the farmers' union said).",
         []),
        # wire: a verb right before the quote has reported it already
        ('Pressed on the audit, Grant said "I have not read a single page of it," she said.', []),
        # magazine: a dash that closes an aside leaves the quote going on across it
        ('"I don\'t believe the old story" -- that the sheriff is a soft touch -- "is going to hold," '
         'the consultant says.',
         [("the consultant", "says",
           '"I don\'t believe the old story" -- that the sheriff is a soft touch -- "is going to hold,"')]),
    ],
)
def test_extract_claims_a_tag_after_a_quote_set_apart_reports_the_quote_alone(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a named possessor's claim
        ("Senator Dana Hill stood by her claim that the election had been rigged.",
         [("claim", "the election had been rigged", "speech")]),
        # broadsheet: a role's argument
        ("The court rejected the president's argument that the tariffs protect jobs.",
         [("argument", "the tariffs protect jobs", "speech")]),
        # tabloid: a group's fear
        ("Fans voiced their fear that the club would be sold to a rival.",
         [("fear", "the club would be sold to a rival", "belief")]),
    ],
)
def test_extract_claims_a_possessor_holds_what_a_noun_reports(nlp, body, expected):
    assert _kinds(nlp, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a relative clause says nothing of what the claim is
        "Her claim that she made on Monday was withdrawn.",
        # no possessor: no one holds it
        "Officials dismissed the belief that taxes must rise.",
        # a thing does not hold a view
        "The report's warning that the dam could fail went unheeded.",
    ],
)
def test_extract_claims_no_noun_report_without_a_holder_and_a_that_clause(nlp, body):
    assert [cue for cue, _, _ in _kinds(nlp, body) if cue in {"claim", "belief", "warning"}] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a named possessor's pledge, the noun the sentence's subject
        ("Councillor Mara Hendry's pledge to freeze bus fares drew cheers at the town hall.",
         ("Mara Hendry", "pledge", "to freeze bus fares")),
        # regional: a possessor's promise after a preposition
        ("Voters in the east ward warmed to Mayor Tomas Ruiz's promise to repave every road.",
         ("Tomas Ruiz", "promise", "to repave every road")),
        # tabloid: a plural vow
        ("Rocker Jed Calloway's vows to quit touring have come to nothing yet again.",
         ("Jed Calloway", "vows", "to quit touring")),
        # city desk: a singular vow, whose infinitive the parser makes a relative clause
        ("Councillor Ada Brennan's vow to cut the levy drew scorn.",
         ("Ada Brennan", "vow", "to cut the levy")),
    ],
)
def test_extract_claims_a_possessor_holds_the_act_a_noun_of_promising_names(nlp, body, expected):
    assert _claims_by_suffix(nlp, body, expected[0]) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # another noun's infinitive is an aim, not words said
        "Councillor Mara Hendry's plan to freeze bus fares drew cheers.",
        # the promise's infinitive is not its content when it names no act promised
        "Mayor Tomas Ruiz's promise to the east ward went unkept.",
        # no possessor: no one holds it
        "A pledge to freeze bus fares drew cheers at the town hall.",
        # a pronoun's promise is recalled as a thing, not reported
        "The senator's critics said little as the east ward cheered his pledge to freeze fares.",
    ],
)
def test_extract_claims_no_promised_act_without_a_noun_of_promising_and_a_holder(nlp, body):
    assert [cue for _, cue, _ in _claims(nlp, body) if cue in {"plan", "promise", "pledge"}] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # tabloid: "hoping" is lemmatized "hop"
        ("Striker Jack Mills is hoping to return to the first team.",
         [("hoping", "to return to the first team", "intention")]),
        # broadsheet: "hoped" with a clause
        ("Senior aides hoped that the talks would resume in May.",
         [("hoped", "the talks would resume in May", "intention")]),
        # wire: "hopes" with a named holder
        ("Angela Moss hopes the factory will reopen in the spring.",
         [("hopes", "the factory will reopen in the spring", "intention")]),
    ],
)
def test_extract_claims_every_form_of_hope_is_a_cue(nlp, body, expected):
    assert _kinds(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire: a confirmation of a fact.
        ("The airline confirmed the death of a second passenger on Sunday.",
         ("airline", "confirmed", "the death of a second passenger")),
        # Tabloid: a plain "say" the parser gives an object instead of a clause.
        ("Senator Ruth Alvarez says the new farm bill appeals to the worst instincts of lobbyists.",
         ("Ruth Alvarez", "says", "the new farm bill appeals to the worst instincts of lobbyists")),
        # Broadsheet: a prediction of a result.
        ("The governor predicted a narrow win for the incumbent in the western counties.",
         ("governor", "predicted", "a narrow win for the incumbent in the western counties")),
    ],
)
def test_extract_claims_what_a_report_has_for_its_object(nlp, body, expected):
    claimant, cue, content = expected
    (found,) = _claims(nlp, body)
    assert found[1:] == (cue, content)
    assert (found[0] or "").endswith(claimant)


@pytest.mark.parametrize(
    "body",
    [
        "The senator told reporters on Monday.",
        "The columnist wrote a long letter to the editor last week.",
        "The candidate posted a video from the rally.",
        "The airline charged a fee for every bag.",
    ],
)
def test_extract_claims_no_object_content_from_a_listener_a_medium_or_another_sense(nlp, body):
    assert _claims(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire: condolences offered, with whom they go to.
        ("Governor Tom Reyes offered his condolences to the families of the two firefighters.",
         ("Tom Reyes", "offered", "his condolences to the families of the two firefighters")),
        # Politics site: thanks sent on social media.
        ("Senator Dana Okafor tweeted her thanks to the nurses who cared for her.",
         ("Dana Okafor", "tweeted", "thanks to the nurses who cared for her")),
        # Sports daily: congratulations sent by an office.
        ("The club's owner sent his congratulations to the youth team after the final.",
         ("owner", "sent", "his congratulations to the youth team")),
    ],
)
def test_extract_claims_a_greeting_sent_is_what_was_said(nlp, body, expected):
    claimant, cue, content = expected
    (found,) = _claims(nlp, body)
    assert found[1:] == (cue, content)
    assert (found[0] or "").endswith(claimant)


@pytest.mark.parametrize(
    "body",
    [
        "The airline offered a refund to every passenger on the delayed flight.",
        "The governor sent troops to the border town.",
        "Senator Clinton tweeted a link to the hearing.",
        "The Rangers posted a 3-1 win thanks to a late goal.",
    ],
)
def test_extract_claims_a_verb_of_sending_with_another_object_reports_nothing(nlp, body):
    assert _claims(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        # Political site: a description by belief.
        ("The self-styled outsider claimed the county would back her once the mills reopened.", "outsider"),
        # Business paper: a description by trade.
        ("A Republican strategist argued that the party had lost its suburban voters.", "strategist"),
        # Local daily: a description by role in a race.
        ("The candidate wants the county to rebuild the old bridge before winter.", "candidate"),
    ],
)
def test_extract_claims_people_described_by_what_they_do_hold_content(nlp, body, claimant):
    (found,) = _claims(nlp, body)
    assert (found[0] or "").endswith(claimant)


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        # Coastal weekly: a compound on "master".
        ("The harbourmaster said the north pier would stay shut until the spring.", "harbourmaster"),
        # Fishing monthly: a compound on "man".
        ("A lobsterman said the new quotas would empty the village within a decade.", "lobsterman"),
        # City hall wire: a compound on "woman".
        ("An alderwoman argued that the parking fees hit night-shift nurses hardest.", "alderwoman"),
        # School newsletter: a compound on "people".
        ("The salespeople insisted that the shop had never raised its prices on a Sunday.", "salespeople"),
    ],
)
def test_extract_claims_compounds_on_a_word_for_a_person_hold_content(nlp, body, claimant):
    (found,) = _claims(nlp, body)
    assert (found[0] or "").endswith(claimant)


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        # Parish magazine.
        ("The vicar said the roof appeal had raised enough to replace the bells.", "vicar"),
        # Borough paper.
        ("A councillor claimed the depot had been sold below its value.", "councillor"),
        # Football page.
        ("The referee insisted the handball had happened behind his back.", "referee"),
        # Trade journal.
        ("One electrician warned that the wiring in the old mill would not pass inspection.", "electrician"),
        # County paper: an office of local government.
        ("The county treasurer said property taxes would rise by 4 percent next year.", "treasurer"),
        # Wire from abroad: the coroner.
        ("The coroner said the only road out had been closed for a week.", "coroner"),
        # Court report: the accused.
        ("The suspect told police he had been at home all night.", "suspect"),
        # Campus weekly.
        ("The provost argued that the tuition freeze could not last another year.", "provost"),
    ],
)
def test_extract_claims_people_named_by_their_trade_hold_content(nlp, body, claimant):
    (found,) = _claims(nlp, body)
    assert (found[0] or "").endswith(claimant)


@pytest.mark.parametrize(("noun", "people"), [
    ("alderwoman", True), ("chairwomen", True), ("harbourmaster", True), ("townspeople", True),
    ("human", False), ("omen", False), ("woman", True), ("master", True), ("specimen", False),
])
def test_extract_claims_compounds_on_a_word_for_a_person_name_people(noun, people):
    assert names_people(noun) is people


@pytest.mark.parametrize("body", [
    # Science desk: a thing, not a speaker, though it ends like "-men".
    "The specimen said more about the lab than about the fungus, the curator noted.",
    # Health page.
    "Her abdomen told the whole story, the nurse on duty claimed.",
    # Antiques column: ends like "-man".
    "The talisman promised the sailors a safe return, the dealer insisted.",
])
def test_extract_claims_words_ending_like_a_person_compound_are_no_claimants(nlp, body):
    assert all(not (claimant or "").lower().endswith(("specimen", "abdomen", "talisman"))
               for claimant, _, _ in _claims(nlp, body))


def _headline_claims(nlp, title: str, body: str) -> list[tuple[str | None, str, str]]:
    article = clean(RawArticle("t.txt", f"{title}\n\n{body}\n"))
    resolved = resolve(extract(article, nlp(parse_text(article))))
    names = {e.key: e.name for e in resolved.entities}
    return [(names.get(c.claimant_key), c.claim.cue.text, c.claim.text) for c in resolved.claims
            if c.claim.start < len(title)]


HEADLINE_BODY = ("Governor Maria Delgado and the Riverside Water Authority met on Monday with "
                 "Senator Tom Okafor in the state capital.")
PLACE_BODY = "Governor Maria Delgado met Senator Tom Okafor in Riverside on Monday."


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Tabloid: the source, a colon, what was said.
        ("Delgado: Water Rates Will Not Rise This Year", ("Maria Delgado", ":", "Water Rates Will Not Rise This Year")),
        # Political site: a title-case reporting verb.
        ("Okafor Says Budget Deal Is 'Dead On Arrival'", ("Tom Okafor", "Says", "Budget Deal Is 'Dead On Arrival'")),
        # Wire: sentence case, the full name.
        ("Maria Delgado warns of dry summer ahead", ("Maria Delgado", "warns", "of dry summer ahead")),
    ],
)
def test_extract_claims_a_headline_attributes_to_a_source_the_text_names(nlp, title, expected):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == [expected]


@pytest.mark.parametrize(
    "title",
    [
        "Breaking: Voters Sour On Water Rates",
        "Update: Meeting Moved To Tuesday",
        # A place the text names: no description of a source.
        "Riverside Says Water Rates Will Not Rise",
        # An organization: its name alone would be taken for a person's.
        "Riverside Water Authority warns of dry summer ahead",
        # Nothing said.
        "Delgado: ...",
    ],
)
def test_extract_claims_no_headline_attribution_but_to_a_person_the_text_names(nlp, title):
    assert _headline_claims(nlp, title, PLACE_BODY if title.startswith("Riverside Says") else HEADLINE_BODY) == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Political site: a description by trade.
        ("Former State Engineer Says Dam Is Safe", ("Former State Engineer", "Says", "Dam Is Safe", "speech")),
        # Tabloid: a description by calling, and a stance.
        ("Megachurch Pastor Endorses Okafor For Governor",
         ("Megachurch Pastor", "Endorses", "Okafor For Governor", "stance")),
        # Magazine: a document, which shows.
        ("New Poll Shows Delgado Ahead In The North", ("New Poll", "Shows", "Delgado Ahead In The North", "evidence")),
    ],
)
def test_extract_claims_a_headline_subject_may_describe_its_source(nlp, title, expected):
    article = clean(RawArticle("t.txt", f"{title}\n\n{HEADLINE_BODY}\n"))
    resolved = resolve(extract(article, nlp(parse_text(article))))
    names = {e.key: e.name for e in resolved.entities}
    assert [(names.get(c.claimant_key), c.claim.cue.text, c.claim.text, c.claim.kind) for c in resolved.claims
            if c.claim.start < len(title)] == [expected]


@pytest.mark.parametrize(
    "title",
    [
        # A person shows no finding: "Shows Up" is no evidence.
        "Okafor Shows Up At Riverside Rally",
        # A document says nothing: it shows.
        "New Poll Says Delgado Leads",
        # No one who speaks heads the subject.
        "Tax Plan Calls For Deep Cuts",
    ],
)
def test_extract_claims_a_headline_subject_that_neither_names_nor_describes_a_source(nlp, title):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Wire: a title and a party before the surname.
        ("GOP Sen. Okafor Announces Bill To Cap Water Rates", ("Tom Okafor", "Announces", "Bill To Cap Water Rates")),
        # Political site: a description before the full name.
        ("Campaign Veteran Maria Delgado Says Race Is Tight", ("Maria Delgado", "Says", "Race Is Tight")),
        # Tabloid: an honorific before the name, then a colon.
        ("Dr. Tom Okafor: Tap Water Is Safe To Drink", ("Tom Okafor", ":", "Tap Water Is Safe To Drink")),
    ],
)
def test_extract_claims_a_headline_source_may_follow_words_that_describe_them(nlp, title, expected):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == [expected]


@pytest.mark.parametrize(
    "title",
    [
        # Political site: a topic.
        "Big Win For Okafor: Council Backs Water Plan",
        # Tabloid: someone else's act on the person.
        "Crowd Boos Okafor: Rates Are Too High",
        # Wire: a place before the name.
        "Riverside Delgado: Water Board Will Meet Monday",
    ],
)
def test_extract_claims_a_headline_name_after_words_that_do_not_describe_them_is_no_source(nlp, title):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Viral site: "Just" and the past tense, a teaser after a dash.
        ("Okafor Just Announced His Pick For Water Chief \u2013 Voters Were Not Amused",
         ("Tom Okafor", "Just Announced", "His Pick For Water Chief")),
        # Political blog: "Finally" and a stance.
        ("Maria Delgado Finally Endorses Okafor For Senate", ("Maria Delgado", "Finally Endorses", "Okafor For Senate")),
        # Tabloid: a teaser after a hyphen.
        ("Delgado Just Vowed To Never Raise Rates Again- And The Council Noticed",
         ("Maria Delgado", "Just Vowed", "To Never Raise Rates Again")),
    ],
)
def test_extract_claims_a_headline_verb_may_follow_just_or_finally(nlp, title, expected):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == [expected]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Viral site: a verb whose last consonant doubles in the past tense.
        ("Okafor Just Admitted The Dam Was Never Inspected",
         ("Tom Okafor", "Just Admitted", "The Dam Was Never Inspected")),
        # Political blog.
        ("Delgado Finally Admitted She Misread The Water Report",
         ("Maria Delgado", "Finally Admitted", "She Misread The Water Report")),
        # Tabloid.
        ("Okafor Just Referred To The Rate Hike As A Tax",
         ("Tom Okafor", "Just Referred", "To The Rate Hike As A Tax")),
    ],
)
def test_extract_claims_a_headline_past_tense_doubles_a_stressed_last_consonant(nlp, title, expected):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == [expected]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Political site: a poll's finding.
        ("Poll: Voters Sour On Water Rates", ("Poll", ":", "Voters Sour On Water Rates")),
        # Wire, sentence case: a report's.
        ("Report: Delgado aides used private email", ("Report", ":", "Delgado aides used private email")),
        # Tabloid: a survey's.
        ("SURVEY: Most Riverside Families Skip Tap Water", ("SURVEY", ":", "Most Riverside Families Skip Tap Water")),
    ],
)
def test_extract_claims_a_document_labelling_a_headline_shows_it(nlp, title, expected):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == [expected]
    article = clean(RawArticle("t.txt", f"{title}\n\n{HEADLINE_BODY}\n"))
    kinds = [c.kind for c in extract(article, nlp(parse_text(article))).claims if c.start < len(title)]
    assert kinds == ["evidence"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Political site: anonymous insiders.
        ("Insiders: Okafor Will Rebound In The North", ("Insiders", ":", "Okafor Will Rebound In The North")),
        # Wire, sentence case: historians.
        ("Historians: Delgado and Okafor linked no matter what", ("Historians", ":",
                                                                  "Delgado and Okafor linked no matter what")),
        # Tabloid: economists.
        ("ECONOMISTS: Water Rates Must Rise", ("ECONOMISTS", ":", "Water Rates Must Rise")),
    ],
)
def test_extract_claims_people_labelling_a_headline_say_it(nlp, title, expected):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == [expected]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Political site: a topic between the name and the colon.
        ("Okafor on the Budget: 'We Will Not Cut Schools'", ("Tom Okafor", ":", "'We Will Not Cut Schools'")),
        # Tabloid: a verb between, curly single quotes.
        ("Delgado Heckles Protesters: \u2018Go Home Now\u2019", ("Maria Delgado", ":", "\u2018Go Home Now\u2019")),
        # Broadsheet, NYT marks: the full name where the text has it too.
        ("Tom Okafor Reacts: ''That Was A Mistake''", ("Tom Okafor", ":", "''That Was A Mistake''")),
    ],
)
def test_extract_claims_a_headline_ending_with_a_quotation_after_a_colon_is_its_opening_names(nlp, title,
                                                                                             expected):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == [expected]


@pytest.mark.parametrize(
    "title",
    [
        # No one the text names opens the headline.
        "Crowd Erupts In Anger: 'Water Rates Too High'",
        # An organization, not a person.
        "Riverside Water Authority: \u201cRates Will Rise\u201d",
        # The quotation is not all that follows the colon.
        "Okafor on the Budget: 'No Cuts' This Year",
    ],
)
def test_extract_claims_a_quotation_after_a_colon_needs_a_person_opening_the_headline(nlp, title):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Tabloid: to whom it was said.
        ("Okafor to Farm Bureau: Water Rates Will Hold", ("Tom Okafor", ":", "Water Rates Will Hold")),
        # Regional, sentence case: where it was said.
        ("Delgado at Riverside Fair: Dam will be repaired by spring.",
         ("Maria Delgado", ":", "Dam will be repaired by spring")),
        # Magazine: a title before the name, and a long audience.
        ("Senator Okafor To Riverside Chamber Of Commerce: Expect A Tax Holiday",
         ("Tom Okafor", ":", "Expect A Tax Holiday")),
    ],
)
def test_extract_claims_a_headline_label_may_say_to_whom_or_where_its_source_spoke(nlp, title, expected):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == [expected]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Political site: an en dash.
        ("EXCLUSIVE \u2013 Tom Okafor: The Dam Report Was Buried", ("Tom Okafor", ":", "The Dam Report Was Buried")),
        # Tabloid: a hyphen.
        ("WATCH - Delgado: Rates Hold Steady Until The Thaw",
         ("Maria Delgado", ":", "Rates Hold Steady Until The Thaw")),
        # Broadsheet live blog: an em dash.
        ("LIVE \u2014 Delgado: Council Must Act On Dam Before Winter",
         ("Maria Delgado", ":", "Council Must Act On Dam Before Winter")),
    ],
)
def test_extract_claims_a_word_flagging_the_story_before_a_dash_is_no_part_of_the_label(nlp, title, expected):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == [expected]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Aggregator: an outlet's name.
        ("Harbor Times: Okafor Skipped Three Budget Votes", ("Harbor Times", ":", "Okafor Skipped Three Budget Votes")),
        # Wire, sentence case: an unnamed paper.
        ("Newspaper: Okafor billed the county for his boat repairs.",
         ("Newspaper", ":", "Okafor billed the county for his boat repairs")),
        # Regional: an outlet's name that is a document noun too.
        ("Lakeside Post: Delgado Has The Dam Numbers Wrong", ("Lakeside Post", ":", "Delgado Has The Dam Numbers Wrong")),
        # Magazine: an outlet's piece.
        ("Valley Gazette Fact-Check: Delgado's Dam Cost Figure Falls Short",
         ("Valley Gazette Fact-Check", ":", "Delgado's Dam Cost Figure Falls Short")),
    ],
)
def test_extract_claims_an_outlet_labelling_a_headline_says_it(nlp, title, expected):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == [expected]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # National daily: a subtitle on the next line.
        ("Okafor: Water rates will not rise this year; \nCouncil vote set for Tuesday after long delay.",
         ("Tom Okafor", ":", "Water rates will not rise this year")),
        # Regional.
        ("Delgado: Budget gap can be closed without layoffs; \nState faces a shortfall of $2 billion next year.",
         ("Maria Delgado", ":", "Budget gap can be closed without layoffs")),
        # Broadsheet: people by what they are.
        ("Economists: Water rates must rise by spring; \nDrought costs mount for the Riverside utility.",
         ("Economists", ":", "Water rates must rise by spring")),
    ],
)
def test_extract_claims_a_sentence_case_headline_label_ends_with_its_line(nlp, title, expected):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == [expected]


@pytest.mark.parametrize(
    "title",
    [
        # Wire: a running story's label.
        "The Latest: Delgado to tour flood zone.",
        "BYLINE: Tom Okafor.",
        "Delegate Update: Okafor pulls ahead in the north.",
        # Broadsheet: a paid death notice.
        "Paid Notice: Memorials OKAFOR, RUTH.",
        # Viral site: teasers.
        "Revealed: What The Water Board Kept From Voters",
        "Wow: Riverside Council Did Something Odd Last Night",
        "Look: Crowds Line Up For Okafor In The Rain",
        # A show or newsletter labels its own items.
        "Harbor News Daily: Floods, Fares And A Farewell",
        "Friday Evening Digest: Okafor's budget, Delgado's dam.",
        # A verb or an idiom after "to" or "at", not whom or where: regional, sentence case.
        "Okafor to step down after two terms: a surprise for the council.",
        "Okafor at odds with the water board: dam talks stall again.",
        # Magazine profile: an age.
        "Delgado At 60: A Life Spent Fighting For The Valley",
        # Political site.
        "Delgado At A Crossroads: What Comes Next For The Governor",
    ],
)
def test_extract_claims_a_headline_label_that_names_no_source_gives_nothing(nlp, title):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == []


def test_extract_quotes_a_headline_source_does_not_speak_for_the_first_paragraph(nlp):
    body = '"We will hold the line on every bill this year."\n\nGovernor Maria Delgado met the council on Monday.'
    article = clean(RawArticle("t.txt", f"Delgado: Rates Will Not Rise\n\n{body}\n"))
    resolved = resolve(extract(article, nlp(parse_text(article))))
    assert [c.claim.cue.text for c in resolved.claims] == [":"]
    assert [q.speaker_key for q in resolved.quotes] == [None]


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        # Regional daily: an official's notice.
        ("The county clerk put up a notice saying the polls would open late.", "The county clerk"),
        # Broadsheet: a campaign's memo.
        ("The Smith campaign released a memo arguing that the polls were wrong.", "The Smith campaign"),
        # Public broadcaster: a ministry's report.
        ("The ministry issued a report saying exports had fallen.", "The ministry"),
    ],
)
def test_extract_claims_a_document_speaks_for_whoever_put_it_out(nlp, body, claimant):
    (found,) = _claims(nlp, body)
    assert found[0] == claimant


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        # Wire: a person got the letter.
        ("Smith received a letter that said the deal was off.", "a letter"),
        # Broadsheet: a news agency obtained the memo.
        ("Reuters obtained a memo that said the agency would cut 300 jobs.", "a memo"),
        # Local paper: the police found the note.
        ("Police found a note that said the girl was safe.", "a note"),
        # Public broadcaster: a participle after the document.
        ("The mayor received a report saying the bridge was unsafe.", "a report"),
    ],
)
def test_extract_claims_a_document_speaks_not_for_whoever_came_by_it(nlp, body, claimant):
    (found,) = _claims(nlp, body)
    assert found[0] == claimant


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # Wire: "but that".
        ("The governor said the state needs a new reservoir, but that he would not raise taxes for it.",
         "the state needs a new reservoir, but that he would not raise taxes for it"),
        # Broadsheet: "and that".
        ("The mayor said the bridge would reopen in May and that the tolls would stay.",
         "the bridge would reopen in May and that the tolls would stay"),
        # Local daily: a speech act inside the content, without a subject of its own.
        ("Okafor said she has not hosted gala suppers and never phoned a sponsor to ask for gifts.",
         "she has not hosted gala suppers and never phoned a sponsor to ask for gifts"),
    ],
)
def test_extract_claims_content_runs_over_its_joined_clauses(nlp, body, content):
    (found,) = _claims(nlp, body)
    assert found[2] == content


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # Tabloid: praise and what it was for.
        ("The senator praised the mayor's calm in the wake of the flood.",
         "the mayor's calm in the wake of the flood"),
        # Entertainment page: an announcement and its cause; the date stays out.
        ("The band announced a charity recital in aid of the animal shelter on Monday.",
         "a charity recital in aid of the animal shelter"),
        # Wire: a denial and its scope.
        ("The ministry denied the reports of troop movements along the northern border.",
         "the reports of troop movements along the northern border"),
    ],
)
def test_extract_claims_an_object_content_keeps_the_phrases_after_it(nlp, body, content):
    (found,) = _claims(nlp, body)
    assert found[2] == content


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # Magazine: a semicolon before the source.
        ("The exhibit was shelved; the gallery's owner insisted the paintings needed new frames.",
         "the paintings needed new frames"),
        # Wire: a colon before the source.
        ("It was not an idle worry: the governor had declared that he would close the plant.",
         "he would close the plant"),
        # Pollster's write-up: two reports joined by a semicolon.
        ("Anglers in the north report good catches; most trawlers say they have not read the rules.",
         "they have not read the rules"),
    ],
)
def test_extract_claims_the_clause_after_a_report_past_a_semicolon_or_colon(nlp, body, content):
    assert content in [claim[2] for claim in _claims(nlp, body)]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # Trade paper: "tell" shares the content's "would".
        ("The union chief says he would call the members out and tell them to stay home.",
         "he would call the members out and tell them to stay home"),
        # Local daily: "ask" shares the content's "would".
        ("The mayor said she would veto the budget and ask the council to start over.",
         "she would veto the budget and ask the council to start over"),
        # Sports page: "announce" shares the content's "will".
        ("The coach says he will rest the captain and announce the squad on Friday.",
         "he will rest the captain and announce the squad on Friday"),
    ],
)
def test_extract_claims_a_bare_report_verb_after_a_modal_is_content(nlp, body, content):
    (found,) = _claims(nlp, body)
    assert found[2] == content


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # Sports page.
        ("Jones said he had sold his boat but would buy another before the summer.",
         "he had sold his boat but would buy another before the summer"),
        # Wire.
        ("The minister said the talks had stalled but could resume next week.",
         "the talks had stalled but could resume next week"),
        # Court report.
        ("Harris said she opposed the merger and might take the case to court.",
         "she opposed the merger and might take the case to court"),
        # Regional council report: a clause with a subject of its own.
        ("Councillor Brandt said the depot was beyond repair, but the town could still sell the land.",
         "the depot was beyond repair, but the town could still sell the land"),
        # Wire.
        ("Harbour officials warned the causeway was unsafe, and motorists should cross by ferry.",
         "the causeway was unsafe, and motorists should cross by ferry"),
        # Entertainment page.
        ("The singer's publicist said the tour was cancelled, but ticket holders would be refunded in full.",
         "the tour was cancelled, but ticket holders would be refunded in full"),
        # Sports page.
        ("Okonjo said his shoulder felt fine, and the coaches could play him on Sunday.",
         "his shoulder felt fine, and the coaches could play him on Sunday"),
    ],
)
def test_extract_claims_a_past_modal_after_a_past_report_is_reported(nlp, body, content):
    (found,) = _claims(nlp, body)
    assert found[2] == content


def test_extract_claims_a_second_report_in_the_reporters_tense_is_its_own(nlp):
    found = _claims(nlp, "The senator said he was tired and told reporters he would retire.")
    assert [(cue, content) for _, cue, content in found] == [("said", "he was tired"), ("told", "he would retire")]


@pytest.mark.parametrize(
    "body",
    [
        # Music press: a radio programme.
        "Kiedis, speaking on the radio show Night Owls, praised the band.",
        # Wire: a broadcaster.
        "Speaking on CNN, the governor praised the rescue teams.",
        # Local daily: a social network.
        "The mayor, commenting on Facebook, thanked the volunteers.",
    ],
)
def test_extract_claims_what_a_report_goes_out_on_is_no_content(nlp, body):
    assert [cue for _, cue, _ in _claims(nlp, body)] == [next(w for w in ("praised", "thanked") if w in body)]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # Entertainment page.
        ("At the gala, the actress joked about moving to Canada.", "about moving to Canada"),
        # Sports page: the time stays out.
        ("The coach bragged about his team's defense after the game.", "about his team's defense"),
        # Business page.
        ("The owner boasted about the new stadium and its roof.", "about the new stadium and its roof"),
    ],
)
def test_extract_claims_what_a_report_is_about_is_its_content(nlp, body, content):
    (found,) = _claims(nlp, body)
    assert found[2] == content


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # Broadsheet.
        ("The governor described the plan as a reckless gamble with public money.",
         "the plan as a reckless gamble with public money"),
        # Business page.
        ("Analysts cited the levy as a main cause of the price rise.", "the levy as a main cause of the price rise"),
        # Tabloid.
        ("The mayor slammed her budget as too timid and late.", "her budget as too timid and late"),
    ],
)
def test_extract_claims_what_the_object_is_called_is_content(nlp, body, content):
    (found,) = _claims(nlp, body)
    assert found[2] == content


@pytest.mark.parametrize(
    "body",
    [
        # Wire.
        "Responding to the criticism, the governor left the stage.",
        # Broadsheet: sent somewhere, not spoken of.
        "The grievance was referred to an ombudsman in May.",
        # Business page.
        "The ministry did not respond to a request for comment.",
    ],
)
def test_extract_claims_what_a_report_answers_or_refers_to_is_no_content(nlp, body):
    assert _claims(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        (
            "Officials assured the public that the dam would hold.",
            ("Officials", "assured", "the dam would hold"),
        ),
        # broadsheet
        (
            "Investigators concluded that the fire had been set deliberately.",
            ("Investigators", "concluded", "the fire had been set deliberately"),
        ),
        # tabloid
        (
            "The coach implied that his players had given up.",
            ("The coach", "implied", "his players had given up"),
        ),
        # public broadcaster
        (
            "Ms. Okafor reminded voters that the polls close at eight.",
            ("Okafor", "reminded", "the polls close at eight"),
        ),
    ],
)
def test_extract_claims_reporting_verbs_that_take_a_clause(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # tabloid
        ("The union blasted the plan on Monday.", ("The union", "blasted", "the plan")),
        # wire
        ("The minister hailed the agreement.", ("The minister", "hailed", "the agreement")),
        # broadsheet
        (
            "The governor congratulated the team on its victory.",
            ("The governor", "congratulated", "the team on its victory"),
        ),
        # local paper
        (
            "The senator apologized for the remarks.",
            ("The senator", "apologized", "for the remarks"),
        ),
        # magazine
        (
            "Mr. Diaz echoed his colleague's warning.",
            ("Diaz", "echoed", "his colleague's warning"),
        ),
        # opinion blog
        ("Her rivals mocked the proposal.", ("Her rivals", "mocked", "the proposal")),
    ],
)
def test_extract_claims_praise_blame_and_apology_are_speech_acts(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    "space",
    ["\u00a0", "\u2009", "\u202f", "\t"],
)
def test_extract_claims_a_no_break_space_between_sentences_parts_them(nlp, space):
    body = f"The board met on Monday.{space}Current and former officials said the plan has failed."
    assert _reports(nlp, body) == [("Current and former officials", "said", "the plan has failed")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet profile
        (
            "Ms. Reyes is a lawyer who argued that the law was unfair.",
            ("Reyes", "argued", "the law was unfair"),
        ),
        # opinion site's editor's note
        (
            "Mr. Vance regularly insults reporters and is a bully, liar and showman who has "
            "repeatedly pledged to jail his rivals.",
            ("Vance", "pledged", "to jail his rivals"),
        ),
        # local paper
        (
            "The mayor, a former teacher who said the schools need money, won easily.",
            ("The mayor", "said", "the schools need money"),
        ),
        # wire: a second "who" joined to the first stands for the same noun
        (
            "Port Commissioner Hallie Brandt, who chaired the dredging study, and who warned that shipping fees "
            "would climb, stepped down Friday.",
            ("Hallie Brandt", "warned", "shipping fees would climb"),
        ),
        # regional paper: the parser hangs the second clause on the name itself
        (
            "Alderman Rufus Kent, whose ward lost its library branch but who insists the budget is fair, chaired "
            "the meeting.",
            ("Rufus Kent", "insists", "the budget is fair"),
        ),
        # broadsheet
        (
            "Parents who drive the school route and who say the new bus stops are unsafe packed the board meeting.",
            ("Parents", "say", "the new bus stops are unsafe"),
        ),
        # tabloid
        (
            "Pop star Jazmin Vale, who dumped her manager in May and who now says the breakup was his fault, is "
            "back on tour.",
            ("Jazmin Vale", "says", "the breakup was his fault"),
        ),
    ],
)
def test_extract_claims_who_stands_for_whom_its_clause_describes(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        (
            "Officials, speaking on condition of anonymity, said the strike had killed 12 people.",
            [("Officials", "said", "the strike had killed 12 people")],
        ),
        # broadsheet
        (
            "The aide, talking on the record for the first time, said the memo was real.",
            [("The aide", "said", "the memo was real")],
        ),
        # magazine
        (
            "A diplomat who spoke on background said the talks had stalled.",
            [("A diplomat", "said", "the talks had stalled")],
        ),
    ],
)
def test_extract_claims_the_terms_and_time_of_speaking_are_not_content(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # regional paper
        (
            "The senator, a Democrat from Ohio, said the bill would pass.",
            ("The senator", "said", "the bill would pass"),
        ),
        # wire
        (
            "The mayor, a Republican, said on Monday that taxes would fall.",
            ("The mayor", "said", "taxes would fall"),
        ),
        # broadcaster
        (
            "The minister, a Spaniard, told reporters the deal was dead.",
            ("The minister", "told", "the deal was dead"),
        ),
    ],
)
def test_extract_claims_an_apposition_naming_a_group_is_no_name(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        (
            "The plan will fail, said economist Maria Ortiz of Harvard.",
            ("Maria Ortiz", "said", "The plan will fail"),
        ),
        # business paper
        (
            "Prices will rise again next year, predicted analyst Tom Reed.",
            ("Tom Reed", "predicted", "Prices will rise again next year"),
        ),
        # public broadcaster
        (
            "The border will stay shut, said Interior Minister Ana Ruiz.",
            ("Interior Minister Ana Ruiz", "said", "The border will stay shut"),
        ),
    ],
)
def test_extract_claims_content_before_an_inverted_report_stops_before_its_verb(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire, active
        ("Reuters quoted a senior official as saying the deal was off.", ("a senior official", "saying", "the deal was off")),
        # news agency digest
        (
            "Interfax quoted Peskov as saying the Kremlin was not involved.",
            ("Peskov", "saying", "the Kremlin was not involved"),
        ),
        # broadsheet, passive
        (
            "The governor was quoted as saying that the state would sue.",
            ("The governor", "saying", "the state would sue"),
        ),
    ],
)
def test_extract_claims_who_is_quoted_as_saying_says_it(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # business wire
        (
            "The company said it would close the plant, with its chief executive saying the market had collapsed.",
            [
                ("The company", "said", "it would close the plant"),
                ("its chief executive", "saying", "the market had collapsed"),
            ],
        ),
        # local paper
        (
            "Police said the protest was peaceful, with one officer noting that no arrests were made.",
            [("Police", "said", "the protest was peaceful"), ("one officer", "noting", "no arrests were made")],
        ),
        # political site
        (
            "The campaign said it raised $5 million, with a spokesman adding that most donations were small.",
            [
                ("The campaign", "said", "it raised $5 million"),
                ("a spokesman", "adding", "most donations were small"),
            ],
        ),
    ],
)
def test_extract_claims_a_report_with_its_own_source_after_with_is_another(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        ("An aide confirmed the resignation on condition of anonymity.", ("An aide", "confirmed", "the resignation")),
        # broadsheet
        (
            "An official briefed on the talks confirmed the deal on the condition of anonymity.",
            ("An official", "confirmed", "the deal"),
        ),
        # magazine
        ("Two officials described the plan on background.", ("Two officials", "described", "the plan")),
    ],
)
def test_extract_claims_sourcing_terms_hung_on_the_object_are_not_content(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a cleft sentence: "it" is no one
        ("It was Senator Jane Smith who said the bill would fail.", ("Jane Smith", "said", "the bill would fail")),
        # what something is: the relative clause stays the senator's
        ("The problem is the senator who said the plan was flawed.", ("the senator", "said", "the plan was flawed")),
        # a list: "who" is the last name, not the first
        (
            "Organizers invited Mayor Ann Lee and Senator Tom Hale, who said the plan was flawed.",
            ("Tom Hale", "said", "the plan was flawed"),
        ),
        # a group's name with a determiner says what the subject is one of
        (
            "The senator, the only Democrat on the panel, said the bill would fail.",
            ("The senator", "said", "the bill would fail"),
        ),
    ],
)
def test_extract_claims_who_and_appositions_keep_their_own_noun(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The defense asked for more time.", ("The defense", "asked", "for more time")),
        (
            "Republicans criticized Governor Tom Hale on his record on immigration.",
            ("Republicans", "criticized", "Governor Tom Hale on his record on immigration"),
        ),
        (
            "The mayor criticized the report on the condition of city bridges.",
            ("The mayor", "criticized", "the report on the condition of city bridges"),
        ),
        (
            "The plant will close, also said company spokesman John Doe.",
            ("John Doe", "said", "The plant will close"),
        ),
    ],
)
def test_extract_claims_time_record_and_condition_as_content(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "The mayor called a press conference.",  # local paper
        "The president called the governor on Monday.",  # wire
        "The team called a timeout with two minutes left.",  # sports desk
    ],
)
def test_extract_claims_calling_an_event_or_a_person_reports_nothing(nlp, body):
    assert _reports(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Democrats called the vote a sham.", ("Democrats", "called", "the vote a sham")),
        ("Protesters called for his resignation.", ("Protesters", "called", "for his resignation")),
        (
            "The senator often calls out drug companies by name.",
            ("The senator", "calls", "drug companies by name"),
        ),
    ],
)
def test_extract_claims_calling_something_something_or_for_something_reports(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a scraped blog post: a line break tag between two sentences
        (
            "The senator said the vote was rigged.<br>Her office did not respond.",
            [("The senator", "said", "the vote was rigged")],
        ),
        # an aggregator's embed markup left after a tweet's text
        (
            "The governor wants everyone to read it https://t.co/x1 (@gov) June 28, 2016</tweet>",
            [("The governor", "wants", "everyone to read it https://t.co/x1 (@gov) June 28, 2016")],
        ),
        # a link in a wire story: its quotation marks quote nothing
        (
            'The mayor said <a href="https://example.com/plan">the plan</a> would cut costs by half.',
            [("The mayor", "said", "the plan     would cut costs by half")],
        ),
    ],
)
def test_extract_claims_markup_is_neither_content_nor_a_quote(nlp, body, expected):
    assert _reports(nlp, body) == expected
    assert "<" not in "".join(claim[2] for claim in _reports(nlp, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        (
            "A statement from the ministry said the border would reopen.",
            ("the ministry", "said", "the border would reopen"),
        ),
        # broadsheet
        (
            "The ministry's statement said the border would reopen.",
            ("The ministry", "said", "the border would reopen"),
        ),
        # public broadcaster
        (
            "A report by the inspector general found that the agency had lost the files.",
            ("the inspector general", "found", "the agency had lost the files"),
        ),
        # political site
        (
            "According to a statement from the White House, the talks will resume.",
            ("the White House", "According to", "the talks will resume"),
        ),
    ],
)
def test_extract_claims_a_document_speaks_for_whoever_it_is_from(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


def test_extract_claims_a_document_without_an_author_speaks_itself(nlp):
    assert _reports(nlp, "The report said the agency had lost the files.") == [
        ("The report", "said", "the agency had lost the files")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "When asked about the delay, a spokesman said the company was working on it.",
            [("a spokesman", "said", "the company was working on it")],
        ),
        (
            "Once asked about his past, the actor said he had no regrets.",
            [("the actor", "said", "he had no regrets")],
        ),
        (
            "If asked about the merger, the chief executive says he will not comment.",
            [("the chief executive", "says", "he will not comment")],
        ),
    ],
)
def test_extract_claims_the_one_asked_after_when_or_once_did_not_ask(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "One Republican lawmaker, who asked not to be identified, said the votes were not there.",
            [("One Republican lawmaker", "said", "the votes were not there")],
        ),
        (
            "A diplomat, who asked not to be named because the talks are private, said a deal was close.",
            [("A diplomat", "said", "a deal was close")],
        ),
        ("The witness requested that she not be named.", []),
        # a request to be named to something is a request
        ("The senator asked to be named to the committee.", [("The senator", "asked", "to be named to the committee")]),
    ],
)
def test_extract_claims_asking_not_to_be_named_is_no_claim(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Those close to the president say he is furious.", ("Those close to the president", "say", "he is furious")),
        (
            "Those familiar with the talks said a deal was near.",
            ("Those familiar with the talks", "said", "a deal was near"),
        ),
        (
            "Those who attended the meeting said it was tense.",
            ("Those who attended the meeting", "said", "it was tense"),
        ),
        ("The couple said they were shocked.", ("The couple", "said", "they were shocked")),
    ],
)
def test_extract_claims_those_described_and_a_couple_speak(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # campaign trail: the parser leaves the main verb without its subject
        ("At a rally in Dayton, Ohio, retired teacher Mary Cole also spoke against the mine, and argued that "
         "it would poison the river.", ("Mary Cole", "argued", "it would poison the river")),
        # local paper
        ("Outside a diner in Concord, New Hampshire, 70-year-old Jim Hart also criticized the senator, and "
         "insisted that she had lied.", ("Jim Hart", "insisted", "she had lied")),
        # vigil coverage
        ("At a vigil in Orlando, Florida, 45-year-old Luis Soto also prayed for peace, and said that the city "
         "would heal.", ("Luis Soto", "said", "the city would heal")),
    ],
)
def test_extract_claims_a_verb_coordinated_with_a_subjectless_one_takes_the_name_before(nlp, body, expected):
    assert expected in _claims(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # opinion site
        ("The senator has pledged to ban all imports \u2014 half of what the port handles \u2014 from the region.",
         "to ban all imports \u2014 half of what the port handles \u2014 from the region"),
        # city paper
        ("The mayor pledged to close all shelters \u2014 nine buildings in total \u2014 across the city.",
         "to close all shelters \u2014 nine buildings in total \u2014 across the city"),
        # wire, spaced hyphens for dashes
        ("Ms. Ortiz vowed to fight the ruling - a decision she called absurd - in every court.",
         "to fight the ruling - a decision she called absurd - in every court"),
    ],
)
def test_extract_claims_content_runs_on_past_an_aside_in_dashes(nlp, body, expected):
    assert [text for _, _, text in _claims(nlp, body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a new clause after the aside
        ("Mayor Ana Ruiz pledged to ban the cars \u2014 a move critics called cruel \u2014 and left the room.",
         "to ban the cars"),
        # when it was said
        ("Mayor Ana Ruiz said the vote was rigged \u2014 a claim with no evidence \u2014 on Tuesday.",
         "the vote was rigged"),
        # when it was said, the parse hanging the aside and the time inside the content: business news
        ("The chief executive said the merger was dead \u2014 a blow to investors \u2014 this morning.",
         "the merger was dead"),
        # statehouse report
        ("Governor Lela Marsh said the budget was balanced \u2014 a first in a decade \u2014 on Wednesday.",
         "the budget was balanced"),
        # sports tabloid
        ("The club said the striker was injured \u2014 a setback for the title push \u2014 on Sunday.",
         "the striker was injured"),
        # the main clause resuming
        ("Trump, who has pledged to ban all imports \u2014 a plan economists hate \u2014 won the primary.",
         "to ban all imports"),
    ],
)
def test_extract_claims_an_aside_in_dashes_ends_the_content_before_a_new_part(nlp, body, expected):
    assert [text for _, _, text in _claims(nlp, body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # regional daily: a second subject and its verb, which the parse hangs on the aside
        ("Chief Dana Mercer said her officers \u2014 all of them volunteers \u2014 and the firemen worked through "
         "the night.",
         "her officers \u2014 all of them volunteers \u2014 and the firemen worked through the night"),
        # farm weekly
        ("Farmers said their sheep \u2014 most of them ewes \u2014 and the cattle grazed the verge for a week.",
         "their sheep \u2014 most of them ewes \u2014 and the cattle grazed the verge for a week"),
        # wire
        ("The fire chief said his crews \u2014 many of them volunteers \u2014 and the paramedics worked until dawn.",
         "his crews \u2014 many of them volunteers \u2014 and the paramedics worked until dawn"),
    ],
)
def test_extract_claims_a_verb_with_its_own_subject_after_an_aside_in_dashes_stays_in_the_content(nlp, body,
                                                                                                   expected):
    # Not the reporter's next act: the content's own clause goes on past the aside.
    assert [text for _, _, text in _claims(nlp, body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cable news transcript, labels in capitals
        ("Senator Ruth Hale spoke with Jake Tapper on Sunday.\n\n"
         "TAPPER: Has the mayor kept the promise she made on the bridge?\n\n"
         "HALE: She has tried. The money ran out in May.",
         [("Jake Tapper", "Has the mayor kept the promise she made on the bridge?"),
          ("Ruth Hale", "She has tried. The money ran out in May")]),
        # magazine Q&A, surnames in title case
        ("Ned Porter asked the economist Dana Ruiz about the levy.\n\n"
         "Porter: So the levy is a tax on farmers.\n\nRuiz: It falls on every landowner, farmers or not.",
         [("Ned Porter", "So the levy is a tax on farmers"),
          ("Dana Ruiz", "It falls on every landowner, farmers or not")]),
        # radio interview, a full name as the label
        ("The host Dana Reyes interviewed the mayor.\n\nDana Reyes: What comes next for the bridge?",
         [("Dana Reyes", "What comes next for the bridge?")]),
    ],
)
def test_extract_claims_a_transcript_line_is_its_speakers_turn(nlp, body, expected):
    found = [(claimant, text) for claimant, cue, text in _claims(nlp, body) if cue == ":"]
    assert found == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cable news: host and guest the text never names
        ("The host pressed the governor on Sunday.\n\nRAMOS: Will the plan pass this year?\n\n"
         "HALVORSEN: I think so. We have the votes.\n\nRAMOS: And if it fails?",
         [("Ramos", "Will the plan pass this year?"), ("Halvorsen", "I think so. We have the votes"),
          ("Ramos", "And if it fails?")]),
        # radio: full names first, surnames after
        ("Partial transcript follows.\n\nKATE BOLDUC: Why not debate?\n\nJOEL OKAFOR: We will, in time.\n\n"
         "BOLDUC: But when, exactly?",
         [("Kate Bolduc", "Why not debate?"), ("Joel Okafor", "We will, in time"), ("Bolduc", "But when, exactly?")]),
        # web video transcript: an apostrophe in a surname
        ("Here is the exchange.\n\nO'NEILL: Is the bridge safe?\n\nMARSH: It is safe today.\n\n"
         "O'NEILL: And tomorrow?",
         [("O'Neill", "Is the bridge safe?"), ("Marsh", "It is safe today"), ("O'Neill", "And tomorrow?")]),
    ],
)
def test_extract_claims_a_dialogue_of_capitalised_labels_is_a_transcript(nlp, body, expected):
    found = [(claimant, text) for claimant, cue, text in _claims(nlp, body) if cue == ":"]
    assert [text for _, text in found] == [text for _, text in expected]
    assert all((claimant or "").casefold().endswith(name.split()[-1].casefold())
               for (claimant, _), (name, _) in zip(found, expected))


@pytest.mark.parametrize(
    "body",
    [
        # one label: an update, not a dialogue
        "The council met on Monday.\n\nUPDATE: The meeting was moved.\n\nCORRECTION: The vote was on May 2.",
        # an interview's Q and A: one letter is no name
        "The senator spoke to us.\n\nQ: Will you run?\n\nA: Not this year.\n\nQ: Why not?\n\nA: Family.",
        # one speaker alone, twice
        "The notice was posted twice.\n\nNOTE: The office is closed.\n\nNOTE: The office reopens Monday.",
    ],
)
def test_extract_claims_capitalised_labels_without_a_dialogue_are_no_transcript(nlp, body):
    assert [text for _, cue, text in _claims(nlp, body) if cue == ":"] == []


@pytest.mark.parametrize(
    "body",
    [
        "The council met on Monday.\n\nUPDATE: The meeting was moved to Tuesday.",
        "Mayor Ana Ruiz spoke.\n\nNote: Ruiz declined to comment further.",
        "WASHINGTON: The senate met late on Monday.",
    ],
)
def test_extract_claims_a_label_that_names_no_one_is_no_transcript(nlp, body):
    assert [text for _, cue, text in _claims(nlp, body) if cue == ":"] == []


@pytest.mark.parametrize(
    "body",
    [
        # primary preview: what each candidate needs
        "Here is what each candidate needs on Tuesday.\n\nBernie Sanders: Win in a walk.\n\n"
        "Marco Rubio: Finish second.",
        # campaign diary: a verdict after each name
        "Senator Ruth Hale and Governor Tom Okafor toured the state.\n\nHale: A closing surge.\n\n"
        "Okafor: Now or never.",
        # weekly column: topics after names
        "Jane Roe and John Doe spoke at the forum.\n\nJane Roe: Student loans and housing.",
    ],
)
def test_extract_claims_a_label_before_words_that_say_nothing_is_no_transcript(nlp, body):
    assert [text for _, cue, text in _claims(nlp, body) if cue == ":"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # political site: a headline written as a sentence opens the text
        ("Tom Okafor: Time for a change in the water board.\n\nSenator Tom Okafor spoke on Monday in the capital.",
         [("Tom Okafor", "Time for a change in the water board")]),
        # wire: a quotation after the name
        ("Maria Delgado: 'Not this year, not ever.'\n\nGovernor Maria Delgado spoke on Monday in the capital.",
         [("Maria Delgado", "'Not this year, not ever.'")]),
        # regional daily: a question
        ("Ruth Hale: Populist or career politician?\n\nSenator Ruth Hale spoke on Monday in the capital.",
         [("Ruth Hale", "Populist or career politician?")]),
        # poll story: a document labels it
        ("Poll: Hale and Okafor hold narrow leads.\n\nThe race is tight, aides said on Monday.",
         [("Poll", "Hale and Okafor hold narrow leads")]),
    ],
)
def test_extract_claims_an_untitled_opening_line_may_report_without_a_verb(nlp, text, expected):
    article = clean(RawArticle("t.txt", f"{text}\n"))
    resolved = resolve(extract(article, nlp(parse_text(article))))
    names = {e.key: e.name for e in resolved.entities}
    found = [(names.get(c.claimant_key), c.claim.text) for c in resolved.claims if c.claim.cue.text == ":"]
    assert found == expected


@pytest.mark.parametrize(
    "body",
    [
        # primary night: delegate counts
        "Hillary Clinton and Bernie Sanders split the delegates.\n\nClinton: 1,769\n\nSanders: 1,501",
        # poll story: shares after each name
        "The poll of likely voters was released on Tuesday.\n\nClinton: 47 percent, Trump: 41 percent.\n\n"
        "Hillary Clinton and Donald Trump campaigned in Ohio.",
        # sports page: a box score line
        "Kobe Bryant led the Lakers past the Celtics.\n\nBryant: 24 points, 10 rebounds and 8 assists.",
    ],
)
def test_extract_claims_a_tally_after_a_name_is_no_transcript(nlp, body):
    assert [text for _, cue, text in _claims(nlp, body) if cue == ":"] == []


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # entertainment site: the source after what was said
        ("Budget Deal Is 'Dead On Arrival,' Tom Okafor Says", HEADLINE_BODY,
         ("Tom Okafor", "Says", "Budget Deal Is 'Dead On Arrival,'")),
        # wire, sentence case
        ("Water rates will not rise this year, Delgado says.", HEADLINE_BODY,
         ("Maria Delgado", "says", "Water rates will not rise this year")),
        # magazine, a surname alone
        ("The Dam Is Safe, Okafor Insists", HEADLINE_BODY, ("Tom Okafor", "Insists", "The Dam Is Safe")),
        # convention coverage: whom it was said to
        ("Water Is 'The Crisis Of Our Time,' Maria Delgado Tells Party Convention.", HEADLINE_BODY,
         ("Maria Delgado", "Tells", "Water Is 'The Crisis Of Our Time,'")),
        # wire, sentence case
        ("Bridge will reopen in May, Okafor tells reporters", HEADLINE_BODY,
         ("Tom Okafor", "tells", "Bridge will reopen in May")),
        # local radio
        ("No Rate Rise This Year, Delgado Assures Riverside Voters", HEADLINE_BODY,
         ("Maria Delgado", "Assures", "No Rate Rise This Year")),
    ],
)
def test_extract_claims_a_headline_may_name_its_source_last(nlp, title, body, expected):
    assert _headline_claims(nlp, title, body) == [expected]


@pytest.mark.parametrize(
    "title",
    [
        # business wire: what the source says follows the verb
        "Water Rates Hold, Okafor Says Repairs Come First",
        # broadsheet
        "The Dam Is Safe, Delgado Says Engineers Found",
        # sentence case
        "Water rates will not rise, Delgado says the council agreed",
    ],
)
def test_extract_claims_a_headline_going_on_after_its_trailing_verb_is_no_trailing_report(nlp, title):
    assert _headline_claims(nlp, title, HEADLINE_BODY) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # intelligence beat
        ("Director of National Intelligence James Clapper said the threat was real.",
         ("James Clapper", "said", "the threat was real")),
        # sports page
        ("Commissioner of Baseball Rob Manfred told reporters the season would start on time.",
         ("Rob Manfred", "told", "the season would start on time")),
        # Capitol Hill, a party and state after the name
        ("Speaker of the House Rep. Paul Ryan (R-WI) said the bill was dead.",
         ("Paul Ryan", "said", "the bill was dead")),
    ],
)
def test_extract_claims_a_title_of_something_before_a_name_is_that_person(nlp, body, expected):
    assert _claims(nlp, body) == [expected]


def test_extract_claims_a_title_of_something_without_a_name_is_a_description(nlp):
    assert _claims(nlp, "The director of the museum said the paintings were fake.") == [
        ("The director of the museum", "said", "the paintings were fake")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        ("That is bad for the party, according to Senator Ruth Hale.", "That is bad for the party"),
        # talk radio recap
        ("That's bad news for the mayor, Rubio said.", "That's bad news for the mayor"),
        # broadsheet
        ("That would be a disaster for the port, the senator warned.", "That would be a disaster for the port"),
    ],
)
def test_extract_claims_that_as_the_contents_subject_stays(nlp, body, expected):
    assert [text for _, _, text in _claims(nlp, body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # cable news site: the object, then what the poll says of it
        ("A Harbour News poll shows Ms. Lund at 39 percent against Mr. Ortiz, who trails at 35 percent.",
         "Ms. Lund at 39 percent against Mr. Ortiz, who trails at 35 percent"),
        # wire
        ("Another survey shows Tom Hale 11 points clear of Ruth Vance among farmers.", "Tom Hale 11 points clear of Ruth Vance among farmers"),
        # political daily: a coordinated clause of the writer's is no part of it
        ("The poll showed a slim lead for Ms. Lund, and her campaign celebrated.", "a slim lead for Ms. Lund"),
    ],
)
def test_extract_claims_evidence_shows_its_object_with_what_follows_it(nlp, body, expected):
    assert [text for _, _, text in _claims(nlp, body)] == [expected]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        # pollsters named jointly
        ("A new CNN/ORC poll found a one-point race in Nevada.", "A new CNN/ORC poll"),
        ("A Lakeside/Marsh poll released Monday showed Ms. Lund ahead among women.", "A Lakeside/Marsh poll"),
        ("A Daily Courier/WKTV survey shows Mr. Ortiz ahead by five points.",
         "A Daily Courier/WKTV survey"),
    ],
)
def test_extract_claims_a_source_may_join_names_with_a_slash(nlp, body, source):
    assert [s for s, _, _ in _reports(nlp, body)] == [source]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # political daily: "as"
        ("The poll indicates a closer contest as Ms. Lund consolidates the backing of her party.",
         "a closer contest"),
        # wire: "while"
        ("The survey shows a narrow lead for Mr. Ortiz while his rival gains ground in the suburbs.",
         "a narrow lead for Mr. Ortiz"),
        # local paper: "because"
        ("Records show a rise in debt because the city borrowed heavily.", "a rise in debt"),
    ],
)
def test_extract_claims_evidence_object_stops_before_a_clause_of_the_writers(nlp, body, expected):
    assert [text for _, _, text in _claims(nlp, body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # daily: the paper that reports the poll
        ("The poll shows Mr. Ortiz leading, according to the Post.",
         ("Post", "according to", "The poll shows Mr. Ortiz leading")),
        # regional broadcaster
        ("A survey showed Ms. Lund ahead in Ohio, according to the Harbour News.",
         ("Harbour News", "according to", "A survey showed Ms. Lund ahead in Ohio")),
        # local paper: an official reports the records
        ("Records show a rise in debt, according to the city's auditor.",
         ("the city's auditor", "according to", "Records show a rise in debt")),
    ],
)
def test_extract_claims_according_to_after_evidence_is_who_reports_it(nlp, body, expected):
    assert _claims(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # talk show recap: a day the parser takes for the object
        "Speaking Sunday on WGN's This Week, Tom Reyes was calm.",
        # rally report: a duration
        "Mayor Ana Ruiz spoke a little while and left the stage.",
        # society page: for whom, not what
        "Hillary Clinton spoke on behalf of the donors at the gala.",
    ],
)
def test_extract_claims_when_how_long_and_for_whom_are_no_content(nlp, body):
    assert _claims(nlp, body) == []


def test_extract_claims_a_date_named_as_something_is_content(nlp):
    assert [text for _, _, text in _claims(nlp, "Pope Francis called Christmas a sham this year.")] == [
        "Christmas a sham"]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # feature: a moment a clause describes
        ("Firefighter Dan Ortiz recalled the moment the plane hit the tower.", "the moment the plane hit the tower"),
        # court report: minutes a phrase describes
        ("The witness recounted the minutes before the crash.", "the minutes before the crash"),
        # profile: "the" singles out the hours, though the parser hangs "after the storm" on the verb
        ("Farmer Lena Brandt described the hours after the storm as the worst of her life.",
         "the hours after the storm as the worst of her life"),
    ],
)
def test_extract_claims_a_time_singled_out_is_what_was_told_of(nlp, body, content):
    assert [text for _, _, text in _claims(nlp, body)] == [content]


@pytest.mark.parametrize(
    "body",
    [
        # business page: the parser hangs the participle on the noun
        "Shipping magnate Ada Lorne, expected to be the league's top sponsor in spring, met the coach.",
        # statehouse report: the parser takes it for the main verb
        "Governor Tim Hale, expected to announce a run on Monday, toured the plant.",
        # central bank watch
        "The chairman, thought to favor a rate cut, stayed silent.",
    ],
)
def test_extract_claims_a_participle_set_off_after_a_noun_holds_nothing_for_it(nlp, body):
    assert _claims(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The senator, however, believed the bill would pass.", ("The senator", "believed", "the bill would pass")),
        ("Analysts, meanwhile, expected rates to rise, and bought bonds.", ("Analysts", "expected", "rates to rise")),
        ("A Harbour University survey found last week that Ms. Lund would win.",
         ("A Harbour University survey", "found", "Ms. Lund would win")),
    ],
)
def test_extract_claims_a_main_verb_after_an_aside_still_reports(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire, double hyphens
        ("Mr. Hale acknowledged that a rift exists between the city -- mainly its mayor -- and the unions.",
         "a rift exists between the city -- mainly its mayor -- and the unions"),
        # broadsheet, em dashes
        ("The chief said the feud between the unions \u2014 two of them, anyway \u2014 and the city was over.",
         "the feud between the unions \u2014 two of them, anyway \u2014 and the city was over"),
        # statehouse report: a clause after the aside is the writer's
        ("Mayor Ana Ruiz pledged to ban the cars \u2014 a move critics called cruel \u2014 and left the room.",
         "to ban the cars"),
    ],
)
def test_extract_claims_a_noun_joined_after_an_aside_in_dashes_is_content(nlp, body, expected):
    assert [text for _, _, text in _claims(nlp, body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # politics desk: a nickname in quotation marks
        ('The "Squad" said in a statement that the bill was a betrayal.',
         ("Squad", "said", "the bill was a betrayal")),
        # wire: a movement's name in marks
        ('The "Tea Party" said the tax was illegal.', ("Tea Party", "said", "the tax was illegal")),
        # broadsheet: curly marks
        ("The \u201cDreamers\u201d argued that the rule was unfair.", ("Dreamers", "argued", "the rule was unfair")),
    ],
)
def test_extract_claims_a_name_in_quotation_marks_is_the_speaker(nlp, body, expected):
    ((claimant, cue, content),) = _claims(nlp, body)
    assert (cue, content) == expected[1:]
    assert expected[0] in (claimant or "")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: an age between commas, and the report goes on with "adding"
        ("Jane Doe, 52, said the plan was fine, adding that taxes would not rise.",
         ("Jane Doe", "said", "the plan was fine")),
        # broadsheet: a party between commas, then a verb of the speaker's own
        ("Ruth Hale, a Democrat, argued the bill was flawed, then left the room.",
         ("Ruth Hale", "argued", "the bill was flawed")),
        # local paper: a title between commas, and "saying"
        ("Tom Reed, the mayor, said the budget was balanced, saying taxes would stay flat.",
         ("Tom Reed", "said", "the budget was balanced")),
    ],
)
def test_extract_claims_a_report_after_an_appositive_is_no_set_off_participle(nlp, body, expected):
    assert expected in _claims(nlp, body)


@pytest.mark.parametrize(
    "body",
    [
        # wire interview, no comma after the question
        "When asked what he considered serious steps he responded.",
        # magazine
        "Asked which candidate she preferred she declined to answer.",
        # local paper
        "When asked who would pay for the new wall he only shrugged.",
    ],
)
def test_extract_claims_the_question_after_asked_names_no_speaker(nlp, body):
    assert all(source not in ("what", "which", "who") for source, _, _ in _reports(nlp, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet with doubled apostrophes, which the parser runs into the next sentence
        ("The delay, Mayor Ken Ito noted, was the builder's fault. ''Nobody here wanted it,'' he said.",
         ("Ken Ito", "noted", "was the builder's fault")),
        ("The fence, the sheriff said, would go up in May. ''We have the money now,'' he said.",
         ("sheriff", "said", "would go up in May")),
        ("The vote, Ms. Park added, was never close. ''They had it locked up,'' she said.",
         ("Park", "added", "was never close")),
    ],
)
def test_extract_claims_content_ends_where_the_next_quote_opens(nlp, body, expected):
    assert expected in _claims_by_suffix(nlp, body, expected[0])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # survey story: "don't" split into two complements of "say"
        ("Most riders say they don\u2019t yet know much of the new route.",
         ("riders", "say", "they don\u2019t yet know much of the new route")),
        ("Most growers now say they don\u2019t yet know much of the new water rules to plan a crop.",
         ("growers", "say", "they don\u2019t yet know much of the new water rules to plan a crop")),
        # wire: a condition split from its clause
        ("Yet the tenants who marched downtown last week say they'll take their case to the state board "
         "unless the landlord drops the rent rise he announced after it became plain the boiler had to be "
         "replaced.",
         ("tenants", "say", "they'll take their case to the state board unless the landlord drops the rent rise "
          "he announced after it became plain the boiler had to be replaced")),
    ],
)
def test_extract_claims_one_clause_split_in_two_complements_is_one_content(nlp, body, expected):
    assert expected in _claims_by_suffix(nlp, body, expected[0])


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # campaign trail
        ("She said she flew to Denver to tell the donors in person.",
         "she flew to Denver to tell the donors in person"),
        # foreign desk
        ("Officials said the envoy traveled to Cairo to urge a ceasefire.",
         "the envoy traveled to Cairo to urge a ceasefire"),
        # business page
        ("He said he called the plant manager to ask about the layoffs.",
         "he called the plant manager to ask about the layoffs"),
    ],
)
def test_extract_claims_an_infinitive_of_purpose_is_no_second_report(nlp, body, content):
    assert [text for _, cue, text in _claims(nlp, body) if cue == "said"] == [content]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # campaign story
        ("The candidate defended her call to cut the state income tax to 3 percent.",
         "her call to cut the state income tax to 3 percent"),
        # statehouse
        ("The senator defended his push to lower the voting age to 16 in local races.",
         "his push to lower the voting age to 16 in local races"),
        # local paper
        ("The mayor praised the decision to reopen the pool.", "the decision to reopen the pool"),
    ],
)
def test_extract_claims_an_infinitive_after_the_object_says_which(nlp, body, content):
    assert [text for _, _, text in _claims(nlp, body)] == [content]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # court reporting
        ("The company denied the allegations in a court filing on Monday.", "the allegations"),
        # politics, the document hung on the object
        ("Clinton defended her record in an interview with CNN.", "her record"),
        # statehouse
        ("The governor confirmed the closures in his statement.", "the closures"),
    ],
)
def test_extract_claims_the_document_it_was_said_in_is_no_content(nlp, body, content):
    assert [text for _, _, text in _claims(nlp, body)] == [content]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # health policy: an appositive on the last noun
        ("She said she would work to repeal the Pell Ordinance, a decades-old county rule that "
         "bans night fishing.", "she would work to repeal the Pell Ordinance"),
        # campaign story: "who"
        ("He said the real winner would be Halvorsen, who has a sizable lead in pledges.",
         "the real winner would be Halvorsen"),
        # wire: "which"
        ("Aides said the governor will campaign in Vermont, which votes on May 9.",
         "the governor will campaign in Vermont"),
    ],
)
def test_extract_claims_the_writers_closing_aside_is_no_content(nlp, body, content):
    assert [text for _, _, text in _claims(nlp, body)] == [content]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # wire: a remark the parser hangs on the content's verb
        ("The ministry said the aid convoy would leave on Tuesday, an ambitious timetable that relief "
         "workers doubted.", "the aid convoy would leave on Tuesday"),
        # regional paper
        ("Councillor Pike insisted the depot would close by spring, a forecast that few in the town believed.",
         "the depot would close by spring"),
        # tabloid: after a dash
        ("The reality star claimed she had never met the producer \u2014 a tale that her former assistant "
         "flatly denies.", "she had never met the producer"),
        # business page: "an"
        ("The chief executive said quarterly profit would double, an outlook that analysts at two banks "
         "questioned.", "quarterly profit would double"),
        # magazine: after a double hyphen
        ("In a long interview, the playwright insisted that the theatre had abandoned new writing -- an "
         "accusation that its trustees have rejected.", "the theatre had abandoned new writing"),
        # sports desk: a participle after the noun
        ("Coach Reyes said his Hornets deserved a rest after the road trip, an opinion shared by most fans.",
         "his Hornets deserved a rest after the road trip"),
    ],
)
def test_extract_claims_the_writers_closing_remark_is_no_content(nlp, body, content):
    assert [text for _, _, text in _claims(nlp, body)] == [content]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # a definite noun after a dash says which thing was meant
        ("The activist said the council had ignored the flooding - the failure that ruined the harvest.",
         "the council had ignored the flooding - the failure that ruined the harvest"),
        # inside the speaker's own quotation marks
        ('The spokesman said the plan "will pass easily, a result that we have long expected."',
         'the plan "will pass easily, a result that we have long expected."'),
    ],
)
def test_extract_claims_remarks_that_are_part_of_the_content_stay(nlp, body, content):
    assert [text for _, _, text in _claims(nlp, body)] == [content]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # an aside in the middle of the clause
        ("Officials said the plan, which passed in May, was flawed.", "the plan, which passed in May, was flawed"),
        # a list the parser takes for an appositive
        ("He said he and Varga differ on Canada, the new dam deal and the budget.",
         "he and Varga differ on Canada, the new dam deal and the budget"),
        # wire: a relative clause in the middle, on the subject
        ("Officials said Ann Lee, who won in May, will resign.", "Ann Lee, who won in May, will resign"),
        # inside the speaker's own quotation marks
        ("The spokesman said the company ''will review every contract, which is what we promised.''",
         "the company ''will review every contract, which is what we promised.''"),
    ],
)
def test_extract_claims_asides_that_are_part_of_the_content_stay(nlp, body, content):
    assert [text for _, _, text in _claims(nlp, body)] == [content]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # wire: the country says which Paris
        ("Police said the suspect was arrested in Paris, France.", "the suspect was arrested in Paris, France"),
        # local paper: the state says which Flint
        ("The company said it would close its plant in Flint, Michigan.",
         "it would close its plant in Flint, Michigan"),
        # tabloid: the age after the name
        ("Officials said the attacker was Ahmed Ali, 25.", "the attacker was Ahmed Ali, 25"),
        # sports desk: the age after the name
        ("The coach said the starter would be Tom Brady, 39.", "the starter would be Tom Brady, 39"),
    ],
)
def test_extract_claims_a_place_or_age_after_a_name_is_no_closing_aside(nlp, body, content):
    assert [text for _, _, text in _claims(nlp, body)] == [content]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # poll story: the second report hangs on the first one's content
        ("Half said Okafor is fair and competent, and nearly two-thirds said the same about Varga.",
         ("Half", "said", "Okafor is fair and competent")),
        # local paper: two officials in one sentence
        ("The mayor said the road would open Monday and the governor said it would take a week.",
         ("The mayor", "said", "the road would open Monday")),
        # business page
        ("Officials say prices will rise, but economists say the drop is temporary.",
         ("Officials", "say", "prices will rise")),
    ],
)
def test_extract_claims_another_sources_report_ends_the_content(nlp, body, expected):
    assert expected in _claims(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # local paper: what residents say is part of what the mayor said
        ("The mayor said crime had fallen and that residents say they feel safer.",
         ("The mayor", "said", "crime had fallen and that residents say they feel safer")),
        # campaign story
        ("He said the plan will work and that voters say they like it.",
         (None, "said", "the plan will work and that voters say they like it")),
        # sports desk: "but that"
        ("Smith said the team was tired but that the coaches said it would recover.",
         ("Smith", "said", "the team was tired but that the coaches said it would recover")),
    ],
)
def test_extract_claims_another_sources_report_joined_by_that_is_content(nlp, body, expected):
    assert expected in _claims(nlp, body)


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # wire: a phone call
        ("The mayor was told by phone that the bridge had collapsed.", "the bridge had collapsed"),
        # local paper: a telephone call
        ("The family was told by telephone that the soldier had died.", "the soldier had died"),
        # broadsheet: a warning by phone
        ("The minister was warned by phone that the talks had failed.", "the talks had failed"),
    ],
)
def test_extract_claims_a_passive_by_a_means_keeps_its_claim(nlp, body, content):
    assert content in [text for _, _, text in _claims(nlp, body)]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # town hall: present content, past second act
        ("Okafor said her shop clears $900 a week and questioned whether the levy would help her.",
         "her shop clears $900 a week"),
        # campaign trail: past perfect content
        ("Varga said Lorne had mocked her unfairly and questioned why his aides had not apologized.",
         "Lorne had mocked her unfairly"),
        # endorsement story
        ("She said she values his patience and praised their common plans.",
         "she values his patience"),
    ],
)
def test_extract_claims_a_speech_act_in_the_reports_tense_is_the_reporters(nlp, body, content):
    assert [text for _, cue, text in _claims(nlp, body) if cue == "said"] == [content]


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        # sports page: the content in the report's own tense
        ("Asked about the draft, coach Dale Imbert says the rookie impresses him and calls the youngster the "
         "hardest worker on the roster.",
         ("Dale Imbert", "says", "the rookie impresses him"),
         ("Dale Imbert", "calls", "the youngster the hardest worker on the roster")),
        # wire: the parser hangs the second act on the content's inner clause
        ("Nurses' spokeswoman Edna Kowal said the new roster was evidence that the hospital ignored the night "
         "shift, and accused the managers of stalling.",
         ("Edna Kowal", "said", "the new roster was evidence that the hospital ignored the night shift"),
         ("Edna Kowal", "accused", "the managers of stalling")),
        # trade press: a forecast, not a speech verb, holds the content; "but" joins the second act
        ("Grain analyst Lina Osei, speaking from Accra, forecast that wheat prices would ease by autumn but "
         "blamed the drought for the spring shortages.",
         ("Lina Osei", "forecast", "wheat prices would ease by autumn"),
         ("Lina Osei", "blamed", "the drought for the spring shortages")),
        # magazine: both acts with "has"
        ("Governor Tess Marlow has said she plans to lengthen the tram line and has pledged money for two new "
         "stops.",
         ("Tess Marlow", "said", "she plans to lengthen the tram line"),
         ("Tess Marlow", "pledged", "money for two new stops")),
    ],
)
def test_extract_claims_a_speech_act_joined_in_the_reports_form_is_the_reporters(nlp, body, first, second):
    found = _claims(nlp, body)
    assert first in found
    assert second in found


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # regional paper: a lone surname is no holder, so no claim takes the accusation
        ("Hale said voters were told the tax was temporary and accused the county of lying.",
         "voters were told the tax was temporary and accused the county of lying"),
        # wire crime brief: the call reports nothing
        ("Police said a witness saw the driver leave the bar and called the station.",
         "a witness saw the driver leave the bar and called the station"),
        # arts magazine
        ("Curator Ines Ortega said visitors were warned the new wing was unsafe and spoke to the arts board.",
         "visitors were warned the new wing was unsafe and spoke to the arts board"),
    ],
)
def test_extract_claims_a_joined_act_that_makes_no_claim_stays_in_the_content(nlp, body, content):
    assert [text for _, cue, text in _claims(nlp, body) if cue == "said"] == [content]


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # local paper: the blame is the chief's, joined to the chief's denial
        ("The mayor said the fire chief denied the rumor and blamed the union for the leak.",
         "the fire chief denied the rumor and blamed the union for the leak"),
        # campaign story: a bare verb shares the content's "will"
        ("The senator says she will phone the ambassador and urge him to relent.",
         "she will phone the ambassador and urge him to relent"),
        # wire: content before its report, both acts the regulator's
        ("The regulator visited the mill's owner, Ada Brandt, and criticized its loading dock, inspectors said.",
         "The regulator visited the mill's owner, Ada Brandt, and criticized its loading dock"),
        # regional health page
        ("The clinic treated forty patients overnight and reported two deaths, a spokeswoman said.",
         "The clinic treated forty patients overnight and reported two deaths"),
    ],
)
def test_extract_claims_a_speech_act_joined_to_the_contents_own_report_is_content(nlp, body, content):
    assert content in [text for _, _, text in _claims(nlp, body)]


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        # wire: the participle hangs on the clause inside "reports that ..."
        ("The players' union denied reports that the season could start on time, telling its members to "
         "expect a delay of weeks.",
         ("The players' union", "denied", "reports that the season could start on time"),
         ("The players' union", "telling", "its members to expect a delay of weeks")),
        # broadsheet: a phrase between the reporter and the report
        ("The bishop, in a letter read on Sunday, dismissed talk that the parish would close, promising "
         "the congregation a decision by spring.",
         ("The bishop", "dismissed", "talk that the parish would close"),
         ("The bishop", "promising", "the congregation a decision by spring")),
        # tabloid: the participle's own content quotes the reporter
        ('Telly chef Dom Pryce blasted rumours that his show had been axed, telling fans on Instagram he was '
         '"going nowhere."',
         ("Dom Pryce", "blasted", "rumours that his show had been axed"),
         ("Dom Pryce", "telling", 'he was "going nowhere."')),
        # regional farm page: a belief holds the content
        ("Veterinarian Ruth Okonjo doubts that the outbreak has peaked on the valley's dairy farms, warning "
         "breeders to keep their herds indoors.",
         ("Veterinarian Ruth Okonjo", "doubts", "the outbreak has peaked on the valley's dairy farms"),
         ("Veterinarian Ruth Okonjo", "warning", "breeders to keep their herds indoors")),
        # city magazine: a hope holds the content
        ("Councilwoman Gita Marsh hopes the new depot will lift trade downtown, pointing to a rise in bookings "
         "at the inns on Mill Street.",
         ("Councilwoman Gita Marsh", "hopes", "the new depot will lift trade downtown"),
         ("Councilwoman Gita Marsh", "pointing", "to a rise in bookings at the inns on Mill Street")),
    ],
)
def test_extract_claims_a_participle_of_speech_hung_inside_the_content_is_the_reporters(nlp, body, first, second):
    claims = _claims(nlp, body)
    assert first in claims
    assert second in claims


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # wire: what happened next is the content's
        ("Police said the militants shelled the border village overnight, killing six farmers.",
         "the militants shelled the border village overnight, killing six farmers"),
        # business page
        ("The chairman warned that the mill would shut in March, leaving two hundred workers without jobs.",
         "the mill would shut in March, leaving two hundred workers without jobs"),
        # sports page
        ("Coach Marta Lind said her side scored twice after the break, sealing a place in the final.",
         "her side scored twice after the break, sealing a place in the final"),
    ],
)
def test_extract_claims_a_participle_of_another_verb_stays_in_the_content(nlp, body, content):
    assert content in [text for _, _, text in _claims(nlp, body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # city paper: the reporter leaves, after an infinitive content
        ("The mayor urged the council to delay the vote and left the hall before noon.",
         ("urged", "the council to delay the vote", "speech")),
        # sports page: "but" joins the next act
        ("The coach told reporters to expect changes but named the same captain on Monday.",
         ("told", "reporters to expect changes", "speech")),
        # campaign story: a wish, then a stance in the present tense
        ("Senator Hale wants to expand the port and opposes any new tax on shipping.",
         ("wants", "to expand the port", "intention")),
    ],
)
def test_extract_claims_a_verb_in_a_tense_joined_to_an_infinitive_content_is_the_reporters_act(nlp, body, expected):
    assert expected in _kinds(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # city hall story: a tag set inside a relative clause of the content
        ("The mayor said the budget, which, aides noted, was drafted in March, will pass.",
         ("said", "the budget, which, aides noted, was drafted in March, will pass", "speech")),
        # campaign story: a dash, then a tag inside the clause after it
        ("Ann Lee, the campaign's chairman, said the ads are a reply to attacks that, Lee noted, began in March.",
         ("said", "the ads are a reply to attacks that, Lee noted, began in March", "speech")),
        # sports page: an admission inside an insistence
        ("The coach insisted the team, which, he admitted, had lost four straight games, would reach the playoffs.",
         ("insisted", "the team, which, he admitted, had lost four straight games, would reach the playoffs",
          "speech")),
    ],
)
def test_extract_claims_a_tag_set_inside_another_reports_content_leaves_it_whole(nlp, body, expected):
    assert _kinds(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        # housing story: the critics said nothing of the plan before "which"
        ("The governor announced a plan to build housing, which, critics say, will raise rents.",
         ("say", "a plan to build housing", "speech")),
        # transport page: nor the engineers of the promise
        ("Officials promised to rebuild the bridge, which, engineers warned, could collapse.",
         ("warned", "to rebuild the bridge", "speech")),
        # farm page: no word of the belief before the tag
        ("The senator believes, he said, that the tax will hurt farmers.",
         ("believes", "he said, that the tax will hurt farmers", "belief")),
    ],
)
def test_extract_claims_a_tag_inside_another_report_takes_only_its_own_clause(nlp, body, wrong):
    assert wrong not in _kinds(nlp, body)


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # sports page: a tag that closes the sentence is no interruption, whatever it hangs on
        ("Visiting supporters also chanted, \u201cFire the coach,\u201d referring to the owner\u2019s vow to rebuild "
         "the team before the playoffs, the Daily Herald reports.",
         "Visiting supporters also chanted, \u201cFire the coach,\u201d referring to the owner\u2019s vow to rebuild "
         "the team before the playoffs"),
        # farm page
        ("Hundreds of farmers also chanted, \u201cCut the tax,\u201d referring to the governor\u2019s pledge to lower "
         "fuel duties across the state, the Valley News reports.",
         "Hundreds of farmers also chanted, \u201cCut the tax,\u201d referring to the governor\u2019s pledge to lower "
         "fuel duties across the state"),
        # labour page
        ("Union members also shouted, \u201cOpen the books,\u201d referring to the company\u2019s promise to publish "
         "its accounts by the end of the year, the Evening Post reports.",
         "Union members also shouted, \u201cOpen the books,\u201d referring to the company\u2019s promise to publish "
         "its accounts by the end of the year"),
    ],
)
def test_extract_claims_a_tag_closing_the_sentence_reports_all_before_it(nlp, body, content):
    assert ("reports", content, "speech") in _kinds(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # weather brief: "shut" is the infinitive's twin, not a past
        ("Officials told residents to stay indoors and shut their windows.",
         ("told", "residents to stay indoors and shut their windows", "speech")),
        # traffic page: "cut" likewise
        ("Police urged drivers to avoid the bridge and cut back on trips.",
         ("urged", "drivers to avoid the bridge and cut back on trips", "speech")),
        # regional paper: a finite verb of the content stands between
        ("Residents said the board voted to wait and left the meeting angry.",
         ("said", "the board voted to wait and left the meeting angry", "speech")),
        # stadium story: a passive infinitive lends its "be" to the participle
        ("The mayor wants the stadium to be rebuilt and expanded before the season.",
         ("wants", "the stadium to be rebuilt and expanded before the season", "intention")),
        # labour page: a state after a linking verb
        ("The union wants members to remain calm and prepared for a long strike.",
         ("wants", "members to remain calm and prepared for a long strike", "intention")),
    ],
)
def test_extract_claims_an_infinitive_content_goes_on_over_a_verb_it_can_join(nlp, body, expected):
    assert expected in _kinds(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # business page: a clause of time after the report
        ("Shareholders cheered at Tuesday's meeting until the chairman unveiled a smaller dividend and asked "
         "them for patience.",
         ("the chairman", "asked", "them for patience")),
        # wire: the clause of time first
        ("When the chairman unveiled a buyback and asked for patience, shareholders cheered.",
         ("the chairman", "asked", "for patience")),
        # regional paper
        ("Residents of Millbrook cheered on Friday as their mayor cut the ribbon and thanked the volunteers who "
         "built the park.",
         ("their mayor", "thanked", "the volunteers who built the park")),
    ],
)
def test_extract_claims_a_speech_act_joined_in_a_clause_of_time_keeps_its_subject(nlp, body, expected):
    assert expected in _claims(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # regional paper: the content's subject is a levy, the citing is the councilwoman's
        ("Councilwoman Bree Hadley argued the library levy was fair, citing the county's own audit of branch costs.",
         ("Bree Hadley", "citing", "the county's own audit of branch costs")),
        # wire: a company report, a crossing as the content's subject
        ("The ferry company said the crossing would close in March, blaming the state for a decade of missed "
         "repairs.",
         ("ferry company", "blaming", "the state")),
        # sports page
        ("Coach Ramsey said the new turf was a disaster, calling it a hazard for every player on his roster.",
         ("Ramsey", "calling", "it a hazard for every player on his roster")),
        # magazine letters page
        ("Our reader Gwen Polley writes that the bus line is a lifeline, praising the drivers who kept it running "
         "through the snow.",
         ("Gwen Polley", "praising", "the drivers who kept it running through the snow")),
    ],
)
def test_extract_claims_a_report_hung_on_a_content_is_the_first_speakers(nlp, body, expected):
    speaker, cue, content = expected
    found = [(name, found_cue, text) for name, found_cue, text in _claims(nlp, body) if found_cue == cue]
    assert [(found_cue, text) for _, found_cue, text in found] == [(cue, content)]
    assert speaker in (found[0][0] or "")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a debate question put by a named moderator
        ("Senator Ann Whitcombe spoke at a town hall in Dover on Monday. She was asked by moderator Paul Greer "
         "whether the state would raise taxes next year.",
         ("Paul Greer", "asked", "whether the state would raise taxes next year")),
        # local paper: the people who told the mayor, a description
        ("Mayor Lena Ortiz arrived late to the council meeting. Ortiz was told by city auditors that the budget "
         "had a shortfall of $4 million.",
         ("city auditors", "told", "the budget had a shortfall of $4 million")),
        # broadcaster: the agent named by a description with its name in apposition
        ("During the debate, Governor Tom Haskins was asked by the host, Maria Delgado, whether he would sign "
         "the bill.",
         ("the host", "asked", "whether he would sign the bill")),
    ],
)
def test_extract_claims_in_a_passive_the_agent_speaks(nlp, body, expected):
    assert expected in _claims(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: the outlet that broke the news
        ("Word of the merger was reported late Friday by the Harbor Tribune.",
         [("Harbor Tribune", "reported", "Word of the merger")]),
        # broadsheet: an office confirms, a time between the verb and its agent
        ("The settlement was confirmed on Tuesday by the county clerk's office.",
         [("the county clerk's office", "confirmed", "The settlement")]),
        # magazine: a group repeats what was said
        ("Her account of the meeting was echoed by two former aides.",
         [("two former aides", "echoed", "Her account of the meeting")]),
        # sports desk: the criticism's reason goes with its target
        ("Coach Dana Whitley has been criticized by fans for benching the goalie.",
         [("fans", "criticized", "Coach Dana Whitley"), ("fans", "criticized", "for benching the goalie")]),
    ],
)
def test_extract_claims_a_passive_report_by_its_agent_reports_the_subject(nlp, body, expected):
    assert _claims(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # regional: a warning's subject is who was warned
        ("Councilman Pete Reyes was warned by police about the threats. His complaint was reported by the "
         "Valley Courier on Sunday.",
         [("Valley Courier", "reported", "His complaint")]),
        # tabloid: who was questioned
        ("Chef Tomas Brandt was questioned by inspectors about the kitchen. The inspection was confirmed by "
         "the county health department.",
         [("the county health department", "confirmed", "The inspection")]),
        # school news: who was told
        ("Principal Ada Lorne was told by parents about the fight. Her reply was echoed by two teachers.",
         [("two teachers", "echoed", "Her reply")]),
    ],
)
def test_extract_claims_a_passive_report_to_its_subject_does_not_report_it(nlp, body, expected):
    assert _claims(nlp, body) == expected


def test_extract_claims_a_passive_referral_reports_nothing(nlp):
    # Sent on, as "referred reporters to its statement" is: the clerk reports no grievance.
    body = "The grievance was referred to an ombudsman by the town clerk."
    assert _claims(nlp, body) == []


def _speakers_and_claimants(nlp, body: str) -> list[str | None]:
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    resolved = resolve(extract(article, nlp(parse_text(article))))
    names = {e.key: e.name for e in resolved.entities}
    return [names.get(q.speaker_key) for q in resolved.quotes] + [names.get(c.claimant_key) for c in resolved.claims]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        # wire: a name puts out the statement
        ("Mia Lund released a statement saying the vote count in Polk County was wrong.", "Mia Lund"),
        # broadsheet, two single quotes for a quotation mark: a name with a relative clause
        ("Mr. Okafor, who leads the union, put out a statement late Friday saying, ''We will strike if we must.''",
         "Okafor"),
        # local paper: a pronoun issues it
        ("Karen Holt lost the appeal on Friday. After the ruling, she issued a statement saying, "
         "\u201cThe court has let down every family in this county.\u201d", "Karen Holt"),
        # campaign coverage: an ad that says, through a relative clause
        ("Senator Raul Ibarra released a new radio ad that says, \u201cOur ports need workers, not walls.\u201d",
         "Raul Ibarra"),
    ],
)
def test_extract_a_document_someone_issues_speaks_for_them(nlp, body, source):
    assert _speakers_and_claimants(nlp, body) == [source]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a named poll opens the sentence
        (
            "In a new Harbour Research poll, Ms. Lund leads the field with 31 percent.",
            ("a new Harbour Research poll", "In", "Ms. Lund leads the field with 31 percent"),
        ),
        # broadsheet: the poll's date between it and the comma
        (
            "In the latest Tribune survey released Tuesday, the governor trails his rival by six points.",
            ("the latest Tribune survey", "In", "the governor trails his rival by six points"),
        ),
        # regional daily: plural polls
        (
            "In the early polls, most voters had not yet heard of the challenger.",
            ("the early polls", "In", "most voters had not yet heard of the challenger"),
        ),
    ],
)
def test_extract_claims_what_holds_in_a_poll_is_its_evidence(nlp, body, expected):
    assert _reports(nlp, body) == [expected]
    assert [kind for _, _, kind in _kinds(nlp, body)] == ["evidence"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: the poll closes the sentence; what opens it and what follows the poll are the writer's
        (
            "After the televised debate, the mayor slipped to 12 percent in a new Courier poll released Friday, "
            "a drop of six points.",
            ("a new Courier poll", "in", "the mayor slipped to 12 percent"),
        ),
        # regional daily: a lead in a named survey
        (
            "Councilwoman Ada Brandt holds a seven-point lead over her challenger in a new Gazette survey.",
            ("a new Gazette survey", "in", "Councilwoman Ada Brandt holds a seven-point lead over her challenger"),
        ),
        # tabloid: the poll hung on the verb's object
        (
            "Tacchi is the runaway favourite in a Daily Beacon poll of 2,000 readers.",
            ("a Daily Beacon poll of 2,000 readers", "in", "Tacchi is the runaway favourite"),
        ),
    ],
)
def test_extract_claims_what_holds_in_a_poll_closing_the_sentence_is_its_evidence(nlp, body, expected):
    assert _reports(nlp, body) == [expected]
    assert [kind for _, _, kind in _kinds(nlp, body)] == ["evidence"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a share of the people polled
        ("In the poll, 31 percent of voters said they would back the measure.",
         ("the poll", "In", "31 percent of voters said they would back the measure")),
        # regional daily: "six in 10" residents
        ("In a Gazette survey, six in 10 residents say the bridge should be rebuilt.",
         ("a Gazette survey", "In", "six in 10 residents say the bridge should be rebuilt")),
        # broadsheet: a majority
        ("In the latest Tribune poll, a majority said the mayor was doing a poor job.",
         ("the latest Tribune poll", "In", "a majority said the mayor was doing a poor job")),
    ],
)
def test_extract_claims_what_shares_of_a_poll_said_is_its_evidence(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a poll inside the sentence says how a candidate fares, in the writer's words
        ("Ms. Lund has been leading in the polls since January.", []),
        # a report by someone not polled is theirs, not the poll's
        (
            "In the poll, the governor said he would not run again.",
            [("the governor", "said", "he would not run again")],
        ),
        # not a poll
        ("In Ohio, the senator opened three field offices.", []),
        # a relative clause is an aside about its noun
        ("Okafor, who is ahead in the polls, spoke on Monday.", []),
        # the polled people the subject names, in the writer's words
        ("A third of the anglers in the Courier survey had no licence.", []),
        # a poll named before: PolNeAR ties what holds in it to the poll only half the time
        ("Brandt gained four points in the Gazette survey.", []),
        # a poll inside a clause that is not the sentence's own
        ("Brandt, who holds a narrow lead in a new Gazette survey, spoke on Monday.", []),
    ],
)
def test_extract_claims_no_poll_evidence_but_for_a_clause_it_opens(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # union newsletter
        ("The union agreed that the offer was fair.", ("agreed", "the offer was fair", "belief")),
        # business page: without "that"
        ("Most economists agreed the recession was over.", ("agreed", "the recession was over", "belief")),
        # broadcaster: a panel
        (
            "A panel of reporters agreed that the plan would cost far more than promised.",
            ("agreed", "the plan would cost far more than promised", "belief"),
        ),
    ],
)
def test_extract_claims_agreeing_that_holds_a_view(nlp, body, expected):
    assert _kinds(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # a deal, not a view
        "The two leaders agreed to meet again next month.",
        # a side, not a view
        "The mayor agreed with her deputy on most points.",
    ],
)
def test_extract_claims_no_view_from_agreeing_without_a_clause(nlp, body):
    assert _kinds(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # local paper: an adjective says what the holder considers it
        ("Most parents consider the new bus fares unfair.", ("consider", "the new bus fares unfair", "belief")),
        # business page: a noun
        ("The union considers the latest offer an insult.", ("considers", "the latest offer an insult", "belief")),
        # court reporter
        ("The appeals judges considered the search illegal.", ("considered", "the search illegal", "belief")),
    ],
)
def test_extract_claims_considering_something_so_holds_a_view(nlp, body, expected):
    assert _kinds(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # a proposal weighed, not a view of it
        "The planning board will consider the proposal next week.",
        # an option weighed
        "She considered running for mayor in 2019.",
        # passive: held by no one named
        "The bridge is considered safe by most engineers.",
        # a question weighed, not a view held
        "The committee will consider whether the rules apply to him.",
        "Regulators are considering whether the merger harms competition.",
    ],
)
def test_extract_claims_considering_without_a_clause_holds_no_view(nlp, body):
    assert _kinds(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # sports desk
        (
            "The coach wondered whether the referee had seen the foul.",
            ("wondered", "whether the referee had seen the foul", "belief"),
        ),
        # education beat
        (
            "Parents wonder how the district will pay for the new buses.",
            ("wonder", "how the district will pay for the new buses", "belief"),
        ),
        # wire: a group
        (
            "Some shareholders wondered why the board had waited so long.",
            ("wondered", "why the board had waited so long", "belief"),
        ),
    ],
)
def test_extract_claims_wondering_holds_a_question(nlp, body, expected):
    assert _kinds(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # the noun, not the verb
        "No wonder the fans were upset after the loss.",
        "The new bridge is a wonder of engineering.",
        # the writer's own question, outside quotation marks
        "I wonder whether the council read the report at all.",
        # a question the writer puts in readers' minds
        "Some may wonder why the vote was delayed.",
        # no question: a view, which "wonder" does not hold
        "Residents wonder at the size of the new tower.",
    ],
)
def test_extract_claims_no_question_held_by_the_noun_or_the_writer(nlp, body):
    assert _kinds(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "content"),
    [
        # wire: the margin and the group after a comma
        (
            "The survey showed Lund leading Ortiz, 45 percent to 38 percent, among women.",
            "Lund leading Ortiz, 45 percent to 38 percent, among women",
        ),
        # broadsheet: the runner-up
        (
            "A new poll shows the mayor with a narrow lead, followed by the council chair at 31 percent.",
            "the mayor with a narrow lead, followed by the council chair at 31 percent",
        ),
        # online outlet: the figures of the lead
        (
            "The Coastal Times survey shows Okafor narrowly ahead, with 51 percent to Diaz's 47 percent.",
            "Okafor narrowly ahead, with 51 percent to Diaz's 47 percent",
        ),
    ],
)
def test_extract_claims_evidence_keeps_the_figures_after_it(nlp, body, content):
    assert [text for _, text, kind in _kinds(nlp, body) if kind == "evidence"] == [content]


def test_extract_claims_evidence_figures_end_at_a_report_of_their_own(nlp):
    body = "The poll shows Okafor ahead, 46 percent to 42, and aides say the race is close."
    assert ("shows", "Okafor ahead, 46 percent to 42", "evidence") in _kinds(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet
        (
            "Senator Ortiz assailed the governor for cutting school funds.",
            ("Ortiz", "assailed", "the governor for cutting school funds"),
        ),
        # wire
        (
            "The opposition leader assailed the budget.",
            ("The opposition leader", "assailed", "the budget"),
        ),
        # tabloid
        (
            "Fans assailed the club's owners over ticket prices.",
            ("Fans", "assailed", "the club's owners over ticket prices"),
        ),
    ],
)
def test_extract_claims_assailing_is_a_speech_act(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a participle after the speech tag
        (
            '"We will not reopen the mill this year," Ruth Abernathy said, referring to the paper plant outside '
            "Carver Falls.",
            [("Ruth Abernathy", "referring", "the paper plant outside Carver Falls")],
        ),
        # broadsheet: what it is referred to as
        (
            'Mr. Pellegrino referred to the harbour commission as "a club for insiders."',
            [("Pellegrino", "referred", 'the harbour commission as "a club for insiders."')],
        ),
        # tabloid
        (
            "Kowalczyk hit back on local radio on Sunday, referring to the club's former coach as a coward.",
            [("Kowalczyk", "referring", "the club's former coach as a coward")],
        ),
        # regional: set off between the subject and its verb
        (
            "Club captain Dean Rourke, referring to the missed penalty, said the squad would bounce back.",
            [("Dean Rourke", "referring", "the missed penalty"), ("Dean Rourke", "said", "the squad would bounce back")],
        ),
        # the object is sent there, nothing is spoken of
        ("The clinic referred the patient to a specialist in Leeds.", []),
    ],
)
def test_extract_claims_what_a_source_refers_to_is_content(nlp, body, expected):
    # Without an object, "referring to X" speaks of X (PolNeAR train: about four in five).
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        (
            "A circuit court on Monday ordered the water utility to refund overcharged customers.",
            ("A circuit court", "ordered", "the water utility to refund overcharged customers"),
        ),
        # regional
        (
            "The school board ordered an audit of its bus contracts.",
            ("The school board", "ordered", "an audit of its bus contracts"),
        ),
        # magazine
        (
            "In 1962 the port commissioner ordered that all fishing boats be moored inside the breakwater.",
            ("the port commissioner", "ordered", "all fishing boats be moored inside the breakwater"),
        ),
    ],
)
def test_extract_claims_an_order_is_a_speech_act(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: sent somewhere, the place is part of the command
        (
            "The interior ministry ordered riot police into the old town square on Saturday.",
            [("The interior ministry", "ordered", "riot police into the old town square")],
        ),
        # tabloid
        (
            "Boss Terry Vance ordered his players out onto the training pitch at half-time.",
            [("Terry Vance", "ordered", "his players out onto the training pitch")],
        ),
        # broadsheet: counted, but sent somewhere
        (
            "The defence secretary has ordered 1,200 reservists into the flooded counties.",
            [("The defence secretary", "ordered", "1,200 reservists into the flooded counties")],
        ),
        # magazine: food and drink are bought, not commanded
        ("At a corner bistro in Lyon, Amara Okafor ordered a black coffee and a croissant.", []),
        # business wire: goods counted by a number
        ("Skyline Air has ordered 35 narrow-body jets from a Toulouse manufacturer.", []),
        # regional
        ("Councillor Dilys Pryce ordered sandwiches for every member of the planning committee.", []),
        # trade press: counted and bought from a seller, though no listed goods
        ("The county has ordered 12 gritters from a firm in Leeds.", []),
        # wire: counted acts are commanded, not bought
        (
            "The prime minister ordered three new inquiries into the rail crash.",
            [("The prime minister", "ordered", "three new inquiries into the rail crash")],
        ),
        # regional
        (
            "Judge Nadia Okon ordered two audits of the housing trust.",
            [("Nadia Okon", "ordered", "two audits of the housing trust")],
        ),
    ],
)
def test_extract_claims_an_order_for_goods_reports_nothing(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        ("The Halvorsen Foundation on Thursday urged state lawmakers to restore funding for rural clinics.",
         ("Halvorsen Foundation", "urged", "state lawmakers to restore funding for rural clinics")),
        # tabloid: "called on" asks the object of "on"
        ("Furious parents called on the headteacher to quit over the lunch fiasco.",
         ("Furious parents", "called", "the headteacher to quit over the lunch fiasco")),
        # regional
        ("Councillor Priya Dunmore asked the highways department to repaint the crossing outside Elm Street school.",
         ("Priya Dunmore", "asked", "the highways department to repaint the crossing outside Elm Street school")),
        # broadsheet, a request not to do something
        ("Mr. Castellano told his aides not to brief the press until the audit was finished.",
         ("Castellano", "told", "his aides not to brief the press until the audit was finished")),
    ],
)
def test_extract_claims_a_request_starts_at_the_one_asked(nlp, body, expected):
    # The content of "urged X to do Y" starts at X (PolNeAR train: the gold starts it there
    # about three times in four); the subject, not X, is still the claimant.
    assert _claims(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        ("The archbishop implored residents to stay indoors until the floodwater receded.",
         ("The archbishop", "implored", "residents to stay indoors until the floodwater receded")),
        # tabloid
        ("Retired nurse Gwen Talbot, 71, begged police to find her late husband's medals.",
         ("nurse Gwen Talbot", "begged", "police to find her late husband's medals")),
        # regional
        ("Councillor Hadley Brook challenged the developer to publish the flood survey before the vote.",
         ("Councillor Hadley Brook", "challenged", "the developer to publish the flood survey before the vote")),
        # broadsheet
        ("Ms. Okafor exhorted her fellow delegates to vote down the amendment.",
         ("Okafor", "exhorted", "her fellow delegates to vote down the amendment")),
    ],
)
def test_extract_claims_a_verb_of_asking_reports_what_the_one_asked_is_to_do(nlp, body, expected):
    # "Challenge", "beg", "implore" and "exhort" report speech only when they ask someone to act
    # (PolNeAR train: the gold marks that shape 6 times of 8).
    assert _claims(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # wire: a contest in court
        "The senator challenged the ruling in federal court.",
        # magazine: no one asked, a thing tested
        "The steep climb challenged riders to the limit.",
        # regional: a plea for a thing, no one asked
        "Dorsey begged for more time to finish the audit.",
    ],
)
def test_extract_claims_a_verb_of_asking_with_no_one_asked_reports_nothing(nlp, body):
    assert _claims(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        ("The senator announced new steps to curb gun sales.", ("The senator", "announced", "to curb gun sales")),
        # sports pages
        ("The club announced new rules to stop ticket touts.", ("The club", "announced", "to stop ticket touts")),
        # regional
        ("The council announced new fines to stop fly-tipping.", ("The council", "announced", "to stop fly-tipping")),
    ],
)
def test_extract_claims_an_object_before_a_purpose_is_no_one_asked(nlp, body, expected):
    assert _claims(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # magazine
        (
            "In a memoir published this spring, Delphine Archer portrays her former editor as a tyrant with a soft heart.",
            [("Delphine Archer", "portrays", "her former editor as a tyrant")],
        ),
        # tabloid
        (
            "The singer's lawyers have depicted the photographer as a stalker.",
            [("The singer's lawyers", "depicted", "the photographer as a stalker")],
        ),
        # broadsheet
        (
            "Critics characterised the rent bill as a gift to landlords.",
            [("Critics", "characterised", "the rent bill as a gift to landlords")],
        ),
        # wire
        (
            "Opposition parties branded the decree as an assault on the press.",
            [("Opposition parties", "branded", "the decree as an assault on the press")],
        ),
        # the same verb without "as" reports nothing
        ("Jake Morrow portrayed King Lear at the Globe last summer.", []),
    ],
)
def test_extract_claims_what_the_object_is_portrayed_as_is_content(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # public notice
        "Women who want to vote early can do so at the library.",
        # local paper
        "Developers seeking to build homes on the site must file a plan.",
        # magazine: the thing is what is aimed at
        "The topics she plans to raise include housing.",
    ],
)
def test_extract_claims_a_clause_saying_which_ones_reports_no_aim(nlp, body):
    assert _kinds(nlp, body) == []


def test_extract_claims_a_clause_on_a_name_reports_its_aim(nlp):
    body = "Maria Ortiz, who wants to run for governor, toured the plant."
    assert _kinds(nlp, body) == [("wants", "to run for governor", "intention")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a campaign's demand, with "for" and its own subject
        ("Senator Ana Ruiz is calling for the state to cover the cost of the new levees.",
         ("Ana Ruiz", "calling", "the state to cover the cost of the new levees")),
        # local paper: a present perfect
        ("The union leader has called for the board to delay the vote until the spring.",
         ("union leader", "called", "the board to delay the vote until the spring")),
        # broadsheet: another verb that asks for something to happen
        ("Mr. Okafor asked for the hearing to be moved to a larger room.",
         ("Okafor", "asked", "the hearing to be moved to a larger room")),
    ],
)
def test_extract_claims_a_clause_that_for_opens_is_what_was_asked(nlp, body, expected):
    claimant, cue, content = expected
    found = _claims_by_suffix(nlp, body, claimant)
    assert (claimant, cue, content) in found


@pytest.mark.parametrize(
    "body",
    [
        # no subject of its own: what for, not what was said
        "The senator spoke at the rally to thank the volunteers.",
        # waiting is no report
        "The mayor waited for the rain to stop before she spoke.",
        # "for" opening a phrase, not a clause
        "She wrote for the campus paper for two years.",
    ],
)
def test_extract_claims_a_purpose_or_a_phrase_with_for_is_no_content(nlp, body):
    assert not [claim for claim in _claims(nlp, body) if claim[2].startswith(("the volunteers", "the rain", "the campus"))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet: the report opens the sentence
        ("As The Ledger reported, the county will close two of its clinics in June.",
         ("Ledger", "reported", "the county will close two of its clinics in June")),
        # web outlet: a participle with the reporter after "by"
        ("As reported by the Tribune, the city council voted to close the library in March.",
         ("Tribune", "reported", "the city council voted to close the library in March")),
        # wire: the report closes the sentence
        ("The mayor will not run again, as the Gazette first reported last week.",
         ("Gazette", "reported", "The mayor will not run again")),
        # magazine: a person's words, set in the middle
        ("Few noticed that, as Dr. Mina Rao noted, the trial had ended a year early.",
         ("Mina Rao", "noted", "the trial had ended a year early")),
        # tabloid: "but" before the report that opens the sentence
        ("But as the council's own auditor noted, the pool has lost money every summer since it opened.",
         ("the council's own auditor", "noted", "the pool has lost money every summer since it opened")),
        # regional: "yet", and the conjunction stays out of the content
        ("Yet as the Ridgeview Courier reported last weekend, the trustees never approved the bus contract.",
         ("Ridgeview Courier", "reported", "the trustees never approved the bus contract")),
        # wire: "and" opening the sentence
        ("And as Chief Inspector Lena Varga explained, the fire began in a storage room behind the kitchen.",
         ("Lena Varga", "explained", "the fire began in a storage room behind the kitchen")),
        # magazine: "and" after a comma
        ("The gallery lost its lease in May, and as its founder Ines Moura wrote, the rent had tripled in four years.",
         ("Ines Moura", "wrote", "the rent had tripled in four years")),
        # tabloid: a verb of telling, with the outlet that heard it as its object
        ("As the mayor told the Daily Courier, the new depot will open in the spring.",
         ("the mayor", "told", "the new depot will open in the spring")),
        # wire: the listeners are people, the report closes the sentence
        ("The levy will not rise next year, as Governor Ruth Calloway promised voters in March.",
         ("Ruth Calloway", "promised", "The levy will not rise next year")),
        # local radio: a pronoun listener
        ("As the fire chief warned us on Friday, the water will be shut off for two days.",
         ("the fire chief", "warned", "the water will be shut off for two days")),
        # public broadcaster: a reminder to a group
        ("As the mayor reminded residents, the pool closes at 8 p.m. in winter.",
         ("the mayor", "reminded", "the pool closes at 8 p.m. in winter")),
    ],
)
def test_extract_claims_the_clause_an_as_report_is_set_in_is_its_content(nlp, body, expected):
    assert expected in _claims_by_suffix(nlp, body, expected[0])


@pytest.mark.parametrize(
    "body",
    [
        # when, not what
        "As he spoke, the crowd began to leave the hall.",
        # a name
        "Drivers avoid the bypass, the Snake, as it was called in the seventies.",
        # a content of its own
        "She finished the race, just as she said she would.",
        # what was told is the story, not the clause
        "As he told the story of the flood, the crowd fell silent.",
        # the telling is about something of its own
        "As he told reporters about the crash, sirens sounded in the distance.",
        "As the judge reminded jurors of their duty, the defendant wept.",
        # a scolding, not a report
        "As she told him off, the crowd laughed.",
    ],
)
def test_extract_claims_as_when_or_as_a_name_reports_no_clause(nlp, body):
    assert not [claim for claim in _claims(nlp, body)
                if claim[2].startswith(("the crowd", "Drivers avoid", "She finished", "sirens", "the defendant"))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet
        ("Ms. Varga has continued to say the bakery's ovens passed every inspection.",
         ("Varga", "say", "the bakery's ovens passed every inspection")),
        # wire
        ("The senator went on to explain that the bill would cost taxpayers nothing.",
         ("senator", "explain", "the bill would cost taxpayers nothing")),
        # campaign site
        ("The landlord continues to maintain that the boiler was repaired in March.",
         ("The landlord", "maintain", "the boiler was repaired in March")),
    ],
)
def test_extract_claims_an_infinitive_after_going_on_reports(nlp, body, expected):
    assert expected in _claims_by_suffix(nlp, body, expected[0])


@pytest.mark.parametrize(
    "body",
    [
        "He refused to say whether he would run again.",
        "The mayor is trying to tell voters that the budget is balanced.",
        "She declined to explain why the deal had failed.",
    ],
)
def test_extract_claims_an_infinitive_after_other_verbs_reports_nothing(nlp, body):
    assert not [claim for claim in _claims(nlp, body) if claim[1] in ("say", "tell", "explain")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a time and an occasion between the verb and its clause
        ("Okafor said Tuesday during a town hall meeting that she may wait until spring to decide.",
         ("Okafor", "said", "she may wait until spring to decide")),
        # cable news: the medium and an aside about it
        ("Dana Whitlow said on local radio, where she hosts a weekly call-in show, that the levy should go to voters.",
         ("Dana Whitlow", "said", "the levy should go to voters")),
        # broadsheet: an interview
        ("The governor insisted in an interview that the budget was balanced.",
         ("governor", "insisted", "the budget was balanced")),
    ],
)
def test_extract_claims_a_that_clause_after_a_phrase_is_what_was_said(nlp, body, expected):
    assert expected in _claims_by_suffix(nlp, body, expected[0])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: the listener is a group named by what it is
        ("The coach told a huddle of club officials that nobody wanted the stadium moved.",
         ("The coach", "told", "nobody wanted the stadium moved")),
        # regional: a congregation reassured
        ("The bishop assured a congregation of worried farmers that the church would not sell its land.",
         ("The bishop", "assured", "the church would not sell its land")),
        # local paper: a reminder to a committee
        ("Councillor Mabel Ortiz reminded a committee of local traders that the market rent would rise in May.",
         ("Mabel Ortiz", "reminded", "the market rent would rise in May")),
        # broadsheet: a group of newcomers
        ("Mayor Tilda Brandt reminded a group of new councillors that the budget vote was binding.",
         ("Tilda Brandt", "reminded", "the budget vote was binding")),
    ],
)
def test_extract_claims_a_that_clause_hung_on_the_listener_is_what_was_said(nlp, body, expected):
    # The parser takes the clause for a relative clause of the listener, with "that" as its mark.
    assert expected in _claims_by_suffix(nlp, body, expected[0])


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        # Wire: a day and a place before the name, which the parser may take for the subject.
        ('Friday at a rally in Dayton, Gov. Tom Reyes (R-Ohio) said the new tax plan was "dead on arrival" in the '
         "statehouse.", "Tom Reyes"),
        ('Monday at the county fair, Sen. Maria Ortiz (D-Texas) said the drought was "the worst in a generation" '
         "for ranchers.", "Maria Ortiz"),
        # Broadsheet: "the ruling" is the subject of the reported clause, not of "said".
        ('Last week in Des Moines, Rep. James Park (R-Iowa) said the ruling was "a gift to trial lawyers" and '
         "vowed to appeal.", "James Park"),
    ],
)
def test_extract_claims_a_time_is_never_the_claimant(nlp, body, claimant):
    assert {name for name, _, _ in _claims(nlp, body)} == {claimant}


@pytest.mark.parametrize(
    "body",
    [
        # wire
        '"Too much noise," she said, blaming part of it on the band.',
        # broadsheet
        '"A total disaster," the senator said, waving the report at reporters.',
        # tabloid
        '"Pure politics," a spokeswoman said, dismissing the inquiry as a stunt.',
    ],
)
def test_extract_claims_a_report_after_a_quote_reports_the_quote_not_the_participle_after_it(nlp, body):
    assert [cue for _, cue, _ in _reports(nlp, body) if cue == "said"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet: the person asked, then the question
        ("Voters asked the governor if she would run again.", ("Voters", "asked", "if she would run again")),
        # wire
        ("A reporter asked Mr. Lee if the talks had failed.", ("A reporter", "asked", "if the talks had failed")),
        # court report
        ("The judge asked whether the evidence had been shared with the defense.",
         ("The judge", "asked", "whether the evidence had been shared with the defense")),
    ],
)
def test_extract_claims_a_question_asked_with_if_or_whether_is_the_content(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # talk radio report
        ("Callers asked how many tickets she was selling to fans of the band.",
         "how many tickets she was selling to fans of the band"),
        # local news
        ("Neighbors asked what kind of factory the company planned to build.",
         "what kind of factory the company planned to build"),
        # broadsheet
        ("The committee asked how many emails the aide had deleted.", "how many emails the aide had deleted"),
    ],
)
def test_extract_claims_a_question_starts_at_its_question_word(nlp, body, expected):
    assert [content for _, _, content in _reports(nlp, body)] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # campaign finance report
        "The money went to a super PAC called Stop the Tax Hike, filings show.",
        # tech business news
        "The campaign hired a data company called Ridgeline Analytics in June.",
        # local news
        "Residents formed a group named Friends of Elm Park last spring.",
        # the tagger reads the participle as a past tense in these three
        # political newsletter
        "Donors gave money to a super PAC called Future 45, which ran ads in Ohio.",
        # history magazine
        "She joined a resistance movement called the Northern Front in 1974.",
        # alumni magazine
        "He led a student movement called the Free Campus in the 1990s.",
    ],
)
def test_extract_claims_a_participle_that_names_a_noun_reports_nothing(nlp, body):
    assert [cue for _, cue, _ in _reports(nlp, body) if cue in ("called", "named")] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: the parser may take the main verb for a participle on the noun before it
        ('The vote went ahead; one lawmaker called Halvorsen "the patron saint of red tape."',
         ("one lawmaker", "called", 'Halvorsen "the patron saint of red tape."')),
        # tabloid
        ('The hearing was tense; a senator called the nominee "a disgrace to the bench."',
         ("a senator", "called", 'the nominee "a disgrace to the bench."')),
        # broadsheet
        ('Talks stalled; one diplomat called the offer "an insult to the region."',
         ("one diplomat", "called", 'the offer "an insult to the region."')),
    ],
)
def test_extract_claims_a_report_with_an_object_and_a_name_reports_them(nlp, body, expected):
    assert expected in _reports(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a dash sets the writer's clause apart from the report after it
        ("Sales fell for a third year \u2014 shareholders called the figures a disgrace.",
         [("shareholders", "called", "the figures a disgrace")]),
        # tabloid: a hyphen between spaces is a dash too
        ('The vote angered the chairman - he called the plan "reckless" on Friday.',
         [("he", "called", 'the plan "reckless"')]),
        # broadsheet: an en dash
        ("The vote was close \u2013 the mayor called the result a mandate.",
         [("the mayor", "called", "the result a mandate")]),
    ],
)
def test_extract_claims_a_report_with_its_own_object_after_a_dash_reports_only_that(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the object is the listener: the clause before the dash is what was told
        ("The deal is dead \u2014 the senator told CNN on Sunday.",
         ("the senator", "told", "The deal is dead")),
        # a pronoun object points back at the words before it
        ('Mr. Hale admitted the firm\'s weak spots - its "blind spots," he called them - but said they could be fixed.',
         ("he", "called", '"blind spots,"')),
        # the listener of a warning, and a dash pair inside the clause
        ("The plan will fail \u2014 critics warned the council.",
         ("critics", "warned", "The plan will fail")),
        ("Rates will rise \u2014 perhaps sharply \u2014 next year, the bank warned investors.",
         ("the bank", "warned", "Rates will rise \u2014 perhaps sharply \u2014 next year")),
        # an object that points back at the clause
        ("The plan is dead \u2014 the mayor confirmed that on Monday.",
         ("the mayor", "confirmed", "The plan is dead")),
    ],
)
def test_extract_claims_a_listener_or_pronoun_after_a_dash_keeps_the_words_before(nlp, body, expected):
    assert expected in _reports(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: the parser makes the name the root and hangs the verb on it
        ("Donald Trump called Wednesday for Judge Ada Lorne to step down over remarks in which she said he was a danger to the state.",
         ("Donald Trump", "called", "for Judge Ada Lorne to step down over remarks in which she said he was a danger to the state")),
        # cable news site
        ("Donald Trump called Wednesday for Judge Ada Lorne to quit for telling a newspaper that she thinks he is a threat to the state.",
         ("Donald Trump", "called", "for Judge Ada Lorne to quit for telling a newspaper that she thinks he is a threat to the state")),
    ],
)
def test_extract_claims_a_verb_hung_on_the_root_name_is_the_main_verb(nlp, body, expected):
    assert expected in _reports(nlp, body)


def test_extract_claims_a_past_tense_hung_on_a_noun_without_a_name_is_the_main_verb(nlp):
    assert ("a union of teachers", "called", "for a strike") in _reports(
        nlp, "Protests grew as a union of teachers called for a strike.")


@pytest.mark.parametrize(
    "body",
    [
        # magazine interview
        'The coach spoke up too, telling a podcast host on Friday, "Nobody in this room is giving '
        'up," he said.',
        # local news
        'The mayor spoke at length, saying at a rally on Friday, "We will not back down," she said.',
        # social media report
        'The governor hit back, writing on Twitter late Sunday, "This is a sham," he said.',
    ],
)
def test_extract_claims_a_lead_in_that_reports_leaves_the_quote_to_the_report(nlp, body):
    assert [cue for _, cue, _ in _reports(nlp, body) if cue == "said"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet: a stance on a thing
        (
            "Senator Ortiz has been sharply critical of the trade pact.",
            ("Ortiz", "critical", "the trade pact", "stance"),
        ),
        # public broadcaster: a doubt
        (
            "Many economists remain skeptical of the governor's tax plan.",
            ("Many economists", "skeptical", "the governor's tax plan", "belief"),
        ),
        # regional daily: a wary public
        (
            "Voters are wary of another long campaign.",
            ("Voters", "wary", "another long campaign", "belief"),
        ),
        # tabloid: support
        (
            "The club's fans are supportive of the new manager.",
            ("The club's fans", "supportive", "the new manager", "stance"),
        ),
    ],
)
def test_extract_claims_an_adjective_holds_a_stance_for_its_subject(nlp, body, expected):
    source, cue, content, kind = expected
    assert _reports(nlp, body) == [(source, cue, content)]
    assert [found_kind for _, _, found_kind in _kinds(nlp, body)] == [kind]


@pytest.mark.parametrize(
    "body",
    [
        # the adjective on a noun holds nothing
        "The critical vote comes on Tuesday.",
        # not the listed preposition
        "Officials were skeptical about the timing.",
        # no holder
        "The report was critical of the agency.",
        # without its complement
        "The senator was skeptical.",
    ],
)
def test_extract_claims_no_adjective_stance_without_holder_and_complement(nlp, body):
    assert _kinds(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: "that" clause
        (
            "Port authority officials are confident that the new terminal will open on schedule.",
            ("Port authority officials", "confident", "the new terminal will open on schedule", "belief"),
        ),
        # tabloid: "that" left out, the participle tagged a verb
        (
            "Fans of the Rovers are worried their star striker could be sold in January.",
            ("Fans of the Rovers", "worried", "their star striker could be sold in January", "belief"),
        ),
        # broadsheet: an aim
        (
            "Ms. Okafor remains hopeful that the council will restore funding for the branch library.",
            ("Okafor", "hopeful", "the council will restore funding for the branch library", "intention"),
        ),
        # regional daily: "that" left out
        (
            "Farmers in the valley are now convinced the drought will last another year.",
            ("Farmers in the valley", "convinced", "the drought will last another year", "belief"),
        ),
        # magazine: knowledge
        (
            "Lindqvist is well aware that her rivals can outspend her three to one.",
            ("Lindqvist", "aware", "her rivals can outspend her three to one", "knowledge"),
        ),
    ],
)
def test_extract_claims_an_adjective_of_a_state_of_mind_holds_its_clause(nlp, body, expected):
    source, cue, content, kind = expected
    assert _reports(nlp, body) == [(source, cue, content)]
    assert [found_kind for _, _, found_kind in _kinds(nlp, body)] == [kind]


@pytest.mark.parametrize(
    "body",
    [
        # a question holds no content of its own
        "The mayor was not sure whether she would run again.",
        # seeing to something is no view
        "Stewards make sure the gates stay shut after kickoff.",
        # an infinitive, not a clause
        "The ferry is certain to sail late.",
        # no holder
        "The forecast is confident that rain will come.",
        # a result after "so": tabloid
        "Residents of Marlow Street are so worried about crime that they stay home at night.",
        # a result after "enough": sports desk
        "Coach Abara was confident enough that he rested his best players on Saturday.",
        # a result after "so": regional weekly
        "The bakers of Elmfield were so sure of the crowds that they doubled their orders.",
    ],
)
def test_extract_claims_no_state_of_mind_without_holder_and_clause(nlp, body):
    assert _kinds(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # county paper: "not so sure" doubts the clause, no result follows
        ("Rice farmers in the Tessel valley are not so sure that the new sluice will hold.",
         ("Rice farmers in the Tessel valley", "sure", "the new sluice will hold", "belief")),
        # sports desk, contracted "not"
        ("Supporters of Brackley Athletic aren't so confident that the manager will stay.",
         ("Supporters of Brackley Athletic", "confident", "the manager will stay", "belief")),
    ],
)
def test_extract_claims_not_so_sure_that_holds_its_clause(nlp, body, expected):
    # "so" under a negation hedges the state; the that-clause is what is doubted, not a result.
    source, cue, content, kind = expected
    assert _reports(nlp, body) == [(source, cue, content)]
    assert [found_kind for _, _, found_kind in _kinds(nlp, body)] == [kind]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a day between "clear" and the clause
        (
            "Transit union officials made clear Thursday the walkout would go ahead.",
            ("Transit union officials", "made", "the walkout would go ahead"),
        ),
        # magazine: "it" before "clear", "that" left out
        (
            "Ever the showman, Mr. Castellano made it clear his band will tour again next spring.",
            ("Castellano", "made", "his band will tour again next spring"),
        ),
        # regional sports page: the clause after a phrase of time
        (
            "Coach Abara made it clear after the derby that he intends to stay on.",
            ("Abara", "made", "he intends to stay on"),
        ),
        # broadsheet: an organisation
        (
            "The league has made it clear the fine will stand.",
            ("The league", "made", "the fine will stand"),
        ),
    ],
)
def test_extract_claims_what_a_holder_made_clear(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # a question holds no content of its own
        "The trustees made it very clear which bids would count.",
        # no holder
        "The audit made it clear that costs had doubled.",
    ],
)
def test_extract_claims_nothing_made_clear_without_holder_and_clause(nlp, body):
    assert _kinds(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire headline style: people no word list knows
        ("Mourners say the loss is hard to bear.", ("Mourners", "say", "the loss is hard to bear")),
        # restaurant review
        ("Diners say the menu has not changed in years.", ("Diners", "say", "the menu has not changed in years")),
        # outdoors column
        ("Hikers say the trail was closed without notice.", ("Hikers", "say", "the trail was closed without notice")),
        # labor story
        ("Retirees say the cuts came without warning.", ("Retirees", "say", "the cuts came without warning")),
    ],
)
def test_extract_claims_a_verb_of_saying_gives_its_words_to_a_group(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # local news: the contrast names other speakers
        ("The two owners blamed each other for the late payroll while the players' union warned of a "
         "walkout.", ("The two owners", "blamed", "each other for the late payroll")),
        # wire: the same source goes on to a report of its own
        ("A spokeswoman said all volunteers sign a waiver, though she did not explain its terms.",
         ("A spokeswoman", "said", "all volunteers sign a waiver")),
        # broadsheet: "whereas" sets an opponent against the source
        ("Ms. Ortiz said the plan would pay for itself, whereas her opponent argued that it would add to the "
         "deficit.", ("Ortiz", "said", "the plan would pay for itself")),
        # utility story: a statement of an organization
        ("Residents said the water tasted fine, while the utility acknowledged that lead levels had risen.",
         ("Residents", "said", "the water tasted fine")),
    ],
)
def test_extract_claims_a_contrast_that_reports_ends_the_content(nlp, body, expected):
    assert _reports(nlp, body)[0] == expected


def test_extract_claims_a_contrast_without_a_report_stays_in_the_content(nlp):
    body = "Senator Hale said he would run again, while his rival is still deciding."
    assert _reports(nlp, body) == [("Hale", "said", "he would run again, while his rival is still deciding")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # poll story: a share of those polled answers
        ("Asked whether the levy should rise, 58 percent of residents said yes.",
         ("58 percent of residents", "said", "yes")),
        # interview write-up: the answer to a question
        ("Asked if he had ever been bullied, the candidate said no.", ("the candidate", "said", "no")),
        # wire: the same report again, said by another share
        ("Half of the members said so last spring.", ("Half of the members", "said", "so")),
        # profile: an answer with what it is about
        ("The senator said no to the war.", ("The senator", "said", "no to the war")),
    ],
)
def test_extract_claims_an_answer_is_what_say_reports(nlp, body, expected):
    assert [report for report in _reports(nlp, body) if report[1] != "Asked"] == [expected]


def test_extract_claims_no_opening_a_clause_is_no_answer(nlp):
    body = "The speaker says no matter what happens, the vote goes ahead."
    assert _reports(nlp, body) == [("The speaker", "says", "no matter what happens, the vote goes ahead")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet analysis: the clause's subject before, its verb after
        ("At the heart of the dispute, according to two aides, was a decision to cut the budget.",
         ["At the heart of the dispute", "was a decision to cut the budget"]),
        # rights report: a fronted time
        ("Since May, according to the rights group, police have detained 400 protesters in the region.",
         ["Since May", "police have detained 400 protesters in the region"]),
        # local timeline: a fronted hour
        ("Shortly before dawn, according to the county's log, the crews reached the levee.",
         ["Shortly before dawn", "the crews reached the levee"]),
        # the parser hangs the closing comma on a long source: broadsheet, an apposition
        ("Behind the delay, according to Maria Voss, a former county engineer, was a dispute over the bridge's steel.",
         ["Behind the delay", "was a dispute over the bridge's steel"]),
        # sports desk: a title and a middle initial
        ("For the league, according to commissioner Paul J. Hartley, the new stadium marks a fresh start.",
         ["For the league", "the new stadium marks a fresh start"]),
        # tabloid: a possessive in the apposition
        ("Top of the list of gripes, according to Kayla Moss, the singer's former stylist, was a missing designer gown.",
         ["Top of the list of gripes", "was a missing designer gown"]),
        # magazine profile: a relative clause in the apposition
        ("Underneath the polished image, according to Rosa Delgado, a chef who worked beside him for a decade, lay a "
         "fierce temper.",
         ["Underneath the polished image", "lay a fierce temper"]),
    ],
)
def test_extract_claims_according_to_before_the_verb_leaves_the_clause_on_both_sides(nlp, body, expected):
    assert [(cue, content) for cue, content, _ in _kinds(nlp, body)] == [("according to", part) for part in expected]


def test_extract_claims_according_to_after_the_verb_reports_the_clause_before(nlp):
    body = "The plant closed, according to officials, in May."
    assert [(cue, content) for cue, content, _ in _kinds(nlp, body)] == [("according to", "The plant closed")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a reporter asks at a news conference
        ("Asked by a reporter whether the plan would survive, the mayor said it would.",
         ("a reporter", "Asked", "whether the plan would survive")),
        # broadcast write-up: a host asks
        ("When asked by the host if she would run again, Senator Ortiz laughed.",
         ("the host", "asked", "if she would run again")),
        # morning-show recap: the asker named
        ("Asked by Jane Osei whether he had read the report, he said no.",
         ("Jane Osei", "Asked", "whether he had read the report")),
    ],
)
def test_extract_claims_asked_by_someone_is_their_question(nlp, body, expected):
    assert _reports(nlp, body)[0] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a news conference
        ("Asked whether the plan would survive, the mayor said it would.",
         [(None, "Asked", "whether the plan would survive"), ("the mayor", "said", "it would")]),
        # tabloid: the question the star was put, after "when"
        ("When asked if the rumours were true, the singer just laughed.", [(None, "asked", "if the rumours were true")]),
        # broadcast recap: a question word opens what was asked
        ("Asked why the vote was delayed, the clerk blamed the storm.",
         [(None, "Asked", "why the vote was delayed"), ("the clerk", "blamed", "the storm")]),
    ],
)
def test_extract_claims_asked_by_no_one_named_is_a_question_by_no_one_named(nlp, body, expected):
    # The question is a report of its own; who put it is not in the sentence, and the one who
    # answers did not ask.
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "When asked for comment, a spokesman for the campaign declined.",
        "Asked for comment on Friday, the club's owner did not reply.",
        "When asked for a comment, the agency referred reporters to its statement.",
    ],
)
def test_extract_claims_asked_for_comment_puts_no_question(nlp, body):
    assert [report for report in _reports(nlp, body) if report[1].lower() == "asked"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet: some of a group, which the word lists know as no holder
        ("Even some of his backers have described the deal as a costly mistake.",
         ("Even some of his backers", "described", "the deal as a costly mistake")),
        # wire: a statement's participle
        ("Both leaders issued a statement describing the talks as a useful first step.",
         ("Both leaders", "describing", "the talks as a useful first step")),
        # poll story: a share of those polled
        ("A third of the respondents described themselves as independents.",
         ("A third of the respondents", "described", "themselves as independents")),
    ],
)
def test_extract_claims_what_a_characterising_verb_calls_its_object_is_content_whoever_says_it(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # campaign trail: cast as
        ("The councillor has cast her opponent as a relic of the machine years.",
         ("The councillor", "cast", "her opponent as a relic of the machine years")),
        # labour page: cast as
        ("The union cast the strike as a fight for safety.",
         ("The union", "cast", "the strike as a fight for safety")),
        # editorial page: painted as
        ("Opponents painted the levy as a tax on the poor.",
         ("Opponents", "painted", "the levy as a tax on the poor")),
        # watchdog report: paints as, with an adjective
        ("The report paints the agency as slow and secretive.",
         ("The report", "paints", "the agency as slow and secretive")),
        # statehouse wire: framed as
        ("The governor framed the vote as a referendum on his record.",
         ("The governor", "framed", "the vote as a referendum on his record")),
        # business page: framed as
        ("Critics framed the merger as a threat to small shops.",
         ("Critics", "framed", "the merger as a threat to small shops")),
        # profile: positioned oneself as
        ("Mr. Adeyemi has positioned himself as the only outsider in the race.",
         ("Adeyemi", "positioned", "himself as the only outsider in the race")),
        # travel trade: presents itself as
        ("The new airline presents itself as a rival to the big carriers.",
         ("The new airline", "presents", "itself as a rival to the big carriers")),
    ],
)
def test_extract_claims_what_the_object_is_cast_or_painted_as_is_content(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # a part in a play or a film
        "The director cast Ms. Lee as Ophelia in the new production.",
        "Producers cast the newcomer as a young detective in the series.",
        # the subject's office or age
        "Lee presented the budget as finance minister in 2019.",
        "She painted the house as a teenager.",
        "He cast his first vote as a student in 1968.",
        # the act's purpose
        "He cast his ballot as a protest against the war.",
        "She painted the mural as a tribute to the victims.",
        "He framed the photo as a keepsake for his mother.",
        # present and position characterise only their subject
        "The mayor presented the trophy as a gift from the city.",
        "The coach positioned the new signing as a holding midfielder.",
        "The mayor presents the budget as a bargain for taxpayers.",
    ],
)
def test_extract_claims_no_characterisation_by_a_part_an_office_or_a_purpose(nlp, body):
    assert [cue for _, cue, _ in _reports(nlp, body)
            if cue in ("cast", "presented", "presents", "painted", "framed", "positioned")] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # city paper: an accusation answered is the accuser's
        ("The mayor responded to the auditor's accusation that the books were cooked.",
         [("the auditor", "accusation", "the books were cooked")]),
        # statehouse wire: a claim answered, its holder unnamed
        ("The senator replied to the claim that the bridge was unsafe.", []),
        # business page: the claim noun further up the phrase
        ("The bank responded to allegations from a former trader that the rates were rigged.", []),
        # wire: a document is where it was said
        ("The minister said in a statement from the ministry that the talks had failed.",
         [("The minister", "said", "the talks had failed")]),
    ],
)
def test_extract_claims_what_is_answered_is_not_what_the_answer_says(nlp, body, expected):
    assert _reports(nlp, body) == expected


def test_extract_gives_each_claim_span_once(nlp):
    # A span is one row of the claims table, whose unique constraint would fail the article's load.
    text = ("Auditor Says Books Were Cooked\n\n"
            "The mayor responded to the auditor's accusation that the books were cooked. The first "
            "question forced the treasurer to respond to the auditor's claim that the books were "
            "cooked. The treasurer answered the union's claim that wages had fallen.\n")
    article = clean(RawArticle("t.txt", text))
    claims = extract(article, nlp(parse_text(article))).claims
    spans = [(claim.start, claim.end) for claim in claims]
    assert claims and len(spans) == len(set(spans))


def test_one_claim_per_span_keeps_the_claim_whose_cue_is_nearest():
    far = Claim(40, 60, "the plan would fail", Cue(0, 9, "responded"), None)
    near = Claim(40, 60, "the plan would fail", Cue(25, 35, "accusation"), None)
    inside = Claim(70, 90, "the plan, she said, is dead", Cue(80, 84, "said"), None)
    other = Claim(70, 91, "the plan, she said, is dead.", Cue(60, 65, "noted"), None)
    assert one_claim_per_span([far, near, inside, other]) == [near, inside, other]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # travel profile
        ("She grew up near the harbour, which she describes as the heart of the town.",
         [("she", "describes", "which"), ("she", "describes", "as the heart of the town")]),
        # wire: a march
        ("The marchers, whom the organizer described as peaceful, reached the square by noon.",
         [("the organizer", "described", "whom"), ("the organizer", "described", "as peaceful")]),
        # business page
        ("The tax credit, which critics have denounced as a handout, expires next year.",
         [("critics", "denounced", "which"), ("critics", "denounced", "as a handout")]),
    ],
)
def test_extract_claims_a_relative_pronoun_and_what_it_is_characterised_as_are_content(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        ("The province will keep the fuel levy, which the premier said was needed to repair rural bridges.",
         [("the premier", "said", "which", 1), ("the premier", "said", "was needed to repair rural bridges", 2)]),
        # broadsheet: "what" standing for the thing
        ("The harbour board released sketches on Friday of what it has vowed to build on the old ferry pier.",
         [("it", "vowed", "what", 1), ("it", "vowed", "to build on the old ferry pier", 2)]),
        # regional farm page: a belief
        ("Farmers in the valley are bracing for a drought that forecasters expect will last into the autumn.",
         [("forecasters", "expect", "that", 1), ("forecasters", "expect", "will last into the autumn", 2)]),
        # magazine: a relative "that" the tagger takes for the one that opens a clause
        ("It was the kind of reform that she says will outlast any government.",
         [("she", "says", "that", 1), ("she", "says", "will outlast any government", 2)]),
        # regional: one word after the report
        ("The town kept the toll, which the council said worked.",
         [("the council", "said", "which", 1), ("the council", "said", "worked", 2)]),
        # education page: a belief
        ("Pupils now sit a longer exam, which the minister believes helps.",
         [("the minister", "believes", "which", 1), ("the minister", "believes", "helps", 2)]),
    ],
)
def test_extract_claims_report_inside_a_relative_clause_leaves_out_its_source_and_verb(nlp, body, expected):
    assert _fragments(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "as" after a verb that characterises nothing
        ("The senator greeted the harbourmaster as an old ally.", []),
        # "as" opening a clause says when
        ("The crew described the storm as they drove home.", []),
        # a relative clause without "as" is the writer's
        ("The governor praised the stadium, which the council approved in May.",
         [("The governor", "praised", "the stadium")]),
    ],
)
def test_extract_claims_no_characterisation_without_a_characterising_verb_and_as(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a hyphenated speaker noun the tokenizer splits at its hyphen
        ("The front-runner said the race was over.", ("The front-runner", "said", "the race was over")),
        # campaign trail: with a party before it
        ("The GOP front-runner told the crowd that the wall would rise.",
         ("The GOP front-runner", "told", "the wall would rise")),
        # tabloid: after a fronted question
        ("Asked about the poll, the Republican front-runner said the numbers were fake.",
         ("the Republican front-runner", "said", "the numbers were fake")),
    ],
)
def test_extract_claims_a_hyphenated_speaker_noun_is_found_whole(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


def test_extract_claims_a_hyphenated_noun_no_list_knows_is_no_speaker(nlp):
    assert _reports(nlp, "The long-distance plan said nothing about the port.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # poll story: the parser hangs "the same" on the verb as its subject
        ("Of the nurses surveyed at the county hospital, 31 percent said the same.", ("31 percent", "said", "the same")),
        # survey write-up: a share the tagger takes for a date
        ("Most members backed the plan, and three-quarters said the same about the budget.",
         ("three-quarters", "said", "the same about the budget")),
        # campaign blog: a bare number of those polled
        ("While 80 percent of young voters backed Okafor, 41 said the same for Varga.",
         ("41", "said", "the same for Varga")),
    ],
)
def test_extract_claims_the_same_said_again_by_a_share(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # sports page: a club named as the answer
        ("Pressed for a favourite, the coach said Arsenal.", ("the coach", "said", "Arsenal")),
        # local paper: the answer to a question the writer puts
        ("Who should chair the panel? The mayor said Okafor.", ("The mayor", "said", "Okafor")),
        # cable recap
        ("Asked who should coach next season, she said Marsh.", ("she", "said", "Marsh")),
    ],
)
def test_extract_claims_a_name_alone_after_say_is_the_answer(nlp, body, expected):
    assert expected in _reports(nlp, body)


def test_extract_claims_a_name_after_say_without_a_subject_before_is_the_speaker(nlp):
    assert _reports(nlp, 'The vote was close, said Okafor.') == [("Okafor", "said", "The vote was close")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # local paper: a conditional the parser hangs "according to" under
        ("Mayor Ruth Okafor said she would have closed the park if the storm had come ashore, according to "
         "local news reports.",
         ("local news reports", "according to",
          "Mayor Ruth Okafor said she would have closed the park if the storm had come ashore")),
        # broadsheet: a quoted phrase inside the report
        ('On Monday, the governor said she was "happy to see" that the bill had passed, according to the Tribune.',
         ("Tribune", "according to", 'On Monday, the governor said she was "happy to see" that the bill had passed')),
        # wire: state media report a minister
        ("The minister said the talks had failed because the unions walked out, according to state media.",
         ("state media", "according to", "The minister said the talks had failed because the unions walked out")),
    ],
)
def test_extract_claims_according_to_closing_a_report_reports_the_report(nlp, body, expected):
    # The papers say that the source said it: one statement, the report whole.
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # sports page
        ("The boxing champion said he would endorse the governor next week.",
         ("The boxing champion", "said", "he would endorse the governor next week")),
        # tabloid: a former star
        ("The football legend said fans misunderstand the club's owner.",
         ("The football legend", "said", "fans misunderstand the club's owner")),
        # local paper: a landlord in a housing dispute
        ("A landlord in the district told the council that rents would rise.",
         ("A landlord in the district", "told", "rents would rise")),
    ],
)
def test_extract_claims_people_described_by_what_they_are_speak(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # profile: a clause opened by "after"
        ("The singer quit the band in 2009 after, according to her, the drummer kept the money.",
         ("her", "according to", "the drummer kept the money")),
        # labour page: "because"
        ("The plant closed because, according to the union, the owners had stopped paying for repairs.",
         ("the union", "according to", "the owners had stopped paying for repairs")),
        # wire: "that" after a report, which keeps the whole of what it reports
        ("The agency reported that, according to its count of the records, most of the meetings were with donors.",
         ("The agency", "reported", "according to its count of the records, most of the meetings were with donors")),
    ],
)
def test_extract_claims_according_to_after_the_word_opening_a_clause_reports_the_clause(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # business page: former workers
        ("Most of them said the night shift paid better than the day shift.",
         ("Most of them", "said", "the night shift paid better than the day shift")),
        # campaign letter to supporters
        ("Many of you have told us the fees are too high.", ("Many of you", "told", "the fees are too high")),
        # op-ed: the writer's own group
        ("Some of us argued that the park should stay open.", ("Some of us", "argued", "the park should stay open")),
    ],
)
def test_extract_claims_a_share_of_them_us_or_you_speaks(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Broadsheet analysis: the writer turns to the other side.
        ("The mayor is likely to win. That said, the rain could still keep her voters at home.", []),
        # Wire: a total the writer sums up.
        ("All told, nearly forty village schools will close by June.", []),
        # Polling column: the phrase gives way to a report of its own.
        ("That said, local growers say the late frost has cut the apple crop by half.",
         [("local growers", "say", "the late frost has cut the apple crop by half")]),
    ],
)
def test_extract_claims_that_said_and_all_told_report_nothing(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # Broadsheet editorial: advice to a body.
        "The council may want to rethink its budget before the recess.",
        # Fact-check site: advice to a candidate.
        "The governor might want to recount the ballots in the north before she concedes.",
        # Sports column: advice to a club.
        "Club officials should want to renew the stadium lease before the price rise.",
    ],
)
def test_extract_claims_may_or_might_want_to_is_the_writers_advice(nlp, body):
    assert _reports(nlp, body) == []


def test_extract_claims_a_holder_who_wants_something_still_holds_it(nlp):
    assert _reports(nlp, "The council wants to rethink its budget before the recess.") == [
        ("The council", "wants", "to rethink its budget before the recess")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # metro desk: a prepositional object and what it is spoken of as
        ("The council member spoke of the depot as an eyesore.",
         ("The council member", "spoke", "of the depot as an eyesore")),
        # business page: what it is pointed to as
        ("Analysts pointed to the drought as the main cause of the price spike.",
         ("Analysts", "pointed", "to the drought as the main cause of the price spike")),
        # wire: an object and the infinitive saying what it is for
        ("The governor proposed $40 million in grants to help towns repair their roads.",
         ("The governor", "proposed", "$40 million in grants to help towns repair their roads")),
    ],
)
def test_extract_claims_what_the_object_is_said_to_be_or_be_for_goes_on(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # lifestyle magazine: what the one joked about was doing
        ("The comic joked about his father burning the turkey every Christmas.",
         ("The comic", "joked", "about his father burning the turkey every Christmas")),
        # broadsheet profile: a relative remembered at work
        ("The senator recalled his grandfather hauling coal in the Welsh valleys.",
         ("The senator", "recalled", "his grandfather hauling coal in the Welsh valleys")),
        # regional weekly: neighbours described in the act
        ("Mr. Delaney described his neighbors hoarding sandbags before the flood.",
         ("Delaney", "described", "his neighbors hoarding sandbags before the flood")),
    ],
)
def test_extract_claims_a_participle_right_after_the_object_goes_on(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # tabloid: a second object after a quoted label
        ('The drivers\' union called its new chairman "the worst hire in forty years" '
         'and someone who "could not run a bath."',
         ("The drivers' union", "called",
          'its new chairman "the worst hire in forty years" and someone who "could not run a bath."')),
        # opinion column: a second object after a phrase on the first
        ('Critics mocked the minister\'s "green revolution" in transport and his taste for private jets.',
         ("Critics", "mocked", 'the minister\'s "green revolution" in transport and his taste for private jets')),
        # wire: a noun after a gerund
        ("The bishop kept talking about reopening the village school and a pledge to cut bus fares.",
         ("The bishop", "talking", "about reopening the village school and a pledge to cut bus fares")),
    ],
)
def test_extract_claims_a_second_object_joined_to_the_verb_goes_on(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a participle after a comma is the speaker's own act, a report of its own
        ("The mayor criticized the plan, saying it cost too much.",
         [("The mayor", "criticized", "the plan"), ("The mayor", "saying", "it cost too much")]),
        # a verb joined to the report is another act
        ("The mayor discussed the plan and left early.", [("The mayor", "discussed", "the plan")]),
    ],
)
def test_extract_claims_a_participle_after_a_comma_or_a_joined_verb_stays_out(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an "as" clause with a subject of its own says when
        ("The mayor praised the crew as the storm hit.", ("The mayor", "praised", "the crew")),
        # a time between the object and the infinitive: the infinitive is not right after it
        ("The senator proposed new grants on Monday to rally her base.",
         ("The senator", "proposed", "new grants on Monday")),
    ],
)
def test_extract_claims_what_is_not_right_after_the_object_stays_out(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # business page: a condition after an infinitive
        ("The minister vowed to impose a levy on imported steel unless the mill cancels its expansion.",
         ("The minister", "vowed", "to impose a levy on imported steel unless the mill cancels its expansion")),
        # trade press: a reason after what the object is called
        ("The inspector calls the bridge a hazard because its cables have rusted.",
         ("The inspector", "calls", "the bridge a hazard because its cables have rusted")),
        # metro desk: a reason that would otherwise be a report of its own ("the state has not
        # pledged ...")
        ("The mayor called the plan a gamble because the state has not pledged any money.",
         ("The mayor", "called", "the plan a gamble because the state has not pledged any money")),
    ],
)
def test_extract_claims_a_reason_or_condition_right_after_the_content_goes_on(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # regional daily: "whether" after what the source was questioned about
        ("Councillor Pryce was questioned about the depot contract and whether any officer had met the bidder "
         "beforehand.",
         (None, "questioned", "about the depot contract and whether any officer had met the bidder beforehand")),
        # wire: "or whether", with a time between the report and its content
        ("Rep. Anna Voss, D-Ore., was asked Tuesday about the tariff vote or whether she would break with her "
         "caucus.",
         (None, "asked", "about the tariff vote or whether she would break with her caucus")),
        # community weekly: "whether" after the one asked and what about
        ("Tenants asked the landlord about the rent rise and whether the lift would be fixed by winter.",
         ("Tenants", "asked", "the landlord about the rent rise and whether the lift would be fixed by winter")),
    ],
)
def test_extract_claims_a_second_clause_joined_after_the_content_goes_on(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # tabloid: a condition after the object of a promise
        ("Union boss Mick Farrow promised a summer of walkouts if the bosses refuse to budge.",
         ("Mick Farrow", "promised", "a summer of walkouts if the bosses refuse to budge")),
        # regional daily: a condition after what was warned of and when
        ("Teachers warned of a walkout in March if the district freezes pay.",
         ("Teachers", "warned", "of a walkout in March if the district freezes pay")),
        # broadsheet
        ("Doctors have warned of longer waits for surgery if the strike goes ahead.",
         ("Doctors", "warned", "of longer waits for surgery if the strike goes ahead")),
        # sports tabloid: a relative clause after a time the parser hangs it past
        ("Gaffer Ron Tully reckons the club will land a striker this summer that can bag twenty goals a season.",
         ("Gaffer Ron Tully", "reckons",
          "the club will land a striker this summer that can bag twenty goals a season")),
        # community weekly
        ("Neighbors believe the developer will file new plans in the autumn that would double the size of the "
         "tower.",
         ("Neighbors", "believe",
          "the developer will file new plans in the autumn that would double the size of the tower")),
        # business wire
        ("A spokeswoman says the firm will launch a model next month that runs on hydrogen.",
         ("A spokeswoman", "says", "the firm will launch a model next month that runs on hydrogen")),
    ],
)
def test_extract_claims_a_clause_that_or_if_opens_right_after_the_content_goes_on(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: the parser hangs the list's second verb on the report
        ("Mayor Tom Hale pledged to repave Main Street, fix the broken streetlights and hire more inspectors.",
         ("Tom Hale", "pledged", "to repave Main Street, fix the broken streetlights and hire more inspectors")),
        # broadsheet: the list after an infinitive that follows the listener
        ("Council members urged the utility to freeze rates, repair the aging pipes and publish its audit "
         "before the winter.",
         ("Council members", "urged",
          "the utility to freeze rates, repair the aging pipes and publish its audit before the winter")),
        # tabloid: a list closed by "or"
        ("Furious parents begged the school board to scrap the new uniform rules, sack the caterer or at least "
         "listen to them.",
         ("Furious parents", "begged",
          "the school board to scrap the new uniform rules, sack the caterer or at least listen to them")),
        # regional weekly: a promise of three acts
        ("The Riverside mayor promised to reopen the library, fix the potholes on Elm Street and keep the pool "
         "open all summer.",
         ("The Riverside mayor", "promised",
          "to reopen the library, fix the potholes on Elm Street and keep the pool open all summer")),
        # magazine: advice of three acts
        ("In her memoir, the former envoy urges younger diplomats to listen more, travel widely and distrust "
         "easy answers.",
         ("the former envoy", "urges", "younger diplomats to listen more, travel widely and distrust easy answers")),
    ],
)
def test_extract_claims_a_list_of_verbs_after_the_infinitive_goes_on(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire copy cut off after the list's closing word
        ("After the council met on Monday, the mayor of Dunmore pledged to fix the lights, and",
         ("the mayor of Dunmore", "pledged", "to fix the lights")),
        # tabloid teaser cut off after "or"
        ("At a packed meeting on Tuesday night, angry parents begged the board to scrap the rules, or",
         ("angry parents", "begged", "the board to scrap the rules")),
        # regional brief cut off after the comma
        ("Speaking to reporters at the town hall, Councilor Ines Bartok vowed to reopen the pool,",
         ("Councilor Ines Bartok", "vowed", "to reopen the pool")),
    ],
)
def test_extract_claims_an_article_ending_after_an_infinitive_and_a_comma(nlp, body, expected):
    # No newline after the body: the article's last token is the comma or the closing word.
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}"))
    claims = extract(article, nlp(parse_text(article))).claims
    assert [(c.source.text if c.source else None, c.cue.text, c.text) for c in claims] == [expected]


def test_extract_claims_the_main_verb_after_a_participle_set_off_is_no_list(nlp):
    # "have said" is the sentence's own verb, not a second act the officials urge
    assert _reports(nlp, "Officials, urging parents to keep their children indoors, have said nothing more.") == [
        ("Officials", "urging", "parents to keep their children indoors"),
        ("Officials", "said", "nothing more"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a reason after the tag
        ("The border crossing will stay shut through Sunday, customs officials said, because the scanners have "
         "failed again.",
         [("customs officials", "said", "The border crossing will stay shut through Sunday"),
          ("customs officials", "said", "because the scanners have failed again")]),
        # tabloid: a contrast after the tag
        ("Turnout at the rally may be thin, its organisers admit, but the march will go ahead.",
         [("its organisers", "admit", "Turnout at the rally may be thin"),
          ("its organisers", "admit", "the march will go ahead")]),
        # regional paper: a second verb of the content's subject after the tag
        ("The drought has cut the wheat crop by a third, farmers say, and has emptied the grain silos.",
         [("farmers", "say", "The drought has cut the wheat crop by a third"),
          ("farmers", "say", "has emptied the grain silos")]),
        # magazine: the clause an opening "it" stands for, after the tag
        ("It is hardly a coincidence, the auditor argued, that the missing funds vanished before the audit.",
         [("the auditor", "argued", "It is hardly a coincidence"),
          ("the auditor", "argued", "the missing funds vanished before the audit")]),
    ],
)
def test_extract_claims_the_content_goes_on_after_an_interrupting_tag(nlp, body, expected):
    assert _reports(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet: another source's report after the tag is that source's
        ("The tram line is finished, the mayor said Friday, but engineers say the brakes still fail.",
         ("the mayor", "said", "The tram line is finished")),
        # local paper: a phrase before the next clause's subject opens the writer's own sentence
        ("The clinic will stay open, the board said, but with the grant renewed, it may even expand.",
         ("the board", "said", "The clinic will stay open")),
    ],
)
def test_extract_claims_what_does_not_go_on_after_an_interrupting_tag_stays_out(nlp, body, expected):
    assert _reports(nlp, body)[0] == expected
    assert len([claim for claim in _reports(nlp, body) if claim[1] == expected[1]]) == 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # court report: a sworn statement
        ("The affidavit said the driver had been drinking before the crash.",
         ("The affidavit", "said", "the driver had been drinking before the crash")),
        # business page: a list of the rich
        ("A rival ranking says the heiress is worth far less.",
         ("A rival ranking", "says", "the heiress is worth far less")),
        # investigative story: a copy of a document, and who came by it, who did not write it
        ("An unredacted copy of the contract, obtained by the paper, says the city pays twice the market rate.",
         ("An unredacted copy of the contract", "says", "the city pays twice the market rate")),
        # local paper: a lawsuit and a council resolution
        ("The suit, filed Monday, claims that the landlord ignored repeated warnings.",
         ("The suit", "claims", "the landlord ignored repeated warnings")),
        ("An excerpt of the memo says the mine will close in May.",
         ("An excerpt of the memo", "says", "the mine will close in May")),
        # poll story: a question put to those polled
        ("One question asked voters whether they trusted the mayor.",
         ("One question", "asked", "whether they trusted the mayor")),
        # local TV: a notice posted at a workplace
        ("A notice posted at the plant said the night shift would end.",
         ("A notice", "said", "the night shift would end")),
    ],
)
def test_extract_claims_documents_and_their_parts_speak(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # charity newsletter: the parser leaves the words before the tag without a verb of
        # their own and cuts the sentence at the tag's comma
        ("Nadia Brooks runs a food bank. Those who lose a second job fall behind, she said.",
         ("Nadia Brooks", "said", "Those who lose a second job fall behind")),
        # wire: "last" taken for an adjective, "The strike" hung on the tag's time phrase
        ("The strike could last weeks, union leaders said.",
         ("union leaders", "said", "The strike could last weeks")),
        # retirement column: the content's subject hung on the tag's verb as a second subject
        ("Dr. Ken Abe studies pensions. Most of those who retire early regret it, he said.",
         ("Ken Abe", "said", "Most of those who retire early regret it")),
    ],
)
def test_extract_claims_a_closing_tag_reports_the_words_the_parse_left_unattached(nlp, body, expected):
    claimant, cue, content = expected
    found = _claims(nlp, body)
    assert [(cue_text, text) for _, cue_text, text in found] == [(cue, content)]
    assert (found[0][0] or "").endswith(claimant)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # business page: an industry
        ("Steel makers argue that cheap imports are closing their mills.",
         ("Steel makers", "argue", "cheap imports are closing their mills")),
        # fact check
        ("Two fact checkers noted that the chart left out a decade.",
         ("Two fact checkers", "noted", "the chart left out a decade")),
        # campaign profile: a candidate by his old trade
        ("The veteran neurosurgeon admitted that the ward was understaffed.",
         ("The veteran neurosurgeon", "admitted", "the ward was understaffed")),
        # wire: a hacker, a newsroom's unit, a crowd of experts
        ("A teenage hacker revealed that the bank stored passwords in plain text.",
         ("A teenage hacker", "revealed", "the bank stored passwords in plain text")),
        ("The station's investigative unit reported that the clinic had falsified records.",
         ("The station's investigative unit", "reported", "the clinic had falsified records")),
        ("A slew of economists say the tariffs will raise prices.",
         ("A slew of economists", "say", "the tariffs will raise prices")),
    ],
)
def test_extract_claims_people_the_lists_lacked_speak(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # opinion page: voters by where they live
        ("The levy was attacked by critics in the suburbs, who accused the mayor of ignoring renters.",
         ("critics in the suburbs", "accused", "the mayor of ignoring renters")),
        # wire: an anonymous official
        ("The measure drew criticism from one official familiar with the matter, who said it would never pass.",
         ("one official familiar with the matter", "said", "it would never pass")),
        # investigative story: a source two phrases from the clause
        ("The memo was shown to a source with knowledge of the plan, who said it would be scrapped.",
         ("a source with knowledge of the plan", "said", "it would be scrapped")),
        # court report ("was rejected by" would report the offer too: a passive report by its agent)
        ("The offer was turned down by a lawyer for the estate, who said it was far too low.",
         ("a lawyer for the estate", "said", "it was far too low")),
    ],
)
def test_extract_claims_a_relative_clause_on_a_phrase_speaks_for_who_it_describes(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


def test_extract_claims_a_relative_clause_on_those_stays_theirs(nlp):
    # poll story: "those who said" says which ones the share is of.
    body = "Half of those who said the economy mattered most said they would vote for him."
    assert ("those", "said", "the economy mattered") in _reports(nlp, body)


def _with_name_missed(nlp, body: str, name: str):
    """The parsed body, the last ``name`` in it left without an entity label and tagged a common
    noun, as the small model does with some company names in long articles ("Teck, the ...
    company, says")."""
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    doc = nlp(parse_text(article))
    token = [t for t in doc if t.text == name][-1]
    doc.ents = [entity for entity in doc.ents if not entity.start <= token.i < entity.end]
    token.pos_, token.tag_ = "NOUN", "NN"
    return article, doc


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # business page: a company named by its appositive
        ("Zentrix, the Danish shipping company, says it pays its crews fairly.", "Zentrix",
         ("Zentrix", "says", "it pays its crews fairly")),
        # wire: a firm
        ("Frobisk, a small software firm, said it had fixed the flaw.", "Frobisk",
         ("Frobisk", "said", "it had fixed the flaw")),
        # magazine: a company NER labels as one where it is introduced
        ("The data come from Orbis Analytics, a research firm in Boston. Orbis Analytics keeps its client list "
         "private but says demand has tripled.", "Analytics",
         ("Orbis Analytics", "says", "demand has tripled")),
    ],
)
def test_extract_claims_a_company_ner_missed_speaks(nlp, body, name, expected):
    article, doc = _with_name_missed(nlp, body, name)
    claims = extract(article, doc).claims
    assert [(c.source.text if c.source else None, c.cue.text, c.text) for c in claims] == [expected]


def test_extract_claims_a_capitalized_noun_alone_is_no_company(nlp):
    # A capitalized thing with nothing to say it is a company still does not speak.
    article, doc = _with_name_missed(nlp, "Brexit keeps the markets nervous but says nothing of the future.",
                                     "Brexit")
    assert [c for c in extract(article, doc).claims if c.cue.text == "says"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # local TV: footage from an event, which cannot speak
        ("Footage from the rally shows protesters blocking the gate.",
         ("Footage from the rally", "shows", "protesters blocking the gate")),
        # election night: results from places
        ("Early results from the county's six districts showed the mayor had won easily.",
         ("Early results from the county's six districts", "showed", "the mayor had won easily")),
        # wire: drone footage
        ("Drone footage from the fire showed whole streets burned.",
         ("Drone footage from the fire", "showed", "whole streets burned")),
    ],
)
def test_extract_claims_a_document_from_what_cannot_speak_speaks_itself(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # advocacy newsletter: a caucus by its slogan
        ('Members of the "Clean Air" caucus argue the plant should close.',
         ('Members of the "Clean Air" caucus', "argue", "the plant should close")),
        # entertainment page: an actor by his film, in curly marks
        ("The \u201cJaws\u201d actor said he never liked boats.",
         ("The \u201cJaws\u201d actor", "said", "he never liked boats")),
        # local paper: a ballot measure by its name
        ('Backers of the "Safe Streets" measure contend that crime will fall.',
         ('Backers of the "Safe Streets" measure', "contend", "crime will fall")),
    ],
)
def test_extract_claims_words_a_source_quotes_in_its_phrase_are_no_markup(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # union paper: the parser hangs "say" on "going"
        ("Majorities of nurses going to the picket line Monday say they would strike.",
         ("Majorities of nurses", "say", "they would strike")),
        # business page
        ("Majorities of union members in two plants going to vote Friday say they would accept the deal.",
         ("Majorities of union members in two plants", "say", "they would accept the deal")),
        # religion page
        ("Majorities of teachers in three districts going to the ballot box Thursday say they back the levy.",
         ("Majorities of teachers in three districts", "say", "they back the levy")),
    ],
)
def test_extract_claims_a_share_before_a_verb_the_parser_left_without_subject_speaks(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


def test_extract_claims_a_share_of_something_else_before_the_verb_is_no_speaker(nlp):
    # opinion page: "2 percent" is a rate, not people polled
    body = "He mocked the county's 2 percent vacancy figure, suggested that the true count was higher."
    assert [source for source, cue, _ in _reports(nlp, body) if cue == "suggested"] in ([], [None])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # metro paper: a memo the paper came by
        ("A memo obtained by the Tribune says the mayor knew of the leak.",
         ("A memo", "says", "the mayor knew of the leak")),
        # business page: a filing the paper reviewed
        ("The filing, reviewed by the Journal, says the firm hid its losses.",
         ("The filing", "says", "the firm hid its losses")),
        # wire: a letter reporters saw
        ("A letter seen by reporters said the embassy would close in March.",
         ("A letter", "said", "the embassy would close in March")),
    ],
)
def test_extract_claims_who_came_by_a_document_did_not_write_it(nlp, body, expected):
    assert _reports(nlp, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # news feature: an inverted tag whose subject the parser hangs the content's subject beside
        ("Much of the delay on the bridge, say inspectors like Ellen Ostrow, comes from the rusted cables.",
         ("Ellen Ostrow", ["Much of the delay on the bridge", "comes from the rusted cables"])),
        # analysis page: the name after "said" taken for the subject of the clause after the tag
        ("Any honest reading of the budget, said Ana Ruiz, an analyst at the Ledger Institute, would show a deficit.",
         ("Ana Ruiz", ["Any honest reading of the budget", "would show a deficit"])),
        # tabloid: a short subject and a passive after the tag
        ("The vote, said Gil Lee, was rigged.", ("Gil Lee", ["The vote", "was rigged"])),
    ],
)
def test_extract_claims_an_interrupting_tag_the_parse_left_unattached_reports_both_sides(nlp, body, expected):
    claimant, contents = expected
    found = _claims(nlp, body)
    assert [text for _, _, text in found] == contents
    assert all((name or "").endswith(claimant) for name, _, _ in found)


@pytest.mark.parametrize(
    "body",
    [
        # the words before the tag say when, not what
        "After the vote, she said.",
        # a participle opening the sentence is the occasion
        "Asked about the plan, she said.",
        # one word is an answer, not a content
        "Fine, Okafor said.",
    ],
)
def test_extract_claims_a_closing_tag_after_no_clause_reports_nothing(nlp, body):
    assert _claims(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Energy wire: the state is parsed as an apposition of the season; the regulators are urged.
        ("Last spring, Vermont, citing rising heating costs, urged federal regulators to scrap the pipeline fee.",
         ("Vermont", "urged", "federal regulators to scrap the pipeline fee")),
        # Regional paper: the questioner, with a phrase after her, is parsed as an apposition of the town.
        ("At a pancake breakfast in Flint, a retired teacher with two sons in the mills asked Walsh whether the pensions "
         "were safe.", ("a retired teacher with two sons in the mills", "asked", "whether the pensions were safe")),
        # Farm weekly: the same with a participle after the farmer, and a senator as the one asked.
        ("At the county fair in Ames, a hog farmer wearing a seed-company cap asked the senator whether the "
         "tariffs would end soon.", ("a hog farmer", "asked", "whether the tariffs would end soon")),
    ],
)
def test_extract_claims_a_subject_hung_on_an_opening_time_or_place_asks_not_the_one_asked(nlp, body, expected):
    assert _claims(nlp, body) == [expected]


def test_extract_claims_an_apposition_of_a_person_before_the_verb_is_no_fronted_subject(nlp):
    # Local paper: "members" hangs on Mr. Ruiz, a person, not on a time or place; the members'
    # names before the verb speak, not Mr. Ruiz.
    body = "Besides Mr. Ruiz, two council members, Ana Park and Joe Lin, have said they will vote no."
    assert [name for name, _, _ in _claims(nlp, body)] == ["Joe Lin"]


def _negations(nlp, body: str) -> list[tuple[str, str, bool]]:
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    resolved = resolve(extract(article, nlp(parse_text(article))))
    return [(c.claim.cue.text, c.claim.text, c.claim.negated) for c in resolved.claims]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire style: a denial of speech.
        ("Harbour commissioner Lena Vos did not say whether the ferry terminal would close.",
         ("say", "whether the ferry terminal would close", True)),
        # Broadsheet style: a contracted belief.
        ("Senator Odile Marchetti doesn't think the spending bill can pass before the recess.",
         ("think", "the spending bill can pass before the recess", True)),
        # Tabloid style: "never" with an intention.
        ("Striker Dele Amadi never wanted to leave the club before the cup final.",
         ("wanted", "to leave the club before the cup final", True)),
        # Regional style: the same report, not negated.
        ("County clerk Ruth Okoro said the ballots would be counted by Thursday.",
         ("said", "the ballots would be counted by Thursday", False)),
        # A subject that denies: wire, magazine and broadsheet styles.
        ("No poll released this month shows the governor leading in the suburbs.",
         ("shows", "the governor leading in the suburbs", True)),
        ("Neither candidate believes the debate will change many minds.",
         ("believes", "the debate will change many minds", True)),
        ("None of the aides said the memo was leaked.", ("said", "the memo was leaked", True)),
        # A negative word inside the content is the content's.
        ("The mayor said no decision had been made.", ("said", "no decision had been made", False)),
    ],
)
def test_extract_claims_a_negated_cue_marks_the_claim_negated(nlp, body, expected):
    assert expected in _negations(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A negation inside a modifier of the subject denies the modifier, not the report.
        ("A not-so-subtle critic of the levy, Raul Vega, said the ferry would stop running.",
         ("said", "the ferry would stop running", False)),
        # "No." is a number's abbreviation, not "no".
        ("The No. 2 Democrat in the assembly, Paula Diaz, said the budget would pass.",
         ("said", "the budget would pass", False)),
        # The negation on the subject's number still denies it.
        ("Not one senator said the budget would pass.", ("said", "the budget would pass", True)),
    ],
)
def test_extract_claims_only_the_subjects_own_negation_negates(nlp, body, expected):
    assert expected in _negations(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Broadsheet style: "did ... not" around the subject.
        ("But did the chancellor not argue last spring that the deficit would shrink on its own?",
         ("argue", "the deficit would shrink on its own", False)),
        # Magazine style: a contracted auxiliary opening the question.
        ("Hasn't the novelist always maintained that her first book was a failure?",
         ("maintained", "her first book was a failure", False)),
        # Regional style.
        ("Did the bishop not write in his letter that the parish would stay open?",
         ("write", "the parish would stay open", False)),
        # Tabloid style.
        ("Hasn't the coach admitted that his defense is too slow?", ("admitted", "his defense is too slow", False)),
    ],
)
def test_extract_claims_a_negative_yes_no_question_is_no_denial(nlp, body, expected):
    # The question expects the answer yes: the source did say it.
    assert expected in _negations(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire style: a question word asks why it was not said; it was not.
        ("Why didn't the transit authority say the line would close early?",
         ("say", "the line would close early?", True)),
        # Broadsheet style: a modal asks for a report that was not made.
        ("Couldn't the ministry have warned that the dam was failing?", ("warned", "the dam was failing", True)),
        # Regional style: a question word after "so"; the coach has not admitted it.
        ("So why hasn't Coach Ilse Brandt admitted that the tactics failed?",
         ("admitted", "the tactics failed", True)),
    ],
)
def test_extract_claims_a_why_or_modal_question_still_denies(nlp, body, expected):
    assert expected in _negations(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire style.
        ("The envoy did not merely suggest that talks could resume; he set a date.",
         ("suggest", "talks could resume", False)),
        # Regional style.
        ("The principal didn't just promise that the gym would reopen in May; she handed out the keys.",
         ("promise", "the gym would reopen in May", False)),
        # Magazine style.
        ("The chef has not simply claimed that the recipe is his grandmother's; he has published her notes.",
         ("claimed", "the recipe is his grandmother's", False)),
    ],
)
def test_extract_claims_not_just_adds_to_the_report(nlp, body, expected):
    # "did not just say ...": it was said, and more besides.
    assert expected in _negations(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Regional style.
        ("The council cannot just say that the pool is closed for good.",
         ("say", "the pool is closed for good", True)),
        # Tabloid style.
        ("The club's owner won't merely claim the stadium is sold out.", ("claim", "the stadium is sold out", True)),
        # Wire style.
        ("Officials can't simply argue that the levee held.", ("argue", "the levee held", True)),
    ],
)
def test_extract_claims_not_just_after_a_modal_still_denies(nlp, body, expected):
    # "cannot just say": a report that is not enough, so not made.
    assert expected in _negations(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # regional: a relative clause the parser hangs on a noun before a later place
        ("The widow recalled that after the funeral, the bank sent a clerk to her house who demanded the keys to "
         "the bakery.",
         ("The widow", "recalled",
          "after the funeral, the bank sent a clerk to her house who demanded the keys to the bakery")),
        # wire: a list whose later items the parser lists before the first
        ("The senator argued that no rival had campaigned with such zeal for cutting the fuel tax, the parking "
         "levy or the bridge tolls.",
         ("The senator", "argued",
          "no rival had campaigned with such zeal for cutting the fuel tax, the parking levy or the bridge tolls")),
        # campaign broadsheet
        ("Activists say that no minister had battled with more grit against selling the forests, the rivers or "
         "the coastline.",
         ("Activists", "say", "no minister had battled with more grit against selling the forests, the rivers or "
          "the coastline")),
    ],
)
def test_extract_claims_content_ends_at_its_last_word_in_the_text(nlp, body, expected):
    # The parse lists a subtree out of text order; the content still ends where the text does.
    assert expected in _reports(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # transport weekly: an aside on the last noun after a partial quote
        ('The firm said its driver was "fully trained" on the new buses, which the union claims are unsafe on '
         "icy hills.",
         ("The firm", "said", 'its driver was "fully trained" on the new buses')),
        # tabloid: the aside reports another claim of the speaker's
        ('Vance insists she is "a loyal backer" of the scheme for shared bus lanes, which she claimed would cut '
         "journey times for commuters.",
         ("Vance", "insists", 'she is "a loyal backer" of the scheme for shared bus lanes')),
        # sports column: the writer's own remark on the refusal
        ("Holm, in fairness, declined to criticise the linesman over the penalty, which the home crowd had begged "
         "him to do.",
         ("Holm", "declined", "to criticise the linesman over the penalty")),
    ],
)
def test_extract_claims_closing_aside_found_when_the_parse_lists_it_early(nlp, body, expected):
    # The aside is the text's last clause, wherever the parse lists it: it ends the content.
    assert expected in _reports(nlp, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: the tagger takes a lone surname at the start of a sentence for a common noun
        ("Mary Jones runs the county board. Jones knows the county must rethink its budget.",
         ("Mary Jones", "knows", "the county must rethink its budget")),
        # public broadcaster
        ("Senator Tom Harlan spoke on Monday. Harlan believes the ferry levy will pass before the summer recess.",
         ("Tom Harlan", "believes", "the ferry levy will pass before the summer recess")),
        # local paper
        ("Councillor Priya Natarajan voted no. Natarajan thinks the budget leaves the libraries short.",
         ("Priya Natarajan", "thinks", "the budget leaves the libraries short")),
    ],
)
def test_extract_claims_a_surname_the_article_gave_a_person_holds_a_view(nlp, body, expected):
    assert expected in _claims(nlp, body)


def test_extract_claims_a_lone_surname_never_named_in_full_holds_no_view(nlp):
    assert _claims(nlp, "Hale thinks the budget leaves the libraries short.") == []


@pytest.mark.parametrize(
    "body",
    [
        # arts page: "remains that" holds a view by no verb of the lists
        "Singer Bob Hope visited the hall. Hope remains that the talks will resume.",
        # energy desk
        "Ambassador Samantha Power visited Kyiv. Power shows that the grid is failing.",
        # business wire
        "Former secretary Tom Price spoke at the forum. Price shows that inflation is easing.",
    ],
)
def test_extract_claims_a_surname_holds_no_view_by_an_unlisted_verb_nor_shows_evidence(nlp, body):
    assert [claim for claim in _claims(nlp, body) if claim[1] in {"remains", "shows"}] == []
