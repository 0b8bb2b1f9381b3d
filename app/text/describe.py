"""A Filter in one line of the user's language: "Mine Ban Treaty States Parties in Africa, 23 countries".

The words come from the catalogue (app.text.catalog), region names from CLDR;
country codes and the typed search stay as they are.
"""

from __future__ import annotations

from app.core.models import Filter
from app.core.regions import region_name
from app.text import catalog


def _either(words: list[str], language: str) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + catalog.text("filter_or", language) + words[-1]


def _statuses(values: frozenset[str], language: str) -> str:
    return _either([catalog.text(f"filter_{v}", language) for v in sorted(values)], language)


def describe(flt: Filter, count: int | None = None, language: str = "en") -> str:
    """One line naming what the filter keeps (and how many countries, when ``count`` is given)."""
    if flt.apmbc_status:
        parts = [catalog.text("filter_apmbc", language, statuses=_statuses(flt.apmbc_status, language))]
    else:
        parts = [catalog.text("filter_all" if flt.is_empty else "filter_countries", language)]
    if flt.ccm_status:
        parts.append(catalog.text("filter_ccm", language, statuses=_statuses(flt.ccm_status, language)))
    places = sorted(region_name(r, language) for r in flt.regions)
    places += sorted(region_name(r, language) for r in flt.subregions)
    if places:
        parts.append(catalog.text("filter_in", language, places=_either(places, language)))
    if flt.has_casualties is not None:
        parts.append(catalog.text("filter_with" if flt.has_casualties else "filter_without", language))
    if flt.search.strip():
        parts.append(catalog.text("filter_matching", language, text=flt.search.strip()))
    if flt.iso3s:
        parts.append(catalog.text("filter_among", language, codes=", ".join(sorted(flt.iso3s))))
    text = " ".join(parts)
    if count is not None:
        if language == "en":  # English needs no CLDR data: `list` stays free of babel
            shown = f"{count:,}"
        else:
            from app.text.i18n import format_number

            shown = format_number(count, language)
        text += ", " + catalog.plural("filter_count", count, language, n=shown)
    return text
