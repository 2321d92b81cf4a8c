import pytest

from etl.clean import clean
from etl.extract import extract, parse_text
from etl.extract.attribution import source_of
from etl.extract.quotes import find_quote_spans, is_speech
from etl.records import RawArticle, Region
from etl.resolve import resolve


def _paragraphs(text: str) -> list[Region]:
    regions, start = [], 0
    for block in text.split("\n\n"):
        regions.append(Region("paragraph", start, start + len(block)))
        start += len(block) + 2
    return regions


def _spans(text: str) -> list[str]:
    return [text[s:e] for s, e in find_quote_spans(text, _paragraphs(text))]


def test_extract_quotes_straight_and_curly_marks():
    text = 'He said "one two three four," then \u201cfive six seven eight\u201d.'
    assert _spans(text) == ['"one two three four,"', "\u201cfive six seven eight\u201d"]


def test_extract_quotes_single_quotes_nested_inside():
    text = "\"Nobody can answer 'how long?' Too many,\" she said."
    assert _spans(text) == ["\"Nobody can answer 'how long?' Too many,\""]


def test_extract_quotes_run_over_paragraphs_when_reopened():
    text = '"First paragraph of speech.\n\n"Second paragraph," she said.'
    assert _spans(text) == [text[: text.index(",") + 2]]


def test_extract_quotes_unclosed_paragraph_ends_the_quote():
    text = '"Never closed here.\n\nNext paragraph.'
    assert _spans(text) == ['"Never closed here.']


@pytest.mark.parametrize(
    ("before", "quoted", "speech"),
    [
        ("his father, nicknamed the ", '"lion of the valley,"', False),
        ("author of ", '"The Long Road Home: A History of the War in the North."', False),
        ("the so-called ", '"peace deal"', False),
        ("", '"We will fight until the end of the winter,"', True),
        ("", '"They paved the way for the army all the way to Kabul,"', True),
    ],
)
def test_extract_quotes_classify_speech(before, quoted, speech):
    text = before + quoted
    assert is_speech(text, len(before), len(text)) is speech


def _speakers(nlp, body: str) -> list[tuple[str | None, str | None]]:
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    resolved = resolve(extract(article, nlp(parse_text(article))))
    names = {e.key: e.name for e in resolved.entities}
    return [(names.get(q.speaker_key), q.quote.cue.text if q.quote.cue else None) for q in resolved.quotes]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # local paper: a tag after the quote
        ('"We will rebuild the pier by summer," Mayor Ines Duarte was quick to say.', [("Ines Duarte", "say")]),
        # sports desk: a description
        ('"Nothing has been decided yet," the club chairman was careful to add.', [("the club chairman", "add")]),
        # wire: a tag before the quote
        ('Councillor Tom Reyes was quick to say: "The budget is balanced and the books are open."',
         [("Tom Reyes", "say")]),
    ],
)
def test_extract_quotes_speaker_of_an_adjective_saying_the_report_was_made(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"We will not surrender to anyone," Maria Lopez said.', [("Maria Lopez", "said")]),
        ('"The talks have failed completely," says John Carter.', [("John Carter", "says")]),
        ('Maria Lopez said: "We will not surrender to anyone at all."', [("Maria Lopez", "said")]),
        (
            'Maria Lopez spoke on Monday. "We will not surrender to anyone," she said.',
            [("Maria Lopez", "said")],
        ),
        (
            '"Nobody knows how long this can last," a former police officer told reporters.',
            [("a former police officer", "told")],
        ),
    ],
)
def test_extract_quotes_speaker_patterns(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # magazine: the tagger takes the surname after the quote for an adverb
        ("Bill Skelly joined the committee in 2014.\n\n"
         "\u201cHaving the voter file is valuable,\u201d said Skelly, who worked on two earlier campaigns.",
         [("Bill Skelly", "said")]),
        # local paper: a surname that is also a common noun
        ("The pastor, Gary Waters, opened the church to families after the fire. "
         "\u201cWe had nowhere else to send them,\u201d Waters said on Sunday.", [("Gary Waters", "said")]),
        # broadsheet: a rare surname the tagger knows nothing of
        ("Mira Swers teaches history at Georgetown. "
         "\u201cNo first lady has campaigned like this before,\u201d Swers said.", [("Mira Swers", "said")]),
        # magazine: a surname the parser hangs on the verb as a compound
        ("Pollster Anne Conway has advised the campaign since March.\n\n"
         '"Look at the letter the mayor sent after the storm," Conway notes. '
         '"It read very differently."',
         [("Anne Conway", "notes"), ("Anne Conway", "notes")]),
        # opinion page: a surname that is also a word
        ('Columnist George Will left the party in June.\n\n"He is not a conservative," Will writes.',
         [("George Will", "writes")]),
    ],
)
def test_extract_quotes_a_surname_the_article_gives_a_person_is_that_person(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet interview
        ('"Every pier in this town has been rebuilt," the soft-spoken, 64-year-old mayor said in an '
         "interview.", [("the soft-spoken, 64-year-old mayor", "said")]),
        # doubled quotation marks
        ("''We will appeal the ruling,'' the tall, gray-haired lawyer told reporters.",
         [("the tall, gray-haired lawyer", "told")]),
        # wire: a snippet of a pundit
        ("\u201cThe deal will not survive the summer,\u201d the blunt, 70-year-old strategist said.",
         [("the blunt, 70-year-old strategist", "said")]),
    ],
)
def test_extract_quotes_a_description_with_commas_between_its_words_speaks(nlp, body, expected):
    assert _speakers(nlp, body) == expected


def test_extract_quotes_pronoun_means_the_reporter_not_the_nearer_name(nlp):
    body = (
        "Peter Hall told reporters Anna Berg is confident that the team can win the final. "
        '"We will be ready by spring," he said.'
    )
    assert _speakers(nlp, body) == [("Peter Hall", "said")]


def test_extract_quotes_continuation_keeps_the_speaker(nlp):
    body = (
        'Peter Hall spoke to the press. "The river rose very fast overnight," he said.\n\n'
        '"We moved everyone to higher ground before dawn," he added.'
    )
    assert _speakers(nlp, body) == [("Peter Hall", "said"), ("Peter Hall", "added")]


def test_extract_byline_authors_are_persons(nlp):
    article = clean(RawArticle("t.txt", "A Test Headline\n\nBy Jane Roe March 3, 2024\n\nRain fell in Kabul.\n"))
    mentions = extract(article, nlp(parse_text(article))).mentions
    byline = [m for m in mentions if m.label == "byline"]
    assert [(m.text, article.text[m.start : m.end]) for m in byline] == [("Jane Roe", "Jane Roe")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Broadsheet (NYT house style): doubled apostrophes open and close.
        ("''This is not a budget,'' said Ms. Dale. ''It is a wish list.''",
         ["''This is not a budget,''", "''It is a wish list.''"]),
        # Typewriter style: two backticks open, two apostrophes close.
        ("``We are done here,'' the coach said.", ["``We are done here,''"]),
        # British tabloid: single curly quotes, apostrophes inside left alone.
        ("\u2018It\u2019s a scandal,\u2019 fumed the landlord\u2019s son.", ["\u2018It\u2019s a scandal,\u2019"]),
        # Public broadcaster: single quotes around speech, double ones nested inside.
        ("\u2018He told me \u201cgo home\u201d and left,\u2019 she said.",
         ["\u2018He told me \u201cgo home\u201d and left,\u2019"]),
        # European wire copy: guillemets and low-high marks.
        ("The minister said: \u00abWe will not pay this bill.\u00bb", ["\u00abWe will not pay this bill.\u00bb"]),
        ("The chancellor said: \u201eWe will manage this together.\u201c", ["\u201eWe will manage this together.\u201c"]),
        # Apostrophes typed as opening single marks, plural possessives: no quotes.
        ("The \u201890s were the voters\u2019 decade, Obama\u2018s too.", []),
    ],
)
def test_extract_quotes_every_mark_style(text, expected):
    assert _spans(text) == expected


def test_extract_quotes_reopened_paragraph_in_nyt_style():
    text = "''The first paragraph of the speech.\n\n''The second one,'' he said."
    assert _spans(text) == [text[: text.index(",") + 3]]


