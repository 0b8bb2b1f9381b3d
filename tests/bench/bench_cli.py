"""Whole-process time of the data commands against ``python -c "import sqlite3"``.

Target (issue 2): ``info``, ``list`` and ``show`` within 3x of the baseline,
because they import neither Qt nor reportlab.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 15
TARGET = 3.0


def wall(argv: list[str]) -> float:
    """Median wall-clock seconds of RUNS runs (after one warm-up)."""
    subprocess.run(argv, capture_output=True, check=True)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def factsheets_command() -> list[str]:
    """The installed console script, as users run it (``python -m app`` adds runpy)."""
    script = Path(sys.executable).with_name("factsheets")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


def main() -> int:
    baseline = wall([sys.executable, "-c", "import sqlite3"])
    print(f"baseline python -c 'import sqlite3': {baseline * 1000:.0f} ms")
    worst = 0.0
    for command in (["info"], ["list"], ["show", "KHM"], ["show", "KHM", "--format", "json"]):
        seconds = wall([*factsheets_command(), *command])
        ratio = seconds / baseline
        worst = max(worst, ratio)
        print(f"factsheets {' '.join(command):<24} {seconds * 1000:6.0f} ms  {ratio:4.2f}x  (target <= {TARGET}x)")
    print(f"worst ratio {worst:.2f}x: {'OK' if worst <= TARGET else 'OVER TARGET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
