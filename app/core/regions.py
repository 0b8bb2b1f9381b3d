"""UN M49 region and sub-region names in the interface language.

The database keeps the English M49 names (from country_converter) as data; these
stay the keys for filtering and saved state. For display, each name maps to its
M49 area code, and CLDR (through babel) names that area in French or Spanish.
English needs no lookup: babel is imported only when another language asks, so
an English start-up pays nothing for it.
"""

from __future__ import annotations

from functools import cache

# English M49 name as the data spells it -> the CLDR territory code of that area
# (the M49 numeric code; CLDR has no numeric code for Antarctica, so its alpha-2).
# tests/core/test_regions.py checks every code against CLDR's English name.
M49_CODES: dict[str, str] = {
    # regions
    "Africa": "002",
    "Americas": "019",
    "Asia": "142",
    "Europe": "150",
    "Oceania": "009",
    "Antarctica": "AQ",
    # sub-regions and intermediate regions
    "Northern Africa": "015",
    "Sub-Saharan Africa": "202",
    "Eastern Africa": "014",
    "Middle Africa": "017",
    "Southern Africa": "018",
    "Western Africa": "011",
    "Latin America and the Caribbean": "419",
    "Caribbean": "029",
    "Central America": "013",
    "South America": "005",
    "Northern America": "021",
    "Central Asia": "143",
    "Eastern Asia": "030",
    "South-eastern Asia": "035",
    "Southern Asia": "034",
    "Western Asia": "145",
    "Eastern Europe": "151",
    "Northern Europe": "154",
    "Southern Europe": "039",
    "Western Europe": "155",
    "Australia and New Zealand": "053",
    "Melanesia": "054",
    "Micronesia": "057",
    "Polynesia": "061",
}

# Languages with CLDR names: every language the app speaks but English.
LANGUAGES = ("fr", "es", "ru")


@cache
def _names(language: str) -> dict[str, str]:
    """English M49 name -> CLDR name in ``language``, for every name in M49_CODES."""
    from babel import Locale  # here, not at the top: English never needs it

    territories = Locale(language).territories
    names: dict[str, str] = {}
    for english, code in M49_CODES.items():
        name = territories.get(code)
        if name:
            # CLDR gives names in their mid-sentence form ("région micronésienne");
            # they stand alone here (a list, a column, a title), so the first letter is upper-case.
            names[english] = name[:1].upper() + name[1:]
    return names


@cache
def _territories(language: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale(language).territories)


def country_name(iso2: str | None, english: str, language: str) -> str:
    """A country's CLDR name in ``language`` (the dataset's English name otherwise)."""
    if language not in LANGUAGES or not iso2:
        return english
    return _territories(language).get(iso2, english)


def region_name(english: str, language: str) -> str:
    """The region or sub-region ``english`` (as the data spells it) in ``language``.

    French and Spanish names come from CLDR; English, any other language and any
    name not in M49_CODES come back unchanged.
    """
    if language not in LANGUAGES or not english:
        return english
    return _names(language).get(english, english)
