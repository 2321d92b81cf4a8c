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
    """Collects what the page shows: quote marks, labels, claims, entity kinds and actor rows."""

    def __init__(self) -> None:
        super().__init__()
        self.quote_marks: Counter = Counter()
        self.claims: set[str] = set()
        self.entity_kinds: Counter = Counter()
        self.quote_labels: list[str] = []
        self.actor_cells: list[str] = []
        self._label: list[str] | None = None
        self._in_actors = False
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if "data-quote" in attributes:
            self.quote_marks[attributes["data-quote"]] += 1
        if "data-claim" in attributes:
            self.claims.add(attributes["data-claim"])
        if "entity" in classes:
            self.entity_kinds[classes[-1]] += 1
        if "data-quote-label" in attributes:
            self._label = []
        if attributes.get("id") == "actors":
            self._in_actors = True
        if self._in_actors and tag == "td":
            self._cell = []

    def handle_data(self, data):
        for collecting in (self._label, self._cell):
            if collecting is not None:
                collecting.append(data)

    def handle_endtag(self, tag):
        if tag == "span" and self._label is not None:
            self.quote_labels.append("".join(self._label))
            self._label = None
        if tag == "td" and self._cell is not None:
            self.actor_cells.append("".join(self._cell))
            self._cell = None
        if tag == "table":
            self._in_actors = False


def test_show_page_loads_nothing_from_the_network(page):
    html = page.read_text(encoding="utf-8")
    for network_reference in ("http://", "https://", "<script", "<link", "<img", "url("):
        assert network_reference not in html
    assert "default-src 'none'" in html


def test_show_unknown_source_is_a_clear_error(seeded_url, tmp_path):
    result = CliRunner().invoke(cli, ["--database-url", seeded_url, "show", "nope.txt", "--html", str(tmp_path / "x")])
    assert result.exit_code == 1 and "no article loaded from 'nope.txt'" in result.output


def test_show_chromium_renders_every_quote_with_its_speaker(page, expected, chromium, tmp_path):
    dom = _run_chromium(chromium, tmp_path / "profile", "--dump-dom", page.as_uri()).stdout
    reader = _PageReader()
    reader.feed(dom)
    assert len(reader.quote_marks) == len(expected["speakers"])
    assert reader.quote_labels == expected["speakers"]
    assert len(reader.claims) == expected["claims"]
    assert {"named", "anonymous", "organization", "place"} <= set(reader.entity_kinds)
    # The side table: Ali Nazari's row reads mentions, quotes, claims after his name and kind.
    # The first cell also holds his roles under the name.
    nazari = next(i for i, cell in enumerate(reader.actor_cells) if cell.startswith("Ali Nazari"))
    assert reader.actor_cells[nazari + 1] == "person" and reader.actor_cells[nazari + 3] == "7"


def test_show_chromium_screenshot_shows_highlights(page, chromium, tmp_path):
    screenshot = tmp_path / "page.png"
    _run_chromium(chromium, tmp_path / "profile", f"--screenshot={screenshot}", page.as_uri())
    with Image.open(screenshot) as image:
        colors = {color: count for count, color in image.convert("RGB").getcolors(maxcolors=1 << 24)}
    assert colors.get(QUOTE_YELLOW, 0) > 10_000, "quotes are not highlighted"
    assert colors.get(CLAIM_RED, 0) > 500, "claims are not underlined"
