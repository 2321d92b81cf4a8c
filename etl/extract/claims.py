"""Claims: reported speech without quotation marks ("X said (that) ...", "..., X say").

The claim's span is its content only, without the source and the cue.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from etl.extract.attribution import cue_of, is_according_to, is_speech_verb, source_of
from etl.extract.spans import SpanIndex, text_of
from etl.records import Claim

CONTENT_DEPS = {"ccomp", "xcomp"}
LEADING_NOISE = {"that", "and", "but", "or", ",", "so"}
TRAILING_NOISE = {",", ".", ";", ":", "-", "\u2014"}
QUOTATION_MARKS = {'"', "\u201c", "\u201d"}


def extract_claims(doc: Doc, quote_spans: Sequence[tuple[int, int]], cue_starts: set[int]) -> list[Claim]:
    """Every reported statement outside quotation marks.

    Args:
        doc: the parsed article.
        quote_spans: the spans of quotes (speech); content overlapping one is a quote's, not a claim.
        cue_starts: offsets of verbs already used as quote cues.

    Returns:
        Claims in text order.
    """
    quotes = SpanIndex(quote_spans)
    claims = []
    for token in doc:
        if token.idx in cue_starts or quotes.contains(token.idx):
            continue
        if not (is_speech_verb(token) or is_according_to(token)) or _infinitive(token):
            continue
        content = _content(token)
        source = source_of(token)
        if content is None or source is None:
            continue
        start, end = content
        if quotes.overlaps(start, end):
            continue
        claims.append(Claim(start, end, text_of(doc)[start:end], cue_of(token), source))
    return _outermost(claims)


def _infinitive(verb: Token) -> bool:
    """"hard to estimate how ...": an infinitive reports nothing by itself."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


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


def _content(verb: Token) -> tuple[int, int] | None:
    """Character span of what the verb reports."""
    complements = [child for child in verb.children if child.dep_ in CONTENT_DEPS]
    if complements and complements[0].i > verb.i:
        return _trimmed(list(complements[0].subtree))
    if complements:
        # Content before the report ("X did Y, although Z, his advisers told VOA") may hang
        # off the verb in pieces; all of it up to the report's subject is the content.
        return _trimmed(_sentence_before_report(verb))
    if is_according_to(verb):
        # "The bridge is closed, according to officials" / "According to officials, the bridge
        # is closed": the content is the host clause, on whichever side of the source it is.
        # The sentence, not the verb's head's subtree: the parser may hang "according to" on an
        # auxiliary ("the administration is "closely monitoring" ...").
        own = {t.i for t in verb.subtree}
        before = [t for t in verb.sent if t.i < min(own)]
        return _trimmed(before) or _trimmed([t for t in verb.sent if t.i > max(own)])
    if verb.dep_ == "parataxis" or _trailing_report(verb):
        return _trimmed(_sentence_before_report(verb))
    return None


def _trailing_report(verb: Token) -> bool:
    """"X has done Y, although Z, his advisers told VOA": a report tacked on after a comma,
    with a subject of its own (unlike "He met them and told reporters")."""
    own_subject = any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)
    first = verb.left_edge
    return verb.dep_ == "conj" and own_subject and first.i > 0 and verb.doc[first.i - 1].text == ","


def _sentence_before_report(verb: Token) -> list[Token]:
    """"His militia has been boosted, his aides say, ...", "And it is not clear, he added, how
    ...": the content is the sentence up to the report's subject."""
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    start = (subject or verb).left_edge.i
    return [t for t in verb.sent if t.i < start]


def _trimmed(tokens: Iterable[Token]) -> tuple[int, int] | None:
    kept = [t for t in tokens if not t.is_space]
    while kept and kept[0].lower_ in LEADING_NOISE:
        kept.pop(0)
    while kept and kept[-1].text in TRAILING_NOISE:
        kept.pop()
    if len(kept) < 2:
        return None
    last = _closing_quote(kept)
    return kept[0].idx, last.idx + len(last)


def _closing_quote(kept: list[Token]) -> Token:
    """The content's last token, or the quotation mark that closes one it opened: 'urged
    them to "meet halfway."' keeps its closing mark, which the parse may hang elsewhere."""
    last = kept[-1]
    if sum(t.text in QUOTATION_MARKS for t in kept) % 2 == 0:
        return last
    following = last.doc[last.i + 1 : last.i + 3]
    return next((t for t in following if t.text in QUOTATION_MARKS), last)
