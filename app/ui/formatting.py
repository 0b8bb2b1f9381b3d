"""Display text for the GUI: translated labels, partial dates, numbers, figure values.

Every user-visible word goes through ``QCoreApplication.translate`` so that the
French and Spanish catalogues can cover it. Missing values are spelled out
("not reported", "no data"), never shown as 0.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

_C = QLocale.Language.C  # enum members looked up once: each lookup costs microseconds
_ENGLISH = (QLocale.Language.English, QLocale.Country.UnitedStates)


def locale() -> QLocale:
    """The default locale; the untranslated "C" locale becomes English (digit grouping, month names)."""
    current = QLocale()
    if current.language() == _C:
        return QLocale(*_ENGLISH)
    return current


def language() -> str:
    """The interface language code ("en", "fr", "es", ...) for wording built outside Qt."""
    return locale().name().split("_")[0]


# translate("Context", "text") with literal arguments: the call pyside6-lupdate extracts.
translate = QCoreApplication.translate


def not_reported() -> str:
    """For a figure a publication could have reported but did not (casualties, figures)."""
    return translate("Format", "not reported")


def no_data() -> str:
    """For a fact this dataset does not hold (a treaty standing we have no row for)."""
    return translate("Format", "no data")


def status_label(status: str | None) -> str:
    """A standing in the words of the sheets and ``show`` (app.text's catalogue)."""
    if status is None:
        return no_data()
    from app.text.i18n import status_label as worded

    return worded(status, language())


def format_date(text: str | None, short: bool = False) -> str:
    """A partial date as the source gave it ("1999", "Jun 1999", "Jun 1, 2006"), in the words
    the sheets and ``show`` use (app.text.i18n): one date format everywhere."""
    from app.text.i18n import format_date as worded

    return worded(text, language(), "medium" if short else "long")


def fractional_year(text: str | None) -> float | None:
    """Position of a partial date on a year axis; a year-only date sits mid-year."""
    if not text:
        return None
    parts = text.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return year + 0.5
        month = int(parts[1])
        day = int(parts[2]) if len(parts) > 2 else 15
    except ValueError:
        return None
    return year + (month - 1) / 12 + (day - 1) / 365


def format_int(value: int | float | None) -> str:
    if value is None:
        return not_reported()
    return locale().toString(int(value))


def format_usd(value: float) -> str:
    loc = locale()
    if abs(value) >= 1e9:
        return translate("Format", "US${0} billion").replace("{0}", loc.toString(value / 1e9, "f", 2))
    if abs(value) >= 1e6:
        return translate("Format", "US${0} million").replace("{0}", loc.toString(value / 1e6, "f", 1))
    return translate("Format", "US${0}").replace("{0}", loc.toString(int(round(value))))


def source_citation(source) -> str:
    """One-line citation: publisher, title, edition, date; the URL goes separately."""
    parts = [source.publisher, source.title]
    if source.edition:
        parts.append(source.edition)
    if source.published:
        parts.append(format_date(source.published))
    return ". ".join(p.rstrip(".") for p in parts if p) + "."
