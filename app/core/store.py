"""Read-only access to the bundled database, returning the records of ``models``.

The file is opened with SQLite's ``mode=ro`` URI so that nothing, not even a
journal, is ever written next to the bundled data. Opening checks that the file
is a SQLite database of our schema version and passes ``quick_check``; any
problem becomes one ``DatabaseError`` sentence that names the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType

from app.core.filters import to_sql
from app.core.models import (
    CasualtySearch,
    CasualtyYear,
    Country,
    CountryProfile,
    CountrySummary,
    CoverageRow,
    DatasetInfo,
    DisputedDate,
    Event,
    Figure,
    Filter,
    Indicator,
    ShownCasualties,
    Source,
    Treaty,
    TreatyStatus,
)

SCHEMA_VERSION = 2
REQUIRED_TABLES = {
    "dataset_info", "sources", "countries", "treaties", "treaty_status", "treaty_standing",
    "treaty_disputes", "casualties", "indicators", "figures", "events", "searches",
}  # fmt: skip
DATE_FIELDS = ("signed", "deposited", "entry_into_force", "withdrawal_notified", "withdrawal_effective")

# The latest preferred casualty total per country, joined to treaty standing.
SUMMARY_SQL = """
WITH latest AS (
    SELECT iso3, year, total, qualifier FROM (
        SELECT iso3, year, total, qualifier,
               row_number() OVER (PARTITION BY iso3 ORDER BY year DESC) AS rn
        FROM casualties
        WHERE preferred = 1 AND iso3 IS NOT NULL AND total IS NOT NULL
    ) WHERE rn = 1
), summary AS (
    SELECT c.iso3, c.iso2, c.name, c.name_fr, c.name_es, c.region, c.subregion, c.kind,
           c.search_text,
           a.status AS apmbc_status, a.entry_into_force AS apmbc_entry_into_force,
           m.status AS ccm_status,
           latest.year AS latest_casualty_year, latest.total AS latest_casualties,
           latest.qualifier AS latest_casualty_qualifier
    FROM countries c
    LEFT JOIN treaty_standing a ON a.iso3 = c.iso3 AND a.treaty = 'APMBC'
    LEFT JOIN treaty_standing m ON m.iso3 = c.iso3 AND m.treaty = 'CCM'
    LEFT JOIN latest ON latest.iso3 = c.iso3
)
SELECT iso3, name, name_fr, name_es, region, subregion, kind, apmbc_status,
       apmbc_entry_into_force, ccm_status, latest_casualty_year, latest_casualties, iso2,
       latest_casualty_qualifier
