import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_bench_attribution_runs_and_prints_the_overhead():
    # Not a timed test: it only keeps the benchmark script working as the code changes.
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "attribution.py"), "--repeat", "1"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "overhead" in result.stdout


# --- bench/polnear.py, on a tiny corpus of our own laid out like PolNeAR's data/ -------------

POLNEAR_TEXT = (
    "Budget Talks Stall\n"
    "Mayor Ana Reyes said the budget would pass by Friday.\n"
    "\"We have the votes,\" she told reporters, \"and we will use them.\"\n"
    "Critics believe the plan is too costly.\n"
)


@pytest.fixture(scope="module")
def polnear():
    """bench/polnear.py as a module (bench/ is not a package); dataclasses need it in sys.modules."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("polnear_bench", ROOT / "bench" / "polnear.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def _offsets(phrase: str, after: int = 0) -> str:
    start = POLNEAR_TEXT.index(phrase, after)
    return f"{start} {start + len(phrase)}"


def _corenlp_xml() -> str:
    """Tokens one sentence a line, and one chain: "Mayor Ana Reyes" ... "she"."""
    sentences = []
    line_start = 0
    for line in POLNEAR_TEXT.splitlines(keepends=True):
        tokens = "".join(
            f'<token id="{number}"><word>{match.group()}</word>'
            f"<CharacterOffsetBegin>{line_start + match.start()}</CharacterOffsetBegin>"
            f"<CharacterOffsetEnd>{line_start + match.end()}</CharacterOffsetEnd></token>"
            for number, match in enumerate(re.finditer(r"\w+|[^\w\s]", line), start=1)
        )
        sentences.append(f'<sentence id="{len(sentences) + 1}"><tokens>{tokens}</tokens></sentence>')
        line_start += len(line)
    chain = ('<coreference><coreference>'
             '<mention representative="true"><sentence>2</sentence><start>1</start><end>4</end>'
             '<text>Mayor Ana Reyes</text></mention>'
             '<mention><sentence>3</sentence><start>8</start><end>9</end><text>she</text></mention>'
             '</coreference></coreference>')
    return f"<root><document><sentences>{''.join(sentences)}</sentences>{chain}</document></root>"


@pytest.fixture
def polnear_corpus(tmp_path: Path) -> Path:
    """data/dev/ with one article, two annotators' files (the first is the gold), CoreNLP and metadata."""
    data = tmp_path / "polnear" / "data"
    for folder in ("text", "attributions", "corenlp"):
        (data / "dev" / folder).mkdir(parents=True)
    (data / "dev" / "text" / "town_2024-01-01_budget.txt").write_text(POLNEAR_TEXT, encoding="utf-8")
    quote_end = POLNEAR_TEXT.index("she")
    gold = [
        f"T1\tSource {_offsets('Mayor Ana Reyes')}\tMayor Ana Reyes",
        f"T2\tCue {_offsets('said')}\tsaid",
        f"T3\tContent {_offsets('the budget would pass by Friday')}\tthe budget would pass by Friday",
        f"T4\tAttribution {_offsets('said')}\tsaid",
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        f"T5\tSource {_offsets('she')}\tshe",
        f"T6\tCue {_offsets('told')}\ttold",
        f"T7\tContent {_offsets(chr(34) + 'We have the votes,' + chr(34))};"
        f"{_offsets(chr(34) + 'and we will use them.' + chr(34), quote_end)}\tboth quotes",
        f"T8\tAttribution {_offsets('told')}\ttold",
        "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
        f"T9\tSource {_offsets('Critics')}\tCritics",
        f"T10\tCue {_offsets('believe')}\tbelieve",
        f"T11\tContent {_offsets('the plan is too costly')}\tthe plan is too costly",
        f"T12\tAttribution {_offsets('believe')}\tbelieve",
        "E3\tAttribution:T12 Source:T9 Cue:T10 Content:T11",
        f"T13\tDiscard {_offsets('Budget')}\tBudget",
    ]
    attributions = data / "dev" / "attributions"
    (attributions / "town_2024-01-01_budget_a1.ann").write_text("\n".join(gold) + "\n", encoding="utf-8")
    (attributions / "town_2024-01-01_budget_b2.ann").write_text("\n".join(gold[:5]) + "\n", encoding="utf-8")
    (data / "dev" / "corenlp" / "town_2024-01-01_budget.txt.xml").write_text(_corenlp_xml(), encoding="utf-8")
    (data / "metadata.tsv").write_text("compartment\tfilename\tpublisher\ndev\ttown_2024-01-01_budget\ttown-news\n",
                                       encoding="utf-8")
    return tmp_path / "polnear"


