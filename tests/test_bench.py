import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_attribution_runs_and_prints_the_overhead():
    # Not a timed test: it only keeps the benchmark script working as the code changes.
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "attribution.py"), "--repeat", "1"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "overhead" in result.stdout