def _statements(nlp, body: str) -> list[tuple[str, str | None, str | None, int | None]]:
    """Each quote's text, speaker name, cue and fragment number."""
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    resolved = resolve(extract(article, nlp(parse_text(article))))
    names = {e.key: e.name for e in resolved.entities}
    return [
        (q.quote.text, names.get(q.speaker_key), q.quote.cue.text if q.quote.cue else None, q.quote.fragment)
        for q in resolved.quotes
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire: inverted subject with an appositive.
        ('"We are pleased," said Anna Berg, the council chair.', [('"We are pleased,"', "Anna Berg", "said", 1)]),
        # Tabloid: cue before the quote, after a comma.
        ('Burton said, "I love cats!"', [('"I love cats!"', "Burton", "said", 1)]),
        # Public broadcaster: single quotes, a described source.
        ("\u2018Absolutely not,\u2019 the minister told the BBC.",
         [("\u2018Absolutely not,\u2019", "the minister", "told", 1)]),
        # Broadsheet: NYT marks.
        ("''Not yet,'' said Marta Quill-Bauer, a former budget director.",
         [("''Not yet,''", "Marta Quill-Bauer", "said", 1)]),
        # Local daily: the quote right after its verb, no comma.
        ('As the crowd grew restless, Tom Okafor yelled "Stay there!" and left the stage.',
         [('"Stay there!"', "Tom Okafor", "yelled", 1)]),
        # Sports page: a one-word answer.
        ('Asked where the team would train next, coach Lena Marsh answered "Denver" with a grin.',
         [('"Denver"', "Lena Marsh", "answered", 1)]),
        # Political site: a chant reported by its verb.
        ('Outside the hall, Paul Reyes shouted "Recount now!" at the officials.',
         [('"Recount now!"', "Paul Reyes", "shouted", 1)]),
    ],
)
def test_extract_quotes_short_quote_with_a_cue_is_speech(nlp, body, expected):
    assert _statements(nlp, body) == expected


def test_extract_quotes_short_speaker_is_not_an_organization(nlp):
    article = clean(RawArticle("t.txt", 'A Test Headline\n\nBurton said, "I love cats!"\n'))
    resolved = resolve(extract(article, nlp(parse_text(article))))
    assert [(e.name, e.kind) for e in resolved.entities if e.name == "Burton"] == [("Burton", "person")]


@pytest.mark.parametrize(
    "body",
    [
        'The council called the plan a "done deal" on Monday.',
        'Critics dismissed the "reform," saying it changed nothing at all.',
        "The tabloid ran a story about the \u2018mystery man\u2019 of the village.",
    ],
)
def test_extract_quotes_scare_quotes_without_a_cue_stay_out(nlp, body):
    assert _statements(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire: the cue between two halves of one sentence.
        ('Peter Hall visited the town. "We will rebuild," he said, "and we will do it fast."',
         [('"We will rebuild,"', "Peter Hall", "said", 1),
          ('"and we will do it fast."', "Peter Hall", "said", 2)]),
        # Broadsheet: a one-word first fragment.
        ('"Fortunately," added Daley, "the levees held through the night."',
         [('"Fortunately,"', "Daley", "added", 1), ('"the levees held through the night."', "Daley", "added", 2)]),
        # Public broadcaster: the second fragment opens a new sentence after the attribution.
        ('"The river rose very fast," said Navy Cmdr. Anna Berg, the base commander. "We moved everyone out."',
         [('"The river rose very fast,"', "Anna Berg", "said", 1),
          ('"We moved everyone out."', "Anna Berg", "said", 2)]),
    ],
)
def test_extract_quotes_split_quote_is_one_statement(nlp, body, expected):
    assert _statements(nlp, body) == expected


def _quotes_and_claims(nlp, body: str) -> tuple[list[str], list[str]]:
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    extraction = extract(article, nlp(parse_text(article)))
    return [q.text for q in extraction.quotes], [c.text for c in extraction.claims]


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        # Wire: the source's own words end what the claim reports, after a colon.
        ('Ms. Reyes said the talks had been a "total failure" and that the union had made its choice: '
         '"We will stay on strike until the spring if we have to."',
         '"We will stay on strike until the spring if we have to."'),
        # Broadsheet: NYT marks, a phrase quoted before the words that end the claim.
        ("Mr. Ortega said the union's ''final offer'' had been rejected because ''nobody here wants a "
         "strike that lasts the whole winter.''", "''nobody here wants a strike that lasts the whole winter.''"),
        # Tabloid: curly marks, the quote closing a relative clause of the claim.
        ("The coach said his \u201cyoung lads\u201d had been let down by referees who were \u201cblind to every "
         "single foul my players suffered out there tonight.\u201d",
         "\u201cblind to every single foul my players suffered out there tonight.\u201d"),
    ],
)
def test_extract_quotes_inside_a_claim_without_a_cue_are_the_claims(nlp, body, quoted):
    quotes, claims = _quotes_and_claims(nlp, body)
    assert quotes == []
    assert len(claims) == 1 and claims[0].endswith(quoted)


def test_extract_quotes_inside_a_claim_with_a_cue_of_their_own_stay(nlp):
    body = 'Ms. Reyes said her neighbour told her, "We are not leaving this street without a fight."'
    quotes, _ = _quotes_and_claims(nlp, body)
    assert quotes == ['"We are not leaving this street without a fight."']


