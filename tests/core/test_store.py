import shutil
import sqlite3

import pytest

from app.core.store import DatabaseError, Store


def test_profile_has_cited_treaty_dates(store):
    profile = store.profile("UKR")
    apmbc = profile.status("APMBC")
    assert apmbc.status == "withdrawal_pending"
    assert (apmbc.signed, apmbc.deposited, apmbc.entry_into_force) == ("1999-02-24", "2005-12-27", "2006-06-01")
    assert apmbc.source.url.startswith("https://treaties.un.org/")
    assert profile.latest_casualties.total == 293


def test_entry_into_force_is_computed_by_article_17_when_no_source_states_it(store):
    finland = store.profile("FIN").status("APMBC")
    assert finland.entry_into_force is None  # year-only deposit: no day can be computed
    tonga = store.profile("TON").status("APMBC")
    assert (tonga.entry_into_force, tonga.eif_basis) == ("2025-12-01", "source")


def test_missing_data_is_none_not_zero(store):
    tonga = store.profile("TON")
    assert tonga.casualties == ()
    assert tonga.latest_casualties is None
    summary = {s.iso3: s for s in store.summaries()}["TON"]
    assert summary.latest_casualties is None


def test_world_casualties_and_sources(store):
    (world,) = store.casualties(None)
    assert (world.year, world.total, world.killed, world.injured, world.edition) == (2024, 6279, 1945, 4325, 2025)
    assert all(s.url.startswith("http") for s in store.sources())


def test_resolve_accepts_codes_and_names(store):
    assert store.resolve("khm") == "KHM"
    assert store.resolve("KH") == "KHM"
    assert store.resolve("Cambodge") == "KHM"
    assert store.resolve("Atlantis") is None


def test_database_is_opened_read_only(store):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store._conn.execute("DELETE FROM countries")


@pytest.fixture
def copy_db(fixture_db, tmp_path):
    path = tmp_path / "copy.sqlite"
    shutil.copyfile(fixture_db, path)
    path.chmod(0o644)
    return path


def _damage_truncate(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _damage_text(path):
    path.write_text("this is not a database\n" * 100)


def _damage_empty(path):
    path.write_bytes(b"")


def _damage_schema_version(path):
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")


def _damage_foreign_db(path):
    path.unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE other (x)")


def _damage_pages(path):
    data = bytearray(path.read_bytes())
    for i in range(4096, min(len(data), 4096 * 3)):
        data[i] = 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (_damage_truncate, "damaged"),
        (_damage_text, "damaged or not a database"),
        (_damage_empty, "not a Landmine Fact Sheets database"),
        (_damage_schema_version, "schema version 99"),
        (_damage_foreign_db, "not a Landmine Fact Sheets database"),
        (_damage_pages, "damaged"),
    ],
)
def test_bad_database_gives_one_sentence_naming_the_file(copy_db, damage, message):
    damage(copy_db)
    with pytest.raises(DatabaseError, match=message) as info:
        Store(copy_db)
    assert str(copy_db) in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_database(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        Store(tmp_path / "nope.sqlite")
    with pytest.raises(DatabaseError, match="is a folder"):
        Store(tmp_path)


def test_curator_locators_never_reach_the_profile(store, fixture_db):
    """Notes are for readers; how a source was read is the curators' locator, kept in the file only."""
    assert "Article 20(3)" in store.profile("UKR").status("APMBC").display_note
    cambodia = store.profile("KHM").status("APMBC")
    assert cambodia.note is None and cambodia.display_note is None
    import sqlite3

    with sqlite3.connect(f"{fixture_db.as_uri()}?mode=ro", uri=True) as conn:
        (locator,) = conn.execute(
            "SELECT locator FROM treaty_status WHERE iso3 = 'KHM' AND treaty = 'APMBC'"
        ).fetchone()
    assert "GitHub dataset" in locator
