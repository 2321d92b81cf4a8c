"""Quotes: quotation-mark spans, whether each is speech, and its cue and source.

Spans are found on the text (straight and curly marks, a quote running over
several paragraphs when a paragraph reopens it); cues come from the parse.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from etl.extract.attribution import (
    FINITE_TAGS,
    LISTENER_OBJECTS,
    cue_of,
    introducer_of,
    is_according_to,
    is_speech_verb,
    puts_it,
    signature_of,
    source_of,
    subject_of,
)
from etl.extract.claims import OBJECT_NOT_CONTENT
from etl.extract.spans import SpanIndex, text_of
from etl.extract.tokens import children_of, rights_of, tokens_of
from etl.lexicon import can_speak
from etl.records import Claim, Quote, Region

SENTENCE_END = {".", "!", "?"}
# Words right before a quotation that make it a name or a title, not speech. Only in the same
# clause: a sentence end or a colon between ("Eric Trump called.", "in the book. \"...\"", "the
# book: \"...\"") leaves the quotation speech.
NOT_SPEECH_BEFORE = re.compile(
    r"\b(nicknamed|dubbed|called|known as|titled|entitled|so-called|author of|book|novel|film|song|"
    r"memoir|report|headlined)(\s+(the|a|an))?[^\w.!?:\n]*$",
    re.IGNORECASE,
)
MAX_SCARE_QUOTE_WORDS = 3
# Lower-case quotes without a cue up to this long are phrases (train: 52 of 66 false).
MAX_PHRASE_WORDS = 8
TITLE_CASE_SHARE = 0.9
MIN_TITLE_WORDS = 2
TITLE_FUNCTION_WORDS = {"a", "an", "the", "and", "or", "but", "nor", "of", "for", "with", "to", "in", "on", "at", "by",
                        "from", "as", "is", "are", "be", "vs", "into", "over", "per"}
WINDOW_TOKENS = 40
# The most words that may join two quotes of one sentence into one statement ("\"A\" yet
# never \"B\"").
MAX_JOINING_WORDS = 5
# Between a report's sentence and a quote opening the next one: a full stop or opening mark the
# parser leaves outside the report's sentence, no more (a word would be a sentence between).
MAX_WORDS_AFTER_REPORT = 1
# How a quote ends when a speech tag follows it: "\"...,\" he said", "\"...?\" she asked".
TAG_OPENING_ENDS = {",", "?", "!", "\u2014"}
# How a clause naming the speaker leads into the quote after it: "Ruiz fired back: \"...\"", "Ruiz
# shot back, \"...\"" (train: 150 of 164 such clauses before a quote are gold cues).
LEAD_IN_MARKS = {":", ","}
# A speech tag reports in the past or the present ("he said", "she says"), never "to say".
TAG_VERB_FORMS = {"VBD", "VBZ", "VBP"}
# What a speech tag may say after its verb about when, where and how the words were spoken
# ("on Tuesday", "in a statement", "as she left the stage"): none of it is content.
TAG_CIRCUMSTANCES = {"prep", "advcl", "npadvmod", "advmod", "prt", "agent"}
# Named objects of a report that are its listeners ("told CNN", "told Smith").
LISTENER_ENTITIES = {"PERSON", "ORG", "NORP"}

# Every mark English news quotes speech with: curly and straight doubles, the NYT's doubled
# apostrophes (''...''), typewriter ``...'', guillemets, German-style low-high marks and
# single curly quotes (British style, or nested). Two-character marks come first.
QUOTE_MARK = re.compile("''|``|[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]")
# The family a mark opens and the families it closes: a quote ends only at a mark of its own
# family, so apostrophes and nested quotes of another family stay inside it.
OPENS = {'"': "double", "''": "double", "``": "double", "\u201c": "double", "\u201e": "low", "\u00ab": "angle",
         "\u2018": "single"}
CLOSES = {'"': {"double", "low"}, "''": {"double"}, "\u201d": {"double", "low"}, "\u201c": {"low"},
          "\u00bb": {"angle"}, "\u2019": {"single"}}
# A single closing mark followed by a letter is an apostrophe ("it\u2019s"); one is needed
# after an opening single mark in the same paragraph, else that mark is a stray apostrophe.
SINGLE_CLOSING = re.compile("\u2019(?!\\w)")
MARKS_AROUND = re.compile("^(?:''|``|[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019])|(?:''|[\"\u201c\u201d\u00bb\u2019])$")


@dataclass
class _Open:
    """A quote opened and not yet closed."""

    start: int
    family: str


def find_quote_spans(text: str, paragraphs: Sequence[Region]) -> list[tuple[int, int]]:
    """Every quotation-mark span, marks included, in text order.

    A paragraph that ends inside a quote continues it when the next paragraph
    opens with a quotation mark of the same family (the newspaper convention);
    otherwise the quote ends with its paragraph. Single quotes never run over
    paragraphs: an unclosed one is an apostrophe ("\u201890s").
    """
    spans: list[tuple[int, int]] = []
    pending: _Open | None = None
    pending_end = 0
    for paragraph in paragraphs:
        position = paragraph.start
        if pending is not None:
            mark = QUOTE_MARK.match(text, paragraph.start, paragraph.end)
            if mark is not None and OPENS.get(mark.group()) == pending.family:
                position = mark.end()
            else:
                spans.append((pending.start, pending_end))
                pending = None
        pending = _scan_paragraph(text, position, paragraph.end, pending, spans)
        pending_end = paragraph.end
    if pending is not None:
        spans.append((pending.start, pending_end))
    return spans


def _scan_paragraph(text: str, start: int, end: int, current: _Open | None, spans: list[tuple[int, int]]) -> _Open | None:
    """Add the quotes closed in ``text[start:end]`` to ``spans``; return the one left open."""
    for mark in QUOTE_MARK.finditer(text, start, end):
        written = mark.group()
        if current is None:
            family = OPENS.get(written)
            if family == "single" and not _opens_single(text, mark.start(), end):
                continue
            if family is not None:
                current = _Open(mark.start(), family)
        elif (current.family in CLOSES.get(written, ()) and not _is_apostrophe(text, mark.start())
              or current.family == "double" and _typed_for_closing(text, mark.start(), written)):
            spans.append((current.start, mark.end()))
            current = None
    return current


def _typed_for_closing(text: str, at: int, written: str) -> bool:
    """An opening curly double mark where a closing one belongs: right after a word or a
    sentence's end and before a space or punctuation ("a fascist?\u201c he asked", "an
    \u201cexpedited review\u201c of"), a slip some outlets' software makes."""
    after = text[at + 1 : at + 2]
    return (written == "\u201c" and at > 0 and not text[at - 1].isspace() and text[at - 1] not in "([\u2014\u2013-"
            and (not after or after.isspace() or after in ".,;:!?)"))