@pytest.mark.parametrize(
    "body",
    [
        '<tweet id="1" author="@janedoe" datetime="2016-06-29">Sanders said the rally was '
        '"the best night of the entire campaign"</tweet>.',
        '<tweet id="3" author="@newsdesk" datetime="2016-03-10">Officials said "the roads will stay '
        'closed until the storm passes"</tweet>',
        '<a href="https://example.org/x">Turner</a> said "the vote was rigged from the very start".',
    ],
)
def test_extract_quotes_markup_is_never_a_speaker(nlp, body):
    assert all(speaker is None or "<" not in speaker and ">" not in speaker
               for _, speaker, _, _ in _statements(nlp, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Tabloid: an abstract noun is not a speaker.
        ('"The brain cancer was found early," my reaction said.', None),
        # Broadsheet: nor is a reason.
        ('"Prices will rise again next year," the main reason said.', None),
        # Wire: rules do not speak.
        ('"Cars must be cleaner by the end of the decade," new emissions rules say.', None),
        # Described sources whose head can speak.
        ('"The bridge will stay shut for weeks," a ministry spokesman said.', "a ministry spokesman"),
        ('"We expect more rain tonight," officials told reporters.', "officials"),
        ('"We did not see this coming," the ministry said in a statement.', "the ministry"),
    ],
)
def test_extract_quotes_speaker_head_can_speak(nlp, body, expected):
    assert [speaker for _, speaker, _, _ in _statements(nlp, body)] == [expected]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Wire: name after the verb, title before it.
        ('"Nobody knows yet," said Sen. Elizabeth Warren on Monday.', "Elizabeth Warren"),
        # Broadsheet: a described source after the verb.
        ('"That is simply not true," added the senator.', "the senator"),
        # Public broadcaster: role, then the name in apposition.
        ('"We will rebuild the school," said the mayor, Anna Berg.', "Anna Berg"),
        # Tabloid: pronoun after the quote.
        ('Peter Hall was furious. "It is a disgrace," he said.', "Peter Hall"),
    ],
)
def test_extract_quotes_speaker_after_the_quote(nlp, body, speaker):
    assert [s for _, s, _, _ in _statements(nlp, body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Weekly: the parser hangs the name on the quote that ends with another name.
        ("\u201cYes, I support Anna Berg,\u201d Tom Reyes III, founder of the Harbor Institute, tells the Daily "
         "Ledger in an exclusive interview.", "Tom Reyes III"),
        # Tabloid: straight marks, the outlet after the verb.
        ('"I will vote for Maria Ortiz," Peter Hall, a retired teacher from Dayton, tells the Chronicle.',
         "Peter Hall"),
        # Broadsheet: doubled single marks and a suffix.
        ("''We trust Senator Lutz,'' James Park Jr., head of the farmers' union, tells Channel 4 News.",
         "James Park Jr."),
    ],
)
def test_extract_quotes_name_after_the_quote_speaks_not_the_outlet_told(nlp, body, speaker):
    assert [s for _, s, _, _ in _statements(nlp, body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Wire: straight marks, an age and a place after the name.
        ('"I should have sold the farm when the price was right," Mr. Holloway, now 79 and retired near '
         'Boise, Idaho, said on the phone last month.', "Holloway"),
        # Regional: curly marks, the paper told.
        ("\u201cWe ought to have fought the closure harder,\u201d Mrs. Lattimore, now 80 and retired outside "
         "Tulsa, Okla., told the Courier on Sunday.", "Lattimore"),
        # Tabloid: a manner after the verb.
        ("\u201cI could have sold the ranch for twice that,\u201d Mr. Pettibone, now 88 and retired on the coast, "
         "said with a laugh.", "Pettibone"),
        # Magazine: the speaker's regrets, then where he lives now.
        ('"We should have sold the shop before the rent went up," Mr. Abernathy, now 74 and retired near '
         'Flagstaff, Ariz., said over the phone on Monday.', "Abernathy"),
    ],
)
def test_extract_quotes_a_word_of_the_quote_never_speaks_it(nlp, body, speaker):
    assert [s for _, s, _, _ in _statements(nlp, body)] == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        # Broadsheet: "the message" is the subject of "was", not an inverted subject of "said".
        'One volunteer, speaking only by her first name, said the message was "keep the lights on '
        'until the thaw."',
        # Wire: the same with a plural.
        'Two aides, both of whom quit in March, said the talks were "going nowhere."',
        # Tabloid: a name after the verb that its own clause's verb follows.
        'A neighbor, who asked that her name be withheld, said Tom Reyes was "never home at night."',
    ],
)
def test_extract_quotes_subject_of_the_reported_clause_is_no_inverted_speaker(nlp, body):
    assert all(speaker not in {"the message", "the talks", "Tom Reyes"} for _, speaker, _, _ in _statements(nlp, body))


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Local paper: someone in a crowd.
        ('"Let him finish!" a heckler shouted from the back of the hall.', "a heckler"),
        # Broadsheet: the people around a named person.
        ('"He has not decided yet," Mr. Reyes\'s confidants say.', "Mr. Reyes's confidants"),
        # Court report: a lawyer by the word courts use.
        ('"This was an addiction of sorts," his defense counsel wrote in a court filing.', "his defense counsel"),
        # Business desk: a trade, and an employer.
        ('"Nobody told us anything," one trader said on the floor of the exchange.', "one trader"),
        ('"We will hire fifty people," the employer told the county board.', "the employer"),
    ],
)
def test_extract_quotes_people_described_by_what_they_do_speak(nlp, body, speaker):
    assert [s for _, s, _, _ in _statements(nlp, body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Cable-news site: the tagger takes the surname for a noun, and the host for the speaker.
        ('After the host asked him about the match, D\u2019Arcy replied, "If I were a gambler, I would back the visitors."',
         "D\u2019Arcy"),
        # Politics site: a surname alone after the quote.
        ('"It was not a good use of the money," O\u2019Donnell said.', "O\u2019Donnell"),
        # Wire, straight apostrophe.
        ('"We should have gone to the cities first," O\'Malley told reporters in Des Moines.', "O'Malley"),
    ],
)
def test_extract_quotes_a_surname_with_an_apostrophe_is_a_name(nlp, body, speaker):
    assert [s for _, s, _, _ in _statements(nlp, body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Foreign desk: social-media users.
        ('"This is the end of the party," one user wrote on the forum.', "one user"),
        # Opinion site: readers' comments.
        ('"Nobody believes that," another commenter said below the story.', "another commenter"),
        # Tabloid: a column speaks as a document does.
        ('"The council has failed the town," the column said.', "the column"),
    ],
)
def test_extract_quotes_users_commenters_and_columns_speak(nlp, body, speaker):
    assert [s for _, s, _, _ in _statements(nlp, body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Wire: the sentence's subject hands over a quote no reporting verb reports.
        ("Former governor Anna Berg is branding the new budget \u201ca reckless gamble with the pensions of every "
         "teacher in this state.\u201d", "Anna Berg"),
        # Broadsheet: a sentence ending with a colon introduces the next paragraph's quote.
        ("Peter Hall continued:\n\n\u201cNobody in this town has ever seen the river rise so fast.\u201d",
         "Peter Hall"),
        # Public broadcaster roundup: a name and a colon stand for the attribution.
        ("Polls are tightening - Maria Lopez: \u201cThe race is closer now than at any point this year.\u201d",
         "Maria Lopez"),
        # Tabloid: the quote's own "I" is not its source, and a plain paragraph introduces nothing.
        ("The match ended late.\n\n\u201cI have never felt so proud of this team in my whole life.\u201d", None),
    ],
)
def test_extract_quotes_without_a_cue_are_the_introducing_subjects(nlp, body, speaker):
    assert [s for _, s, _, _ in _statements(nlp, body)] == [speaker]




@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # Wire: place and agency before the dash, two speakers after it.
        ("DENVER (AP) \u2014 Mayor Ana Ruiz and Council President Tom Reyes pledged to fix the roads, aides said.",
         "Tom Reyes"),
        # Wire with a date: the organization after the dash speaks.
        ("DENVER, May 3 (UPI) \u2014 The Colorado Farm Bureau said it was sorry.",
         "The Colorado Farm Bureau"),
        # Agency style: en dash, title and name in apposition to the place.
        ("Lyon (AFP) \u2013 Vice President Ana Ruiz on Monday said the plan was wrong.", "Ana Ruiz"),
        # Public broadcaster: a place that opens the sentence without a dash still speaks.
        ("Russia said on Monday that the talks in Geneva had failed.", "Russia"),
    ],
)
def test_extract_dateline_is_not_the_source(nlp, sentence, source):
    doc = nlp(sentence)
    cue = next(token for token in doc if token.lemma_ in {"say", "pledge"})
    assert source_of(cue).text == source


def _source_of_cue(nlp, sentence: str, cue: str) -> str:
    """The text of the source of the first token written ``cue``."""
    token = next(t for t in nlp(sentence) if t.text == cue)
    return source_of(token).text


@pytest.mark.parametrize(
    ("sentence", "cue", "source"),
    [
        # Broadsheet: the words after a participle are its object, not an inverted subject.
        ("The minister has lately been urging bakers to cut the salt in bread.", "urging", "The minister"),
        # Wire: a participle modifying its subject.
        ("Peter Hall, speaking at a rally in Leeds, said the plan would fail.", "speaking", "Peter Hall"),
        # Tabloid: after a preposition the participle shares its clause's subject.
        ("Maria Lopez stunned fans by saying she would quit the band.", "saying", "Maria Lopez"),
        # Public broadcaster: an inverted subject after a finite verb still speaks.
        ("The river will rise again tonight, said forecaster John Carter.", "said", "John Carter"),
    ],
)
def test_extract_participle_shares_its_subject(nlp, sentence, cue, source):
    assert _source_of_cue(nlp, sentence, cue) == source


@pytest.mark.parametrize(
    ("sentence", "cue", "source"),
    [
        # Wire: the parser joins "arguing" to a verb of what "saying" reports.
        ("The senator hit back on Friday, saying that the levy had the right safeguards but was sunk by public "
         "distrust - and arguing that she and the governor agreed on almost every point.", "arguing", "The senator"),
        # Sports pages.
        ("The coach defended his squad after the loss, saying that the referee had missed two fouls and was "
         "rushed by the crowd, and insisting that the team \"deserved a draw.\"", "insisting", "The coach"),
        # Labour weekly: a participle after "with".
        ("Union leaders answered within hours, with Pat Doyle writing that the offer was an insult to nurses and "
         "demanding, \"Where is the money going?\"", "demanding", "Pat Doyle"),
    ],
)
def test_extract_a_closing_participle_goes_on_from_the_report_not_from_its_content(nlp, sentence, cue, source):
    assert _source_of_cue(nlp, sentence, cue) == source


@pytest.mark.parametrize(
    ("sentence", "cue", "source"),
    [
        # Wire: a relative clause on a phrase that sums up what the report says.
        ("The mayor said the bridge would reopen in May, a date that local shopkeepers doubt, pointing to months "
         "of delays.", "pointing", "local shopkeepers"),
        # Regional daily: a clause of time.
        ("Trouble started halfway through the budget hearing, when angry tenants stormed the podium, demanding "
         "\"Freeze the rents!\"", "demanding", "angry tenants"),
        # Tabloid: a clause of place.
        ("Senator Vance toured the flooded marina, where dozens of boat owners stood in the rain, yelling \"Where "
         "is the relief money?\"", "yelling", "dozens of boat owners"),
        # Trade magazine on an advertisement.
        ("Its latest spot opens on a kitchen in which two retirees sort through a stack of bills, complaining "
         "that nobody in the capital is listening.", "complaining", "two retirees"),
        # Sports pages: a clause that only says which of the verb's objects is no scene.
        ("The coach praised the drills that the younger players had designed, saying they had lifted the whole "
         "squad.", "saying", "The coach"),
    ],
)
def test_extract_a_closing_participle_after_a_clause_with_its_own_subject_is_that_subjects(nlp, sentence, cue,
                                                                                          source):
    assert _source_of_cue(nlp, sentence, cue) == source


