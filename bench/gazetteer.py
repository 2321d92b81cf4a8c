"""Prints the gazetteer's start-up time and the memory it adds, first use and later uses.

Run: python bench/gazetteer.py [CACHE_DIR]. With an empty CACHE_DIR (default: a new
temporary folder) the first open builds the index; the second open, in a fresh process
as a real run would be, only opens it. Each figure is measured in its own process so the
packages the build imported do not count against the later open.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

PROBE = """
import resource, sys, time
from pathlib import Path

def rss_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

import etl.geocode  # the stage's own imports are not the gazetteer's cost
before = rss_mb()
clock = time.perf_counter()
from etl.gazetteer import open_gazetteer
gazetteer = open_gazetteer(Path(sys.argv[1]))
names = ["Kabul", "Panjshir", "Paris", "Georgia", "Hindu Kush", "U.S.", "Andarab", "Baghlan"]
found = [gazetteer.candidates(name)[0].key for name in names]
seconds = time.perf_counter() - clock
print(f"{seconds:.3f} s, +{rss_mb() - before:.1f} MB RSS (peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB), {len(found)} lookups")
"""


def main() -> None:
    cache_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="gazetteer-bench-"))
    for label in ("first use (builds the index)" if not any(cache_dir.glob("gazetteer-*.sqlite"))
                  else "first use (index already built)", "later use (opens the index)"):
        result = subprocess.run([sys.executable, "-c", PROBE, str(cache_dir)], capture_output=True, text=True,
                                check=True)
        print(f"{label:32} {result.stdout.strip()}")
    size = sum(path.stat().st_size for path in cache_dir.glob("gazetteer-*.sqlite")) / 2**20
    print(f"{'index file':32} {size:.0f} MB in {cache_dir}")


if __name__ == "__main__":
    main()
