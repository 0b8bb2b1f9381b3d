"""What the store relies on in a database file, checked when it is opened.

``quick_check`` only proves that SQLite can read the pages; a file can pass it
and still be one the app cannot show: a dropped column, a NULL name, text in a
number column, a citation of a source that is not there, a file cut short
(SQLite reads the missing tail as absent rows). Every such problem becomes one
``DatabaseError`` sentence naming the file, at open, instead of a crash in a
view later. The expected shape is schema version 2 (``db/schema.sql``); it is
written out here because the frozen binary does not ship ``db/``.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

from app.core.vocab import DEPOSIT_TYPES, STANDINGS, VALUE_TYPES

SCHEMA_VERSION = 2

# table -> "column:kind" words; kind T text, I integer, A any. "!" = the app
# relies on it being present (NOT NULL in the schema and read by the store).
COLUMNS: dict[str, str] = {
    "dataset_info": "key:T! value:T!",
    "sources": "id:T! publisher:T! title:T! edition:T url:T! published:T seen:T! quality:T!",
    "countries": "iso3:T! iso2:T name:T! name_fr:T! name_es:T! search_text:T! region:T! subregion:T! kind:T!",
    "treaties": "id:T! short_name:T! name:T! adopted:T entry_into_force:T sort_order:I!",
    "treaty_standing": (
        "iso3:T! treaty:T! status:T! note:T source_id:T! signed:T signed_source_id:T deposited:T "
        "deposited_source_id:T deposit_type:T entry_into_force:T entry_into_force_source_id:T eif_basis:T "
        "withdrawal_notified:T withdrawal_notified_source_id:T withdrawal_effective:T "
        "withdrawal_effective_source_id:T"
    ),
    "treaty_disputes": "iso3:T! treaty:T! field:T! value:T! source_id:T! shown:I!",
    "casualties": (
        "iso3:T year:I! total:I killed:I injured:I unknown:I civilian:I child:I qualifier:T edition:I! "
        "source_id:T! note:T preferred:I!"
    ),
    "indicators": "id:T! label:T! unit:T value_type:T! applies_to:T! group_name:T!",
    "figures": "iso3:T indicator:T! year:I value:A! qualifier:T edition:A source_id:T! note:T preferred:I!",
    "events": "iso3:T date:T! kind:T! summary:T! source_id:T!",
    "searches": "iso3:T! topic:T! year:I! finding:T! editions_searched:T! source_id:T note:T",
}
SQL_TYPES = {"T": ("text",), "I": ("integer",), "A": ("integer", "real", "text")}

# (table, column, referenced table, referenced column): the joins the store follows.
REFERENCES: tuple[tuple[str, str, str, str], ...] = (
    ("treaty_standing", "iso3", "countries", "iso3"),
    ("treaty_standing", "treaty", "treaties", "id"),
    *(("treaty_standing", f"{c}source_id", "sources", "id") for c in (
        "", "signed_", "deposited_", "entry_into_force_", "withdrawal_notified_", "withdrawal_effective_")),
    ("treaty_disputes", "source_id", "sources", "id"),
    ("casualties", "iso3", "countries", "iso3"),
    ("casualties", "source_id", "sources", "id"),
    ("figures", "iso3", "countries", "iso3"),
    ("figures", "indicator", "indicators", "id"),
    ("figures", "source_id", "sources", "id"),
    ("events", "iso3", "countries", "iso3"),
    ("events", "source_id", "sources", "id"),
    ("searches", "iso3", "countries", "iso3"),
)  # fmt: skip

# Closed vocabularies the views look labels up in.
VOCABULARIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("treaty_standing", "status", STANDINGS),
    ("treaty_standing", "deposit_type", DEPOSIT_TYPES),
    ("indicators", "value_type", VALUE_TYPES),
)
MESSAGE_LIMIT = 160  # a quoted value or SQLite message is cut here: one readable line


class IntegrityError(Exception):
    """One sentence about what is wrong with the database file."""


def short(text: object, limit: int = MESSAGE_LIMIT) -> str:
    """One line of at most ``limit`` characters (SQLite messages can span lines)."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


# -- the file itself, before SQLite sees it ---------------------------------------------


