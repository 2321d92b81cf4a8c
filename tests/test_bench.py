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


def test_bench_adversarial_runs_and_prints_each_target():
    # Tiny sizes: only keeps the script working; the real sizes run by hand (62 KB to 1 MB).
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "adversarial.py"), "--sizes", "1500,3000"],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("growth exponent") == 4 and "peak RSS" in result.stdout
