"""The accessible HTML sheet's casualty chart: SVG bars, the same numbers as a table
(years as column headers, so a screen reader says "2024, 293"), and the chart note."""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from app.core.models import CasualtyYear
from app.factsheet.axis import nice_step
from app.text.facts import bar_label, figure_text
from app.text.i18n import format_number, label

if TYPE_CHECKING:
    from app.factsheet.html import _Page

CHART_W, CHART_H = 640, 200


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def chart(page: _Page, years: Sequence[CasualtyYear]) -> str:
    """The casualty chart as SVG, with the same numbers as a table and the chart note."""
    totals = {c.year: c.total for c in years}
    floors = {c.year for c in years if c.qualifier == "at_least"}
    if not any(t is not None for t in totals.values()) or len(totals) < 2:
        return ""  # one year is no trend; the key figures already give it (as on the PDF)
    language = page.language
    not_reported = label("chart_gap", language)  # explained by chart_note, as on the PDF chart
    first, last = min(totals), max(totals)
    span = list(range(first, last + 1))
    top = max(t for t in totals.values() if t is not None)
    step = nice_step(top)
    axis_top = step * max(1, math.ceil(top / step)) if top else step
    left = 14 + 7 * len(format_number(axis_top, language))
    bottom, top_pad = 22, 18
    plot_w, plot_h = CHART_W - left - 4, CHART_H - bottom - top_pad
    base = CHART_H - bottom
    title = page.label("chart_title")
    alt = _e(f"{title}: {first}–{last}")
    svg = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {CHART_W} {CHART_H}" width="{CHART_W}" '
           f'height="{CHART_H}" role="img" aria-label="{alt}" style="font-size: 11px">',
           f"<title>{alt}</title>"]
    if page.view.chart_numbers:  # the view's sentence of the figures drawn
        svg.append(f"<desc>{_e(page.view.chart_numbers)}</desc>")  # fmt: skip
    tick = 0
    while tick <= axis_top:
        y = base - plot_h * tick / axis_top
        dash = "" if tick == 0 else ' stroke-dasharray="2 3"'
        svg.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#777"{dash}/>'
                   f'<text x="{left - 5}" y="{y + 4:.1f}" text-anchor="end" fill="#333">'
                   f"{_e(format_number(tick, language))}</text>")  # fmt: skip
        tick += step
    slot = plot_w / len(span)
    bar_w = min(slot * 0.68, 40)
    every = max(1, math.ceil(len(span) / 16))
    latest = max(y for y, t in totals.items() if t is not None)
    for i, year in enumerate(span):
        cx = left + slot * (i + 0.5)
        total = totals.get(year)
        if (len(span) - 1 - i) % every == 0:
            svg.append(f'<text x="{cx:.1f}" y="{base + 15}" text-anchor="middle">{year}</text>')
        if total is None:
            svg.append(f'<text x="{cx:.1f}" y="{base - 4}" text-anchor="middle" font-style="italic" '
                       f'fill="#333" font-size="9">{not_reported}</text>')  # fmt: skip
            continue
        h = plot_h * total / axis_top
        fill = "#8c1c13" if year == latest else "#5b6f82"  # both dark: the numbers, not the hue, tell
        weight = ' font-weight="bold"' if year == latest else ""
        text = bar_label(total, "at_least" if year in floors else None, language)
        size = 10 if len(text) * 6.5 <= slot else 8
        svg.append(f'<rect x="{cx - bar_w / 2:.1f}" y="{base - h:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                   f'fill="{fill}" stroke="#000" stroke-width="0.5"/>'
                   f'<text x="{cx:.1f}" y="{base - h - 4:.1f}" text-anchor="middle" font-size="{size}"{weight}>'
                   f"{_e(text)}</text>")  # fmt: skip
    svg.append("</svg>")
    # The same numbers as text: years as column headers, so a screen reader says "2024, 293".
    head = "".join(f'<th scope="col">{year}</th>' for year in span)
    cells = []
    for year in span:
        record = next((c for c in years if c.year == year), None)
        if record is None or record.total is None:
            gap = "no_figure" if record is None else "not_reported"  # absent from the data, or reported without a total
            cells.append(f'<td><abbr title="{_e(page.label(gap))}">{not_reported}</abbr></td>')
        else:
            cells.append(f"<td>{_e(figure_text(record.total, record.qualifier, language))}</td>")
    table = (f'<div class="chart-numbers"><table><caption class="visually-hidden">{_e(title)}</caption>'
             f'<thead><tr><td></td>{head}</tr></thead><tbody><tr><th scope="row">{_e(page.label("casualties"))}'
             f"</th>{''.join(cells)}</tr></tbody></table></div>")  # fmt: skip
    note = f"<figcaption>{_e(page.label('chart_note'))}{page.refs(page.view.chart_refs)}</figcaption>"
    return (f'<section aria-labelledby="{page.key}-chart">{page.heading(title, "chart")}'
            f"<figure>{''.join(svg)}{table}{note}</figure></section>")  # fmt: skip
