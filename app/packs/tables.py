"""The tables a pack may carry: the layout of ``db/sources/`` as Table Schemas.

Types are Frictionless Table Schema types. Dates stay ``string`` because the
sources allow year- and month-only dates (``1999``, ``1999-03``), which the
Table Schema ``date`` type does not; ``db.load`` checks them by the build's rules.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class TableSpec:
    file: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    integers: frozenset[str] = frozenset()
    in_additions: bool = True  # may an additions pack carry it?

    @property
    def name(self) -> str:
        return self.file.removesuffix(".csv")

    @property
    def columns(self) -> tuple[str, ...]:
        return self.required + self.optional

    def field_type(self, column: str) -> str:
        return "integer" if column in self.integers else "string"


TABLES: dict[str, TableSpec] = {
    spec.file: spec
    for spec in (
        TableSpec("sources.csv", ("id", "publisher", "title", "edition", "url", "published", "seen", "quality")),
        TableSpec("dataset.csv", ("key", "value"), in_additions=False),
        TableSpec("countries.csv", ("iso3", "kind", "display_name", "source_id"), in_additions=False),
        TableSpec(
            "treaties.csv",
            ("id", "short_name", "name", "adopted", "entry_into_force", "sort_order", "source_id"),
            integers=frozenset({"sort_order"}), in_additions=False,
        ),
        TableSpec(
            "treaty_status.csv",
            ("iso3", "treaty", "status", "signed", "deposited", "deposit_type", "entry_into_force",
             "withdrawal_notified", "withdrawal_effective", "source_id", "note"),
            ("locator",),
        ),
        TableSpec(
            "casualties.csv",
            ("iso3", "year", "total", "killed", "injured", "unknown", "edition", "source_id", "note"),
            ("civilian", "child", "qualifier", "locator"),
            integers=frozenset({"year", "total", "killed", "injured", "unknown", "edition", "civilian", "child"}),
        ),
        TableSpec("indicators.csv", ("id", "label", "unit", "value_type", "description", "applies_to", "group")),
        TableSpec(
            "figures.csv", ("iso3", "indicator", "year", "value", "edition", "source_id", "note"),
            ("qualifier", "locator"), integers=frozenset({"year"}),
        ),
        TableSpec("events.csv", ("iso3", "date", "kind", "summary", "source_id"), ("locator",)),
        TableSpec(
            "searches.csv", ("iso3", "topic", "year", "finding", "editions_searched", "source_id", "note"),
            integers=frozenset({"year"}),
        ),
    )
}  # fmt: skip

# A full release must carry these; searches.csv is optional, as in db/sources.
FULL_RELEASE_REQUIRED = tuple(f for f in TABLES if f != "searches.csv")


def table_schema(spec: TableSpec, header: list[str]) -> dict:
    """The Table Schema of one resource whose CSV has ``header``."""
    return {"fields": [{"name": c, "type": spec.field_type(c)} for c in header]}


def tables() -> dict[str, TableSpec]:
    """Every table a pack may carry: ours, plus any CSV the bundled sources have gained since.

    The build (db/load.py) grows optional columns and files (translations,
    locators); reading the bundled sources keeps packs in step without a second
    list to forget. A file we do not know travels only in a full release.
    """
    from app import paths

    folder = paths.bundled_sources_dir()
    found = dict(TABLES)
    for path in sorted(folder.glob("*.csv")) if folder.is_dir() else ():
        if path.name not in found:
            found[path.name] = TableSpec(path.name, (), _header(path), in_additions=False)
    return found


def known_columns(file: str) -> tuple[str, ...]:
    """The columns a pack may give ``file``: the spec's, plus any the bundled header has gained."""
    from app import paths

    spec = tables()[file]
    return spec.columns + tuple(c for c in _header(paths.bundled_sources_dir() / file) if c not in spec.columns)


@lru_cache(maxsize=32)
def _header(path: Path) -> tuple[str, ...]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            return tuple(next(csv.reader(handle), []))
    except OSError:
        return ()
