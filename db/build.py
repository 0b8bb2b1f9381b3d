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
import csv
import os
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.core.dates import first_of_month_after, parse_partial_date
from app.core.filters import fold
from db import countries as country_data

SCHEMA_VERSION = 1
ROOT = Path(__file__).resolve().parent.parent
SOURCES_DIR = ROOT / "db" / "sources"
DEFAULT_OUT = ROOT / "resources" / "factsheets.sqlite"
SCHEMA_SQL = Path(__file__).with_name("schema.sql")

QUALITY_RANK = {"primary": 0, "press_report_of_primary": 1, "secondary": 2}
TREATY_STATUSES = {
    "party",
    "signatory",
    "not_party",
    "withdrawal_pending",
    "withdrawn",
    "not_eligible",
}
DEPOSIT_TYPES = {"", "ratification", "accession", "acceptance", "approval", "succession"}
EVENT_KINDS = {
    "policy",
    "signature",
    "accession",
    "ratification",
    "withdrawal",
    "last_use",
    "last_export",
    "last_production",
    "stockpile_destroyed",
    "clearance_completed",
    "donor",
    "other",
}
LIFECYCLE = ("not_eligible", "not_party", "signatory", "party", "withdrawal_pending", "withdrawn")
# Treaties whose entry into force for a state is "the first day of the sixth
# month after deposit", but not before the treaty's own entry into force
# (APMBC Art. 17, CCM Art. 17). For APMBC the 40th instrument was deposited in
# September 1998 and for CCM the 30th in February 2010, so max() of the two
# dates is exactly the treaty rule.
SIX_MONTH_RULE_TREATIES = {"APMBC", "CCM"}


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.column}: {self.message}"


class BuildError(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Row:
    """One CSV row with where it came from, for error messages."""

    file: str
    line: int
    values: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, "") or ""


