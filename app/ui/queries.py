"""Small read-only queries the GUI needs that ``core.store`` does not offer (yet).

Kept here, beside their only user, so that core stays owned by its owner; each
returns plain tuples and could move into ``Store`` unchanged.
"""

from __future__ import annotations

from app.core.store import Store


def withdrawals(store: Store, treaty: str) -> list[tuple[str, str]]:
    """(effective withdrawal date, iso3) of every state whose withdrawal took effect."""
    rows = store._rows(  # noqa: SLF001 - same read-only connection, one more query
        "SELECT withdrawal_effective AS d, iso3 FROM treaty_status "
        "WHERE treaty = ? AND preferred = 1 AND withdrawal_effective IS NOT NULL ORDER BY d, iso3",
        [treaty],
    )
    return [(r["d"], r["iso3"]) for r in rows]


def casualty_editions(store: Store) -> tuple[int, ...]:
    """Every Landmine Monitor edition in the dataset, newest first (for "not reported")."""
    rows = store._rows("SELECT DISTINCT edition FROM casualties ORDER BY edition DESC")  # noqa: SLF001
    return tuple(r[0] for r in rows)
