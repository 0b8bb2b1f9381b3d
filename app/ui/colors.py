"""Data colours shared by the map legend, the table swatches and the charts.

Categories use the Okabe-Ito palette, which stays distinguishable under the
common forms of colour blindness; the casualty scale is five steps of viridis,
which is perceptually ordered and readable in greyscale. Everything that is
not data (backgrounds, text, grid lines) comes from the widget palette so the
app follows the system's light or dark theme.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette

from app.core.models import CountrySummary, ShownCasualties
from app.text.facts import casualty_note, word
from app.ui.formatting import format_int, language, status_label, translate

# Okabe & Ito (2008), "Color Universal Design".
STATUS_COLORS = {
    "party": QColor("#009E73"),  # bluish green
    "signatory": QColor("#56B4E9"),  # sky blue
    "not_party": QColor("#E69F00"),  # orange
    "withdrawal_pending": QColor("#CC79A7"),  # reddish purple
    "withdrawn": QColor("#D55E00"),  # vermillion
    "not_eligible": QColor("#F0E442"),  # yellow
}

# viridis at 0.1 .. 0.9, light (few) to dark (many).
CASUALTY_STEPS = (
    (0, QColor("#bddf26")),
    (100, QColor("#5ec962")),
    (250, QColor("#21918c")),
    (500, QColor("#3b528b")),
    (1000, QColor("#482475")),
)

MODES = ("apmbc", "ccm", "casualties")


def mode_label(mode: str) -> str:
    return {
        "apmbc": translate("Map", "Mine Ban Treaty standing"),
        "ccm": translate("Map", "Cluster Munitions standing"),
        "casualties": translate("Map", "Latest casualties"),
    }[mode]


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """a moved a fraction t of the way towards b."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def no_data_color(palette: QPalette) -> QColor:
    """The map's neutral land grey for "no data", in either theme."""
    return blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.18)


def older_figure_color(palette: QPalette) -> QColor:
    """The map's darker grey for a country whose only figures are older than the chosen year."""
    return blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.34)


# -- contrast (WCAG 2.x) -------------------------------------------------------------
TEXT_CONTRAST = 4.5  # WCAG 1.4.3, normal-size text
GRAPHIC_CONTRAST = 3.0  # WCAG 1.4.11, map shapes, markers, legend swatches, focus rings