@pytest.mark.parametrize(
    ("sentence", "cue", "source"),
    [
        # Regional daily: "saying" describes the letter the one prompted sends.
        ("The county board voted down the school levy on Tuesday, prompting Superintendent Carla Voss to send "
         "parents a letter saying classes would grow.", "saying", "Superintendent Carla Voss"),
        # Tabloid.
        ("The photos forced pop star Jaz Reede to declare she had never met the banker.", "declare", "Jaz Reede"),
        # Community paper: a group as the object.
        ("A string of burglaries on Elm Street moved residents to warn that patrols were too thin.", "warn",
         "residents"),
    ],
)
def test_extract_a_verb_in_to_is_its_objects_doing(nlp, sentence, cue, source):
    assert _source_of_cue(nlp, sentence, cue) == source


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Press release: the name hangs on "Prior to", the verb has no subject of its own.
        ("Prior to the press conference Secretary of Commerce William M. Daley, who oversees NOAA said "
         "\"The potential for economic catastrophe in coastal cities has increased dramatically.\"",
         "William M. Daley"),
        # Agency statement: the name in apposition after a fronted phrase, then a colon.
        ("WASHINGTON -- Following Tuesday's launch of the rocket and the capsule, John P. Holdren, Assistant to "
         "the President for Science, issued the following statement:\n\n"
         "\"Congratulations to the teams for this morning's successful launch from the coast.\"",
         "John P. Holdren"),
        # Tabloid: a name inside the relative clause is not the speaker.
        ("Ahead of the derby club legend Mark Tully, who played alongside Anna Berg said "
         "\"Nobody in this dressing room is afraid of them.\"", "Mark Tully"),
    ],
)
def test_extract_quotes_verb_without_subject_takes_the_name_before(nlp, body, speaker):
    assert [s for _, s, _, _ in _statements(nlp, body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Tabloid: a performer described by her trade.
        ('"I never wanted to leave the show," the actress told fans on Sunday.', "the actress"),
        # Wire: a company known by its business.
        ('"All passengers have been moved to later flights," the airline said.', "the airline"),
        # Broadsheet: a debate's moderator.
        ('"Please answer the question you were asked," the moderator said.', "the moderator"),
        # Public broadcaster: a businessman described by his fortune.
        ('"It was a very pleasant meeting," the gambling tycoon told reporters in Macau.', "the gambling tycoon"),
    ],
)
def test_extract_quotes_trades_and_companies_can_speak(nlp, body, speaker):
    assert [s for _, s, _, _ in _statements(nlp, body)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "cue", "source"),
    [
        # Wire: a fronted place the parser takes for a second subject.
        ("Speaking at a diner in Bangor, Maine, Okafor laid into Reyes, calling him a coward.",
         "calling", "Okafor"),
        # Broadsheet: a fronted city in a long opening phrase.
        ("At a rally outside the factory gates in Leeds, Yorkshire, Anna Berg said the plant would stay open.",
         "said", "Anna Berg"),
        # Public broadcaster: one subject, nothing to choose.
        ("The ministry said on Friday that the border would reopen.", "said", "The ministry"),
    ],
)
def test_extract_of_two_subjects_the_one_next_to_the_verb_speaks(nlp, sentence, cue, source):
    doc = nlp(sentence)
    assert source_of(next(t for t in doc if t.text == cue)).text == source


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # tabloid
        ('"Why should we wait any longer?" she asked.', [("she", "asked")]),
        # wire
        ('"Is this the best the city can do?" asked Tom Reed, a local farmer.', [("Tom Reed", "asked")]),
        # public broadcaster
        ('The mayor asked: "Will the minister resign over this?"', [("The mayor", "asked")]),
    ],
)
def test_extract_quotes_a_question_is_asked(nlp, body, expected):
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    quotes = extract(article, nlp(parse_text(article))).quotes
    assert [(q.source.text if q.source else None, q.cue.text if q.cue else None) for q in quotes] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # tabloid
        ('"Go home!" a man in the crowd yelled.', [("a man in the crowd", "yelled")]),
        # broadsheet
        ('"That is simply not true," the spokesman retorted.', [("the spokesman", "retorted")]),
        # public broadcaster
        ('"At least the buses run on time," the mayor joked.', [("the mayor", "joked")]),
    ],
)
def test_extract_quotes_shouted_and_joked_quotes_have_a_cue(nlp, body, expected):
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    quotes = extract(article, nlp(parse_text(article))).quotes
    assert [(q.source.text if q.source else None, q.cue.text if q.cue else None) for q in quotes] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Partisan web site: a phrase of the candidate's lifted into the writer's sentence.
        ("The senator has spent the week attacking the governor as \u201crotten to the core.\u201d", []),
        # Broadsheet: two phrases inside one sentence of the writer's.
        ('Mr. Hall, once the champion of "a fair deal for every farmer," now backs the "tough new quotas."', []),
        # Aggregator: a lower-case phrase closing the sentence.
        ("Critics of the plan fear it will only \u201cmake the housing shortage worse.\u201d", []),
        # A lower-case quote long enough to be a passage stays speech.
        ("The governor is describing the budget as \u201ca reckless gamble with the pensions of every teacher "
         "in this state.\u201d",
         ["\u201ca reckless gamble with the pensions of every teacher in this state.\u201d"]),
        # So does a short one a cue reports.
        ('Ms. Berg said the plan was "a reckless gamble with pensions."', ['"a reckless gamble with pensions."']),
    ],
)
def test_extract_quotes_short_phrase_without_a_cue_is_not_a_quote(nlp, body, expected):
    assert [text for text, _, _, _ in _statements(nlp, body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Magazine: a tag verb that reports nothing elsewhere; the quote after the tag goes on.
        ('"We will win this fight," Blackwell continued. "Then we will rebuild the party."',
         [('"We will win this fight,"', "Blackwell", "continued", 1),
          ('"Then we will rebuild the party."', "Blackwell", "continued", 2)]),
        # Wire: a question, then a capitalised speaker.
        ('The debate ran late. "Why would anyone vote for this plan?" Obama asked. "Nobody can tell me."',
         [('"Why would anyone vote for this plan?"', "Obama", "asked", 1),
          ('"Nobody can tell me."', "Obama", "asked", 2)]),
        # Tabloid: a described speaker.
        ('"Lyon will always be Lyon," an angry Moreau retaliated.',
         [('"Lyon will always be Lyon,"', "Moreau", "retaliated", 1)]),
    ],
)
def test_extract_quotes_any_verb_of_a_speech_tag_is_the_cue(nlp, body, expected):
    assert _statements(nlp, body) == expected


