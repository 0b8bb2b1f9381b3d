"""A Filter becomes parameterised SQL over the country summary, plus a human description.

Both are pure functions of the Filter, tested case by case as tables.
"""

from __future__ import annotations

import unicodedata

from app.core.models import Filter

# Plural nouns for a description such as "States Parties in Africa".
STATUS_PLURALS = {
    "party": "States Parties",
    "signatory": "signatories",
    "not_party": "states not party",
    "withdrawal_pending": "states withdrawing",
    "withdrawn": "withdrawn states",
    "not_eligible": "other areas",
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

    for term in search_terms(flt.search):
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
    return (" AND ".join(clauses) or "1"), params


def _either(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " or " + words[-1]


def _statuses(values: frozenset[str]) -> str:
    return _either([STATUS_PLURALS.get(v, v) for v in sorted(values)])


def describe(flt: Filter, count: int | None = None) -> str:
    """One line such as "Mine Ban Treaty States Parties in Africa with casualty data, 23 countries"."""
    if flt.apmbc_status:
        subject = "Mine Ban Treaty " + _statuses(flt.apmbc_status)
    else:
        subject = "All countries" if flt.is_empty else "Countries"
    parts = [subject]
    if flt.ccm_status:
        parts.append(f"(Cluster Munitions: {_statuses(flt.ccm_status)})")
    places = sorted(flt.regions) + sorted(flt.subregions)
    if places:
        parts.append("in " + _either(places))
    if flt.has_casualties is True:
        parts.append("with casualty data")
    elif flt.has_casualties is False:
        parts.append("without casualty data")
    if flt.search.strip():
        parts.append(f"matching “{flt.search.strip()}”")
    if flt.iso3s:
        parts.append("among " + ", ".join(sorted(flt.iso3s)))
    text = " ".join(parts)
    if count is not None:
        text += f", {count} {'country' if count == 1 else 'countries'}"
    return text
