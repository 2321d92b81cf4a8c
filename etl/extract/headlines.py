"""Attributions read by their shape more than by the parse: headlines and transcript lines.

Headlines: "Varga: Drones Won't Be at Parade", "Varga Says Museum Will Tell Its Story",
"Museum Will Tell Its Story, Varga Says", "Varga on the Parade: 'No Drones'". A headline names
its source before or after what was said, and reports in the present tense or after a colon;
title case defeats the parser.
Transcripts: a paragraph opening with its speaker's name and a colon ("TAPPER: Do you think
...", "Matthews: Well, ...") is that speaker's turn. A capitalised label counts when the text
names the person, or when the article reads as a dialogue of such labels (a speaker who takes
two turns, and another): broadcast transcripts print hosts and guests the text never names.
Outside such a dialogue the words must say something, with a finite verb: "Rubio: Finish
second." heads a list item.

Only a person the article's text names is kept, by their name or surname ("Pence" for "Mike
Pence"), after the words that describe them ("Rep. Pence", "Campaign Veteran Ruth Hale"), or
one word labelling the headline that names a document ("Poll: Lund Leads by Nine", "Report:
...", what the poll or report shows) or people by what they are ("Insiders: ...", "Historians:
..."), or a news outlet ("Harbor Times: ...", "Newspaper: ..."). A label may flag the story
before a dash ("EXCLUSIVE - Okafor: ...") and say to whom or where its source spoke ("Okafor
to Farmers: ..."). A subject before a verb may also describe its source ("Former Mayor Says
...", "Pastor Endorses ...", "New Poll Shows ..."), the description then held as an anonymous
source: "Update: ..." and "United States Says ..." (a place the text names) name no one who
speaks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from etl.extract.attribution import FINITE_TAGS
from etl.lexicon import (
    document_nouns,
    honorifics,
    listener_verbs,
    names_people,
    outlet_words,
    speech_act_verbs,
    speech_verbs,
    stance_verbs,
)
from etl.records import Article, Claim, Cue, Mention, SourceRef

HEADLINE_REGIONS = {"title", "heading"}
# A name as headlines write it: one to five capitalised words, initials and abbreviations
# ("Dr. Ben Carson", "De Blasio"), no colon or sentence inside.
NAME = r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4}"
LABELLED = re.compile(rf"(?P<source>{NAME})(?P<cue>:) +(?P<content>\S.*)")
# A headline's label may flag the story before a dash ("EXCLUSIVE - Okafor: ...") and say
# to whom or where its source spoke after the name ("Okafor to Farmers: ...", "Delgado at the
# Fair: ..."); the name is taken lazily, so that it ends before "to" or "at". Whom or where
# starts with a capital, as a name or a title-case word: a lowercase word, a figure or "a"
# there is a verb or an idiom ("Okafor to step down: ...", "Delgado at odds with ...:",
# "Delgado at 60: ...", "Okafor At A Crossroads: ..."), and the source says nothing. "On" a
# topic is read only before a quotation (``QUOTED_AFTER_COLON``): "Okafor on the Budget: No
# Cuts" may be the writer's summary.
HEADLINE_LABEL = re.compile(
    rf"(?:[A-Z]+ [\u2013\u2014-] )?(?P<source>{NAME}?)(?: (?:[Tt]o|[Aa]t) (?:[Tt]he )?(?!An? )[A-Z][^:]*)?(?P<cue>:) +"
    r"(?P<content>\S.*)")
# A broadcast transcript's speaker label: a surname or full name in capitals ("TAPPER", "JAKE
# TAPPER", "O'NEILL"), never one letter ("Q:", "A:" mark interviews some articles credit and
# some do not).
CAPITALISED_LABEL = re.compile(r"[A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+){0,3}")
# A dialogue has one speaker taking at least this many turns, and at least as many speakers.
DIALOGUE_TURNS = 2
# Whom it was said to, after a verb of ``listener_verbs``: a few words ("Party Convention", "reporters").
LISTENER = r"[\w.'\u2019-]+(?: [\w.'\u2019-]+){0,3}"
WORD = re.compile(r"[^\W\d_]+")
MIN_LABELLED_WORDS = 2
# A figure opening what follows a name and colon makes it a tally, not words spoken.
FIGURE = re.compile(r"[$\u00a3\u20ac]?\d")
# What may close a headline and is not part of what was said.
TRAILING = " .;:-\u2014"
# A headline that ends with a quotation after a colon, whatever comes before it ("Okafor on
# the Budget: 'We Will Not Cut'", "Delgado Heckles Protesters: 'Go Home'").
QUOTED_AFTER_COLON = re.compile(
    "(?P<lead>[^:]+?): +(?P<content>(?:''|``|[\"\u201c\u2018'])[^:]*(?:''|[\"\u201d\u2019']))")
# How many words of such a headline's opening may name its speaker ("Maria Delgado").
MAX_SPEAKER_WORDS = 3
# Words between a headline's subject and its verb that tell when: "Okafor Just Announced ...",
# "Delgado Finally Endorses ...". After them the verb may be in the past tense.
ADVERBS = ("Just", "Finally")
# Where a headline's teaser starts, after what was said: "... His Pick For Water Chief – Voters
# Were Not Amused", "... To Never Raise Rates Again- And The Council Noticed".
TEASER = re.compile(r" [\u2013\u2014] |- ")
# Where a headline's second sentence starts: "Okafor Finally Named A Chief. Will She Stay?" A
# full stop after a word of four letters or more, which no abbreviation ("Sen.", "U.S.") is.
NEXT_SENTENCE = re.compile(r"(?:(?<=[a-z]{4})\.|[?!]) (?=[A-Z\u2018\u201c'\"])")
# Words of outlets' names that tell how often a show or newsletter comes out when they end its
# name ("Harbor News Daily", "Politics Weekly"): it labels its own items, which no one said.
SERIAL_NAME_ENDINGS = {"daily", "weekly"}
# Past tenses no spelling rule gives: irregular verbs, and verbs of two syllables stressed on the
# last, whose final consonant doubles ("admitted", not "admited", against "answered").
IRREGULAR_PAST = {"say": "said", "tell": "told", "speak": "spoke", "write": "wrote", "find": "found",
                  "admit": "admitted", "prefer": "preferred", "refer": "referred"}


def headline_claims(article: Article, mentions: Sequence[Mention]) -> list[Claim]:
    """Attributions in the article's title and headings whose source the text names, or
    that a subject describing people or a document gives ("Former Mayor Says ...", "New Poll
    Shows ...").

    Args:
        article: the cleaned article.
        mentions: the article's mentions; a headline's source must be a person's name among
            them or its last word, perhaps after a title or a word for people ("Rep. Okafor");
            a subject that is one of them but no person ("United States Says ...") describes
            no source.
    """
    known = _person_names(mentions)
    named = {m.text for m in mentions}
    claims = []
    for line, start, titled in _headline_lines(article):
        # An untitled opening is a sentence the parser reads: only its label is read here.
        claim = _attribution(line, start) if titled else _label_attribution(line, start)
        claim = _sourced(claim, known, named) if claim is not None else None
        if claim is None and titled:
            claim = _quoted_after_colon(line, start, known)
        elif claim is not None and claim.kind == "evidence" and claim.source.form != "description":
            # "Okafor Shows Up At Rally": a person shows no finding.
            claim = None
        if claim is not None:
            claims.append(claim)
    return claims


def _headline_lines(article: Article) -> list[tuple[str, int, bool]]:
    """Each headline line, where it starts, and whether the cleaner told it apart as a title or
    heading. A headline written as a sentence ("Okafor: Time for a change.") opens the text as
    a paragraph, whose first line alone is the headline: a subtitle may follow on the next
    ("Okafor: Rates will hold; \nThe council meets Monday.")."""
    lines = [(article.text[region.start : region.end], region.start, True)
             for region in article.regions if region.kind in HEADLINE_REGIONS]
    if _untitled_opening(article) is not None:
        paragraph = article.paragraphs[0]
        lines.append((article.text[paragraph.start : paragraph.end].split("\n", 1)[0], paragraph.start, False))
    return lines


def _sourced(claim: Claim, known: set[str], named: set[str]) -> Claim | None:
    """The headline's claim with its source as kept: a person the text names, perhaps after
    words that describe them, a one-word label of a document or people, an outlet, or a
    subject that describes people or a document; None when the source is none of these."""
    if claim.cue.text == ":":
        unnamed = _unnamed_label(claim) or _outlet_label(claim)
        if unnamed is not None:
            return unnamed
    if claim.source.text.casefold() in known:
        return claim
    return _known_after_description(claim, known) or _described(claim, named)


def _known_after_description(claim: Claim, known: set[str]) -> Claim | None:
    """The claim with its source narrowed to the person the text names at its end, after a
    title or a word for what they are: "Rep. Okafor" and "Campaign Veteran Ruth Hale" are
    Okafor and Ruth Hale, as the text names them; "Big Win For Okafor: ..." and "Crowd Boos
    Okafor: ..." are about Okafor."""
    source = claim.source
    words = list(re.finditer(r"\S+", source.text))
    for before, word in zip(words, words[1:], strict=False):
        name = source.text[word.start() :]
        if name.casefold() in known:
            describes = before.group().rstrip(".").casefold()
            if not (names_people(describes) or describes in honorifics()):
                return None
            return replace(claim, source=SourceRef(source.start + word.start(), source.end, name, "name"))
    return None


def _described(claim: Claim, named: set[str]) -> Claim | None:
    """The claim of a headline's subject that describes its source rather than naming it:
    people by what they are ("Former Mayor Says ...", "Two Pastors Endorse ..."), or a document,
    which shows what follows ("New Poll Shows ...", "Leaked Memos Reveal ..."). A colon label
    has no verb to tell a description from a topic ("Big Win For Okafor: ..."), and a subject
    the text names as a place or an organization ("United States Says ...") is no description."""
    if claim.cue.text == ":" or claim.source.text in named:
        return None
    head = re.sub(r"['\u2019]s?$", "", claim.source.text.split()[-1]).casefold()
    singular = head.removesuffix("s")
    document = head in document_nouns() or singular in document_nouns()
    if document != (claim.kind == "evidence") or not (document or names_people(head) or names_people(singular)):
        return None
    return replace(claim, source=replace(claim.source, form="description"))


def _quoted_after_colon(line: str, offset: int, known: set[str]) -> Claim | None:
    """The quotation a headline ends with after a colon, when the headline opens with the name
    of a person the text names: "Okafor on the Budget: 'We Will Not Cut'" is Okafor's words.
    The name may be written in full where the text has the surname ("Tom Okafor", "Okafor")."""
    match = QUOTED_AFTER_COLON.fullmatch(line.rstrip(TRAILING))
    if match is None:
        return None
    words = list(re.finditer(r"\S+", match.group("lead")))[:MAX_SPEAKER_WORDS]
    for count in range(len(words), 0, -1):
        name = match.group("lead")[: words[count - 1].end()]
        capitalised = all(word.group()[:1].isupper() for word in words[:count])
        if name.casefold() in known or capitalised and words[count - 1].group().casefold() in known:
            start = offset + match.start("content")
            colon = offset + match.end("lead")
            source = SourceRef(offset, offset + len(name), name, "name")
            return Claim(start, offset + match.end("content"), match.group("content"), Cue(colon, colon + 1, ":"),
                         source, "speech")
    return None


def transcript_claims(article: Article, doc: Doc, mentions: Sequence[Mention]) -> list[Claim]:
    """Each body paragraph that opens with a person's name and a colon: that person's words,
    the whole paragraph after the colon. Outside a dialogue of capitalised labels, words
    without a finite verb after a name ("Rubio: Finish second.", "Kasich: A closing surge.")
    head a list of what each one needs or did.

    Args:
        article: the cleaned article.
        doc: the parse of the article's body, whose tags tell a finite verb.
        mentions: the article's mentions; the label must be a person's name among them, or its
            last word, in any case ("JAKE TAPPER", "Tapper").
    """
    known = _person_names(mentions)
    labelled = []
    for paragraph in article.paragraphs:
        text = article.text[paragraph.start : paragraph.end]
        match = LABELLED.match(text.split("\n", 1)[0])
        if match is not None:
            labelled.append((match, text, paragraph.start))
    speakers = _dialogue_speakers([match.group("source") for match, _, _ in labelled])
    headline = _untitled_opening(article)
    claims = []
    for match, text, start in labelled:
        source = match.group("source")
        in_dialogue = source.split()[-1] in speakers
        # An untitled opening's label is its headline's (``headline_claims``).
        if start == headline or source.casefold() not in known and not in_dialogue:
            continue
        claim = _labelled(match, text.rstrip(), start)
        # In a dialogue a short turn ("Why not debate?") is still a turn.
        if claim is not None and (in_dialogue or _says_something(doc, claim)):
            claims.append(claim)
    return claims


def _unnamed_label(claim: Claim) -> Claim | None:
    """A headline labelled by one word that names no one but can be a source: a document,
    which shows what follows ("Poll: Lund Leads", "Report: ..."), or people described by what
    they are ("Insiders: ...", "Historians: ..."), who say it."""
    label = claim.source.text
    if " " in label:
        return None
    if label.casefold() in document_nouns():
        return replace(claim, source=replace(claim.source, form="description"), kind="evidence")
    plural = label.casefold().removesuffix("s")
    if label.casefold().endswith("s") and names_people(plural):
        return replace(claim, source=replace(claim.source, form="description"), kind="speech")
    return None


def _outlet_label(claim: Claim) -> Claim | None:
    """A headline labelled by a news outlet or a piece of one: "Metro Post: ...", "Newspaper:
    ...", "Harbor Times Fact-Check: ...". The label ends with a word of outlets' names, or with
    a document noun after one; a show or newsletter ("Harbor News Daily: ...") labels its own
    items."""
    *owner, last = claim.source.text.casefold().split()
    outlet = owner[-1] if owner and last in document_nouns() and last not in outlet_words() else last
    if outlet not in outlet_words() or outlet in SERIAL_NAME_ENDINGS:
        return None
    return replace(claim, source=replace(claim.source, form="description"), kind="speech")


def _untitled_opening(article: Article) -> int | None:
    """Where the article's first paragraph starts when no title was told apart: a headline
    written as a sentence ("Okafor: Time for a change.") opens the text as a paragraph."""
    if any(region.kind == "title" for region in article.regions) or not article.paragraphs:
        return None
    return article.paragraphs[0].start


def _says_something(doc: Doc, claim: Claim) -> bool:
    words = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    return words is not None and any(token.tag_ in FINITE_TAGS for token in words)


def _dialogue_speakers(labels: Sequence[str]) -> set[str]:
    """The surnames of capitalised labels when they make a dialogue: one speaker takes two
    turns or more ("TAPPER", "JAKE TAPPER") and someone else speaks too. A lone "UPDATE:" or
    "EMAIL:" line is no dialogue."""
    turns = Counter(label.split()[-1] for label in labels if CAPITALISED_LABEL.fullmatch(label))
    if len(turns) < DIALOGUE_TURNS or max(turns.values(), default=0) < DIALOGUE_TURNS:
        return set()
    return set(turns)


def _attribution(line: str, offset: int) -> Claim | None:
    """The headline's attribution: "Source: content" or "Source Says content"."""
    labelled = _label_attribution(line, offset)
    if labelled is not None:
        return labelled
    # A label with a reporting verb reports what follows its verb ("Okafor Endorses Hale: ...").
    match = _reporting_verb().fullmatch(line.rstrip()) or _trailing_report().fullmatch(line.rstrip())
    if match is None:
        return None
    content = NEXT_SENTENCE.split(TEASER.split(match.group("content"), maxsplit=1)[0], maxsplit=1)[0]
    content = content.rstrip(TRAILING)
    if not content:
        return None
    start = offset + match.start("content")
    cue = Cue(offset + match.start("cue"), offset + match.end("cue"), match.group("cue"))
    kind = _verb_kinds().get(match.group("cue").split()[-1].casefold(), "speech")
    return Claim(start, start + len(content), content, cue, _named_source(match, offset), kind)


def _label_attribution(line: str, offset: int) -> Claim | None:
    """"Source: content", unless the label holds a reporting verb ("Okafor Endorses Hale: ...")."""
    labelled = HEADLINE_LABEL.fullmatch(line.rstrip())
    if labelled is None or _reporting_verb().fullmatch(line[: labelled.start("cue")] + " :"):
        return None
    return _labelled(labelled, line.rstrip(), offset)


def _labelled(match: re.Match[str], text: str, offset: int) -> Claim | None:
    """"Source: content", the content running to the end of ``text``: words, not a figure
    ("Clinton: 1,769" is a tally, and so are "Clinton: 47 percent, Trump: 41 percent" and
    "Bryant: 24 points, 10 rebounds", which open with one)."""
    content = text[match.start("content") :].rstrip(TRAILING)
    if len(WORD.findall(content)) < MIN_LABELLED_WORDS or FIGURE.match(content):
        return None
    start = offset + match.start("content")
    colon = offset + match.start("cue")
    return Claim(start, start + len(content), content, Cue(colon, colon + 1, ":"), _named_source(match, offset), "speech")


def _named_source(match: re.Match[str], offset: int) -> SourceRef:
    return SourceRef(offset + match.start("source"), offset + match.end("source"), match.group("source"), "name")


@cache
def _reporting_verb() -> re.Pattern[str]:
    """"Obama Says ...", "Sanders Vows ...", "Okafor Endorses ...", "New Poll Shows ...": a name
    or description, then a reporting, stance or evidence verb in the present tense, or after
    "Just" or "Finally" in the past ("Okafor Just Announced ...")."""
    # The name's words are taken lazily: the source ends at the first reporting verb.
    verbs = _alternatives(_third_person(verb) for verb in _headline_lemmas())
    past = _alternatives({_past_tense(verb) for verb in _headline_lemmas()})
    adverbs = "|".join(ADVERBS)
    return re.compile(
        rf"(?P<source>{NAME}?) (?P<cue>(?:(?:{adverbs}) (?:{past}|{verbs}))|{verbs}) +(?P<content>\S.*)")


def _headline_lemmas() -> dict[str, str]:
    """The verbs a headline reports with, by the kind of claim each gives."""
    # A verb in both lists reports speech in a headline ("Okafor Confirms ...").
    kinds = {verb: kind for verb, kind in stance_verbs().items() if kind in ("stance", "evidence")}
    return kinds | {verb: "speech" for verb in speech_verbs() | speech_act_verbs()}


@cache
def _verb_kinds() -> dict[str, str]:
    """Each present and past form of ``_headline_lemmas``, lowercased, and the kind it gives."""
    return {form: kind for verb, kind in _headline_lemmas().items()
            for form in (_third_person(verb), _past_tense(verb))}


def _alternatives(forms: Iterable[str]) -> str:
    ordered = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(form.capitalize()) + "|" + re.escape(form) for form in ordered)