def test_extract_quotes_a_sentence_after_a_quote_is_no_speech_tag(nlp):
    body = '"Stop the count now, please!" The crowd cheered and the mayor left the hall.'
    assert [cue for _, _, cue, _ in _statements(nlp, body)] == [None]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire: a full stop typed where the comma belongs.
        ('Her campaign ran a new ad on Monday. "The race is close. Every vote counts." Garcia said.',
         [('"The race is close. Every vote counts."', "Garcia", "said", 1)]),
        # Tabloid: a tweet, then its author.
        ("The senator left the chamber early. \u201cNobody will stop this bill. We have the votes.\u201d"
         " Okafor tweeted.",
         [("\u201cNobody will stop this bill. We have the votes.\u201d", "Okafor", "tweeted", 1)]),
        # Broadsheet: doubled apostrophes.
        ("The council met again. ''We cannot wait another year.'' Mayor Ines Duarte said.",
         [("''We cannot wait another year.''", "Ines Duarte", "said", 1)]),
    ],
)
def test_extract_quotes_a_speech_tag_after_a_full_stop_is_the_cue(nlp, body, expected):
    assert _statements(nlp, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        'The team flew home. "It was a long day." Brown smiled.',
        'The team flew home. "It was a long day." Brown said the players would rest.',
        'The team flew home. "It was a long day." She also argued for hiring a new coach.',
    ],
)
def test_extract_quotes_a_sentence_after_a_quote_closed_by_a_full_stop_is_no_tag(nlp, body):
    assert [cue for _, _, cue, _ in _statements(nlp, body)] == [None]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Tabloid.
        ('Asked about the complaints, the landlord shrugged. "They grumble," Varga said. "Everybody grumbles, right?"',
         [('"They grumble,"', "Varga", "said", 1), ('"Everybody grumbles, right?"', "Varga", "said", 2)]),
        # Wire.
        ('"We are ready," said General Amir Haddad. "Fully."',
         [('"We are ready,"', "Amir Haddad", "said", 1), ('"Fully."', "Amir Haddad", "said", 2)]),
        # Broadsheet.
        ("''The count was close,'' said Mayor Ana Diaz of Tampa. ''Too close.''",
         [("''The count was close,''", "Ana Diaz", "said", 1), ("''Too close.''", "Ana Diaz", "said", 2)]),
    ],
)
def test_extract_quotes_a_short_quote_going_on_after_the_tag_is_speech(nlp, body, expected):
    assert _statements(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire: a participle telling how the speaker spoke.
        ('"The pumps failed twice before noon," said an engineer at the waterworks, speaking over the roar of '
         'the generators. "Nobody upstairs would listen."',
         [('"The pumps failed twice before noon,"', "an engineer at the waterworks", "said", 1),
          ('"Nobody upstairs would listen."', "an engineer at the waterworks", "said", 2)]),
        # Regional: a clause on when the words were said.
        ('"We counted every ballot by hand," Councilwoman Rita Okonjo said after being asked about the delay. '
         '"It took us four nights."',
         [('"We counted every ballot by hand,"', "Councilwoman Rita Okonjo", "said", 1),
          ('"It took us four nights."', "Councilwoman Rita Okonjo", "said", 2)]),
        # Tabloid: a relative clause on the speaker.
        ('"That bridge is a death trap," said Tom Fenwick, a retired welder who wrote to the county about the '
         'cracks last spring. "Somebody is going to get hurt."',
         [('"That bridge is a death trap,"', "Tom Fenwick", "said", 1),
          ('"Somebody is going to get hurt."', "Tom Fenwick", "said", 2)]),
        # Broadsheet, doubled apostrophes.
        ("''It was a long night for everyone,'' said the mayor's deputy, Ines Calloway, who spoke outside City Hall "
         "after the tally. ''But the numbers held.''",
         [("''It was a long night for everyone,''", "Ines Calloway", "said", 1),
          ("''But the numbers held.''", "Ines Calloway", "said", 2)]),
    ],
)
def test_extract_quotes_a_report_under_the_tag_does_not_take_the_next_quote(nlp, body, expected):
    assert _statements(nlp, body) == expected


def test_extract_quotes_a_title_after_the_tag_does_not_go_on(nlp):
    body = '"My books are open to anyone," Okafor said on "Face the Nation."'
    assert [text for text, _, _, _ in _statements(nlp, body)] == ['"My books are open to anyone,"']


@pytest.mark.parametrize(
    "quoted",
    [
        # Television listings: short function words stay lower case.
        '"Orange Is the New Black"',
        # Talk radio.
        '"Midday with Charlie Sykes,"',
        # Film page, with a number.
        '"Sharknado 3: Oh Hell No!"',
    ],
)
def test_extract_quotes_a_title_in_title_case_is_not_speech(quoted):
    text = "She appeared on " + quoted
    assert is_speech(text, len("She appeared on "), len(text)) is False


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire: the tag ends its paragraph; the next paragraph opens with the rest.
        ('"The process was rigged from the start," King said.\n\n"Nobody will believe the result now."',
         [("said", 1), ("said", 2)]),
        # Broadsheet: a longer tag.
        ('"We will appeal," said Mayor Ana Ortiz of Tampa, speaking after the vote.\n\n'
         '"This is not over, and the council knows it."', [("said", 1), ("said", 2)]),
        # Tabloid: a title inside the tag does not part the two quotes of one paragraph.
        ('"I could hardly hear the question," Ruiz told WGN\'s "Morning Desk" on Monday. "The sound was terrible."',
         [("told", 1), ("told", 2)]),
    ],
)
def test_extract_quotes_a_quote_after_its_tag_goes_on(nlp, body, expected):
    assert [(cue, fragment) for _, _, cue, fragment in _statements(nlp, body)] == expected


def test_extract_quotes_a_paragraph_after_another_sentence_starts_afresh(nlp):
    body = ('"The process was rigged from the start," King said. He left the hall soon after.\n\n'
            '"Nobody will believe the result now."')
    assert [(cue, fragment) for _, _, cue, fragment in _statements(nlp, body)] == [("said", 1), (None, None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire, military
        ('\u201cThe base is secure,\u201d Lt. Col. Dana Reyes told reporters.', [("Dana Reyes", "told")]),
        # local paper, police
        ('"Move out," Sgt. Ray Cole told his squad.', [("Ray Cole", "told")]),
        # political magazine, a name's suffix
        (
            '\u201cI like the plan,\u201d Henry Ford Sr., a donor from Miami, told Politico in an interview.',
            [("Henry Ford Sr.", "told")],
        ),
    ],
)
def test_extract_quotes_abbreviated_title_or_suffix_does_not_end_the_sentence(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # European wire copy in English
        ("\u00abWe will never give up,\u00bb said Emmanuel Macron.", [("Emmanuel Macron", "said")]),
        # a correspondent's report, the speaker described after the name
        (
            "\u00abNous allons gagner,\u00bb said Marine Le Pen, the party leader.",
            [("Marine Le Pen", "said")],
        ),
        # a broadcaster's website
        ("\u00abThis is a historic day,\u00bb declared Olaf Scholz.", [("Olaf Scholz", "declared")]),
    ],
)
def test_extract_quotes_a_closing_guillemet_is_never_the_subject(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire
        ('"We will rebuild," vowed the mayor.', [("the mayor", "vowed")]),
        # tabloid
        ('"Is this a joke?" fumed the coach.', [("the coach", "fumed")]),
        # broadsheet
        ('"Not on my watch," countered Senator Ruth Hale.', [("Ruth Hale", "countered")]),
    ],
)
def test_extract_quotes_any_verb_of_an_inverted_speech_tag_is_the_cue(nlp, body, expected):
    assert _speakers(nlp, body) == expected


