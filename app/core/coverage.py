"""What the dataset covers: per treaty, per casualty series, per indicator.

``compute`` is given a ``count(sql, params)`` function by the store, so the
counting rules live here, readable in one place, and the store stays a thin
layer over SQLite.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from app.core.models import CoverageRow, Indicator, Treaty

Count = Callable[..., int]
JOINED_SQL = "status IN ('party', 'withdrawn', 'withdrawal_pending')"
# A standing that rests on the depositary or another primary source.
PRIMARY_SQL = (
    "source_id IN (SELECT id FROM sources WHERE quality = 'primary' OR url LIKE '%treaties.un.org%')"
)
RECENT_YEARS = (2020, 2024)  # the Monitor's last five editions report these data years


def compute(
    count: Count, names: Callable[[str], list[str]], treaties: Sequence[Treaty], indicators: Iterable[Indicator]
) -> list[CoverageRow]:
    """``names(sql)`` returns the English names a query selects (for the unknown states)."""
    total = count("SELECT count(*) FROM countries")
    rows = [*_treaty_rows(count, names, treaties, total), *_casualty_rows(count, total)]
    apmbc_members = count(f"SELECT count(*) FROM treaty_standing WHERE treaty = 'APMBC' AND {JOINED_SQL}")
    world_only = []
    for indicator in sorted(indicators, key=lambda i: i.id):
        countries = count(
            "SELECT count(DISTINCT iso3) FROM figures WHERE indicator = ? AND iso3 IS NOT NULL", [indicator.id]
        )
        if countries:
            parties_only = indicator.applies_to == "apmbc_parties"
            rows.append(
                CoverageRow(
                    indicator.id,
                    countries,
                    apmbc_members if parties_only else total,
                    "of Mine Ban Treaty States Parties" if parties_only else "",
                )
            )
        else:
            years = count(
                "SELECT count(DISTINCT year) FROM figures WHERE indicator = ? AND iso3 IS NULL", [indicator.id]
            )
            if years:
                world_only.append(CoverageRow(f"world: {indicator.id}", years, 0, "years with a world figure", "years"))
    rows.append(
        CoverageRow(
            "policy timeline events", count("SELECT count(DISTINCT iso3) FROM events WHERE iso3 IS NOT NULL"), total
        )
    )
    world_years = count("SELECT count(DISTINCT year) FROM casualties WHERE iso3 IS NULL")
    world_only.insert(0, CoverageRow("world: casualties", world_years, 0, "years with a world figure", "years"))
    return rows + world_only


def _treaty_rows(count: Count, names: Callable[[str], list[str]], treaties: Sequence[Treaty], total: int):
    members = count("SELECT count(*) FROM countries WHERE kind = 'un_member'")
    for treaty in treaties:
        params = [treaty.id]
        standing = count("SELECT count(*) FROM treaty_standing WHERE treaty = ?", params)
        un_known = count(
            "SELECT count(*) FROM treaty_standing s JOIN countries c USING (iso3) "
            "WHERE s.treaty = ? AND c.kind = 'un_member'",
            params,
        )
        unknown = names(
            "SELECT c.name FROM countries c WHERE c.kind = 'un_member' AND c.iso3 NOT IN "
            f"(SELECT iso3 FROM treaty_standing WHERE treaty = '{treaty.id}') ORDER BY c.name"
        )
        note = ""
        if unknown:
            # Every one named: a reader must know which states the sheet cannot speak for.
            searched = "Monitor pages, UN Treaty Collection, registers searched"
            note = f"unknown, no stored source found ({searched}): {', '.join(unknown)}"
        yield CoverageRow(f"{treaty.id} standing", standing, total)
        yield CoverageRow(f"{treaty.id} standing, UN member states", un_known, members, note)
        primary = count(f"SELECT count(*) FROM treaty_standing WHERE treaty = ? AND {PRIMARY_SQL}", params)
        yield CoverageRow(f"{treaty.id} standing cites a primary source", primary, standing, "of standings")
        joined = count(f"SELECT count(*) FROM treaty_standing WHERE treaty = ? AND {JOINED_SQL}", params)
        if joined:
            day_level = count(
                f"SELECT count(*) FROM treaty_standing WHERE treaty = ? AND {JOINED_SQL} AND length(deposited) = 10",
                params,
            )
            yield CoverageRow(f"{treaty.id} deposit date (day-level)", day_level, joined, "of states that joined")
        disputed = count("SELECT count(DISTINCT iso3) FROM treaty_disputes WHERE treaty = ?", params)
        yield CoverageRow(f"{treaty.id} dates disputed between sources", disputed, standing, "of standings")


def _casualty_rows(count: Count, total: int):
    country = "iso3 IS NOT NULL"
    yield CoverageRow(
        "casualties (any year)", count(f"SELECT count(DISTINCT iso3) FROM casualties WHERE {country}"), total
    )
    first, last = RECENT_YEARS
    yield CoverageRow(
        f"casualties for {first}-{last}",
        count(f"SELECT count(DISTINCT iso3) FROM casualties WHERE {country} AND year BETWEEN ? AND ?", [first, last]),
        total,
    )
    yield CoverageRow(
        "casualties: country-years",
        count(f"SELECT count(*) FROM (SELECT DISTINCT iso3, year FROM casualties WHERE {country})"),
        0,
        "data years with a figure, all countries",
        "country-years",
    )
    yield CoverageRow(
        "casualties: country-years searched, no figure",
        count("SELECT count(*) FROM searches WHERE topic = 'casualties'"),
        0,
        "each names the editions searched",
        "country-years",
    )
    yield CoverageRow(
        "casualties: editions per country-year",
        count(f"SELECT count(*) FROM (SELECT DISTINCT iso3, year, edition FROM casualties WHERE {country})"),
        0,
        "rows kept for provenance: later editions revise earlier years",
        "rows",
    )