def _exported_statement(phrase: str, cue: str, speaker: str | None, table: str, after: int = 0) -> dict:
    start = POLNEAR_TEXT.index(phrase, after)
    cue_start = POLNEAR_TEXT.index(cue)
    role = "speaker" if table == "quotes" else "claimant"
    return {"start": start, "end": start + len(phrase), "text": phrase, role: speaker, "cue": cue,
            "cue_start": cue_start, "cue_end": cue_start + len(cue)}


def _export() -> dict:
    """What the ETL could export for the article: three right statements (one source wrong) and a false one."""
    after_she = POLNEAR_TEXT.index("she")
    return {"source": "town_2024-01-01_budget.txt", "quotes": [
        _exported_statement('"We have the votes,"', "told", "Ana Reyes", "quotes"),
        _exported_statement('"and we will use them."', "told", "Ana Reyes", "quotes", after_she),
    ], "claims": [
        _exported_statement("the budget would pass by Friday", "said", "Ana Reyes", "claims"),
        _exported_statement("the plan is too costly", "believe", None, "claims"),
        _exported_statement("Budget Talks Stall", "Stall", "Ana Reyes", "claims"),
    ]}


def test_polnear_scores_a_tiny_corpus_by_the_definitions(polnear, polnear_corpus: Path):
    articles = polnear.read_split(polnear.Corpus(polnear_corpus), "dev", None)
    assert [(a.annotation_file, a.annotator_files, a.publisher) for a in articles] == [
        ("town_2024-01-01_budget_a1.ann", 2, "town-news")]
    assert len(articles[0].attributions) == 3

    statements = polnear.statements_of(_export())
    assert len(statements) == 4  # the two quotes share their cue: one statement of two fragments
    assert len(polnear.statements_of(_export(), by_cue=False)) == 5
    lemmas = {"said": ["say"], "told": ["tell"], "believe": ["believe"]}
    golds, results = polnear.score(articles, statements, lemmas)

    assert [g.kind for g in golds] == ["speech", "speech", "belief"]
    assert golds[1].judged_source == "Mayor Ana Reyes"  # "she", through the coreference chain
    assert polnear.figures(golds, results) == {
        "precision": (3, 4),
        "recall, all attributions": (3, 3),
        "recall, speech cues": (2, 2),
        "recall, other cues": (1, 1),
        "recall, content opening with a quotation mark": (1, 1),
        "source right among matched": (2, 3),
        "end-to-end recall": (2, 3),
        "end-to-end precision": (2, 4),
    }


def test_polnear_matches_by_half_of_both_sides_largest_overlap_first(polnear):
    gold = polnear.Attribution("a", ((0, 10),), (), (), "", "", "")
    wide = polnear.Statement("a", ((0, 30),), "", None, None, None)  # covers the gold, but is mostly elsewhere
    near = polnear.Statement("a", ((2, 10),), "", None, None, None)
    close = polnear.Statement("a", ((0, 9),), "", None, None, None)
    assert polnear.match([gold], [wide]) == {}
    assert polnear.match([gold], [near, close]) == {0: 1}


def test_polnear_source_words_leave_out_determiners_pronouns_and_honorifics(polnear):
    assert polnear.content_words("Mr. Trump's campaign") == {"trump", "campaign"}
    assert polnear.source_right("the senator", True, "Senator Warren")
    assert not polnear.source_right("Mrs. Clinton", True, "Mrs. Obama")
    assert polnear.source_right("", False, None)


def test_polnear_reads_a_git_mirror_like_a_checkout(polnear, polnear_corpus: Path, tmp_path: Path):
    git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.org", "-C", str(polnear_corpus)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "corpus"], check=True)
    subprocess.run(["git", "clone", "-q", "--bare", str(polnear_corpus), str(tmp_path / "mirror")], check=True)
    from_checkout = polnear.read_split(polnear.Corpus(polnear_corpus), "dev", None)
    from_mirror = polnear.read_split(polnear.Corpus(tmp_path / "mirror"), "dev", None)
    assert from_mirror == from_checkout


def test_polnear_refuses_the_test_split_without_reading_it(polnear, tmp_path: Path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "polnear.py"), str(tmp_path), "--split", "test"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "refused" in result.stderr
    with pytest.raises(polnear.Refused):
        polnear.Corpus(tmp_path).names("data/test/text")


def test_bench_adversarial_runs_and_prints_each_target():
    # Tiny sizes: only keeps the script working; the real sizes run by hand (62 KB to 1 MB).
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "adversarial.py"), "--sizes", "1500,3000"],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("growth exponent") == 5 and "peak RSS" in result.stdout


def test_bench_queries_times_every_view_and_example():
    # Not a timed test: a small archive keeps the script working as the views and examples change.
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "queries.py"), "--articles", "40", "--repeat", "1"],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert "archive: 40 articles" in result.stdout, result.stderr
    for name in ("co_mentions: first 100 rows", "mentions_by_day: day =", "14. Named in one sentence",
                 "15. Across the whole archive", "Seq Scan on co_mention_pairs"):
        assert name in result.stdout