def test_extract_quotes_a_verb_going_on_after_a_quote_in_mid_sentence_is_no_tag(nlp):
    body = "The senator declares \u2018victory,\u2019 ignores the polls and heads to Ohio."
    assert all(cue != "ignores" for _, cue in _speakers(nlp, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # broadsheet
        (
            'Senator Ruth Hale spoke first.\n\n"We will not cave," she said.\n\n'
            'Her colleague, Tom Burke, disagreed. "This is a mistake," he said.',
            [("Ruth Hale", "said"), ("Tom Burke", "said")],
        ),
        # local paper
        (
            'Anna Berg chaired the meeting.\n\n"We need more time," she said.\n\n'
            'The treasurer, Peter Hall, objected. "The money is gone," he said.',
            [("Anna Berg", "said"), ("Peter Hall", "said")],
        ),
        # community news site
        (
            'Maria Lopez opened the session.\n\n"Welcome," she said.\n\n'
            'Its newest member, Dana Cruz, was sworn in. "I am honored," she said.',
            [("Maria Lopez", "said"), ("Dana Cruz", "said")],
        ),
    ],
)
def test_extract_quotes_a_pronoun_after_a_subject_named_in_apposition_means_that_name(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # regional paper
        (
            'Maria Ortiz runs a shelter in El Paso. "We are full every night," the 52-year-old said.',
            [("Maria Ortiz", "said")],
        ),
        # tabloid
        (
            'Kim Lee, a nurse, lost her job in May. "I have nothing left," said the 29-year-old.',
            [("Kim Lee", "said")],
        ),
        # court report
        (
            'Tom Reed was arrested in 2019. "I was never there," the 34-year-old told the court.',
            [("Tom Reed", "told")],
        ),
    ],
)
def test_extract_quotes_the_n_year_old_is_the_person_named_before(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"We found nothing," Det. John Smith said.', [("John Smith", "said")]),
        ('"The road is closed," Supt. Mary Cole said.', [("Mary Cole", "said")]),
        ('"No comment," Insp. Raj Patel told reporters.', [("Raj Patel", "told")]),
    ],
)
def test_extract_quotes_police_ranks_abbreviated(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        'The mayor said <a href="https://example.com/plan">the plan</a> would cut costs by half.',
        'Read the <span class="note">full report</span> on the city\'s website.',
        'The council voted 5-2.<img alt="the council chamber" src="chamber.jpg">',
    ],
)
def test_extract_quotes_quotation_marks_inside_markup_quote_nothing(nlp, body):
    assert _speakers(nlp, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # convention coverage: a tag that says when the words were spoken
        ('"We won this state!" Senator Jane Moss said as she opened the convention.', [("Jane Moss", "said")]),
        # court reporting: when and where
        ('"Is this fair?" the lawyer asked on Monday in a court filing.', [("the lawyer", "asked")]),
        # local paper: where
        ('"Shame on you!" Mayor Tom Reed shouted outside City Hall.', [("Tom Reed", "shouted")]),
    ],
)
def test_extract_quotes_a_speech_tag_may_say_when_and_where(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a question, the tag naming those asked
        ('"Who is paying for the new roof?" Ivers asked reporters outside the depot on Friday.',
         [("Ivers", "asked")]),
        # tabloid: a cry to a team
        ('"Get back to work, all of you!" Coach Malloy told his players at halftime.', [("Malloy", "told")]),
        # broadsheet: a listener, then how it was asked
        ('"Is this really what the town wants?" Mr. Brennan asked the crowd, gesturing toward the empty '
         'lot behind the library.', [("Brennan", "asked")]),
        # regional paper: a public meeting
        ('"Why did nobody warn us?" Hazel Okafor asked the council on Tuesday night.', [("Hazel Okafor", "asked")]),
    ],
)
def test_extract_quotes_a_speech_tag_may_name_its_listener(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # sports page
        '"We lost!" Moss said the deal was off.',
        # local paper: a listener, then a clause
        '"No way!" Coach Dan Reyes told reporters the team would appeal.',
        # politics desk
        '"Never!" Senator Ruth Hale argued the bill was dead.',
        # opinion page: an object after a verb that reports nothing is no listener
        '"Was the new stadium worth the money?" Two auditors used it in their report on waste.',
    ],
)
def test_extract_quotes_a_tag_with_content_of_its_own_is_no_tag(nlp, body):
    assert all(cue is None for _, cue in _speakers(nlp, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Tabloid: the verb after the quote runs on into a clause of its own.
        ('"We have been good friends for years," he insisted the two had never spoken in private.',
         [('"We have been good friends for years,"', None, None)]),
        # Political site: "said" and the clause it reports, no comma between.
        ('"The budget is a disgrace to this town," Smith said the council would vote against it.',
         [('"The budget is a disgrace to this town,"', None, None)]),
        # Broadsheet, NYT marks: "that" opening the clause.
        ("''Nobody here wants another long strike,'' Ms. Hale argued that the union had already won.",
         [("''Nobody here wants another long strike,''", None, None)]),
        # Wire: a comma after the verb keeps it a tag that splits the quote.
        ('"Only you," she said, "would do such a thing."',
         [('"Only you,"', "said", 1), ('"would do such a thing."', "said", 2)]),
        # Local daily: a verb before its subject is a tag, whatever follows.
        ("''I was never much good at sums,'' said Robin Hale, half smiling.",
         [("''I was never much good at sums,''", "said", 1)]),
    ],
)
def test_extract_quotes_a_tag_running_on_into_its_own_clause_does_not_cue_the_quote(nlp, body, expected):
    assert _cues(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # tabloid: the parser makes the quote's only word the verb's subject
        ('"Enough!" shouted Mayor Tom Reed.', [("Tom Reed", "shouted")]),
        # local paper, a described speaker
        ('"Enough!" shouted a protester.', [("a protester", "shouted")]),
        # broadsheet, NYT-style marks
        ("''Never!'' thundered Senator Ruth Hale.", [("Ruth Hale", "thundered")]),
    ],
)
def test_extract_quotes_a_word_of_the_quote_is_never_the_subject_of_its_tag(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: the subject ends where a clause of its own begins
        ('"It is treason," said voter Dan Reyes when asked about Senator Lee.', [("Dan Reyes", "said")]),
        # broadsheet
        ('"We are done," said Mayor Ana Ruiz as she left the office of Governor Tim Hale.', [("Ana Ruiz", "said")]),
        # military reporting
        ('"It is over," said Gen. Mark Hale after meeting President Obama.', [("Mark Hale", "said")]),
    ],
)
def test_extract_quotes_an_inverted_subject_ends_at_a_clause(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # court reporting: the parser takes the participle for a clause of its own
        ('"It was a fair trial," said presiding Judge Ann Lutz.', [("Ann Lutz", "said")]),
        # campus paper
        ('"It is a good day," said visiting Professor Dana Reyes.', [("Dana Reyes", "said")]),
        # labour beat
        ('"We won," said striking worker Dan Reyes.', [("Dan Reyes", "said")]),
    ],
)
def test_extract_quotes_a_participle_opening_an_inverted_subject_describes_it(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # business wire
        '"What were they thinking?" Ruiz said of the firm in May. Later, she vowed to make it "pay every cent."',
        # sports page
        '"We were robbed," the coach said after the game. The team then flew home, "tired and angry."',
        # politics blog
        '"This is a disgrace," Ms. Vance said. Her rival called the remark "a cheap shot" on Twitter.',
    ],
)
def test_extract_quotes_a_sentence_of_the_writer_after_the_tag_ends_the_statement(nlp, body):
    fragments = [fragment for _, _, cue, fragment in _statements(nlp, body) if cue is not None]
    assert fragments.count(2) == 0


@pytest.mark.parametrize(
    "body",
    [
        # political daily
        '"I do not think it is now or never," he said outside the gym. But "Her campaign is stronger with '
        'the backing of the biggest union in the county. It helps."',
        # wire
        '"We will not sign," she said on Friday. And "Nobody in this government can make us sign it, not now and '
        'not ever."',
        # magazine
        '"It was a mistake," Reyes said later. Still, "I would do it all again if the club asked me to."',
    ],
)
def test_extract_quotes_a_quote_joined_to_the_tag_by_a_conjunction_goes_on(nlp, body):
    assert [fragment for _, _, _, fragment in _statements(nlp, body)] == [1, 2]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # sports page: the report before has an object of its own
        ('Coach Mara Lindqvist praised the young goalkeeper after the final whistle. "She saved us three or four '
         'times tonight."', [("Mara Lindqvist", "praised", 1)]),
        # politics desk: the report before has a clause of its own
        ('Senator Ruth Hale said the plan was dead. "Nobody will vote for it now, not even my own party."',
         [("Ruth Hale", "said", 1)]),
        # business wire
        ('The company announced a recall on Friday. "We apologize to every customer who was affected."',
         [("The company", "announced", 1)]),
        # regional daily: the claim's report after its content
        ('The new pier is a waste of money, Harbor Commissioner Lena Voss said on Thursday. "Nobody asked the '
         'fishermen what they needed."', [("Lena Voss", "said", 1)]),
        # magazine: a claim whose report is a participle
        ('Kowalczyk spent an hour on the porch, insisting that the orchard would survive the frost. "These trees '
         'have seen worse winters than this one."', [("Kowalczyk", "insisting", 1)]),
        # tabloid
        ('Jonny Baptiste, the striker, admitted he had thought about quitting the club in March. "I was in a dark '
         'place for weeks and weeks."', [("Jonny Baptiste", "admitted", 1)]),
    ],
)
def test_extract_quotes_a_quote_after_a_speech_claim_goes_on_with_its_statement(nlp, body, expected):
    """The report before has content of its own, a claim; the quote that opens the next sentence is no
    content of that report's, but the rest of the statement the claim begins: it shares the claim's cue."""
    assert [(speaker, cue, fragment) for _, speaker, cue, fragment in _statements(nlp, body)] == expected


