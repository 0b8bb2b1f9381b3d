"""Run the benchmarks: ``python -m tests.bench [NAME ...]`` (names: cli, gui, pdf, bundle).

Each benchmark is a script that measures its own baseline in the same run and
prints ratios, because these machines are shared and absolute times drift.
The bundle benchmark builds two PyInstaller bundles and takes minutes; it runs
only when named.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
DEFAULT = ["cli", "gui", "pdf"]


def main(names: list[str]) -> int:
    failed = 0
    for name in names or DEFAULT:
        script = HERE / f"bench_{name}.py"
        if not script.exists():
            print(f"== {name}: no such benchmark ({script.name})")
            failed += 1
            continue
        print(f"== {name}", flush=True)
        failed += subprocess.run([sys.executable, str(script)], cwd=HERE.parent.parent).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
