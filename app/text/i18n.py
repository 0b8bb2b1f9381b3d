"""Printed labels in English, French and Spanish, and per-language dates and numbers.

Data text (event summaries, source titles) stays in the language of the source;
only the sheet's own wording is translated here. Dates known only to the year or
month print only the year or the month: a made-up day would be false precision.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from app.core.dates import parse_partial_date
from app.text import catalog
from app.text.languages import CODES as LANGUAGES
from app.text.languages import check_language

__all__ = ["LANGUAGES", "check_language"]


def label(key: str, language: str = "en", **values: object) -> str:
    """The printed wording for ``key``, formatted with ``values`` (app.text.catalog)."""
    return catalog.text(key, language, **values)


def status_label(status: str, language: str) -> str:
    return catalog.text(status, language) if catalog.has(status) else status


def treaty_name(treaty_id: str, language: str) -> str:
    key = f"treaty_{treaty_id}"
    return catalog.text(key, language) if catalog.has(key) else treaty_id


def indicator_label(indicator_id: str, fallback: str, language: str) -> str:
    key = f"indicator_{indicator_id}"
    return catalog.text(key, language) if catalog.has(key) else fallback


def unit_label(unit: str | None, language: str) -> str:
    if not unit:
        return ""
    key = f"unit_{unit}"
    return catalog.text(key, language) if catalog.has(key) else unit


def format_date(text: str | None, language: str = "en", style: str = "medium") -> str:
    """``"1999"`` -> ``1999``; ``"2022-06"`` -> ``Jun 2022``; a full date per language.

    Text that is not a date is returned unchanged rather than hidden.
    """
    if not text:
        return ""
    try:
        year, month, day = parse_partial_date(text)
    except ValueError:
        return text
    if month is None:
        return str(year)
    if language == "en":
        return _english_date(year, month, day, style)
    from babel.dates import format_date as babel_format_date
    from babel.dates import format_skeleton

    skeleton = "yMMMM" if style == "long" else "yMMM"
    if day is None:
        return format_skeleton(skeleton, date(year, month, 1), locale=language)
    return babel_format_date(date(year, month, day), style, locale=language)


# CLDR's English patterns (medium "MMM d, y", long "MMMM d, y"), without loading CLDR:
# the window formats hundreds of dates before its first paint (~45 ms for babel's data).
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # fmt: skip


def _english_date(year: int, month: int, day: int | None, style: str) -> str:
    name = _MONTHS[month - 1] if style in ("long", "full") else _MONTHS[month - 1][:3]
    return f"{name} {year}" if day is None else f"{name} {day}, {year}"


def format_day(day: date, language: str = "en", style: str = "long") -> str:
    return format_date(day.isoformat(), language, style)


def format_number(value: float | int, language: str = "en") -> str:
    if language == "en":  # CLDR's English decimal pattern (#,##0.###), without loading CLDR
        text = f"{value:,.3f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
        return text
    from babel.numbers import format_decimal

    return format_decimal(value, locale=language)


def format_signed(value: int, language: str = "en") -> str:
    """``+12`` / ``−12`` with a true minus sign so it cannot be read as a hyphen."""
    text = format_number(abs(value), language)
    if value > 0:
        return "+" + text
    if value < 0:
        return "\u2212" + text
    return "±0"


def format_percent_change(new: int, old: int, language: str = "en") -> str:
    """`` (−30%)`` after a change, with a true minus sign; "" when there is nothing to say."""
    if not old or new == old:
        return ""
    ratio = (new - old) / old
    if language == "en":  # CLDR's English percent pattern (#,##0%), half-even, without loading CLDR
        text = f"{_half_even(ratio, scale=2):,}%"
    else:
        from babel.numbers import format_percent

        text = format_percent(ratio, locale=language)
    return " (" + text.replace("-", "\u2212") + ")"


def _half_even(value: float, step: str = "1", scale: int = 0):  # -> Decimal: babel prints "-0%"
    """Round as babel does: the float's shortest decimal value (times 10**scale), ties to even."""
    from decimal import ROUND_HALF_EVEN, Decimal

    return Decimal(str(value)).scaleb(scale).quantize(Decimal(step), rounding=ROUND_HALF_EVEN)


def format_usd(value: float | int, language: str = "en") -> str:
    """US$81.9 million: the order of magnitude matters on paper, not the last dollar."""
    if abs(value) >= 1_000_000 and language == "en":
        compact = _english_compact(value)
    elif abs(value) >= 1_000_000:
        from babel.numbers import format_compact_decimal

        compact = format_compact_decimal(value, format_type="long", fraction_digits=1, locale=language)
    else:
        compact = format_number(value, language)
    return f"US${compact}"


_ENGLISH_MAGNITUDES = ((1e6, "million"), (1e9, "billion"), (1e12, "trillion"))


def _english_compact(value: float | int) -> str:
    """CLDR's long English compact form with one decimal ("81.9 million"), without CLDR."""
    index = max(i for i, (size, _) in enumerate(_ENGLISH_MAGNITUDES) if abs(value) >= size)
    size, word = _ENGLISH_MAGNITUDES[index]
    scaled = _half_even(value / size, "0.1")
    if abs(scaled) >= 1000 and index + 1 < len(_ENGLISH_MAGNITUDES):
        size, word = _ENGLISH_MAGNITUDES[index + 1]  # 999.96 million is "1 billion", as babel says
        scaled = _half_even(value / size, "0.1")
    text = f"{scaled:,f}"
    return f"{text.removesuffix('.0')} {word}"


def collapse_years(years: Iterable[int]) -> str:
    """2011, 2018, 2023, 2024, 2025 -> ``2011, 2018, 2023–2025``."""
    ordered = sorted(set(years))
    runs: list[str] = []
    start = prev = None
    for year in ordered:
        if start is None:
            start = prev = year
        elif year == prev + 1:
            prev = year
        else:
            runs.append(str(start) if start == prev else f"{start}–{prev}")
            start = prev = year
    if start is not None:
        runs.append(str(start) if start == prev else f"{start}–{prev}")
    return ", ".join(runs)