def _opens_single(text: str, at: int, end: int) -> bool:
    """An opening single mark starts a word, not a number, and is closed in its paragraph (else
    it is typed for an apostrophe: "Obama\u2018s", "the \u201890s")."""
    starts_word = at == 0 or not text[at - 1].isalnum()
    elides_digits = text[at + 1 : at + 2].isdigit()
    return starts_word and not elides_digits and SINGLE_CLOSING.search(text, at + 1, end) is not None


def _is_apostrophe(text: str, at: int) -> bool:
    return text[at] == "\u2019" and at + 1 < len(text) and text[at + 1].isalnum()


def quote_content(text: str, start: int, end: int) -> str:
    """The quote's words without its quotation marks."""
    return MARKS_AROUND.sub("", text[start:end])


def is_speech(text: str, start: int, end: int) -> bool:
    """False for nicknames, titles of works and scare quotes."""
    words = re.findall(r"[\w'\u2019-]+", quote_content(text, start, end))
    if names_a_work(text, start):
        return False
    if len(words) <= MAX_SCARE_QUOTE_WORDS:
        return False
    # Titles capitalise every word but their short function words ("Orange Is the New Black").
    content_words = [w for w in words if w.lower() not in TITLE_FUNCTION_WORDS]
    capitalized = sum(1 for w in content_words if w[0].isupper() or w[0].isdigit())
    return not (len(content_words) >= MIN_TITLE_WORDS and capitalized / len(content_words) >= TITLE_CASE_SHARE)


