"""The article page: one article as a self-contained HTML file, for checking quote by
quote who the extractor says spoke.

In: an ``ArticlePage`` read from the database. Out: HTML text with its CSS inline and
a Content-Security-Policy that forbids every network load, so the page opens offline
and leaks nothing. No database access here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html import escape

from etl.clean import stored_regions
from etl.db.article_page import ArticlePage, Statement

ENTITY_KINDS = {
    "named": "person",
    "anonymous": "anonymous source",
    "organization": "organization",
    "place": "place",
}

# The parts of the text that are not the article's body, greyed out and labeled as what
# they are; headings and the dateline read as body text.
SET_APART_REGIONS = {
    "title": "title",
    "byline": "byline",
    "boilerplate": "boilerplate (not part of the article)",
}

# Outer layers first, so that a quote's background runs unbroken under the entities in it.
LAYER_ORDER = ("region", "quote", "claim", "cue", "entity")

CSS = """
body { font: 16px/1.55 "DejaVu Sans", Arial, sans-serif; margin: 0; color: #1d1d1f; background: #f6f6f4; }
header { padding: 18px 28px; background: #1d2b3a; color: #fff; }
header h1 { margin: 0 0 4px; font-size: 22px; }
header p { margin: 0; color: #c9d3dd; font-size: 14px; }
main { display: grid; grid-template-columns: minmax(0, 1fr) 470px; gap: 24px; padding: 20px 28px; }
article { white-space: pre-wrap; background: #fff; padding: 20px 26px; border-radius: 6px;
          box-shadow: 0 1px 3px rgba(0,0,0,.12); }
aside { font-size: 13px; }
aside section { background: #fff; padding: 12px 16px; border-radius: 6px; margin-bottom: 16px;
                box-shadow: 0 1px 3px rgba(0,0,0,.12); }
aside h2 { font-size: 15px; margin: 0 0 8px; }
mark.quote { background: #ffe680; color: inherit; padding: 1px 0; }
.claim { border-bottom: 2px solid #d0342c; }
.cue { font-style: italic; font-weight: 600; }
.entity { font-weight: 600; }
.entity.named { color: #1a56c4; }
.entity.anonymous { color: #8a2be2; }
.entity.organization { color: #0f7d3b; }
.entity.place { color: #c25e00; }
.who { font: 600 11px/1.4 "DejaVu Sans", Arial, sans-serif; white-space: nowrap; border-radius: 3px;
       padding: 1px 5px; margin-right: 3px; vertical-align: 1px; }
.who.quote-who { background: #5c4700; color: #fff; }
.who.claim-who { background: #fff; color: #d0342c; border: 1px solid #d0342c; }
.who.none { background: #888; color: #fff; }
.legend li { list-style: none; margin: 3px 0; }
.legend ul { padding: 0; margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid #e4e4e4; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.set-apart { color: #8a8a8a; }
.region-label { font: 600 10px/1.4 "DejaVu Sans", Arial, sans-serif; color: #fff; background: #a6a6a6;
                border-radius: 3px; padding: 1px 5px; margin-right: 4px; vertical-align: 1px; }
"""


@dataclass(frozen=True, slots=True)
class _Span:
    """A marked stretch of the text: its layer, the HTML tag that opens it and an optional label before it."""

    start: int
    end: int
    layer: str
    open_tag: str
    close_tag: str
    label: str = ""


def render_html(page: ArticlePage) -> str:
    """The page as a complete HTML document.

    Args:
        page: the article and what was extracted from it.

    Returns:
        HTML with inline CSS and no network references.
    """
    title = page.title or page.source
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        # Forbid every fetch: the page must work offline and be safe to open from anywhere.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{escape(title)} - news-etl</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        _header(page, title),
        "<main>",
        f'<article id="text">{_marked_text(page)}</article>',
        f"<aside>{_legend()}{_actor_table(page)}{_organization_table(page)}{_place_table(page)}</aside>",
        "</main>",
        "</body>",
        "</html>",
        "",
    ])


def _header(page: ArticlePage, title: str) -> str:
    quotes = sum(1 for s in page.statements if s.kind == "quote")
    claims = len(page.statements) - quotes
    facts = [page.source, page.published.isoformat() if page.published else "date unknown",
             ", ".join(page.authors) or "no byline", f"{quotes} quotes, {claims} claims"]
    return f"<header><h1>{escape(title)}</h1><p>{escape(' · '.join(facts))}</p></header>"


def _marked_text(page: ArticlePage) -> str:
    """The text cut at every span boundary; each piece is wrapped in the spans covering it.

    Quotes, claims and entity mentions may nest or overlap, so instead of nesting the
    spans themselves, every piece reopens the tags of the spans that cover it: the HTML
    stays well-formed whatever the overlaps.
    """
    spans = _spans(page)
    cuts = sorted({0, len(page.text), *(s.start for s in spans), *(s.end for s in spans)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = sorted((s for s in spans if s.start <= start < s.end),
                          key=lambda s: (LAYER_ORDER.index(s.layer), s.start, -s.end))
        pieces.extend(s.label for s in covering if s.start == start)
        pieces.extend(s.open_tag for s in covering)
        pieces.append(escape(page.text[start:end]))
        pieces.extend(s.close_tag for s in reversed(covering))
    return "".join(pieces)


def _spans(page: ArticlePage) -> list[_Span]:
    spans = [
        _Span(region.start, region.end, "region", f'<span class="set-apart" data-region="{region.kind}">', "</span>",
              f'<span class="region-label">{escape(SET_APART_REGIONS[region.kind])}</span>')
        for region in stored_regions(page.text, page.format, page.title)
        if region.kind in SET_APART_REGIONS
    ]
    numbers: Counter[str] = Counter()
    for statement in page.statements:
        numbers[statement.kind] += 1
        spans.append(_statement_span(numbers[statement.kind], statement))
        if statement.cue_start is not None and statement.cue_end is not None:
            spans.append(_Span(statement.cue_start, statement.cue_end, "cue", '<span class="cue">', "</span>"))
    for mention in page.mentions:
        kind = escape(mention.kind)
        tooltip = escape(f"{ENTITY_KINDS.get(mention.kind, mention.kind)}: {mention.name}", quote=True)
        spans.append(_Span(mention.start, mention.end, "entity",
                           f'<span class="entity {kind}" title="{tooltip}">', "</span>"))
    return spans


def _statement_span(number: int, statement: Statement) -> _Span:
    who = statement.who or "no speaker found"
    about = f"{statement.kind} {number}: {who}"
    if statement.roles:
        about += f" ({statement.roles})"
    if statement.cue:
        about += f", cue “{statement.cue}”"
    if statement.negated:
        about += ", negated: not said or not held"
    tooltip = escape(about, quote=True)
    label_class = f"who {statement.kind}-who" + ("" if statement.who else " none")
    label = f'<span class="{label_class}" data-{statement.kind}-label="{number}">{escape(who)}</span>'
    if statement.kind == "quote":
        return _Span(statement.start, statement.end, "quote",
                     f'<mark class="quote" data-quote="{number}" title="{tooltip}">', "</mark>", label)
    return _Span(statement.start, statement.end, "claim",
                 f'<span class="claim" data-claim="{number}" title="{tooltip}">', "</span>", label)


def _legend() -> str:
    entities = "".join(f'<li><span class="entity {kind}">{escape(name)}</span></li>'
                       for kind, name in ENTITY_KINDS.items())
    return (
        '<section class="legend"><h2>Legend</h2><ul>'
        '<li><span class="who quote-who">Speaker</span><mark class="quote">“a quote”</mark></li>'
        '<li><span class="who claim-who">Claimant</span><span class="claim">a claim (reported speech)</span></li>'
        '<li><span class="cue">said</span>: the cue that attributes it</li>'
        f"{entities}"
        '<li><span class="set-apart"><span class="region-label">byline</span>title, byline, boilerplate</span>: '
        "not the article's body</li></ul></section>"
    )


def _actor_table(page: ArticlePage) -> str:
    rows = "".join(
        f'<tr><td><span class="entity {escape(a.kind)}">{escape(a.name)}</span>'
        f"{'<br><small>' + escape(a.roles) + '</small>' if a.roles else ''}</td>"
        f"<td>{escape(ENTITY_KINDS.get(a.kind, a.kind))}</td>"
        f'<td class="n">{a.mentions}</td><td class="n">{a.quotes}</td><td class="n">{a.claims}</td></tr>'
        for a in page.actors
    )
    return (
        '<section><h2>Actors</h2><table id="actors"><thead><tr><th>actor</th><th>kind</th>'
        '<th class="n">mentions</th><th class="n">quotes</th><th class="n">claims</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></section>"
    )


def _organization_table(page: ArticlePage) -> str:
    rows = "".join(
        f'<tr><td><span class="entity organization">{escape(o.name)}</span></td>'
        f'<td class="n">{o.mentions}</td><td class="n">{o.quotes}</td><td class="n">{o.claims}</td></tr>'
        for o in page.organizations
    )
    return (
        '<section><h2>Organizations</h2><table id="organizations"><thead><tr><th>organization</th>'
        '<th class="n">mentions</th><th class="n">quotes</th><th class="n">claims</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></section>"
    )


def _place_table(page: ArticlePage) -> str:
    rows = "".join(
        f'<tr><td><span class="entity place">{escape(p.name)}</span></td>'
        f"<td>{escape(p.place_type or '')}</td><td>{escape(p.country_code or '')}</td>"
        f"<td>{_coordinates(p.latitude, p.longitude)}</td><td class=\"n\">{p.mentions}</td></tr>"
        for p in page.places
    )
    return (
        '<section><h2>Places</h2><table id="places"><thead><tr><th>place</th><th>type</th><th>country</th>'
        '<th>coordinates</th><th class="n">mentions</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></section>"
    )


def _coordinates(latitude: float | None, longitude: float | None) -> str:
    """Latitude, longitude to two decimals (about a kilometre); empty when unknown."""
    if latitude is None or longitude is None:
        return ""
    return f"{latitude:.2f}, {longitude:.2f}"
