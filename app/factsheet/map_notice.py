"""The notice every map carries: what its boundaries do not mean, and whose data they are.

United Nations maps carry "The boundaries and names shown and the designations
used on this map do not imply official endorsement or acceptance by the United
Nations." Our maps (the sheets' locator, the HTML sheet's map, the window's
world map) say the same in the app's own words: no endorsement by the makers
of the sheets or by the sources they cite, no government's claims supported,
disputed areas hatched grey (see ``locator.py`` and ``db/build_map.is_disputed``),
and the boundary data named with its scale and version.

The boundary data is Natural Earth's 1:10m admin-0 countries, version 5.1.1,
in its German point-of-view edition (``db/build_map.py`` says why: it draws
Cyprus and Somalia whole and Crimea within Ukraine, as the UN does). A test
checks that ``BOUNDARY_DATA`` matches the provenance written into the map files,
so the notice cannot name another edition than the one drawn.

Pure Python, no Qt and no reportlab: the PDF sheet, the HTML sheet and the
window all take their text from here; the words are in the fact catalogue.
"""

from __future__ import annotations

from app.text import catalog

NATURAL_EARTH_SCALE = "1:10m"
NATURAL_EARTH_VERSION = "5.1.1"
BOUNDARY_DATA = f"Natural Earth {NATURAL_EARTH_SCALE} Admin 0 – Countries, version {NATURAL_EARTH_VERSION}"

def _language(language: str) -> str:
    """The two-letter code: "fr_FR" and "fr-CA" are "fr"; a language the app does not speak is "en"."""
    from app.text.languages import LANGUAGES

    code = (language or "en").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def disclaimer(language: str) -> str:
    """The full map notice in ``language`` (from the fact catalogue: every shipped language)."""
    lang = _language(language)
    data = catalog.text("map_data", lang, scale=NATURAL_EARTH_SCALE, version=NATURAL_EARTH_VERSION)
    return catalog.text("map_disclaimer", lang, data=data)


def short_notice(language: str) -> str:
    """A one-line form of the notice (data and version, no endorsement), for a label."""
    return catalog.text("map_short", _language(language), version=NATURAL_EARTH_VERSION)
