"""The sections of one country's sheet, laid out from its ProfileView.

Every word and figure comes from ``app.text.profile.profile_view`` (the same
view the window and ``show`` render); this module only chooses tables, styles
and where footnote marks go.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.core.models import CountryProfile
from app.factsheet import fonts
from app.factsheet.canvas import OutlineMark
from app.factsheet.charts import casualty_chart
from app.factsheet.map_notice import disclaimer
from app.factsheet.markup import _PLAIN, SheetParagraph, _p
from app.factsheet.styles import Palette, Styles, palette
from app.factsheet.textpath import visual
from app.text import catalog
from app.text.i18n import format_date, label
from app.text.profile import Cell, EventRow, FigureLine, Line, ProfileView

MAP_WIDTH, MAP_HEIGHT = 58 * mm, 36 * mm
# Tables select their cell font even around flowables: without this, Helvetica
# (base-14, not embedded) would be referenced by every page.
FONT_COMMAND = (("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8),)
CELL_PADDING = 6  # left + right padding of the grid tables (see _grid_style)
DASH = "–"


@dataclass
class Context:
    """Per-sheet layout state: language, styles, width, and the sheet's key for links."""

    key: str  # unique per sheet within a document (the ISO3 code)
    language: str
    low_ink: bool
    styles: Styles
    palette: Palette
    width: float
    compact: bool = False  # tighter table padding (the second pass of build_sheet)

    def label(self, key: str, **values: object) -> str:
        return label(key, self.language, **values)

    def links(self, numbers: Iterable[int]) -> str:
        """The footnote numbers, each linking to its source: ``6, 14, 15``."""
        return ", ".join(f'<a href="#{self.key}-src{n}">{n}</a>' for n in numbers)

    def refs(self, numbers: Iterable[int]) -> str:
        """One superscript with the footnote numbers, each linking to its source."""
        marks = self.links(numbers)
        # 7.5 pt: the print minimum, also for the marks (reportlab's default would be 70 % of the text).
        return f'<super size="7.5">{marks}</super>' if marks else ""

    def line(self, line: Line) -> str:
        lead = f"<b>{escape(line.lead)}</b> " if line.lead else ""
        return lead + escape(line.text) + self.refs(line.refs)


def one_line_cells(rows: list[list], widths: Sequence[float]) -> list[tuple]:
    """Turn plain one-line cell paragraphs into strings; returns their style commands.

    A table draws a string cell with one drawString, where a Paragraph costs a
    line-breaking pass and a text object, and with the same font, size and leading
    the baseline lands in the same place (top padding + font size down). Only text
    without markup that fits its column on one line qualifies.
    """
    commands: list[tuple] = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if not isinstance(cell, SheetParagraph) or not _PLAIN.fullmatch(cell.text or ""):
                continue
            st = cell.style
            if stringWidth(cell.text, st.fontName, st.fontSize) > widths[c] - CELL_PADDING:
                continue
            row[c] = cell.text
            commands += [("FONT", (c, r), (c, r), st.fontName, st.fontSize, st.leading),
                         ("TEXTCOLOR", (c, r), (c, r), st.textColor)]  # fmt: skip
    return commands


def heading(ctx: Context, text: str, anchor: str, level: int) -> list[Flowable]:
    # The mark follows the heading so that keepWithNext carries both to the content's page.
    mark = OutlineMark(f"{ctx.key}-{anchor}", text, level)
    mark.keepWithNext = 1
    return [_p(escape(text), ctx.styles.heading), mark]


def grid_style(ctx: Context, header: bool = True, zebra: bool = True) -> list[tuple]:
    p = ctx.palette
    commands: list[tuple] = [
        *FONT_COMMAND,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1 if ctx.compact else 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 if ctx.compact else 2.5),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, p.rule),
    ]
    if header:
        commands += [("LINEBELOW", (0, 0), (-1, 0), 0.8, p.ink)]
        if not ctx.low_ink:
            commands += [("BACKGROUND", (0, 0), (-1, 0), p.tint)]
    commands += [("LINEBELOW", (0, 1 if header else 0), (-1, -2), 0.25, p.rule)]
    return commands


# -- treaties ---------------------------------------------------------------------


def _cell(ctx: Context, cell: Cell) -> str:
    if not cell.text:
        return DASH
    text = escape(cell.text) + ctx.refs(cell.refs)
    if cell.disputed:
        text += "\u00a0‡"
    if cell.computed:
        text += "\u00a0†"
    return text


