"""Country codes, names and UN M49 regions taken from packages, never typed by hand.

- ISO 3166-1 codes and English names: pycountry.
- French and Spanish names: CLDR through babel.
- UN M49 region and sub-region: country_converter's table (read as a file, so
  the build does not import pandas through it).
Kosovo (XKX) is not in ISO 3166; its names come from country_converter and CLDR.

The packaged binary carries none of pycountry, country_converter and pandas (about
40 MB, packaging/slim.py), yet rebuilds the database when a data pack is imported.
There the facts come from the bundled database's ``countries`` table, which the
build filled from those packages: the same codes, names, regions and search text,
so unchanged rows come out identical. A code the bundled database lacks cannot be
looked up there, and says so.
"""

from __future__ import annotations

import csv
import importlib.util
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# country_converter calls the M49 region "America"; UN M49 says "Americas".
REGION_NAMES = {"America": "Americas"}


@dataclass(frozen=True)
class CountryFacts:
    iso2: str
    numeric: str | None
    name: str
    official_name: str | None
    name_fr: str
    name_es: str
    other_names: tuple[str, ...]
    region: str
    subregion: str
    # The stored search text, when the facts come from the bundled database (which
    # keeps the folded names, not the names the packages gave): the build reuses it.
    search_text: str | None = None


@cache
def _converter_table() -> dict[str, dict[str, str]]:
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        raise LookupError("the build needs country_converter (pip install -e '.[build]')")
    path = Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["ISO3"]: row for row in csv.DictReader(handle, delimiter="\t")}


@cache
def _cldr(language: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale(language).territories)


def packages_available() -> bool:
    """Whether pycountry and country_converter can be imported (a source checkout's venv)."""
    try:
        return all(importlib.util.find_spec(name) is not None for name in ("pycountry", "country_converter"))
    except (ImportError, ValueError):
        return False


def lookup(iso3: str) -> CountryFacts:
    """Everything the packages know about one code; LookupError if it is unknown.

    Without the packages (the packaged binary), the bundled database's facts instead.
    """
    if not packages_available():
        return bundled_lookup(iso3)
    import pycountry

    converter = _converter_table().get(iso3)
    record = pycountry.countries.get(alpha_3=iso3)
    if record is None and converter is None:
        raise LookupError(f"{iso3!r} is not an ISO 3166-1 alpha-3 code")
    if converter is None or not converter["UNregion"]:
        raise LookupError(f"no UN M49 region known for {iso3!r}")
    if record is not None:
        iso2, numeric = record.alpha_2, record.numeric
        name = getattr(record, "common_name", None) or record.name
        official = getattr(record, "official_name", None)
        other = (record.name,)
    else:
        iso2, numeric = converter["ISO2"], None
        name, official, other = converter["name_short"], converter["name_official"], ()
    english = _cldr("en").get(iso2)
    return CountryFacts(
        iso2=iso2,
        numeric=numeric,
        name=name,
        official_name=official,
        name_fr=_cldr("fr").get(iso2, name),
        name_es=_cldr("es").get(iso2, name),
        other_names=tuple(n for n in (*other, english, converter["name_short"]) if n),
        region=REGION_NAMES.get(converter["continent"], converter["continent"]),
        subregion=converter["UNregion"],
    )


@cache
def _bundled_table(path: Path) -> dict[str, CountryFacts]:
    """The ``countries`` table of a database the build wrote, as facts per ISO3 code."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            rows = conn.execute(
                "SELECT iso3, iso2, numeric, name, official_name, name_fr, name_es, region, subregion,"
                " search_text FROM countries"
            ).fetchall()
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as exc:
        raise LookupError(f"cannot read the countries of the bundled database {path} ({exc})") from None
    return {
        iso3: CountryFacts(
            iso2=iso2, numeric=numeric, name=name, official_name=official, name_fr=name_fr,
            name_es=name_es, other_names=(), region=region, subregion=subregion, search_text=search_text,
        )
        for iso3, iso2, numeric, name, official, name_fr, name_es, region, subregion, search_text in rows
    }  # fmt: skip


def bundled_lookup(iso3: str, database: Path | None = None) -> CountryFacts:
    """The facts the bundled database holds for one code; LookupError (one sentence) if it has none."""
    if database is None:
        from app.paths import bundled_database

        database = bundled_database()
    facts = _bundled_table(database).get(iso3)
    if facts is None:
        raise LookupError(
            f"{iso3!r} is not one of the countries this app was shipped with, and this copy of the app "
            "cannot add a country (a release of the app built with the new country can)"
        )
    return facts
