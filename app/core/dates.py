"""Dates that may be known only to the month or the year.

Sources often give only the year of a ratification. Such dates are stored as
``YYYY`` or ``YYYY-MM`` text and must never be padded to a made-up day.
"""

from __future__ import annotations

from datetime import date


def parse_partial_date(text: str) -> tuple[int, int | None, int | None]:
    """``"1998"``, ``"1998-09"`` or ``"1998-09-16"`` -> (year, month, day); ValueError otherwise."""
    parts = text.split("-")
    if not 1 <= len(parts) <= 3 or any(not p.isdigit() for p in parts):
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    widths = (4, 2, 2)
    if any(len(p) != w for p, w in zip(parts, widths, strict=False)):
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2]) if len(parts) > 2 else None
    try:
        date(year, month or 1, day or 1)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a real date ({exc})") from None
    return year, month, day


def first_of_month_after(day: date, months: int) -> date:
    """First day of the month ``months`` after ``day``'s month (treaty six-month rules)."""
    index = day.month - 1 + months
    return date(day.year + index // 12, index % 12 + 1, 1)
