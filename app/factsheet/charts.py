"""Vector casualty chart drawn with reportlab.graphics.

Every bar carries its value, and a year inside the range that has no figure is
marked "n/r" with no bar, so the chart reads the same in grayscale and never
shows a missing year as zero.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String

from app.core.models import CasualtyYear
from app.factsheet import fonts
from app.factsheet.axis import nice_step
from app.factsheet.styles import palette
from app.text.facts import bar_label
from app.text.i18n import format_number


def casualty_chart(
    years: Sequence[CasualtyYear],
    width: float,
    height: float,
    language: str = "en",
    low_ink: bool = False,
    not_reported: str = "n/r",
) -> Drawing:
    """Bars of the yearly totals from the first to the last year in ``years``."""
    regular = fonts.register()
    p = palette(low_ink)
    drawing = Drawing(width, height)
    totals = {c.year: c.total for c in years}
    floors = {c.year for c in years if c.qualifier == "at_least"}
    if not totals:
        return drawing
    first, last = min(totals), max(totals)
    span = list(range(first, last + 1))
    top = max((t for t in totals.values() if t is not None), default=0)
    step = nice_step(top)
    axis_top = step * max(1, math.ceil(top / step)) if top else step

    label_size = 7.5  # the print minimum for footnote-sized text (issue 11)
    left = 8 + len(format_number(axis_top, language)) * label_size * 0.55
    bottom, top_pad, right = 13.0, 10.0, 2.0
    plot_w, plot_h = width - left - right, height - bottom - top_pad

    # Horizontal gridlines with values on the left.
    tick = 0
    while tick <= axis_top:
        y = bottom + plot_h * tick / axis_top
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=p.rule,
                         strokeWidth=0.6 if tick == 0 else 0.25,
                         strokeDashArray=None if tick == 0 else [1, 1.5]))  # fmt: skip
        drawing.add(String(left - 3, y - label_size * 0.35, format_number(tick, language),
                           fontName=regular, fontSize=label_size, fillColor=p.muted,
                           textAnchor="end"))  # fmt: skip
        tick += step

    slot = plot_w / len(span)
    bar_w = min(slot * 0.68, 28)
    every = max(1, math.ceil(len(span) / 12))  # year labels that do not collide
    latest_year = max((y for y, t in totals.items() if t is not None), default=None)
    for i, year in enumerate(span):
        cx = left + slot * (i + 0.5)
        total = totals.get(year)
        if (len(span) - 1 - i) % every == 0:
            drawing.add(String(cx, bottom - 8.5, str(year), fontName=regular, fontSize=label_size,
                               fillColor=p.ink, textAnchor="middle"))  # fmt: skip
        if total is None:
            drawing.add(String(cx, bottom + 2, not_reported, fontName=fonts.ITALIC,
                               fontSize=label_size, fillColor=p.muted,
                               textAnchor="middle"))  # fmt: skip
            continue
        h = plot_h * total / axis_top
        is_latest = year == latest_year
        drawing.add(Rect(cx - bar_w / 2, bottom, bar_w, h,
                         fillColor=p.bar_latest if is_latest else p.bar,
                         strokeColor=p.ink if low_ink else None,
                         strokeWidth=0.5))  # fmt: skip
        text = bar_label(total, "at_least" if year in floors else None, language)
        if len(text) * label_size * 0.55 > slot:
            continue  # no room over the bar: the numbers are printed as text under the chart
        drawing.add(String(cx, bottom + h + 2, text,
                           fontName=fonts.BOLD if is_latest else regular, fontSize=label_size,
                           fillColor=p.ink, textAnchor="middle"))  # fmt: skip
    return drawing