class Sources:
    """Reads the CSV files and collects problems instead of stopping at the first."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.problems: list[Problem] = []

    def problem(self, row: Row, column: str, message: str) -> None:
        self.problems.append(Problem(row.file, row.line, column, message))

    def read(self, name: str, required: Iterable[str], optional: bool = False) -> list[Row]:
        path = self.folder / name
        if not path.exists():
            if not optional:
                self.problems.append(Problem(name, 0, "-", "file is missing"))
            return []
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            missing = [c for c in required if c not in header]
            if missing:
                self.problems.append(
                    Problem(name, 1, ",".join(missing), "required column missing from header")
                )
                return []
            rows = []
            for values in reader:
                if None in values:
                    self.problems.append(
                        Problem(name, reader.line_num, "-", "more cells than header columns")
                    )
                    continue
                clean = {k: (v or "").strip() for k, v in values.items()}
                if not any(clean.values()):
                    continue
                rows.append(Row(name, reader.line_num, clean))
            return rows

    # Field checks: each returns the parsed value or None after recording a problem.

    def date(self, row: Row, column: str, required: bool = False) -> str | None:
        text = row[column]
        if not text:
            if required:
                self.problem(row, column, "a date is required")
            return None
        try:
            parse_partial_date(text)
        except ValueError as exc:
            self.problem(row, column, str(exc))
            return None
        return text

    def integer(self, row: Row, column: str, required: bool = False) -> int | None:
        text = row[column]
        if not text:
            if required:
                self.problem(row, column, "a whole number is required")
            return None
        if not text.isdigit():
            self.problem(row, column, f"{text!r} is not a whole number (no separators)")
            return None
        return int(text)

    def number(self, row: Row, column: str) -> float | int | None:
        text = row[column]
        try:
            value = float(text)
        except ValueError:
            self.problem(row, column, f"{text!r} is not a plain number")
            return None
        return int(value) if value.is_integer() and "." not in text else value

    def choice(self, row: Row, column: str, allowed: Iterable[str]) -> str | None:
        text = row[column]
        if text not in allowed:
            self.problem(row, column, f"{text!r} is not one of {', '.join(sorted(allowed))}")
            return None
        return text

    def reference(self, row: Row, column: str, known: Iterable[str], what: str) -> str | None:
        text = row[column]
        if text not in known:
            self.problem(row, column, f"unknown {what} {text!r}")
            return None
        return text

    def no_duplicates(self, rows: list[Row], key_columns: tuple[str, ...]) -> None:
        seen: dict[tuple[str, ...], int] = {}
        for row in rows:
            key = tuple(row[c] for c in key_columns)
            if key in seen:
                self.problem(
                    row, "+".join(key_columns), f"duplicate of line {seen[key]} ({', '.join(key)})"
                )
            else:
                seen[key] = row.line


def computed_entry_into_force(treaty_eif: str, deposited: str) -> str:
    """Entry into force for one state under the six-month rule (see above)."""
    by_rule = first_of_month_after(date.fromisoformat(deposited), months=6)
    return max(date.fromisoformat(treaty_eif), by_rule).isoformat()


def precision(value: str | None) -> int:
    return len(value or "")


def mark_preferred(records: list[dict], key: tuple[str, ...], rank) -> None:
    """Set ``preferred`` to 1 on the best record of each key group, 0 elsewhere."""
    groups: dict[tuple, list[dict]] = {}
    for record in records:
        groups.setdefault(tuple(record[k] for k in key), []).append(record)
    for group in groups.values():
        best = min(group, key=rank)
        for record in group:
            record["preferred"] = 1 if record is best else 0


def load(folder: Path) -> dict[str, list[dict]]:
    """Validate every source file; return table name -> records, or raise BuildError."""
    src = Sources(folder)
    tables: dict[str, list[dict]] = {}

    # -- citations ---------------------------------------------------------
    source_rows = src.read(
        "sources.csv", ("id", "publisher", "title", "edition", "url", "published", "seen", "quality")
    )
    src.no_duplicates(source_rows, ("id",))
    sources = []
    for row in source_rows:
        for column in ("id", "publisher", "title", "url"):
            if not row[column]:
                src.problem(row, column, "must not be empty")
        if row["url"] and not row["url"].startswith(("http://", "https://")):
            src.problem(row, "url", "must start with http:// or https://")
        src.date(row, "published")
        src.date(row, "seen", required=True)
        src.choice(row, "quality", QUALITY_RANK)
        sources.append({c: row[c] or None for c in row.values})
    sources.sort(key=lambda r: r["id"])
    tables["sources"] = sources
    source_ids = {r["id"] for r in sources}
    source_info = {r["id"]: r for r in sources}

    def cite(row: Row) -> str | None:
        return src.reference(row, "source_id", source_ids, "source")

    # -- dataset info ------------------------------------------------------
    info = {row["key"]: row["value"] for row in src.read("dataset.csv", ("key", "value"))}
    for key in ("version", "as_of"):
        if key not in info:
            src.problems.append(Problem("dataset.csv", 0, "key", f"{key!r} is missing"))
    info["schema_version"] = str(SCHEMA_VERSION)
    tables["dataset_info"] = [{"key": k, "value": v} for k, v in sorted(info.items())]

    # -- countries ---------------------------------------------------------
    country_rows = src.read("countries.csv", ("iso3", "kind", "display_name", "source_id"))
    src.no_duplicates(country_rows, ("iso3",))
    countries = []
    for row in country_rows:
        cite(row)
        src.choice(row, "kind", {"un_member", "observer", "non_member_state", "other_area"})
        try:
            facts = country_data.lookup(row["iso3"])
        except LookupError as exc:
            src.problem(row, "iso3", str(exc))
            continue
        name = row["display_name"] or facts.name
        names = {name, facts.name, facts.name_fr, facts.name_es, facts.official_name or ""}
        names |= set(facts.other_names)
        search_text = " ".join(sorted({fold(n) for n in names if n}))
        search_text += f" {facts.iso2.lower()} {row['iso3'].lower()}"
        countries.append(
            {
                "iso3": row["iso3"],
                "iso2": facts.iso2,
                "numeric": facts.numeric,
                "name": name,
                "name_fr": facts.name_fr,
                "name_es": facts.name_es,
                "official_name": facts.official_name,
                "search_text": search_text,
                "region": facts.region,
                "subregion": facts.subregion,
                "kind": row["kind"],
                "source_id": row["source_id"],
            }
        )
    countries.sort(key=lambda r: r["iso3"])
    tables["countries"] = countries
    country_codes = {c["iso3"] for c in countries}

    def country(row: Row, allow_world: bool = False) -> str | None:
        if allow_world and not row["iso3"]:
            return None
        return src.reference(row, "iso3", country_codes, "country code")

    # -- treaties ----------------------------------------------------------
    treaty_rows = src.read(
        "treaties.csv",
        ("id", "short_name", "name", "adopted", "entry_into_force", "sort_order", "source_id"),
    )
    src.no_duplicates(treaty_rows, ("id",))
    treaties = []
    for row in treaty_rows:
        cite(row)
        src.date(row, "adopted")
        src.date(row, "entry_into_force")
        treaties.append(
            {
                "id": row["id"],
                "short_name": row["short_name"],
                "name": row["name"],
                "adopted": row["adopted"] or None,
                "entry_into_force": row["entry_into_force"] or None,
                "sort_order": src.integer(row, "sort_order", required=True),
            }
        )
    treaties.sort(key=lambda r: r["id"])
    tables["treaties"] = treaties
    treaty_eif = {t["id"]: t["entry_into_force"] for t in treaties}

    # -- treaty standing ---------------------------------------------------
    status_rows = src.read(
        "treaty_status.csv",
        (
            "iso3", "treaty", "status", "signed", "deposited", "deposit_type",
            "entry_into_force", "withdrawal_notified", "withdrawal_effective", "source_id", "note",
        ),
    )  # fmt: skip
    src.no_duplicates(status_rows, ("iso3", "treaty", "source_id"))
    statuses = []
    for row in status_rows:
        country(row)
        cite(row)
        treaty = src.reference(row, "treaty", treaty_eif, "treaty")
        status = src.choice(row, "status", TREATY_STATUSES)
        src.choice(row, "deposit_type", DEPOSIT_TYPES)
        dates = {
            c: src.date(row, c)
            for c in (
                "signed", "deposited", "entry_into_force",
                "withdrawal_notified", "withdrawal_effective",
            )
        }  # fmt: skip
        check_status_dates(src, row, status, dates)
        eif, basis = dates["entry_into_force"], "source" if dates["entry_into_force"] else None
        deposited = dates["deposited"]
        if treaty in SIX_MONTH_RULE_TREATIES and deposited and len(deposited) == 10:
            if not treaty_eif.get(treaty):
                src.problem(row, "treaty", f"treaties.csv gives no entry into force for {treaty}")
            else:
                expected = computed_entry_into_force(treaty_eif[treaty], deposited)
                if eif is None:
                    eif, basis = expected, "computed"
                elif len(eif) == 10 and eif != expected:
                    src.problem(
                        row,
                        "entry_into_force",
                        f"{eif} contradicts Article 17 ({expected} for deposit {deposited})",
                    )
        statuses.append(
            {
                "iso3": row["iso3"],
                "treaty": row["treaty"],
                "status": row["status"],
                "signed": dates["signed"],
                "deposited": deposited,
                "deposit_type": row["deposit_type"] or None,
                "entry_into_force": eif,
                "eif_basis": basis,
                "withdrawal_notified": dates["withdrawal_notified"],
                "withdrawal_effective": dates["withdrawal_effective"],
                "source_id": row["source_id"],
                "note": row["note"] or None,
            }
        )

    def by_source(record: dict) -> tuple:
        info = source_info.get(record["source_id"], {})
        published = info.get("published") or ""
        return (QUALITY_RANK.get(info.get("quality"), 9), invert(published), record["source_id"])

    def treaty_rank(record: dict) -> tuple:
        # A state's standing only moves forward (not party -> signatory -> party ->
        # withdrawal -> withdrawn), so the row recording the furthest stage is the
        # current one, even when an older primary source still lists it as a party.
        stage = -LIFECYCLE.index(record["status"]) if record["status"] in LIFECYCLE else 0
        precise = -(precision(record["deposited"]) + precision(record["signed"]))
        return (stage, *by_source(record)[:2], precise, record["source_id"])

    mark_preferred(statuses, ("iso3", "treaty"), treaty_rank)
    statuses.sort(key=lambda r: (r["iso3"], r["treaty"], r["source_id"]))
    tables["treaty_status"] = statuses

    # -- casualties --------------------------------------------------------
    casualty_rows = src.read(
        "casualties.csv",
        ("iso3", "year", "total", "killed", "injured", "unknown", "edition", "source_id", "note"),
    )
    src.no_duplicates(casualty_rows, ("iso3", "year", "edition", "source_id"))
    casualties = []
    for row in casualty_rows:
        country(row, allow_world=True)
        cite(row)
        values = {c: src.integer(row, c) for c in ("total", "killed", "injured", "unknown")}
        year = src.integer(row, "year", required=True)
        edition = src.integer(row, "edition", required=True)
        if year and edition and year > edition:
            src.problem(row, "year", f"data year {year} is after the {edition} edition")
        parts = [v for k, v in values.items() if k != "total" and v is not None]
        if values["total"] is not None and sum(parts) > values["total"]:
            src.problem(row, "total", f"killed+injured+unknown ({sum(parts)}) exceed the total")
        if all(v is None for v in values.values()):
            src.problem(row, "total", "a casualty row needs at least one figure")
        casualties.append(
            {
                "iso3": row["iso3"] or None,
                "year": year,
                **values,
                "edition": edition,
                "source_id": row["source_id"],
                "note": row["note"] or None,
            }
        )

    def casualty_rank(record: dict) -> tuple:
        return (-(record["edition"] or 0), *by_source(record))

    mark_preferred(casualties, ("iso3", "year"), casualty_rank)
    casualties.sort(key=lambda r: (r["iso3"] or "", r["year"] or 0, r["edition"] or 0, r["source_id"]))
    tables["casualties"] = casualties

    # -- indicators and figures ---------------------------------------------
    indicator_columns = ("id", "label", "unit", "value_type", "description", "applies_to")
    indicator_rows = src.read("indicators.csv", indicator_columns)
    src.no_duplicates(indicator_rows, ("id",))
    indicators = []
    for row in indicator_rows:
        src.choice(row, "value_type", {"count", "usd", "km2", "date"})
        src.choice(row, "applies_to", {"all", "apmbc_parties"})
        indicators.append({c: row[c] or None for c in indicator_columns})
    indicators.sort(key=lambda r: r["id"])
    tables["indicators"] = indicators
    value_types = {r["id"]: r["value_type"] for r in indicators}

    figure_rows = src.read(
        "figures.csv", ("iso3", "indicator", "year", "value", "edition", "source_id", "note")
    )
    src.no_duplicates(figure_rows, ("iso3", "indicator", "year", "edition", "source_id"))
    figures = []
    for row in figure_rows:
        country(row, allow_world=True)
        cite(row)
        indicator = src.reference(row, "indicator", value_types, "indicator")
        if value_types.get(indicator) == "date":
            value = src.date(row, "value", required=True)
        else:
            value = src.number(row, "value")
        figures.append(
            {
                "iso3": row["iso3"] or None,
                "indicator": row["indicator"],
                "year": src.integer(row, "year"),
                "value": value,
                "edition": row["edition"] or None,
                "source_id": row["source_id"],
                "note": row["note"] or None,
            }
        )

    def figure_rank(record: dict) -> tuple:
        return (invert(record["edition"] or ""), *by_source(record))

    mark_preferred(figures, ("iso3", "indicator", "year"), figure_rank)
    figures.sort(
        key=lambda r: (r["iso3"] or "", r["indicator"], r["year"] or 0, r["edition"] or "", r["source_id"])
    )
    tables["figures"] = figures

    # -- events ------------------------------------------------------------
    event_rows = src.read("events.csv", ("iso3", "date", "kind", "summary", "source_id"))
    src.no_duplicates(event_rows, ("iso3", "date", "kind", "summary"))
    events = []
    for row in event_rows:
        country(row, allow_world=True)
        cite(row)
        src.date(row, "date", required=True)
        src.choice(row, "kind", EVENT_KINDS)
        if not row["summary"]:
            src.problem(row, "summary", "must not be empty")
        events.append(
            {
                "iso3": row["iso3"] or None,
                "date": row["date"],
                "kind": row["kind"],
                "summary": row["summary"],
                "source_id": row["source_id"],
            }
        )
    events.sort(key=lambda r: (r["iso3"] or "", r["date"], r["kind"], r["summary"]))
    tables["events"] = events

    if src.problems:
        raise BuildError(src.problems)
    return tables


def invert(text: str) -> tuple[int, ...]:
    """Sort key that orders strings descending under min()."""
    return tuple(-ord(c) for c in text) + (1,)


def check_status_dates(src: Sources, row: Row, status: str | None, dates: dict) -> None:
    """Order and consistency of one country's dates under one treaty."""
    order = ("signed", "deposited", "entry_into_force", "withdrawal_notified", "withdrawal_effective")
    known = [(c, dates[c]) for c in order if dates[c]]
    for (first, a), (second, b) in zip(known, known[1:], strict=False):
        # Compare at the coarser precision: "1998" is not before "1998-12-03".
        width = min(len(a), len(b))
        if b[:width] < a[:width]:
            src.problem(row, second, f"{b} is before {first} {a}")
    if status in {"party", "withdrawal_pending", "withdrawn"} and not dates["deposited"]:
        src.problem(row, "deposited", f"a state with status {status!r} needs a deposit date")
    if status == "signatory" and dates["deposited"]:
        src.problem(row, "status", "a signatory with a deposit date is a party")
    if status == "withdrawn" and not dates["withdrawal_effective"]:
        src.problem(row, "withdrawal_effective", "a withdrawn state needs the effective date")
    if status == "withdrawal_pending" and not (dates["withdrawal_notified"] or row["note"]):
        src.problem(row, "withdrawal_notified", "a pending withdrawal needs its notification date or a note")


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
        for name in (
            "dataset_info", "sources", "countries", "treaties", "treaty_status",
            "casualties", "indicators", "figures", "events",
        ):  # fmt: skip
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
