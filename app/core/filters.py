"""A Filter becomes parameterised SQL over the country summary (its description in
words is app.text.describe). Pure functions of the Filter, tested case by case as tables.
"""

from __future__ import annotations

import unicodedata

from app.core.models import Filter


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