@pytest.mark.parametrize(
    "body",
    [
        # wire: a paragraph break before the quote
        'Senator Ruth Hale said the plan was dead.\n\n"Nobody will vote for it now, not even my own party."',
        # broadsheet: a sentence of the writer's between
        'Senator Ruth Hale said the plan was dead. Her aides left the room in silence. "Nobody will vote for it '
        'now, not even my own party."',
        # regional: a claim that is no speech
        'The town plans to rebuild the bridge by the spring. "It will cost far more than anyone has been told."',
    ],
)
def test_extract_quotes_a_quote_after_a_paragraph_break_a_sentence_or_another_claim_starts_afresh(nlp, body):
    assert [cue for _, _, cue, _ in _statements(nlp, body)] == [None]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wire: a conjunction between the two quotes
        ('Hospital director Amal Farouk said that "every bed on the ward is taken" and "we are turning people '
         'away at the door."', [("said", 1), ("said", 2)]),
        # broadsheet, NYT marks: two words between
        ("''Nobody warned the tenants,'' said Gloria Pike, who runs the food bank. ''The landlord knew for months'' "
         "yet never ''sent a single letter to any of them.''", [("said", 1), ("said", 2), ("said", 3)]),
        # lifestyle magazine, curly marks: "because"
        ("The chef insists the menu \u201cwill never include frozen fish\u201d because \u201cour regulars can "
         "taste the difference at once.\u201d", [("insists", 1), ("insists", 2)]),
    ],
)
def test_extract_quotes_a_quote_joined_to_the_last_in_its_sentence_goes_on(nlp, body, expected):
    assert [(cue, fragment) for _, _, cue, fragment in _statements(nlp, body)] == expected


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ('Asked about the plan, he responded. "To enter the city, you need a permit."', "responded"),
        ('She explained her decision: "We could not wait any longer for the council."', "explained"),
        ('The minister told reporters: "The border stays closed until further notice."', "told"),
    ],
)
def test_extract_quotes_a_report_leading_into_the_quote_cues_it(nlp, body, cue):
    assert [c for _, _, c, _ in _statements(nlp, body)] == [cue]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # city desk: the listeners are the object
        ('Mayor Jane Doe told reporters on Tuesday. "We are broke and the city cannot pay its bills."', "Jane Doe"),
        # wire interview: a news agency listens
        ('Senator Tom Reed told the Associated Press in an interview. "I will not vote for this bill, period."',
         "Tom Reed"),
        # cable recap: a broadcaster listens
        ('Governor Ann Lutz told CNN. "Nobody in this state wants higher taxes, and I will veto them."', "Ann Lutz"),
    ],
)
def test_extract_quotes_a_report_to_a_listener_cues_the_next_sentences_quote(nlp, body, speaker):
    ((_, found_speaker, cue, _),) = _statements(nlp, body)
    assert (found_speaker, cue) == (speaker, "told")


