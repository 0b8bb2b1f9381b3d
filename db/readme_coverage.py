"""Rewrite the coverage table in README.md from the built database.

    python -m db.readme_coverage

Run after ``python -m db.build`` so the README states what the data covers now.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from app.core.store import Store

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- coverage:start -->", "<!-- coverage:end -->"


def table(store: Store) -> str:
    info = store.dataset_info()
    lines = [
        f"Dataset {info.version}, as of {info.as_of}: {len(store.sources())} sources cited.",
        "",
        "| indicator | countries with data | of | share | note |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for row in store.coverage():
        if row.countries_applicable:
            share = f"{100 * row.countries_with_data / row.countries_applicable:.0f}%"
            lines.append(
                f"| {row.indicator} | {row.countries_with_data} | {row.countries_applicable} | {share} | {row.note} |"
            )
        else:
            lines.append(f"| {row.indicator} | {row.countries_with_data} {row.unit} | | | {row.note} |")
    return "\n".join(lines)


def main() -> int:
    text = README.read_text(encoding="utf-8")
    with Store.open() as store:
        block = f"{START}\n{table(store)}\n{END}"
    new, count = re.subn(re.escape(START) + r".*?" + re.escape(END), lambda _: block, text, flags=re.S)
    if count != 1:
        print(f"{README}: coverage markers not found", file=sys.stderr)
        return 1
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
