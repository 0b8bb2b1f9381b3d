"""Packaged binary against a bare PySide6 window packaged the same way (issue 3).

Builds, in this run, the app bundle (``packaging/build.sh``) and a baseline bundle:
a QMainWindow with a QTableView, frozen by the same PyInstaller with the same
exclusions (``packaging/slim.py``). Prints:

- unpacked size and tar.gz size, app / baseline      target <= 1.3x each
- start to first paint, bundle / development install  target <= 1.2x
  (``factsheets gui --smoke``, wall-clock median of RUNS alternating runs)

    python -m tests.bench bundle             # or: python tests/bench/bench_bundle.py
    FACTSHEETS_BUNDLE_REUSE=1 ...            # reuse dist/landmine-factsheets if present

Exit status 1 if a ratio misses its target.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "landmine-factsheets"
WORK = ROOT / "build" / "bench-bundle"
RUNS = 15
SIZE_TARGET = 1.3
START_TARGET = 1.2

BARE_WINDOW = """\
import sys
import time

started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
model = QStandardItemModel(200, 3)
for row in range(200):
    for column in range(3):
        model.setItem(row, column, QStandardItem(f"{row},{column}"))
window = QMainWindow()
view = QTableView()
view.setModel(model)
window.setCentralWidget(view)
window.resize(1100, 700)
window.show()


def finish():
    window.repaint()
    app.processEvents()
    print(f"first paint {1000 * (time.perf_counter() - started):.0f} ms")
    app.quit()


QTimer.singleShot(0, finish)
sys.exit(app.exec())
"""

BARE_SPEC = """\
import sys
sys.path.insert(0, {packaging!r})
from slim import EXCLUDES, slim

a = Analysis([{script!r}], excludes=EXCLUDES)
slim(a)
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare", strip=True, upx=False, console=True)
coll = COLLECT(exe, a.binaries, a.datas, strip=True, upx=False, name="bare-window")
"""


def build_python() -> Path:
    """The interpreter that build.sh uses, so both bundles come from the same PyInstaller and Qt."""
    venv = os.environ.get("FACTSHEETS_BUILD_VENV")
    return Path(venv or ROOT / "build" / "venv") / "bin" / "python"


def build_app() -> float | None:
    if os.environ.get("FACTSHEETS_BUNDLE_REUSE") == "1" and (BUNDLE / "factsheets").exists():
        print("app bundle: reusing dist/landmine-factsheets")
        return None
    start = time.perf_counter()
    subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], cwd=ROOT, check=True)
    return time.perf_counter() - start


def build_baseline() -> tuple[Path, float]:
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    script = WORK / "bare_window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")
    spec = WORK / "bare.spec"
    spec.write_text(BARE_SPEC.format(packaging=str(ROOT / "packaging"), script=str(script)), encoding="utf-8")
    start = time.perf_counter()
    log = WORK / "pyinstaller.log"
    with log.open("w") as out:
        done = subprocess.run(
            [str(build_python()), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(WORK / "dist"), "--workpath", str(WORK / "work"), str(spec)],
            cwd=WORK, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"baseline build failed, see {log}")
    return WORK / "dist" / "bare-window", time.perf_counter() - start


def unpacked_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def archive_size(folder: Path) -> int:
    """Size of folder as .tar.gz, compressed like packaging/make_archive.py does."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "a.tar.gz"
        with (
            open(archive, "wb") as raw,
            gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz,
            tarfile.open(fileobj=gz, mode="w") as tar,
        ):
            tar.add(folder, folder.name)
        return archive.stat().st_size


def release_archive() -> Path | None:
    found = sorted((ROOT / "dist").glob("landmine-factsheets-*-linux-*.tar.gz"))
    return found[-1] if found else None


def clean_env(home: str) -> dict[str, str]:
    return {"HOME": home, "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}


def dev_command() -> list[str]:
    """The development install, as a developer starts it (tools/dev.sh makes .venv)."""
    script = ROOT / ".venv" / "bin" / "factsheets"
    if script.exists():
        return [str(script)]
    return [str(ROOT / ".venv" / "bin" / "python"), "-m", "app"]


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds of one run, and the "first paint N ms" it printed, in seconds."""
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, cwd=env["HOME"])
    elapsed = time.perf_counter() - start
    match = re.search(r"first paint.*?(\d+) ms", done.stdout)
    if done.returncode != 0 or not match:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return elapsed, int(match.group(1)) / 1000


def startup(db: Path) -> tuple[float, float, float, float]:
    """Medians: bundle wall, dev wall, bundle in-process first paint, dev in-process first paint."""
    bundle = [str(BUNDLE / "factsheets"), "--db", str(db), "gui", "--smoke"]
    dev = [*dev_command(), "--db", str(db), "gui", "--smoke"]
    with tempfile.TemporaryDirectory() as home:
        env = clean_env(home)
        dev_env = dict(env, PYTHONPATH=str(ROOT))  # the checkout, as an editable install sees it
        timed(bundle, env)  # warm the page cache for both
        timed(dev, dev_env)
        runs: dict[str, list[tuple[float, float]]] = {"bundle": [], "dev": []}
        for _ in range(RUNS):  # alternate, so machine noise hits both alike
            runs["bundle"].append(timed(bundle, env))
            runs["dev"].append(timed(dev, dev_env))
    med = {k: (statistics.median(w for w, _ in v), statistics.median(p for _, p in v)) for k, v in runs.items()}
    return med["bundle"][0], med["dev"][0], med["bundle"][1], med["dev"][1]


def main() -> int:
    app_build = build_app()
    baseline, baseline_build = build_baseline()
    if app_build is not None:
        print(f"build time: app {app_build:.0f} s (build.sh, venv reused if present), baseline {baseline_build:.0f} s")

    app_size, base_size = unpacked_size(BUNDLE), unpacked_size(baseline)
    archive = release_archive()
    app_tgz = archive.stat().st_size if archive else archive_size(BUNDLE)
    base_tgz = archive_size(baseline)
    failures = 0

    def report(label: str, app: float, base: float, unit: str, target: float, names=("app", "bare window")) -> None:
        nonlocal failures
        ratio = app / base
        ok = ratio <= target
        failures += not ok
        print(
            f"{label:<22} {names[0]} {app:7.1f} {unit}, {names[1]} {base:7.1f} {unit}: ratio {ratio:4.2f}x "
            f"(target <= {target}x) {'ok' if ok else 'MISSED'}"
        )

    mb = 1024 * 1024
    report("unpacked size", app_size / mb, base_size / mb, "MiB", SIZE_TARGET)
    report("archive (.tar.gz)", app_tgz / mb, base_tgz / mb, "MiB", SIZE_TARGET)

    db = BUNDLE / "_internal" / "resources" / "factsheets.sqlite"
    bundle_s, dev_s, bundle_paint, dev_paint = startup(db)
    print(
        f"  (in-process first paint, median of {RUNS}: bundle {bundle_paint * 1000:.0f} ms, "
        f"dev install {dev_paint * 1000:.0f} ms)"
    )
    report("start to first paint", bundle_s * 1000, dev_s * 1000, "ms", START_TARGET, ("bundle", "dev install"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