def over(color: QColor, background: QColor) -> QColor:
    """A (semi-transparent) colour as it shows over an opaque background."""
    alpha = color.alphaF()
    return blend(background, QColor(color.red(), color.green(), color.blue()), alpha)


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio (1 to 21) of two colours; ``a`` may be translucent over ``b``."""
    first, second = luminance(over(a, b)), luminance(QColor(b.red(), b.green(), b.blue()))
    light, dark = max(first, second), min(first, second)
    return (light + 0.05) / (dark + 0.05)


def legible(color: QColor, toward: QColor, backgrounds: list[QColor], ratio: float) -> QColor:
    """``color`` if it reaches ``ratio`` against every background, else the least step towards
    ``toward`` (the ink, or black/white) that does."""
    color = over(color, backgrounds[0])
    for step in range(21):
        candidate = blend(color, toward, step / 20)
        if all(contrast(candidate, b) >= ratio for b in backgrounds):
            return candidate
    return QColor(toward)


def muted_text(palette: QPalette) -> QColor:
    """Secondary text ("no data", older figures, hints): the palette's placeholder colour,
    darkened (or lightened) just enough to read at 4.5:1 on the window and on table rows."""
    role = QPalette.ColorRole
    backgrounds = [palette.color(r) for r in (role.Base, role.AlternateBase, role.Window)]
    return legible(palette.color(role.PlaceholderText), palette.color(role.Text), backgrounds,
                   TEXT_CONTRAST)


def outline_color(palette: QPalette) -> QColor:
    """Outlines of data graphics (swatches, map borders): 3:1 against the background."""
    role = QPalette.ColorRole
    base, text = palette.color(role.Base), palette.color(role.Text)
    return legible(blend(base, text, 0.45), text, [base, palette.color(role.AlternateBase),
                                                 palette.color(role.Window)], GRAPHIC_CONTRAST)


def selection_color(palette: QPalette) -> QColor:
    """The selected country's outline on the map: the highlight, moved towards the ink until
    it stands out 3:1 from both the sea and the "no data" land grey."""
    role = QPalette.ColorRole
    return legible(palette.color(role.Highlight), palette.color(role.Text),
                   [palette.color(role.Base), no_data_color(palette)], GRAPHIC_CONTRAST)


def accessible_palette(palette: QPalette) -> QPalette:
    """The roles of ``palette`` that fail WCAG contrast, corrected; the rest left unset.

    Set on the main window it fixes the placeholder text (muted labels, "no data") and
    the selection (white on Fusion's #308cc6 is 3.6:1; Breeze Dark's is 2.4:1) while every
    other role keeps following the system theme.
    """
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    fixed = QPalette()
    for g in (group.Active, group.Inactive):
        base, window = palette.color(g, role.Base), palette.color(g, role.Window)
        alternate = palette.color(g, role.AlternateBase)
        text = palette.color(g, role.Text)
        placeholder = palette.color(g, role.PlaceholderText)
        backgrounds = [base, alternate, window]
        if any(contrast(placeholder, b) < TEXT_CONTRAST for b in backgrounds):
            fixed.setColor(g, role.PlaceholderText, legible(placeholder, text, backgrounds, TEXT_CONTRAST))
        highlight, on = palette.color(g, role.Highlight), palette.color(g, role.HighlightedText)
        if contrast(on, highlight) < TEXT_CONTRAST:
            # Move the highlight away from its text (darker under white text).
            away = QColor("black") if luminance(on) > 0.5 else QColor("white")
            fixed.setColor(g, role.Highlight, legible(highlight, away, [on], TEXT_CONTRAST))
    return fixed


def casualty_color(total: int | None) -> QColor | None:
    if total is None:
        return None
    color = CASUALTY_STEPS[0][1]
    for floor, step in CASUALTY_STEPS:
        if total >= floor:
            color = step
    return color


def casualty_bin_labels() -> list[str]:
    floors = [floor for floor, _ in CASUALTY_STEPS]
    labels = []
    for i, floor in enumerate(floors):
        if i == len(floors) - 1:
            labels.append(translate("Map", "{0} or more").replace("{0}", format_int(floor)))
        elif floor == 0:
            labels.append(translate("Map", "fewer than {0}").replace("{0}", format_int(floors[i + 1])))
        else:
            labels.append(f"{format_int(floor)}–{format_int(floors[i + 1] - 1)}")
    return labels


class Coloring(NamedTuple):
    colors: dict[str, QColor]  # countries with data only; the rest get the map's land grey
    legend: list[tuple[str, QColor]]
    title: str
    values: dict[str, str]  # iso3 -> the coloured value as text (tooltips)


def coloring(mode: str, countries: list[CountrySummary], palette: QPalette,
             casualty_year: int | None = None,
             casualties: Callable[[CountrySummary], ShownCasualties | None] | None = None) -> Coloring:
    """Colours, legend and tooltip values for a map mode. Casualties colour the figure of
    ``casualty_year`` (``casualties`` gives each country's figure for it, or the latest
    before it); a country with only an older figure is drawn in a darker grey, so an old
    figure is never ranked against the chosen year's."""
    grey = no_data_color(palette)
    colors: dict[str, QColor] = {}
    values: dict[str, str] = {}
    if mode == "casualties":
        lang = language()
        older_grey = older_figure_color(palette)
        any_older = False
        for c in countries:
            figure = casualties(c) if casualties else c.shown_casualties
            values[c.iso3] = casualty_note(c.display_name(lang), figure, casualty_year, lang)
            if figure is None:
                continue
            if casualty_year is not None and figure.year < casualty_year:
                colors[c.iso3] = older_grey
                any_older = True
            else:
                colors[c.iso3] = casualty_color(figure.total)
        legend = [
            (label, color)
            for label, (_, color) in zip(casualty_bin_labels(), CASUALTY_STEPS, strict=True)
        ]
        if any_older:
            legend.append((word("only_before", lang, year=casualty_year), older_grey))
        legend.append((word("no_figure", lang), grey))
        title = mode_label(mode) if casualty_year is None else translate(
            "Map", "Casualties in {0}").replace("{0}", str(casualty_year))
        return Coloring(colors, legend, title, values)

    present: set[str] = set()
    for c in countries:
        status = c.apmbc_status if mode == "apmbc" else c.ccm_status
        values[c.iso3] = status_label(status)
        if status in STATUS_COLORS:
            colors[c.iso3] = STATUS_COLORS[status]
            present.add(status)
    legend = [(status_label(s), STATUS_COLORS[s]) for s in STATUS_COLORS if s in present]
    if len(colors) < len(countries):
        legend.append((translate("Map", "no data"), grey))
    return Coloring(colors, legend, mode_label(mode), values)
