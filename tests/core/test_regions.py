"""UN M49 region names: every data name has a code, every code is the right CLDR area."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from babel import Locale

from app import paths
from app.core.regions import M49_CODES, region_name
from app.core.store import Store

REPO = Path(__file__).resolve().parents[2]

# The few areas whose CLDR English name is worded differently from UN M49's
# (same area, same code); every other CLDR English name must equal ours exactly.
CLDR_ENGLISH_WORDING = {
    "South-eastern Asia": "Southeast Asia",
    "Australia and New Zealand": "Australasia",
    "Micronesia": "Micronesian Region",
    "Latin America and the Caribbean": "Latin America",
}


def _bundled_regions() -> set[str]:
    with Store(paths.bundled_database()) as store:
        regions = store.regions()
    return set(regions) | {sub for subs in regions.values() for sub in subs}


def test_every_region_in_the_bundled_database_has_a_code():
    names = _bundled_regions()
    assert len(names) > 20  # 5 regions, 17 sub-regions
    assert names - set(M49_CODES) == set()


def test_every_region_in_the_fixture_database_has_a_code(store):
    regions = store.regions()
    names = set(regions) | {sub for subs in regions.values() for sub in subs}
    assert names and names <= set(M49_CODES)


@pytest.mark.skipif(importlib.util.find_spec("country_converter") is None,
                    reason="country_converter (the build's source of regions) not installed")
def test_every_region_the_build_can_write_has_a_code():
    from db.countries import REGION_NAMES, _converter_table

    table = _converter_table().values()
    names = {REGION_NAMES.get(r["continent"], r["continent"]) for r in table}
    names |= {r["UNregion"] for r in table if r["UNregion"]}
    assert names - set(M49_CODES) == set()


@pytest.mark.parametrize(("english", "code"), sorted(M49_CODES.items()))
def test_code_is_the_area_cldr_names_in_english(english, code):
    assert Locale("en").territories[code] == CLDR_ENGLISH_WORDING.get(english, english)


def test_codes_are_distinct():
    assert len(set(M49_CODES.values())) == len(M49_CODES)


def test_the_wording_exceptions_are_all_used():
    assert set(CLDR_ENGLISH_WORDING) <= set(M49_CODES)


@pytest.mark.parametrize(
    ("english", "language", "expected"),
    [
        ("Western Asia", "fr", "Asie de l’Ouest"),
        ("South-eastern Asia", "fr", "Asie du Sud-Est"),
        ("Africa", "fr", "Afrique"),
        ("Americas", "fr", "Amériques"),
        ("Micronesia", "fr", "Région micronésienne"),  # CLDR's "région": a label starts upper-case
        ("South-eastern Asia", "es", "Sudeste asiático"),
        ("Eastern Europe", "es", "Europa oriental"),
        ("Africa", "es", "África"),
        ("Australia and New Zealand", "es", "Australasia"),
    ],
)
def test_french_and_spanish_names_come_from_cldr(english, language, expected):
    assert region_name(english, language) == expected


@pytest.mark.parametrize("language", ["en", "de", "", "fr_CA"])
def test_english_and_unknown_languages_keep_the_data_name(language):
    assert region_name("South-eastern Asia", language) == "South-eastern Asia"


@pytest.mark.parametrize("language", ["fr", "es"])
def test_unknown_names_are_shown_as_recorded(language):
    assert region_name("Atlantis", language) == "Atlantis"
    assert region_name("", language) == ""


def test_every_name_has_a_french_and_spanish_form():
    for language in ("fr", "es"):
        for english in M49_CODES:
            assert region_name(english, language)


def test_english_never_imports_babel():
    code = ("from app.text.describe import describe\nfrom app.core.models import Filter\n"
            "from app.core.regions import region_name\n"
            "region_name('Western Asia', 'en')\n"
            "describe(Filter(regions=frozenset({'Asia'})), 3)\n"
            "import sys; print('babel' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                            check=True)
    assert result.stdout.strip() == "False"
