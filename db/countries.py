"""Country codes, names and UN M49 regions taken from packages, never typed by hand.

- ISO 3166-1 codes and English names: pycountry.
- French and Spanish names: CLDR through babel.
- UN M49 region and sub-region: country_converter's table (read as a file, so
  the build does not import pandas through it).
Kosovo (XKX) is not in ISO 3166; its names come from country_converter and CLDR.
"""

from __future__ import annotations

import csv
import importlib.util
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


def lookup(iso3: str) -> CountryFacts:
    """Everything the packages know about one code; LookupError if it is unknown."""
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
