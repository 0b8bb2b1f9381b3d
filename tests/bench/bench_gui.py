"""GUI benchmarks (a script, not a pytest test): start-up, linked-view updates, memory.

    .venv/bin/python tests/bench/bench_gui.py [--db PATH] [--runs 5] [--changes 200]

Each measurement runs in fresh subprocesses so imports and caches are cold:

1. Start to first painted window with data: wall time from spawning
   ``factsheets gui --smoke`` until it prints its "first paint" line, against
   a bare PySide6 window with a 200-row QTableView measured the same way in
   the same run (median of --runs each, interleaved). Target: ratio <= 1.5x.
2. Selection or filter change to all views updated: AppState.select /
   set_filter, then processEvents() so every view has repainted (offscreen
   raster), over --changes changes on the given database (the bundled, full
   dataset by default). Target: median <= 16 ms, max <= 33 ms.
3. Resident memory (VmRSS) after start, once the window has painted its data.
   Target: <= 200 MB.

Qt runs on the offscreen platform unless QT_QPA_PLATFORM is already set.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
FIRST_PAINT = "first paint"


# -- children ---------------------------------------------------------------------------


def child_bare() -> int:
    """The baseline: a bare window with a 200-row table, exits after its first paint."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    model = QStandardItemModel(200, 6)
    for row in range(200):
        for column in range(6):
            model.setItem(row, column, QStandardItem(f"r{row} c{column}"))

    class Table(QTableView):
        painted = False

        def paintEvent(self, event) -> None:  # noqa: N802
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                QTimer.singleShot(0, lambda: (print(FIRST_PAINT, flush=True), app.exit(0)))

    window = QMainWindow()
    table = Table(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1400, 900)
    window.show()
    return app.exec()


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # peak, not current: an upper bound where /proc is missing

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def child_interact(db: str, changes: int) -> int:
    """Open the real window, then time selection and filter changes until repainted."""
    from PySide6.QtWidgets import QApplication

    from app.core.models import STATUS_ORDER, Filter
    from app.core.store import Store
    from app.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    window = MainWindow(Store(db), restore=False)
    window.resize(1400, 900)
    window.show()
    deadline = time.perf_counter() + 30
    while not window.painted_with_data and time.perf_counter() < deadline:
        app.processEvents()
    app.processEvents()
    rss = _rss_mb()

    state = window.state
    codes = [c.iso3 for c in state.all_countries]
    regions = window.store.regions()
    subregions = [s for subs in regions.values() for s in subs]
    rng = random.Random(5)
    filters = [
        Filter(),
        Filter(search="co"),
        Filter(search="cote"),
        Filter(has_casualties=True),
        *(Filter(regions=frozenset([r])) for r in regions),
        *(Filter(subregions=frozenset([s])) for s in subregions[:8]),
        *(Filter(apmbc_status=frozenset([s])) for s in STATUS_ORDER),
        *(Filter(ccm_status=frozenset([s])) for s in STATUS_ORDER[:3]),
        Filter(regions=frozenset(["Africa"]), has_casualties=True),
    ]

    def timed(action) -> float:
        start = time.perf_counter()
        action()
        app.processEvents()  # paint events for every view that called update()
        return 1000 * (time.perf_counter() - start)

    for code in codes[:5]:  # warm-up: first use of fonts, glyph caches
        timed(lambda c=code: state.select(c))
    selection, filtering = [], []
    previous = None
    for i in range(changes):
        if i % 2 == 0:
            code = rng.choice([c for c in codes if c != state.selected])
            selection.append(timed(lambda c=code: state.select(c)))
        else:
            flt = rng.choice([f for f in filters if f != previous])
            previous = flt
            filtering.append(timed(lambda f=flt: state.set_filter(f)))
    print(json.dumps({"rss_mb": rss, "selection": selection, "filter": filtering}), flush=True)
    window.close()
    return 0


# -- parent -----------------------------------------------------------------------------


def _env(config_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = config_dir  # never the developer's own settings
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _time_to_first_paint(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(FIRST_PAINT):
            elapsed = 1000 * (time.perf_counter() - start)
            proc.wait(timeout=30)
            return elapsed
    proc.wait(timeout=30)
    raise RuntimeError(f"{command} exited {proc.returncode} without painting")


def verdict(ok: bool) -> str:
    return "OK" if ok else "OVER TARGET"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default=str(REPO / "resources" / "factsheets.sqlite"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--changes", type=int, default=200)
    parser.add_argument("--child", choices=("bare", "interact"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "bare":
        return child_bare()
    if args.child == "interact":
        return child_interact(args.db, args.changes)

    # Current bytecode for the app, as an installed or packaged copy has: with
    # PYTHONDONTWRITEBYTECODE set (or a read-only tree), every module edited since its
    # .pyc was written would otherwise be compiled from source in every timed start.
    import compileall

    compileall.compile_dir(str(REPO / "app"), quiet=2)
    with tempfile.TemporaryDirectory() as config:
        env = _env(config)
        bare_cmd = [PYTHON, __file__, "--child", "bare"]
        # The installed console script, as users start it (``python -m app`` adds runpy).
        script = Path(PYTHON).with_name("factsheets")
        launcher = [str(script)] if script.exists() else [PYTHON, "-m", "app"]
        app_cmd = [*launcher, "--db", args.db, "gui", "--smoke"]
        _time_to_first_paint(bare_cmd, env)  # warm the OS file cache for both
        _time_to_first_paint(app_cmd, env)
        bare, full = [], []
        for _ in range(args.runs):
            bare.append(_time_to_first_paint(bare_cmd, env))
            full.append(_time_to_first_paint(app_cmd, env))
        ratio = statistics.median(full) / statistics.median(bare)
        print(f"start to first paint with data: app {statistics.median(full):.0f} ms, "
              f"bare 200-row table window {statistics.median(bare):.0f} ms (median of "
              f"{args.runs}) -> ratio {ratio:.2f}x (target <= 1.5x) {verdict(ratio <= 1.5)}")

        out = subprocess.run(
            [PYTHON, __file__, "--child", "interact", "--db", args.db,
             "--changes", str(args.changes)],
            cwd=REPO, env=env, capture_output=True, text=True, check=True,
        ).stdout
        data = json.loads(out.strip().splitlines()[-1])
    for name in ("selection", "filter"):
        values = data[name]
        median, worst = statistics.median(values), max(values)
        ok = median <= 16 and worst <= 33
        print(f"{name} change to all views repainted: median {median:.1f} ms, max {worst:.1f} ms "
              f"over {len(values)} changes (target median <= 16 ms, max <= 33 ms) {verdict(ok)}")
    rss = data["rss_mb"]
    print(f"resident memory after start: {rss:.0f} MB (target <= 200 MB) {verdict(rss <= 200)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
