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
window all take their text from here.
"""

from __future__ import annotations

NATURAL_EARTH_SCALE = "1:10m"
NATURAL_EARTH_VERSION = "5.1.1"
BOUNDARY_DATA = f"Natural Earth {NATURAL_EARTH_SCALE} Admin 0 – Countries, version {NATURAL_EARTH_VERSION}"

LANGUAGES = ("en", "fr", "es", "ru")

# French puts a no-break space before ":" and ";" (U+00A0: every sheet font has it).
_DISCLAIMER = {
    "en": (
        "The boundaries and names shown and the designations used on this map do not imply "
        "official endorsement or acceptance by the makers of Landmine Fact Sheets or by the "
        "sources they cite. The map supports no government's claims; areas whose sovereignty "
        "is disputed or undetermined are hatched in neutral grey. "
        "Boundaries: {data} (public domain)."
    ),
    "fr": (
        "Les frontières et les noms indiqués et les désignations employées sur cette carte "
        "n'impliquent pas reconnaissance ou acceptation officielle de la part des auteurs de "
        "Landmine Fact Sheets ni des sources qu'ils citent. La carte n'appuie les revendications "
        "d'aucun gouvernement\u00a0; les zones dont la souveraineté est contestée ou indéterminée "
        "sont hachurées en gris neutre. Frontières\u00a0: {data} (domaine public)."
    ),
    "es": (
        "Los límites y los nombres que figuran en este mapa y las denominaciones empleadas en él "
        "no implican su apoyo o aceptación oficial por parte de los autores de Landmine Fact "
        "Sheets ni de las fuentes que citan. El mapa no respalda las reivindicaciones de ningún "
        "gobierno; las zonas cuya soberanía está en disputa o sin determinar aparecen rayadas en "
        "gris neutro. Límites: {data} (dominio público)."
    ),
    "ru": (
        "Границы и названия, показанные на этой карте, и использованные на ней обозначения не "
        "подразумевают их официального одобрения или признания со стороны авторов Landmine Fact "
        "Sheets или цитируемых ими источников. Карта не поддерживает притязания какого-либо "
        "правительства; районы, суверенитет над которыми оспаривается или не определён, "
        "заштрихованы нейтральным серым цветом. Границы: {data} (общественное достояние)."
    ),
}

# One line for a crowded place (the window's map bar); its tooltip or dialog gives the rest.
_SHORT = {
    "en": "Boundaries: Natural Earth {version}, no endorsement implied",
    "fr": "Frontières\u00a0: Natural Earth {version}, sans reconnaissance officielle",
    "es": "Límites: Natural Earth {version}, sin aval oficial",
    "ru": "Границы: Natural Earth {version}, без официального признания",
}

_DATA = {
    "en": BOUNDARY_DATA,
    "fr": f"Natural Earth {NATURAL_EARTH_SCALE} Admin 0 – pays, version {NATURAL_EARTH_VERSION}",
    "es": f"Natural Earth {NATURAL_EARTH_SCALE} Admin 0 – países, versión {NATURAL_EARTH_VERSION}",
    "ru": f"Natural Earth {NATURAL_EARTH_SCALE} Admin 0 — страны, версия {NATURAL_EARTH_VERSION}",
}


def _language(language: str) -> str:
    """The two-letter code: "fr_FR" and "fr-CA" are "fr"; a language without a text is "en"."""
    code = (language or "en").replace("-", "_").split("_")[0].lower()
    return code if code in _DISCLAIMER else "en"


def disclaimer(language: str) -> str:
    """The full map notice in ``language`` (en, fr, es, ru; any other gives English)."""
    lang = _language(language)
    return _DISCLAIMER[lang].format(data=_DATA[lang])


def short_notice(language: str) -> str:
    """A one-line form of the notice (data and version, no endorsement), for a label."""
    return _SHORT[_language(language)].format(version=NATURAL_EARTH_VERSION)
