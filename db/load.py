"""Validate the source CSVs table by table into records ready for the database.

Later tables check their references against earlier ones (every fact cites a
known source and a known country); every problem is collected with its file,
line and column, and ``load`` raises them all at once.
"""

from __future__ import annotations

from pathlib import Path

from app.core import vocab
from app.core.filters import fold
from app.text.languages import CODES as LANGUAGE_CODES
from db import countries as country_data
from db.reader import BuildError, Problem, Row, Sources  # noqa: F401 - BuildError re-exported
from db.rules import (
    SIX_MONTH_RULE_TREATIES,
    UNCITABLE_FOR_STANDING,
    check_status_dates,
    computed_entry_into_force,
    invert,
    mark_preferred,
)
from db.treaty_rank import reconcile

SCHEMA_VERSION = 2

QUALITY_RANK = {q: i for i, q in enumerate(vocab.SOURCE_QUALITIES)}
TABLE_ORDER = (
    "dataset_info", "sources", "countries", "treaties", "treaty_status", "treaty_standing",
    "treaty_disputes", "casualties", "indicators", "figures", "events", "searches", "texts",
)  # fmt: skip
# Languages whose readers get data text translated (every shipped language but English).
TRANSLATED = tuple(code for code in LANGUAGE_CODES if code != "en")


