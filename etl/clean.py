"""Clean stage: ``RawArticle`` -> ``Article``.

For a plain-text article, parses the title, byline authors, publication date and
section headings, and marks boilerplate. An HTML page's main text and metadata come
from trafilatura, a JSON line's from its fields; that text is the article's text from
then on. Regions are marked and the text is never rewritten, so every later offset
indexes ``Article.text``. No spaCy, no database.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from itertools import takewhile
from urllib.parse import urlsplit

from etl.errors import InputError
from etl.lexicon import first_name_gender, outlet_name_words
from etl.lexicon.names import person_with_outlet_surname
from etl.records import Article, RawArticle, Region, RegionKind, content_uri, web_url

# Calls to action and site furniture that news pages wrap around an article.
BOILERPLATE = re.compile(
    r"\b(join now|sign up|subscribe|newsletter|mailing list|click here|read more|share this|"
    r"follow us|advertisement|all rights reserved|copyright|cookie|download (the|our) app)\b",
    re.IGNORECASE,
)
# An editor's note is the outlet's word on the article or its subject, not its reporting
# ("Editor's note: The mayor sits on the board of this newspaper's parent company."). PolNeAR
# train annotates attributions in 3 of its 19. Corrections and clarifications stay: they
# restate what was reported, and the dev gold annotates their attributions.
EDITORS_NOTE = re.compile(r"[(\[]?(?:Editor|EDITOR)(?:['\u2019]?[sS]|[sS]['\u2019])? (?:[Nn]ote|NOTE)\s*:")
# "PORTO ALEGRE, Brazil \u2014 ", "KABUL (Reuters) - ", "LONDON, March 3 (AP) \u2014 ": the place the
# story was filed from, in capitals, opening the first paragraph.
# Wire agencies write the place in title case before their name ("New York (AFP) \u2013 ", "Rio
# de Janeiro (Reuters) - "); without one of them, a name in title case opening a paragraph is
# no dateline ("Tesla (TSLA) \u2013 Shares fell", a ticker).
WIRE_AGENCIES = ("AP", "AFP", "Reuters", "UPI", "Xinhua", "Bloomberg", "dpa", "DPA", "EFE", "ANSA", "Kyodo",
                 "Yonhap", "TASS", "PTI", "IANS", "AAP", "CP", "VOA")
DATELINE_REGION = r"(?:, (?P<region>[A-Z][\w.]*(?: [A-Z][\w.]*)*))?"
DATELINE_DATE = r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
DATELINE_AGENCY = rf"\((?:{'|'.join(WIRE_AGENCIES)})\)"
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+)*"
    r"|[A-Z][a-z.'\u2019-]+(?: (?:[A-Z][a-z.'\u2019-]+|de|da|do|del|la|el|es)){0,3}"
    rf"(?={DATELINE_REGION.replace('?P<region>', '')}{DATELINE_DATE} {DATELINE_AGENCY}))"
    rf"{DATELINE_REGION}{DATELINE_DATE}"
    r"(?: \([^)\n]{1,40}\))?"
    r" ?(?:\u2014|\u2013|--|-) ?"
)
BYLINE = re.compile(r"^By\s+(?=[A-Z])")
# "By Sarah Miller, Associated Press", "Jane Doe / The Valley Courier", "By Reuters": the
# byline's affiliation is no author. Agencies and outlets are named with the words of outlets'
# names, capitalized, by a wire agency's name alone, or by an acronym no person's name is
# written as.
OUTLET_NAME_WORDS = "|".join(sorted(word.capitalize() for word in outlet_name_words()))
AFFILIATION = re.compile(rf"\b(?:{OUTLET_NAME_WORDS})\b|^[A-Z]{{2,5}}$|^(?:{'|'.join(WIRE_AGENCIES)})$")
# One of those words alone, in any case ("Daily", "DAILY").
OUTLET_NAME_WORD = re.compile(rf"(?:{OUTLET_NAME_WORDS})", re.IGNORECASE)
# "Staff Writer", "Special to the Post", "Senior Correspondent", "Reuters Staff", "Updated": a
# role or a timestamp's label, in title case on its own or after the names, opens or closes
# with one of these words.
ROLE_WORDS = frozenset(
    "staff special senior contributing chief correspondent correspondents reporter reporters writer writers"
    " editor editors columnist contributor contributors photographer updated posted published last first".split()
)
# Lowercase words inside a person's name ("Ana de la Cruz", "Pieter van der Berg", "Khalid bin
# Salman").
NAME_PARTICLES = frozenset("de la le del della da di du dos das van von der den ter ten bin ibn al el".split())
# One word of a name: letters, with apostrophes, full stops and hyphens ("O'Neil", "J.", "Al-Amin"),
# capitalized after a lowercase prefix joined to it ("al-Rashid", "d'Souza").
NAME_WORD = re.compile(r"(?:[a-z]{1,3}[-'\u2019])?(?P<initial>[^\W\d_])(?:[^\W\d_]|['\u2019.-])*")
# "J." or "J": an initial in a name.
INITIAL = re.compile(r"[A-Z]\.?")
# "Jane Roe." closing a byline; "Jr." and an initial keep theirs.
CLOSING_FULL_STOP = re.compile(r"(?<=[a-z]{2})\.$")
# What a byline's parts are separated by; a spaced dash or slash, or brackets, set off the outlet
# or role ("Jane Doe \u2014 Staff Writer", "Jane Doe / The Valley Courier", "Jane Doe (Reuters)").
BYLINE_SEPARATOR = re.compile(r",|\band\b|&|\||\n|[()]|\s[/\u2014\u2013-]\s")
# "Jane Doe / The Valley Courier", "Ana Ruiz and Tom Lee | Staff Writers": names, then their outlet
# or role, on a line of their own without "By".
CREDIT_SEPARATOR = re.compile(r"\s[/|]\s")
# The dates and times a byline or a line of its own gives: "Jan. 5, 2026", "5 March 2024",
# "23-Aug-2021", "2026-01-05", "1/5/2026", "23.08.2021"; "9:14 AM EST", "10:31 a.m. ET";
# labelled "Published", "Updated" ...
MONTHS = "|".join(sorted({*calendar.month_name, *calendar.month_abbr, "Sept"} - {""}, key=len, reverse=True))
WEEKDAYS = "|".join(sorted({*calendar.day_name, *calendar.day_abbr}, key=len, reverse=True))
DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATE = (rf"(?:(?:{WEEKDAYS})\.?,?\s+)?(?:(?:{MONTHS})\.?\s+{DAY}\b(?:,?\s+\d{{4}}\b)?"
        rf"|{DAY}[\s-](?:{MONTHS})\.?(?:,?\s+|-)\d{{4}}\b"
        r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b)")
DATE_TEXT = re.compile(rf"\b{DATE}")
YEAR = re.compile(r"\d{4}")
CLOCK = r"(?:\d{1,2}(?::\d{2})?\s*[AaPp]\.?\s?[Mm]\.?|\d{1,2}:\d{2})(?:\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CET)\b)?"
STAMP_LABEL = r"(?:(?:Last|First|Originally)\s+)?(?:[Pp]ublished|[Pp]osted|[Uu]pdated|[Mm]odified)(?:\s+(?:on|at))?:?"
STAMP = rf"(?:{DATE}|{CLOCK})"
STAMP_SEGMENT = rf"[^\S\n]*(?:{STAMP_LABEL}\s*)?{STAMP}(?:,?[^\S\n]+(?:(?:at|on)\s+)?{STAMP})*[^\S\n]*\.?"
# "Posted: Jan 5, 2026 9:14 AM EST", "Feb. 27, 2015", "Published 10:31 a.m. ET Nov. 3, 2026 |
# Updated 2:02 p.m. ET": a line of dates and times, which dates the article and is no body text.
TIMESTAMP_LINE = re.compile(rf"{STAMP_SEGMENT}(?:[|\n\u2022]{STAMP_SEGMENT})*")
# A line with a visible character: its leading whitespace, that character, the rest. A match
# may only start where a line does, so a line of nothing but spaces is scanned once, not once
# from each of its characters (which cost the square of its length). No possessive
# quantifiers: Python 3.11.2's re (Debian 12's) lets "*+" run past the newline.
VISIBLE_LINE = r"[^\S\n]*\S[^\n]*"
LINE = re.compile(rf"^{VISIBLE_LINE}", re.MULTILINE)
PARAGRAPH = re.compile(rf"^{VISIBLE_LINE}(?:\n{VISIBLE_LINE})*", re.MULTILINE)
TERMINAL_PUNCTUATION = tuple('.!?:;"\u201d\u2019)\u00bb\'')
MAX_TITLE_WORDS = 25
LOWER_CASE_IN_TITLES = {"from", "with", "into", "onto", "upon", "over", "than", "that", "amid"}
PUNCTUATION_AROUND_WORDS = "'\"\u2018\u2019\u201c\u201d()[],.;:!?"
MAX_HEADING_WORDS = 10
MAX_BOILERPLATE_WORDS = 20
# The title and byline sit near the top; a "By ..." sentence deep in the body is prose.
MAX_BYLINE_BLOCK = 6
# A byline and the lines of dates under it ("By Jane Roe", "Published ...", "Updated ...") are a
# few paragraphs; a page of thousands of date lines is not all byline, and parsing each
# (dateparser, about a millisecond a date) would take minutes on a hostile megabyte.
MAX_BYLINE_PARAGRAPHS = 4
# Bylines name a few people and a date; a longer "By ..." paragraph is prose, and searching
# it for dates (dateparser) would take minutes on a hostile megabyte.
MAX_BYLINE_WORDS = 40
# A "By ..." paragraph is a sentence, not a byline, when it opens with a date ("By March, the
# council had ...", "By Tuesday evening, crews had ...", "By Friday, officials said ...": a
# month or weekday not followed by a surname, as in "By May Chen" and "By April de la Cruz"),
# or when it ends as a sentence does with a clause's lowercase words in it ("By Election Day
# the rolls had grown.").
CALENDAR_NAMES = "|".join(name for name in (*calendar.month_name, *calendar.day_name) if name)
OPENS_WITH_A_DATE = re.compile(
    rf"^By\s+(?:{CALENDAR_NAMES})\b(?!(?:\s+(?:{'|'.join(NAME_PARTICLES)}))*\s+(?:[a-z]{{1,3}}[-'\u2019])?[A-Z])"
)
ENDS_AS_A_SENTENCE = re.compile(r"[.!?][\"\u201d\u2019']?\s*$")
LOWERCASE_WORD = re.compile(r"(?<![\w-])[a-z]+\b")
# Lowercase words a byline is written with, which make no clause however many there are: "By
# Jane Roe and John Doe of the Associated Press.", "By Jane Roe | Updated 5:30 p.m. on March 3.",
# "By Ana de la Cruz, staff writer." Three other lowercase words and a full stop are a clause.
BYLINE_LOWERCASE_WORDS = NAME_PARTICLES | frozenset(
    "and of the for at on in with from a an p m am pm updated published posted staff writer writers"
    " reporter reporters correspondent correspondents editor editors contributor contributors"
    " contributing special senior".split()
)
MIN_PROSE_LOWERCASE_WORDS = 3


@dataclass(frozen=True, slots=True)
class _Block:
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def unpunctuated(self) -> bool:
        return not self.text.rstrip().endswith(TERMINAL_PUNCTUATION)

    @property
    def title_case(self) -> bool:
        """One line whose words of four letters or more are all capitalized ("Ruiz Plan for
        Docks Is Costly."), bar the short prepositions and conjunctions some styles leave in
        lower case ("Varga Quotes Poem to Urge Riders to Turn Away from the Toll Road"): a headline,
        even with a closing period, which prose never is."""
        words = [word.strip(PUNCTUATION_AROUND_WORDS) for word in self.text.split()]
        long_words = [word for word in words
                      if len(word) >= 4 and word[:1].isalpha() and word not in LOWER_CASE_IN_TITLES]
        return "\n" not in self.text.strip() and len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def clean(raw: RawArticle) -> Article:
    """Parse metadata and mark the regions of one article.

    Args:
        raw: the article as read.

    Returns:
        The article with its regions marked: a text file's text unchanged, a page's
        main text, a JSON line's ``text`` field.

    Raises:
        InputError: a page with no main text, or a JSON line without a ``text`` string or
            with ``authors`` or ``published`` of the wrong kind.
    """
    if raw.format == "html":
        return _clean_page(raw)
    if raw.format == "jsonl":
        return _clean_record(raw)
    return _clean_text(raw)


def known_key(raw: RawArticle) -> str | None:
    """The key ``clean`` will give this article, when knowing it costs no cleaning.

    A re-run checks it before cleaning, so a loaded article costs neither its byline's
    date parsing nor anything else. Pages need trafilatura to find their text: None.
    """
    if raw.format == "txt":
        return _key(raw.content)
    if raw.format == "jsonl":
        text = _record_text(json.loads(raw.content))
        return _key(text) if text else None
    return None


def stored_regions(text: str, format: str, title: str | None) -> tuple[Region, ...]:
    """The regions ``clean`` marked in an article's stored text, found again from that text.

    The database keeps the text, not its regions; cleaning is pure, so marking the stored
    text again gives them back: a text file's text is the file as read, and a page's or
    JSON line's text was marked with only its title known.

    Args:
        text: ``articles.text``.
        format: ``articles.format`` (txt, html or jsonl).
        title: ``articles.title``.
    """
    raw = RawArticle(source="", content=text, format=format)
    if format == "txt":
        return _clean_text(raw).regions
    return _with_metadata(raw, text, title, (), None).regions


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _clean_text(raw: RawArticle) -> Article:
    text = raw.content
    blocks = _blocks(text)
    kinds: list[RegionKind] = ["paragraph"] * len(blocks)
    for i, block in enumerate(blocks):
        if block.words <= MAX_BOILERPLATE_WORDS and BOILERPLATE.search(block.text):
            kinds[i] = "boilerplate"

    byline = _byline_blocks(blocks, kinds)
    title = _title_index(blocks, kinds, byline.start if byline else None)
    if title is not None:
        kinds[title] = "title"
        for i in range(title):
            kinds[i] = "boilerplate"
    for i in byline:
        kinds[i] = "byline"
    authors, published = _parse_byline([blocks[i].text for i in byline])
    title_text = blocks[title].text if title is not None else None
    blocks, kinds = _editors_notes_apart(blocks, kinds)
    _mark_headings_and_trailer(blocks, kinds)
    return _article(raw, text, blocks, kinds, title_text, authors, published)


def _clean_page(raw: RawArticle) -> Article:
    # trafilatura (and lxml) take a while to import and only pages need them.
    import trafilatura

    tree = trafilatura.load_html(raw.content)
    # Read before extraction, which prunes the tree.
    language = _page_language(tree) if tree is not None else None
    page = trafilatura.bare_extraction(tree, with_metadata=True) if tree is not None else None
    text = _normalized(page.text if page is not None else None)
    if not text:
        raise InputError(raw.source, "no article text found in the page")
    # trafilatura joins several authors with "; ".
    authors = tuple(name.strip() for name in (page.author or "").split(";") if name.strip())
    identity = _Identity(web_url(page.url), page.sitename or None, language)
    return _with_metadata(raw, text, page.title, authors, _iso_date(page.date), identity)


def _page_language(tree) -> str | None:
    """The language a page declares: ``<html lang>``, else its content-language or og:locale meta."""
    declared = tree.get("lang") or next(
        iter(tree.xpath("//meta[translate(@http-equiv, 'CONTENT-LANGUAGE', 'content-language')='content-language']"
                        "/@content | //meta[@property='og:locale']/@content")),
        None,
    )
    return _language_code(declared)


def _clean_record(raw: RawArticle) -> Article:
    record = json.loads(raw.content)
    text = _record_text(record)
    if not text:
        raise InputError(raw.source, "the JSON line has no \"text\" string")
    title = record.get("title")
    identity = _Identity(
        web_url(record.get("url")), _string(record.get("outlet")), _language_code(_string(record.get("language")))
    )
    return _with_metadata(
        raw,
        text,
        title if isinstance(title, str) else None,
        _record_authors(raw.source, record.get("authors")),
        _record_date(raw.source, record.get("published")),
        identity,
    )


@dataclass(frozen=True, slots=True)
class _Identity:
    """Where a page or JSON line says it comes from: its URL, outlet and language, when it says."""

    url: str | None = None
    outlet: str | None = None
    language: str | None = None


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _language_code(declared: str | None) -> str | None:
    """"en-US", "en_GB", "EN" -> "en": the ISO 639 code of a language tag, or None for no tag."""
    code = re.split(r"[-_]", declared.strip(), maxsplit=1)[0].lower() if declared else ""
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _outlet(identity: _Identity) -> str | None:
    """The outlet named, else the URL's host without "www."."""
    if identity.outlet is not None or identity.url is None:
        return identity.outlet
    return urlsplit(identity.url).hostname.removeprefix("www.")


def _record_authors(source: str, authors: object) -> tuple[str, ...]:
    """A JSON line's ``authors``: a string of names separated by ``,``/``;``/"and", or a list of names.

    Raises:
        InputError: anything else (a number, an object, a list holding one), which would
            otherwise be stored as its Python spelling ("None", "{'a': 1}").
    """
    if not authors:
        return ()
    if isinstance(authors, str):
        authors = re.split(r"[;,]|\band\b", authors)
    if not isinstance(authors, list) or not all(isinstance(name, str) for name in authors):
        raise InputError(source, '"authors" must be a string or a list of strings')
    return tuple(name.strip() for name in authors if name.strip())


def _record_date(source: str, published: object) -> dt.date | None:
    """A JSON line's ``published`` date; null or absent is no date.

    Raises:
        InputError: a value that is no date, rather than losing it silently.
    """
    if published is None or published == "":
        return None
    date = _iso_date(published)
    if date is None:
        raise InputError(source, f'"published" is not a date (2024-03-05 or an ISO timestamp): {published!r:.60}')
    return date


def _record_text(record: dict) -> str:
    return _normalized(record.get("text") if isinstance(record.get("text"), str) else None)


def _with_metadata(raw: RawArticle, text: str, title: str | None, authors: tuple[str, ...],
                   published: dt.date | None, identity: _Identity) -> Article:
    """Regions of a text whose metadata came separately: every line is a paragraph.

    Extracted texts put one paragraph on each line, so lines, not blank-line blocks, are
    the paragraphs. A first line repeating the title is the title, and short unpunctuated
    lines are headings, as in text files.
    """
    blocks = _blocks(text, LINE)
    kinds: list[RegionKind] = ["paragraph"] * len(blocks)
    if title and blocks and blocks[0].text.strip() == title.strip():
        kinds[0] = "title"
    blocks, kinds = _editors_notes_apart(blocks, kinds)
    _mark_headings_and_trailer(blocks, kinds)
    return _article(raw, text, blocks, kinds, title or None, authors, published, identity)


def _article(raw: RawArticle, text: str, blocks: list[_Block], kinds: list[RegionKind], title: str | None,
             authors: tuple[str, ...], published: dt.date | None, identity: _Identity = _Identity()) -> Article:
    regions = tuple(Region(kind, b.start, b.end) for b, kind in zip(blocks, kinds, strict=True))
    key = _key(text)
    return Article(
        source=raw.source,
        key=key,
        text=text,
        title=title,
        authors=authors,
        published=published,
        sections=tuple(b.text for b, kind in zip(blocks, kinds, strict=True) if kind == "heading"),
        regions=_with_dateline(regions, text),
        format=raw.format,
        uri=identity.url or raw.uri or content_uri(key),
        url=identity.url,
        outlet=_outlet(identity),
        language=identity.language or "en",
    )


def _normalized(text: str | None) -> str:
    """Stored text uses ``\\n`` line ends, like text files, and has no blank lines around it."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def _iso_date(value: object) -> dt.date | None:
    """``2021-08-23`` or an ISO timestamp -> a date; metadata that is not one is left out."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _with_dateline(regions: tuple[Region, ...], text: str) -> tuple[Region, ...]:
    """Split the dateline off the first paragraph: it names where the story was filed, and
    is no part of the sentence it opens (nor of a claim reported there)."""
    first = next((i for i, region in enumerate(regions) if region.kind == "paragraph"), None)
    if first is None:
        return regions
    paragraph = regions[first]
    match = DATELINE.match(text, paragraph.start, paragraph.end)
    if match is None or match.end() >= paragraph.end:
        return regions
    return (
        *regions[:first],
        Region("dateline", paragraph.start, match.end()),
        Region("paragraph", match.end(), paragraph.end),
        *regions[first + 1 :],
    )


def _blocks(text: str, pattern: re.Pattern[str] = PARAGRAPH) -> list[_Block]:
    """Runs of non-blank lines (or, with ``LINE``, single non-blank lines), with offsets of their
    first and last character."""
    return [_Block(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def _byline_blocks(blocks: list[_Block], kinds: list[RegionKind]) -> range:
    """The byline near the top: the first paragraph that reads as a "By ..." line, or, right
    under the title, as a credit line or a line of dates; and the paragraphs right after it
    that read as any of them ("By Jane Roe", then "Published Nov. 3, 2026")."""
    def reads_as_byline(i: int, before: int) -> bool:
        # Under the body's first paragraph, a date is a chronology's heading, not the byline's;
        # above the title, it is the page's furniture, and the byline may come under the title.
        return kinds[i] == "paragraph" and (
            _reads_as_byline(blocks[i])
            or before == 1 and (_reads_as_timestamp(blocks[i]) or _reads_as_credit_line(blocks[i]))
        )

    paragraphs_before = 0
    for first in range(min(len(blocks), MAX_BYLINE_BLOCK)):
        if reads_as_byline(first, paragraphs_before):
            end, last = first + 1, min(len(blocks), first + MAX_BYLINE_PARAGRAPHS)
            while end < last and reads_as_byline(end, 1):
                end += 1
            return range(first, end)
        paragraphs_before += kinds[first] == "paragraph"
    return range(0)


def _reads_as_timestamp(block: _Block) -> bool:
    return block.words <= MAX_BYLINE_WORDS and TIMESTAMP_LINE.fullmatch(block.text.strip()) is not None


def _reads_as_credit_line(block: _Block) -> bool:
    """"Jane Doe / The Valley Courier": people's full names, then an outlet or a role."""
    line = block.text.strip()
    parts = CREDIT_SEPARATOR.split(line)
    if "\n" in line or len(parts) != 2 or not _affiliation_or_role(parts[1]):
        return False
    names = [name for name in BYLINE_SEPARATOR.split(parts[0]) if name.strip()]
    return all(_author(name) is not None and len(name.split()) > 1 for name in names)


def _reads_as_byline(block: _Block) -> bool:
    if not BYLINE.match(block.text) or block.words > MAX_BYLINE_WORDS or OPENS_WITH_A_DATE.match(block.text):
        return False
    sentence = ENDS_AS_A_SENTENCE.search(block.text) is not None
    clause_words = [word for word in LOWERCASE_WORD.findall(block.text) if word not in BYLINE_LOWERCASE_WORDS]
    return not (sentence and len(clause_words) >= MIN_PROSE_LOWERCASE_WORDS)


def _title_index(blocks: list[_Block], kinds: list[RegionKind], byline: int | None) -> int | None:
    if byline is not None:
        before = [i for i in range(byline) if kinds[i] == "paragraph"]
        return before[-1] if before else None
    first = next((i for i, kind in enumerate(kinds) if kind == "paragraph"), None)
    # "Posted: Jan 5, 2026 9:14 AM EST" opening the text is the page's furniture, not its headline.
    if first is not None and blocks[first].words <= MAX_TITLE_WORDS and not _reads_as_timestamp(blocks[first]) and (
        blocks[first].unpunctuated or blocks[first].title_case
    ):
        return first
    return None


def _editors_notes_apart(blocks: list[_Block], kinds: list[RegionKind]) -> tuple[list[_Block], list[RegionKind]]:
    """The blocks with each body line that opens with "Editor's note:" set apart as boilerplate:
    the note is the outlet's word on the article, so it gives no entity, quote or claim of the
    story. A text with no blank line between its paragraphs has the note inside a run of lines."""
    apart: list[tuple[_Block, RegionKind]] = []
    for block, kind in zip(blocks, kinds, strict=True):
        apart.extend(_around_editors_notes(block) if kind == "paragraph" else [(block, kind)])
    return [block for block, _ in apart], [kind for _, kind in apart]


def _around_editors_notes(block: _Block) -> list[tuple[_Block, RegionKind]]:
    """The paragraph's lines before, between and after its editor's notes, and the notes: a
    note runs from its label to the first line that ends a sentence, as a note wrapped over
    several lines does."""
    pieces: list[tuple[_Block, RegionKind]] = []
    rest = 0
    lines = list(LINE.finditer(block.text))
    position = 0
    while position < len(lines):
        line = lines[position]
        if not EDITORS_NOTE.match(line.group().lstrip()):
            position += 1
            continue
        last = position
        while last + 1 < len(lines) and not lines[last].group().rstrip().endswith(TERMINAL_PUNCTUATION):
            last += 1
        before = block.text[rest : line.start()].rstrip("\n")
        if before:
            pieces.append((_Block(block.start + rest, block.start + rest + len(before), before), "paragraph"))
        note = block.text[line.start() : lines[last].end()]
        pieces.append((_Block(block.start + line.start(), block.start + lines[last].end(), note), "boilerplate"))
        rest = lines[last].end() + 1
        position = last + 1
    if rest < len(block.text):
        pieces.append((_Block(block.start + rest, block.end, block.text[rest:]), "paragraph"))
    return pieces


def _mark_headings_and_trailer(blocks: list[_Block], kinds: list[RegionKind]) -> None:
    """Short unpunctuated lines between paragraphs are headings; after the last one, furniture."""
    body = [i for i, kind in enumerate(kinds) if kind == "paragraph"]
    while body and blocks[body[-1]].unpunctuated and blocks[body[-1]].words <= MAX_HEADING_WORDS:
        kinds[body.pop()] = "boilerplate"
    for i in body[:-1]:
        if blocks[i].unpunctuated and blocks[i].words <= MAX_HEADING_WORDS:
            kinds[i] = "heading"


def _parse_byline(lines: list[str]) -> tuple[tuple[str, ...], dt.date | None]:
    """``By A, B and C Month D, YYYY`` (and the lines of dates after it) -> authors and date."""
    body = "\n".join(BYLINE.sub("", line).strip() for line in lines)
    published = _published(body)
    parts = BYLINE_SEPARATOR.split(DATE_TEXT.sub(" ", body))
    return tuple(author for author in map(_author, parts) if author is not None), published


def _author(part: str) -> str | None:
    """The person one part of a byline names, in name case ("JANE DOE" -> "Jane Doe"); None for
    a role ("staff writer", "Staff Writer"), an outlet ("for the Herald", "The Associated
    Press"), a time ("Updated 5:30 p.m.") or anything else that opens with no name."""
    words = list(takewhile(_reads_as_a_name_word, part.split()))
    # "Jane Roe for the Herald", "Ana Ruiz in Kabul": the name ends where its words do.
    while words and words[-1] in NAME_PARTICLES:
        words.pop()
    # "Jane Doe Staff Writer", "JANE DOE UPDATED March 3": a role or a timestamp's label run on
    # after a full name, with no separator, is no word of it (a name of two words is left
    # whole: "Lee Staff" may be someone's).
    while len(words) > 2 and words[-1].lower() in ROLE_WORDS:
        words.pop()
    words, outlet_surname = _name_before_its_outlet(words, closes_the_part=len(words) == len(part.split()))
    written = CLOSING_FULL_STOP.sub("", " ".join(words))
    if not words:
        return None
    name = _in_name_case(written.split()) if not any(ch.islower() for ch in written) else written
    # "The Associated Press", "The Valley Courier Staff": no person's name opens with "The".
    outlet = name.startswith("The ")
    if outlet_surname:
        return name
    return None if outlet or _affiliation_or_role(written) or _affiliation_or_role(name) else name


def _name_before_its_outlet(words: list[str], closes_the_part: bool) -> tuple[list[str], bool]:
    """A byline part's capitalized words without the outlet run on after a person's name ("Ann
    Okoye Daily Mail" -> "Ann Okoye"), and whether the name's surname is an outlet's word ("Tom
    Daily", "Emily J. Post"). Only a name opening with a known first name is told from an
    outlet's ("Fox Television", "New York Times", "Associated Press"): the words before its
    first outlet word are the name when they are a full one already (two words or more, not
    ending in an initial: "By Ann Lee Times" is Ann Lee of the Times, though "Lee" is a first
    name too); else the words are a person's whose surname is an outlet word when they close the
    part and read as one (``person_with_outlet_surname``: "By Tom Daily", not "By Tom Daily Mail
    Reporter")."""
    outlet = next((i for i, word in enumerate(words) if OUTLET_NAME_WORD.fullmatch(word)), None)
    # No outlet word, or one opening the part ("Daily Mail Reporter"), leaves the words as they are.
    if outlet in (None, 0) or first_name_gender(words[0]) is None:
        return words, False
    before = words[:outlet]
    if len(before) > 1 and not INITIAL.fullmatch(before[-1]):
        return before, False
    return words, closes_the_part and person_with_outlet_surname(" ".join(words))


def _reads_as_a_name_word(word: str) -> bool:
    """A particle ("de", "van", "bin"), or a capitalized word of letters ("O'Neil", "al-Rashid")."""
    match = NAME_WORD.fullmatch(word)
    return word in NAME_PARTICLES or (match is not None and match["initial"].isupper())


def _in_name_case(words: list[str]) -> str:
    """"ANA DE LA CRUZ" -> "Ana de la Cruz": a name written in capitals, as names are written."""
    return " ".join(word.lower() if i and word.lower() in NAME_PARTICLES else word.title()
                    for i, word in enumerate(words))


def _affiliation_or_role(part: str) -> bool:
    words = part.lower().split()
    opens_or_closes_with_a_role = bool(words) and (words[0] in ROLE_WORDS or words[-1] in ROLE_WORDS)
    return opens_or_closes_with_a_role or AFFILIATION.search(part.strip()) is not None


def _published(text: str) -> dt.date | None:
    """The earliest date the byline gives: an article is published before it is updated. A date
    without its year ("Updated 2:02 p.m. ET Nov. 4") dates nothing: dateparser would give it
    the year the ETL runs in, not the one the article was written in."""
    # dateparser is slow to import; most inputs (JSON lines, HTML) carry dates elsewhere.
    import dateparser

    settings = {"RETURN_AS_TIMEZONE_AWARE": False}
    dates = (date.group() for date in DATE_TEXT.finditer(text))
    parsed = (dateparser.parse(date, languages=["en"], settings=settings) for date in dates if YEAR.search(date))
    return min((when.date() for when in parsed if when is not None), default=None)