def treaty_section(ctx: Context, view: ProfileView) -> list[Flowable]:
    s = ctx.styles
    head = [_p(escape(ctx.label(k)), s.cell_head)
            for k in ("treaty", "standing", "signed", "deposit", "in_force", "withdrawal")]  # fmt: skip
    rows: list[list] = [head]
    notes: list[str] = []
    for row in view.treaties:
        # Compact: the short names (one line each) instead of the full ones (two or three).
        name = _p(escape(row.short_name if ctx.compact else row.name), s.cell_bold)
        if row.status is None:
            dash = _p(DASH, s.cell)
            rows.append([name, _p(f"<i>{escape(row.standing.text)}</i>", s.cell), dash, dash, dash, dash])
            continue
        withdrawal = "<br/>".join(escape(w) for w in row.withdrawal) or DASH
        rows.append([
            name, _p(escape(row.standing.text) + ctx.refs(row.standing.refs), s.cell),
            _p(_cell(ctx, row.signed), s.cell), _p(_cell(ctx, row.deposit), s.cell),
            _p(_cell(ctx, row.in_force), s.cell), _p(withdrawal, s.cell),
        ])  # fmt: skip
        if row.note is not None:
            notes.append(f"<b>{escape(row.name)}:</b> {ctx.line(row.note)}")
        notes += [f"‡ <b>{escape(row.name)}:</b> {ctx.line(d)}" for d in row.disputes]
    # Wide enough for the longest standing word ("Государство-участник") on one line.
    widths = [ctx.width * f for f in (0.22, 0.22, 0.13, 0.17, 0.13, 0.13)]
    strings = one_line_cells(rows, widths)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(grid_style(ctx) + strings))
    out: list[Flowable] = [*heading(ctx, ctx.label("treaties"), "treaties", 1), table]
    if view.computed_note:
        out.append(_p(f"† {escape(view.computed_note)}", s.tiny))
    out += [_p(n, s.small) for n in notes]
    out += [_p(escape(text), s.small) for text in view.world]
    return out


def glance(ctx: Context, view: ProfileView) -> list[Flowable]:
    """The line a reader can quote: standings, the obligation that matters, the latest figure."""
    if not view.glance:
        return []
    return [_p("<b>" + escape(" · ".join(view.glance)) + "</b>", ctx.styles.body), Spacer(1, 1.5 * mm)]


# -- key figures --------------------------------------------------------------------


def figure_line(ctx: Context, f: FigureLine) -> str:
    if f.sentence:  # an obligation (in bold: the fact the row is about) or a listing
        text = escape(f.sentence)
        return (f"<b>{text}</b>" if f.indicator.endswith("_obligation") else text) + ctx.refs(f.refs)
    when = f" ({escape(f.when)})" if f.when else ""
    line = f"{escape(f.label)}: <b>{escape(f.value)}</b>{when}{ctx.refs(f.refs)}"
    if f.earlier:
        earlier = ", ".join(f"{escape(value)} ({year}){ctx.refs(refs)}" for value, year, refs in f.earlier)
        line += f"; {escape(ctx.label('earlier'))}: {earlier}"
    return line


def _casualty_cell(ctx: Context, view: ProfileView) -> list[Paragraph]:
    s = ctx.styles
    c = view.casualties
    lines: list[Paragraph] = []
    if c.headline is not None:
        big = f'<font size="14"><b>{escape(c.total)}</b></font>'
        text = escape(c.headline.text).replace(escape(c.total), big, 1)
        lead = f"<b>{escape(c.headline.lead)}</b> " if c.headline.lead else ""
        lines.append(_p(lead + text + ctx.refs(c.headline.refs), s.headline))
        lines.append(_p(escape(" · ".join(c.detail)), s.small))
    if c.newer is not None:
        lines.append(_p(ctx.line(c.newer), s.small))
    lines += [_p(figure_line(ctx, f), s.small) for f in c.cumulative]
    if c.world is not None:
        lines.append(_p(ctx.line(c.world), s.small))
    return lines


def key_figures(ctx: Context, view: ProfileView, width: float) -> list[Flowable]:
    s = ctx.styles
    rows = []
    if view.casualties.headline is not None or view.casualties.cumulative:
        rows.append([_p(escape(ctx.label("casualties")), s.cell_head), _casualty_cell(ctx, view)])
    for group in view.groups:
        rows.append([_p(escape(group.title), s.cell_head), [_p(figure_line(ctx, f), s.cell) for f in group.lines]])
    out: list[Flowable] = [*heading(ctx, ctx.label("key_figures"), "figures", 1)]
    if rows:
        # 30 mm: the longest one-word row title ("Разминирование") fits unbroken.
        table = Table(rows, colWidths=[30 * mm, width - 30 * mm])
        style = grid_style(ctx, header=False)
        style += [("LINEABOVE", (0, 0), (-1, 0), 0.8, ctx.palette.ink)]
        table.setStyle(TableStyle(style))
        out.append(table)
    gaps = [view.lacking, view.casualties.searched.text if view.casualties.searched else None]
    out += [_p(escape(text), s.tiny) for text in gaps if text]
    return out


# -- map, chart, timeline, sources ------------------------------------------------------


