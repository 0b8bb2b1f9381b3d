"""Country facts without pycountry and country_converter, as in the packaged binary.

packaging/slim.py leaves both packages (and pandas) out of the bundle; a data pack
import there rebuilds the database with the facts the bundled database already
holds. Rebuilt from unchanged sources, every countries row must be identical.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from db import countries
from db.build import BuildError, load, main

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "db" / "sources"
BUNDLED = REPO / "resources" / "factsheets.sqlite"


@pytest.fixture
def no_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    """pycountry and country_converter cannot be imported (None in sys.modules)."""
    for name in ("pycountry", "country_converter"):
        monkeypatch.setitem(sys.modules, name, None)
    countries._converter_table.cache_clear()
    countries._bundled_table.cache_clear()
    yield
    countries._converter_table.cache_clear()
    countries._bundled_table.cache_clear()


def bundled_rows() -> list[dict]:
    conn = sqlite3.connect(f"{BUNDLED.as_uri()}?mode=ro&immutable=1", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute("SELECT * FROM countries ORDER BY iso3")]
    finally:
        conn.close()


def test_packages_are_seen_missing(no_packages: None) -> None:
    assert not countries.packages_available()
    with pytest.raises(ImportError):
        import pycountry  # noqa: F401


def test_rebuilt_countries_are_identical_to_the_bundled_ones(no_packages: None) -> None:
    rebuilt = load(SOURCES)["countries"]
    assert rebuilt == bundled_rows()


def test_a_country_the_bundled_data_lacks_is_one_sentence(no_packages: None, tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    shutil.copytree(SOURCES, folder)
    with (folder / "countries.csv").open("a", encoding="utf-8") as handle:
        handle.write("XYZ,other_area,Nowhere Land,un-member-states\n")
    with pytest.raises(BuildError) as info:
        load(folder)
    [problem] = [p for p in info.value.problems if p.file == "countries.csv"]
    assert problem.column == "iso3"
    assert problem.message.startswith("'XYZ' is not one of the countries this app was shipped with")
    assert problem.message.count(". ") == 0 and "\n" not in problem.message


def test_a_renamed_country_is_found_by_its_new_name(no_packages: None, tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    shutil.copytree(SOURCES, folder)
    path = folder / "countries.csv"
    text = path.read_text(encoding="utf-8")
    assert "\nKHM,un_member,,un-member-states\n" in text
    path.write_text(text.replace("\nKHM,un_member,,", "\nKHM,un_member,Kampuchéa,"), encoding="utf-8")
    khm = next(row for row in load(folder)["countries"] if row["iso3"] == "KHM")
    assert khm["name"] == "Kampuchéa"
    assert "kampuchea" in khm["search_text"].split() and "cambodge" in khm["search_text"]


def test_the_packages_are_used_when_present() -> None:
    pytest.importorskip("pycountry")
    pytest.importorskip("country_converter")
    assert countries.packages_available()
    assert countries.lookup("KHM").search_text is None


def test_the_dataset_build_itself_needs_the_packages(no_packages: None, tmp_path: Path, capsys) -> None:
    """python -m db.build writes the database the fallback reads: it never reads itself."""
    assert main(["--out", str(tmp_path / "out.sqlite")]) == 1
    assert "pycountry and country_converter" in capsys.readouterr().err
    assert not (tmp_path / "out.sqlite").exists()
