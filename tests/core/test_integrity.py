"""A database that passes SQLite's own checks but is not one the app can show fails at open, in one sentence.

Each case damages a copy of the fixture database the way a hand edit, another
version of the app or a bad copy would, and expects ``Store`` to refuse it
naming the file, on one line, before any view can crash on it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.core.store import DatabaseError, Store


@pytest.fixture
def copy_db(fixture_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copy.sqlite"
    shutil.copyfile(fixture_db, path)
    path.chmod(0o644)
    return path


def loosen(conn: sqlite3.Connection, table: str) -> None:
    """Rebuild ``table`` without its NOT NULL and type constraints, as a careless tool would."""
    conn.execute(f"CREATE TABLE loose AS SELECT * FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE loose RENAME TO {table}")


def edit(path: Path, *statements: str, loose: str | None = None) -> None:
    with sqlite3.connect(path) as conn:
        if loose:
            loosen(conn, loose)
        for sql in statements:
            conn.execute(sql)
    conn.close()


# The fixture has no figures: each figure case adds one row.
FIGURE = ("INSERT INTO figures (iso3, indicator, year, value, source_id, preferred) "
          "VALUES ('KHM', {indicator}, 2024, {value}, (SELECT id FROM sources LIMIT 1), 1)")  # fmt: skip

CASES = {
    "dropped column": (("ALTER TABLE countries DROP COLUMN subregion",), None, "no column countries.subregion"),
    "no schema_version row": (("DELETE FROM dataset_info WHERE key = 'schema_version'",), None,
                              "no dataset_info 'schema_version'"),  # fmt: skip
    "text schema_version": (("UPDATE dataset_info SET value = 'two' WHERE key = 'schema_version'",), None,
                            "schema version 'two'"),  # fmt: skip
    "NULL name": (("UPDATE countries SET name = NULL WHERE iso3 = 'KHM'",), "countries", "empty countries.name"),
    "NULL casualty year": (("UPDATE casualties SET year = NULL",), "casualties", "empty casualties.year"),
    "NULL status": (("UPDATE treaty_standing SET status = NULL",), "treaty_standing",
                    "empty treaty_standing.status"),  # fmt: skip
    "text in casualties.total": (("UPDATE casualties SET total = 'many'",), None,
                                 "'many' in casualties.total, which must be a number"),  # fmt: skip
    "text in a count figure": ((FIGURE.format(indicator="(SELECT id FROM indicators WHERE value_type != 'date' "
                                              "LIMIT 1)", value="'lots'"),), None,
                               "text 'lots' in the number column"),  # fmt: skip
    "dangling source id": (("UPDATE events SET source_id = 'gone'",), None, "events.source_id 'gone' that is not in"),
    "dangling date source id": (("UPDATE treaty_standing SET deposited_source_id = 'gone' "
                                 "WHERE deposited IS NOT NULL",), None, "deposited_source_id 'gone'"),  # fmt: skip
    "dangling indicator id": ((FIGURE.format(indicator="'nope'", value="3"),), None, "figures.indicator 'nope'"),
    "unknown standing": (("UPDATE treaty_standing SET status = 'maybe'",), None,
                         "unknown treaty_standing.status 'maybe'"),  # fmt: skip
    "no countries": (("DELETE FROM countries",), None, "has no countries"),
    "malformed searches": (("INSERT INTO searches (iso3, topic, year, finding, editions_searched) "
                            "VALUES ('KHM', 'casualties', 2020, 'not_found', '2025;;x')",), None,
                           "malformed searches.editions_searched"),  # fmt: skip
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_inconsistent_database_fails_at_open_in_one_sentence(copy_db: Path, case: str) -> None:
    statements, loose, message = CASES[case]
    edit(copy_db, *statements, loose=loose)
    with pytest.raises(DatabaseError, match=message.replace("(", r"\(")) as info:
        Store(copy_db)
    assert str(copy_db) in str(info.value) and "\n" not in str(info.value)


def test_a_file_cut_100_bytes_short_is_refused(copy_db: Path) -> None:
    # quick_check passes such a file when the tail held only free space: the header's
    # page count is what tells.
    copy_db.write_bytes(copy_db.read_bytes()[:-100])
    with pytest.raises(DatabaseError, match="cut short"):
        Store(copy_db)


def test_a_fifo_is_refused_instead_of_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "db.fifo"
    os.mkfifo(fifo)
    with pytest.raises(DatabaseError, match="not a regular file"):
        Store(fifo)


def test_symlink_loop_and_dangling_link_are_named_as_such(tmp_path: Path) -> None:
    loop = tmp_path / "loop.sqlite"
    loop.symlink_to(loop)
    with pytest.raises(DatabaseError, match="loop of symbolic links"):
        Store(loop)
    dangling = tmp_path / "dangling.sqlite"
    dangling.symlink_to(tmp_path / "gone.sqlite")
    with pytest.raises(DatabaseError, match="symbolic link to a file that does not exist"):
        Store(dangling)


def test_stray_wal_is_refused_and_nothing_is_written_beside_the_file(copy_db: Path) -> None:
    wal = copy_db.with_name(copy_db.name + "-wal")
    wal.write_bytes(b"\0" * 64)
    with pytest.raises(DatabaseError, match="unfinished write beside it"):
        Store(copy_db)
    assert sorted(p.name for p in copy_db.parent.iterdir()) == ["copy.sqlite", "copy.sqlite-wal"]


def test_bundled_database_opens_immutable_ignoring_a_stray_wal(copy_db: Path, monkeypatch) -> None:
    from app import paths

    monkeypatch.setattr(paths, "bundled_database", lambda: copy_db)
    copy_db.with_name(copy_db.name + "-wal").write_bytes(b"\0" * 64)
    with Store.open(None) as store:
        assert store.country("KHM").name == "Cambodia"
    assert not copy_db.with_name(copy_db.name + "-shm").exists()


def test_locked_database_is_not_called_damaged(copy_db: Path) -> None:
    holder = sqlite3.connect(copy_db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="in use by another program") as info:
            Store(copy_db)
        assert "damaged" not in str(info.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_quick_check_failure_is_one_line(copy_db: Path, monkeypatch) -> None:
    from app.core import store as store_module

    class TwoLines(sqlite3.Connection):
        def execute(self, sql, *args):  # noqa: ANN001 - sqlite3's own signature
            if sql.startswith("PRAGMA quick_check"):
                return iter([("row 1 missing from index a",), ("row 2 missing\nfrom index b",)])
            return super().execute(sql, *args)

    real_connect = sqlite3.connect
    monkeypatch.setattr(store_module.sqlite3, "connect", lambda *a, **k: real_connect(*a, factory=TwoLines, **k))
    with pytest.raises(DatabaseError, match="damaged") as info:
        Store(copy_db)
    assert "\n" not in str(info.value) and "index b" in str(info.value)