FROM summary
"""


class DatabaseError(Exception):
    """The database cannot be used; the message is one sentence for the user."""


def _connect_read_only(path: Path) -> sqlite3.Connection:
    from app.core import integrity

    try:
        integrity.check_file(path)
    except integrity.IntegrityError as exc:
        raise DatabaseError(str(exc)) from None
    # The bundled file never changes: immutable=1 makes SQLite ignore (and never
    # create) -wal/-shm beside it. Another file with an unfinished write beside it
    # is refused: reading it read-only would write a -shm or show half a write.
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if _is_bundled(path):
        uri += "&immutable=1"
    elif (side := integrity.leftover_journal(path)) is not None:
        raise DatabaseError(
            f"Database file {path} has an unfinished write beside it ({side.name}); "
            "close the program writing it, or copy the database without that file."
        )
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=1.0)
    except sqlite3.Error as exc:
        raise DatabaseError(integrity.sqlite_message(exc, path)) from None
    conn.row_factory = sqlite3.Row
    return conn


def _is_bundled(path: Path) -> bool:
    from app.paths import bundled_database

    try:
        return path.resolve() == bundled_database().resolve()
    except OSError:
        return False


def _check(conn: sqlite3.Connection, path: Path) -> None:
    from app.core import integrity

    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables >= REQUIRED_TABLES:
            missing = ", ".join(sorted(REQUIRED_TABLES - tables))
            raise DatabaseError(
                f"Database file {path} is not a Landmine Fact Sheets database (missing {missing})."
            )
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            raise DatabaseError(
                f"Database file {path} has schema version {version}; "
                f"this program reads version {SCHEMA_VERSION}."
            )
        result = "; ".join(str(r[0]) for r in conn.execute("PRAGMA quick_check(3)"))
        if result != "ok":
            raise DatabaseError(f"Database file {path} is damaged ({integrity.short(result)}).")
        integrity.check_contents(conn, path, scan_rows=not _is_bundled(path))
    except integrity.IntegrityError as exc:
        raise DatabaseError(str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(integrity.sqlite_message(exc, path)) from None


class Store:
    """Typed, read-only queries. Cheap to create; keep one per thread."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._conn = _connect_read_only(self.path)
        try:
            _check(self._conn, self.path)
            self._texts: Mapping[tuple[str, str], str] | None = None
            self._parties: tuple[tuple[str, int, str | None], ...] | None = None
            self._editions: tuple[int, ...] | None = None
            self._source_records: dict[str, Source] | None = None  # read on first use (start-up)
            self._indicators = {
                r["id"]: Indicator(
                    r["id"], r["label"], r["unit"], r["value_type"], r["applies_to"], r["group_name"]
                )
                for r in self._conn.execute("SELECT * FROM indicators")
            }
        except sqlite3.DatabaseError as exc:
            from app.core.integrity import sqlite_message

            self._conn.close()
            raise DatabaseError(sqlite_message(exc, self.path)) from None
        except DatabaseError:
            self._conn.close()
            raise

    @property
    def _sources(self) -> dict[str, Source]:
        """Every citation by id; read when first needed (the window's first paint needs none)."""
        if self._source_records is None:
            rows = self._rows("SELECT * FROM sources")
            self._source_records = {r["id"]: _source(r) for r in rows}
        return self._source_records

    @classmethod
    def open(cls, path: str | Path | None = None) -> Store:
        from app.paths import database_path

        return cls(database_path(path))

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _rows(self, sql: str, params: Iterable[object] = ()) -> list[sqlite3.Row]:
        try:
            return self._conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.DatabaseError as exc:
            from app.core.integrity import sqlite_message

            raise DatabaseError(sqlite_message(exc, self.path)) from None

    # -- whole-dataset facts ------------------------------------------------

    def dataset_info(self) -> DatasetInfo:
        info = {r["key"]: r["value"] for r in self._rows("SELECT key, value FROM dataset_info")}
        return DatasetInfo(info.get("version", "?"), info.get("as_of", "?"), int(info["schema_version"]))

    def table_counts(self) -> dict[str, int]:
        return {
            name: self._rows(f"SELECT count(*) FROM {name}")[0][0]  # noqa: S608 - fixed names
            for name in sorted(REQUIRED_TABLES)
        }

    def sources(self) -> list[Source]:
        return sorted(self._sources.values(), key=lambda s: (s.publisher, s.title, s.id))

    def treaties(self) -> list[Treaty]:
        return [
            Treaty(r["id"], r["short_name"], r["name"], r["adopted"], r["entry_into_force"])
            for r in self._rows("SELECT * FROM treaties ORDER BY sort_order")
        ]

    def regions(self) -> dict[str, list[str]]:
        """Region -> its sub-regions, both sorted."""
        result: dict[str, list[str]] = {}
        for r in self._rows("SELECT DISTINCT region, subregion FROM countries ORDER BY 1, 2"):
            result.setdefault(r["region"], []).append(r["subregion"])
        return result

    # -- countries ------------------------------------------------------------

    def summaries(self, flt: Filter | None = None) -> list[CountrySummary]:
        where, params = to_sql(flt or Filter())
        sql = SUMMARY_SQL.replace(
            "FROM summary", f"FROM summary WHERE {where} ORDER BY name COLLATE NOCASE"
        )
        return [CountrySummary(**dict(r)) for r in self._rows(sql, params)]

    def country(self, iso3: str) -> Country:
        rows = self._rows("SELECT * FROM countries WHERE iso3 = ?", [iso3.upper()])
        if not rows:
            raise KeyError(iso3)
        r = rows[0]
        return Country(
            r["iso3"], r["iso2"], r["name"], r["name_fr"], r["name_es"],
            r["region"], r["subregion"], r["kind"],
        )  # fmt: skip

    def resolve(self, code_or_name: str) -> str | None:
        """ISO3 for an alpha-3, alpha-2 or exact (accent-blind) name; None if unknown."""
        from app.core.filters import fold

        text = code_or_name.strip()
        rows = self._rows(
            "SELECT iso3 FROM countries WHERE iso3 = ? OR iso2 = ?", [text.upper(), text.upper()]
        )
        if rows:
            return rows[0]["iso3"]
        for r in self._rows("SELECT iso3, name, name_fr, name_es FROM countries"):
            if fold(text) in {fold(r["name"]), fold(r["name_fr"]), fold(r["name_es"])}:
                return r["iso3"]
        return None

    def profile(self, iso3: str) -> CountryProfile:
        country = self.country(iso3)
        code = country.iso3
        editions = tuple(
            r[0]
            for r in self._rows(
                "SELECT DISTINCT edition FROM casualties WHERE iso3 = ? ORDER BY edition DESC", [code]
            )
        )
        searches = tuple(
            CasualtySearch(r["year"], tuple(int(e) for e in r["editions_searched"].split(";")))
            for r in self._rows(
                "SELECT year, editions_searched FROM searches WHERE iso3 = ? AND topic = 'casualties' "
                "ORDER BY year",
                [code],
            )
        )
        return CountryProfile(
            country=country,
            dataset=self.dataset_info(),
            treaties=self.treaty_standings(code),
            casualties=self.casualties(code),
            figures=self.figures(code),
            events=self.events(code),
            casualty_editions=editions,
            casualty_searches=searches,
            dataset_editions=self.casualty_editions(),
            translations=self.texts(),
            treaty_parties=self.treaty_parties(),
        )

    def treaty_parties(self) -> tuple[tuple[str, int, str | None], ...]:
        """(treaty, States Parties today, its entry into force) for the Mine Ban Treaty and the CCM.

        A state whose withdrawal is announced but not yet effective is still a party.
        """
        if self._parties is None:
            self._parties = tuple(
                (r[0], r[1], r[2])
                for r in self._rows(
                    "SELECT t.id, count(s.iso3), t.entry_into_force FROM treaties t "
                    "LEFT JOIN treaty_standing s ON s.treaty = t.id AND s.status IN ('party', 'withdrawal_pending') "
                    "WHERE t.id IN ('APMBC', 'CCM') GROUP BY t.id ORDER BY t.sort_order"
                )
            )
        return self._parties

    def texts(self) -> Mapping[tuple[str, str], str]:
        """(English data text, language) -> its translation; read once (databases of the
        same schema built before translations existed have none: their text stays English)."""
        if self._texts is None:
            try:
                rows = self._rows("SELECT english, language, text FROM texts")
            except DatabaseError:
                rows = []
            self._texts = MappingProxyType({(r[0], r[1]): r[2] for r in rows})
        return self._texts

    def treaty_standings(self, iso3: str) -> tuple[TreatyStatus, ...]:
        """The shown standing per treaty, in treaty order, each date with its own source."""
        disputes: dict[str, list[DisputedDate]] = {}
        for r in self._rows(
            "SELECT * FROM treaty_disputes WHERE iso3 = ? ORDER BY treaty, field, shown DESC, value",
            [iso3],
        ):
            disputes.setdefault(r["treaty"], []).append(
                DisputedDate(r["field"], r["value"], self._sources[r["source_id"]], bool(r["shown"]))
            )
        standings = []
        for r in self._rows(
            "SELECT s.* FROM treaty_standing s JOIN treaties t ON t.id = s.treaty "
            "WHERE s.iso3 = ? ORDER BY t.sort_order",
            [iso3],
        ):
            date_sources = tuple(
                (f, self._sources[r[f"{f}_source_id"]])
                for f in DATE_FIELDS
                if r[f"{f}_source_id"] and r[f"{f}_source_id"] != r["source_id"]
            )
            standings.append(
                TreatyStatus(
                    r["treaty"], r["status"], r["signed"], r["deposited"], r["deposit_type"],
                    r["entry_into_force"], r["eif_basis"], r["withdrawal_notified"],
                    r["withdrawal_effective"], r["note"], self._sources[r["source_id"]],
                    date_sources, tuple(disputes.get(r["treaty"], ())),
                )  # fmt: skip
            )
        return tuple(standings)

    def casualties(self, iso3: str | None, all_editions: bool = False) -> tuple[CasualtyYear, ...]:
        """Casualties per data year for a country, or the world when ``iso3`` is None."""
        where = "iso3 IS NULL" if iso3 is None else "iso3 = ?"
        preferred = "" if all_editions else " AND preferred = 1"
        rows = self._rows(
            f"SELECT * FROM casualties WHERE {where}{preferred} ORDER BY year, edition",
            [] if iso3 is None else [iso3],
        )
        return tuple(
            CasualtyYear(
                r["year"], r["total"], r["killed"], r["injured"], r["unknown"], r["edition"],
                self._sources[r["source_id"]], r["note"], r["civilian"], r["child"], r["qualifier"],
            )  # fmt: skip
            for r in rows
        )

    def figures(self, iso3: str | None) -> tuple[Figure, ...]:
        where = "iso3 IS NULL" if iso3 is None else "iso3 = ?"
        rows = self._rows(
            f"SELECT * FROM figures WHERE {where} AND preferred = 1 ORDER BY indicator, year",
            [] if iso3 is None else [iso3],
        )
        return tuple(
            Figure(
                self._indicators[r["indicator"]], r["year"], r["value"], r["edition"],
                self._sources[r["source_id"]], r["note"], r["qualifier"],
            )  # fmt: skip
            for r in rows
        )

    def events(self, iso3: str | None) -> tuple[Event, ...]:
        where = "iso3 IS NULL" if iso3 is None else "iso3 = ?"
        rows = self._rows(
            f"SELECT * FROM events WHERE {where} ORDER BY date, kind", [] if iso3 is None else [iso3]
        )
        return tuple(
            Event(r["date"], r["kind"], r["summary"], self._sources[r["source_id"]]) for r in rows
        )

    def joined_dates(self, treaty: str) -> list[tuple[str, str]]:
        """(entry-into-force or deposit date, iso3) of every state that joined, oldest first."""
        rows = self._rows(
            "SELECT coalesce(entry_into_force, deposited) AS d, iso3 FROM treaty_standing "
            "WHERE treaty = ? AND deposited IS NOT NULL ORDER BY d, iso3",
            [treaty],
        )
        return [(r["d"], r["iso3"]) for r in rows]

    def withdrawn_dates(self, treaty: str) -> list[tuple[str, str]]:
        """(effective withdrawal date, iso3) of every state whose withdrawal took effect."""
        rows = self._rows(
            "SELECT withdrawal_effective AS d, iso3 FROM treaty_standing WHERE treaty = ? "
            "AND withdrawal_effective IS NOT NULL ORDER BY d, iso3",
            [treaty],
        )
        return [(r["d"], r["iso3"]) for r in rows]

    def casualty_totals(self) -> dict[str, tuple[ShownCasualties, ...]]:
        """Every country's preferred casualty totals, oldest first; the window's year
        picker reads the figure of a chosen year (or the latest before it)."""
        totals: dict[str, list[ShownCasualties]] = {}
        for r in self._rows(
            "SELECT iso3, year, total, qualifier FROM casualties WHERE preferred = 1 "
            "AND iso3 IS NOT NULL AND total IS NOT NULL ORDER BY iso3, year"
        ):
            totals.setdefault(r["iso3"], []).append(ShownCasualties(r["total"], r["year"], r["qualifier"]))
        return {iso3: tuple(years) for iso3, years in totals.items()}

    def casualty_editions(self) -> tuple[int, ...]:
        """Every Landmine Monitor edition in the dataset, newest first (what was searched); read once."""
        if self._editions is None:
            rows = self._rows("SELECT DISTINCT edition FROM casualties ORDER BY edition DESC")
            self._editions = tuple(r[0] for r in rows)
        return self._editions

    def coverage(self) -> list[CoverageRow]:
        """Per treaty, casualty series and indicator, how much the dataset covers (app.core.coverage)."""
        from app.core.coverage import compute

        return compute(
            lambda sql, params=(): self._rows(sql, params)[0][0],
            lambda sql: [r[0] for r in self._rows(sql)],
            self.treaties(),
            self._indicators.values(),
        )


def _source(r: sqlite3.Row) -> Source:
    return Source(
        r["id"], r["publisher"], r["title"], r["edition"], r["url"], r["published"], r["seen"], r["quality"]
    )
