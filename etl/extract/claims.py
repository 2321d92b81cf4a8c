"""Claims: reported statements without quotation marks ("X said (that) ...", "..., X say"),
and what a source believes, intends or knows, or what evidence shows ("X believes ...",
"she wants to ...", "polls show ...").

The claim's span is its content only, without the source and the cue.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from etl.extract.attribution import (
    DASHES,
    DOUBLE_QUOTE_MARKS,
    FINITE_TAGS,
    LISTENER_OBJECTS,
    NOMINAL,
    SUBJECT_DEPS,
    agentless_passive,
    cue_of,
    is_according_to,
    is_speech_act,
    is_speech_verb,
    particle_of,
    passive_agent,
    reports_done_as_described,
    source_of,
    source_phrase,
    subject_of,
    supposed,
    surname_of_named_person,
)
from etl.lexicon import (
    claim_nouns,
    document_nouns,
    goods_nouns,
    listener_verbs,
    medium_nouns,
    names_people,
    occasion_verbs,
    outlet_words,
    quantity_nouns,
    stance_adjectives,
    stance_verbs,
    view_verbs,
)
from etl.extract.spans import SpanIndex, entity_at, text_of
from etl.extract.tokens import children_of, lefts_of, rights_of, tokens_in, tokens_of
from etl.records import Claim, ClaimKind, SourceRef

CONTENT_DEPS = {"ccomp", "xcomp"}
# What a stance verb's content may be: "she wants to ..." and "aides expect him to ..." take an
# infinitive; "found it hard" or "knows how to" do not report what anyone holds.
STANCE_CONTENT_DEPS: dict[str, set[str]] = {
    "belief": {"ccomp", "xcomp"},
    "intention": {"ccomp", "xcomp"},
    "knowledge": {"ccomp"},
    "evidence": {"ccomp"},
}
# Verbs of wanting whose object is what the source wants as much as an infinitive is: "farmers want
# a new dam", "the union wants a 5 percent raise". Not "seek" ("seeking a third term" mostly
# narrates a race), nor a pronoun object ("they want it"), which says nothing of what is wanted.
WANTING_VERBS = {"want"}
# Quantities that name no thing wanted: "want none of it", "want everything".
NOTHING_NAMED = {"none", "nothing", "anything", "everything", "something"}
# People as a whole, who name no side taken: "supports everyone".
EVERYONE = {"everyone", "everybody", "anyone", "anybody"}
# Object pronouns for people: "endorsed her", "as she told me".
PERSON_OBJECT_PRONOUNS = {"me", "us", "you", "him", "her", "them"}
# Pronouns for someone or something just named, which a side is taken on: "supported it".
SIDE_PRONOUNS = PERSON_OBJECT_PRONOUNS | {"it"}
# What may follow a stance's object and make the object the doer of an act, not the side taken:
# "supports families to stay together", "prefers him to play on the left", "prefers it quiet".
ACT_AFTER_OBJECT_DEPS = {"xcomp", "oprd", "ccomp"}
# Prepositions that say what a telling was about, so the clause beside it is not what was told:
# "as he told reporters about the crash, sirens sounded".
TOLD_ABOUT = {"of", "about", "against"}
# Pronouns for those who hear a telling: "as she told me", "as he warned them".
LISTENER_PRONOUNS = PERSON_OBJECT_PRONOUNS | {"everyone", "everybody"}
# Conjunctions of a clause a stance's "it" may stand for: "would prefer it if ...".
CONDITION_MARKS = {"if", "when"}
# What the police want someone for: "want the driver for questioning", "in connection with".
WANTED_BY_POLICE = {"questioning", "connection"}
# Evidence shows things as well as clauses: "the poll showed Smith leading", "records show a
# rise in debt". A person who "found the keys" reports nothing, so only evidence takes an object.
EVIDENCE_CONTENT_DEPS = {"ccomp", "dobj"}
# What goes on describing that object ("with 47 percent", "16 points ahead"); a clause of its own
# ("as Lund consolidates support") is the writer's.
EVIDENCE_OBJECT_DEPS = {"dobj", "prep", "advmod", "npadvmod", "acomp", "oprd"}
# A poll's figures going on after what it shows: "showed Lund ahead, 45 percent to 38", ",
# followed by Ortiz at 12 percent", ", with 46 percent to her 42", ", earning 51 percent". A
# clause ("while his rival gains ground") is the writer's.
FIGURE_LINKS = {"followed", "with", "ahead", "behind", "versus", "vs."}
# Belief verbs that hold a view with a clause only: "agreed that the offer was fair", "considers
# the offer an insult" (the parser makes the object and its complement a clause); "agreed to
# meet" strikes a deal, "agreed with her" takes a side and "considered running" weighs an option.
CLAUSE_ONLY = {"agree", "consider"}
# Belief verbs whose clause must be a question, and those whose clause must not: "wondered
# whether the referee saw it" holds a question, "the board will consider whether the rules
# apply" only deliberates.
QUESTION_BELIEFS = {"wonder"}
VIEW_BELIEFS = {"consider"}
# Verbs whose that-clause is no view they hold: a predicate ("the trouble is that"), a
# consequence ("the veto means that", "the clerk ensured that"), a possession ("has it that"),
# a rule or a plan ("the code requires that", "arranged that the buses run late") or a check
# ("checked that the doors were locked").
CLAUSE_NOT_REPORTED = {"be", "have", "get", "do", "mean", "ensure", "insure", "check", "require", "arrange"}
# "relaxed now that the exams were over", "trained so hard that she fell ill": the "that" is
# part of a conjunction of time or result, and the clause is no complement of the verb.
THAT_CONJUNCTIONS = {"now", "so", "such"}
# The rest of what a stance is taken on: "endorsed Jones for mayor", "prefer a newcomer over
# a veteran".
STANCE_PREPOSITIONS = {"for", "over"}
# Stance verbs that take a side only in a tense of their own: "the senator opposed the bill",
# "she has long supported a ban", "he is supporting Ortiz". Their other forms mostly describe or
# suppose ("a fund supporting artists", "in opposing the plan", "would support him if ...").
STATED_STANCES = {"support", "oppose"}
# Auxiliaries that give a verb its tense without supposing anything: "has", "is", "did".
TENSE_AUXILIARIES = {"be", "have", "do"}
NAMED_HOLDERS = {"PERSON", "ORG", "NORP", "GPE"}
# Kinds a clause on an unnamed noun uses to say which ones are meant: "women who want to
# ...", "a company seeking to ...", "the roads she wants to pave".
AIM_KINDS = {"intention", "knowledge", "stance"}
# Evidence named by where its figures are: "In a poll released Monday, 31 percent back the plan".
POLL_NOUNS = {"poll", "survey"}
# Nouns of promising, whose infinitive is what a named possessor promised ("the mayor's pledge
# to freeze rents"). PolNeAR train marks such a noun as the cue of its infinitive 11 times of
# 19 after any possessor, 5 of 6 after a name; after "call", "plan", "proposal" or "commitment"
# far less often: there the infinitive names an aim, not words said.
PROMISE_NOUNS = {"promise", "pledge", "vow"}
PLURAL_TAGS = {"NNS", "NNPS"}
# The objects a clause's figures may be that a poll closing the sentence hangs on: "took 12
# percent in a new survey", "is the favourite in a Herald poll".
POLLED_OBJECT_DEPS = {"dobj", "attr"}
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}
# The evidence verbs that may close a sentence after the document that shows it: "..., campaign
# records show.", "..., a Herald analysis found." The parser often takes such a verb for a noun
# or the document for a modifier, so the shape is read from the words.
CLOSING_EVIDENCE = {"show", "shows", "showed", "found", "finds", "revealed", "reveals", "indicate", "indicates",
                    "indicated"}
# How many words may name the document: "state lottery commission filings gathered by the
# Harbor Institute for Public Accounts" is eleven.
MAX_DOCUMENT_WORDS = 12
# Forms the model's lemmatizer gets wrong ("hoping" -> "hop"), which would hide the cue.
MISLEMMATIZED = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}
# What a speech act's object content is made of: "accused the mayor of lying", "called for an
# inquiry", "warned of delays"; time and place ("on Monday", "in Paris") are not what was said.
OBJECT_DEPS = {"dobj", "oprd"}
OBJECT_PREPOSITIONS = {"of", "for", "to", "about", "against", "on"}
# Verbs whose "at" says what they are about: "lashed out at the press", "hinted at a run".
AIMING_VERBS = {"lash", "hint"}
# Prepositions that go on describing a report's object: "leadership in the aftermath of the storm",
# "a concert in support of", "a fight over taxes", "described the plan as a gamble". Time
# ("after", "during") and place ("at") are when and where it was said.
DESCRIBING_PREPOSITIONS = OBJECT_PREPOSITIONS | {"in", "over", "with", "between", "among", "as"}
# Named things a report goes out on: a broadcaster ("on CNN") or a programme ("on 'This Week'").
MEDIUM_ENTITIES = {"ORG", "WORK_OF_ART"}
NOT_DESCRIBING = {"DATE", "TIME", "GPE", "LOC", "FAC"}
DURATION_NOUNS = {"while", "moment", "minute", "hour"}
# What may come between a report and the clause it leads into: its listener ("told the Ledger
# that"), its particle ("pointed out that") or an adverb ("said Tuesday that", "says now").
LEAD_IN_DEPS = LISTENER_OBJECTS | {"prt", "advmod", "npadvmod"}
# Verbs whose "to" phrase is the listener or what is answered, not what was said: "spoke to
# reporters about the strike", "responding to the criticism" ("refer" only with an object, see
# ``_referred_to``). Not the verbs with the listener as their object (``LISTENER_VERBS``): these
# take it after "to".
TO_LISTENER = {"speak", "talk", "complain", "comment", "testify", "ask", "respond", "refer", "reply"}
# Verbs of speaking whose participle may set the scene of another report: "Speaking on the
# island, she said ...". Others are reports of their own ("Commenting on the vote, she said").
SPEAKING_VERBS = {"speak", "talk"}
# Reporting verbs whose object is no content: the listener (``listener_verbs``: "told reporters",
# "assured voters"), the medium ("wrote a letter", "posted a video", "tweeted a photo") or another
# sense of the verb ("charged a fee", "maintains a lead", "added a stop", "pointed a finger",
# "did not disclose the terms", "disputed ownership of the land"). They report with a clause only.
OBJECT_NOT_CONTENT = listener_verbs() | {"write", "post", "tweet", "charge", "maintain", "add", "point", "disclose",
                                         "dispute"}
# Verbs whose object may be the one spoken to, so a "that" clause hung on it is what was said:
# ``listener_verbs``, whose object always is, and "warn", "promise" and "notify". Those three are
# not in OBJECT_NOT_CONTENT: the object of "warn" or "promise" may be what was said ("promised a
# recount"), and "notify" is in no list of reporting verbs, so its object is never content.
LISTENER_VERBS = listener_verbs() | {"warn", "promise", "notify"}
# Verbs that send a greeting or a feeling as their object: "offered his condolences to the
# families", "tweeted her thanks to the nurses", "sent congratulations to the winner". With any
# other object they report nothing ("offered a deal", "sent troops", "posted a video").
EXPRESSING_VERBS = {"offer", "send", "extend", "tweet", "post"}
POSSESSIVE_PRONOUNS = {"my", "our", "your", "his", "her", "its", "their"}
EXPRESSED_NOUNS = {"thanks", "thank", "congratulations", "congratulation", "condolences", "condolence", "sympathy",
                   "gratitude", "apology", "apologies", "praise", "prayers", "prayer", "thoughts", "thought", "wishes"}
# "they expect" holds a view; "it seems" and generic "you know" do not, and outside quotation
# marks "I think" and "we want" are mostly quotes whose marks were not recognised.
HOLDER_PRONOUNS = {"he", "she", "they", "who"}
# Shares that name people without saying of whom, where the article has just said: "most believe
# the levy will pass", "many fear a strike", "both say ...", "a third want ...". Not "few", which
# says that hardly anyone holds it, nor "number", "share" or "quarter" alone, which are as often
# things ("the number shows", "the quarter saw").
BARE_SHARES = {"most", "many", "some", "both", "all", "several", "half", "majority"}
# Fractions that are a share of people only when counted: "a third", "two fifths".
FRACTIONS = {"third", "quarter", "fifth"}
# Verbs that link their subject to a state, and how the state hangs on them: "to stay open",
# "to remain calm", "to become a citizen".
LINKING_VERBS = {"be", "stay", "remain", "become", "keep", "seem", "look", "get"}
STATE_DEPS = {"acomp", "oprd", "attr"}
# Possessors who hold what a noun reports: "his claim that ...", "their fear that ...".
POSSESSIVE_HOLDERS = {"his", "her", "their"}
# The plain verbs of saying, which give words to whoever their subject is.
PLAIN_SAYING = {"say", "tell", "ask"}
# Reports whose content may be a question: "asked whether ...", "questioned if ...".
QUESTION_VERBS = {"ask", "question"}
# Reports whose passive subject is the one spoken to, not what was said: "was asked by the host",
# "was told by aides", "was warned by police about ...".
SPOKEN_TO_PASSIVES = QUESTION_VERBS | {"tell", "assure", "inform", "remind", "urge", "warn", "advise"}
# Reports whose passive subject is sent on, not reported: "was referred to an ombudsman by the clerk".
SENT_PASSIVES = {"refer"}
# What opens a question that is not one of "what", "who", "how" ...: "asked whether ...", "asked if ...".
QUESTION_MARKS = {"whether", "if"}
PAST_MODALS = {"would", "could", "might", "should", "'d"}
VERB_LEFT_DEPS = {"advmod", "aux", "neg"}
# What goes on with a clause past a report set off inside it: its objects, complements and
# phrases ("has been boosted, his aides say, by foreign fighters"), not a clause of its own.
CONTINUING_DEPS = {"dobj", "dative", "prep", "agent", "acomp", "attr", "oprd", "xcomp", "advmod", "npadvmod"}
# Verbs that ask their object to do what an infinitive says ("urged the council to delay the
# vote"): the one asked opens the content. Other verbs' object and infinitive are a thing and a
# purpose ("announced new steps to curb gun sales").
REQUEST_VERBS = {"urge", "ask", "call", "tell", "order", "warn", "encourage", "press", "beg", "push", "challenge",
                 "implore", "exhort"}
# Verbs of asking that report speech only when they ask someone to act ("challenged the mayor
# to publish the contract"): alone they are a contest or a plea with no content ("challenged the
# ruling", "begged for mercy"). "Encourage", "press" and "push" ask as often as they only bring
# about ("the tax pushed firms to relocate"), so the gold marks them too seldom to join.
ASKING_ONLY_VERBS = {"challenge", "beg", "implore", "exhort"}
# Verbs that report by naming their object as something ("called the plan a disaster"): with
# their object alone they report nothing.
NAMING_VERBS = {"call"}
# Occasions for speaking a source takes, uses or holds, by the verb ("took the podium to thank
# the crews", "used the hearing to criticize the agency", "held a news conference to defend the
# contract"). Lemmas. Not a court's hearing nor a league's debate, which their holder only hosts,
# nor a "post", which is a job as often as a message.
OCCASIONS_BY_VERB = {
    "take": {"stage", "podium", "lectern", "microphone", "mic"},
    "use": {"speech", "address", "appearance", "testimony", "hearing", "debate", "platform"},
    "hold": {"conference", "briefing", "call", "rally"},
}
# Places from which one speaks, beside the media: "stepped up to the podium to thank the crews".
SPEAKING_PLACES = {"podium", "lectern", "microphone", "mic", "pulpit", "rostrum"}
# Nouns of speech whose topic a phrase after them names, by the prepositions that open it: "his
# comments about the judge", "her calls for a recount", "made no mention of the deficit". Not
# "question", whose raiser is as often a report or an event as a person, nor "attack", as often
# a raid as words.
TOPIC_NOUNS = {
    "comment": {"about", "on"}, "remark": {"about", "on"}, "call": {"for"}, "praise": {"for", "of", "on"},
    "mention": {"of"}, "criticism": {"of"}, "complaint": {"about"}, "joke": {"about"},
}
# Verbs a speaker makes such a noun with: "made comments about", "offered praise for", "voiced
# criticism of", "heaped praise on".
SPEAKING_VERBS_OF_NOUNS = {"make", "offer", "voice", "issue", "repeat", "renew", "heap", "express", "deliver"}
# A call for something is made by phone or by an umpire as often ("made a call for a tow truck"):
# only these verbs, or a possessor, make it a demand ("renewed her call for a recount").
CALLING_VERBS = {"issue", "repeat", "renew"}
# Where remarks "on" something were made rather than what about: "comments on Fox News",
# "remarks on the Senate floor", "remarks on Capitol Hill".
VENUE_ENTITIES = {"ORG", "GPE", "FAC", "LOC"}
VENUE_NOUNS = {"floor", "trail", "media"}
# Verbs that command an act ("ordered an audit", "ordered a recount of the ballots") but also
# buy things ("ordered a coffee", "ordered 40 new jets"), which reports nothing.
ORDERING_VERBS = {"order"}
# Words that send the ordered somewhere, which is part of the command: "ordered troops into the
# city", "ordered 2,000 troops to the coast", "ordered the players out onto the pitch".
DIRECTION_WORDS = {"to", "into", "onto", "back", "home", "out"}
# Verbs that characterise their object as something: "described the plan as a gamble",
# "denounced the remarks as hurtful", "cited the memo as proof", "cast her rival as a relic",
# "painted the levy as a tax on the poor", "framed the vote as a referendum". Not "referred to
# him as" nor "reported it as": PolNeAR marks those only about half the time.
CHARACTERISING_VERBS = {"describe", "characterize", "characterise", "portray", "depict", "label", "brand", "denounce",
                        "condemn", "criticize", "criticise", "blast", "slam", "praise", "hail", "tout", "dismiss",
                        "defend", "cite", "mock", "ridicule", "highlight", "declare", "cast", "paint", "frame"}
# Verbs that characterise only their own subject: "presented herself as a reformer",
# "positioned the party as the voice of farmers" is a plan for it, "presented the trophy as ..."
# a handing over.
SELF_CHARACTERISING_VERBS = {"present", "position"}
REFLEXIVE_PRONOUNS = {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"}
# Characterising verbs with a literal sense, whose "as" may say something else than what the
# object is called (``_not_what_it_is_called``); "denounced the bill as a gift to landlords"
# has no such sense.
LITERAL_SENSE_VERBS = {"cast", "paint", "frame", "present", "position"}
# What an act is done as, not what its object is called: "cast his ballot as a protest",
# "painted the mural as a tribute", "framed the photo as a keepsake".
PURPOSE_NOUNS = {"gift", "tribute", "protest", "keepsake", "memento", "souvenir", "token", "favor", "favour",
                 "reward", "memorial", "buffer", "precaution", "courtesy", "gesture", "thank-you"}
# Words of a stage or screen production, where "cast X as Y" gives a part.
STAGE_WORDS = {"film", "movie", "play", "production", "series", "musical", "opera", "role", "director",
               "producer", "sequel", "episode", "drama", "stage", "theater", "theatre", "show", "audition"}
# Stance verbs whose agentless passive, with an infinitive, reports an expectation held by no one
# the text names, its subject and infinitive together being the content: "The ferry is expected
# to sail at noon". PolNeAR train marks 74 of the 85 outside quotation marks; "is believed to",
# "is thought to", "is known to", "is intended to" only 7 of 18.
EXPECTATION_PASSIVES = {"expect"}
# Modals that make "want to" the writer's advice: "may want to check", "might want to rethink".
ADVISING_MODALS = {"may", "might", "should"}
# Conjunctions that may come before an "as" report set off in its sentence: "But as the Post
# reported, ...". PolNeAR train marks 6 of the 7 such reports outside quotation marks.
AS_REPORT_CONJUNCTIONS = {"but", "and", "yet"}
# Reports that are set phrases when they open a sentence before a comma.
SENTENCE_ADVERBS = {("that", "said"), ("all", "told"), ("this", "said")}
# Answers and echoes "say" reports by themselves: "said yes", "said no", "said so".
ANSWER_WORDS = {"yes", "no", "so"}
ANSWERED_PREPOSITIONS = {"to", "of", "for", "about"}
# Words that open a reason or condition that goes on with what was said: "vowed to act unless ...".
REASON_MARKS = {"because", "unless"}
# Words that open a clause right after the content, with no comma, that goes on with what was
# said: a condition ("would veto it if ...") or a clause on the content's last words ("named the
# crews that built ...", "is sure that ...").
CLAUSE_RIGHT_AFTER_OPENERS = {"that", "if"}
# Words that mark a second clause of what was said after "and", "or" or "but": "said the fee
# would rise and that ...", "asked about the delay and whether ...". Not a question word ("and
# how ...", "and what ..."): PolNeAR train goes on through one after 2 of 3 such statements.
SECOND_CLAUSE_MARKS = {"that", "whether"}
COORDINATORS = {"and", "or", "but"}
# Words that go on with the content's sentence after a report set off by commas right after
# it: "The ferry stays docked, the captain said, because the swell is high".
AFTER_TAG_OPENERS = REASON_MARKS | {"but", "so", "that"}
# The conjunctions that join a reporter's second act to the content of the first ("said A and
# accused B", "said A but conceded B").
REPORT_JOINERS = {"and", "but"}
# How a report holds the words its content is made of: a clause, an object, a phrase.
HOLDING_DEPS = CONTENT_DEPS | OBJECT_DEPS | {"prep"}
# Words that open a contrast, which may set another source's report against the content.
CONTRAST_MARKS = {"while", "whereas", "though", "although"}
LEADING_NOISE = {"that", "and", "but", "or", ",", "so"}
# How a leading "that" is attached when it is no clause's opening word but the content's own: its
# subject ("That is bad") or a determiner ("disputed that figure").
THAT_KEPT_AS = SUBJECT_DEPS | {"det"}
TRAILING_NOISE = {",", ".", ";", ":", "-", "--", "\u2013", "\u2014", "and", "but", "or"}
QUOTATION_MARKS = {'"', "\u201c", "\u201d"}
SENTENCE_STOPS = {".", "?", "!"}
# The articles that open a remark on what was said rather than a name for it.
INDEFINITE_ARTICLES = {"a", "an", "another"}
# "which", "who", "whom", "whose", "where": the words that open a relative clause.
RELATIVE_TAGS = {"WDT", "WP", "WP$", "WRB"}
# The verbs of a tag set off by commas ("..., she said.", "The vote, said Lee, was rigged").
TAG_VERBS = {"say", "tell", "add", "explain", "note", "write", "argue", "insist", "warn", "contend", "acknowledge",
             "concede", "predict", "recall", "caution", "suggest", "claim", "maintain"}
# A tag's subject or what follows its verb: "a former deputy director of the city's Water
# Board, Ana Ruiz" is twelve words.
MAX_TAG_WORDS = 14
# The fewest words before a tag that make a content ("Fine, Okafor said" is an answer).
MIN_TAG_CONTENT_WORDS = 2
# "Asked about the plan, she said.": a participle opening the sentence is the occasion.
PARTICIPLE_TAGS = {"VBN"}
# The pronouns a tag's subject may be (", I said", ", we argued", ", she said").
TAG_PRONOUNS = HOLDER_PRONOUNS | {"i", "we"}
# What opens the words after a closing tag's verb that say when or where it was said:
# prepositions ("on Monday"), a determiner of time ("last week", "this month") or an adverb
# ("earlier", "privately").
TAG_TAIL_OPENERS = {"on", "in", "at", "during", "after", "before", "from", "by", "via", "through", "last", "this",
                    "earlier", "later", "recently", "yesterday", "today", "tonight", "repeatedly", "privately",
                    "publicly"}
# Subjects that deny the report they make: "nobody believes ...", "none of them said ...".
NEGATIVE_SUBJECTS = {"nobody", "none", "neither", "nothing"}
NEGATIVE_DETERMINERS = {"no", "neither", "not"}
# How such a word hangs on the subject ("no official", "not one senator", "neither candidate").
NEGATING_DEPS = {"det", "neg", "preconj"}
# Adverbs after "not" that add to a report instead of denying it: "did not just say ...".
ADDITIVE_ADVERBS = {"just", "only", "merely", "simply"}
# Words the parser may leave between two halves of one split clause: "don't" as "do" + "n't".
MAX_RUN_ON_GAP = 1
# Words outside quotation marks a claim needs when it holds quotes: "the candidate has "...""
# (3) is a paraphrase around a quote; "he said "..."" leaves nothing but the quote.
MIN_OWN_WORDS = 2
# The tags of a verb in its bare form: the tagger reads a bare verb after a comma as present tense
# ("to freeze rates, repair the pipes").
BARE_VERB_TAGS = {"VB", "VBP"}
# The words that close a list.
LIST_CLOSERS = {"and", "or"}
# Verbs of a cause that brings its object's act about: "led the senator to declare", "forced
# the firm to admit", "prompted aides to warn". Not "urge", "ask" or "push", which say only
# what was wanted, nor "leave", whose "left it to voters to decide" hands the act over.
CAUSING_VERBS = {"lead", "prompt", "force", "spur", "compel", "provoke"}
# Degree words on an adjective after which a that-clause is what came of it, not its content:
# "so worried about crime that they stay home", "confident enough that he rested his stars".
RESULT_DEGREE_WORDS = {"so", "enough"}


def extract_claims(doc: Doc, quote_spans: Sequence[tuple[int, int]]) -> list[Claim]:
    """Every reported statement outside quotation marks.

    Args:
        doc: the parsed article.
        quote_spans: the spans of quotes (speech). Content inside one is the quote's, not a claim;
            content that holds whole quotes and words of its own ('she said the coach has
            "always run a tight ship"') is a claim that quotes its source in part.

    Returns:
        Claims in text order.
    """
    quotes = SpanIndex(quote_spans)
    claims = []
    for token in tokens_of(doc):
        if quotes.contains(token.idx):
            continue
        kind = _kind(token)
        if kind is None:
            continue
        heads = _heads_of_infinitive_report(token)
        if (_infinitive(token) and not heads
                or _passive_participle(token) and not (_as_report(token) or _asked_by(token) or _asked_unnamed(token))
                or _asks_anonymity(token) or _sentence_adverb(token) or _advice(token)):
            continue
        fragments = _content_of(token, kind)
        source = _source(token)
        # An agentless passive report is a claim by no one the text names.
        if not fragments or source is None and not (agentless_passive(token) or _asked_unnamed(token)):
            continue
        widened = [_around_whole_quotes(*fragment, quotes) for fragment in fragments]
        kept = [span for span in widened if span is not None and _own_words_around_quotes(doc, *span, quotes)]
        cue = cue_of(token)
        negated = _negated(token) or any(map(_negated, heads))
        claims.extend(Claim(start, end, text_of(doc)[start:end], cue, source, kind, fragment, negated)
                      for fragment, (start, end) in enumerate(kept, start=1))
    cues = {claim.cue.start for claim in claims}
    closing = (_closing_evidence(sentence) for sentence in doc.sents)
    claims.extend(claim for claim in closing if claim is not None and claim.cue.start not in cues
                  and not quotes.overlapping(claim.start, claim.end))
    claims.extend(_unattached_tag_claims(doc, claims, quotes))
    return _outermost(claims)


def _negated(cue: Token) -> bool:
    """"did not say", "doesn't think", "never wanted", "no official has said", "none of the aides
    believe", "made no mention of": the cue or its subject denies the report, so the row must not
    read as the source saying, believing or wanting its content. The cue's own "not" denies nothing when it adds to
    the report ("did not just say") or asks a question that expects "yes" ("Didn't the mayor
    say ...?")."""
    children = children_of(cue)
    if cue.pos_ == "NOUN" and cue.lemma_.lower() in TOPIC_NOUNS:
        # "made no mention of", "did not make any comment on": the noun's "no" or the verb it is
        # made with denies it; a verb done to it ("did not withdraw his comments") does not.
        verb = _speaking_verb_of(cue)
        return (any(child.dep_ == "det" and child.lower_ == "no" for child in children)
                or verb is not None and _negated(verb))
    negations = [child for child in children if child.dep_ == "neg"]
    # A modal asks for a report that was not made: "can't just say", "Shouldn't the committee
    # have said ...?" stay denials.
    modal = any(child.dep_ == "aux" and child.tag_ == "MD" for child in children)
    made_after_all = all(map(_adds_to_the_report, negations)) or _asks_yes_or_no(cue)
    denied_by_the_cue = bool(negations) and (modal or not made_after_all)
    return denied_by_the_cue or any(child.dep_ in SUBJECT_DEPS and _no_one(child) for child in children)


def _adds_to_the_report(negation: Token) -> bool:
    """"did not just say", "has not merely hinted", "didn't simply claim": the report was made,
    and more besides."""
    following = negation.doc[negation.i + 1 : negation.i + 2]
    return len(following) == 1 and following[0].lower_ in ADDITIVE_ADVERBS


def _asks_yes_or_no(cue: Token) -> bool:
    """"Didn't the mayor say ...?", "But did the council not say ...?": the cue's auxiliary comes
    before its subject, with no question word before it, in a sentence that ends in a question
    mark. A negative yes-no question expects the answer yes: it is no denial. A question word
    asks why the report was not made ("Why hasn't the senator said ...?"): it stays one."""
    children = children_of(cue)
    auxiliaries = [child for child in children if child.dep_ == "aux"]
    subject = next((child for child in children if child.dep_ in SUBJECT_DEPS), None)
    if not auxiliaries or subject is None or subject.i < auxiliaries[0].i:
        return False
    sentence = cue.sent
    words = [token for token in sentence if not (token.is_space or token.is_quote or token.is_bracket)]
    # Question words are tagged as the words that open a relative clause are.
    question_word = any(token.tag_ in RELATIVE_TAGS for token in cue.doc[sentence.start : auxiliaries[0].i])
    return bool(words) and words[-1].text == "?" and not question_word


def _no_one(subject: Token) -> bool:
    """"nobody", "none (of the aides)", "no official", "neither candidate", "not one senator",
    "no-one" (which the parser splits into three subjects). The negative word must be the
    subject's own, or its number's: in "a not-so-subtle critic said" it denies a modifier and
    in "the No. 2 Democrat said" it is no negation, and both still said it."""
    if subject.lower_ in NEGATIVE_SUBJECTS or subject.lower_ == "no" and _spelled_no_one(subject):
        return True
    return any(
        word.lower_ in NEGATIVE_DETERMINERS and word.dep_ in NEGATING_DEPS
        and (word.head.i == subject.i or word.head.dep_ == "nummod" and word.head.head.i == subject.i)
        for word in subject.doc[subject.left_edge.i : subject.i]
    )


def _spelled_no_one(word: Token) -> bool:
    following = word.doc[word.i + 1 : word.i + 3]
    return [token.lower_ for token in following] == ["-", "one"]


def _unattached_tag_claims(doc: Doc, claims: list[Claim], quotes: SpanIndex) -> list[Claim]:
    """The claims of speech tags set off by commas whose content the parse left without a verb
    or an attachment (``_set_off_tag``), where no claim holds the cue or the words already."""
    found = SpanIndex([(claim.start, claim.end) for claim in claims])
    cues = {claim.cue.start for claim in claims}
    tagged = []
    for tokens in _sentences_with_tags_rejoined(doc):
        fragments = _set_off_tag(tokens)
        if not fragments or fragments[0].cue.start in cues:
            continue
        if any(found.overlapping(claim.start, claim.end) or quotes.overlapping(claim.start, claim.end)
               for claim in fragments):
            continue
        tagged.extend(fragments)
    return tagged


def _sentences_with_tags_rejoined(doc: Doc) -> Iterable[list[Token]]:
    """Each sentence's tokens but spaces; a sentence the parser opened at a tag's comma (", she
    said.") goes with the words before it, which it cut off from their tag."""
    held: list[Token] = []
    for sentence in doc.sents:
        tokens = [token for token in tokens_in(sentence) if not token.is_space]
        if held and tokens and tokens[0].text == "," and held[-1].text not in SENTENCE_STOPS:
            held.extend(tokens)
            continue
        if held:
            yield held
        held = tokens
    if held:
        yield held


def _set_off_tag(tokens: list[Token]) -> list[Claim]:
    """"Those who lose a second job fall behind, she said.", "The vote, said Lee, was rigged.": a speech
    tag set off by commas, a subject and a finite verb of saying, that closes the sentence
    (with no more than when, where or to whom it was said after the verb) or interrupts it
    between a subject and its verb. The small model often gives the words before the tag no
    verb ("fall" a noun) or hangs their subject on the tag's verb, so the shape is read from
    the words: the content is the sentence before the tag, and the clause going on after an
    interrupting one. A sentence opening with a quotation mark is the quote rules'."""
    tokens = _words_before_stop(tokens)
    if tokens and (tokens[0].is_quote or tokens[0].text in DOUBLE_QUOTE_MARKS):
        return []
    for position, verb in enumerate(tokens):
        if not (is_speech_verb(verb) and verb.tag_ in FINITE_TAGS and verb.lemma_.lower() in TAG_VERBS):
            continue
        tag = _tag_around(tokens, position)
        if tag is None:
            continue
        first, last = tag
        before, after = tokens[:first], tokens[last + 1 :]
        if (_word_count(before) < MIN_TAG_CONTENT_WORDS or before[0].tag_ in PARTICIPLE_TAGS
                or any(_reports(token) and not _infinitive(token) or is_according_to(token) for token in before)):
            return []
        # A closing tag reports a clause ("The strike could last weeks, union leaders said"), not
        # an occasion ("After the vote, she said."); an interrupting one sits between a subject
        # and its verb ("The vote, said Lee, was rigged"): after a clause of its own, the
        # parser's reading stands.
        if any(token.tag_ in FINITE_TAGS for token in before) == bool(after):
            return []
        source = _tag_source(verb, tokens[first : last + 1])
        spans = [_trimmed(before), _trimmed(after)] if after else [_trimmed(before)]
        if source is None or None in spans:
            return []
        doc = verb.doc
        return [Claim(start, end, text_of(doc)[start:end], cue_of(verb), source, "speech", fragment, _negated(verb))
                for fragment, (start, end) in enumerate(spans, start=1)]
    return []


def _words_before_stop(tokens: Iterable[Token]) -> list[Token]:
    """A sentence's tokens but spaces, without the stops that close it."""
    words = [token for token in tokens if not token.is_space]
    while words and words[-1].text in SENTENCE_STOPS:
        words.pop()
    return words


def _tag_around(tokens: list[Token], position: int) -> tuple[int, int] | None:
    """The first and last position of the speech tag whose verb is at ``position``: from the
    comma before it to the sentence's end or the comma that closes it before a finite verb.
    The subject comes before the verb (", she said", ", union leaders said on Monday") or
    after it (", say inspectors like Ellen Ostrow,", ", said Ana Ruiz, an analyst at
    the Ledger Institute,")."""
    verb = tokens[position]
    if position >= 1 and tokens[position - 1].text == ",":
        start = position - 1
        subject_end = _tag_end(tokens, position + 1)
        if subject_end is None or subject_end == position:
            return None
        end = subject_end
    else:
        start = _subject_start(tokens, position)
        if start is None:
            return None
        end = _tag_end(tokens, position + 1)
        if end is None:
            return None
    if start < position - 1:
        subject_words = tokens[start + 1 : position]
        if end > position and not _said_when_or_where(verb, tokens[position + 1]):
            return None
    else:
        subject_words = tokens[position + 1 : end + 1]
    return (start, end) if _a_tag_subject(subject_words) else None


def _said_when_or_where(verb: Token, first: Token) -> bool:
    """Whether the words after a tag's verb, opening with ``first``, say only when, where or to
    whom it was said: "on Monday", "in an interview", "Tuesday", "told reporters"; not what
    about ("said of the plan") nor an answer ("said yes")."""
    if first.ent_type_ in ("DATE", "TIME") or first.lower_ in TAG_TAIL_OPENERS:
        return True
    return verb.lemma_.lower() == "tell" and first.pos_ in ("PRON", "PROPN", "NOUN", "DET")


def _subject_start(tokens: list[Token], position: int) -> int | None:
    """The comma that opens a tag whose subject comes before its verb: the nearest one before
    the verb, with words between them, no more than ``MAX_TAG_WORDS`` back."""
    for i in range(position - 1, max(position - 2 - MAX_TAG_WORDS, -1), -1):
        if tokens[i].text == ",":
            return None if i == position - 1 else i
    return None


def _tag_end(tokens: list[Token], start: int) -> int | None:
    """Where a tag that goes on from ``start`` ends: the sentence's last word, or the word
    before the comma after which a finite verb resumes the clause the tag interrupts ("said
    Ostrow and two colleagues, comes from"). None when a clause of its own comes first (", she said the
    plan", ", he said, and officials agreed")."""
    for i in range(start, min(len(tokens), start + MAX_TAG_WORDS)):
        token = tokens[i]
        if (token.is_quote or token.tag_ in FINITE_TAGS or token.tag_ in RELATIVE_TAGS
                or token.lower_ in ("that", "but", ";")):
            return None
        if token.text == "," and i + 1 < len(tokens) and tokens[i + 1].tag_ in FINITE_TAGS:
            return i - 1
    return len(tokens) - 1 if len(tokens) - start <= MAX_TAG_WORDS else None


def _a_tag_subject(words: list[Token]) -> bool:
    """Whether the words between a tag's comma and verb (or after the verb) may be who speaks:
    a pronoun, a name or a noun phrase with its apposition, with no verb of their own."""
    if not words or len(words) > MAX_TAG_WORDS or words[0].pos_ in ("CCONJ", "SCONJ", "ADP"):
        return False
    if any(token.pos_ in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBG") for token in words):
        return False
    return any(token.pos_ in ("PROPN", "NOUN") or token.lower_ in TAG_PRONOUNS for token in words)


def _tag_source(verb: Token, tag: list[Token]) -> SourceRef | None:
    """Who speaks in a tag: the person it names ("said Ana Ruiz, an analyst at the Ledger
    Institute": not where she works), else the verb's source when the tag holds it, else a
    pronoun, an organization or a noun that can hold content in it."""
    inside = {token.i for token in tag}
    persons = [token for token in tag if token.ent_type_ == "PERSON"]
    # A name NER misses is the proper nouns that open the tag ("said Ana Ruiz, an analyst ...").
    opening = [token for token in itertools.takewhile(lambda token: token.text != ",", tag[1:])
               if token.pos_ == "PROPN" and not token.ent_type_]
    if persons or opening:
        return source_phrase((persons or opening)[-1])
    source = source_of(verb)
    if source is not None and tag[0].idx <= source.start and source.end <= tag[-1].idx + len(tag[-1]):
        return source
    named = [token for token in tag if token.lower_ in HOLDER_PRONOUNS or token.ent_type_ == "ORG"]
    # The tag's noun phrase ("union leaders", "a broad range of economists") speaks when a
    # noun in it can hold content or is plural.
    nouns = [token for token in tag if token.pos_ == "NOUN" and (token.head.i not in inside or token.head.i == verb.i)
             and any(_can_hold_content(word) or word.tag_ == "NNS" for word in token.subtree if word.i in inside)]
    holder = next(iter(named + nouns), None)
    return source_phrase(holder) if holder is not None else None


def _closing_evidence(sentence: Span) -> Claim | None:
    """"Much of the money came from shell companies, campaign records show.": a sentence that
    closes with a document and an evidence verb after a comma is what the document shows. The
    words between the comma and the verb must name a document, with no verb of their own but a
    participle ("records compiled by ..."), so "..., and the talk shows" is no report."""
    tokens = _words_before_stop(tokens_in(sentence))
    if not tokens or tokens[-1].lower_ not in CLOSING_EVIDENCE:
        return None
    verb = tokens[-1]
    comma = next((i for i in range(len(tokens) - 2, 0, -1) if tokens[i].text == ","), None)
    if comma is None:
        return None
    document = tokens[comma + 1 : -1]
    if (len(document) > MAX_DOCUMENT_WORDS or any(token.tag_ in FINITE_TAGS or token.is_punct for token in document)
            or not any(_is_document(token) for token in document)):
        return None
    content = _trimmed(tokens[:comma])
    if content is None:
        return None
    start, end = content
    doc = sentence.doc
    phrase = text_of(doc)[document[0].idx : document[-1].idx + len(document[-1])]
    source = SourceRef(document[0].idx, document[0].idx + len(phrase), phrase, "description")
    return Claim(start, end, text_of(doc)[start:end], cue_of(verb), source, "evidence")


def _is_document(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and bool({token.lemma_.lower(), token.lower_.removesuffix("s")}
                                                      & document_nouns())


def _source(cue: Token) -> SourceRef | None:
    """Who the cue attributes its content to: a noun's possessor ("his claim that"), else the
    reporting verb's source."""
    if cue.pos_ == "NOUN":
        return source_phrase(_speaker_of_noun(cue))
    if cue.pos_ == "ADP":
        return source_phrase(_poll_of(cue))
    if _used_as_adjective(cue):
        return source_of(cue.head)
    if agentless_passive(cue) or _asked_unnamed(cue):
        return None  # who spoke is not named
    report = _earlier_report(cue) or cue
    return source_of(report) or _any_subject_of_saying(report)


def _any_subject_of_saying(verb: Token) -> SourceRef | None:
    """"Mourners say ...", "retirees told reporters ...", "callers asked how ...": the plain
    verbs of saying give their words to a group, though the word lists know no such speaker.
    Not the other reports ("the results suggest", "three names mentioned", "editorial pages
    warned"), nor a singular common noun ("the plan says"): there the subject is as often the
    writer's figure of speech."""
    subject = subject_of(verb)
    if (verb.lemma_.lower() not in PLAIN_SAYING or subject is None or subject.i > verb.i
            or subject.tag_ != "NNS"):
        return None
    return source_phrase(subject)


def _kind(token: Token) -> ClaimKind | None:
    """What the token reports, if it is a cue: speech, or a stance ("believes", "wants", "knows",
    "shows") held by a source. Stance verbs are common in narration ("the plan wants for
    money"), so they count only with a subject that can hold content."""
    if token.pos_ == "NOUN":
        return _nominal_kind(token) or _topic_kind(token)
    if token.pos_ == "ADP":
        return "evidence" if _poll_of(token) is not None else None
    if _used_as_adjective(token):
        return _adjective_kind(token)
    verb = token.pos_ in {"VERB", "AUX"}
    if is_speech_verb(token) or is_according_to(token) or verb and is_speech_act(token):
        return "speech"
    if verb and _asks_someone_to_act(token):
        return "speech"
    if verb and (_sends_greeting(token) or _characterised_object(token)):
        # "portrayed the coach as a spendthrift", "branded the levy as a gamble" is said of the
        # object even by a verb that is no speech act in other uses ("portrayed Lear on stage").
        return "speech"
    if verb and _expected_infinitive(token) is not None:
        # Held by no one named, so no holder is asked of it below.
        return "belief"
    kind = stance_verbs().get(_lemma(token)) if verb else None
    if verb and _view_as(token):
        # "see", "view" are beliefs only with "as": "voters see her as the stronger candidate".
        kind = "belief"
    if verb and kind is None and _clause_made_clear(token) is not None:
        kind = "belief"
    listed = kind is not None
    if verb and kind is None and _that_clause_of_its_own(token):
        # Any verb outside the lists ("ruled that", "has signalled that", "calculates that")
        # holds its that-clause as its subject's view; which act it is the verb alone says.
        kind = "belief"
    if kind is None or _passive(token) or kind in AIM_KINDS and _says_which_ones(token):
        return None
    if not _clause_fits_the_belief(token):
        return None
    if _lemma(token) in STATED_STANCES and not _stated(token):
        return None
    subject = subject_of(token)
    if kind == "evidence" and _is_evidence(subject):
        return kind
    if not _can_hold_content(subject) or kind == "evidence" and _bare_share(subject):
        return None
    # A surname alone may be the common word it also is ("Hope remains that ...", "Power shows
    # that ..."): it holds a view by a verb listed for one, and shows no evidence.
    if surname_of_named_person(subject) and (not listed or kind == "evidence"):
        return None
    return kind


def _clause_fits_the_belief(verb: Token) -> bool:
    """A question for a verb that holds one ("parents wonder how the district will pay"), no
    question for one that holds a view ("considers the offer an insult"). A modal makes the
    wondering the writer's ("some may wonder why the vote was delayed")."""
    lemma = _lemma(verb)
    if lemma not in QUESTION_BELIEFS | VIEW_BELIEFS:
        return True
    asks = any(_puts_a_question(child) for child in children_of(verb))
    if lemma in QUESTION_BELIEFS:
        return asks and not supposed(verb)
    return not asks


def _used_as_adjective(token: Token) -> bool:
    """An adjective, or a listed participle the parser makes a verb's complement ("are worried
    the depot could close", "is convinced that ..."): the tagger calls those participles verbs
    as often as adjectives, but after "be" they say the subject's state, not a passive."""
    return token.pos_ == "ADJ" or token.dep_ == "acomp" and token.lower_ in stance_adjectives()


def _adjective_kind(adjective: Token) -> ClaimKind | None:
    """"The senator is critical of the deal", "economists remain skeptical of the plan", "aides
    are confident the bill will pass": an adjective after a verb like "be" holds its
    preposition's object or its clause for the verb's subject, when that can hold content.
    "Make sure that ..." sees to something and holds no view."""
    entry = stance_adjectives().get(adjective.lower_)
    if (entry is None or adjective.dep_ != "acomp" or adjective.head.lemma_.lower() == "make"
            or _adjective_complement(adjective) is None):
        return None
    return entry[0] if _can_hold_content(subject_of(adjective.head)) else None


def _adjective_complement(adjective: Token) -> Token | None:
    """What a stance adjective holds: the object of its preposition ("critical of [the plan]"),
    or for an adjective of a state of mind (opened by "that" in the list) its clause."""
    preposition = stance_adjectives()[adjective.lower_][1]
    if preposition == "that":
        return _clause_of_adjective(adjective)
    opened = next((child for child in rights_of(adjective) if child.dep_ == "prep" and child.lower_ == preposition), None)
    return next((child for child in children_of(opened) if child.dep_ == "pobj"), None) if opened is not None else None


def _clause_of_adjective(adjective: Token) -> Token | None:
    """"confident [that the levy will pass]", "worried [the depot could close]": the clause after
    the adjective, which the parser hangs on the adjective or on its verb. Not a question
    ("not sure whether she will run"): that is a doubt about no content of its own. Nor, after
    "so" or "enough", a that-clause, which says what came of the state ("so worried about crime
    that they stay home"); "so sure the team would win that ..." still holds its first clause,
    and under a "not" "so" only hedges: "not so sure that the sluice will hold" doubts it."""
    after = _hung_after(adjective, adjective.head)
    result = (any(child.dep_ == "advmod" and child.lower_ in RESULT_DEGREE_WORDS for child in children_of(adjective))
              and not any(child.dep_ == "neg" for child in children_of(adjective.head)))
    return next((child for child in after if child.dep_ == "ccomp" and not _puts_a_question(child)
                 and not (result and _opens_with_that(child))), None)


def _hung_after(word: Token, verb: Token) -> Iterator[Token]:
    """What the parser hangs after ``word`` on it, then what it hangs after ``word`` on ``word``'s
    verb: a clause that completes "confident" or "made it clear" hangs on either."""
    return itertools.chain(rights_of(word), (child for child in rights_of(verb) if child.i > word.i))


def _says_which_ones(verb: Token) -> bool:
    """"Anyone who wants to speak may call", "developers seeking to build homes", "the topics she
    plans to raise": a clause on an unnamed noun says which people or things are meant, and
    reports no one's aim. On a name ("Ortiz, who wants to ...") it does."""
    return verb.dep_ in ("relcl", "acl") and verb.head.ent_type_ not in NAMED_HOLDERS and verb.head.pos_ != "PROPN"


def _stated(verb: Token) -> bool:
    """"supported", "supports", "has supported", "is supporting", "did support", "was forced":
    the verb says what its subject does or had done to it, not what it might do ("would
    support", "to support") or who it is ("a group supporting ...")."""
    auxiliaries = [child for child in children_of(verb) if child.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return all(child.lemma_.lower() in TENSE_AUXILIARIES for child in auxiliaries)
    return verb.tag_ in FINITE_TAGS


def _lemma(token: Token) -> str:
    """The token's lemma, lowercased, with the lemmatizer's known slips corrected."""
    return MISLEMMATIZED.get(token.lower_, token.lemma_.lower())


def _nominal_kind(noun: Token) -> ClaimKind | None:
    """"The senator's claim that ...", "their fear that ...": a noun reports what its possessor
    holds when a "that" clause (for a noun of promising, an infinitive) says what it is.
    Without a possessor ("the belief that taxes must rise") no one is named, and a relative
    clause ("the claim that he made") is not content."""
    kind = claim_nouns().get(noun.lemma_.lower())
    if kind is None or _content_clause(noun) is None or _holder_of(noun) is None:
        return None
    return kind


def _topic_kind(noun: Token) -> ClaimKind | None:
    """"His comments about the judge", "made no mention of the deficit", "her calls for a
    recount": a noun of speech reports its topic, the phrase after it, for its possessor or for
    the subject of the verb it is made with."""
    return "speech" if _topic_of(noun) is not None and _speaker_of_noun(noun) is not None else None


def _topic_of(noun: Token) -> Token | None:
    """The object of the preposition that opens a speech noun's topic ("comments [about] ..."),
    which the parser may hang on the verb the noun is made with ("heaped praise [on] ..."). Not
    a time or a venue ("remarks on Tuesday night", "comments on Fox News")."""
    prepositions = TOPIC_NOUNS.get(noun.lemma_.lower())
    if prepositions is None:
        return None
    verb = _speaking_verb_of(noun)
    after = _hung_after(noun, verb) if verb is not None else rights_of(noun)
    opening = next((child for child in after if child.dep_ == "prep" and child.lower_ in prepositions), None)
    topic = next((child for child in children_of(opening) if child.dep_ == "pobj"), None) if opening else None
    if topic is None or topic.ent_type_ in ("DATE", "TIME"):
        return None
    venue = (topic.ent_type_ in VENUE_ENTITIES or _lemma(topic) in VENUE_NOUNS or _lemma(topic) in SPEAKING_PLACES
             or _is_medium(topic))
    return None if opening.lower_ == "on" and venue else topic


def _speaker_of_noun(noun: Token) -> Token | None:
    """Who made the speech or holds the view a noun names: its possessor ("his comments", "her
    claim that"), or the subject of the verb a noun of speech is made with ("the mayor made no
    mention of ..."), when either can hold content. A noun with neither ("calls for a recount
    grew") is no one's."""
    holder = _holder_of(noun)
    if holder is not None:
        return holder
    verb = _speaking_verb_of(noun)
    subject = subject_of(verb) if verb is not None else None
    return subject if _can_hold_content(subject) else None


def _speaking_verb_of(noun: Token) -> Token | None:
    """The verb a noun of speech is the object of and made with ("made comments", "renewed her
    call"), not one done to it ("read the comments", "withdrew his remarks")."""
    verb = noun.head
    verbs = CALLING_VERBS if noun.lemma_.lower() == "call" else SPEAKING_VERBS_OF_NOUNS
    if noun.dep_ != "dobj" or _lemma(verb) not in verbs or _passive(verb):
        return None
    return verb


def _poll_of(preposition: Token) -> Token | None:
    """"In a new survey, Lopez leads with 40 percent", "Lopez leads with 40 percent in a new
    survey": the poll in which the sentence's clause holds. The clause must be a statement of
    its own, with a subject that is no relative pronoun ("Trump, who is ahead in the polls,"
    is the writer's aside), and no report but the respondents' ("In the poll, 31 percent said
    ...": the poll shows what its shares said; "In the poll, the governor said ..." is the
    governor's claim)."""
    if preposition.lower_ != "in" or preposition.dep_ != "prep":
        return None
    noun = next((child for child in children_of(preposition) if child.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in POLL_NOUNS:
        return None
    clause = _polled_verb(preposition)
    if (clause is None or clause.pos_ not in ("VERB", "AUX") or _infinitive(clause)
            or _kind(clause) is not None and not _respondents_report(clause)):
        return None
    subject = next((child for child in children_of(clause) if child.dep_ in SUBJECT_DEPS), None)
    finite = clause.tag_ in FINITE_TAGS or any(child.dep_ == "aux" for child in children_of(clause))
    return noun if finite and subject is not None and subject.tag_ not in RELATIVE_TAGS else None


def _polled_verb(preposition: Token) -> Token | None:
    """The verb of the clause an "in" phrase naming a poll says holds in it: the one the phrase
    opens, or the main clause one poll closes (``_clause_closed_by_poll``)."""
    if _opens_sentence(preposition):
        return preposition.head
    noun = next(child for child in children_of(preposition) if child.dep_ == "pobj")
    return _clause_closed_by_poll(preposition, noun)


def _clause_closed_by_poll(preposition: Token, noun: Token) -> Token | None:
    """"Lopez led the field by nine points in a new Herald poll", "Lopez is the favourite in
    a survey of 900 readers": the main clause that a phrase bringing in one poll ("a", "an",
    "every") closes, hung on its verb or on the verb's object. PolNeAR train marks such
    clauses 7 times of 7; with a poll named before ("in the poll", "in the Herald survey")
    5 of 8. In the polls ("he trails in the polls") and in the subject ("a third
    of voters in the poll said") it is how someone fares, in the writer's words: train marks
    10 of 39 and 1 of 8."""
    if noun.tag_ in PLURAL_TAGS or not _brings_in(noun):
        return None
    head = preposition.head
    clause = head.head if head.dep_ in POLLED_OBJECT_DEPS else head
    return clause if clause.dep_ == "ROOT" and clause.i < preposition.i else None


def _brings_in(noun: Token) -> bool:
    """Whether the noun's determiner brings in a thing not named before: "a poll", "every
    survey", not "the poll" nor "this survey"."""
    return any(child.dep_ == "det" and child.lower_ not in DEFINITE_DETERMINERS for child in children_of(noun))


def _respondents_report(verb: Token) -> bool:
    """"79 percent of Democrats said ...", "six in 10 residents say ...", "a majority said
    ...": a share of the people polled reports, a finding of the poll they answered."""
    subject = subject_of(verb)
    if not is_speech_verb(verb) or subject is None or subject.i > verb.i:
        return False
    counted = any(token.like_num for token in lefts_of(subject))
    return counted or subject.like_num or subject.lemma_.lower() in quantity_nouns()


def _opens_sentence(token: Token) -> bool:
    """Whether only spaces and quotation marks come before the token in its sentence (walked
    back from the token, so a long sentence is not read for each of its words)."""
    while not token.is_sent_start and (token.nbor(-1).is_space or token.nbor(-1).is_quote):
        token = token.nbor(-1)
    return bool(token.is_sent_start)


def _polled_clause(preposition: Token) -> tuple[int, int] | None:
    """The clause a poll finds, without the phrase that names the poll. A poll closing the
    clause closes the content, which runs from the clause's subject: what opens the sentence
    before it ("By March, ...") and what follows the poll (", a drop of six points", "this
    year") are the writer's."""
    verb = _polled_verb(preposition)
    if _opens_sentence(preposition):
        named = {token.i for token in preposition.subtree}
        return _trimmed(token for token in verb.subtree if token.i not in named)
    # ``_poll_of`` took the clause only with a subject.
    subject = next(child for child in children_of(verb) if child.dep_ in SUBJECT_DEPS)
    return _trimmed(verb.doc[subject.left_edge.i : preposition.i])


def _content_clause(noun: Token) -> Token | None:
    """The clause which a noun's content is: one opened by "that" ("claim [that the vote was
    rigged]"), or the infinitive of a noun of promising ("pledge [to freeze rents]")."""
    return next(
        (child for child in rights_of(noun) if child.dep_ in ("acl", "ccomp")
         and _opens_with_that(child) or _promised_act(noun, child)),
        None,
    )


def _promised_act(noun: Token, clause: Token) -> bool:
    """"the senator's vow to balance the budget": the infinitive hung on a noun of promising is
    the act promised, as after the verb ("vowed to balance the budget"); the parser makes it a
    relative clause as often as a clausal modifier ("Mayor Lin's vow to cut the levy"). Only
    after a name or a noun, not a pronoun: "his promise to ..." mostly recalls a promise as a
    thing ("repeated his promise to ...", "deliver on their promises to ..."), and train marks
    its infinitive 6 times of 13."""
    possessor = _holder_of(noun)
    return (noun.lemma_.lower() in PROMISE_NOUNS and clause.dep_ in ("acl", "relcl") and _infinitive(clause)
            and possessor is not None and possessor.pos_ != "PRON")


def _holder_of(noun: Token) -> Token | None:
    """The noun's possessor when it can hold content: "his", "their", "the president's"."""
    possessor = next((child for child in children_of(noun) if child.dep_ == "poss"), None)
    if possessor is None:
        return None
    if possessor.pos_ == "PRON":
        return possessor if possessor.lower_ in POSSESSIVE_HOLDERS else None
    return possessor if _can_hold_content(possessor) else None


def _content_of(verb: Token, kind: ClaimKind) -> list[tuple[int, int]]:
    """Character spans of what the cue reports: one, or one on each side of a report that
    interrupts the clause it reports ("The plan, she said, is dead")."""
    if verb.pos_ == "NOUN":
        clause = _content_clause(verb)
        if clause is not None:
            return _spans(_trimmed(clause.subtree))
        return _spans(_trimmed(_topic_of(verb).subtree, name_alone=True))
    if verb.pos_ == "ADP":
        return _spans(_polled_clause(verb))
    if _used_as_adjective(verb):
        return _spans(_trimmed(_adjective_complement(verb).subtree))
    if kind == "stance":
        return _spans(_stance_content(verb))
    expected = _expected_infinitive(verb)
    if expected is not None:
        return _what_is_expected(verb, expected)
    made_clear = _clause_made_clear(verb)
    if made_clear is not None:
        return _spans(_trimmed(made_clear.subtree))
    view = _view_as(verb)
    if view:
        return _spans(_trimmed(view))
    described = _relative_described_as(verb)
    if described:
        return described
    if is_according_to(verb):
        fragments = _spans(_after_opening_word(verb)) or _around_according_to(verb)
        if fragments:
            return fragments
    deps = _content_deps(verb, kind)
    reported = _reported_subject(verb, deps)
    if reported is not None:
        return [reported, *_spans(_trimmed(_object_content(verb)))]
    if verb.dep_ == "parataxis" and not any(child.dep_ in deps for child in children_of(verb)):
        fragments = _interrupted_clause(verb)
        if fragments:
            before, after = fragments
            return [before, _through_dashes(verb, after)]
    content = _evidence_object(verb) if deps is EVIDENCE_CONTENT_DEPS else None
    content = content or _content(verb, deps)
    if content is not None and kind == "evidence":
        content = _with_figures_after(verb, content)
    if content is not None and kind == "speech":
        content = _with_reason_after(verb, content)
    if content is None:
        return []
    content = _with_second_clause_after(verb, _with_clause_right_after(verb, content))
    content = _before_closing_according_to(verb, _through_dashes(verb, content))
    content = _before_joined_report(verb, content) if content is not None else None
    if content is None:
        return []
    spans = _around_report_in_relative(verb, content)
    return spans + _spans(_clause_after_tag(verb, spans[-1]))


def _reported_subject(verb: Token, deps: set[str]) -> tuple[int, int] | None:
    """"Word of the merger was reported by the Tribune", "the levy has been criticized by three
    mayors for its timing": a main clause's report in the passive, with its speaker after "by",
    reports its subject (and what the verb's objects add: "for its timing"). Not when the verb
    speaks to its subject ("was warned by police about ...") or reports a clause ("voters were
    promised by the mayor that ..."): then the subject is the one spoken to. Nor when the
    subject is sent somewhere ("the grievance was referred to an ombudsman by the clerk", as
    in ``_referred_to``)."""
    if verb.dep_ != "ROOT" or verb.lemma_.lower() in SPOKEN_TO_PASSIVES | SENT_PASSIVES or passive_agent(verb) is None:
        return None
    if any(child.dep_ in deps for child in children_of(verb)):
        return None
    subject = next((child for child in children_of(verb) if child.dep_ == "nsubjpass"), None)
    return _trimmed(subject.subtree, name_alone=True) if subject is not None else None


def _before_closing_according_to(verb: Token, content: tuple[int, int]) -> tuple[int, int] | None:
    """The content without an "according to" that closes the sentence after it: in "Lane said he
    would veto the bill if it passed, according to press reports" the papers report that Lane
    said it, and the parser may hang their phrase on the content's verb."""
    sentence = verb.sent
    for token in tokens_of(verb.doc)[verb.i + 1 : sentence.end]:
        if token.idx >= content[1]:
            break
        if not (is_according_to(token) and token.idx > content[0] and token.nbor(-1).text == ","):
            continue
        after = token.right_edge.i + 1
        if after == sentence.end or verb.doc[after].text in SENTENCE_STOPS | {"\n"} or verb.doc[after].is_space:
            return _trimmed(verb.doc[_content_tokens(verb.doc, content).start : token.i])
    return content


def _around_according_to(verb: Token) -> list[tuple[int, int]]:
    """"At the heart of the dispute, according to two aides, was a decision ...", "Since May,
    according to the group, police have detained 400 people": an "according to" set off by
    commas before the verb of the clause it sits in leaves that clause on both sides, one
    fragment each. After the verb ("The plant closed, according to officials, in May") the
    clause before it is the content."""
    own = [t.i for t in verb.subtree]
    sentence = verb.sent
    if min(own) <= sentence.start or sentence.root.i < max(own) or sentence.root.i == verb.i:
        return []
    doc = verb.doc
    closing = _closing_comma(verb)
    if doc[min(own) - 1].text != "," or closing is None:
        return []
    before = _trimmed(doc[sentence.start : min(own)])
    after = _trimmed(doc[closing.i + 1 : sentence.end])
    return [before, after] if before is not None and after is not None else []


def _closing_comma(verb: Token) -> Token | None:
    """The comma that closes an "according to" phrase set off in its sentence: the one right after
    the phrase, or its own last word, as the parser hangs that comma on the source when the
    source is long ("according to Ann Cole, a former aide, ...", "according to Ohio's chief
    auditor Dale Wu, ...")."""
    last = verb.right_edge
    # Past "according", "to" and one word of the source at least.
    if last.text == "," and last.i > verb.i + 2:
        return last
    following = last.i + 1
    return verb.doc[following] if following < verb.sent.end and verb.doc[following].text == "," else None


def _after_opening_word(verb: Token) -> tuple[int, int] | None:
    """"She quit after, according to her, the drummer kept the money", "The wire reported that,
    according to its count, most donors gave twice": an "according to" set off by commas right
    after the word that opens a clause reports that clause, the words after it."""
    own = [t.i for t in verb.subtree]
    first, last = min(own), max(own)
    doc = verb.doc
    if first < verb.sent.start + 2 or last + 2 >= verb.sent.end or doc[first - 1].text != "," or doc[last + 1].text != ",":
        return None
    opening = doc[first - 2]
    # The word opens a clause it leaves to come after ("that", "because", "after" without its object).
    opens = opening.pos_ in ("SCONJ", "ADP") and not any(child.dep_ == "pobj" for child in children_of(opening))
    clause = verb.head
    if not opens or clause.i <= last + 1 or clause.right_edge.i >= verb.sent.end:
        return None
    return _trimmed(doc[last + 2 : clause.right_edge.i + 1])


def _around_report_in_relative(verb: Token, content: tuple[int, int]) -> list[tuple[int, int]]:
    """"a levy which the council said was unfair", "what the board has vowed to build": a report
    inside a relative clause whose content opens with the relative word, before the report's
    subject. The content is that word and the words after the verb, one fragment each: the
    subject and the verb between them are the report's own (PolNeAR train: 29 of the 35 such
    reports the gold marks; 5 more leave the relative word out)."""
    doc = verb.doc
    span = _content_tokens(doc, content)
    if span is None or span.start >= verb.i or span.end <= verb.i + 1:
        return [content]
    relative = span[0]
    between = doc[relative.i + 1 : verb.i]
    # The tagger may take a relative "that" for the one that opens a clause, but then leaves it
    # a subject or an object, not a mark.
    opens_relative = relative.tag_ in RELATIVE_TAGS or relative.lower_ == "that" and relative.dep_ != "mark"
    if not opens_relative or not verb.is_ancestor(relative) or any(t.is_punct or t.is_quote for t in between):
        return [content]
    rest = _trimmed(doc[verb.i + 1 : span.end]) or _lone_word(doc[verb.i + 1 : span.end])
    if rest is None:
        return [content]
    return [_word_span(relative), rest]


def _lone_word(tokens: Span) -> tuple[int, int] | None:
    """The one word left after a report in a relative clause ("which the council said failed"):
    too short to stand as content alone, but beside the relative word it is what was said, and
    the report's own subject and verb between them are not."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    return _word_span(words[0]) if len(words) == 1 else None


def _word_span(token: Token) -> tuple[int, int]:
    return token.idx, token.idx + len(token)


def _content_tokens(doc: Doc, content: tuple[int, int]) -> Span | None:
    return doc.char_span(content[0], content[1], alignment_mode="expand")


def _spans(content: tuple[int, int] | None) -> list[tuple[int, int]]:
    return [] if content is None else [content]


def _with_figures_after(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """The content with the figures that go on after it to the end of the sentence ("showed Lund
    leading, 45 percent to 38, among women"), up to a report of its own ("..., the pollster
    said"): the parser hangs them anywhere, and a figure alone reports nothing."""
    rest = [t for t in tokens_of(verb.doc)[verb.i + 1 : verb.sent.end] if t.idx >= content[1] and not t.is_space]
    if rest and rest[0].text == ",":
        rest = rest[1:]
    if len(rest) < 2 or not (rest[0].like_num or rest[0].lower_ in FIGURE_LINKS
                             or rest[0].tag_ == "VBG" and rest[1].like_num):
        return content
    report = next((t for t in rest if is_according_to(t) or is_speech_verb(t)), None)
    kept = rest if report is None else [t for t in rest if t.i < _report_start(report)]
    while kept and (kept[-1].is_punct or kept[-1].lower_ in TRAILING_NOISE):
        kept.pop()
    return (content[0], kept[-1].idx + len(kept[-1])) if kept else content


def _with_reason_after(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """The content with the reason or condition that follows it with no comma between ("vowed
    to impose a levy unless the mill cancels its expansion", "calls the bridge a hazard because
    its cables have rusted"): the parser hangs the clause on the report, but it goes on with
    what was said (PolNeAR train: 8 of the 8 cases where we stopped before it)."""
    following = _token_after(verb, content)
    if following is None or following.lower_ not in REASON_MARKS or following.dep_ != "mark":
        return content
    clause = following.head
    if clause.dep_ != "advcl" or clause.head.i != verb.i or following.i != clause.left_edge.i:
        return content
    reason = _trimmed(verb.doc[following.i : clause.right_edge.i + 1])
    return (content[0], reason[1]) if reason is not None else content


def _token_after(verb: Token, content: tuple[int, int]) -> Token | None:
    """The first token after the content in its sentence, past a space. Found from the
    content's span, not by reading the sentence on from the cue: a long run-on sentence with
    many cues is not read once per cue."""
    doc, end = verb.doc, verb.sent.end
    span = _content_tokens(doc, content)
    following = doc[span.end] if span is not None and span.end < end else None
    if following is not None and following.is_space and following.i + 1 < end:
        following = following.nbor()
    return following


def _with_clause_right_after(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """The content with a clause that "that" or "if" opens right after it, with no comma: a
    condition ("would back the levy if the county matches it") or a clause on the content's
    last words ("named the crews that built the ramp", "is sure that the pier can be saved").
    The parser hangs it on the report or on a word outside the content, but it goes on with
    what was said (PolNeAR train: the gold goes on through it after 21 of the 22 statements we
    ended before it that it marks: "that" 13 of 14, "if" 8 of 8)."""
    following = _token_after(verb, content)
    if following is None or following.lower_ not in CLAUSE_RIGHT_AFTER_OPENERS:
        return content
    # A relative "that" is its clause's subject or object, and a "that" or "if" that opens a
    # clause is its mark: either way the clause's verb is its head, and the clause starts with it.
    clause = following.head
    if clause.i <= following.i or clause.left_edge.i != following.i or clause.pos_ not in ("VERB", "AUX"):
        return content
    rest = _trimmed(verb.doc[following.i : min(clause.right_edge.i + 1, verb.sent.end)])
    return (content[0], rest[1]) if rest is not None else content


def _with_second_clause_after(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """The content with a second clause joined to it by "and", "or" or "but" and marked by
    "that" or "whether" ("told the board that costs would rise but that nobody had checked",
    "was asked about the closures and whether more would follow"): the parser hangs that clause
    on the report or on a word before, but it is more of what was said (PolNeAR train: the gold
    goes on through it after 5 of the 5 statements we ended before it). A clause that is the
    subject of another ("and whether it passes is unclear") is the writer's."""
    doc, end = verb.doc, verb.sent.end
    coordinator = _token_after(verb, content)
    if coordinator is not None and coordinator.text == "," and coordinator.i + 1 < end:
        coordinator = coordinator.nbor()
    if coordinator is None or coordinator.lower_ not in COORDINATORS or coordinator.i + 1 >= end:
        return content
    mark = coordinator.nbor()
    clause = mark.head
    if (mark.lower_ not in SECOND_CLAUSE_MARKS or mark.dep_ != "mark" or clause.i <= mark.i
            or clause.left_edge.i < mark.i or clause.dep_ in ("csubj", "csubjpass")):
        return content
    second = _trimmed(doc[mark.i : min(clause.right_edge.i + 1, end)])
    return (content[0], second[1]) if second is not None else content


def _clause_after_tag(verb: Token, content: tuple[int, int]) -> tuple[int, int] | None:
    """The rest of the sentence when a report set off by commas right after its content is
    followed by a word that goes on with the content ("The ferry stays docked, the captain said,
    because the swell is high", "Turnout may dip, organisers say, but the march will go ahead"):
    the report interrupts what was said, which goes on after it (PolNeAR train: the gold takes it
    in 16 of the 18 sentences we stopped before it). A clause with a report of its own ("..., he
    said, but critics say ..."), one opening with a phrase before its subject ("..., he said, but
    with the aides gone, it is ...") and one after "according to", which the writer tacks on to
    a sentence that is then the writer's again, are not the source's."""
    if is_according_to(verb):
        return None
    doc, sentence = verb.doc, verb.sent
    # Read from the content's end, not from the sentence start: a run-on sentence with many cues
    # is not read once per cue.
    span = _content_tokens(doc, content)
    between = [t for t in tokens_of(doc)[span.end : _report_start(verb)] if not t.is_space] if span is not None else []
    if not between or between[-1].text != "," or any(t.text != "," and t.text not in QUOTATION_MARKS for t in between):
        return None
    # The tag's closing comma lies within MAX_TAG_WORDS of its verb; a sentence without one is
    # not read to its end.
    near = doc[verb.i + 1 : min(sentence.end, verb.i + 1 + MAX_TAG_WORDS)]
    comma = next((t for t in near if t.text == ","), None)
    if comma is None or comma.i + 2 >= sentence.end:
        return None
    # A comma after words not the report's own ("said the fee, which rose,") ends something else,
    # not the tag; the report's own ("said Friday", "told reporters") may come before it.
    if not all(verb.is_ancestor(t) for t in tokens_of(doc)[verb.i + 1 : comma.i]):
        return None
    opener = doc[comma.i + 1]
    # "and" goes on with the content's own subject ("..., the club confirmed, and has signed two
    # strikers"); "and" with a clause of its own may be the writer's next news.
    goes_on = (opener.lower_ in AFTER_TAG_OPENERS
               or opener.lower_ == "and" and opener.nbor().pos_ in ("VERB", "AUX"))
    if not goes_on or opener.nbor().pos_ in ("ADP", "SCONJ"):
        return None
    rest = doc[opener.i : sentence.end]
    if any(_has_own_subject(t) and _kind(t) == "speech" for t in rest):
        return None
    return _trimmed(rest)


def _report_start(report: Token) -> int:
    """Where a report starts: at its subject when that comes first ("aides say"), else at the
    verb."""
    subject = subject_of(report)
    return subject.left_edge.i if subject is not None and subject.i < report.i else report.i


def _evidence_object(verb: Token) -> tuple[int, int] | None:
    """What a poll or record shows as a thing: its object and all the verb says of it after it
    ("shows Sanders with 47 percent", "showed Trump leading the field", "shows Cruz 16 points
    ahead"), which the parser hangs on the verb beside the object."""
    obj = next((child for child in rights_of(verb) if child.dep_ == "dobj"), None)
    if obj is None or any(child.dep_ == "ccomp" for child in children_of(verb)):
        return None
    # "according to the Post" names who reports the evidence, a claim of its own.
    after = [child for child in rights_of(verb)
             if child.i >= obj.i and child.dep_ in EVIDENCE_OBJECT_DEPS and not is_according_to(child)]
    # "shows Lund with 47 percent versus Ortiz, who has 44": the figures go on in the aside.
    return _trimmed(verb.doc[obj.left_edge.i : after[-1].right_edge.i + 1], name_alone=True, asides=True)


def _through_dashes(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """The content with an aside set off by a pair of dashes and the words that go on after it:
    "pledged to ban all imports — half of what the port handles — from the region". The
    parser hangs the words after the aside on the verb or the aside; a new clause ("— and left"), a
    comma or a time ("— on Tuesday", when it was said) ends the content at the first dash, also
    when the content's subtree already holds them (``_aside_closing_the_content``)."""
    doc, sentence = verb.doc, verb.sent
    opening = _aside_closing_the_content(verb, content)
    if opening is not None:
        return content[0], opening.nbor(-1).idx + len(opening.nbor(-1))
    following = next((t for t in tokens_of(doc)[verb.i + 1 : sentence.end] if t.idx >= content[1] and not t.is_space), None)
    if following is None or not _spaced_dash(following):
        return content
    closing = next((t for t in tokens_of(doc)[following.i + 1 : sentence.end] if _spaced_dash(t)), None)
    if closing is None:
        return content
    rest = _words_after_dash(closing)
    inside = {t.i for t in rest}
    # The parser may also hang them on a verb the report belongs to ("a liar who pledged to ban
    # X — ... — from entering"), but the main clause resuming ("— won the primary") ends it.
    governing = {verb.i} | {t.i for t in verb.ancestors}
    heads = [t.head for t in rest if t.head.i not in inside]
    if (_goes_on_after_dashes(rest) and heads and not inside & governing
            and all(head.i in governing or content[0] <= head.idx < closing.idx for head in heads)):
        return content[0], rest[-1].idx + len(rest[-1])
    return content


def _aside_closing_the_content(verb: Token, content: tuple[int, int]) -> Token | None:
    """The first dash of an aside in dashes that, with the words after it, closes the content
    although they do not go on with it (a time or a new clause, as in ``_goes_on_after_dashes``):
    "said the vote was rigged — a claim with no evidence — on Tuesday", where the parser hangs
    the aside on a word before the content's verb and the time on the aside, so the content's
    subtree holds both."""
    words = [t for t in tokens_of(verb.doc)[verb.i + 1 : verb.sent.end] if content[0] < t.idx < content[1]]
    dashes = [t for t in words if _spaced_dash(t)]
    if len(dashes) < 2:
        return None
    opening, closing = dashes[0], dashes[1]
    rest = _words_after_dash(closing)
    if not rest or rest[-1].idx + len(rest[-1]) < content[1] or _goes_on_after_dashes(rest):
        return None
    # A verb with a subject of its own is the content's ("said her officers — all of them
    # volunteers — and the firemen worked through the night", a second subject and its verb the
    # parser hangs on the aside), not the reporter's next act.
    if any(_has_own_subject(t) for t in rest):
        return None
    hung_on_aside = {t.i for t in tokens_of(verb.doc)[opening.i + 1 : rest[-1].i + 1]}
    return opening if all(t.head.i in hung_on_aside for t in rest) else None


def _words_after_dash(dash: Token) -> list[Token]:
    """The words after a closing dash, up to the next punctuation."""
    rest: list[Token] = []
    for token in tokens_of(dash.doc)[dash.i + 1 : dash.sent.end]:
        if token.is_punct or token.is_space:
            break
        rest.append(token)
    return rest


def _goes_on_after_dashes(rest: list[Token]) -> bool:
    """Whether the words after an aside in dashes go on with what came before it. A conjunction
    goes on with a noun it joins to one before ("between the police -- mainly city officers --
    and the residents"), not with a clause ("-- and left the room"); a time says when it was said."""
    joins_content = bool(rest) and (rest[0].dep_ != "cc" or not any(t.pos_ in ("VERB", "AUX") for t in rest))
    return joins_content and not any(t.ent_type_ in ("DATE", "TIME") for t in rest)


def _expected_infinitive(verb: Token) -> Token | None:
    """The infinitive of "The ferry is expected to sail at noon", "voters who are expected to
    turn out": an agentless passive of ``EXPECTATION_PASSIVES`` with an infinitive."""
    if _lemma(verb) not in EXPECTATION_PASSIVES or not agentless_passive(verb):
        return None
    return next((child for child in rights_of(verb) if child.dep_ == "xcomp" and _infinitive(child)), None)


def _what_is_expected(verb: Token, infinitive: Token) -> list[tuple[int, int]]:
    """The subject and the infinitive of an expectation, one fragment each ("[The ferry] is
    expected [to sail at noon]"): the passive verb between them is the cue. The subject may be
    one word ("Okafor", "who"); without one before the verb the infinitive is the content."""
    subject = next((child for child in lefts_of(verb) if child.dep_ in SUBJECT_DEPS), None)
    expected = _trimmed(infinitive.subtree)
    if expected is None:
        return []
    if subject is None:
        return [expected]
    held = _word_span(subject) if subject.left_edge == subject.right_edge else _trimmed(subject.subtree)
    return [held, expected] if held is not None else [expected]


def _view_as(verb: Token) -> list[Token]:
    """"Voters see her as the stronger candidate": the object and what it is seen as; nothing
    for a view verb without "as" ("she saw him there"), with "as" opening a clause ("saw the
    fire as they drove home") or for any other verb."""
    if verb.lemma_.lower() not in view_verbs():
        return []
    objects = [child for child in rights_of(verb) if child.dep_ == "dobj"]
    if not objects:
        return []
    target = objects[0]
    # The parser hangs "as ..." on the verb or on its object ("see [Ms. Ruiz as ...]").
    after = [c for c in rights_of(verb) if c.i > target.i] + list(rights_of(target))
    as_part = next((c for c in after if c.left_edge.lower_ == "as" and c.left_edge.dep_ != "mark"), None)
    if as_part is None:
        return []
    return list(verb.doc[target.left_edge.i : max(as_part.right_edge.i, target.right_edge.i) + 1])


def _clause_made_clear(verb: Token) -> Token | None:
    """"The league has made it clear the fine will stand", "the coach made clear after the
    derby that he stays": the clause after "make (it) clear" is its subject's, wherever the
    parser hangs it (on "made" or on "clear"; on "made" too when it takes "clear" for a word
    describing the day after it, "made clear Thursday the ..."). "Clear" is found by the words'
    order, which holds where the parse does not. Not a question ("made it
    clear which bids count"). PolNeAR train marks the clause 24 times of 25 with a holder."""
    if _lemma(verb) != "make":
        return None
    following = itertools.dropwhile(lambda token: token.lower_ == "it" or token.tag_ == "RB", verb.doc[verb.i + 1 : verb.sent.end])
    clear = next(following, None)
    if clear is None or clear.lower_ != "clear":
        return None
    return next((child for child in _hung_after(clear, verb)
                 if _clause_with_own_subject(child) and not _puts_a_question(child)), None)


def _clause_with_own_subject(child: Token) -> bool:
    """A clause with a subject of its own, opened by "that" or by nothing ("that" left out),
    however the parser labels it: not "because ...", "if ..." nor a phrase."""
    marks = [grandchild for grandchild in children_of(child) if grandchild.dep_ == "mark"]
    that_or_nothing = all(mark.lower_ == "that" for mark in marks)
    return child.dep_ in ("ccomp", "advcl") and that_or_nothing and _has_own_subject(child)


def _that_clause_of_its_own(verb: Token) -> bool:
    """"The ombudsman ruled on Tuesday that the fee was unlawful", "aides have signalled that
    ...": a verb in a tense of its own (``_stated``) with a that-clause after it reports that
    clause, whatever the verb (gold marking on train: 60 of 73). Not a verb whose that-clause
    is a result or a definition ("is", "means", "ensured that"), nor one whose object comes
    first: the clause is then the listener's ("convinced voters that") or the noun's ("knocked
    a claim that")."""
    if _lemma(verb) in CLAUSE_NOT_REPORTED or not _unlisted(verb) or not _stated(verb):
        return False
    clause = next((child for child in rights_of(verb) if child.dep_ == "ccomp" and _opens_with_that(child)), None)
    if clause is None or clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].lower_ in THAT_CONJUNCTIONS:
        return False
    return not any(child.dep_ in OBJECT_DEPS | {"dative"} and child.i < clause.i for child in rights_of(verb))


def _unlisted(verb: Token) -> bool:
    """A verb none of the word lists gives a kind."""
    lemma = _lemma(verb)
    return lemma not in stance_verbs() and not is_speech_act(verb) and not is_speech_verb(verb)


def _content_deps(verb: Token, kind: ClaimKind) -> set[str]:
    """The dependencies that may hold what a cue of ``kind`` reports."""
    if kind == "speech":
        return CONTENT_DEPS
    if verb.lemma_.lower() in CLAUSE_ONLY or _unlisted(verb):
        return {"ccomp"}
    if kind == "evidence" and _is_evidence(subject_of(verb)):
        return EVIDENCE_CONTENT_DEPS
    if _wants_a_thing(verb):
        return {"dobj"}
    return STANCE_CONTENT_DEPS[kind]


def _wants_a_thing(verb: Token) -> bool:
    """Whether a verb of wanting takes a noun after it for all its content ("Union chiefs want no
    second walkout this year"), where no clause or infinitive says what is wanted. Not an
    object before the verb ("what voters want", "the roads she wants"), which is a relative's,
    nor a pronoun, an adjective or a quantity ("want it", "want the same", "want none of it"),
    which name nothing, nor one wanted by the police ("want the driver for questioning")."""
    if _lemma(verb) not in WANTING_VERBS or any(child.dep_ in CONTENT_DEPS for child in children_of(verb)):
        return False
    thing = next((child for child in rights_of(verb) if child.dep_ == "dobj"), None)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN") or thing.lower_ in NOTHING_NAMED:
        return False
    return not any(word.lemma_.lower() in WANTED_BY_POLICE and word.head.lower_ in ("for", "in")
                   for word in verb.subtree if word.i > thing.i)


def _question_asked(verb: Token, child: Token) -> bool:
    """"asked the senator if she would run", "asked whether the vote was fair": a question the
    parser hangs on the verb as a condition is what was asked."""
    return (child.dep_ == "advcl" and child.i > verb.i and verb.lemma_.lower() in QUESTION_VERBS
            and any(mark.dep_ == "mark" and mark.lower_ in ("if", "whether") for mark in children_of(child)))


def _is_evidence(subject: Token | None) -> bool:
    """A poll, a study, records: a document that shows things for whoever made it, and is the
    claim's source as it is for a speech verb ("the report said"). Other evidence ("figures
    show") has no source the database can store: an anonymous person "new figures" is wrong."""
    return subject is not None and _is_document(subject)


def _passive(verb: Token) -> bool:
    """"The painting is thought to be a forgery": the subject is what the content is about, not
    who holds it (an agentless "is expected to" is ``_expected_infinitive``'s)."""
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in children_of(verb))


def _can_hold_content(subject: Token | None) -> bool:
    """A person, organization, group or anonymous source: who can believe, want or know.
    Evidence ("a poll shows") holds nothing but shows it, see ``_is_evidence``."""
    if subject is None:
        return False
    if _share_of_people(subject) or _bare_share(subject):
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in HOLDER_PRONOUNS
    # A surname the article gives a person in full, which the tagger takes for a common noun
    # where it opens a sentence: "Jones knows ..." after "Mary Jones".
    if subject.ent_type_ in NAMED_HOLDERS or surname_of_named_person(subject):
        return True
    # A capitalised first word ("Auditors found ...") may be tagged a proper noun and keep its plural.
    return names_people(subject.lemma_.lower()) or names_people(subject.lower_.removesuffix("s"))


def _share_of_people(subject: Token) -> bool:
    """"Most of the voters believe ...", "58 percent of Republicans want ...", "some of the
    residents expect ...": a share of people holds what its people hold ("some" and "most" are
    pronouns to the tagger)."""
    if subject.lemma_.lower() not in quantity_nouns():
        return False
    return any(people.lower_ == "them" or _can_hold_content(people)
               for of in children_of(subject) if of.dep_ == "prep" and of.lower_ == "of"
               for people in children_of(of) if people.dep_ == "pobj")


def _bare_share(subject: Token) -> bool:
    """A share named alone ("most believe ...", "a third want ..."), of the people the article
    has just named: it holds a view, though it shows no evidence (``_kind``)."""
    word = subject.lemma_.lower()
    if word not in BARE_SHARES and word not in FRACTIONS:
        return False
    children = children_of(subject)
    if any(child.dep_ == "prep" and child.lower_ == "of" for child in children):
        return False  # a share of what: ``_share_of_people``
    if word in FRACTIONS and not any(child.dep_ == "nummod" or child.lower_ == "a" for child in children):
        return False
    return not _things_just_named(subject)


def _things_just_named(word: Token) -> bool:
    """Whether the last plural noun before the word, in its sentence or the one before, names
    things: "Three bills were filed. All aim to cap rents" is a share of bills. A pair named one
    by one ("The mayor and her rival met. Both want ...") has no plural to go by."""
    start = word.sent.start
    if start > 0:
        start = word.doc[start - 1].sent.start
    plural = next((token for token in reversed(word.doc[start : word.i]) if token.tag_ in ("NNS", "NNPS")), None)
    return plural is not None and not _can_hold_content(plural)


def _around_whole_quotes(start: int, end: int, quotes: SpanIndex) -> tuple[int, int] | None:
    """The content widened to the quotes it cuts: 'said "it makes me angry" every time ...' is
    parsed with the opening mark on the cue, so the clause starts inside the quote it opens with.

    Returns:
        The widened span, or None when the content lies inside one quote (it is the quote's).
    """
    touched = quotes.overlapping(start, end)
    if any(s <= start and end <= e for s, e in touched):
        return None
    return min([start, *(s for s, _ in touched)]), max([end, *(e for _, e in touched)])


def _own_words_around_quotes(doc: Doc, start: int, end: int, quotes: SpanIndex) -> bool:
    """Whether the content (holding every quote it touches whole) has words of its own besides."""
    touched = quotes.overlapping(start, end)
    if not touched:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    inside = SpanIndex(touched)
    own = [t for t in span if _is_word(t) and not inside.contains(t.idx)]
    return len(own) >= MIN_OWN_WORDS


def _is_word(token: Token) -> bool:
    """A word, a contraction's second half too: "she's "..."" is "she is "..."", two words of
    the speaker's own, though the tokenizer splits off "'s" (or "’re", "n't") with its apostrophe.
    Not a possessive's "'s" the tagger reads as one: "Varga's "..."" stays one word (after a
    curly apostrophe it is often read as "is", and counts)."""
    return token.is_alpha or token.tag_ != "POS" and token.text.replace("'", "").replace("\u2019", "").isalpha()


def _passive_participle(verb: Token) -> bool:
    """"Asked whether ..., the candidate said", "When asked about ...": the one who asked is not
    in the sentence, and the subject the participle would inherit is the one who answered;
    "the senator, expected to run": the one who expects is not named either."""
    # The tagger takes a sentence-initial "Asked" (or "When asked") for a past tense as often
    # as for a participle.
    opens_clause = all(t.dep_ in ("advmod", "mark") for t in tokens_of(verb.doc)[verb.sent.start : verb.i])
    # A verb the parser hangs on a noun inside a clause, with the name it gives, is a participle
    # whatever the tagger says: "a super PAC called Future 45" is tagged a past tense as often
    # as not. Without a name ("a union of teachers called for a strike") or hung on a noun the
    # parser made the sentence's root ("Ortiz called Wednesday for ...") it is the main verb the
    # parser missed.
    naming_a_noun = (verb.dep_ == "acl" and verb.head.dep_ != "ROOT"
                     and any(child.dep_ in ("oprd", "dobj") for child in children_of(verb))
                     and not any(child.dep_ in CONTENT_DEPS for child in children_of(verb)))
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and (opens_clause or naming_a_noun)
    own_subject = any(child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for child in children_of(verb))
    # "Ada Lorne, expected to be the top sponsor,": a past participle set off after a noun
    # is passive, and the noun is what the content is about, not who holds it ("a poll found"
    # without the comma is the parser's slip for a main verb).
    on_a_noun = ((verb.tag_ == "VBN" or naming_a_noun) and verb.dep_ == "acl" and verb.i > verb.sent.start
                 and (verb.doc[verb.i - 1].text == "," or _names_the_noun(verb)))
    return participle and (verb.dep_ == "advcl" or on_a_noun) and not own_subject or _set_off_participle(verb)


def _asked_by(participle: Token) -> bool:
    """"Asked by a reporter whether ..., the mayor said", "when asked by the host if ...": the
    one who asks is named after "by", and asks what follows."""
    return participle.lemma_.lower() == "ask" and any(child.dep_ == "agent" for child in children_of(participle))


def _asked_unnamed(participle: Token) -> bool:
    """"Asked whether he would run, the mayor said ...", "when asked how the budget will balance":
    the question is a report of its own, by whoever asked it, whom the sentence does not name; the
    subject the participle would inherit is the one who answered. Only a question ("whether",
    "if", "what"): "asked to leave", "asked for comment" request, they ask nothing.
    Not where the participle introduces a quote ("when asked about it: \"...\""): the quote
    takes it for its cue."""
    if participle.lemma_.lower() != "ask" or not _passive_participle(participle):
        return False
    if _asked_by(participle) or _introduces_quote(participle):
        return False
    return any(_puts_a_question(child) for child in children_of(participle))


def _puts_a_question(child: Token) -> bool:
    """A question hung on "asked": a clause opened by "whether", "if" or a question word. ("Asked
    about the plan" names a topic, which PolNeAR marks as content about half the time.)"""
    opening = child.left_edge
    return child.dep_ in CONTENT_DEPS | {"advcl"} and (opening.lower_ in QUESTION_MARKS or opening.tag_ in RELATIVE_TAGS)


def _introduces_quote(verb: Token) -> bool:
    """Whether a quotation opens after the verb in its sentence with no other report between."""
    for token in tokens_of(verb.doc)[verb.i + 1 : verb.sent.end]:
        if token.text in QUOTATION_MARKS:
            return True
        if _reports(token):
            return False
    return False


def _reports(verb: Token) -> bool:
    """Whether the verb reports speech: a verb of saying ("said") or a speech act ("called")."""
    return is_speech_verb(verb) or is_speech_act(verb) or _sends_greeting(verb)


def _sends_greeting(verb: Token) -> bool:
    """"The mayor offered her condolences", "fans tweeted their thanks": a verb of sending
    whose object is a greeting or a feeling reports it."""
    return verb.lemma_.lower() in EXPRESSING_VERBS and any(_greeting(child) for child in children_of(verb))


def _greeting(token: Token) -> bool:
    """An object that is a greeting or a feeling sent to someone: "thanks", "condolences". The
    parser may take a possessor for the object and the greeting for an adverb ("tweeted [her]
    [thanks]")."""
    if token.dep_ not in OBJECT_DEPS | {"npadvmod"} or not {token.lower_, token.lemma_.lower()} & EXPRESSED_NOUNS:
        return False
    # "posted a win thanks to a late goal": unless someone's, "thanks to" says why.
    return not (token.lower_ == "thanks" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to"
                and (token.i == 0 or token.nbor(-1).lower_ not in POSSESSIVE_PRONOUNS))


def _names_the_noun(participle: Token) -> bool:
    """"a group called Citizens First", "a plan described as bold": without a comma, a report's
    participle with one complement names or describes the noun, which is what is called, not
    who calls. With two ("one lawmaker called Halvorsen "a showman"") the parser mistook a main
    verb for a participle."""
    return _reports(participle) and sum(child.dep_ in ("dobj", "oprd", "dative") for child in children_of(participle)) <= 1


def _set_off_participle(verb: Token) -> bool:
    """"Governor Tim Hale, expected to announce a run, toured the plant": a participle between
    commas after a noun, which the parser may take for the noun's main verb, the finite verb
    after it. The comma after an appositive ("Jane Doe, 52, said ..., adding") closes it and
    opens nothing, and "adding" goes on with a main verb, it does not follow one."""
    subject = next((child for child in lefts_of(verb) if child.dep_ in SUBJECT_DEPS), None)
    complement = next((child for child in rights_of(verb) if child.dep_ in CONTENT_DEPS), None)
    if subject is None or complement is None or verb.tag_ not in ("VBD", "VBN"):
        return False
    doc = verb.doc
    subject_end = max(t.i for t in subject.subtree if not t.is_punct)
    between = doc[subject_end + 1 : verb.i]
    appositive = any(t.text == "," for t in tokens_of(doc)[subject.left_edge.i : subject_end])
    after = complement.right_edge.i + 1
    return (len(between) > 0 and between[0].text == "," and all(t.pos_ == "ADV" for t in between[1:])
            and not appositive and after < verb.sent.end and doc[after].text == "," and after + 1 < verb.sent.end
            and doc[after + 1].tag_ in FINITE_TAGS)


def _asks_anonymity(verb: Token) -> bool:
    """"who asked not to be identified", "requested that she not be named": the terms a source
    speaks on, like "on condition of anonymity", not something it says."""
    if verb.lemma_.lower() not in ("ask", "request"):
        return False
    return any(child.dep_ in ("xcomp", "ccomp") and child.lemma_.lower() in ("identify", "name")
               and {"auxpass", "neg"} <= {grandchild.dep_ for grandchild in children_of(child)} for child in children_of(verb))


def _advice(verb: Token) -> bool:
    """"Senate leaders may want to reconsider", "the mayor might want to check her figures": the
    writer's advice to someone, not what that someone wants."""
    return _lemma(verb) == "want" and any(child.dep_ == "aux" and child.lower_ in ADVISING_MODALS
                                         for child in children_of(verb))


def _sentence_adverb(verb: Token) -> bool:
    """"That said, ...", "All told, ...": a set phrase that opens its sentence, says how the
    writer goes on, and reports no one's words."""
    sentence = verb.sent
    return (verb.i == sentence.start + 1 and verb.i + 1 < sentence.end and verb.doc[verb.i + 1].text == ","
            and (verb.doc[sentence.start].lower_, verb.lower_) in SENTENCE_ADVERBS)


def _infinitive(verb: Token) -> bool:
    """"hard to estimate how ...": an infinitive reports nothing by itself."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in children_of(verb))


def _heads_of_infinitive_report(verb: Token) -> list[Token]:
    """The words an infinitive report hangs on, whose negation or a subject that is no one denies
    it ("was not quick to say", "nobody took to social media to claim"): the report goes on, is
    done as described, is an act's aim, or was brought about by a cause (which is never a denied
    one, ``_report_brought_about``). None when the infinitive reports nothing made."""
    if _goes_on_reporting(verb) or _act_done_to_report(verb) or _report_brought_about(verb):
        return [verb.head]
    if _report_done_as_described(verb):
        return [verb.head, verb.head.head]
    return []


def _report_done_as_described(verb: Token) -> bool:
    """"aides were quick to point out that ...", "voters were more likely to say ...": the
    adjective says the report was made, unlike "reluctant to say" or "unable to say"."""
    return (verb.dep_ == "xcomp" and verb.head.i < verb.i and is_speech_verb(verb)
            and reports_done_as_described(verb.head))


def _act_done_to_report(verb: Token) -> bool:
    """"took to social media to say ...", "went on local radio to argue ...", "appeared on a
    morning show to defend the budget": an act done in order to report makes the report. Not a
    passive act ("were leaked to the press to suggest"), whose subject does not report, nor a
    supposed one ("would go on television to say"), nor one with an object, which may be who
    reports ("called voters to say"), unless the object is an occasion for speaking
    (``_speaking_occasion_taken``). "Appeared to say" seems: only a phrase between the act and
    the infinitive ("appeared on the show to say") makes the act an occasion."""
    head = verb.head
    saying = is_speech_verb(verb)
    if (not _infinitive(verb) or not (saying or is_speech_act(verb)) or head.i > verb.i
            or _has_own_subject(verb) or supposed(head) or _passive(head)):
        return False
    between = [child for child in children_of(head) if head.i < child.i < verb.i]
    objects = [child for child in between if child.dep_ in ("dobj", "dative")]
    if objects:
        return _speaking_occasion_taken(head, objects)
    if _lemma(head) not in occasion_verbs():
        return False
    # A speech act's verb has other senses ("returned to Wimbledon to defend her title", "went
    # to the polls to reject the measure"): a stage or an audience makes it one.
    if not saying and not any(_sets_a_stage(head, child) for child in between):
        return False
    return verb.dep_ == "advcl" or verb.dep_ == "xcomp" and any(child.dep_ == "prep" for child in between)


def _speaking_occasion_taken(act: Token, objects: list[Token]) -> bool:
    """"took the podium to ...", "used her budget speech to ...", "held a news conference to ...":
    the act's one object is an occasion for speaking the act takes, uses or holds."""
    occasions = OCCASIONS_BY_VERB.get(_lemma(act), set())
    return len(objects) == 1 and objects[0].dep_ == "dobj" and _lemma(objects[0]) in occasions


def _sets_a_stage(act: Token, word: Token) -> bool:
    """Whether a word after the act makes it an occasion for speaking: an audience or a show
    ("appeared before reporters", "went on a Sunday talk show"), a platform taken ("took to the
    steps of the courthouse", "stepped forward"), or a stage or a medium ("returned to the podium",
    "came to the radio station"); not "returned to Wimbledon", "went north"."""
    if word.dep_ in ("advmod", "prt"):
        return word.lower_ == "forward"
    if word.dep_ != "prep":
        return False
    if word.lower_ in ("on", "before") or word.lower_ == "to" and _lemma(act) == "take":
        return True
    place = next((child for child in children_of(word) if child.dep_ == "pobj"), None)
    if place is None:
        return False
    return _lemma(place) in SPEAKING_PLACES or _medium_word(place)


def _report_brought_about(verb: Token) -> bool:
    """"The defeat led the senator to declare that ...", "the leak forced the company to admit
    that ...", "she was forced to concede that ...": a cause that brought a report about says it
    was made, by the one it moved (the object, or the passive subject), unlike "urged him to say"
    or "asked her to confirm", which say only what was wanted. The cause must have happened (not
    "could force", "failed to force", "nobody forced"), the one moved must be someone who can
    speak ("forced clinics to admit" is no one's report when clinics are buildings), and the
    report must be of a clause: "led the side to claim a first title" is a win."""
    head = verb.head
    if (verb.dep_ != "xcomp" or not _infinitive(verb) or head.i > verb.i or _lemma(head) not in CAUSING_VERBS
            or not _happened(head) or _negated(head) or not _reports_a_clause(verb) or not _says_or_believes(verb)):
        return False
    if _passive(head):
        # "Investors were led to believe ...": to be led to a view is to be misled into it.
        return _lemma(head) != "lead"
    moved = subject_of(verb)
    return moved is not None and moved.i > head.i


def _happened(verb: Token) -> bool:
    """"led", "has prompted", "was forced" (``_stated``), or a participle closing a clause that
    did ("..., forcing the board to admit ..."): the verb's act took place, unlike one tried,
    failed or wanted ("failed to force": an infinitive) or supposed ("could force")."""
    participle = verb.tag_ == "VBG" and not any(child.dep_ in ("aux", "auxpass") for child in children_of(verb))
    return participle or _stated(verb)


def _says_or_believes(verb: Token) -> bool:
    """A verb of saying or believing: "forced the state to prove that ..." lays a duty on it."""
    return is_speech_verb(verb) or is_speech_act(verb) or stance_verbs().get(_lemma(verb)) == "belief"


def _reports_a_clause(verb: Token) -> bool:
    return any(child.dep_ == "ccomp" and child.i > verb.i for child in children_of(verb))


def _goes_on_reporting(verb: Token) -> bool:
    """"continued to insist that ...", "went on to say ...": an infinitive after a verb of going
    on is a report its subject makes, unlike "wants to say" or "refused to say"."""
    if verb.dep_ not in ("xcomp", "advcl"):
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    return lemma == "continue" or lemma == "go" and particle_of(head, "on") is not None


def _outermost(claims: list[Claim]) -> list[Claim]:
    """"they say they believe X": the inner report is part of the outer claim's content.

    A claim is dropped when another claim's span holds its cue. The claims are sorted by
    start once, with the two furthest ends of each prefix (and whose the furthest is), so
    each claim asks a bisection instead of every other claim.
    """
    order = sorted(range(len(claims)), key=lambda i: claims[i].start)
    starts = [claims[i].start for i in order]
    furthest: list[tuple[int, int, int]] = []  # per prefix: furthest end, its claim, second furthest end
    for i in order:
        end, owner, second = furthest[-1] if furthest else (-1, -1, -1)
        if claims[i].end > end:
            furthest.append((claims[i].end, i, end))
        else:
            furthest.append((end, owner, max(second, claims[i].end)))
    kept = []
    for i, claim in enumerate(claims):
        started = bisect.bisect_right(starts, claim.cue.start)
        if started:
            end, owner, second = furthest[started - 1]
            if (second if owner == i else end) > claim.cue.start:
                continue
        kept.append(claim)
    return kept


def one_claim_per_span(claims: Iterable[Claim]) -> list[Claim]:
    """One claim per span, as the claims table keeps them: where two cues reach one content
    ("Ames responded to Romney's accusation that the plan would fail", should a rule give it to
    both), the claim whose cue is nearest the content is kept, whose words they are; of two as
    near, the first."""
    claims = list(claims)
    nearest: dict[tuple[int, int], Claim] = {}
    for claim in claims:
        kept = nearest.get((claim.start, claim.end))
        if kept is None or _distance_to_cue(claim) < _distance_to_cue(kept):
            nearest[(claim.start, claim.end)] = claim
    return [claim for claim in claims if nearest[(claim.start, claim.end)] is claim]


def _distance_to_cue(claim: Claim) -> int:
    """Characters between the cue and the content; 0 for a cue inside it ("The plan, she said,
    is dead")."""
    return claim.start - claim.cue.end if claim.cue.end <= claim.start else max(0, claim.cue.start - claim.end)


def _content(verb: Token, content_deps: set[str]) -> tuple[int, int] | None:
    """Character span of what the verb reports, its complement being one of ``content_deps``."""
    complements = [child for child in children_of(verb) if child.dep_ in content_deps or _question_asked(verb, child)]
    # A clause after the verb is what it reports, even where the parser also hangs the clause
    # before a semicolon or colon on it ("The mural never opened; my editor argued [the show ...]");
    # "The goal, he said, is ..." reports both sides of the comma.
    following = [child for child in complements if child.i > verb.i]
    if following and (complements[0].i > verb.i or _clause_break_between(complements[0], verb)
                      or _leads_into(verb, following[0])):
        tokens = _without_later_reports(following[0])
        listener = _listener_before_infinitive(verb, following[0])
        if listener is not None and tokens:
            tokens = list(verb.doc[listener.left_edge.i : tokens[-1].i + 1])
        if tokens and tokens[-1].i == following[0].right_edge.i:
            tokens += _run_on_complements(following)
        further = [child for child in rights_of(verb) if child.i > following[0].i and _reported_conjunct(child)]
        if further and tokens:
            tokens = list(verb.doc[tokens[0].i : further[-1].right_edge.i + 1])
        return _trimmed(tokens + _verbs_listed_after_infinitive(verb, tokens))
    if complements and not _own_object_after_break(verb, complements[0]):
        # Content before the report ("X did Y, although Z, his advisers told VOA") may hang
        # off the verb in pieces; all of it up to the report's subject is the content.
        return _trimmed(_sentence_before_report(verb))
    if is_according_to(verb):
        # "The bridge is closed, according to officials" / "According to officials, the bridge
        # is closed": the content is the host clause, on whichever side of the source it is.
        # The sentence, not the verb's head's subtree: the parser may hang "according to" on an
        # auxiliary ("the administration is "closely monitoring" ...").
        own = {t.i for t in verb.subtree}
        before = [t for t in tokens_in(verb.sent) if t.i < min(own)]
        return _trimmed(before) or _trimmed([t for t in tokens_in(verb.sent) if t.i > max(own)])
    if verb.dep_ == "parataxis" or _trailing_report(verb):
        return _one_side_of_interruption(verb)
    wished = _for_clause(verb)
    if wished:
        return _trimmed(wished)
    if _as_report(verb):
        # "As the Post reported, the plant will close": the clause the report is set in is its
        # content. A conjunction before "as" ("Yet as the Post reported, ...") ties the sentence to
        # the one before, which is the writer's, so it is no part of what the Post reported.
        own = {t.i for t in verb.subtree}
        conjunction = _conjunction_before(verb.left_edge)
        if conjunction is not None:
            own.add(conjunction.i)
        return _trimmed([t for t in verb.head.subtree if t.i not in own and verb.sent.start <= t.i < verb.sent.end])
    answer = _answer(verb)
    if answer is not None:
        return answer
    reports = _reports(verb)
    heard = _clause_on_the_listener(verb) if reports else []
    if heard:
        return _trimmed(heard)
    # A report hung on another's content ("argued the levy was fair, citing an audit") takes the
    # content's subject in the parse ("the levy"), but it is the first report's speaker's.
    said = (_trimmed(_object_content(verb), name_alone=_acts_on_a_name(verb))
            if reports and _can_hold_content(subject_of(_earlier_report(verb) or verb)) else None)
    said = said or _trimmed(_characterised_object(verb))
    return said or (_trimmed(_clause_in_a_phrase(verb)) if reports else None)


def _listener_before_infinitive(verb: Token, complement: Token) -> Token | None:
    """The one asked in "urged the council to delay the vote", "called on tenants to withhold rent":
    the object between the verb and an infinitive it reports. The request is what the listener
    is to do, so the content starts at the listener (as news annotators mark it), who stays the
    listener and never the speaker."""
    if verb.lemma_.lower() not in REQUEST_VERBS or complement.dep_ != "xcomp" or not _infinitive(complement):
        return None
    objects = [child for child in rights_of(verb) if child.i < complement.i and child.dep_ == "dobj"]
    # "called on voters to ...": the listener is the object of "on".
    objects += [grandchild for child in rights_of(verb) if child.i < complement.i and child.dep_ == "prep"
                and child.lower_ == "on" for grandchild in children_of(child) if grandchild.dep_ == "pobj"]
    return min(objects, key=lambda token: token.i) if objects else None


def _asks_someone_to_act(verb: Token) -> bool:
    """"Her sister begged investigators to resume the search": a verb of asking reports what its
    listener, one who can be asked, is to do. Not "challenged the ruling", "begged for time"."""
    if verb.lemma_.lower() not in ASKING_ONLY_VERBS:
        return False
    listeners = (_listener_before_infinitive(verb, child) for child in rights_of(verb))
    return any(_can_hold_content(listener) for listener in listeners)


def _characterised_object(verb: Token) -> list[Token]:
    """"Some of her allies described it as a lapse", "a statement describing the meeting as a
    step forward": the object and what it is characterised as, whoever the subject is (the word
    lists know no "statement" or "some of her allies" as holders, but these report all the same)."""
    lemma = _lemma(verb)
    if lemma not in CHARACTERISING_VERBS and lemma not in SELF_CHARACTERISING_VERBS:
        return []
    obj = next((child for child in rights_of(verb) if child.dep_ == "dobj"), None)
    if obj is None or lemma in SELF_CHARACTERISING_VERBS and obj.lower_ not in REFLEXIVE_PRONOUNS:
        return []
    # The parser hangs "as ..." on the verb or on its object ("denounced [his remarks as ...]").
    as_part = next((child for child in [*rights_of(verb), *rights_of(obj)]
                    if child.i > obj.i and child.dep_ == "prep" and child.lower_ == "as"), None)
    if as_part is None:
        return []
    what = next((child for child in children_of(as_part) if child.dep_ == "pobj"), None)
    if what is not None and lemma in LITERAL_SENSE_VERBS and _not_what_it_is_called(verb, obj, what):
        return []
    return list(verb.doc[obj.left_edge.i : max(as_part.right_edge.i, obj.right_edge.i) + 1])


def _not_what_it_is_called(verb: Token, obj: Token, what: Token) -> bool:
    """Whether "as ..." says something other than what the object is called: the subject's office
    or age ("presented the budget as finance minister", "painted the barn as a teenager"), the
    act's purpose ("cast his ballot as a protest") or a part in a play or film ("cast Ms. Lee as
    Ophelia", "cast the newcomer as a young detective in the series")."""
    if _lemma(what) in PURPOSE_NOUNS:
        return True
    if _lemma(verb) == "cast" and (what.pos_ == "PROPN" or any(_lemma(t) in STAGE_WORDS for t in verb.sent)):
        return True
    office = what.pos_ == "NOUN" and names_people(_lemma(what))
    bare = not any(child.dep_ in ("det", "poss") for child in children_of(what))
    return office and (bare or not _a_person(obj))


def _a_person(token: Token) -> bool:
    """A pronoun for people, a name of someone who can speak, or a noun of people."""
    return (token.lower_ in PERSON_OBJECT_PRONOUNS | REFLEXIVE_PRONOUNS or token.ent_type_ in NAMED_HOLDERS
            or names_people(_lemma(token)))


def _relative_described_as(verb: Token) -> list[tuple[int, int]]:
    """"the lake house, which she describes as her refuge", "the marchers, whom she described as
    peaceful": the relative pronoun stands for what is characterised, so the content is it and
    what it is characterised as, one fragment each."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in CHARACTERISING_VERBS:
        return []
    relative = next((child for child in lefts_of(verb) if child.dep_ == "dobj" and child.tag_ in RELATIVE_TAGS), None)
    as_part = next((child for child in rights_of(verb) if child.dep_ == "prep" and child.lower_ == "as"), None)
    if relative is None or as_part is None:
        return []
    described = _trimmed(verb.doc[as_part.i : as_part.right_edge.i + 1])
    return [_word_span(relative), described] if described is not None else []


def _answer(verb: Token) -> tuple[int, int] | None:
    """"46 percent said yes", "the candidate said no", "half said so", "a third said the same of
    her rival": an answer, or the words of an earlier report said again, is what "say" reports,
    whoever says it (a share of those polled can hold no view the word lists know)."""
    if verb.lemma_.lower() != "say" or verb.i + 1 >= verb.sent.end:
        return None
    word = verb.doc[verb.i + 1]
    if word.lower_ in ANSWER_WORDS and word.dep_ in ("intj", "advmod", "dobj") and word.head.i == verb.i:
        first, last = word, word
    elif word.lower_ == "the" and word.nbor().lower_ == "same" and word.nbor().head.i == verb.i:
        # The parser hangs "the" on "same", and "same" on the verb as its object or subject.
        first, last = word, word.nbor().right_edge
    else:
        return _name_answered(verb)
    # "said no to the war", "said the same of her rival": what the answer is about goes with it.
    following = next((child for child in rights_of(verb) if child.i == last.i + 1), None)
    if following is not None and following.dep_ == "prep" and following.lower_ in ANSWERED_PREPOSITIONS:
        last = following.right_edge
    return first.idx, last.idx + len(last)


def _name_answered(verb: Token) -> tuple[int, int] | None:
    """"Asked who should coach next season, she said Marsh.": a name that is all the sentence says after
    "say" answers a question. Not "..., said Ryan.": a name after a verb without a subject
    before it is who speaks."""
    subject = subject_of(verb)
    name = entity_at(verb.doc[verb.i + 1])
    if subject is None or subject.i > verb.i or name is None or name.label_ not in NAMED_HOLDERS:
        return None
    if name.start != verb.i + 1 or name.end >= verb.sent.end or verb.doc[name.end].text not in SENTENCE_STOPS:
        return None
    return name.start_char, name.end_char


def _for_clause(verb: Token) -> list[Token]:
    """"is calling for the state to act", "asked for the vote to be delayed": a clause that
    "for" opens with a subject of its own says what the speaker asks to happen; the parser
    hangs it on the verb as an adverbial clause, not a complement. Without "for" and a subject
    ("spoke to hail the nominee", "wrote to thank them") the clause says what for, not what."""
    for child in rights_of(verb):
        if child.dep_ != "advcl":
            continue
        mark = next((c for c in children_of(child) if c.dep_ == "mark" and c.lower_ == "for"), None)
        if mark is not None and mark.i == child.left_edge.i and _has_own_subject(child):
            return list(verb.doc[mark.i + 1 : child.right_edge.i + 1])
    return []


def _clause_in_a_phrase(verb: Token) -> list[Token]:
    """"said during a town hall meeting that she may wait", "said on air, where she works, that the
    clerk erred", "insisted in an interview that ...": the parser hangs the "that" clause on
    the noun of the phrase between, where it is no noun's content but what was said. Not on a
    noun that reports a clause of its own ("responded to the accusation that the books were
    cooked"): that is what was answered; a document ("in a statement that ...") is where it was
    said."""
    for child in rights_of(verb):
        if child.dep_ != "prep":
            continue
        for token in child.subtree:
            clause = token.head
            if (token.dep_ == "mark" and token.lower_ == "that" and clause.i > token.i
                    and clause.pos_ in ("VERB", "AUX") and clause.head.dep_ == "pobj"
                    and not any(_reports_its_own_clause(word) for word in clause.ancestors
                                if child.i < word.i < token.i)):
                return list(verb.doc[token.i : clause.right_edge.i + 1])
    return []


def _reports_its_own_clause(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in claim_nouns() and lemma not in document_nouns()


def _clause_on_the_listener(verb: Token) -> list[Token]:
    """"told a huddle of county mayors that hardly any had read the bill", "assured commuters
    at the depot that trains would run": the parser hangs the clause on the listener as a
    relative clause, but "that" is its mark (a relative pronoun fills a role in its clause, as
    subject or object) and it has a subject of its own. Such a verb's object is who was spoken
    to, so the clause is what was said (PolNeAR train marks 5 of the 7 such clauses)."""
    if verb.lemma_.lower() not in LISTENER_VERBS:
        return []
    for listener in rights_of(verb):
        if listener.dep_ not in LISTENER_OBJECTS:
            continue
        for token in listener.subtree:
            clause = token.head
            if (token.dep_ == "mark" and token.lower_ == "that" and clause.dep_ in ("relcl", "acl")
                    and clause.i > token.i and _has_own_subject(clause)):
                return list(verb.doc[token.i : clause.right_edge.i + 1])
    return []


def _as_report(verb: Token) -> bool:
    """"As the Post reported, ...", "..., as the Gazette first reported", "As reported by the
    Tribune, ...", "As the mayor told reporters, ...": "as" stands for what the clause it is set
    in says. Not "as he spoke" (the verbs that take no clause say when), "as it was called" (a
    name), "as they hope" (a stance, not a report), nor "as she said she would" (a content of its
    own). "As" may also mean "while" ("As Smith told the jury, the defendant stared at the
    floor"), which the parse does not tell apart; in news the report is the common reading."""
    lemma = verb.lemma_.lower()
    if not _reports(verb) or verb.dep_ != "advcl" or lemma in TO_LISTENER | NAMING_VERBS or verb.head.i == verb.i:
        return False
    opening = verb.left_edge
    if opening.lower_ != "as" or opening.dep_ != "mark" or opening.head.i != verb.i:
        return False
    if any(child.dep_ in CONTENT_DEPS or (child.dep_ in OBJECT_DEPS and not _listener_object(verb, child))
           for child in children_of(verb)):
        return False
    doc = verb.doc
    last = max(t.i for t in verb.subtree if not t.is_punct)
    after = doc[last + 1] if last + 1 < verb.sent.end else None
    return _set_off_before(opening) and (after is None or after.text in {",", "."})


def _listener_object(verb: Token, obj: Token) -> bool:
    """"As the mayor told reporters, ...", "as she warned voters": the object of a verb of telling
    is who heard the words, not what was said ("as he told the story" tells it). Not when the
    telling is about something of its own ("as he told reporters about the crash", "as the judge
    reminded jurors of their duty"), nor "told him off"."""
    if obj.dep_ != "dobj" or _lemma(verb) not in LISTENER_VERBS:
        return False
    if any(child.dep_ == "prt" for child in children_of(verb)) or any(
            child.dep_ == "prep" and child.lower_ in TOLD_ABOUT for child in (*children_of(verb), *children_of(obj))):
        return False
    return obj.lower_ in LISTENER_PRONOUNS if obj.pos_ == "PRON" else _can_hold_content(obj)


def _set_off_before(opening: Token) -> bool:
    """Whether "as" opens the sentence or follows a comma, alone or after a conjunction that
    does: "As the Post reported, ...", "..., as the Post reported", "But as the Post reported,
    ...", "..., and as the Post noted, ...". After other words it says when or how ("left as
    the Post reported").
    """
    first = _conjunction_before(opening) or opening
    return first.i == first.sent.start or first.nbor(-1).text == ","


def _conjunction_before(opening: Token) -> Token | None:
    """The conjunction right before the "as" of a report ("But as the Post reported"), if any."""
    before = opening.nbor(-1) if opening.i > opening.sent.start else None
    return before if before is not None and before.lower_ in AS_REPORT_CONJUNCTIONS else None


def _stance_content(verb: Token) -> tuple[int, int] | None:
    """"The paper endorsed Jones", "voters who prefer a newcomer": what a source takes a side
    for is the verb's object, and may be one word ("opposes abortion", "endorsed her"). Without
    an object, the act it takes a side for ("supports raising the levy", "prefers to drive")."""
    parts = [
        child
        for child in rights_of(verb)
        if child.dep_ == "dobj" or child.dep_ == "prep" and child.lower_ in STANCE_PREPOSITIONS
    ]
    if not parts:
        act = next((child for child in rights_of(verb) if child.dep_ == "xcomp"), None)
        return _trimmed(act.subtree) if act is not None and _act_sided_with(act) else None
    words = verb.doc[parts[0].left_edge.i : parts[-1].right_edge.i + 1]
    if len(words) == 1:
        return _one_word_side(verb, words[0])
    return _trimmed(words, name_alone=True)


def _one_word_side(verb: Token, word: Token) -> tuple[int, int] | None:
    """"Opposes abortion", "endorsed her", "supported it": one word names the side where it is a
    noun or a pronoun for someone or something the story has just named (unlike "want it",
    ``WANTING_VERBS``, a stance is mostly taken on the issue or the person just named). Not a
    word that names nothing ("opposes nothing", "endorsed both", "supports everyone"), nor the
    object of an act or a clause that follows ("supports families to stay together", "would
    prefer it if the vote were delayed")."""
    if any(child.dep_ in ACT_AFTER_OBJECT_DEPS or _opens_a_condition(child) for child in rights_of(verb)):
        return None
    named = word.lower_ in SIDE_PRONOUNS if word.pos_ == "PRON" else (
        word.pos_ in {"NOUN", "PROPN"} and word.lower_ not in NOTHING_NAMED | EVERYONE)
    return (word.idx, word.idx + len(word)) if named else None


def _opens_a_condition(child: Token) -> bool:
    """"... if the vote were delayed", "... when the team attacks": a clause the object "it" may
    stand for."""
    return child.dep_ == "advcl" and any(mark.dep_ == "mark" and mark.lower_ in CONDITION_MARKS
                                         for mark in children_of(child))


def _act_sided_with(act: Token) -> bool:
    """"Supports raising the levy", "prefers to drive to work": an act a source is for. Not one
    it declines ("preferred not to comment"), nor a state it keeps itself in ("prefers to remain
    anonymous", "to be known as ...", "to stay neutral"); "prefers to stay in the union" is
    still a side."""
    deps = {child.dep_ for child in children_of(act)}
    declined = "neg" in deps
    passive = "auxpass" in deps
    kept_state = _lemma(act) in LINKING_VERBS and bool(deps & STATE_DEPS)
    return not (declined or passive or kept_state)


def _earlier_report(verb: Token) -> Token | None:
    """The report whose content the parser hung this one on: "she said A, adding B", "says A and
    tells the crowd B" are two reports by one reporter, and B is not part of A."""
    act = _reporters_next_act(verb)
    if act is not None:
        return act
    if verb.dep_ not in ("advcl", "conj") or verb.head.dep_ not in CONTENT_DEPS:
        return None
    if _has_own_subject(verb) or verb.dep_ == "advcl" and _infinitive(verb):
        # "said he drove there to ask about visas": an infinitive says what for, not a new report.
        return None
    earlier = verb.head.head
    if (verb.dep_ == "conj" and verb.tag_ == "VB" and earlier.tag_ != "VB"
            and not any(child.dep_ == "aux" for child in children_of(verb))):
        # "says he would veto the bill and ask the council to ...": a bare verb shares the
        # content's "would"; the reporter's own second act takes the reporter's tense.
        return None
    # "said A and told the crowd B" reports twice; "said she has not hosted suppers and never phoned
    # a sponsor" reports one act: a speech act joined by "and" is part of the content.
    later_reports = (is_speech_verb(verb) or _in_the_reports_tense(verb, earlier)
                     if verb.dep_ == "conj" else _kind(verb) == "speech")
    return earlier if _kind(earlier) == "speech" and later_reports else None


def _reporters_next_act(verb: Token) -> Token | None:
    """The report whose reporter's next act the verb is, though the parser hung it inside that
    report's content: a speech act joined in the report's form, or a participle of speech after a
    comma. The two never meet: one is a conjunct, the other a clause."""
    joined = _report_joined_in_its_form(verb)
    return joined if joined is not None else _report_before_participle(verb)


def _report_joined_in_its_form(verb: Token) -> Token | None:
    """"tells listeners the plan is sound and calls its critics ...", "said the levy was fair, and
    accused the council of ...", "warning that the dam could fail and urging ...": a speech act
    joined by "and" or "but" inside a report's content, with no subject of its own and in the
    report's own form (tells ... calls, said ... accused, has said ... has pledged), is the
    reporter's next act, wherever the parser hangs it in the content and whatever the content's
    tense (PolNeAR train: the gold content ends before the conjunction in 16 of 16 such
    statements). The report is the nearest one above in that form: in "said the mayor denied it
    and blamed ..." the blame is the mayor's, in "said the audit was proof the council had ignored
    it, and accused ..." the reporter's. A bare verb shares the content's modal ("says she will
    phone the ambassador and urge him ...")."""
    if (verb.dep_ != "conj" or verb.tag_ == "VB" or _has_own_subject(verb) or not _joined_by_and_or_but(verb)
            or _kind(verb) != "speech"):
        return None
    if _reports_in_the_same_form(verb, verb.head):
        return None  # "said A and accused B": two reports side by side, neither in the other's content
    # "cheered until the chairman unveiled a smaller dividend and asked ...": a clause that says
    # when is no content of the report; "The regulator visited the owner and criticized ...,
    # inspectors said": in content before its report, the acts are the content's subject's.
    return _earlier_report_holding(verb, lambda report: _reports_in_the_same_form(verb, report))


def _report_before_participle(verb: Token) -> Token | None:
    """"dismissed fears that the bridge would close, saying repairs were on schedule", "brushed
    off the charge that the count was rigged, calling it ...": a participle of speech after a
    comma, with no subject of its own, that the parser hangs inside a report's content (on its
    verb, a clause below it or a noun of it) rather than on the report itself, is the reporter's
    next act (PolNeAR train: the gold content ends before the comma in 11 of 11 such statements,
    and 10 give the participle its own attribution with the reporter as source; participles of
    other verbs, "..., killing six", stay in the content in 102 of 135). The report is the
    nearest verb or adjective above whose content the path into it runs through, as for a joined
    report (``_report_joined_in_its_form``); a noun on the way ("the charge that ...") holds the
    content, not the act."""
    if (verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.nbor(-1).text != ","
            or _has_own_subject(verb) or _kind(verb) != "speech"):
        return None
    return _earlier_report_holding(
        verb, lambda report: report.pos_ not in ("NOUN", "PROPN") and _kind(report) is not None)


def _report_above(verb: Token, is_report: Callable[[Token], bool]) -> tuple[Token, Token] | None:
    """The nearest word above the verb's head that ``is_report`` accepts, with the word on the path
    below it, through which the path enters it."""
    below = verb.head
    for report in below.ancestors:
        if is_report(report):
            return report, below
        below = report
    return None


def _earlier_report_holding(verb: Token, is_report: Callable[[Token], bool]) -> Token | None:
    """The nearest report above the verb's head (``_report_above``), when it comes before the verb
    and the path enters it through what it holds: the verb is then inside that report's content."""
    found = _report_above(verb, is_report)
    if found is None:
        return None
    report, below = found
    return report if below.dep_ in HOLDING_DEPS and report.i < verb.i else None


def _reports_in_the_same_form(verb: Token, report: Token) -> bool:
    return _in_the_same_form(verb, report) and _kind(report) is not None


def _in_the_same_form(verb: Token, report: Token) -> bool:
    """Whether the verb has the report's tag and no auxiliary the report lacks ("has said ... and
    expressed" shares the report's "has")."""
    return verb.tag_ == report.tag_ and _auxiliaries(verb) <= _auxiliaries(report)


def _joined_by_and_or_but(conjunct: Token) -> bool:
    """Whether "and" or "but" joins the conjunct to the word it hangs on."""
    return any(child.dep_ == "cc" and child.lower_ in REPORT_JOINERS and child.i < conjunct.i
               for child in children_of(conjunct.head))


def _auxiliaries(verb: Token) -> set[str]:
    return {child.lemma_.lower() for child in children_of(verb) if child.dep_ in ("aux", "auxpass")}


def _before_joined_report(verb: Token, content: tuple[int, int]) -> tuple[int, int] | None:
    """The content up to the reporter's next act inside it, which the parser may hang on any word
    of the content: a report (``_reporters_next_act``), when it is a claim of its own ("said the
    audit was proof the council had ignored the file, and accused ..." ends at "file"; in "said a
    witness saw the van leave and called the depot" the call may be the witness's), else any act
    the content's form cannot join (``_finite_act_after_non_finite``)."""
    tokens = _content_tokens(verb.doc, content)
    if tokens is None:
        return content
    joined = next((token for token in tokens if _reporters_next_act(token) == verb), None)
    if joined is None or not _makes_its_own_claim(joined):
        joined = next((token for token in tokens if _finite_act_after_non_finite(token, verb)), None)
    if joined is None:
        return content
    return _trimmed(token for token in tokens if token.i < joined.left_edge.i)


def _finite_act_after_non_finite(verb: Token, report: Token) -> bool:
    """"urged the council to delay the vote and left the hall", "accused the board of hiding the
    audit and walked out": a verb in a tense, joined by "and" or "but" to an infinitive or a bare
    participle of the content, cannot share its form, so it is the reporter's next act, whatever
    act it is. Not a verb whose past is its bare form ("told residents to stay in and shut their
    windows": the tagger calls that "shut" a past as often as not), nor "VBP", the bare form's
    twin, nor where a finite verb of the content stands between ("said the board voted to wait
    and left": whose leaving it was the text does not say)."""
    if (verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBN") or verb.lower_ == verb.lemma_.lower()
            or _has_own_subject(verb) or _auxiliaries(verb) or not _joined_by_and_or_but(verb)):
        return False
    head = verb.head
    # The tagger's past participle for a past ("to expect changes but named ..."), though not
    # after a participle, which may share its passive ("being searched and charged").
    bare_participle = head.tag_ == "VBG" and not _auxiliaries(head) and verb.tag_ != "VBN"
    if not (_plain_infinitive(head) or bare_participle) or _links_to_a_state(head):
        return False
    path = _verbs_up_to_the_report(head, report)
    return path is not None and not any(_finite(word) for word in path)


def _plain_infinitive(verb: Token) -> bool:
    """"to delay", not "to be rebuilt" nor "to have read": a passive or perfect infinitive lends
    its "be" or "have" to the participle joined to it ("to be rebuilt and expanded")."""
    return verb.tag_ == "VB" and _auxiliaries(verb) == {"to"}


def _links_to_a_state(verb: Token) -> bool:
    """"to stay open and lit", "to remain calm and prepared": after a linking verb the joined
    participle describes the state, whatever the tagger calls it."""
    return verb.lemma_.lower() in LINKING_VERBS or any(child.dep_ in STATE_DEPS for child in children_of(verb))


def _verbs_up_to_the_report(word: Token, report: Token) -> list[Token] | None:
    """The verbs from the word up to the report, without it; None when the word is not below it."""
    verbs: list[Token] = []
    for above in (word, *word.ancestors):
        if above == report:
            return verbs
        if above.pos_ in ("VERB", "AUX"):
            verbs.append(above)
    return None


def _finite(verb: Token) -> bool:
    """Whether the verb is in a tense, by itself or by its auxiliary ("voted", "has voted")."""
    return verb.tag_ in FINITE_TAGS or any(
        child.dep_ in ("aux", "auxpass") and child.tag_ in FINITE_TAGS for child in children_of(verb))


def _makes_its_own_claim(joined: Token) -> bool:
    """Whether a joined report yields a claim in ``extract_claims``: it has a content and a
    source (its report's). Joined reports are rare and their contents lie after the report's, so
    working the content out once more here stays linear."""
    return bool(_content_of(joined, "speech")) and _source(joined) is not None


def _in_the_reports_tense(verb: Token, report: Token) -> bool:
    """"said she makes $38,500 a season and questioned how ...", "said Lorne had mocked her and
    criticized ...": a speech act in the report's tense, not the content's, is the reporter's."""
    content = verb.head
    return (_kind(verb) == "speech" and verb.tag_ == report.tag_
            and content.tag_ != report.tag_ and not any(child.dep_ == "aux" for child in children_of(verb)))


def _run_on_complements(following: list[Token]) -> list[Token]:
    """"say they don't yet know much", "say they'll move unless she withdraws it": the parser
    may split one clause into two complements of the verb, the second starting where the first
    ends or a stray word ("n't") later. Two reports of one verb are set apart by punctuation or a
    conjunction."""
    doc = following[0].doc
    tokens: list[Token] = []
    end = following[0].right_edge.i
    for complement in following[1:]:
        gap = doc[end : complement.left_edge.i]  # from the first's last token: its subtree may end in ", and"
        if len(gap) > MAX_RUN_ON_GAP + 1 or any(t.is_punct or t.is_quote or t.pos_ == "CCONJ" for t in gap):
            break
        if _has_own_subject(complement) and is_speech_verb(complement):
            break
        tokens += list(doc[end + 1 : complement.right_edge.i + 1])
        end = complement.right_edge.i
    return tokens


def _own_object_after_break(verb: Token, before: Token) -> bool:
    """"Talks stalled; one diplomat called the offer "an insult"": a report that says what it
    reports after it does not report the clause a semicolon or colon sets before it. A dash
    ending that clause often leads into the report of it ("The deal is dead - the senator told
    CNN", "Prices will rise - the bank warned investors"), so after a dash only a verb that
    names its object as something does ("The vote angered the chairman - he called the plan
    "reckless"")."""
    if not any(child.dep_ in OBJECT_DEPS for child in rights_of(verb)):
        return False
    if _clause_break_between(before, verb):
        return True
    names_its_object = any(child.dep_ == "oprd" for child in rights_of(verb))
    return names_its_object and any(_spaced_dash(token) for token in tokens_of(verb.doc)[before.right_edge.i : verb.i])


def _leads_into(verb: Token, clause: Token) -> bool:
    """"Reyes waved off the protesters, then says he will ...", "Lee won the vote - the mayor
    told the Ledger that ...": a clause that opens right after the verb, with only the verb's
    listener, particle or adverbs between, is what the verb reports, though the parser also hangs
    on the verb a clause before it (the sentence's first clause, or the speaker's description).
    A comma between sets the clause off as the rest of one the report interrupts ("The plan, she
    said, is dead"); a phrase between ("said during the rally to ...") tells when or where."""
    opening = clause.left_edge
    if opening.i < verb.i or opening.is_punct or _tags_a_quote(verb):
        return False
    lead_in = {token.i for child in rights_of(verb) if child.dep_ in LEAD_IN_DEPS and child.i < opening.i
               for token in child.subtree}
    return all(i in lead_in for i in range(verb.i + 1, opening.i))


def _tags_a_quote(verb: Token) -> bool:
    """'"...," said Ana Ruiz, a nurse who ...', '"...," the mayor told reporters': a report right
    after a quotation's closing mark is the quote's tag; the words after it name its speaker
    or the occasion, and the parser's clause there is none. The mark closes a quotation when
    the quotation's own punctuation comes before it, or a comma after it ('"...", she said'): a
    quoted phrase ending a clause ('called the offer "an insult" — its president told ...')
    is no quotation the report tags, nor is a sentence that closes a quote before the report's."""
    left = [child.left_edge.i for child in lefts_of(verb) if child.dep_ in SUBJECT_DEPS or child.dep_ in VERB_LEFT_DEPS]
    start = min(left, default=verb.i)
    if start < 2:
        return False
    tokens = tokens_of(verb.doc)
    before, last = tokens[start - 2], tokens[start - 1]
    # A full stop inside the mark ends the sentence the quotation was: the report opens the next.
    return last.is_quote and before.is_punct and before.text != "." or before.is_quote and last.text == ","


def _clause_break_between(first: Token, verb: Token) -> bool:
    """Whether a semicolon or colon ends ``first``'s clause before the verb."""
    return any(token.text in {";", ":"} for token in tokens_of(verb.doc)[first.i : verb.i])


def _reported_conjunct(child: Token) -> bool:
    """"said A, but that B": a second clause the parser hangs on the reporting verb, which its
    "that" shows is reported too."""
    if child.dep_ != "conj":
        return False
    if _opens_with_that(child):
        return True
    # "said he was tired but would run again", "said the dam was full, and the town would flood":
    # a past modal after a past report is reported speech, with a subject of its own too (PolNeAR
    # train keeps such a clause in the content 4 times of 4); "said ... and will travel to Ohio"
    # is the writer's news, and a clause with a report of its own is another statement.
    return (child.head.tag_ == "VBD" and not (_has_own_subject(child) and _kind(child) is not None)
            and any(c.dep_ == "aux" and c.lower_ in PAST_MODALS for c in children_of(child)))


def _verbs_listed_after_infinitive(verb: Token, tokens: list[Token]) -> list[Token]:
    """"pledged to repave the road, fix the lights and hire inspectors", "urged the board to
    freeze rates, repair the pipes and publish its audit": the parser hangs the later verbs of
    the list on the report, but they go on the infinitive the content ends with. Only bare verbs
    with no subject of their own after a comma, in a list "and" or "or" closes (PolNeAR train:
    the gold content runs on over such a list in 7 of the 7 statements that stopped before it)."""
    words = [token for token in tokens if not token.is_punct]
    if not words or not _ends_in_infinitive(words):
        return []
    doc = verb.doc
    comma = words[-1].i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return []
    # ", and fix the lights": the closing word may come right after the comma.
    closer_first = comma + 1 < len(doc) and doc[comma + 1].lower_ in LIST_CLOSERS
    first = comma + 2 if closer_first else comma + 1
    if first >= len(doc):
        return []  # the text ends after the comma ("... to fix the lights, and")
    items = _listed_verbs(doc[first], verb)
    closed = closer_first or any(child.dep_ == "cc" and child.lower_ in LIST_CLOSERS
                                 for item in items for child in children_of(item))
    if not items or not closed:
        return []
    return list(doc[comma : _end_before_conjuncts(items[-1]) + 1])


def _ends_in_infinitive(words: list[Token]) -> bool:
    """Whether the words end with an infinitive's clause ("... to fix the lights")."""
    return any(word.tag_ == "VB" and _infinitive(word) and word.right_edge.i >= words[-1].i for word in words)


def _listed_verbs(first: Token, verb: Token) -> list[Token]:
    """``first`` and the verbs joined to it, each a bare verb with no subject of its own; none if
    ``first`` is no such verb or heads the report's own clause (a main verb after a phrase set
    off by commas: "Officials, urging parents to act, have ...")."""
    items: list[Token] = []
    item: Token | None = first
    while item is not None and item.tag_ in BARE_VERB_TAGS and not _has_own_subject(item):
        if item in verb.ancestors:
            return []
        items.append(item)
        item = next((child for child in rights_of(item) if child.dep_ == "conj"), None)
    return items


def _end_before_conjuncts(item: Token) -> int:
    """Index of the last token of ``item``'s words, without the clauses joined to it."""
    return max([item.i] + [child.right_edge.i for child in rights_of(item) if child.dep_ not in ("conj", "cc")])


def _opens_with_that(clause: Token) -> bool:
    """Whether "that" introduces the clause ("... and that B")."""
    return any(child.dep_ == "mark" and child.lower_ == "that" for child in children_of(clause))


def _has_own_subject(verb: Token) -> bool:
    return any(child.dep_ in SUBJECT_DEPS for child in children_of(verb))


def _without_later_reports(complement: Token) -> list[Token]:
    """The complement's words up to the first later report hung on it (``_earlier_report``),
    without the comma or conjunction before that report."""
    tokens = list(complement.subtree)
    later = next((child for child in rights_of(complement)
                  if _earlier_report(child) is not None or _report_with_its_own_source(child)
                  or _report_by_another_source(child)), None)
    if later is None:
        return tokens
    kept = [t for t in tokens if t.i < later.left_edge.i]
    while kept and (kept[-1].dep_ == "cc" or kept[-1].is_punct):
        kept.pop()
    return kept


def _report_by_another_source(child: Token) -> bool:
    """"said the plan was sound, and three-quarters said the opposite", "say prices will rise, but
    economists say ...": a report joined to the content with a subject of its own is another
    source's statement. Joined by "and that" ("said crime had fallen and that residents say they
    feel safer") it is one more thing the first source said."""
    return (child.dep_ == "conj" and _has_own_subject(child) and is_speech_verb(child)
            and not _opens_with_that(child))


def _report_with_its_own_source(child: Token) -> bool:
    """"said it would close the plant, with its chief executive saying ...": a report that "with"
    hangs on the content, by a source of its own, is another statement."""
    if child.dep_ != "prep" or child.lower_ != "with":
        return False
    return any(grandchild.dep_ in ("pcomp", "pobj") and _has_own_subject(grandchild) and _kind(grandchild) == "speech"
               for grandchild in children_of(child))


def _prepositional_object(child: Token) -> bool:
    """"of negligence", "for an inquiry", but not "on Tuesday" or "for the first time": a date is
    when, not what; nor "spoke to reporters": the listener; nor "on condition of anonymity": the
    terms the source spoke on."""
    if child.dep_ != "prep" or child.lower_ not in OBJECT_PREPOSITIONS and not _aimed_at(child):
        return False
    if child.lower_ == "to" and child.head.lemma_.lower() in TO_LISTENER and not _referred_to(child):
        return False
    if _names_sourcing_terms(child) or _on_behalf(child):
        return False
    if child.lower_ == "on" and _sets_the_scene(child.head):
        return False
    if child.lower_ == "on" and any(_is_medium(grandchild) for grandchild in children_of(child) if grandchild.dep_ == "pobj"):
        return False
    return not any(grandchild.ent_type_ in ("DATE", "TIME") or _an_occasion(grandchild) for grandchild in children_of(child))


def _aimed_at(preposition: Token) -> bool:
    """"lashed out at the press", "hinted at a run": "at" says what a verb of lashing out or
    hinting is about; after other reports it says where ("said at a rally")."""
    return preposition.lower_ == "at" and _lemma(preposition.head) in AIMING_VERBS


def _sets_the_scene(participle: Token) -> bool:
    """"Speaking on the island, she said ...", "Otto, talking to fans on the team bus, said ...":
    a participle of speaking that goes with its sentence's own report says where that report
    was made; its "on" phrase is a place, and what was said is the report's (PolNeAR train
    marks neither of the 2 such phrases we took for content)."""
    if participle.lemma_.lower() not in SPEAKING_VERBS or participle.tag_ != "VBG":
        return False
    if participle.dep_ == "advcl":
        return _reports(participle.head)
    # Set off by commas after the report's subject, the parser hangs it on the subject.
    subject = participle.head
    return participle.dep_ == "acl" and subject.dep_ in SUBJECT_DEPS and _reports(subject.head)


def _referred_to(preposition: Token) -> bool:
    """"..., she said, referring to the levy", "he referred to the ferry operator as a cowboy":
    without an object, what "refer" is "to" is whom or what the source speaks of (PolNeAR train
    marks it in about four of five such uses). With an object ("referred reporters to its
    statement") or in the passive ("the grievance was referred to an ombudsman") something is
    sent there; a "to" left at the end of a relative clause ("the depot she referred to") has
    its object elsewhere."""
    verb = preposition.head
    if verb.lemma_.lower() != "refer" or preposition.lower_ != "to" or _passive(verb):
        return False
    return (any(child.dep_ == "pobj" for child in children_of(preposition))
            and not any(child.dep_ in OBJECT_DEPS for child in children_of(verb)))


def _a_time(noun: Token) -> bool:
    """"speaking Sunday on ABC", "spoke a little while": when or how long, which the parser
    may take for the verb's object (though "called Christmas a sham" names a date). A time
    singled out by "the" or the words after it is what was told of ("recalled the moment the
    plane hit", "described the hours after the storm")."""
    singled_out = noun.n_rights > 0 or any(child.lower_ == "the" for child in lefts_of(noun))
    return not singled_out and (noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in DURATION_NOUNS)


def _an_occasion(noun: Token) -> bool:
    """"the first time", "the last time": which time something was said, not what."""
    return noun.lemma_.lower() == "time" and any(child.ent_type_ == "ORDINAL" or child.lower_ == "last"
                                                 for child in children_of(noun))


def _on_behalf(token: Token) -> bool:
    """"spoke on behalf of the donors": for whom, not what."""
    return token.lower_ == "on" and any(child.lemma_.lower() == "behalf" for child in children_of(token))


def _names_sourcing_terms(token: Token) -> bool:
    """"on condition of anonymity", "on the condition that ...", "on background", "on the
    record": the terms a source speaks on, never "his record on immigration" or "the condition
    of the bridges"."""
    if token.dep_ != "prep" or token.lower_ != "on":
        return False
    noun = next((child for child in children_of(token) if child.dep_ == "pobj"), None)
    if noun is None:
        return False
    following = " ".join(t.lower_ for t in tokens_of(noun.doc)[noun.i + 1 : noun.i + 3])
    modifiers = [child.lower_ for child in children_of(noun)]
    lemma = noun.lemma_.lower()
    if lemma == "condition":
        return following.startswith(("of anonymity", "that"))
    if lemma == "background":
        return not modifiers
    return lemma == "record" and modifiers == ["the"]


def _said_in_a_document(token: Token) -> bool:
    """"claimed victory in a tweet", "praised the deal in a statement", "in his memo": the
    document the source said it in, hung on the object by the parser; "the errors in the report"
    names which errors."""
    if token.dep_ != "prep" or token.lower_ != "in":
        return False
    noun = next((child for child in children_of(token) if child.dep_ == "pobj"), None)
    return (noun is not None and noun.lemma_.lower() in document_nouns()
            and any(child.dep_ == "poss" or child.lower_ in ("a", "an") for child in children_of(noun)))


def _is_medium(noun: Token) -> bool:
    """"on Twitter", "on the radio show", "on CNN", "on 'This Week'": where it was said."""
    return _medium_word(noun) or noun.ent_type_ in MEDIUM_ENTITIES


def _medium_word(noun: Token) -> bool:
    """A word for a medium or an outlet ("radio", "show", "Gazette"), whatever name it is part of."""
    lemma = noun.lemma_.lower()
    return lemma in medium_nouns() or lemma in outlet_words()


def _object_content(verb: Token) -> list[Token]:
    """"She accused the council of negligence", "the agency confirmed the closure": what a
    report's objects say, from the first to the last of them."""
    lemma = verb.lemma_.lower()
    # A speech act's prepositions say what it is ("warned of delays"); after a plain report
    # ("told reporters on Monday") they do not, except "about": "joked about moving abroad",
    # "bragged about his ratings". "Said about X" has its content elsewhere ("things he said
    # about X"), and "told reporters about X" gives the listener a topic.
    speech_act = is_speech_act(verb)
    about_is_content = lemma not in ("say", "tell")
    parts = [child for child in rights_of(verb)
             if (child.dep_ in OBJECT_DEPS and lemma not in OBJECT_NOT_CONTENT or _greeting(child))
             and not (_a_time(child) and lemma not in NAMING_VERBS)
             or (speech_act or about_is_content and child.lower_ == "about") and _prepositional_object(child)]
    if not parts or _nominal_kind(parts[0]) is not None:
        # "rejected the president's argument that ...": the noun reports its holder's content.
        return []
    if lemma in ORDERING_VERBS and _goods_ordered(verb, parts[0]):
        return []
    if lemma in NAMING_VERBS and _object_alone(verb, parts):
        # "called the vote a sham" names it; "called a press conference", "called the governor"
        # report nothing.
        return []
    # "praised her leadership in the aftermath of the storm": a phrase after the object goes on
    # describing it, unless it says when or where it was said ("in a joint letter").
    objects = [part for part in parts if part.dep_ in OBJECT_DEPS or _greeting(part)]
    if objects:
        # A greeting goes to someone: "offered her condolences [to the families]".
        parts += [child for child in rights_of(verb) if child.i > objects[-1].i
                  and (_describes_the_object(child) or _greeting(objects[-1]) and child.dep_ == "dative"
                       or lemma in ORDERING_VERBS and child.lower_ in DIRECTION_WORDS)]
    parts += _said_of_the_object(verb, parts)
    parts += _object_joined_to_the_verb(verb, parts)
    last = max(part.right_edge.i for part in parts)
    # The parser may hang the terms on the object: "confirmed the meeting on condition of anonymity".
    terms = next((t for t in tokens_of(verb.doc)[parts[0].left_edge.i : last + 1]
                  if _names_sourcing_terms(t) or _said_in_a_document(t)), None)
    if terms is not None:
        last = terms.i - 1
    # What is referred to starts after "to", which goes with the cue ("referring to").
    first = parts[0].i + 1 if _referred_to(parts[0]) else parts[0].left_edge.i
    return list(verb.doc[first : last + 1])


def _acts_on_a_name(verb: Token) -> bool:
    """"The senator praised Okafor", "never mentioned Lindqvist", "blasted Brussels": a speech
    act about someone or something named says all it says of them with the name alone. Not a
    verb whose object is the one spoken to ("asked Okafor", "warned Lindqvist", "spoke French"),
    nor one that names its object ("a trio called Moonfern")."""
    lemma = verb.lemma_.lower()
    return is_speech_act(verb) and lemma not in SPOKEN_TO_PASSIVES | LISTENER_VERBS | SPEAKING_VERBS | NAMING_VERBS


def _goods_ordered(verb: Token, ordered: Token) -> bool:
    """"Ordered a coffee", "ordered a cup of tea", "ordered 40 new units from a supplier": things
    bought or served, named as goods, or counted and bought from someone, unless they are sent
    somewhere ("ordered 2,000 troops to the coast" is a command). A count alone buys nothing:
    "ordered three new inquiries" is a command, and so is "ordered the seizure of 12 ships"."""
    if any(child.i > ordered.i and child.lower_ in DIRECTION_WORDS for child in rights_of(verb)):
        return False
    counted = any(child.dep_ == "nummod" for child in children_of(ordered))
    bought = any(child.lower_ == "from" for child in (*rights_of(verb), *children_of(ordered)))
    return ordered.lemma_.lower() in goods_nouns() or counted and bought


def _object_alone(verb: Token, parts: list[Token]) -> bool:
    """Whether the verb has an object and nothing said of it: no particle ("calls out"), no
    quotation ("called protesters "thugs""), nothing after the object but a time or place."""
    if [part.dep_ for part in parts] != ["dobj"] or any(child.dep_ == "prt" for child in children_of(verb)):
        return False
    if any(token.is_quote for token in parts[0].subtree):
        return False
    return all(child.i == parts[0].i or child.is_punct or child.dep_ == "prep" for child in rights_of(verb))


def _describes_the_object(child: Token) -> bool:
    """A prepositional phrase after a report's object that says more of what was said: not a
    time ("on Monday", "after the show"), a place ("in Ohio") nor the document it was said in
    ("in a letter")."""
    if child.dep_ != "prep":
        return False
    objects = [grandchild for grandchild in children_of(child) if grandchild.dep_ == "pobj"]
    if child.lower_ == "by":
        # "never mentioned the mayor by name": how the object was spoken of, which PolNeAR train
        # keeps in the content 10 of 13 times after a verb of mentioning.
        return [o.lower_ for o in objects] == ["name"]
    if child.lower_ not in DESCRIBING_PREPOSITIONS:
        return False
    return not any(o.ent_type_ in NOT_DESCRIBING or o.lemma_.lower() in document_nouns() for o in objects)


def _said_of_the_object(verb: Token, parts: list[Token]) -> list[Token]:
    """What the report says its object is or is for, right after it: "spoke of the depot as an
    eyesore", "described the district as overrun by speculators", "proposed $40 million in
    grants to help towns repair roads", "defended her push to widen the canal". The parser
    hangs the "as" phrase or the infinitive on the verb; PolNeAR train has it in the content
    in 19 of the 22 cases where we stopped before it. An "as" clause with a subject of its own
    ("praised the crew as the storm hit") says when, and what follows a time the parser hangs
    on the object ("proposed grants on Monday to rally her base") says what for: both are left out.
    """
    said = []
    tokens = tokens_of(verb.doc)
    end = max(part.right_edge.i for part in parts)
    for child in rights_of(verb):
        if tokens[end].ent_type_ in ("DATE", "TIME"):
            break
        if child.left_edge.i == end + 1 and (_as_what(child) or _infinitive(child) and not _has_own_subject(child)
                                             and child.dep_ in ("advcl", "xcomp") or _bare_participle(child)):
            said.append(child)
            end = child.right_edge.i
    return said


def _bare_participle(child: Token) -> bool:
    """"joked about his father burning the turkey", "recalled his grandfather hauling coal": a
    participle the parser hangs on the report though it says what the object was doing. Only
    one that opens its own phrase (no subject, no "while"), and only right after the object:
    after a comma or a dash (", saying ...") it is the speaker's own act. PolNeAR train has the
    participle in the content in 5 of the 6 statements where we stopped before it."""
    return (child.dep_ == "advcl" and child.tag_ == "VBG" and child.left_edge.i == child.i
            and _after_a_word(child))


def _after_a_word(token: Token) -> bool:
    """Whether a word, not punctuation, comes before the token, past closing quotation marks:
    'dubbed it "a farce," adding' has a comma before "adding", 'dubbed it "a farce" and' none."""
    tokens = tokens_of(token.doc)
    position = token.i - 1
    while position > 0 and tokens[position].is_quote:
        position -= 1
    return position >= 0 and not tokens[position].is_punct


def _object_joined_to_the_verb(verb: Token, parts: list[Token]) -> list[Token]:
    """"mocked the minister's "green revolution" in transport and his taste for jets", "kept
    talking about reopening the school and a pledge to cut fares": a second object the parser
    joins to the verb rather than to the first is said too. Only a noun after "and"/"or" with
    no comma between: a verb joined so ("discussed the plan and left") is another act (round
    11: +7 -12 matched). PolNeAR train has the noun in the content in 4 of the 5 statements
    where we stopped before it."""
    end = max(part.right_edge.i for part in parts)
    joined = next((child for child in rights_of(verb) if child.dep_ == "conj" and child.i > end), None)
    if joined is None or joined.pos_ not in NOMINAL or joined.tag_ in RELATIVE_TAGS:
        return []
    between = tokens_of(verb.doc)[end + 1 : joined.left_edge.i]
    if not between or between[-1].dep_ != "cc":
        return []
    # Quotation marks may close the first object before "and": "called him "a fraud" and ...".
    unbroken = _after_a_word(between[-1]) and not any(t.is_punct and not t.is_quote for t in between)
    return [joined] if unbroken else []


def _as_what(child: Token) -> bool:
    """"as an eyesore", "as overrun by speculators": an "as" phrase without a subject of its own."""
    if child.dep_ == "prep":
        return child.lower_ == "as"
    opening = child.left_edge
    return (child.dep_ == "advcl" and opening.lower_ == "as" and opening.dep_ == "mark"
            and not _has_own_subject(child))


def _trailing_report(verb: Token) -> bool:
    """"X has done Y, although Z, his advisers told VOA": a report tacked on after a comma,
    with a subject of its own (unlike "He met them and told reporters")."""
    first = verb.left_edge
    return verb.dep_ == "conj" and _has_own_subject(verb) and first.i > 0 and verb.doc[first.i - 1].text == ","


def _sentence_before_report(verb: Token) -> list[Token]:
    """"His militia has been boosted, his aides say, ...", "And it is not clear, he added, how
    ...": the content is the sentence up to the report's subject. A report that goes on to a
    quote ("Asked about the polls, she told the BBC: "...."") reports the quote; the words
    before it are the occasion, and so are the words before a report that opens a quoted
    sentence of its own ("The crowd cheered as Lund took the stage, and she said: "We will
    win."")."""
    if _opens_quote_after(verb) and _opens_with_participle(verb.sent) or _leads_into_quoted_sentence(verb):
        return []
    subject = next((child for child in children_of(verb) if child.dep_ in SUBJECT_DEPS), None)
    start = (subject or verb).left_edge.i
    if start > verb.i:
        # "..., (also) said marine biologist Sarah Cole": a subject after its verb leaves the
        # verb, with its adverbs, the end.
        start = verb.i
        while start > verb.sent.start and verb.doc[start - 1].head.i == verb.i and verb.doc[start - 1].dep_ in VERB_LEFT_DEPS:
            start -= 1
    floor = verb.sent.start if _enclosing_report(verb) is None else _host_clause_start(verb)
    return _quote_after_lead_in([t for t in tokens_in(verb.sent) if floor <= t.i < start])


def _enclosing_report(verb: Token) -> Token | None:
    """The nearest report before an interrupting one, above the clause it interrupts, whose
    content holds that clause after words of its own: in "Lee said the cuts answer attacks that,
    aides noted, were planned", "said". The interrupting report's content is then its own clause
    (``_host_clause_start``), not the sentence up to it, which would take in the enclosing report
    and its source, so that each claim held the other's cue and neither was kept. The path up
    enters the report through its content, as for a joined report (``_report_joined_in_its_form``);
    "The senator believes, he said, that ..." has no word of the content before the tag, and a
    tag that closes its clause ("the crowd said it would stay until dawn, the Gazette reports")
    reports all before it."""
    if verb.head.right_edge.i <= verb.right_edge.i:
        return None
    found = _report_above(verb, lambda report: report.i < verb.i and report.pos_ in ("VERB", "AUX")
                          and _kind(report) is not None)
    if found is None:
        return None
    report, below = found
    words_before = any(not (t.is_punct or t.is_space) for t in verb.doc[below.left_edge.i : verb.left_edge.i])
    return report if below.dep_ in HOLDING_DEPS and words_before else None


def _host_clause_start(verb: Token) -> int:
    """The first word of the clause an interrupting report is set in ("which" of "which, aides
    noted, was drafted"): in "announced a plan, which, critics say, will raise rents" the critics
    did not say the plan."""
    own = {token.i for token in verb.subtree}
    return min(token.i for token in verb.head.subtree if token.i not in own and not token.is_punct)


def _quote_after_lead_in(tokens: list[Token]) -> list[Token]:
    """The content before a report, or only the quote it ends with when a colon, a dash or a
    parenthesis sets that quote apart ("Clinton called the plan unserious - \"We need
    details,\" she said", "He praised the staff: \"They never quit,\" he told us") or a verb
    right before it reports it already: the report tags the quote alone, and the words before
    it are the writer's (or the other report's)."""
    end = len(tokens)
    while end and (tokens[end - 1].is_space or tokens[end - 1].text == ","):
        end -= 1
    if not end or tokens[end - 1].text not in DOUBLE_QUOTE_MARKS:
        return tokens
    opening = next((i for i in range(end - 2, -1, -1) if tokens[i].text in DOUBLE_QUOTE_MARKS), None)
    if opening is None or opening == 0:
        return tokens
    lead_in_end = tokens[opening - 1]
    # "...: \"A,\" he said", "... (\"A,\" wrote a reader)", "Smith said \"A,\" she said": the
    # quote is set apart, or already reported by a verb right before it.
    if lead_in_end.text in (":", "(") or is_speech_verb(lead_in_end) or _lead_in_reports(tokens[:opening]):
        return tokens[opening:]
    # A dash closing an aside ("\"I doubt the wisdom\" -- that he is a liberal -- \"will last\"")
    # leaves the quote going on across it.
    aside = any(_spaced_dash(token) for token in tokens[: opening - 1])
    return tokens[opening:] if _spaced_dash(lead_in_end) and not aside else tokens


def _lead_in_reports(lead_in: list[Token]) -> bool:
    """"She weighed in, telling a radio host on Monday, \"A,\" she said": the lead-in ends in a
    report whose phrase runs up to the quote, so the quote is what it reports."""
    words = [token for token in lead_in if not (token.is_punct or token.is_space)]
    return bool(words) and any(is_speech_verb(token) and token.right_edge.i >= words[-1].i for token in words)


def _interrupted_clause(verb: Token) -> list[tuple[int, int]]:
    """"The aim, she said, is to build a sturdier levee", "Its successes, they said, could
    be sealed by a settlement": a report set off by commas inside the clause it reports. The
    content is that clause on each side of the report, one fragment each; the part after ends
    where the clause does. Empty when the words after the report are not its clause's: the side
    that holds a clause is then the content (``_one_side_of_interruption``)."""
    host = verb.head
    if host.i == verb.i or host.right_edge.i <= verb.right_edge.i:
        return []
    after = [t for t in tokens_of(verb.doc)[verb.right_edge.i + 1 : host.right_edge.i + 1] if t.i < verb.sent.end]
    if host.i < verb.i and not _goes_on_with(host, after):
        return []
    before, rest = _trimmed(_sentence_before_report(verb)), _trimmed(after)
    return [before, rest] if before is not None and rest is not None else []


def _goes_on_with(host: Token, after: list[Token]) -> bool:
    """Whether the words after a report that follows its clause's verb still belong to that
    clause ("has been boosted, his aides say, by foreign fighters") rather than open another
    ("is to get rid of them, she said, and with the aides chastened, it is safe to ...")."""
    inside = {t.i for t in after}
    tops = [t for t in after if t.head.i not in inside and not t.is_punct and not t.is_space]
    return bool(tops) and all(t.head.i == host.i and t.dep_ in CONTINUING_DEPS for t in tops)


def _one_side_of_interruption(verb: Token) -> tuple[int, int] | None:
    """The side of an interrupting report ("His militia has been boosted, his aides say, by
    ...") that holds a clause: the part before, unless it is a mere phrase and the part after
    is longer."""
    before = _sentence_before_report(verb)
    if not before or _a_quote_alone(before):
        # "\"Too much hate,\" he said, blaming ...": the report's content is the quote.
        return None
    sentence = verb.sent
    comma = next((t for t in tokens_of(verb.doc)[verb.i + 1 : sentence.end] if t.text == ","), None)
    after = list(verb.doc[comma.i + 1 : sentence.end]) if comma is not None else []
    is_phrase = not any(token.tag_ in FINITE_TAGS for token in before)
    return _trimmed(after if is_phrase and _word_count(after) > _word_count(before) else before)


def _a_quote_alone(tokens: list[Token]) -> bool:
    """Whether the tokens are one quotation, marks included, and the punctuation after it."""
    words = [t for t in tokens if not t.is_space]
    while words and words[-1].text in TRAILING_NOISE:
        words.pop()
    if len(words) < 2 or words[0].text not in DOUBLE_QUOTE_MARKS or words[-1].text not in DOUBLE_QUOTE_MARKS:
        return False
    return not any(t.text in DOUBLE_QUOTE_MARKS for t in words[1:-1])


def _spaced_dash(token: Token) -> bool:
    """A dash between words, not the hyphen of one ("re-introduce")."""
    return token.text in DASHES and (token.text != "-" or bool(token.nbor(-1).whitespace_))


def _word_count(tokens: list[Token]) -> int:
    return sum(token.is_alpha for token in tokens)


def _opens_with_participle(sentence: Span) -> bool:
    """"Asked about ...", "Pressed on ...", "Speaking to reporters, ...": the sentence opens with
    the occasion, not with a clause of its own ("The department has helped, he added, "..."")."""
    first = next((t for t in sentence if not t.is_space), None)
    return first is not None and first.dep_ == "advcl" and first.tag_ in {"VBN", "VBG", "VBD"}


def _leads_into_quoted_sentence(verb: Token) -> bool:
    """Whether the verb goes on over a comma or colon to a quotation that opens with a capital
    letter: a sentence of its own the report leads into ("added: "We are ready."", which the
    parser may make a sentence apart), not the rest of a sentence it interrupts ("The plan, she
    said, "is dead."")."""
    tokens = tokens_of(verb.doc)
    for token in tokens[verb.i + 1 : verb.sent.end + 1]:
        if token.text in QUOTATION_MARKS:
            following = tokens[token.i + 1 : token.i + 2]
            return token.nbor(-1).text in {",", ":"} and bool(following) and following[0].text[:1].isupper()
    return False


def _opens_quote_after(verb: Token) -> bool:
    """Whether the verb's sentence goes on to a quotation mark after a comma or colon ("said,
    \"", "told the BBC: \"") or right after the verb."""
    for token in tokens_of(verb.doc)[verb.i + 1 : verb.sent.end]:
        if token.text in QUOTATION_MARKS:
            return token.i == verb.i + 1 or token.nbor(-1).text in {",", ":"}
    return False


def _trimmed(tokens: Iterable[Token], *, name_alone: bool = False, asides: bool = False) -> tuple[int, int] | None:
    """The tokens' character span without leading conjunctions and trailing punctuation.

    Args:
        tokens: the content's tokens, in any order.
        name_alone: a single proper noun is content ("endorsed Smith"); else one word is not
            ("said so").
        asides: keep a closing aside (``_without_trailing_aside``).
    """
    # A subtree lists a word the parser hangs past a later one out of text order ("sent a lawyer
    # to her office who threatened ...", "asked how many tickets she was selling"): the rules
    # below read the first and last words of the text.
    kept = _up_to_next_sentence(sorted((t for t in tokens if not t.is_space), key=lambda t: t.i))
    if not asides:
        kept = _without_trailing_aside(kept)
    kept = _without_closing_contrast(kept)
    # "that" introducing the content goes, the content's own stays (``THAT_KEPT_AS``).
    while kept and kept[0].lower_ in LEADING_NOISE and not (kept[0].lower_ == "that" and kept[0].dep_ in THAT_KEPT_AS):
        kept.pop(0)
    while kept and kept[-1].text in TRAILING_NOISE:
        kept.pop()
    if len(kept) < 2 and not (name_alone and kept and kept[0].pos_ == "PROPN"):
        return None
    last = _closing_quote(kept)
    return kept[0].idx, last.idx + len(last)


def _up_to_next_sentence(kept: list[Token]) -> list[Token]:
    """The tokens before a full stop that a quote opens after ("..., he said, the industry was
    over-supplied. "It was just waiting ...""): the parser may run the two sentences into one,
    and the quote that follows is a statement of its own. A stop inside quotation marks
    ("called it "a bad deal. A disaster."") ends nothing the claim reports."""
    stop = _first_outside_quotes(
        kept, lambda position: kept[position].text in SENTENCE_STOPS and kept[position + 1].text in DOUBLE_QUOTE_MARKS)
    return kept[:stop]


def _without_trailing_aside(kept: list[Token]) -> list[Token]:
    """The tokens before a closing aside the writer adds about the content's last noun: "said
    she would repeal the Pell Ordinance, a rule that ...", "said the winner is Halvorsen, who
    leads by 20 points". An aside in the middle ("the plan, which passed in May, was flawed")
    and one inside quotation marks stay."""
    mark = _first_outside_quotes(kept, lambda position: _aside_from(kept, position))
    return kept[:mark]


def _aside_from(kept: list[Token], position: int) -> bool:
    """Whether the comma or dash at ``position`` opens a closing aside: a relative clause or an
    appositive after a comma, or the writer's remark after a comma or a dash."""
    mark, first, last = kept[position], kept[position + 1], kept[-1]
    if mark.text == ",":
        return _opens_closing_aside(first, last) or _opens_closing_remark(first, last)
    return position > 0 and _spaced_dash(mark) and _opens_closing_remark(first, last)


def _without_closing_contrast(kept: list[Token]) -> list[Token]:
    """The tokens before a closing contrast that reports another statement: "said the plan
    works, while critics say it costs too much", "accused the board of stalling, though the
    mayor insisted ...". A contrast the writer draws without a report ("said he would run,
    while his rival is still deciding") may be what the source said and stays."""
    position = _first_outside_quotes(
        kept, lambda position: position > 0 and _opens_reported_contrast(kept[position], kept[-1]))
    if position is not None and kept[position - 1].lower_ == "even":
        position -= 1
    return kept[:position]


def _opens_reported_contrast(mark: Token, last: Token) -> bool:
    """Whether ``mark`` ("while", "whereas", "though", "although") opens a clause that runs to
    ``last`` and is a report with a subject of its own."""
    clause = mark.head
    return (mark.lower_ in CONTRAST_MARKS and mark.dep_ == "mark" and clause.i > mark.i
            and mark.i == clause.left_edge.i and clause.right_edge.i >= last.i
            and _has_own_subject(clause) and _kind(clause) == "speech")


def _first_outside_quotes(kept: list[Token], found: Callable[[int], bool]) -> int | None:
    """The first position but the last, outside quotation marks, where ``found`` holds: the
    speaker's own words inside them are verbatim and end nothing."""
    open_quotes = 0
    for position, token in enumerate(kept[:-1]):
        if token.text in DOUBLE_QUOTE_MARKS:
            open_quotes += 1
        elif open_quotes % 2 == 0 and found(position):
            return position
    return None


def _opens_closing_aside(first: Token, last: Token) -> bool:
    """Whether ``first`` opens a relative clause ("which ...", "who ...") or an appositive that
    runs to ``last``."""
    for token in (first, *first.ancestors):
        if token.left_edge.i != first.i:
            return False
        # "on Israel, the nuclear deal and the court": the parser's appositive may be a list; "in
        # Paris, France" and "Ahmed Ali, 25" say which Paris or Ali, no aside about them.
        appositive = (token.dep_ == "appos" and token.pos_ == "NOUN"
                      and not any(child.dep_ == "cc" for child in children_of(token)))
        if appositive or token.dep_ == "relcl" and first.tag_ in RELATIVE_TAGS:
            return token.right_edge.i >= last.i
    return False


def _opens_closing_remark(first: Token, last: Token) -> bool:
    """Whether ``first`` opens an indefinite noun with a clause of its own that runs to ``last``:
    "said the levy would halve, a forecast that few believed", "denied the rumour -- a tale that
    her aide confirmed". The writer's remark on what was said, after a comma or a dash, whatever
    the parser hangs the noun on (an object, an adverbial noun); PolNeAR's train gold ends the
    content before it in 16 of our 20 statements of that shape."""
    noun = first.head
    return (first.lower_ in INDEFINITE_ARTICLES and first.dep_ == "det" and noun.pos_ == "NOUN"
            and noun.left_edge.i == first.i and noun.right_edge.i >= last.i
            and any(child.dep_ in ("relcl", "acl") for child in children_of(noun)))


def _closing_quote(kept: list[Token]) -> Token:
    """The content's last token, or the quotation mark that closes one it opened: 'urged
    them to "meet halfway."' keeps its closing mark, which the parse may hang elsewhere."""
    last = kept[-1]
    if sum(t.text in QUOTATION_MARKS for t in kept) % 2 == 0:
        return last
    following = last.doc[last.i + 1 : last.i + 3]
    return next((t for t in following if t.text in QUOTATION_MARKS), last)
