"""Data colours shared by the map legend, the table swatches and the charts.

Categories use the Okabe-Ito palette, which stays distinguishable under the
common forms of colour blindness; the casualty scale is five steps of viridis,
which is perceptually ordered and readable in greyscale. Everything that is
not data (backgrounds, text, grid lines) comes from the widget palette so the
app follows the system's light or dark theme.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette

from app.core.models import CountrySummary
from app.ui.formatting import format_int, status_label, translate

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


def coloring(mode: str, countries: list[CountrySummary], palette: QPalette) -> Coloring:
    grey = no_data_color(palette)
    colors: dict[str, QColor] = {}
    values: dict[str, str] = {}
    if mode == "casualties":
        for c in countries:
            color = casualty_color(c.latest_casualties)
            if color is not None:
                colors[c.iso3] = color
                values[c.iso3] = translate("Map", "{0} casualties in {1}").replace(
                    "{0}", format_int(c.latest_casualties)
                ).replace("{1}", str(c.latest_casualty_year))
            else:
                values[c.iso3] = translate("Map", "casualties not reported")
        legend = [
            (label, color)
            for label, (_, color) in zip(casualty_bin_labels(), CASUALTY_STEPS, strict=True)
        ]
        legend.append((translate("Map", "not reported"), grey))
        return Coloring(colors, legend, mode_label(mode), values)

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