def names_a_work(text: str, start: int) -> bool:
    """"dubbed \"...\"", "author of \"...\"": the quotation is a name or a title."""
    return NOT_SPEECH_BEFORE.search(text[max(0, start - 40) : start]) is not None


def extract_quotes(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[Quote]:
    """Attribute each speech span to its cue and source.

    A quote that a cue reports directly is speech however short it is ("\"Yes,\" she said");
    one without a cue must look like speech (``is_speech``). A quote split by its attribution
    ("\"A,\" he said, \"B.\"", "\"A,\" said X. \"B.\"") is one statement: its fragments share
    the cue and are numbered in text order.

    Args:
        doc: the parsed article.
        spans: every quotation-mark span (``find_quote_spans``), speech or not.

    Returns:
        One ``Quote`` per span that is speech; cue and source are None when the text gives none.
    """
    text = text_of(doc)
    found: list[tuple[int, int, Token | None]] = []
    for index, (start, end) in enumerate(spans):
        if names_a_work(text, start):
            continue
        previous_end = spans[index - 1][1] if index else 0
        next_start = spans[index + 1][0] if index + 1 < len(spans) else len(text)
        cue = _find_cue(doc, start, end, previous_end, next_start)
        continued = _continued_cue(text, found[-1], start) if found else None
        # A title between the two ("told NBC's \"Today\"") is no speech, and does not part them; nor
        # does a report that only hangs under the previous quote's tag.
        if cue is None or continued is not None and _hangs_on_tag(cue, continued, text, start):
            cue = continued
        if cue is None and found and found[-1][2] is not None and _goes_on_from(text, found[-1], start):
            cue = found[-1][2]
        # A quote that opens the sentence after its statement's tag goes on with that statement,
        # and is speech however short ("\"They grumble,\" she said. \"Everybody grumbles.\"").
        continues = (cue is not None and bool(found) and found[-1][2] is not None and found[-1][2].i == cue.i
                     and _opens_sentence(text, start))
        if continues or _is_statement(text, start, end, cue):
            found.append((start, end, cue))
    return _numbered(doc, found)


def outside_claims(quotes: Sequence[Quote], claims: Sequence[Claim]) -> list[Quote]:
    """The quotes but those no cue reports that lie inside a claim's content.

    'Reyes said the talks had been a "failure" and that the union had made its choice: "We will
    stay on strike until the spring."' is one statement, the claim, whose source's own words end
    it; the quote alone would report them a second time. A quote with a cue of its own stays: it
    is a report of its own.
    """
    contents = SpanIndex((claim.start, claim.end) for claim in claims)
    return [quote for quote in quotes if quote.cue is not None or not _inside_any(quote, contents)]


def joined_to_claims(doc: Doc, quotes: Sequence[Quote], claims: Sequence[Claim]) -> list[Quote]:
    """The quotes, each that no cue reports and that opens the sentence right after a speech
    claim's report given that claim's cue and source: one statement, the quote numbered as a
    fragment after the quotes that cue already reports.

    'Ms. Amaral argued that the county had waited too long. "We lost two summers to paperwork."'
    is one statement: the quote goes on with what the claim reports (train: the gold joins the
    two 18 times of 21; after a claim of another kind, an intention or a finding, 1 of 5). A
    quote led in with a colon has a report of its own ("she had a warning for them: \"...\""),
    and one after a paragraph break opens a statement of its own as often as not (train: 5 of 11).
    """
    reports = sorted((claim for claim in claims if claim.kind == "speech" and not claim.negated),
                     key=lambda claim: claim.end)
    ends = [claim.end for claim in reports]
    fragments = Counter(quote.cue.start for quote in quotes if quote.cue is not None)
    joined = []
    for index, quote in enumerate(quotes):
        at = bisect_right(ends, quote.start) - 1
        claim = reports[at] if at >= 0 and quote.cue is None else None
        previous_end = quotes[index - 1].end if index else 0
        if claim is not None and previous_end <= claim.end and _goes_on_with(doc, claim, quote.start):
            fragments[claim.cue.start] += 1
            quote = replace(quote, cue=claim.cue, source=claim.source, fragment=fragments[claim.cue.start])
        joined.append(quote)
    return joined


def _goes_on_with(doc: Doc, claim: Claim, start: int) -> bool:
    """Whether the quote at ``start`` opens the sentence after the one the claim's report ends, in
    its paragraph, with no colon leading into it."""
    text = text_of(doc)
    if claim.cue.start > start or "\n" in text[max(claim.end, claim.cue.end) : start]:
        return False
    if _last_char_before(text, start) not in SENTENCE_END:
        return False
    report = doc.char_span(claim.cue.start, claim.cue.end, alignment_mode="expand")
    return report is not None and len(text[report.sent.end_char : start].split()) <= MAX_WORDS_AFTER_REPORT


def _inside_any(quote: Quote, contents: SpanIndex) -> bool:
    return any(start <= quote.start and quote.end <= end for start, end in contents.overlapping(quote.start, quote.end))


def _is_statement(text: str, start: int, end: int, cue: Token | None) -> bool:
    """Whether the quote is speech: reported directly by its cue, or long enough, and when no
    cue reports it, not a short phrase the writer quotes inside a sentence of their own."""
    if cue is not None:
        return is_speech(text, start, end) or _reports_directly(text, start, end, cue)
    return is_speech(text, start, end) and not _quotes_a_phrase(text, start, end)


def _quotes_a_phrase(text: str, start: int, end: int) -> bool:
    """A few words opening in lower case: a phrase lifted into the writer's sentence
    ("is labeling the actions \u201ca blatant abuse of power\u201d"), which, with no cue
    reporting it, is the writer's statement more often than the quoted person's."""
    content = quote_content(text, start, end).lstrip()
    words = re.findall(r"[\w'\u2019-]+", content)
    return content[:1].islower() and len(words) <= MAX_PHRASE_WORDS


def _reports_directly(text: str, start: int, end: int, cue: Token) -> bool:
    """Whether the cue reports the quote as a whole, not a phrase quoted inside its own clause.

    "\"X,\" she said" and "She said, \"X\"" report the quote; "he called it \"a hoax\"" and
    "he dismissed the \"hoax,\" saying ..." quote a phrase, which is speech only when long
    enough (``is_speech``).
    """
    if cue.idx > start:
        return _opens_sentence(text, start) and quote_content(text, start, end).rstrip()[-1:] in {",", "!", "?", "\u2014"}
    # "She said, \"X\"", "he told the BBC: \"X\"", "a man yelled \"Stay there!\"": the quote follows
    # a comma or colon, or the verb itself.
    return _last_char_before(text, start) in {",", ":"} or not text[cue.idx + len(cue) : start].strip()


def _opens_sentence(text: str, start: int) -> bool:
    """Nothing but a sentence end, a paragraph break or another quote before the quote."""
    before = _last_char_before(text, start, " ")
    return not before or before in {".", "!", "?", ":", "\n", *CLOSES, "\u2014"}


def _last_char_before(text: str, start: int, blanks: str | None = None) -> str:
    """The last character before ``start`` that is not blank (whitespace, or one of ``blanks``),
    "" if none: read back from ``start`` rather than by copying all the text before it, which an
    article of ten thousand quotes would copy ten thousand times."""
    i = start
    while i > 0 and (text[i - 1] in blanks if blanks is not None else text[i - 1].isspace()):
        i -= 1
    return text[i - 1] if i else ""


def _continued_cue(text: str, previous: tuple[int, int, Token | None], start: int) -> Token | None:
    """The previous quote's cue, when only its attribution sentence separates the two quotes:
    "\"A,\" said X, the mayor. \"B.\"" continues the same statement, and so does a paragraph
    opening with a quote right after the paragraph that the tag ends."""
    previous_end, cue = previous[1], previous[2]
    between = text[previous_end:start]
    if cue is None or not previous_end <= cue.idx < start:
        return None
    if "\n" not in between:
        # Only the tag's sentence, and a word joining the quote to it ("But \"B.\""), may lie
        # between: a sentence of the writer's own after the tag has the writer go on
        # ("\"A?\" Ruiz said of the firm. Later, she pledged to make it \"B.\"").
        return cue if len(text[cue.sent.end_char : start].split()) <= 1 else None
    # "\"A,\" King said.\n\n\"B.\"": a paragraph that opens with a quote goes on with the
    # quote before it when the sentence of that quote's tag ends the paragraph between them.
    paragraph_break = previous_end + len(between.rstrip())
    tag_ends_paragraph = cue.sent.start_char <= previous_end and cue.sent.end_char >= paragraph_break
    opens_paragraph = _last_char_before(text, start, " \t\u00a0") == "\n"
    return cue if tag_ends_paragraph and opens_paragraph and "\n" not in between.strip() else None


def _goes_on_from(text: str, previous: tuple[int, int, Token | None], start: int) -> bool:
    """Whether a quote no cue reports goes on with the quote before it, whose statement has one:
    quotes in a row with nothing between ("asked: \"Why?\" \"Why now?\""), or joined inside one
    sentence by a few words ("added that \"A\" and \"B\"", "says \"A\" because \"B\""; train:
    the gold joins the two 10 times of 10)."""
    previous_start, previous_end = previous[0], previous[1]
    between = text[previous_end:start]
    if not between.strip(" "):
        return True
    closes_sentence = quote_content(text, previous_start, previous_end).rstrip()[-1:] in SENTENCE_END
    return (not closes_sentence and len(between.split()) <= MAX_JOINING_WORDS
            and not any(char in SENTENCE_END or char in ":;\n" for char in between))


def _hangs_on_tag(verb: Token, tag: Token, text: str, start: int) -> bool:
    """Whether a report found before the quote only tells, inside the sentence of the previous
    quote's tag, how that speaker spoke ("\"A,\" said an engineer, speaking over the generators.
    \"B.\"", "said Fenwick, who wrote to the county.", "Okonjo said after being asked about
    it."): the quote opening the next sentence goes on with the tag's statement (train: the gold
    joins the two 29 times of 33). A report coordinated with the tag ("he said, and argued for
    ...") or reporting a clause ("Diaz, who said she would vote no.") is another statement."""
    # The cheap tests first: most quotes fail one of them.
    if verb.idx >= start or _last_char_before(text, start) not in SENTENCE_END:
        return False
    coordinated = verb.dep_ == "conj" and verb.head.i == tag.i
    if coordinated or any(child.dep_ == "ccomp" for child in children_of(verb)):
        return False
    return verb.sent.start == tag.sent.start and any(ancestor.i == tag.i for ancestor in verb.ancestors)


def _numbered(doc: Doc, found: list[tuple[int, int, Token | None]]) -> list[Quote]:
    """Quotes with the fragment number of each within the statement its cue makes."""
    text = text_of(doc)
    fragments: dict[int, int] = {}
    quotes = []
    for start, end, cue in found:
        fragment = None
        if cue is not None:
            fragment = fragments[cue.i] = fragments.get(cue.i, 0) + 1
        quotes.append(
            Quote(
                start=start,
                end=end,
                text=text[start:end],
                cue=cue_of(cue) if cue is not None else None,
                source=source_of(cue) if cue is not None else introducer_of(doc, start, end) or signature_of(doc, end),
                fragment=fragment,
            )
        )
    return quotes


def _find_cue(doc: Doc, start: int, end: int, previous_end: int, next_start: int) -> Token | None:
    """The nearest reporting verb after the quote in its sentence, else before it.

    A report after the quote that does not tag it ("she stated, \"A,\" adding, \"B.\"",
    "Kasich cautioned \"...,\" before predicting that ...") goes on to content of its own: the
    verb before the quote, when there is one, reports it.
    """
    after = next((token for token in _after(doc, start, end, next_start)
                  if is_speech_verb(token) or is_according_to(token) or puts_it(token)), None)
    if after is not None and _goes_on_to_its_own_content(after):
        after = None
    if after is not None and _tags(after, start, end):
        return after
    tag = _speech_tag(doc, start, end, next_start) if after is None else None
    if tag is not None:
        return tag
    before = _before(doc, start, previous_end)
    lead_in = _lead_in_tag(before, text_of(doc), start, end)
    if lead_in is not None:
        return lead_in
    for token in before:
        if is_speech_verb(token) or is_according_to(token) or puts_it(token):
            return None if _reports_its_own_content(token, start) else token
    return after


def _lead_in_tag(before: list[Token], text: str, start: int, end: int) -> Token | None:
    """The verb of a short clause that leads into the quote with a colon, or with a comma before
    a whole sentence, and names only who spoke and how: "Ostrowska fired back sharply:", "to which
    Delacroix interjected:", "the ministry hit back in a statement:", "Hale shot back, \"We ...\"".
    In that slot, as in a tag after a quote (``_speech_tag``), any verb with a speaker for its
    subject introduces the quote.

    Args:
        before: the tokens before the quote, nearest first (``_before``).
        text: the article's text.
        start, end: where the quote is.
    """
    if not before or before[0].text not in LEAD_IN_MARKS:
        return None
    verb = next((token for token in before[1:] if token.pos_ == "VERB"), None)
    # The clause is the writer's, not one a report before it holds ("she said the motto was her
    # own idea: \"...\"", where the quote is part of what she said).
    held = verb is not None and verb.dep_ in ("ccomp", "xcomp") and verb.head.i < verb.i
    if verb is None or verb.tag_ not in TAG_VERB_FORMS or held:
        return None
    if before[0].text == "," and not _leads_in_with_a_comma(verb, text, start, end):
        return None
    subject = subject_of(verb)
    # "apologized for what happened:", "a message that read:": a clause about a thing, not a speaker.
    if subject is None or subject.i > verb.i or subject.head.i != verb.i or subject.tag_ in ("WP", "WDT"):
        return None
    # Between the verb and the colon only its particle ("back"), manner ("forcefully") and when,
    # where and how it was said.
    allowed = {child.i for child in children_of(verb) if child.dep_ in ("prt", "advmod")} | {
        t.i for child in rights_of(verb) if child.dep_ in TAG_CIRCUMSTANCES for t in child.subtree}
    if not all(token.i in allowed for token in tokens_of(verb.doc)[verb.i + 1 : before[0].i]):
        return None
    return verb if source_of(verb) is not None else None


def _leads_in_with_a_comma(verb: Token, text: str, start: int, end: int) -> bool:
    """A comma leads into a quote that is speech and a sentence of its own (capitalized: "Ruiz
    shot back, \"Tell the board ...\"") from a main clause: not from a clause of time or condition
    ("When the senator left, \"...\""), nor from an aside joined to the report before it ("the
    mayor said, and we swear, \"...\""), nor into a phrase the writer's sentence goes on with
    ("voted no, \"on principle\"") or a title ("returns with his new show, \"Big Nights\"")."""
    opening = quote_content(text, start, end).lstrip()[:1]
    subordinate = verb.dep_ == "advcl" or any(child.dep_ == "mark" or child.tag_ == "WRB"
                                              for child in children_of(verb))
    return opening.isupper() and not subordinate and not _opens_with_conjunction(verb) and is_speech(text, start, end)


def _opens_with_conjunction(verb: Token) -> bool:
    """Whether the verb's clause opens with a conjunction ("and", "but", "or"), going on from the
    clause before it."""
    subject = subject_of(verb)
    first = subject.left_edge if subject is not None and subject.i < verb.i else verb
    return first.i > 0 and verb.doc[first.i - 1].pos_ == "CCONJ"


def _tags(verb: Token, start: int, end: int) -> bool:
    """Whether a report after a quote is its tag ("\"...,\" the mayor said", "\"...,\" said
    Smith", "according to"), not the next report of a speaker named before the quote."""
    if is_according_to(verb):
        return True
    between = verb.doc.char_span(end, verb.idx, alignment_mode="expand") if end < verb.idx else None
    if verb.tag_ == "VBG" and all(token.is_punct or token.is_space for token in between or ()):
        # "\"...,\" adding that ...": a participle right after the quote goes on to its own words.
        return False
    subject = subject_of(verb)
    return subject is None or subject.idx > start


def _goes_on_to_its_own_content(verb: Token) -> bool:
    """A report after the quote whose words run straight on into a clause of their own, outside
    quotation marks ("\"...,\" he insisted the two had never spoken", "\"...,\" Sanders said private
    contractors cost more"): it reports that clause, and the quote is another statement. A comma
    after the verb ("\"...,\" she said, would ...") keeps it a tag that splits the quote, and so
    does a verb before its subject ("\"...,\" said Smith, half joking")."""
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i or verb.i + 1 >= len(verb.doc):
        return False
    following = verb.doc[verb.i + 1]
    return any(child.dep_ == "ccomp" and child.left_edge.i == following.i and not following.is_quote
               and not following.is_punct and _finite(child) for child in children_of(verb))


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own ("met", "would vote"), not a participle ("him saying")."""
    return verb.tag_ in TAG_VERB_FORMS or any(child.dep_ == "aux" and child.tag_ in FINITE_TAGS
                                              for child in children_of(verb))


def _reports_its_own_content(verb: Token, start: int) -> bool:
    """A report in the sentence before the quote that has content of its own ("The warden
    aired a plan to close the wing. \"...\""): the quote is not what it reports, unless
    the report leads into it with a colon ("he said:")."""
    if verb.sent.end_char > start:
        return False
    lead_in = text_of(verb.doc)[verb.sent.start_char : start].rstrip()
    if lead_in.endswith(":"):
        return False
    return any(child.dep_ in ("ccomp", "xcomp") or child.dep_ == "dobj" and _object_is_content(child)
               for child in children_of(verb))


def _object_is_content(obj: Token) -> bool:
    """"aired a plan": what was said. "told reporters", "warned residents", "told the
    AP": who heard it, after which the next sentence's quote is what they heard."""
    return obj.head.lemma_.lower() not in OBJECT_NOT_CONTENT and not _is_listener(obj)


def _is_listener(obj: Token) -> bool:
    """Whether a verb's object is one who can hear the words: a pronoun, a named person or body,
    or a noun of people ("reporters", "the crowd")."""
    return obj.pos_ == "PRON" or obj.ent_type_ in LISTENER_ENTITIES or can_speak(obj.lemma_.lower())


def _after(doc: Doc, start: int, end: int, next_start: int) -> list[Token]:
    """Tokens after the quote up to the end of its sentence, the next quote or paragraph."""
    text = text_of(doc)
    following = text[end:next_start].lstrip(" ")
    closes_sentence = quote_content(text, start, end).rstrip()[-1:] in SENTENCE_END
    if not following or following[0] == "\n" or (closes_sentence and not following[0].islower()):
        return []
    tokens = []
    for token in _tokens_between(doc, end, next_start)[:WINDOW_TOKENS]:
        if "\n" in token.text:
            break
        tokens.append(token)
        if token.text in SENTENCE_END:
            break
    return tokens


def _speech_tag(doc: Doc, start: int, end: int, next_start: int) -> Token | None:
    """The verb of a speech tag, the short clause after a quote that names only who spoke and
    how: "\"...,\" Blackwell continued.", "\"...?\" he asked.", "\"...,\" an angry Moreau
    retaliated.", "\"...,\" vowed the mayor." In that slot any verb reports the quote, whatever
    its meaning elsewhere."""
    text = text_of(doc)
    closing = quote_content(text, start, end).rstrip()[-1:]
    if closing not in TAG_OPENING_ENDS and closing != ".":
        return None
    window, stop = [], None
    for token in _tokens_between(doc, end, next_start)[:WINDOW_TOKENS]:
        if "\n" in token.text or token.is_punct and window:
            stop = token
            break
        window.append(token)
    verbs = [token for token in window if token.pos_ == "VERB"]
    if not verbs or verbs[0].dep_ not in ("ROOT", "parataxis") or verbs[0].tag_ not in TAG_VERB_FORMS:
        return None
    verb = verbs[0]
    # A quote closed by a full stop takes a tag only when the tag is a bare sentence of its own
    # that reports speech ("\"... now.\" Smith said."): "\"... now.\" Smith smiled." and "\"...\"
    # She also argued for hiring a coach." are new sentences (train: 1 of 2 right with places
    # and manners allowed after the verb).
    if closing == "." and (stop is None or stop.text not in SENTENCE_END or not is_speech_verb(verb)):
        return None
    circumstances = TAG_CIRCUMSTANCES if closing != "." else ()
    subject = [child for child in children_of(verb) if child.dep_ == "nsubj"]
    if not subject and window[0].i == verb.i and _opens_sentence(text, start):
        # "\"...,\" vowed the mayor": the speaker written after the verb, where the parser
        # takes it for the verb's object. Only after a quote that opens its sentence: in
        # "declares \u2018revolution,\u2019 ignores losses" the verb goes on with the sentence.
        subject = [child for child in rights_of(verb) if child.dep_ in ("nsubj", "dobj")]
    if not subject:
        return None
    # Nothing but the speaker, the verb, its particle ("went on") or manner ("quickly"), and
    # after the verb when, where and how it was said.
    allowed = {t.i for t in subject[0].subtree} | {verb.i} | {
        child.i for child in children_of(verb) if child.dep_ in ("prt", "advmod")} | {
        t.i for child in rights_of(verb) if child.dep_ in circumstances for t in child.subtree}
    if closing != "." and subject[0].idx > end and is_speech_verb(verb):
        allowed |= _listener_tokens(verb)
    return verb if all(token.i in allowed for token in window) else None


def _listener_tokens(verb: Token) -> set[int]:
    """The tokens of a tag's listener, the object of a verb of saying who hears the words
    ("\"...?\" Pike asked reporters", "\"...!\" Malloy told his players"): after a question or a
    cry the speaker comes before the verb, so no other test takes such a tag, and the quote would
    have no speaker. Only a verb of saying: with any other ("\"...?\" Two auditors used it in a report")
    the object makes the words after the quote a sentence of the writer's. Not an object with a
    clause of its own ("told the audience to see"), which goes on past a tag."""
    return {t.i for child in rights_of(verb) if child.dep_ in LISTENER_OBJECTS and _is_listener(child)
            and not any(t.pos_ in ("VERB", "AUX") for t in child.subtree) for t in child.subtree}


def _before(doc: Doc, start: int, previous_end: int) -> list[Token]:
    """Tokens before the quote back to the sentence start, nearest first.

    When the quote opens a new sentence, the sentence before it is searched
    ("... he responded. \"To enter ...\"").
    """
    tokens = list(reversed(_tokens_between(doc, previous_end, start)))[:WINDOW_TOKENS]
    window = []
    for position, token in enumerate(tokens):
        if "\n" in token.text:
            break
        if token.text in SENTENCE_END and position > 0:
            break
        window.append(token)
    return window


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens inside [start, end), whitespace dropped except line breaks (they bound windows)."""
    span = doc.char_span(start, end, alignment_mode="contract") if start < end else None
    inside = tokens_of(doc)[span.start : span.end] if span is not None else ()
    return [token for token in inside if not token.is_space or "\n" in token.text]
