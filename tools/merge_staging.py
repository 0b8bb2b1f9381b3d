"""Merge a folder of staged source rows into a copy of ``db/sources`` and validate it.

Researchers stage new rows in CSV files named like the files of ``db/sources``
(``casualties.csv``, ``sources.csv`` ...), each with its own header, so that
several people can work at once without touching the real sources::

    python tools/merge_staging.py STAGING_DIR [STAGING_DIR ...] [--into DIR] [--apply]

Without ``--apply`` the merge goes to a temporary folder (or ``--into``), the
build validates it, and the problems are printed: nothing in ``db/sources``
changes. With ``--apply`` the merged files replace ``db/sources`` only when the
build found no problem. Columns missing from either side are left empty.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.build import SOURCES_DIR, BuildError, load  # noqa: E402


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), [dict(r) for r in reader]


def merge_file(target: Path, staged: Path) -> int:
    header, rows = read(target) if target.exists() else ([], [])
    new_header, new_rows = read(staged)
    header += [c for c in new_header if c not in header]
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        for row in rows + new_rows:
            writer.writerow({c: (row.get(c) or "") for c in header})
    return len(new_rows)


def merge(staging: list[Path], into: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for folder in staging:
        for staged in sorted(folder.glob("*.csv")):
            counts[staged.name] = counts.get(staged.name, 0) + merge_file(into / staged.name, staged)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("staging", nargs="+", type=Path)
    parser.add_argument("--into", type=Path, help="folder to write the merged copy to")
    parser.add_argument("--apply", action="store_true", help="replace db/sources when valid")
    args = parser.parse_args(argv)
    into = args.into or Path(tempfile.mkdtemp(prefix="merged-sources-"))
    if into.resolve() != SOURCES_DIR.resolve():
        shutil.copytree(SOURCES_DIR, into, dirs_exist_ok=True)
    counts = merge(args.staging, into)
    print("staged rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    try:
        tables = load(into)
    except BuildError as exc:
        for problem in exc.problems:
            print(problem)
        print(f"{len(exc.problems)} problem(s) in the merged copy at {into}")
        return 1
    print("valid: " + ", ".join(f"{k} {len(v)}" for k, v in tables.items()))
    if args.apply:
        for staged in {p.name for folder in args.staging for p in folder.glob("*.csv")}:
            shutil.copy2(into / staged, SOURCES_DIR / staged)
        print(f"applied to {SOURCES_DIR}")
    else:
        print(f"merged copy at {into} (db/sources unchanged)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
