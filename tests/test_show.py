"""show SOURCE --html: the article page, checked as a browser renders it (headless Chromium)."""

import os
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from sqlalchemy import text

from etl.cli import cli

QUOTE_YELLOW = (0xFF, 0xE6, 0x80)
CLAIM_RED = (0xD0, 0x34, 0x2C)
# The flags a closed network needs: without the background-networking ones Chromium keeps
# trying to reach Google's hosts. --no-sandbox because CI runs as root.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--window-size=1400,1800"]


@pytest.fixture(scope="module")
def page(seeded_url, seed_path, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("page") / "article.html"
    result = CliRunner().invoke(cli, ["--database-url", seeded_url, "show", seed_path.name, "--html", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def expected(seeded_engine):
    """What the database says the page must show."""
    with seeded_engine.connect() as connection:
        speakers = connection.scalars(text(
            "SELECT coalesce(speaker, 'no speaker found') FROM analytics.quote_attributions ORDER BY start_char"
        )).all()
        claims = connection.scalar(text("SELECT count(*) FROM claims"))
    return {"speakers": speakers, "claims": claims}


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: .ci/run installs Debian's chromium package")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return found


def _run_chromium(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120, check=True, stdin=subprocess.DEVNULL)


class _PageReader(HTMLParser):
    """Collects what the page shows: quote marks, labels, claims, entity kinds, set-apart
    regions and the rows of the side tables."""

    def __init__(self) -> None:
        super().__init__()
        self.quote_marks: Counter = Counter()
        self.claims: set[str] = set()
        self.entity_kinds: Counter = Counter()
        self.quote_labels: list[str] = []
        self.regions: set[str] = set()
        self.region_labels: list[str] = []
        self.tables: dict[str, list[list[str]]] = {}
        self._label: list[str] | None = None
        self._label_of = "quote"
        self._in_text = False
        """Inside the article's text (not the legend)."""
        self._table: str | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if "data-quote" in attributes:
            self.quote_marks[attributes["data-quote"]] += 1
        if "data-claim" in attributes:
            self.claims.add(attributes["data-claim"])
        if "data-region" in attributes:
            self.regions.add(attributes["data-region"])
        if "entity" in classes:
            self.entity_kinds[classes[-1]] += 1
        if tag == "article":
            self._in_text = True
        if "data-quote-label" in attributes or ("region-label" in classes and self._in_text):
            self._label = []
            self._label_of = "region" if "region-label" in classes else "quote"
        if tag == "table":
            self._table = attributes.get("id")
            self.tables[self._table] = []
        if self._table and tag == "tr":
            self.tables[self._table].append([])
        if self._table and tag == "td":
            self._cell = []

    def handle_data(self, data):
        for collecting in (self._label, self._cell):
            if collecting is not None:
                collecting.append(data)

    def handle_endtag(self, tag):
        if tag == "span" and self._label is not None:
            (self.region_labels if self._label_of == "region" else self.quote_labels).append("".join(self._label))
            self._label = None
        if tag == "td" and self._cell is not None:
            self.tables[self._table][-1].append("".join(self._cell))
            self._cell = None
        if tag == "table":
            self._table = None
        if tag == "article":
            self._in_text = False

    def rows(self, table: str) -> dict[str, list[str]]:
        """The table's body rows by their first cell."""
        return {cells[0]: cells[1:] for cells in self.tables[table] if cells}


@pytest.fixture(scope="module")
def rendered(page, chromium, tmp_path_factory) -> _PageReader:
    """The page as Chromium's DOM has it, after rendering."""
    dom = _run_chromium(chromium, tmp_path_factory.mktemp("profile"), "--dump-dom", page.as_uri()).stdout
    reader = _PageReader()
    reader.feed(dom)
    return reader


def test_show_page_loads_nothing_from_the_network(page):
    html = page.read_text(encoding="utf-8")
    for network_reference in ("http://", "https://", "<script", "<link", "<img", "url("):
        assert network_reference not in html
    assert "default-src 'none'" in html


def test_show_unknown_source_is_a_clear_error(seeded_url, tmp_path):
    result = CliRunner().invoke(cli, ["--database-url", seeded_url, "show", "nope.txt", "--html", str(tmp_path / "x")])
    assert result.exit_code == 1 and "no article loaded from 'nope.txt'" in result.output


def test_show_chromium_renders_every_quote_with_its_speaker(rendered, expected):
    assert len(rendered.quote_marks) == len(expected["speakers"])
    assert rendered.quote_labels == expected["speakers"]
    assert len(rendered.claims) == expected["claims"]
    assert {"named", "anonymous", "organization", "place"} <= set(rendered.entity_kinds)
    # The side table: Ali Nazari's row reads kind, mentions, quotes, claims after his name;
    # the first cell also holds his roles under the name.
    nazari = next(cells for name, cells in rendered.rows("actors").items() if name.startswith("Ali Nazari"))
    assert nazari[0] == "person" and nazari[2] == "7"


def test_show_chromium_counts_each_organization_and_place(rendered, seeded_engine):
    """The Taliban speak as an organization: their row counts their mentions (31 on the
    seed), not 0, and every organization's and place's counts are the database's."""
    with seeded_engine.connect() as connection:
        organizations = {name: [str(mentions), str(quotes), str(claims)] for name, mentions, quotes, claims in
                         connection.execute(text("""
            SELECT o.name,
                   (SELECT count(*) FROM mentions m WHERE m.organization_id = o.id),
                   (SELECT count(*) FROM quotes q WHERE q.speaker_organization_id = o.id),
                   (SELECT count(*) FROM claims c WHERE c.claimant_organization_id = o.id)
            FROM organizations o
        """))}
        places = {name: [place_type or "", country or "", str(mentions)] for name, place_type, country, mentions in
                  connection.execute(text("""
            SELECT p.name, p.place_type, p.country_code, count(*)
            FROM places p JOIN mentions m ON m.place_id = p.id GROUP BY p.id
        """))}
    assert rendered.rows("organizations") == organizations
    assert int(rendered.rows("organizations")["Taliban"][0]) > 20
    assert {name: [cells[0], cells[1], cells[3]] for name, cells in rendered.rows("places").items()} == places
    latitude, longitude = rendered.rows("places")["Kabul"][2].split(", ")
    assert (round(float(latitude)), round(float(longitude))) == (35, 69)


def test_show_chromium_sets_apart_title_byline_and_boilerplate(rendered):
    # The seed opens with a job board's banner, then the title and byline, and ends with a
    # mailing-list call: each is greyed out and labeled once.
    assert rendered.regions == {"title", "byline", "boilerplate"}
    assert [label.split()[0] for label in rendered.region_labels] == ["boilerplate", "title", "byline", "boilerplate"]


def test_show_chromium_screenshot_shows_highlights(page, chromium, tmp_path):
    screenshot = tmp_path / "page.png"
    _run_chromium(chromium, tmp_path / "profile", f"--screenshot={screenshot}", page.as_uri())
    with Image.open(screenshot) as image:
        colors = {color: count for count, color in image.convert("RGB").getcolors(maxcolors=1 << 24)}
    assert colors.get(QUOTE_YELLOW, 0) > 10_000, "quotes are not highlighted"
    assert colors.get(CLAIM_RED, 0) > 500, "claims are not underlined"
