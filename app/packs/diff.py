"""What changed between two dataset states: standings, dates, figures, with their sources.

Rows are matched by each table's natural key (a casualty count by country, year,
edition and source, ...); a row only in the new state is added, only in the
old one removed, in both with other values changed. Views show preferred rows,
so ``preferred`` flips are reported as changes too.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

KEYS: dict[str, tuple[str, ...]] = {
    "dataset_info": ("key",),
    "treaty_standing": ("iso3", "treaty"),
    "casualties": ("iso3", "year", "edition", "source_id"),
    "figures": ("iso3", "indicator", "year", "edition", "source_id"),
    "events": ("iso3", "date", "kind", "summary"),
    "searches": ("iso3", "topic", "year"),
    "countries": ("iso3",),
    "sources": ("id",),
    "indicators": ("id",),
}
IGNORED = {"search_text"}  # derived from names; a name change already shows
WORLD = "world"
ALL = "(all)"  # citations, indicators, dataset info: rows of no one country


@dataclass(frozen=True)
class Change:
    table: str
    country: str  # ISO3, WORLD (world figures) or ALL (rows that belong to no country)
    kind: str  # added, changed, removed
    key: str  # e.g. "apm_contaminated_area_km2 2023 (LM2024, lm2024-khm)"
    fields: tuple[tuple[str, object, object], ...]  # (column, old, new) for changed rows
    source_id: str

    def describe(self) -> str:
        if self.kind == "changed":
            what = "; ".join(f"{c} {_show(a)} -> {_show(b)}" for c, a, b in self.fields)
            return f"{self.country} {self.table}: changed {self.key}: {what}"
        return f"{self.country} {self.table}: {self.kind} {self.key}"


def _show(value: object) -> str:
    return "empty" if value is None else str(value)


def _rows(conn: sqlite3.Connection, table: str) -> dict[tuple, dict]:
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608 - names from KEYS
    except sqlite3.OperationalError as exc:
        if "no such table" not in str(exc):
            raise
        return {}  # an older or newer layout without this table
    return {tuple(r[k] for k in KEYS[table]): dict(r) for r in rows}


def _country(table: str, row: dict) -> str:
    if table in ("sources", "indicators", "dataset_info"):
        return ALL
    return row.get("iso3") or WORLD


def _key_text(table: str, key: tuple) -> str:
    parts = [str(k) for k, column in zip(key, KEYS[table], strict=True) if k is not None and column != "iso3"]
    return " ".join(parts) or "(whole country)"


def diff(old: Path, new: Path) -> list[Change]:
    """Every difference between two databases, sorted by country, table and key."""
    try:
        return _diff(old, new)
    except sqlite3.DatabaseError as exc:
        from app.packs.errors import PackError

        raise PackError(f"cannot compare {old.name} and {new.name}: one is damaged or not a database "
                        f"({exc}).") from None


def _diff(old: Path, new: Path) -> list[Change]:
    changes: list[Change] = []
    a = sqlite3.connect(f"file:{old}?mode=ro", uri=True)
    b = sqlite3.connect(f"file:{new}?mode=ro", uri=True)
    try:
        for table in KEYS:
            before, after = _rows(a, table), _rows(b, table)
            for key in sorted(set(before) | set(after), key=lambda k: tuple(str(x) for x in k)):
                old_row, new_row = before.get(key), after.get(key)
                row = new_row or old_row
                cites = table not in ("indicators", "dataset_info")
                source = str(row.get("source_id") or row.get("id") or "") if cites else ""
                if old_row is None:
                    changes.append(Change(table, _country(table, row), "added", _key_text(table, key), (), source))
                elif new_row is None:
                    changes.append(Change(table, _country(table, row), "removed", _key_text(table, key), (), source))
                else:
                    fields = tuple(
                        (c, old_row.get(c), new_row.get(c))
                        for c in new_row
                        if c not in IGNORED and c not in KEYS[table] and old_row.get(c) != new_row.get(c)
                    )
                    if fields:
                        changes.append(Change(table, _country(table, row), "changed", _key_text(table, key),
                                              fields, source))  # fmt: skip
    finally:
        a.close()
        b.close()
    changes.sort(key=lambda c: (c.country in (ALL, WORLD), c.country, c.table, c.key))
    return changes


def summary(changes: list[Change]) -> list[tuple[str, str, int, int, int]]:
    """(country, table, added, changed, removed) per country and table."""
    counts: Counter[tuple[str, str, str]] = Counter((c.country, c.table, c.kind) for c in changes)
    groups = sorted({(c.country, c.table) for c in changes}, key=lambda g: (g[0] in (ALL, WORLD), g))
    return [(country, table, counts[(country, table, "added")], counts[(country, table, "changed")],
             counts[(country, table, "removed")]) for country, table in groups]  # fmt: skip


def report_text(changes: list[Change], limit: int = 40) -> str:
    """The preview: counts per country and table, then the first ``limit`` changes in words."""
    if not changes:
        return "No differences: the data would stay exactly as it is."
    kinds = Counter(c.kind for c in changes)
    lines = [f"{kinds['added']} added, {kinds['changed']} changed, {kinds['removed']} removed:"]
    lines += [f"  {country:<6} {table:<16} +{added} ~{changed} -{removed}"
              for country, table, added, changed, removed in summary(changes)]  # fmt: skip
    lines.append("")
    lines += [f"  {c.describe()}" for c in changes[:limit]]
    if len(changes) > limit:
        lines.append(f"  ... and {len(changes) - limit} more (factsheets data diff OLD NEW --format csv)")
    return "\n".join(lines)


def report_csv(changes: list[Change]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["country", "table", "change", "row", "field", "old", "new", "source_id"])
    for c in changes:
        for column, old, new in c.fields or (("", None, None),):
            writer.writerow([c.country, c.table, c.kind, c.key, column, "" if old is None else old,
                             "" if new is None else new, c.source_id])  # fmt: skip
    return buffer.getvalue()
