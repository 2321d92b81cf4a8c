"""Who a reporting verb attributes its content to: shared by quotes and claims."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from etl.extract.spans import entity_at, organization_names, person_surnames, text_of
from etl.extract.tokens import children_of, lefts_of, rights_of, tokens_of
from etl.lexicon import (can_speak, document_nouns, done_report_adjectives, name_prefixes, quantity_nouns,
                         role_nouns, speech_act_verbs, speech_verbs, stance_verbs, titles)
from etl.records import Cue, SourceRef

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
PASSIVE_DEPS = {"nsubjpass", "auxpass"}
# The objects a name may be joined to by the parser when it opens a clause of its own.
OBJECT_DEPS = {"dobj", "pobj"}
# How the parser attaches the one spoken to after a verb ("asked reporters", "told him").
LISTENER_OBJECTS = {"dobj", "dative"}
# Words the parser hangs on a verb between its subject and it: "will", "has", "strongly", "not".
BETWEEN_SUBJECT_AND_VERB = {"aux", "auxpass", "advmod", "neg"}
# Modals that announce an act rather than suppose it: "will appear on the show to discuss ...".
FUTURE_MODALS = {"will", "'ll", "wo"}
# A participle or complement ("..., saying ...", "claimed to ...") shares its head's subject.
INHERITS_SUBJECT = {"advcl", "xcomp", "conj", "acl"}
# What a verb's own clause goes on with after it: an object, a complement, a phrase, a conjunct.
CLAUSE_GOES_ON_DEPS = {"dobj", "ccomp", "xcomp", "prep", "conj", "dative"}
NAMED_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
# Times never speak: "announced Friday that", "Saturday at the convention, Sen. X said". (A
# number may: "two of the officials said", "55 percent say".)
TIME_LABELS = {"DATE", "TIME"}
# Tags of a finite verb, one with a tense of its own: a noun right before one is that verb's
# subject ("said the message was ..."), and words with one make a clause, not a phrase.
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# Parts of a noun phrase that describe the source; relative clauses and appositions are dropped.
DESCRIPTION_DEPS = {"det", "amod", "compound", "poss", "nmod", "case", "nummod", "advmod", "predet", "quantmod"}
DESCRIPTION_PREPOSITIONS = {"of", "at", "in", "from", "for", "with", "close"}
RELATIVE_PRONOUNS = {"who", "that", "which"}
# Subjects of "is a ... who" that the relative clause then speaks for ("She is a lawyer who ...").
HOLDER_SUBJECTS = {"he", "she", "they", "we", "i"}
DESCRIBING_PRONOUN = {"amod", "acl", "prep", "relcl"}
# A source is words ("42%" a share of them): markup leaking into the text ("<tweet ...>", "\">Sanders") never speaks.
# Markup and symbols no source is written with; a slash only between words ("the CNN/ORC poll"), a
# comma only between them ("the lanky, 64-year-old harbormaster").
NOT_WORDS = re.compile(r"[^\w\s.,'\u2019&%/-]|(?<!\w)[/,]|/(?!\w)")
# Words a source quotes inside its phrase: a nickname, a title, a slogan ('members of the "Clean
# Air" caucus', 'the \u201cJaws\u201d actor', 'Mayor J.T. "Skip" Harlan'). Their marks are no markup.
QUOTED_WORDS = re.compile(r"[\"\u201c]([\w\s.,'\u2019&-]+)[\"\u201d]")
NOMINAL = {"NOUN", "PROPN", "PRON"}
PLURAL_TAGS = {"NNS", "NNPS"}
PLACE_LABELS = {"GPE", "LOC"}
# A share word that only modifies another noun ("five states", "a majority leader") heads no share.
SHARE_MODIFIER_DEPS = {"nummod", "compound", "amod", "npadvmod"}
# The people a share is of, when a pronoun names them: "most of them", "many of you", "some of us".
PLURAL_PERSONAL_PRONOUNS = {"them", "us", "you"}
QUOTE_MARKS = {'"', "''", "``", "\u201c", "\u201d", "\u2018", "\u2019"}
CLAUSE_OPENING = {"SCONJ", "VERB", "AUX"}
# "when", "what", "which", "who": a question or clause of their own, never a speaker's name.
WH_WORDS = {"WRB", "WP", "WDT"}
DOUBLE_QUOTE_MARKS = {'"', "''", "``", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb"}
DASHES = {"-", "--", "\u2013", "\u2014"}
# A quote that ends its paragraph, then a line opening with a dash: the signature line.
SIGNATURE_LINE = re.compile(r"[ \t\u00a0.]*\n\s*[-\u2013\u2014\u2015][ \t\u00a0]*(?=\w)")
SIGNATURE_TOKENS = 6
# A name NER misses on a signature line is a first name and a surname at least ("-Ana Ruiz,").
MIN_SIGNATURE_NAME_WORDS = 2
# Verbs whose subject comes by a document rather than putting it out: "Reuters obtained a memo
# that said ...", "the mayor received a letter saying ...": the document speaks, not they.
RECEIVING_VERBS = {"receive", "obtain", "get", "find", "see", "review", "examine", "discover", "acquire"}
# Verbs that send words to someone: "emailed parents warning ...".
SENDING_VERBS = {"email", "e-mail", "text", "message", "write", "tweet"}
# Words opening a clause of time: "said after the senator won, remarking ..."
TIME_MARKERS = {"after", "when", "as", "before", "while", "once"}
# Clauses a sentence may put between its verb and a closing participle: "..., where boat
# owners stood in the rain, yelling ...", "..., a date that shopkeepers doubt, pointing to ...".
INSERTED_CLAUSE_DEPS = {"relcl", "advcl"}
# Someone the text does not name, whom no pronoun stands for: "someone at the meeting said" is an
# anonymous source, as "a person at the meeting" is.
INDEFINITE_PERSONS = {"someone", "somebody"}
# "'s" before a participle is "is" or "has": "who's pushed for" is no passive.
CONTRACTED_IS = {"'s", "\u2019s"}
# How far back in its sentence "they" looks for the group it stands for, and a subjectless verb
# for the share of people polled (a run-on "sentence" of markup or a list is never read whole,
# once per pronoun or verb).
ANTECEDENT_TOKENS = 40
# Verbs whose subject is never written after them: the words after "told", "informed" or
# "notified" are whom it was said to ("..., then told the Gazette that ..."), not the speaker.
NEVER_INVERTED = {"tell", "inform", "notify"}
# How far after the verb an inverted subject may reach: "said Navy Cmdr. Michael Langbehn".
INVERTED_SUBJECT_TOKENS = 8
MAX_ABBREVIATION = 4
# How many prepositional phrases back a relative clause's speaker may be: "one aide to the chair
# of the committee, who said" is two.
PHRASE_DEPTH = 3
# "O’Donnell", "D'Arcy", "O'Malley": a capital, an apostrophe and a capitalized word is a surname.
APOSTROPHE_SURNAME = re.compile(r"[A-Z]['\u2019][A-Z][a-z]+")
# Verbs that are speech acts only with their particle: "lashed out at the press", "weighed in on
# the dispute", "laid out her plan", "spelled out its demands". Alone they are other acts ("laid
# the groundwork", "weighs 90 kilos"). "Fired back" and "hit back" are left out: police fire back
# at a gunman, and "fired the coach back in March" has the same parse.
PHRASAL_SPEECH_ACTS = {"lash": "out", "weigh": "in", "lay": "out", "spell": "out"}
# What is laid or spelled out in words: a plan, a case, terms. Not tables, money or a name.
SET_OUT_IN_WORDS = {"plan", "case", "vision", "proposal", "agenda", "argument", "term", "demand", "reason",
                    "strategy", "detail", "position", "view", "priority", "step", "blueprint", "framework",
                    "principle", "policy", "rationale", "goal", "idea", "platform", "approach", "option",
                    "condition", "concern", "rule", "timeline", "path", "roadmap", "scenario", "stake", "choice",
                    "alternative", "program", "programme", "budget", "objection", "criticism", "grievance",
                    "evidence", "expectation", "requirement", "charge", "allegation", "finding", "recommendation"}


def is_speech_verb(token: Token) -> bool:
    """A verb whose lemma reports speech ("said", "told", "tweeted", "according")."""
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in speech_verbs()


def is_speech_act(token: Token) -> bool:
    """A verb whose object is what was said ("accused the council of ...", "praised Okafor"),
    also one that is a speech act only with its particle ("lashed out at the press", "laid out
    her plan"; not "laid out the tables")."""
    lemma = token.lemma_.lower()
    if lemma in speech_act_verbs():
        return True
    if lemma not in PHRASAL_SPEECH_ACTS:
        return False
    particle = particle_of(token, PHRASAL_SPEECH_ACTS[lemma])
    if particle is None:
        return False
    # The particle before the object: "laid the plan out in a speech" would take the particle
    # into what was said.
    objects = [child for child in children_of(token) if child.dep_ == "dobj"]
    return not objects or particle.i < objects[0].i and objects[0].lemma_.lower() in SET_OUT_IN_WORDS


def particle_of(verb: Token, word: str) -> Token | None:
    """The verb's particle if it is ``word``: the "out" of "lashed out", the "on" of "went on"."""
    return next((child for child in children_of(verb) if child.dep_ == "prt" and child.lower_ == word), None)


def puts_it(token: Token) -> bool:
    """"As Ortega put it, \u201c...\u201d", "as the columnist puts it:": the writer hands the words
    that follow to the subject of "put", a verb that reports nothing elsewhere."""
    return (token.lemma_.lower() == "put" and _as_of(token) is not None
            and any(child.dep_ == "dobj" and child.lower_ == "it" for child in children_of(token)))


def _as_of(verb: Token) -> Token | None:
    """The "as" that opens the verb's clause: its marker, or, where the parser reads "as" as a
    preposition, its head ("As Maria Ortega, a former minister, put it")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        return verb.head
    return next((child for child in children_of(verb) if child.dep_ == "mark" and child.lower_ == "as"), None)


def _object_of_as(verb: Token) -> Token | None:
    """The speaker the parser made the object of "as" (``_as_of``)."""
    opening = _as_of(verb)
    return next((child for child in children_of(opening) if child.dep_ == "pobj"), None) if opening else None


def is_according_to(token: Token) -> bool:
    return token.lower_ == "according" and any(child.lower_ == "to" for child in children_of(token))


def cue_of(token: Token) -> Cue:
    """The cue as written; "according to" keeps both words."""
    if is_according_to(token):
        to = next(child for child in children_of(token) if child.lower_ == "to")
        return Cue(token.idx, to.idx + len(to), text_of(token.doc)[token.idx : to.idx + len(to)])
    return Cue(token.idx, token.idx + len(token), token.text)


def source_of(cue: Token) -> SourceRef | None:
    """The source a reporting verb attributes its content to, as the text words it.

    Returns:
        A name, pronoun or description, or None when the verb has no subject that can
        speak (markup, "my reaction", "the main reason").
    """
    if is_according_to(cue):
        to = next(child for child in children_of(cue) if child.lower_ == "to")
        objects = [child for child in children_of(to) if child.dep_ == "pobj"]
        # "according to" names a source whatever it is: a person, "the results", or the author
        # of a document when it names one ("a forecast by scientists at the weather service").
        return _speaker(_author(objects[0]), any_description=True) if objects else None
    agent = passive_agent(cue)
    if agent is not None:
        return _speaker(agent)
    own_subject = _subject_of_clause_closed_before(cue) or _subject_outside_quote(cue)
    subject = (_object_of_as(cue) if puts_it(cue) else None) or own_subject
    if subject is not None and _is_time(subject):
        # "Saturday at the convention, Sen. X said": the parser took the time for the subject.
        subject = None
    if subject is None:
        subject = _subject_hung_on_a_fronted_phrase(cue)
    if (subject is None or subject.i > cue.i) and not _is_participle(cue):
        subject = _name_after_quote(cue) or _inverted_subject(cue) or subject
    if subject is not None and subject.i < cue.i:
        subject = (_after_dateline(subject, cue) or _issuer(_antecedent(subject), cue) or _sender(subject, cue)
                   or _titled_name(subject) or subject)
        if subject.lower_ == "they":
            subject = _plural_antecedent(subject) or subject
        if subject.lemma_.lower() in document_nouns():
            # "A statement from the ministry said": the ministry speaks through it. An author the
            # tagger gives no name nor a noun that can speak ("an average of polls by a tracking
            # site", "drone footage from the fire") leaves the document to speak.
            author = _author(subject)
            subject = author if author.i == subject.i or _may_speak(author) else subject
    source = _speaker(subject) if subject is not None else None
    if source is None and (own_subject is None or _is_time(own_subject)):
        named = _name_before(cue) or _share_before(cue)
        source = _speaker(named) if named is not None else None
    return source


def _subject_hung_on_a_fronted_phrase(verb: Token) -> Token | None:
    """The subject the parser hung as an apposition on a time or place opening the sentence: in
    "Last spring, Vermont, citing ..., urged regulators to ..." or "At a hall in Flint, a
    teacher with two sons in the mills asked Walsh whether ..." Vermont and the teacher are made
    appositions of "spring" and "Flint", which leaves the verb no subject; the one urged or
    asked, after the verb, is then no inverted subject."""
    fronted = [child for child in lefts_of(verb) if child.dep_ in ("prep", "npadvmod")]
    # Not an apposition of a person ("Besides Mr. Ruiz, two council members have said"), who is
    # then named before the verb as well.
    appositions = [token for child in fronted for token in child.subtree
                   if token.dep_ == "appos" and token.head.ent_type_ in PLACE_LABELS | TIME_LABELS
                   and _may_speak(token) and not token.is_quote]
    return appositions[-1] if appositions else None


def _subject_of_clause_closed_before(participle: Token) -> Token | None:
    """Who does a closing participle written right after a clause with a subject of its own:
    in "Senator Vance toured the marina, where dozens of boat owners stood in the rain, yelling
    ...", "..., when angry tenants stormed the podium, demanding ..." and "The mayor said the
    bridge would reopen in May, a date that local shopkeepers doubt, pointing to ..." the boat
    owners yell, the tenants demand and the shopkeepers point, although the parser hangs the
    participle on the sentence's verb. The clause sets a scene (``_sets_a_scene``) between that
    verb and the comma before the participle, and its subject is a noun that can speak: not
    "who" or "which", which stand for the noun the clause is on, nor a pronoun, nor a passive's
    subject, which is acted on."""
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "acl") or participle.i < 2:
        return None
    if participle.nbor(-1).text != ",":
        return None
    last = participle.nbor(-2)
    clause = None
    for token in (last, *last.ancestors):
        if token.right_edge.i != last.i or token.i == participle.head.i:
            break
        if token.dep_ in INSERTED_CLAUSE_DEPS:
            clause = token
            break
    if clause is None or clause.left_edge.i < participle.head.i or not _sets_a_scene(clause):
        return None
    subject = next((child for child in children_of(clause) if child.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not _may_speak(subject):
        return None
    return subject


def _sets_a_scene(clause: Token) -> bool:
    """A clause of time or place ("when tenants stormed", "where boat owners stood", "in which two
    retirees sort"), or a relative clause on a noun phrase set off by a comma that sums up what
    was said ("..., a date that shopkeepers doubt"). Not a relative clause on the verb's object:
    in "The coach praised the drills that the younger players had designed, saying ..." the
    coach says it, and the clause only says which drills."""
    opening = [child for child in children_of(clause) if child.dep_ in ("mark", "advmod")]
    of_time_or_place = any(child.lower_ in TIME_MARKERS | {"where"} for child in opening)
    if clause.dep_ != "relcl":
        return of_time_or_place
    in_which = any(child.dep_ == "prep" and any(word.tag_ == "WDT" for word in children_of(child))
                   for child in children_of(clause))
    return of_time_or_place or in_which or _set_off_by_a_comma(clause.head)


def _set_off_by_a_comma(noun: Token) -> bool:
    """A noun phrase added after a comma to what comes before, which the parser makes an
    apposition or a bare modifier of the verb (", a date that ...")."""
    first = noun.left_edge
    return noun.dep_ in ("appos", "npadvmod") and first.i > 0 and first.nbor(-1).text == ","


def _subject_outside_quote(cue: Token) -> Token | None:
    """The cue's subject, unless it is a word of a quote closed before the cue: in "\u201cWe lost
    the vote,\u201d Ames, 58, told the paper" the parser joins "told" to the quote's verb, whose
    subject it then shares; the quote's words never speak it."""
    subject = subject_of(cue)
    return None if subject is not None and _quoted_before(subject, cue) else subject


def agentless_passive(verb: Token) -> bool:
    """A report in the passive that names no one who made it: in "the senator was asked
    whether ...", "the mayor is accused of ...", "she was declared the winner", "he is said to
    be angry" the subject is who was spoken to or of, and who spoke is not in the sentence.
    Not "she is quoted as saying" (her words), nor a "'s" that may be "has" ("who's pushed for
    a recount")."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() == "quote":
        return False
    auxiliaries = [child for child in children_of(verb) if child.dep_ == "auxpass"]
    if any(child.lower_ in CONTRACTED_IS for child in auxiliaries):
        return False
    passive = auxiliaries or any(child.dep_ == "nsubjpass" for child in children_of(verb))
    return bool(passive) and not any(child.dep_ == "agent" for child in children_of(verb))


def _plural_antecedent(pronoun: Token) -> Token | None:
    """Who "they" stands for when an earlier main clause of its sentence names them: in
    "Union leaders doubt the offer, but they expect ..." and "Local farmers lost money,
    and now they say ..." the subject of that clause, when it is a plural that can speak. A
    subject inside what someone says ("Republicans said the Democrats had lied, and they ...")
    is in no main clause; a singular one there ends the search. With no main clause subject before
    it, the plural subject of the sentence before (``_previous_sentence_plural``)."""
    root = pronoun.sent.root
    start = max(pronoun.sent.start, pronoun.i - ANTECEDENT_TOKENS)
    for token in reversed(tokens_of(pronoun.doc)[start : pronoun.i]):
        main = token.head.i == root.i or token.head.dep_ == "conj" and token.head.head.i == root.i
        if token.dep_ not in SUBJECT_DEPS or not main:
            continue
        return token if _speaking_plural(token) else None
    return _previous_sentence_plural(pronoun)


def _previous_sentence_plural(pronoun: Token) -> Token | None:
    """Who "they" stands for when its own sentence names no one before it: the subject of the
    sentence before, in the same paragraph, when that is a plural that can speak ("Dairy farmers
    in the valley are a close group. To a man, they say ...", "Among the critics are local
    landlords. They argue ..."). A singular subject there, or a paragraph break between, says
    nothing of who "they" are."""
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    previous = pronoun.doc[sentence.start - 1].sent
    if "\n" in text_of(pronoun.doc)[previous.start_char : sentence.start_char]:
        return None
    subject = next((child for child in children_of(previous.root) if child.dep_ in SUBJECT_DEPS), None)
    if subject is None and previous.root.lemma_ == "be":
        # "On one side of the fight are teachers and parents.": a subject after its verb.
        subject = next((child for child in children_of(previous.root) if child.dep_ == "attr"), None)
    return subject if subject is not None and _speaking_plural(subject) else None


def _speaking_plural(token: Token) -> bool:
    """A plural noun, not a pronoun, that names or describes people who can speak."""
    plural = token.tag_ in PLURAL_TAGS and token.pos_ != "PRON"
    return plural and (token.ent_type_ in NAMED_LABELS or _can_speak(token))


def passive_agent(verb: Token) -> Token | None:
    """Who speaks in a passive: "Okafor was asked by host Lena Varga whether ...", "the
    mayor was told by aides that ...": the subject is who was spoken to, the agent speaks.
    Not of "quoted": "she was quoted by the paper as saying" has her speak. A participle without
    a subject is passive too: "As reported by the Tribune, ...", "a plan described by aides as ..."."""
    bare_participle = verb.tag_ == "VBN" and not any(child.dep_ == "nsubj" for child in children_of(verb))
    passive = bare_participle or any(child.dep_ in PASSIVE_DEPS for child in children_of(verb))
    if verb.lemma_.lower() == "quote" or not passive:
        return None
    by = next((child for child in children_of(verb) if child.dep_ == "agent"), None)
    agent = next((child for child in children_of(by) if child.dep_ == "pobj"), None) if by is not None else None
    # "was told by phone", "by email": a means, not who spoke.
    return agent if agent is not None and _may_speak(agent) else None


def _name_before(verb: Token) -> Token | None:
    """The person named last before a main verb the parser left without a subject.

    "Secretary of Commerce William M. Daley, who oversees NOAA said" and "Following the launch,
    John P. Holdren, Assistant to the President, issued": the name hangs on a preposition or
    in apposition, and is who acts, also of a verb coordinated with it ("..., Ohio, voter Brenda
    Lee also railed against it, and explained"). Names inside a relative clause or a quotation
    are skipped.
    """
    if verb.dep_ == "conj" and verb.head.dep_ == "ROOT":
        verb = verb.head
    if verb.dep_ != "ROOT":
        return None
    for token in reversed(tokens_of(verb.doc)[verb.sent.start : verb.i]):
        if token.is_quote or token.text in QUOTE_MARKS:
            return None
        named = token.ent_type_ == "PERSON" or surname_of_named_person(token)
        if named and not any(a.dep_ == "relcl" for a in token.ancestors if a.i < verb.i):
            return token
    return None


def _share_before(verb: Token) -> Token | None:
    """The share of people polled before a verb of saying the parser left without a subject:
    "Majorities of nurses going to the picket line Monday say they ...", "Among union members, about
    three in five, 61 percent, say they ...", "Despite ..., more than half of renters predict
    they ...". Only a main verb with a clause for its content, a share heading its own phrase
    (not "a vacancy rate of 2 percent"), and no finite verb or quotation between them."""
    if verb.dep_ not in ("ROOT", "dep") or not any(child.dep_ == "ccomp" for child in children_of(verb)):
        return None
    for token in reversed(tokens_of(verb.doc)[max(verb.sent.start, verb.i - ANTECEDENT_TOKENS) : verb.i]):
        if token.is_quote or token.text in QUOTE_MARKS or token.tag_ in FINITE_TAGS:
            return None
        if (_names_a_share(token) and token.pos_ in ("NOUN", "PROPN")
                and token.dep_ not in SHARE_MODIFIER_DEPS and not (token.dep_ == "pobj" and token.head.lower_ == "of")):
            return token if _share_can_speak(token) else None
    return None


def _names_a_share(token: Token) -> bool:
    """A share word, also in the plural the tagger leaves unlemmatized when it takes it for a
    name opening the sentence ("Majorities of voters")."""
    word = token.lower_
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return bool({token.lemma_.lower(), word, singular} & quantity_nouns())


def _after_dateline(subject: Token, cue: Token) -> Token | None:
    """The subject written after a dateline the parser took for it: in "PHILADELPHIA, July 25
    (UPI) \u2014 The committee said" the place only says where the story was filed.

    Returns:
        The head of the noun phrase right after the dateline's dash, or None when ``subject``
        is no dateline (a place opening its sentence, a dash before the verb).
    """
    entity = _entity_of(subject)
    if entity is None or entity.label_ not in PLACE_LABELS or not entity[0].is_sent_start:
        return None
    dash = next((t for t in tokens_of(cue.doc)[entity.end : cue.i] if t.text in DASHES), None)
    if dash is None or dash.i + 1 >= cue.i:
        return None
    head = cue.doc[dash.i + 1]
    while dash.i < head.head.i < cue.i and head.head.pos_ in NOMINAL:
        head = head.head
    return head if head.pos_ in NOMINAL else None


def introducer_of(doc: Doc, start: int, end: int) -> SourceRef | None:
    """The source of a quote no reporting verb reports: who the sentence introducing it is about.

    "Huckabee is labeling the actions \u201ca blatant abuse.\u201d", "Cruz continued:" before a
    quote that opens the next paragraph, "Pollsters agree - Carl Bialik: \u201c...\u201d": the
    writer hands the words to the subject of that sentence (or the name before the colon).

    Args:
        doc: the parsed article.
        start: where the quote's opening mark is.
        end: where the quote ends; a subject inside it ("I") never speaks for it.
    """
    opening = doc.char_span(start, start + 1, alignment_mode="expand")
    if opening is None or opening.start == 0:
        return None
    before = doc[opening.start - 1]
    while before.is_space and before.i > 0:
        before = doc[before.i - 1]
    named = _entity_of(before.nbor(-1)) if before.text == ":" and before.i > 0 else None
    if named is not None and _stands_alone(named):
        # "Jeffrey M. Jones: \u201c...\u201d": the name stands for the whole attribution.
        return _speaker(before.nbor(-1))
    if "\n" in text_of(doc)[before.idx : start]:
        # A quote opening a paragraph: only a sentence ending with a colon introduces it.
        if before.text != ":":
            return None
        root = before.sent.root
    else:
        root = opening[0].sent.root
        if root.idx >= start and before.text == ":" and before.i > 0:
            # The words before the colon introduce the quote; with no one named there, the
            # quote goes on with the previous speaker's words.
            verb = _verb_before_colon(before)
            subject = subject_of(verb) if verb is not None else None
            return _speaker(subject) if subject is not None and _names_or_stands_for_someone(subject) else None
    if root.idx >= start or root.pos_ not in {"VERB", "AUX"}:
        return None
    subject = subject_of(root) or _name_before(root)
    if subject is None or start <= subject.idx < end:
        return None
    return _speaker(subject)


def signature_of(doc: Doc, end: int) -> SourceRef | None:
    """The person a line after the quote signs it with: "- Tom Alvarez." or "-Sen. Maria Lopez,
    tweeting after the vote." right under a paragraph the quote ends (fact checks, round-ups).

    Args:
        doc: the parsed article.
        end: where the quote ends.
    """
    line = SIGNATURE_LINE.match(text_of(doc), end)
    first = doc.char_span(line.end(), line.end() + 1, alignment_mode="expand") if line else None
    if first is None:
        return None
    # Only capitalized words (a title: "President", "Sen.") before the name, which ends the
    # signature or is followed by a comma or full stop.
    words = tokens_of(doc)[first.start : first.start + SIGNATURE_TOKENS]
    for token in words:
        if token.ent_type_ == "PERSON" or surname_of_named_person(token):
            # A surname alone ("- Okafor.") is a name when the article gives a person it.
            entity = entity_at(token) if token.ent_type_ else None
            end = entity.end if entity is not None else token.i + 1
            return _speaker(token) if _ends_signature(doc, end) else None
        if not token.is_title and token.text != ".":
            return _unlabelled_signature(words, line.end())
    # Capitalized words up to the article's end: the name ends the text ("-Ana Ruiz").
    return _unlabelled_signature(words, line.end()) if words[-1].i == len(doc) - 1 else None


def _ends_signature(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` ends the signature's name: the line ends, or
    a comma, full stop or bracket follows ("- Tom Alvarez, Reno.")."""
    after = doc[end] if end < len(doc) else None
    return after is None or after.text in {".", ",", "("} or "\n" in after.text


def _unlabelled_signature(words: Sequence[Token], start: int) -> SourceRef | None:
    """The name of a signature line NER labels nothing, often as the tokenizer glued the dash to
    it ("-Nadia Ferreira, Lisbon."): capitalized words that end the name as a labelled one does,
    none of them a word NER labels (a place, an organization, a date)."""
    name = list(takewhile(lambda token: token.is_title, words))
    if len(name) < MIN_SIGNATURE_NAME_WORDS or any(token.ent_type_ for token in name):
        return None
    if not _ends_signature(name[0].doc, name[-1].i + 1):
        return None
    return _ref(name[0].doc, max(start, name[0].idx), name[-1].idx + len(name[-1]), "name")


def _verb_before_colon(colon: Token) -> Token | None:
    """The main verb of the words before a colon that opens a quote, when the parser hung those
    words on the quote ("The coach gave his players a simple order: \u201cIt's time ...\u201d" has
    the quote's "'s" for its root and "gave" below it; in "The mayor has apologized for what
    went wrong: \u201c...\u201d" the verb is "apologized", not "went")."""
    token, verb = colon.nbor(-1), None
    for _ in range(len(colon.sent)):
        if token.i >= colon.i:
            break
        if token.pos_ in {"VERB", "AUX"}:
            verb = token
        if token.head.i == token.i:
            break
        token = token.head
    return verb


def _names_or_stands_for_someone(token: Token) -> bool:
    """A name, a personal pronoun or a noun of someone who can speak: not "what" or "that"."""
    if token.pos_ == "PRON":
        return token.lower_ in HOLDER_SUBJECTS
    return token.ent_type_ in NAMED_LABELS or _can_speak(token)


def _stands_alone(entity: Span) -> bool:
    """A name that opens its sentence or follows a dash: a label, not the end of a clause
    ("a statement from X in Washington:")."""
    first = entity[0]
    return first.is_sent_start or first.i > 0 and first.nbor(-1).text in {"-", "\u2013", "\u2014", "\n"}


def _issuer(document: Token, report: Token) -> Token | None:
    """Who put out a document the sentence names (``_putting_out``): "The union issued a notice
    saying ...", "The campaign released a memo arguing ...", "The mayor replied in a letter
    arguing ...": the document speaks for them. One written "in" or "with" speaks so only in a
    participle of its own: in "spoke to a radio host in an interview broadcast Friday, when
    asked ..." the one who asked is not named."""
    verb = _putting_out(document)
    if verb is None or document.dep_ == "pobj" and report.tag_ != "VBG":
        return None
    subject = subject_of(verb)
    if subject is None or subject.i > document.i:
        return None
    return subject if _may_speak(subject) else None


def _putting_out(document: Token) -> Token | None:
    """The verb that puts out a document: the one it is the object of ("issued a statement"),
    unless its subject only came by it ("obtained a memo"), or a verb of saying or sending it is
    written "in" or "with" ("replied in a letter", "wrote in a column", "as Ruiz put it in a
    note"); a document a sentence is only about ("leads in a new poll") is put out by no one in it,
    nor one of a verb in the passive: in "Hale was charged in a complaint alleging ..." and "The
    mayor was sent a letter saying ..." the subject is whom the document is against or to."""
    if document.lemma_.lower() not in document_nouns():
        return None
    if document.dep_ == "dobj":
        verb = document.head
        puts_out = verb.lemma_.lower() not in RECEIVING_VERBS
    elif document.dep_ == "pobj" and document.head.lower_ in ("in", "with"):
        verb = document.head.head
        puts_out = _says_or_sends(verb) or puts_it(verb)
    else:
        return None
    passive = any(child.dep_ in PASSIVE_DEPS for child in children_of(verb))
    return verb if puts_out and not passive else None


def _sender(recipient: Token, participle: Token) -> Token | None:
    """Who speaks in a participle the parser hung on whom a report was sent to
    (``_sending_verb``): in "The coach emailed players warning ...", "The office sent a
    letter to residents saying ..." and "Lin wrote to parents explaining ..." the sender says
    it, not the players, the residents or the parents."""
    if participle.dep_ != "acl" or participle.head.i != recipient.i:
        return None
    verb = _sending_verb(recipient)
    subject = subject_of(verb) if verb is not None else None
    if subject is None or subject.i > recipient.i:
        return None
    return subject if _may_speak(subject) or subject.pos_ == "PROPN" else None


def _sending_verb(recipient: Token) -> Token | None:
    """The verb that sends words to ``recipient``: a verb of saying or sending it is the object
    of ("emailed supporters"), or one a "to" phrase naming it hangs on, with the message as its
    object ("sent a letter to residents") or none ("wrote to parents"), or the verb that puts
    out the message the phrase is on ("in her note to staff"). A "to" after any other verb
    names no listener: in "replied to critics saying ..." the critics may be the ones saying."""
    if recipient.dep_ == "dobj":
        verb = recipient.head
        return verb if _says_or_sends(verb) else None
    if recipient.dep_ != "pobj" or recipient.head.lower_ != "to":
        return None
    head = recipient.head.head
    if head.pos_ == "NOUN":
        return _putting_out(head)
    # The message may hang on the verb rather than on the "to": "as Ruiz put it in a note to staff".
    phrases = [child for child in children_of(head) if child.dep_ == "prep"]
    nouns = [*children_of(head), *(noun for phrase in phrases for noun in children_of(phrase))]
    sends = head.lemma_.lower() in SENDING_VERBS or any(_putting_out(noun) == head for noun in nouns)
    return head if head.pos_ == "VERB" and sends else None


def _says_or_sends(verb: Token) -> bool:
    """A verb of saying, or one that sends words to someone ("emailed", "wrote")."""
    return is_speech_verb(verb) or verb.lemma_.lower() in SENDING_VERBS


def _may_speak(token: Token) -> bool:
    """A name, a pronoun or a noun of someone who can speak."""
    return token.ent_type_ in NAMED_LABELS or token.pos_ == "PRON" or _can_speak(token)


def _titled_name(title: Token) -> Token | None:
    """The person a title "of" something ends with: "Director of National Intelligence James
    Clapper said", where the parser makes the title the subject and the name its object."""
    if not title.is_title or (title.lower_ not in titles() and title.lower_ not in role_nouns()):
        return None
    of = next((child for child in rights_of(title) if child.dep_ == "prep" and child.lower_ == "of"), None)
    name = next((child for child in children_of(of) if child.dep_ == "pobj"), None) if of is not None else None
    return name if name is not None and name.ent_type_ == "PERSON" else None


def _author(token: Token) -> Token:
    """Who made a thing that cannot speak, or a document, when a "by" or "from" phrase or a
    possessor names them: "a count by the AP", "a forecast issued today by scientists at
    ...", "a statement from the ministry", "the ministry's statement"."""
    if token.ent_type_ in NAMED_LABELS or _can_speak(token) and token.lemma_.lower() not in document_nouns():
        return token
    possessor = next((child for child in children_of(token) if child.dep_ == "poss"), None)
    if possessor is not None and (possessor.ent_type_ in NAMED_LABELS or _can_speak(possessor)):
        return possessor
    # "a copy of the memo obtained by the paper", "seen by reporters": who came by it did not make it.
    participles = [child for child in rights_of(token)
                   if child.dep_ == "acl" and child.lemma_.lower() not in RECEIVING_VERBS]
    phrases = [*rights_of(token), *(grandchild for child in participles for grandchild in rights_of(child))]
    by = next((child for child in phrases if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from")), None)
    agent = next((child for child in children_of(by) if child.dep_ == "pobj"), None) if by is not None else None
    return agent if agent is not None else token


def _speaker(token: Token, any_description: bool = False) -> SourceRef | None:
    """The source phrase of ``token`` when it can speak: words (no markup), and for a
    description a head noun from the list of people, roles and institutions, unless
    ``any_description``."""
    ref = source_phrase(token)
    if NOT_WORDS.search(QUOTED_WORDS.sub(r"\1", ref.text)):
        return None
    if ref.form == "description" and not any_description and not _can_speak(token):
        return None
    return ref


def _can_speak(token: Token) -> bool:
    if _described_pronoun(token) or token.lower_ in INDEFINITE_PERSONS:
        return True
    head = _antecedent(token)
    if _is_quantity(head):
        return _share_can_speak(head)
    return _noun_can_speak(head) or _company_ner_missed(head) or bool(_coordinated_organizations(head, _entity_of(head)))


def _noun_can_speak(noun: Token) -> bool:
    """Whether the noun itself, by the word lists, is one who can speak."""
    return (can_speak(noun.lemma_.lower()) or can_speak(noun.lower_) or _a_group_or_member(noun)
            or can_speak(_hyphenated(noun)))


def _company_ner_missed(token: Token) -> bool:
    """A capitalized name NER left unlabelled that names a company or group: one an appositive
    describes as something that can speak ("Norvik, the Danish shipping company, says"), or one
    NER labels an organization elsewhere in the article ("Zentrix keeps its figures secret but
    says ...", after "Zentrix, a data firm,")."""
    if token.ent_type_ or not token.text[:1].isupper() or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(child.dep_ == "appos" and child.pos_ == "NOUN" and _noun_can_speak(child) for child in children_of(token)):
        return True
    parts = [child.left_edge for child in lefts_of(token) if child.dep_ in ("compound", "punct")]
    first = min([token, *parts], key=lambda t: t.i)
    return text_of(token.doc)[first.idx : token.idx + len(token)] in organization_names(token.doc)


def _hyphenated(token: Token) -> str:
    """The lowercased compound a token ends when the tokenizer split it at its hyphen
    ("front-runner" is "front", "-", "runner"), so that the word lists' hyphenated nouns are
    found; the token itself otherwise."""
    i = token.i
    doc = token.doc
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return token.lower_


def _is_quantity(token: Token) -> bool:
    """"half", "most", "55 percent", "six in 10": a share, not a kind of speaker."""
    return token.pos_ == "NUM" or token.lemma_.lower() in quantity_nouns()


def _share_can_speak(quantity: Token) -> bool:
    """A share speaks for the people it is a share of ("half of the voters", "55 percent of
    Democrats", "a third of independents": a plural), not for a mass ("half of the money");
    without an "of" phrase it is a share of people polled ("six in 10 say", "42% say")."""
    of = next((child for child in rights_of(quantity) if child.dep_ == "prep" and child.lower_ == "of"), None)
    whole = next((child for child in children_of(of) if child.dep_ == "pobj"), None) if of is not None else None
    return (whole is None or whole.ent_type_ in NAMED_LABELS or whole.tag_ in PLURAL_TAGS or _can_speak(whole)
            or whole.lower_ in PLURAL_PERSONAL_PRONOUNS)


def _antecedent(token: Token) -> Token:
    """What a relative pronoun stands for ("X, who said"); any other token itself.

    A relative clause on what someone is stands for that someone: "Ms. Reyes is a lawyer who
    argued ...", "He is a liar, a bully and a man who has pledged ...", "the mayor, a former
    teacher who said ..." are Ms. Reyes, he and the mayor.
    """
    clause = _relative_clause(token.head) if token.lower_ in RELATIVE_PRONOUNS else None
    if clause is None:
        return token
    noun = clause.head
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in NOMINAL:
        first = first.head
    if first.dep_ == "appos":
        return first.head
    if first.dep_ == "attr" and first.head.lemma_ == "be":
        subject = subject_of(first.head)
        # Not "It was Senator Smith who said ..." nor "The problem is the senator who said ...".
        if subject is not None and (subject.lower_ in HOLDER_SUBJECTS or subject.ent_type_ in ("PERSON", "ORG")):
            return subject
    return _described_by_phrase(noun) or noun


def _relative_clause(verb: Token) -> Token | None:
    """The clause a relative pronoun's verb opens, or the first of those joined to it: the
    parser hangs "and who ..." on the first clause's verb ("Ames, who keeps bees, and who
    fought the levy"), or, after a clause with a subject of its own ("Ames, whose farm flooded
    but who blamed the dam"), on the noun itself; the second "who" stands for Ames as well."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ not in NOMINAL:
        clause = clause.head
    if clause.dep_ == "relcl" and clause.i == verb.i:
        return clause
    # A joined clause's noun must be one who can speak: the parser may hang it on a clause
    # inside the first ("who backed the plan that cut the fares, and who said" is no plan's).
    return clause if clause.dep_ in ("relcl", "conj") and _may_speak(clause.head) else None


def _described_by_phrase(noun: Token) -> Token | None:
    """Who a relative clause is about when the parser hung it on the last noun of a phrase that
    describes them: "an aide familiar with the matter, who added", "critics in the suburbs, who
    accused", "a source close to the talks, who said". The noun the phrase describes, when
    ``noun`` cannot speak and that one can. Not "those" ("half of those who said"): the
    clause says which ones."""
    if noun.ent_type_ in NAMED_LABELS or noun.lower_ == "those" or _noun_can_speak(noun):
        return None
    token = noun
    for _ in range(PHRASE_DEPTH):
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            return None
        described = token.head.head
        if described.pos_ == "ADJ" and described.dep_ == "amod":  # "familiar with", "close to"
            described = described.head
        if described.pos_ in NOMINAL and (described.ent_type_ in NAMED_LABELS or _noun_can_speak(described)):
            return described
        token = described
    return None


def _is_participle(verb: Token) -> bool:
    """"..., telling the crowd": the words after a participle are its object, never an
    inverted subject, whatever its tag ("Conceding that ...", "adding ...")."""
    return verb.tag_ == "VBG" or verb.lower_.endswith("ing")


def _inverted_subject(verb: Token) -> Token | None:
    """The subject written after its verb: "..., said Anna Berg", "added the senator".

    The parser often takes it for an object, or splits the sentence after a title's
    abbreviation ("said Navy Cmdr. Michael Langbehn"); a person named in the words right after
    the verb is the speaker, else the noun those words hang on.
    """
    if verb.lemma_.lower() in NEVER_INVERTED:
        return None
    words = _words_after(verb)
    if words and words[-1].i + 1 < len(verb.doc) and verb.doc[words[-1].i + 1].tag_ in FINITE_TAGS:
        # "said the message was that ...", "told reporters Smith had left": the words are the
        # subject of the reported clause, which the parser hung on the verb.
        return None
    persons = [t for t in words if (t.ent_type_ == "PERSON" or surname_of_named_person(t))
               and t.lower_ not in name_prefixes()]
    if persons:
        return persons[-1]
    inside = {t.i for t in words}
    return next((t for t in words if t.pos_ in NOMINAL and t.head.i not in inside
                 and not _is_time(t)), None)


def _is_time(token: Token) -> bool:
    """A time ("Friday", "last week"), which never speaks; but "the 52-year-old" (a date to the
    tagger) is a person, and "41 said", "three-quarters said" (dates to the tagger too) a
    share of those polled."""
    return token.ent_type_ in TIME_LABELS and not _is_age(token) and not _is_quantity(token)


def _name_after_quote(verb: Token) -> Token | None:
    """The name right after a quote that closes before a verb the parser left without a subject:
    in "\u201cYes, I back the levy,\u201d Marta Quill Jr., founder of the league, tells the paper"
    the parser hangs the name on the quote, and takes "the paper" for an inverted subject."""
    before = verb.doc[verb.sent.start : verb.i]
    closing = next((t for t in reversed(before) if t.text in DOUBLE_QUOTE_MARKS), None)
    if closing is None or closing.i + 1 >= verb.i:
        return None
    first = verb.doc[closing.i + 1]
    if first.text == "," and first.i + 1 < verb.i:
        first = verb.doc[first.i + 1]
    while first.lower_ in name_prefixes() and first.i + 1 < verb.i:  # "Sen.", "former Gov."
        first = verb.doc[first.i + 1]
    if first.ent_type_ in ("PERSON", "ORG") and first.ent_iob_ == "B":
        return entity_at(first).root
    return None


def _words_after(verb: Token) -> list[Token]:
    """The words after the verb up to a comma, line break, sentence end or clause of their own;
    the period of a short abbreviation ("Sen.", "Cmdr.") does not end it."""
    words: list[Token] = []
    for token in tokens_of(verb.doc)[verb.i + 1 : verb.i + 1 + INVERTED_SUBJECT_TOKENS]:
        # A clause of its own ends the subject ("said Dan Reyes when asked about the mayor",
        # "asked what he considered"), and a quotation mark opens the content ("said \"Nobody
        # ...\""). A participle before any word of the subject describes it ("said presiding
        # Judge Ann Lutz").
        describes = token.pos_ == "VERB" and not words
        if (token.is_space or token.text in {",", ";", "(", "\u2014", "!", "?"} or token.is_quote
                or token.pos_ in CLAUSE_OPENING and not describes or token.tag_ in WH_WORDS):
            break
        if token.text == ".":
            if not _is_abbreviation(words[-1] if words else verb):
                break
            continue
        words.append(token)
    return words


def _is_abbreviation(token: Token) -> bool:
    return token.is_title and len(token) <= MAX_ABBREVIATION and token.pos_ == "PROPN"


def subject_of(verb: Token) -> Token | None:
    """Who does what ``verb`` says: its subject, or the one it shares with the verb it hangs on.

    A participle modifying a noun is that noun's doing ("Marco Rubio, speaking at a rally,"),
    and one after a preposition its clause's ("criticised for telling voters").
    """
    seen = 0
    while seen < 4:
        # The parser may make a closing guillemet the subject ("«...,» said X"), or a word of the
        # quote the verb reports ("\"Enough!\" shouted the mayor").
        subjects = [child for child in children_of(verb)
                    if child.dep_ in SUBJECT_DEPS and not child.is_quote and not _quoted_before(child, verb)]
        if subjects:
            # Of two subjects the parser gives one verb, the one next to it is meant; the other
            # is a fronted place or time ("In Dunmore, Vermont, Okafor went").
            return max((s for s in subjects if s.i < verb.i), key=lambda s: s.i, default=subjects[0])
        if verb.dep_ == "acl" and verb.head.pos_ in NOMINAL:
            return verb.head
        joined = _subject_joined_to_object(verb)
        if joined is not None:
            return joined
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            quoted = _quoted_as(verb.head)
            if quoted is not None:
                return quoted
            verb = verb.head
        elif (verb.dep_ not in INHERITS_SUBJECT and not reports_done_as_described(verb)) or verb.head.i == verb.i:
            return _subject_of_clause_hung_before(verb)
        controller = _object_controller(verb)
        if controller is not None:
            return controller
        verb = _past_inner_clause(verb) or _report_joined_to_its_content(verb) or verb.head
        seen += 1
    return None


def reports_done_as_described(adjective: Token) -> bool:
    """"aides were quick to say ...", "voters were more likely to say ...": an adjective after a
    copula that says the report in its "to" infinitive was made, so the two share the copula's
    subject. Not "it is worth noting" (the writer's), "keen on telling" (a habit), nor after a
    modal that supposes it ("would be quick to say")."""
    if adjective.dep_ != "acomp" or not any(child.dep_ == "xcomp" for child in children_of(adjective)):
        return False
    lemma = adjective.lemma_.lower()
    described = {lemma, *(f"{child.lower_} {lemma}" for child in children_of(adjective) if child.dep_ == "advmod")}
    return bool(described & done_report_adjectives()) and not supposed(adjective.head)


def supposed(verb: Token) -> bool:
    """Whether a modal other than "will" makes the verb's act a supposition ("would go on
    television to say", "could be quick to say"); "will" announces it."""
    return any(child.dep_ == "aux" and child.tag_ == "MD" and child.lower_ not in FUTURE_MODALS
               for child in children_of(verb))


def _subject_of_clause_hung_before(verb: Token) -> Token | None:
    """Who does a finite verb the parser left without a subject because it hung the sentence's
    first clause on it: in "Reyes waved off the protesters, then says he will ..." and "Ames
    thanked the crews, scolded the utility and said ..." the first verb is made a complement of
    the next, whose subject, Reyes or Ames, it takes away. Only when the verb goes on to words of
    its own: "The fee is fair, says" with nothing after has the clause as what it reports. And
    only a finite first verb, a report's equal: in "Most clubs would never pay that, yet Lee
    claims ..." and "It is strange to see Lee, who ..., now claim ..." the parser hangs on the
    verb a clause whose subject is not its speaker."""
    if verb.tag_ not in FINITE_TAGS or not any(child.dep_ in CLAUSE_GOES_ON_DEPS for child in rights_of(verb)):
        return None
    clause = next((child for child in lefts_of(verb) if child.dep_ == "ccomp"), None)
    if clause is None or clause.tag_ not in FINITE_TAGS - {"MD"}:
        return None
    subject = next((child for child in lefts_of(clause) if child.dep_ in SUBJECT_DEPS), None)
    return None if subject is None or subject.is_quote or _quoted_before(subject, verb) else subject


def _object_controller(verb: Token) -> Token | None:
    """Whom a verb in "to ..." is said of when the verb it hangs on has an object: in "The vote
    spurred Mayor Lin to put out a note ..." or "The leak forced Dunn to answer ..." Lin
    writes and Dunn answers, not the vote or the leak."""
    if verb.dep_ != "xcomp" or verb.head.i > verb.i or not any(
            child.dep_ == "aux" and child.lower_ == "to" for child in children_of(verb)):
        return None
    objects = [child for child in children_of(verb.head) if child.dep_ == "dobj" and child.i < verb.i]
    # A demonstrative object ("this", "that") is what gets said, never who says it.
    return objects[-1] if objects and objects[-1].tag_ != "DT" and _may_speak(objects[-1]) else None


def _report_joined_to_its_content(participle: Token) -> Token | None:
    """The reporting participle a closing one goes on from when the parser joined it to a verb
    of what the first reports: in "Lund replied, stating the fund had grown - and warning that
    ..." or "with Lund emailing that the fee was unfair and demanding ..." Lund warns and demands,
    not the fund or the fee. A participle is joined to a participle, never to a finite verb."""
    if participle.tag_ != "VBG" or participle.dep_ != "conj" or participle.head.tag_ == "VBG":
        return None
    return next((verb for verb in participle.head.ancestors if verb.tag_ == "VBG" and is_speech_verb(verb)), None)


def _past_inner_clause(participle: Token) -> Token | None:
    """The report a closing participle belongs to when the parser hung it on a clause inside
    that report: the quoted words it reports ("X told the paper that Y \u201chad a plan that
    failed,\u201d adding, ..." is X's), the clause it closes after a comma (``_closes_the_report``)
    or a clause of time ("X said after Y won the primary, remarking ..." is X's)."""
    if participle.tag_ != "VBG" or participle.dep_ != "advcl":
        return None
    clause = participle.head
    report = clause.head
    if clause.i == report.i or report.pos_ not in {"VERB", "AUX"} or not is_speech_verb(report):
        return None
    if clause.dep_ == "ccomp":
        between = participle.doc[clause.i + 1 : participle.i]
        quoted = any(t.text in DOUBLE_QUOTE_MARKS and t.nbor(-1).is_punct for t in between)
        return report if quoted or _closes_the_report(participle, report, clause) else None
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKERS for c in children_of(clause)):
        return report
    return None


def _closes_the_report(participle: Token, report: Token, clause: Token) -> bool:
    """A participle after a comma that closes what a report says, written after it: in "Okafor
    said the county had lost the files, adding ..." and "The memo states the engineers expected
    the dam to hold, noting ..." Okafor adds and the memo notes, not the county or the engineers.
    Not a tag written after the words it reports ("The plan is dead, the mayor said, adding ..."
    is the mayor's, whom the tag names; "the source recalled, adding ..." the source's). Only a
    participle that says or holds something: what happens next ("..., coming from far behind",
    "..., bringing its total to ...") is the clause's own doing."""
    return (report.i < clause.i and participle.nbor(-1).text == "," and _says_or_holds(participle)
            and not is_speech_verb(participle.nbor(-2)))


def _says_or_holds(verb: Token) -> bool:
    """A verb of saying ("adding", "noting", "calling") or of holding a belief ("believing")."""
    lemma = verb.lemma_.lower()
    return lemma in speech_verbs() or is_speech_act(verb) or stance_verbs().get(lemma) == "belief"


def _subject_joined_to_object(verb: Token) -> Token | None:
    """The subject written right before a conjoined verb that the parser joined to the object of
    the clause before: in "auditors charged the treasurer with fraud and Mayor Reyes fired his
    deputy", "Police cleared the square and protesters have vowed ..." and "The coach benched
    his starters and fans quickly complained ..." Reyes fires, the protesters vow and the fans
    complain, not the auditors, the police or the coach. Only the verb's auxiliaries and adverbs
    may come between ("will", "has", "strongly"): a noun followed by "and" before the verb
    ("thanked the staff and volunteers and praised ...") is no subject."""
    if verb.dep_ != "conj" or verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    while name.i > 0 and name.head.i == verb.i and name.dep_ in BETWEEN_SUBJECT_AND_VERB:
        name = verb.doc[name.i - 1]
    if name.dep_ != "conj" or not (name.ent_type_ in NAMED_LABELS or _can_speak(name)):
        return None
    if verb.tag_ not in FINITE_TAGS and not any(child.dep_ == "aux" for child in lefts_of(verb)):
        return None
    first = name.head
    while first.dep_ == "conj":
        first = first.head
    return name if first.dep_ in OBJECT_DEPS else None


def _quoted_before(word: Token, verb: Token) -> bool:
    """A word of a quote that closes before the verb: an odd number of double quotation marks
    lies between them ("Trump, who called her \u201ccrooked,\u201d said" has two), and the quote
    ends as speech does, with punctuation inside the marks ("\u201cEnough!\u201d shouted"); a name
    in marks ("The \u201cSquad\u201d said") is the speaker. Single marks are left out, as an
    apostrophe ends a possessive ("Breitbart News’ editor")."""
    marks = [t for t in tokens_of(verb.doc)[word.i + 1 : verb.i] if t.text in DOUBLE_QUOTE_MARKS]
    return word.i < verb.i and len(marks) % 2 == 1 and verb.doc[marks[0].i - 1].is_punct


def _described_pronoun(token: Token) -> bool:
    """"those close to the president", "those familiar with the talks", "those who attended":
    people the words after a demonstrative describe, as they would a noun's."""
    return token.lower_ == "those" and bool(_describing(token, None))


def _describing(token: Token, written: Token | None) -> list[Token]:
    """The phrases describing ``token``, but not the relative clause the source is written in
    ("those who said ..." is "those", whom "who" stands for)."""
    inside = written.i if written is not None and written.i != token.i else None
    return [child for child in rights_of(token) if child.dep_ in DESCRIBING_PRONOUN
            and not (inside is not None and child.left_edge.i <= inside <= child.right_edge.i)]


def _is_age(token: Token) -> bool:
    """"the 52-year-old", the way news refers back to a person by age alone."""
    words = [t.lower_ for t in tokens_of(token.doc)[token.left_edge.i : token.i + 1]]
    return token.lower_ == "old" and len(words) == 6 and words[0] == "the" and words[1].isdigit() and words[3] == "year"


def _quoted_as(preposition: Token) -> Token | None:
    """"Reuters quoted a senior official as saying ...": who is quoted says it, not who quotes."""
    if preposition.lower_ != "as" or preposition.head.lemma_.lower() != "quote":
        return None
    return next((child for child in children_of(preposition.head) if child.dep_ == "dobj"), None)


def source_phrase(token: Token) -> SourceRef:
    """Turn a subject token into the name, pronoun or description it stands for."""
    written = token
    token = _antecedent(token)
    describing = _describing(token, written) if token.pos_ == "PRON" and token.lower_ == "those" else []
    if describing:
        last = max(child.right_edge for child in describing)
        return _ref(token.doc, token.idx, last.idx + len(last), "description")
    if (token.dep_ == "appos" and _entity_of(token) is None and _entity_of(token.head) is not None
            and token.head.ent_type_ not in PLACE_LABELS | TIME_LABELS):
        # "Amrullah Saleh, Afghanistan's former vice president, who ...": the name, not the title;
        # but "in Flint, a retired teacher" is the teacher (see _subject_hung_on_a_fronted_phrase).
        token = token.head
    entity = _entity_of(token)
    if entity is None:
        entity = next((_entity_of(child) for child in children_of(token) if child.dep_ == "appos" and _names_someone(child)), None)
    partners = _coordinated_organizations(token, entity)
    if partners:
        # "Redline Motors and Pinecrest Foods both reported": the companies speak together; one
        # speaker can hold only the coordination as written, not the first company alone.
        end = max(partner.end_char for partner in partners)
        return _ref(token.doc, entity.start_char, end, "description")
    if _a_group_or_member(token):
        return _description(token)
    if entity is not None:
        return _ref(token.doc, entity.start_char, entity.end_char, "name")
    if surname_of_named_person(token):
        return _ref(token.doc, token.idx, token.idx + len(token), "name")
    if token.lower_ in INDEFINITE_PERSONS:
        return _description(token)
    if token.pos_ == "PRON" and not _is_quantity(token):  # "some of the fans" describes them
        return _ref(token.doc, token.idx, token.idx + len(token), "pronoun")
    if _is_age(token):
        # "the 52-year-old said": a person named before, as "she" is.
        return _ref(token.doc, token.left_edge.idx, token.idx + len(token), "pronoun")
    if token.pos_ == "PROPN":
        parts = [t for t in token.subtree if t.dep_ == "compound" or t.i == token.i]
        return _ref(token.doc, parts[0].idx, token.idx + len(token), "name")
    return _description(token)


def _coordinated_organizations(token: Token, entity: Span | None) -> list[Span]:
    """The organizations named in coordination after the subject's own ("and Pinecrest Foods"),
    when the subject names an organization too. A conjunct inside the subject's own name is no
    partner: "Harlow & Finch said" is one firm."""
    if entity is None or entity.label_ != "ORG":
        return []
    partners = [_entity_of(child) for child in token.conjuncts if child.i >= entity.end]
    if not partners or any(partner is None or partner.label_ != "ORG" for partner in partners):
        return []
    return partners


def _a_group_or_member(token: Token) -> bool:
    """"Republicans said", "Senate Democrats warned", "many Muslims say", "a Republican said": a
    group's name, or a member's, describes people as "voters" does; it names no one person. A
    plural word of a company's name ("General Motors said") names the company."""
    return token.tag_ == "NNPS" and token.ent_type_ != "ORG" or token.ent_type_ == "NORP"


def _description(token: Token) -> SourceRef:
    left = token
    for child in lefts_of(token):
        if child.dep_ in DESCRIPTION_DEPS:
            left = min(left, child.left_edge, key=lambda t: t.i)
    right = token
    for child in rights_of(token):
        # "one of his advisers", "residents of the town", "people familiar with the matter";
        # relative clauses and appositions say more than who the source is.
        if child.dep_ == "amod" or child.dep_ == "prep" and child.lower_ in DESCRIPTION_PREPOSITIONS:
            right = max(right, child.right_edge, key=lambda t: t.i)
        else:
            break
    # "Residents of Canoas, a city north of the capital": the source ends at the comma.
    comma = next((t for t in tokens_of(token.doc)[token.i : right.i + 1] if t.text == ","), None)
    if comma is not None:
        right = token.doc[comma.i - 1]
    return _ref(token.doc, left.idx, right.idx + len(right), "description")


def surname_of_named_person(token: Token) -> bool:
    """A word the tagger missed as a name, which the article gives a person as surname
    elsewhere ("said Skelly", an adverb to the tagger, after "Andy Skelly"), or which is
    written as only a surname is: "..., O’Donnell said", "D'Arcy replied" (nouns to the
    tagger, and NER may take "Brett O’Donnell" for an organization). NER may also give it a
    kind no speaker has (a surname after a quote, "..., Sanders said", read as a work of art)."""
    if not token.is_title or token.ent_type_ in NAMED_LABELS:
        return False
    return token.text in person_surnames(token.doc) or APOSTROPHE_SURNAME.fullmatch(token.text) is not None


def _names_someone(token: Token) -> bool:
    """Whether an apposition names its noun ("the spokesman, Ali Khan"), rather than saying
    what it is one of ("the senator, a Democrat from Ohio", "the only Democrat on the panel"):
    a name takes no "a", and a group's name no determiner at all."""
    entity = _entity_of(token)
    determiners = {child.lower_ for child in children_of(token) if child.dep_ == "det"}
    if entity is None or determiners & {"a", "an"}:
        return False
    return not (entity.label_ == "NORP" and determiners)


def _entity_of(token: Token) -> Span | None:
    if token.ent_type_ not in NAMED_LABELS:
        return None
    return entity_at(token)


def _ref(doc, start: int, end: int, form) -> SourceRef:
    text = text_of(doc)[start:end]
    for suffix in ("'s", "\u2019s"):
        if text.endswith(suffix):
            end -= len(suffix)
            text = text[: -len(suffix)]
    return SourceRef(start, end, text, form)
