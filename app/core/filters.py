"""A Filter becomes parameterised SQL over the country summary, plus a human description.

Both are pure functions of the Filter, tested case by case as tables.
"""

from __future__ import annotations

import unicodedata

from app.core.models import Filter
from app.core.regions import region_name

# Plural nouns for a description such as "States Parties in Africa".
STATUS_PLURALS = {
    "party": "States Parties",
    "signatory": "signatories",
    "not_party": "states not party",
    "withdrawal_pending": "states withdrawing",
    "withdrawn": "withdrawn states",
    "not_eligible": "other areas",
}

# The description's wording per language (the GUI passes its own); region names come from
# app.core.regions (CLDR) in that language, country codes stay as in the data.
PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "all": "All countries",
        "countries": "Countries",
        "apmbc": "Mine Ban Treaty {0}",
        "ccm": "(Cluster Munitions: {0})",
        "in": "in {0}",
        "with": "with casualty data",
        "without": "without casualty data",
        "matching": "matching “{0}”",
        "among": "among {0}",
        "or": " or ",
        "one": "1 country",
        "many": "{0} countries",
    },
    "fr": {
        "all": "Tous les pays",
        "countries": "Pays",
        "apmbc": "Traité d’interdiction des mines\u00a0: {0}",
        "ccm": "(Armes à sous-munitions\u00a0: {0})",
        "in": "en {0}",
        "with": "avec données sur les victimes",
        "without": "sans données sur les victimes",
        "matching": "correspondant à «\u00a0{0}\u00a0»",
        "among": "parmi {0}",
        "or": " ou ",
        "one": "1 pays",
        "many": "{0} pays",
    },
    "es": {
        "all": "Todos los países",
        "countries": "Países",
        "apmbc": "Tratado de Prohibición de Minas: {0}",
        "ccm": "(Municiones en racimo: {0})",
        "in": "en {0}",
        "with": "con datos de víctimas",
        "without": "sin datos de víctimas",
        "matching": "que coinciden con «{0}»",
        "among": "entre {0}",
        "or": " o ",
        "one": "1 país",
        "many": "{0} países",
    },
}
STATUS_PLURALS_BY_LANGUAGE: dict[str, dict[str, str]] = {
    "en": STATUS_PLURALS,
    "fr": {
        "party": "États parties",
        "signatory": "signataires",
        "not_party": "États non parties",
        "withdrawal_pending": "États en cours de retrait",
        "withdrawn": "États retirés",
        "not_eligible": "autres territoires",
    },
    "es": {
        "party": "Estados Parte",
        "signatory": "signatarios",
        "not_party": "Estados no parte",
        "withdrawal_pending": "Estados en proceso de retiro",
        "withdrawn": "Estados retirados",
        "not_eligible": "otros territorios",
    },
}


def fold(text: str) -> str:
    """Lower-case, accent-free form: "Côte" and "COTE" both become "cote"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search_terms(text: str) -> list[str]:
    return [t for t in fold(text).replace("’", "'").split() if t]


def _in(column: str, values: frozenset[str]) -> tuple[str, list[str]]:
    ordered = sorted(values)
    return f"{column} IN ({', '.join('?' for _ in ordered)})", ordered


def to_sql(flt: Filter) -> tuple[str, list[object]]:
    """WHERE clause (without the keyword; "1" when empty) over the summary columns.

    The summary exposes: iso3, region, subregion, search_text, apmbc_status,
    ccm_status and latest_casualties.
    """
    clauses: list[str] = []
    params: list[object] = []

    def add(clause: str, values: list[object]) -> None:
        clauses.append(clause)
        params.extend(values)

    for term in dict.fromkeys(search_terms(flt.search)):  # each word once
        # Escape LIKE wildcards so "%" or "_" typed by a user match literally.
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        add("search_text LIKE ? ESCAPE '\\'", [f"%{escaped}%"])
    if flt.regions:
        add(*_in("region", flt.regions))
    if flt.subregions:
        add(*_in("subregion", flt.subregions))
    if flt.apmbc_status:
        add(*_in("apmbc_status", flt.apmbc_status))
    if flt.ccm_status:
        add(*_in("ccm_status", flt.ccm_status))
    if flt.has_casualties is True:
        add("latest_casualties IS NOT NULL", [])
    elif flt.has_casualties is False:
        add("latest_casualties IS NULL", [])
    if flt.iso3s:
        add(*_in("iso3", frozenset(c.upper() for c in flt.iso3s)))
    return (_all(clauses) or "1"), params


def _all(clauses: list[str]) -> str:
    """``a AND b AND ...`` nested as a balanced tree: SQLite refuses expressions deeper
    than 1,000, and a flat chain of a thousand searched words is that deep."""
    if len(clauses) <= 2:
        return " AND ".join(clauses)
    middle = len(clauses) // 2
    return f"({_all(clauses[:middle])}) AND ({_all(clauses[middle:])})"


def _either(words: list[str], language: str = "en") -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + PHRASES[language]["or"] + words[-1]


def _statuses(values: frozenset[str], language: str = "en") -> str:
    plurals = STATUS_PLURALS_BY_LANGUAGE[language]
    return _either([plurals.get(v, v) for v in sorted(values)], language)


def describe(flt: Filter, count: int | None = None, language: str = "en") -> str:
    """One line such as "Mine Ban Treaty States Parties in Africa with casualty data, 23 countries".

    ``language`` is "en", "fr" or "es"; any other falls back to English.
    """
    if language not in PHRASES:
        language = "en"
    words = PHRASES[language]
    if flt.apmbc_status:
        subject = words["apmbc"].replace("{0}", _statuses(flt.apmbc_status, language))
    else:
        subject = words["all"] if flt.is_empty else words["countries"]
    parts = [subject]
    if flt.ccm_status:
        parts.append(words["ccm"].replace("{0}", _statuses(flt.ccm_status, language)))
    places = sorted(region_name(r, language) for r in flt.regions)
    places += sorted(region_name(r, language) for r in flt.subregions)
    if places:
        parts.append(words["in"].replace("{0}", _either(places, language)))
    if flt.has_casualties is True:
        parts.append(words["with"])
    elif flt.has_casualties is False:
        parts.append(words["without"])
    if flt.search.strip():
        parts.append(words["matching"].replace("{0}", flt.search.strip()))
    if flt.iso3s:
        parts.append(words["among"].replace("{0}", ", ".join(sorted(flt.iso3s))))
    text = " ".join(parts)
    if count is not None:
        text += ", " + (words["one"] if count == 1 else words["many"].replace("{0}", str(count)))
    return text