def check_file(path: Path) -> None:
    """Refuse what SQLite would hang on (a FIFO), misreport, or silently read short."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise IntegrityError(_stat_message(path, exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise IntegrityError(f"Database path {path} is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        # Opening a FIFO blocks until a writer appears: refuse before open().
        raise IntegrityError(f"Database path {path} is not a regular file (a pipe or a device).")
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise IntegrityError(_stat_message(path, exc)) from None
    if not header:
        raise IntegrityError(f"Database file {path} is empty, not a Landmine Fact Sheets database.")
    if not header.startswith(b"SQLite format 3\x00") or len(header) < 100:
        raise IntegrityError(f"Database file {path} is damaged or not a database (no SQLite header).")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The in-header page count is valid only when "version-valid-for" matches the change counter.
    if header[92:96] == header[24:28] and pages and info.st_size < pages * page_size:
        raise IntegrityError(
            f"Database file {path} is damaged: cut short ({info.st_size} of {pages * page_size} bytes); "
            "copy it again."
        )


def _stat_message(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            return f"Database path {path} is a symbolic link to a file that does not exist."
        return f"Database file {path} does not exist."
    if exc.errno == errno.ELOOP:
        return f"Database path {path} is a loop of symbolic links."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"Cannot read database file {path}: permission denied (on the file or a folder above it)."
    if exc.errno == errno.ENAMETOOLONG:
        return f"Database path {short(path, 80)} is too long for this system."
    if exc.errno == errno.ENOTDIR:
        return f"Database file {path} does not exist (a part of the path is a file, not a folder)."
    return f"Cannot read database file {path}: {short(exc.strerror or exc)}."


def leftover_journal(path: Path) -> Path | None:
    """A non-empty ``-wal`` or ``-journal`` beside ``path``: an unfinished write by another program."""
    for suffix in ("-wal", "-journal"):
        side = path.with_name(path.name + suffix)
        try:
            if side.stat().st_size > 0:
                return side
        except OSError:
            continue
    return None


# -- SQLite errors in words ---------------------------------------------------------------


def sqlite_message(exc: sqlite3.Error, path: Path) -> str:
    """A sentence for a SQLite error: "damaged" only for what is damage."""
    text = short(exc)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return f"Database file {path} is in use by another program (locked); try again when it is done."
    if "unable to open" in lowered:
        return f"Cannot open database file {path} ({text})."
    if "too large" in lowered or "too many" in lowered or "too long" in lowered:
        return f"The request is too large for the database ({text})."
    return f"Database file {path} is damaged ({text})."


# -- the contents --------------------------------------------------------------------------


def check_contents(conn: sqlite3.Connection, path: Path, scan_rows: bool = True) -> None:
    """Columns, types, required values and followed references; the first problem raises.

    ``scan_rows=False`` checks only the shape (columns, dataset_info, a country):
    for the bundled file, which the build validated row by row with these same
    rules and which is opened immutable, the ~8 ms of row scans would be paid
    on every start for nothing; its header and quick_check still run.
    """
    where = f"Database file {path}"
    for table, spec in COLUMNS.items():
        present = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        columns = [(word.split(":")[0], word.split(":")[1]) for word in spec.split()]
        for column, _ in columns:
            if column not in present:
                raise IntegrityError(f"{where} has no column {table}.{column}; it is damaged or from another version.")
        if scan_rows:
            _check_columns(conn, where, table, columns)
    _check_dataset_info(conn, where)
    if not conn.execute("SELECT 1 FROM countries LIMIT 1").fetchone():
        raise IntegrityError(f"{where} has no countries.")
    if not scan_rows:
        return
    for table, column, target, key in REFERENCES:
        bad = conn.execute(
            f"SELECT t.{column} FROM {table} t WHERE t.{column} IS NOT NULL AND NOT EXISTS "  # noqa: S608
            f"(SELECT 1 FROM {target} r WHERE r.{key} = t.{column}) LIMIT 1"
        ).fetchone()
        if bad:
            raise IntegrityError(
                f"{where} has {table}.{column} {short(bad[0], 40)!r} that is not in {target}."
            )
    for table, column, allowed in VOCABULARIES:
        marks = ", ".join("?" for _ in allowed)
        bad = conn.execute(
            f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL AND {column} NOT IN ({marks}) LIMIT 1",  # noqa: S608
            allowed,
        ).fetchone()
        if bad:
            raise IntegrityError(f"{where} has an unknown {table}.{column} {short(bad[0], 40)!r}.")
    bad = conn.execute(
        "SELECT f.value FROM figures f JOIN indicators i ON i.id = f.indicator "
        "WHERE i.value_type != 'date' AND typeof(f.value) NOT IN ('integer', 'real') LIMIT 1"
    ).fetchone()
    if bad:
        raise IntegrityError(f"{where} has text {short(bad[0], 40)!r} in the number column figures.value.")
    bad = conn.execute(
        "SELECT editions_searched FROM searches WHERE editions_searched = '' "
        "OR editions_searched GLOB '*[^0-9;]*' OR editions_searched GLOB '*;;*' "
        "OR editions_searched GLOB ';*' OR editions_searched GLOB '*;' LIMIT 1"
    ).fetchone()
    if bad:
        raise IntegrityError(f"{where} has a malformed searches.editions_searched {short(bad[0], 40)!r}.")


def _bad_value(column: str, kind: str) -> str:
    """SQL that is true when ``column`` holds what the app cannot read."""
    marks = ", ".join(f"'{t}'" for t in SQL_TYPES[kind.rstrip("!")])
    wrong_type = f"typeof({column}) NOT IN ({marks})"
    return wrong_type if kind.endswith("!") else f"({column} IS NOT NULL AND {wrong_type})"


def _check_columns(conn: sqlite3.Connection, where: str, table: str, columns: list[tuple[str, str]]) -> None:
    # One scan per table (not per column): this runs on every start of the window.
    conditions = [_bad_value(column, kind) for column, kind in columns]
    row = conn.execute(
        f"SELECT {', '.join(conditions)}, {', '.join(c for c, _ in columns)} FROM {table} "  # noqa: S608
        f"WHERE {' OR '.join(conditions)} LIMIT 1"
    ).fetchone()
    if row is None:
        return
    flags, values = row[: len(columns)], row[len(columns):]
    index = next(i for i, flag in enumerate(flags) if flag)
    (column, kind), value = columns[index], values[index]
    if value is None:
        raise IntegrityError(f"{where} has an empty {table}.{column}, which every row needs.")
    expected = "a number" if kind.startswith("I") else "text"
    raise IntegrityError(f"{where} has {short(value, 40)!r} in {table}.{column}, which must be {expected}.")


def _check_dataset_info(conn: sqlite3.Connection, where: str) -> None:
    info = dict(conn.execute("SELECT key, value FROM dataset_info").fetchall())
    for key in ("version", "as_of", "schema_version"):
        if not str(info.get(key) or "").strip():
            raise IntegrityError(f"{where} has no dataset_info {key!r}.")
    value = str(info["schema_version"]).strip()
    if not value.isdigit() or int(value) != SCHEMA_VERSION:
        raise IntegrityError(
            f"{where} says schema version {short(value, 20)!r} in dataset_info; "
            f"this program reads version {SCHEMA_VERSION}."
        )
