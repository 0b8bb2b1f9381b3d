"""The "What changed" report as PDF: counts per country and table, then every change with its source.

A page (or a few) to print with a briefing pack after a data update, so a
reader can see which standings, dates and figures moved and on whose
authority. Uses the sheets' fonts (for accented names) and paper sizes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from app.factsheet import fonts
from app.factsheet.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, page_size
from app.packs.diff import Change, summary


def build_changes_pdf(changes: Sequence[Change], old_label: str, new_label: str, paper: str = "a4") -> bytes:
    """PDF bytes of the report between two dataset states (labels: their dataset versions)."""
    regular = fonts.register()
    bold = fonts.BOLD
    body = ParagraphStyle("body", fontName=regular, fontSize=8.5, leading=10.5)
    cell = ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9)
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=15, leading=19, spaceAfter=4)
    head = ParagraphStyle("head", parent=body, fontName=bold, fontSize=10.5, leading=13, spaceBefore=8,
                          spaceAfter=3)  # fmt: skip
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=page_size(paper), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title="What changed",
                            author="Landmine Fact Sheets", invariant=1)  # fmt: skip
    kinds = Counter(c.kind for c in changes)
    story = [
        Paragraph("What changed", title),
        Paragraph(f"From dataset <b>{escape(old_label)}</b> to <b>{escape(new_label)}</b>: {kinds['added']} added, "
                  f"{kinds['changed']} changed, {kinds['removed']} removed.", body),  # fmt: skip
    ]
    if not changes:
        story.append(Paragraph("No differences.", body))
    else:
        grid = TableStyle([
            ("FONT", (0, 0), (-1, 0), bold, 7.5), ("FONT", (0, 1), (-1, -1), regular, 7.5),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.Color(0.95, 0.95, 0.95)]),
        ])  # fmt: skip
        story.append(Paragraph("Per country and table", head))
        counts = [["country", "table", "added", "changed", "removed"],
                  *[[c, t, a, ch, r] for c, t, a, ch, r in summary(list(changes))]]  # fmt: skip
        story.append(LongTable(counts, colWidths=[22 * mm, 34 * mm, 18 * mm, 18 * mm, 18 * mm], repeatRows=1,
                               style=grid, hAlign="LEFT"))  # fmt: skip
        story += [Spacer(1, 4 * mm), Paragraph("Every change", head)]
        rows = [["country", "table", "change", "row", "what", "source"]]
        for c in changes:
            what = "; ".join(f"{col}: {_show(a)} \u2192 {_show(b)}" for col, a, b in c.fields)
            rows.append([c.country, c.table, c.kind, Paragraph(escape(c.key), cell), Paragraph(escape(what), cell),
                         Paragraph(escape(c.source_id), cell)])  # fmt: skip
        widths = [15 * mm, 24 * mm, 15 * mm, 38 * mm, 52 * mm, 30 * mm]
        story.append(LongTable(rows, colWidths=widths, repeatRows=1, style=grid, hAlign="LEFT"))
    doc.build(story)
    return buffer.getvalue()


def _show(value: object) -> str:
    return "empty" if value is None else str(value)
