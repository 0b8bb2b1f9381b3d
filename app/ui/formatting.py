"""Display text for the GUI: translated labels, partial dates, numbers, figure values.

Every user-visible word goes through ``QCoreApplication.translate`` so that the
French and Spanish catalogues can cover it. Missing values are spelled out
("not reported", "no data"), never shown as 0.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.core.models import Figure

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


def treaty_label(treaty: str) -> str:
    labels = {
        "APMBC": translate("Treaty", "Mine Ban Treaty"),
        "CCM": translate("Treaty", "Convention on Cluster Munitions"),
        "CCW_P5": translate("Treaty", "CCW Protocol V (explosive remnants of war)"),
        "CCW_AP2": translate("Treaty", "CCW Amended Protocol II (mines)"),
        "CRPD": translate("Treaty", "Convention on the Rights of Persons with Disabilities"),
    }
    return labels.get(treaty, treaty)


def deposit_label(deposit_type: str | None) -> str:
    labels = {
        "ratification": translate("Format", "ratified"),
        "accession": translate("Format", "acceded"),
        "acceptance": translate("Format", "accepted"),
        "approval": translate("Format", "approved"),
        "succession": translate("Format", "succeeded"),
    }
    return labels.get(deposit_type or "", translate("Format", "joined"))


def event_kind_label(kind: str) -> str:
    """The kind of a timeline event, in the words the sheet and the command line use."""
    from app.text.facts import event_kind

    return event_kind(kind, language())


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


def format_figure_value(figure: Figure) -> str:
    value = figure.value
    kind = figure.indicator.value_type
    if value is None or value == "":
        return not_reported()
    if kind == "date":
        return format_date(str(value))
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if kind == "usd":
        return format_usd(number)
    if kind == "km2":
        return translate("Format", "{0} km²").replace("{0}", locale().toString(number, "f", 1))
    text = locale().toString(int(number)) if number.is_integer() else locale().toString(number)
    unit = figure.indicator.unit
    if unit and unit not in ("people", "states", "states/areas", "mines"):
        text += f" {unit}"
    return text


def casualties_text(total: int | None, year: int | None) -> str:
    """Table cell: "293 (2024)", or "no data" (the dataset has no figure; no source said none)."""
    if total is None:
        return no_data()
    if year is None:
        return format_int(total)
    return translate("Format", "{0} ({1})").replace("{0}", format_int(total)).replace("{1}", str(year))


def treaty_short_label(treaty: str) -> str:
    labels = {
        "APMBC": translate("Treaty", "Mine Ban Treaty"),
        "CCM": translate("Treaty", "Cluster Munitions"),
        "CCW_P5": translate("Treaty", "CCW Protocol V"),
        "CCW_AP2": translate("Treaty", "CCW Amended Prot. II"),
        "CRPD": translate("Treaty", "Disability rights (CRPD)"),
    }
    return labels.get(treaty, treaty)


def source_citation(source) -> str:
    """One-line citation: publisher, title, edition, date; the URL goes separately."""
    parts = [source.publisher, source.title]
    if source.edition:
        parts.append(source.edition)
    if source.published:
        parts.append(format_date(source.published))
    return ". ".join(p.rstrip(".") for p in parts if p) + "."