@cache
def _trailing_report() -> re.Pattern[str]:
    """"Budget Deal Is Dead, Okafor Says": what was said, then its source and verb, and perhaps
    whom it was said to ("..., Dean Tells Democratic Convention")."""
    # The comma may sit inside a closing quotation mark ("Is 'Dead On Arrival,' Okafor Says").
    return re.compile(rf"(?P<content>\S.*?)(?:,|(?<=,['\u2019\"\u201d])) (?P<source>{NAME}) "
                      rf"(?P<cue>{_present_tense_verbs()})(?:{_after_a_listener_verb()} {LISTENER})?"
                      rf"[{re.escape(TRAILING)}]*")


def _after_a_listener_verb() -> str:
    """Lookbehinds for the verbs whose object is whom it was said to ("Tells Convention"); after
    "Says" a name goes on with what was said ("Okafor Says Repairs Come First"). Only the verbs
    whose object is always the listener (``listener_verbs``), not all of the claims'
    ``LISTENER_VERBS``: in a headline's capitals "Promises Voters" and "Promises Recount" look
    alike, and the words after "Promises" or "Warns" are as often what was said."""
    forms = [form for verb in sorted(listener_verbs())
             for form in (_third_person(verb), _third_person(verb).capitalize())]
    return "(?:" + "|".join(f"(?<={re.escape(form)})" for form in forms) + ")"


@cache
def _present_tense_verbs() -> str:
    return _alternatives(_third_person(verb) for verb in speech_verbs() | speech_act_verbs())


def _past_tense(verb: str) -> str:
    if verb in IRREGULAR_PAST:
        return IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        return verb[:-1] + "ied"
    if len(re.findall("[aeiou]+", verb)) == 1 and re.fullmatch(r".*[^aeiou][aeiou][bdgmnprt]", verb):
        return verb + verb[-1] + "ed"  # "slammed", "vetted"
    return verb + "ed"


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        return verb[:-1] + "ies"
    return verb + "s"


def _person_names(mentions: Iterable[Mention]) -> set[str]:
    """Each person's name as written, and its last word, casefolded."""
    names = {m.text.casefold() for m in mentions if m.kind == "person"}
    return names | {name.split()[-1] for name in names if name.split()}