def _cues(nlp, body: str) -> list[tuple[str, str | None, int | None]]:
    """Each quote's text, cue and fragment number, before resolution."""
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}\n"))
    quotes = extract(article, nlp(parse_text(article))).quotes
    return [(q.text, q.cue.text if q.cue else None, q.fragment) for q in quotes]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire: a participle after the quote goes on to words of its own.
        ('The mayor warned "we are not out of the woods yet," before predicting that the river would fall by '
         'Friday.',
         [('"we are not out of the woods yet,"', "warned", 1)]),
        # Broadcaster: the verb before each quote reports it; "adding" reports the second.
        ('On Sunday she stated, "The budget is balanced for the first time in years," adding, "We will keep it '
         'that way."',
         [('"The budget is balanced for the first time in years,"', "stated", 1),
          ('"We will keep it that way."', "adding", 1)]),
        # Sports page: a verb coordinated with the one before the quote reports its own object.
        ('Coach Lena Marsh bragged about her bench - "deeper than anyone knows" - and stressed the '
         'need for rest.',
         [('"deeper than anyone knows"', "bragged", 1)]),
        # Broadsheet, NYT marks.
        ("Mr. Hale said of the vote, ''I am not surprised at all,'' adding that ''the count was fair and open.''",
         [("''I am not surprised at all,''", "said", 1), ("''the count was fair and open.''", "adding", 1)]),
    ],
)
def test_extract_quotes_a_later_report_of_the_same_speaker_is_no_tag(nlp, body, expected):
    assert _cues(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire: a report in the clause before gives way to the verb that leads into the quote.
        ('When the senator suggested the tax would pass, the governor fired back: "It will never get through this '
         'chamber."', [('"It will never get through this chamber."', "fired", 1)]),
        # Broadsheet: the lead-in is a relative clause.
        ('The mayor praised the plan, to which Ms. Ortiz interjected: "We have not seen the costs yet."',
         [('"We have not seen the costs yet."', "interjected", 1)]),
        # Sports page: a particle and where it was said.
        ('Moments later the coach shot back on the radio: "Nobody here is giving up on this season."',
         [('"Nobody here is giving up on this season."', "shot", 1)]),
        # NYT marks, an organization.
        ("Asked about the delay, the ministry hit back in a statement: ''The contractor alone is to blame for it.''",
         [("''The contractor alone is to blame for it.''", "hit", 1)]),
        # A clause about a thing is no lead-in.
        ('The senator has since apologized for the delay: "I was wrong, and I am sorry for it."',
         [('"I was wrong, and I am sorry for it."', None, None)]),
        ('She shared a post from her aide that read: "The budget vote is a win for every family here."',
         [('"The budget vote is a win for every family here."', None, None)]),
        # A clause that a report holds is no lead-in: the quote is part of what was said.
        ('She said the motto was her own idea: "Shop local, eat local, stay local."',
         [('"Shop local, eat local, stay local."', "said", 1)]),
    ],
)
def test_extract_quotes_a_clause_leading_in_with_a_colon_is_the_tag(nlp, body, expected):
    assert _cues(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire: the parser hangs the lead-in under the quote, whose own verb is the sentence's root;
        # the subject of the clause of time before it is not the speaker.
        ("Once Governor Lena Piatt faulted the union during a forum, Marta Gruen shot back, \u201cMaybe staying quiet "
         "looked wiser, yet silence never fixed a single classroom.\u201d",
         [("Marta Gruen", "shot")]),
        # Cable-news recap: the host of the question before is not the speaker either.
        ('When the host raised the tax plan, Kellerman shot back, "Senator Voss drafted every page of it. Ask her '
         'donors how they like it."', [("Kellerman", "shot")]),
        # Broadsheet, NYT marks.
        ("Beside the fairground gates, Jo Ann Pettibone cracked, ''Call me stubborn, fine. Stubborn people "
         "finish what they start.''", [("Jo Ann Pettibone", "cracked")]),
        # Statehouse blog: where it was said after the verb.
        ('Ducking into the caucus room, Senator Wade Ambler waved toward the cameras, "Nothing gets decided before '
         'the recess."', [("Wade Ambler", "waved")]),
        # Weekly column: an aside joined on with "and" leads into nothing; the report before it does.
        ('Small wonder the mayor Orrin Tave said, and we swear, "We adore the potholes on Elm Street."',
         [("Orrin Tave", "said")]),
    ],
)
def test_extract_quotes_a_clause_leading_in_with_a_comma_is_the_tag(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # A clause of time before the quote is no lead-in.
        'When Sheriff Abel Conti stood up, "Lock him up, lock him up, lock him up" rang out from the back of the hall.',
        # Nor a clause going on into a phrase of the writer's sentence.
        'The senator voted no, "on principle," and left the chamber before the count.',
    ],
)
def test_extract_quotes_a_comma_after_another_clause_leads_into_no_quote(nlp, body):
    assert all(speaker is None for speaker, _ in _speakers(nlp, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire: "called" (on the phone) ends its sentence; the quote after it is speech.
        ('Late on Friday the senator called. "I have never seen anything like it in thirty years," she said.',
         [('"I have never seen anything like it in thirty years,"', "said", 1)]),
        # Local daily: a book named in the sentence before.
        ('The mayor wrote about the flood in his book. "We lost everything that spring," he said.',
         [('"We lost everything that spring,"', "said", 1)]),
        # Broadsheet, NYT marks: a colon after "report" introduces its words, not its title.
        ("Critics singled out one line of the report: ''Most of the bridges in the county need urgent repair,'' "
         "the engineers wrote.", [("''Most of the bridges in the county need urgent repair,''", "wrote", 1)]),
        # A name in the same clause stays a name.
        ('The film was dubbed "the worst movie of the decade" by critics.', []),
    ],
)
def test_extract_quotes_a_naming_word_only_names_within_its_clause(nlp, body, expected):
    assert _cues(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Wire: questions in a row after one lead-in.
        ('Reporters shouted at the senator: "Will you resign today?" "When did you first know about it?"',
         [('"Will you resign today?"', "shouted", 1), ('"When did you first know about it?"', "shouted", 2)]),
        # Sports page: chants.
        ('The fans kept chanting "We want a new coach!" "Fire the owner now!" until the game ended.',
         [('"We want a new coach!"', "chanting", 1), ('"Fire the owner now!"', "chanting", 2)]),
        # Broadsheet, NYT marks: a list of slogans.
        ("Ms. Diaz repeated her demands at every stop, ''Clean water for every home,'' ''Safe roads for our kids,'' "
         "and ''Open schools.''",
         [("''Clean water for every home,''", "repeated", 1), ("''Safe roads for our kids,''", "repeated", 2)]),
    ],
)
def test_extract_quotes_quotes_in_a_row_are_one_statement(nlp, body, expected):
    assert _cues(nlp, body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Political site: an opening mark typed to close a question before its tag.
        ("\u201cAre you coming with us tonight?\u201c he asked. \u201cNo,\u201d she said.",
         ["\u201cAre you coming with us tonight?\u201c", "\u201cNo,\u201d"]),
        # Blog: a quoted phrase in the writer's sentence.
        ("The agency ordered an \u201cexpedited review\u201c of the pipes, and \u201ca full audit.\u201d",
         ["\u201cexpedited review\u201c", "\u201ca full audit.\u201d"]),
        # Wire: before an inverted tag, and a paragraph after it.
        ("\u201cIt is unusual,\u201c said Larry Noble, a lawyer.\n\n\u201cVery unusual.\u201d",
         ["\u201cIt is unusual,\u201c", "\u201cVery unusual.\u201d"]),
    ],
)
def test_extract_quotes_an_opening_mark_typed_for_a_closing_one_closes(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Broadsheet, NYT marks: "as" read as a preposition, an appositive between.
        ("Or, as Maria Ortega, a former transport minister, put it: ''The trains will not run on promises "
         "alone.''", [("Maria Ortega", "put")]),
        # Blog: present tense and a comma.
        ("As the columnist Jane Wells puts it, \u201cNobody in this town reads the budget, not even the "
         "council.\u201d", [("Jane Wells", "puts")]),
        # Wire: the quote before "as ... put it".
        ('"A late deal is still better than no deal at all," as Omar Haddad, an economist at the bank, put it.',
         [("Omar Haddad", "put")]),
        # "put it" without "as" reports nothing: the tag after the quote does.
        ("Mr. Ortiz put it on the table. ''We will close the plant by March,'' said Dana Hill, a spokeswoman.",
         [("Dana Hill", "said")]),
    ],
)
def test_extract_quotes_as_someone_put_it_reports_the_quote(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Fact check: the claim, then the speaker on a line of its own.
        ('"Property taxes in this county have doubled in six years."\n\n- Tom Alvarez.\n\n'
         "The commissioner uses old figures.", [("Tom Alvarez", None)]),
        # Convention notebook: a title and how it was said.
        ('"Strong finish tonight. The bill is ready. The votes are there."\n\n'
         "-Sen. Maria Lopez, tweeting after the vote.", [("Maria Lopez", None)]),
        # Letters page, em dash: a reader and her town.
        ("\u201cThe library hours need to go back to what they were before the cuts.\u201d\n\n"
         "\u2014 Karen Doyle, Dayton.", [("Karen Doyle", None)]),
        # A sentence about someone after a dash signs nothing.
        ('"We need to fix the roads before winter comes again to this town."\n\n'
         "\u2014 Dana Hill is a columnist for the paper.", [(None, None)]),
    ],
)
def test_extract_quotes_a_dash_line_under_the_quote_signs_it(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Transit survey round-up: the dash glued to a name NER does not know.
        ("\u201cBring back the evening buses. Half of us work late shifts downtown.\u201d\n\n"
         "-Deshawn Pruitt, answering the transit survey.", [("Deshawn Pruitt", None)]),
        # Farm weekly: the name alone, with a full stop.
        ('"Corn growers around Millbrook still await a fair price after the drought."\n\n-Wilma Ostrander.',
         [("Wilma Ostrander", None)]),
        # Web magazine, horizontal bar.
        ('"We owe the veterans a clinic that is open on weekends too."\n\n\u2015 Imelda Sarkis, a retired nurse.',
         [("Imelda Sarkis", None)]),
        # A sentence opening with capitalized words signs nothing.
        ('"Corn growers around Millbrook still await a fair price after the drought."\n\n'
         "-Ostrander Grain Growers Council says prices will recover.", [(None, None)]),
    ],
)
def test_extract_quotes_a_signature_line_names_whom_ner_misses(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Reader letters page: the signature is the article's last line.
        ("The council met on Monday.\n\n\u201cWe will win the vote, and then we will fix every road in the "
         "district.\u201d\n-Nadia Ferreira", [("Nadia Ferreira", None)]),
        # Survey round-up, the dash spaced off.
        ('Readers wrote in all week.\n\n"Bring back the evening buses, since half of us work late shifts '
         'downtown."\n- Deshawn Pruitt', [("Deshawn Pruitt", None)]),
        # Farm weekly, horizontal bar.
        ("Growers met in Millbrook on Friday.\n\n\u201cCorn growers still await a fair price after the long "
         "drought.\u201d\n\u2015 Wilma Ostrander", [("Wilma Ostrander", None)]),
    ],
)
def test_extract_quotes_a_signature_line_ending_the_article(nlp, body, expected):
    # No newline after the body: the name is the article's last token.
    article = clean(RawArticle("t.txt", f"A Test Headline\n\n{body}"))
    resolved = resolve(extract(article, nlp(parse_text(article))))
    names = {e.key: e.name for e in resolved.entities}
    assert [(names.get(q.speaker_key), q.quote.cue.text if q.quote.cue else None) for q in resolved.quotes] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Columnist, first person: "Sanders" alone is tagged a plural noun.
        ("Last spring I asked Bernie Sanders about the primary in his office in Burlington.\n\n"
         "Then I asked whether Hillary Clinton would win the nomination.\n\nSanders smiled and shook his head.\n\n"
         '"Nobody knows that yet," he said.', [("Bernie Sanders", "said")]),
        # Cable-news write-up, curly marks.
        ("The host, Chris Matthews, pressed Amy Klein on the delegate count for several minutes.\n\n"
         "Matthews laughed loudly.\n\n\u201cThat is not how arithmetic works, not on this show,\u201d he said.",
         [("Chris Matthews", "said")]),
        # Broadsheet, NYT marks: a woman, and another woman named between.
        ("Commissioner Maria Sanders met Gov. Joan Hale at the county fair on Saturday.\n\n"
         "Sanders laughed loudly.\n\n''We will see in November who is right,'' she said.",
         [("Maria Sanders", "said")]),
    ],
)
def test_extract_quotes_a_surname_tagged_plural_still_names_the_person(nlp, body, expected):
    assert _speakers(nlp, body) == expected


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # Political site: NER reads the surname after the quote as a work of art.
        ('Bernie Sanders spoke in Iowa.\n\n"The big banks have written the rules for far too long," Sanders '
         "remarked.", "remarked"),
        # Wire: the same with a longer quote.
        ('Bernie Sanders spoke.\n\n"One of us takes money from Wall Street and one of us does not," Sanders '
         "remarked.", "remarked"),
        # Blog, curly marks: NER gets it right; so does the source.
        ("Jane Sanders spoke.\n\n\u201cThe committee is nervous,\u201d Sanders quipped.", "quipped"),
    ],
)
def test_extract_a_surname_ner_gives_no_speaking_kind_is_a_name(nlp, text, cue):
    doc = nlp(text)
    source = source_of(next(t for t in doc if t.text == cue))
    assert (source.text, source.form) == ("Sanders", "name")


def test_quote_speaker_may_be_a_hyphenated_speaker_noun(nlp):
    body = '"We will win the county," the Democratic front-runner said on Tuesday.'
    assert _statements(nlp, body) == [('"We will win the county,"', "the Democratic front-runner", "said", 1)]