class Loader:
    """Validates one table after another; later tables check references to earlier ones."""

    def __init__(self, folder: Path):
        self.src = Sources(folder)
        self.tables: dict[str, list[dict]] = {}
        self.source_info: dict[str, dict] = {}
        self.country_codes: set[str] = set()
        self.treaty_eif: dict[str, str | None] = {}
        self.value_types: dict[str, str] = {}
        self.texts: dict[tuple[str, str], str] = {}  # (English, language) -> translation

    # -- shared checks -------------------------------------------------------

    def cite(self, row: Row, required: bool = True) -> str | None:
        if not required and not row["source_id"]:
            return None
        return self.src.reference(row, "source_id", self.source_info, "source")

    def country(self, row: Row, allow_world: bool = False) -> str | None:
        if allow_world and not row["iso3"]:
            return None
        return self.src.reference(row, "iso3", self.country_codes, "country code")

    def qualifier(self, row: Row) -> str | None:
        return self.src.choice(row, "qualifier", vocab.QUALIFIERS) or None

    def by_source(self, record: dict) -> tuple:
        info = self.source_info.get(record["source_id"], {})
        published = info.get("published") or ""
        return (QUALITY_RANK.get(info.get("quality"), 9), invert(published), record["source_id"])

    def translations(self, row: Row, field: str) -> None:
        """Record ``field``'s translations (``field_fr``, ...); every shipped language needs one.

        A reader sees data text in their language or not at all: a missing
        translation is a build error, never silent English.
        """
        english = row[field]
        if not english:
            return
        for language in TRANSLATED:
            column = f"{field}_{language}"
            text = row[column]
            if not text:
                self.src.problem(row, column, f"the {field} needs its {language} translation")
                continue
            known = self.texts.setdefault((english, language), text)
            if known != text:
                self.src.problem(row, column, f"{english!r} is translated differently elsewhere ({known!r})")

    # -- tables ----------------------------------------------------------------

    def sources(self) -> None:
        src = self.src
        columns = ("id", "publisher", "title", "edition", "url", "published", "seen", "quality")
        rows = src.read("sources.csv", columns)
        src.no_duplicates(rows, ("id",))
        records = []
        for row in rows:
            for column in ("id", "publisher", "title", "url"):
                if not row[column]:
                    src.problem(row, column, "must not be empty")
            if row["url"] and not row["url"].startswith(("http://", "https://")):
                src.problem(row, "url", "must start with http:// or https://")
            src.date(row, "published")
            src.date(row, "seen", required=True)
            src.choice(row, "quality", vocab.SOURCE_QUALITIES)
            records.append({c: row[c] or None for c in columns})
        records.sort(key=lambda r: r["id"])
        self.tables["sources"] = records
        self.source_info = {r["id"]: r for r in records}

    def dataset_info(self) -> None:
        info = {row["key"]: row["value"] for row in self.src.read("dataset.csv", ("key", "value"))}
        for key in ("version", "as_of"):
            if key not in info:
                self.src.problems.append(Problem("dataset.csv", 0, "key", f"{key!r} is missing"))
        info["schema_version"] = str(SCHEMA_VERSION)
        self.tables["dataset_info"] = [{"key": k, "value": v} for k, v in sorted(info.items())]

    def countries(self) -> None:
        src = self.src
        rows = src.read("countries.csv", ("iso3", "kind", "display_name", "source_id"))
        src.no_duplicates(rows, ("iso3",))
        records = []
        for row in rows:
            self.cite(row)
            src.choice(row, "kind", {"un_member", "observer", "non_member_state", "other_area"})
            try:
                facts = country_data.lookup(row["iso3"])
            except LookupError as exc:
                src.problem(row, "iso3", str(exc))
                continue
            name = row["display_name"] or facts.name
            if facts.search_text is not None:  # facts from the bundled database (country_data.lookup)
                search_text = facts.search_text
                if name != facts.name:  # a release renamed the country: its new name finds it too
                    search_text = f"{fold(name)} {search_text}"
            else:
                names = {name, facts.name, facts.name_fr, facts.name_es, facts.official_name or ""}
                names |= set(facts.other_names)
                search_text = " ".join(sorted({fold(n) for n in names if n}))
                search_text += f" {facts.iso2.lower()} {row['iso3'].lower()}"
            records.append(
                {
                    "iso3": row["iso3"], "iso2": facts.iso2, "numeric": facts.numeric, "name": name,
                    "name_fr": facts.name_fr, "name_es": facts.name_es,
                    "official_name": facts.official_name, "search_text": search_text,
                    "region": facts.region, "subregion": facts.subregion, "kind": row["kind"],
                    "source_id": row["source_id"],
                }
            )  # fmt: skip
        records.sort(key=lambda r: r["iso3"])
        self.tables["countries"] = records
        self.country_codes = {c["iso3"] for c in records}

    def treaties(self) -> None:
        src = self.src
        rows = src.read(
            "treaties.csv",
            ("id", "short_name", "name", "adopted", "entry_into_force", "sort_order", "source_id"),
        )
        src.no_duplicates(rows, ("id",))
        records = []
        for row in rows:
            self.cite(row)
            src.date(row, "adopted")
            src.date(row, "entry_into_force")
            records.append(
                {
                    "id": row["id"], "short_name": row["short_name"], "name": row["name"],
                    "adopted": row["adopted"] or None,
                    "entry_into_force": row["entry_into_force"] or None,
                    "sort_order": src.integer(row, "sort_order", required=True),
                }
            )  # fmt: skip
        records.sort(key=lambda r: r["id"])
        self.tables["treaties"] = records
        self.treaty_eif = {t["id"]: t["entry_into_force"] for t in records}

    def treaty_status(self) -> None:
        src = self.src
        rows = src.read(
            "treaty_status.csv",
            (
                "iso3", "treaty", "status", "signed", "deposited", "deposit_type",
                "entry_into_force", "withdrawal_notified", "withdrawal_effective", "source_id", "note",
            ),
        )  # fmt: skip
        src.no_duplicates(rows, ("iso3", "treaty", "source_id"))
        records = []
        for row in rows:
            self.country(row)
            self.cite(row)
            treaty = src.reference(row, "treaty", self.treaty_eif, "treaty")
            status = src.choice(row, "status", vocab.STANDINGS)
            if row["deposit_type"]:
                src.choice(row, "deposit_type", vocab.DEPOSIT_TYPES)
            dates = {c: src.date(row, c) for c in vocab.TREATY_DATE_FIELDS}
            check_status_dates(src, row, status, dates)
            self.translations(row, "note")
            eif, basis = self.entry_into_force(row, treaty, dates)
            records.append(
                {
                    "iso3": row["iso3"], "treaty": row["treaty"], "status": row["status"],
                    **dates, "deposit_type": row["deposit_type"] or None,
                    "entry_into_force": eif, "eif_basis": basis, "source_id": row["source_id"],
                    "note": row["note"] or None, "locator": row["locator"] or None,
                }
            )  # fmt: skip
        standings, disputes = [], []
        groups: dict[tuple[str, str], list[dict]] = {}
        for record in records:
            groups.setdefault((record["iso3"], record["treaty"]), []).append(record)
        for key in sorted(groups):
            standing, disputed = reconcile(groups[key], self.source_info)
            standings.append(standing)
            disputes += disputed
            url = (self.source_info.get(standing["source_id"]) or {}).get("url") or ""
            if any(host in url for host in UNCITABLE_FOR_STANDING):
                self.src.problems.append(Problem(
                    "treaty_status.csv", 0, "source_id",
                    f"{key[0]} {key[1]}: the standing rests on {url}, a blog, aggregator or social-media page",
                ))  # fmt: skip
        records.sort(key=lambda r: (r["iso3"], r["treaty"], r["source_id"]))
        self.tables["treaty_status"] = records
        self.tables["treaty_standing"] = standings
        self.tables["treaty_disputes"] = disputes

    def entry_into_force(self, row: Row, treaty: str | None, dates: dict) -> tuple[str | None, str | None]:
        """The stated date, or the one the treaty's rule gives for a day-level deposit."""
        eif, deposited = dates["entry_into_force"], dates["deposited"]
        basis = "source" if eif else None
        rule_applies = treaty in SIX_MONTH_RULE_TREATIES and row["deposit_type"] != "succession"
        if not (rule_applies and deposited and len(deposited) == 10):
            return eif, basis
        if not self.treaty_eif.get(treaty):
            self.src.problem(row, "treaty", f"treaties.csv gives no entry into force for {treaty}")
            return eif, basis
        expected = computed_entry_into_force(self.treaty_eif[treaty], deposited)
        if eif is None:
            return expected, "computed"
        if len(eif) == 10 and eif != expected:
            self.src.problem(
                row, "entry_into_force", f"{eif} contradicts Article 17 ({expected} for deposit {deposited})"
            )
        return eif, basis

    def casualties(self) -> None:
        src = self.src
        rows = src.read(
            "casualties.csv",
            ("iso3", "year", "total", "killed", "injured", "unknown", "edition", "source_id", "note"),
        )
        src.no_duplicates(rows, ("iso3", "year", "edition", "source_id"))
        records = []
        for row in rows:
            self.country(row, allow_world=True)
            self.cite(row)
            values = {c: src.integer(row, c) for c in ("total", "killed", "injured", "unknown")}
            shares = {c: src.integer(row, c) for c in ("civilian", "child")}
            year = src.integer(row, "year", required=True)
            edition = src.integer(row, "edition", required=True)
            if year and edition and year > edition:
                src.problem(row, "year", f"data year {year} is after the {edition} edition")
            parts = [v for k, v in values.items() if k != "total" and v is not None]
            total = values["total"]
            if total is not None and sum(parts) > total:
                src.problem(row, "total", f"killed+injured+unknown ({sum(parts)}) exceed the total")
            for column, share in shares.items():
                if share is not None and total is not None and share > total:
                    src.problem(row, column, f"{share} is more than the total {total}")
            if all(v is None for v in values.values()):
                src.problem(row, "total", "a casualty row needs at least one figure")
            self.translations(row, "note")
            records.append(
                {
                    "iso3": row["iso3"] or None, "year": year, **values, **shares,
                    "qualifier": self.qualifier(row), "edition": edition,
                    "source_id": row["source_id"], "note": row["note"] or None,
                    "locator": row["locator"] or None,
                }
            )  # fmt: skip

        def rank(record: dict) -> tuple:
            # A scrape or aggregator only when no trusted source gives the year; then the
            # newest edition first (reports revise earlier years); an exact count before a floor.
            secondary = (self.source_info.get(record["source_id"]) or {}).get("quality") == "secondary"
            return (secondary, -(record["edition"] or 0), record["qualifier"] is not None, *self.by_source(record))

        mark_preferred(records, ("iso3", "year"), rank)
        records.sort(key=lambda r: (r["iso3"] or "", r["year"] or 0, r["edition"] or 0, r["source_id"]))
        self.tables["casualties"] = records

    def indicators(self) -> None:
        src = self.src
        columns = ("id", "label", "unit", "value_type", "description", "applies_to", "group")
        rows = src.read("indicators.csv", columns)
        src.no_duplicates(rows, ("id",))
        records = []
        for row in rows:
            src.choice(row, "value_type", vocab.VALUE_TYPES)
            src.choice(row, "applies_to", {"all", "apmbc_parties"})
            src.choice(row, "group", vocab.INDICATOR_GROUPS)
            self.translations(row, "label")
            records.append({("group_name" if c == "group" else c): row[c] or None for c in columns})
        records.sort(key=lambda r: r["id"])
        self.tables["indicators"] = records
        self.value_types = {r["id"]: r["value_type"] for r in records}

    def figures(self) -> None:
        src = self.src
        rows = src.read("figures.csv", ("iso3", "indicator", "year", "value", "edition", "source_id", "note"))
        src.no_duplicates(rows, ("iso3", "indicator", "year", "edition", "source_id"))
        records = []
        for row in rows:
            self.country(row, allow_world=True)
            self.cite(row)
            indicator = src.reference(row, "indicator", self.value_types, "indicator")
            self.translations(row, "note")
            kind = self.value_types.get(indicator)
            if kind == "date":
                value = src.date(row, "value", required=True)
            elif kind == "flag":
                value = src.choice(row, "value", {"1"}) and 1
            else:
                value = src.number(row, "value")
            records.append(
                {
                    "iso3": row["iso3"] or None, "indicator": row["indicator"],
                    "year": src.integer(row, "year"), "value": value,
                    "qualifier": self.qualifier(row), "edition": row["edition"] or None,
                    "source_id": row["source_id"], "note": row["note"] or None,
                    "locator": row["locator"] or None,
                }
            )  # fmt: skip

        def rank(record: dict) -> tuple:
            return (invert(record["edition"] or ""), *self.by_source(record))

        mark_preferred(records, ("iso3", "indicator", "year"), rank)
        records.sort(
            key=lambda r: (r["iso3"] or "", r["indicator"], r["year"] or 0, r["edition"] or "", r["source_id"])
        )
        self.tables["figures"] = records

    def events(self) -> None:
        src = self.src
        rows = src.read("events.csv", ("iso3", "date", "kind", "summary", "source_id"))
        src.no_duplicates(rows, ("iso3", "date", "kind", "summary"))
        records = []
        for row in rows:
            self.country(row, allow_world=True)
            self.cite(row)
            src.date(row, "date", required=True)
            src.choice(row, "kind", vocab.EVENT_KINDS)
            if not row["summary"]:
                src.problem(row, "summary", "must not be empty")
            self.translations(row, "summary")
            records.append(
                {
                    "iso3": row["iso3"] or None, "date": row["date"], "kind": row["kind"],
                    "summary": row["summary"], "source_id": row["source_id"],
                    "locator": row["locator"] or None,
                }
            )  # fmt: skip
        records.sort(key=lambda r: (r["iso3"] or "", r["date"], r["kind"], r["summary"]))
        self.tables["events"] = records

    def searches(self) -> None:
        """What was searched for and not found: the honest answer to "why no figure?"."""
        src = self.src
        columns = ("iso3", "topic", "year", "finding", "editions_searched", "source_id", "note")
        rows = src.read("searches.csv", columns, optional=True)
        src.no_duplicates(rows, ("iso3", "topic", "year"))
        found = {(r["iso3"], r["year"]) for r in self.tables["casualties"]}
        records = []
        for row in rows:
            self.country(row)
            self.cite(row, required=False)
            src.choice(row, "topic", {"casualties"})
            src.choice(row, "finding", vocab.SEARCH_FINDINGS)
            year = src.integer(row, "year", required=True)
            editions = row["editions_searched"].split(";") if row["editions_searched"] else []
            if not editions or not all(e.isdigit() for e in editions):
                src.problem(row, "editions_searched", "give the edition years searched, e.g. 2019;2020")
            if (row["iso3"], year) in found:
                src.problem(row, "year", f"{row['iso3']} has a casualty figure for {year}: not a gap")
            records.append(
                {
                    "iso3": row["iso3"], "topic": row["topic"], "year": year, "finding": row["finding"],
                    "editions_searched": ";".join(sorted(set(editions), reverse=True)),
                    "source_id": row["source_id"] or None, "note": row["note"] or None,
                }
            )  # fmt: skip
        records.sort(key=lambda r: (r["iso3"], r["topic"], r["year"] or 0))
        self.tables["searches"] = records


def load(folder: Path) -> dict[str, list[dict]]:
    """Validate every source file; return table name -> records, or raise BuildError."""
    loader = Loader(folder)
    for step in (
        loader.sources, loader.dataset_info, loader.countries, loader.treaties,
        loader.treaty_status, loader.casualties, loader.indicators, loader.figures,
        loader.events, loader.searches,
    ):  # fmt: skip
        step()
    if loader.src.problems:
        raise BuildError(loader.src.problems)
    loader.tables["texts"] = [
        {"english": english, "language": language, "text": text}
        for (english, language), text in sorted(loader.texts.items())
    ]
    return loader.tables
