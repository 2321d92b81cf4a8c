"""Adversarial-input benchmark: clean and extract must grow linearly with hostile articles.

Builds pathological articles at growing sizes and times each stage on them:

- ``spaces``: one line of spaces between two sentences;
- ``quotes``: thousands of attributed quotes (about 10,000 in a megabyte);
- ``nesting``: quotes inside parentheses inside brackets inside braces, 200 deep;
- ``paragraphs``: many one-sentence paragraphs;
- ``pronouns``: thousands of sentences opening with "They" after a sentence naming a group.

For each case and size it prints the seconds of clean, of the spaCy parse (measured and
shown, not a target: it is spaCy's), of extract and of resolve, and the peak RSS. Each case
runs in a new interpreter, sizes in increasing order, so a size's RSS is the peak of the
process so far: the largest input's peak. Then per case, against its targets: clean +
extract at the largest size under 10 s, the growth exponent of clean + extract (the slope
of log time against log size) at most 1.3, and the peak RSS under 600 MB. Usage::

    python bench/adversarial.py [--sizes 62500,125000,250000,500000,1000000] [--cases spaces,quotes]
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import time

MAX_SECONDS = 10.0
MAX_EXPONENT = 1.3
MAX_RSS_MB = 600.0
DEFAULT_SIZES = (62_500, 125_000, 250_000, 500_000, 1_000_000)
HEADER = "Valley Under Siege\n\nBy Ana Reyes March 3, 2024\n\n"
SPEAKERS = ("Ahmad Massoud", "Ana Reyes", "Fahim Dashty", "the commander", "a local elder", "he")


def spaces(size: int) -> str:
    """One line that is almost all spaces, between two sentences."""
    first, last = "Officials said the river rose.", "They said it fell.\n"
    return HEADER + first + " " * max(1, size - len(HEADER) - len(first) - len(last)) + last


def quotes(size: int) -> str:
    """Paragraphs of five short quotes each, every one with a reporting verb and a speaker."""
    paragraphs = []
    length = len(HEADER)
    number = 0
    while length < size:
        sentences = []
        for _ in range(5):
            speaker = SPEAKERS[number % len(SPEAKERS)]
            sentences.append(f'"We will hold the valley and every road into it, number {number}," said {speaker} on Tuesday.')
            number += 1
        paragraphs.append(" ".join(sentences))
        length += len(paragraphs[-1]) + 2
    return HEADER + "\n\n".join(paragraphs) + "\n"


def nesting(size: int) -> str:
    """Paragraphs of 2 KB, each one quote nested 200 deep in parentheses, brackets and braces.

    (Deeper, spaCy's parse of the one long sentence grows slow: 15 s for 16 KB at 1,000 deep.)
    """
    depth = 200
    opening = '(["{' * (depth // 4)
    closing = '}"])' * (depth // 4)
    paragraph = f"Massoud said {opening}the valley{closing} today."
    count = max(1, (size - len(HEADER)) // (len(paragraph) + 2) + 1)
    return HEADER + "\n\n".join([paragraph] * count) + "\n"


def paragraphs(size: int) -> str:
    """One short sentence a paragraph."""
    paragraph = "Aid arrived in Panjshir."
    count = max(1, (size - len(HEADER)) // (len(paragraph) + 2) + 1)
    return HEADER + "\n\n".join([paragraph] * count) + "\n"


def pronouns(size: int) -> str:
    """Paragraphs of sentence pairs whose second opens with "They": each pronoun looks for its
    group in the sentence before (a lookup that once rebuilt the whole text per pronoun)."""
    sentences = [f"Farmers in the valley met on day {number}. They said the river rose again."
                 for number in range(max(1, size // 70))]
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    return HEADER + "\n\n".join(paragraphs) + "\n"


CASES = {"spaces": spaces, "quotes": quotes, "nesting": nesting, "paragraphs": paragraphs, "pronouns": pronouns}


def measure_case(case: str, sizes: list[int]) -> list[dict]:
    """Time the stages on the case's article at each size, in this process."""
    from etl.clean import clean
    from etl.config import Settings
    from etl.extract import extract, parse_text
    from etl.nlp import load_nlp, parse
    from etl.records import RawArticle
    from etl.resolve import resolve

    nlp = load_nlp(Settings().spacy_model)
    # Warm-up: the first article pays for imports (dateparser) and first-call allocations,
    # which would flatten the growth exponent.
    warm = clean(RawArticle(source="warm-up.txt", content=CASES[case](2_000)))
    resolve(extract(warm, parse(nlp, [parse_text(warm)])[0]))
    results = []
    for size in sizes:
        text = CASES[case](size)
        seconds = {}
        clock = time.perf_counter()
        article = clean(RawArticle(source=f"{case}-{size}.txt", content=text))
        seconds["clean"] = time.perf_counter() - clock
        clock = time.perf_counter()
        (doc,) = parse(nlp, [parse_text(article)])
        seconds["parse"] = time.perf_counter() - clock
        clock = time.perf_counter()
        extraction = extract(article, doc)
        seconds["extract"] = time.perf_counter() - clock
        clock = time.perf_counter()
        resolve(extraction)
        seconds["resolve"] = time.perf_counter() - clock
        results.append({
            "size": len(text.encode("utf-8")),
            "seconds": seconds,
            "quotes": len(extraction.quotes),
            "mentions": len(extraction.mentions),
            "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        })
    return results


def exponent(results: list[dict]) -> float:
    """Least-squares slope of log(clean + extract seconds) against log(size)."""
    points = [(math.log(r["size"]), math.log(max(_target_seconds(r), 1e-6))) for r in results]
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else 0.0


def _target_seconds(result: dict) -> float:
    return result["seconds"]["clean"] + result["seconds"]["extract"]


def in_child(case: str, sizes: list[int]) -> list[dict]:
    """Measure a case in a new interpreter, so its peak RSS is its own."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", case, "--sizes", ",".join(map(str, sizes))],
        capture_output=True, text=True, check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"case {case} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(case: str, results: list[dict]) -> bool:
    """Print a case's figures and its targets; whether every target was met."""
    print(f"{case}:")
    for r in results:
        s = r["seconds"]
        print(f"  {r['size'] / 1000:8.1f} KB  clean {s['clean']:7.3f} s  parse {s['parse']:7.2f} s  "
              f"extract {s['extract']:7.3f} s  resolve {s['resolve']:7.3f} s  "
              f"({r['quotes']} quotes, {r['mentions']} mentions)  peak RSS {r['rss']:6.0f} MB")
    largest = results[-1]
    checks = [
        (f"clean + extract at {largest['size'] / 1000:.0f} KB", f"{_target_seconds(largest):.2f} s",
         f"< {MAX_SECONDS:g} s", _target_seconds(largest) < MAX_SECONDS),
        ("peak RSS", f"{largest['rss']:.0f} MB", f"< {MAX_RSS_MB:g} MB", largest["rss"] < MAX_RSS_MB),
    ]
    if len(results) > 1:
        slope = exponent(results)
        checks.append(("growth exponent of clean + extract", f"{slope:.2f}", f"<= {MAX_EXPONENT}", slope <= MAX_EXPONENT))
    for name, shown, target, ok in checks:
        print(f"  {name}: {shown} (target {target}) {'ok' if ok else 'MISSED'}")
    return all(ok for *_, ok in checks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="article sizes in bytes, comma-separated (default: 62.5 KB to 1 MB)")
    parser.add_argument("--cases", default=",".join(CASES), help=f"comma-separated, of {', '.join(CASES)}")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if not all(size.strip().isdigit() and int(size) > 0 for size in options.sizes.split(",")):
        parser.error(f"--sizes takes whole numbers of bytes, comma-separated, not {options.sizes!r}")
    unknown = set(options.cases.split(",")) - set(CASES)
    if unknown and not options.child:
        parser.error(f"--cases: unknown {', '.join(sorted(unknown))} (choose from {', '.join(CASES)})")
    sizes = sorted(int(size) for size in options.sizes.split(","))
    if options.child:
        print(json.dumps(measure_case(options.child, sizes)))
        return
    results = [report(case, in_child(case, sizes)) for case in options.cases.split(",")]
    print("all targets met" if all(results) else "some targets MISSED")


if __name__ == "__main__":
    main()
