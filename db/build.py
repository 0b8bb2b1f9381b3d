"""Validate ``db/sources/*.csv`` and write the bundled SQLite database.

Run from the repository root::

    python -m db.build [--sources DIR] [--out PATH]

Every problem is reported as ``file:line: column: problem`` and, if there is
any, nothing is written. The same sources give a byte-identical file: rows are
inserted in a fixed order, nothing time-dependent is stored, and the file is
vacuumed before it is moved into place.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from db import countries as country_data
from db.load import SCHEMA_VERSION, TABLE_ORDER, load
from db.reader import BuildError, Problem

__all__ = ["SCHEMA_VERSION", "BuildError", "Problem", "build", "load", "main", "write"]

ROOT = Path(__file__).resolve().parent.parent
SOURCES_DIR = ROOT / "db" / "sources"
DEFAULT_OUT = ROOT / "resources" / "factsheets.sqlite"
SCHEMA_SQL = Path(__file__).with_name("schema.sql")


def write(tables: dict[str, list[dict]], out: Path) -> None:
    """Write the database next to ``out`` and move it into place atomically."""
    import sqlite_utils

    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".factsheets-", suffix=".sqlite", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        db = sqlite_utils.Database(tmp, recreate=True)
        db.conn.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        for name in TABLE_ORDER:
            if tables[name]:
                db[name].insert_all(tables[name])
        db.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.conn.commit()
        db.conn.execute("VACUUM")
        db.conn.close()
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def build(sources: Path = SOURCES_DIR, out: Path = DEFAULT_OUT) -> dict[str, int]:
    """Validate and write; return row counts per table."""
    tables = load(sources)
    write(tables, out)
    return {name: len(rows) for name, rows in tables.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m db.build", description=__doc__.split("\n")[0])
    parser.add_argument("--sources", type=Path, default=SOURCES_DIR, help="folder of source CSVs")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="database file to write")
    args = parser.parse_args(argv)
    # The bundled database is where a binary without these packages takes country facts
    # from (db/countries.py): it must itself come from the packages.
    if not country_data.packages_available():
        print("the build needs pycountry and country_converter (pip install -e '.[build]')", file=sys.stderr)
        return 1
    try:
        counts = build(args.sources, args.out)
    except BuildError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s); nothing written.", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    summary = ", ".join(f"{name} {count}" for name, count in counts.items())
    print(f"wrote {args.out} ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