def locator(iso3: str, low_ink: bool, not_available: str, language: str = "en",
            height: float = MAP_HEIGHT) -> Flowable:  # fmt: skip
    """The locator map, or a marked placeholder when the map cannot place the country."""
    from app.factsheet.locator import LocatorMap

    try:
        return LocatorMap(iso3, MAP_WIDTH, height, low_ink=low_ink, language=language)
    except (KeyError, ValueError):  # a code the map does not know, or a damaged map file
        return placeholder_map(not_available, low_ink)


def placeholder_map(text: str, low_ink: bool) -> Drawing:
    p = palette(low_ink)
    d = Drawing(MAP_WIDTH, MAP_HEIGHT)
    d.add(Rect(0, 0, MAP_WIDTH, MAP_HEIGHT, fillColor=None, strokeColor=p.rule,
               strokeWidth=0.5, strokeDashArray=[2, 2]))  # fmt: skip
    d.add(String(MAP_WIDTH / 2, MAP_HEIGHT / 2 - 2, text, fontName=fonts.ITALIC, fontSize=7.5,
                 fillColor=p.muted, textAnchor="middle"))  # fmt: skip
    return d


def chart_section(ctx: Context, profile: CountryProfile, view: ProfileView,
                  height: float = 46 * mm) -> list[Flowable]:  # fmt: skip
    years = list(profile.casualties)
    if not any(c.total is not None for c in years):
        return []
    if len({c.year for c in years}) < 2:
        return []  # one year is no trend; the key figures already give it
    out = heading(ctx, ctx.label("chart_title"), "chart", 1)
    nr = catalog.text("chart_gap", ctx.language)
    chart = casualty_chart(years, ctx.width, height, ctx.language, ctx.low_ink, not_reported=nr)
    # A bar per year can mean a source per year: a run of superscripts would wrap into
    # the line above, so the chart's sources are listed in the line itself.
    marks = ctx.links(view.chart_refs)
    sources = f" {escape(ctx.label('sources'))}: {marks}." if marks else ""
    note = _p(escape(ctx.label("chart_note")) + sources, ctx.styles.tiny)
    numbers = _p(escape(view.chart_numbers), ctx.styles.tiny)
    # Heading and chart move to the next page together: never an orphaned heading.
    return [KeepTogether([*out, chart, note, numbers])]


def event_table(ctx: Context, events: Sequence[EventRow], anchor: str, title: str) -> list[Flowable]:
    s = ctx.styles
    rows = [
        [_p(escape(e.date), s.cell_bold), _p(escape(e.kind), s.small), _p(escape(e.summary) + ctx.refs(e.refs), s.cell)]
        for e in events
    ]
    widths = [22 * mm, 28 * mm, ctx.width - 50 * mm]  # the kind column fits "Присоединение"
    strings = one_line_cells(rows, widths)
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle(grid_style(ctx, header=False) + strings
                              + [("LINEABOVE", (0, 0), (-1, 0), 0.8, ctx.palette.ink)]))  # fmt: skip
    return [*heading(ctx, title, anchor, 1), table]


def donor_section(ctx: Context, view: ProfileView) -> list[Flowable]:
    if not view.donor_events and not view.donor_figures:
        return []
    title = ctx.label("donor")
    out = event_table(ctx, view.donor_events, "donor", title) if view.donor_events else heading(ctx, title, "donor", 1)
    out += [_p(figure_line(ctx, f), ctx.styles.cell) for f in view.donor_figures]
    return out


class EndMark(Flowable):
    """Records where a sheet ends (page, and how far down it the text reached)."""

    def __init__(self) -> None:
        super().__init__()
        self.page = 0
        self.used = 0.0  # share of the page height above the end of the text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        _, y = self.canv.absolutePosition(0, 0)
        self.page = self.canv.getPageNumber()
        self.used = 1 - y / self.canv._pagesize[1]


def sources_section(ctx: Context, view: ProfileView) -> list[Flowable]:
    s = ctx.styles
    out = heading(ctx, ctx.label("sources"), "sources", 1)
    for number, src in enumerate(view.sources, 1):
        title = f"<b>{escape(visual(src.publisher))}</b>: {escape(visual(src.title))}"
        if src.edition and src.edition not in src.title:
            title += f" ({escape(src.edition)})"
        if src.published:
            title += f", {escape(format_date(src.published, ctx.language))}"
        url = escape(src.url)
        link = f'<a href="{url}" color="{ctx.palette.accent.hexval()}">{url}</a>'
        accessed = escape(ctx.label("accessed", date=format_date(src.seen, ctx.language)))
        text = f'<a name="{ctx.key}-src{number}"/>{number}.\u00a0' + title
        stop = "" if text.endswith(".") else "."  # a Russian date already ends in "г."
        out.append(_p(f"{text}{stop} {link} ({accessed})", s.source))
    # The UN convention: every map says what its boundaries do not mean, and whose data they are.
    out.append(Spacer(1, 2))
    out.append(_p(escape(disclaimer(ctx.language)), s.tiny))
    return out
