"""A country profile (+ language, paper, ink) becomes a print-ready PDF, as bytes.

``build_sheet`` makes one country's one- or two-page sheet; ``build_pack`` puts
many sheets behind a cover and a table of contents. Both build a platypus story
and render it in a single pass: "page X of Y" and the contents' page numbers are
PDF form XObjects drawn where they belong and defined only when the last page is
known (reportlab resolves forms at save time), so nothing is laid out twice.

Output is byte-stable for the same inputs: reportlab runs in invariant mode and
the generation date is passed in, never read from the clock inside the build.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from html import unescape
from io import BytesIO
from xml.sax.saxutils import escape

from babel.numbers import format_percent
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from app import __version__
from app.core.models import (
    TREATY_IDS,
    CasualtyYear,
    CountryProfile,
    DatasetInfo,
    Event,
    Figure,
    Source,
    TreatyStatus,
)
from app.core.obligations import Obligation, article4, article5, is_stale
from app.core.regions import region_name
from app.core.vocab import TREATY_DATE_FIELDS as DATE_FIELDS
from app.factsheet import fonts
from app.factsheet.charts import casualty_chart
from app.factsheet.styles import (
    FOOTER_Y,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    Palette,
    Styles,
    page_size,
    palette,
    styles,
)
from app.text import catalog, facts
from app.text.i18n import (
    check_language,
    format_date,
    format_day,
    format_number,
    format_signed,
    format_usd,
    indicator_label,
    label,
    status_label,
    treaty_name,
    unit_label,
)

CREATOR = f"Landmine Fact Sheets {__version__}"

# Figures each key-figure row shows first, in words shared with the window and
# the command line (app.text.facts); donor contributions go to the donor section.
OBLIGATION_IDS = {"article5_deadline", "article5_completed", "article4_deadline",
                  "stockpile_destruction_completed"}  # fmt: skip
FLAG_IDS = {"va_significant_survivors"}

MAP_WIDTH, MAP_HEIGHT = 58 * mm, 36 * mm
# Tables select their cell font even around flowables: without this, Helvetica
# (base-14, not embedded) would be referenced by every page.
FONT_COMMAND = (("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8),)


@dataclass
class _Context:
    """Per-sheet state while the story is assembled: language, styles, footnotes."""

    key: str  # unique per sheet within a document (the ISO3 code)
    language: str
    low_ink: bool
    styles: Styles
    palette: Palette
    width: float
    sources: list[Source] = field(default_factory=list)

    def label(self, key: str, **values: object) -> str:
        return label(key, self.language, **values)

    def note(self, source: Source) -> str:
        """A superscript footnote number linking to the source list, numbered by first use."""
        ids = [s.id for s in self.sources]
        if source.id in ids:
            number = ids.index(source.id) + 1
        else:
            self.sources.append(source)
            number = len(self.sources)
        return f'<super><a href="#{self.key}-src{number}">{number}</a></super>'

    def notes(self, sources: Iterable[Source]) -> str:
        """One superscript with several comma-separated footnote numbers."""
        marks = [self.note(source)[len("<super>"):-len("</super>")] for source in sources]
        unique = list(dict.fromkeys(marks))
        return f"<super>{', '.join(unique)}</super>" if unique else ""

    def date(self, text: str | None) -> str:
        return escape(format_date(text, self.language))

    def number(self, value: float | int) -> str:
        return format_number(value, self.language)


# -- canvas and flowables that talk to it ---------------------------------------------


class SheetCanvas(Canvas):
    """Canvas that defines the late-bound forms (page totals, contents numbers) at save."""

    def __init__(self, *args: object, **kwargs: object):
        super().__init__(*args, **kwargs)
        self.sheet_name = ""
        self.sheet_first_page = 1
        self.cover_pages: set[int] = set()
        self.sheet_pages: dict[str, int] = {}  # sheet key -> first page
        self.footer_texts: dict[int, str] = {}
        self.page_label = "Page {page} of {total}"
        self.number_format = str
        self.form_ink = None

    def save(self) -> None:
        total = self.getPageNumber() - 1  # save() follows the last showPage
        size = 7
        for page in range(1, total + 1):
            text = self.page_label.format(
                page=self.number_format(page), total=self.number_format(total)
            )
            self._define_form(f"pageno{page}", text, fonts.REGULAR, size, right=True)
        for key, page in self.sheet_pages.items():
            self._define_form(f"toc-{key}", self.number_format(page), fonts.REGULAR, 9, right=True)
        super().save()

    def _define_form(self, name: str, text: str, font: str, size: float, right: bool) -> None:
        width = stringWidth(text, font, size)
        self.beginForm(name, lowerx=-width - 2 if right else -2, lowery=-size,
                       upperx=2 if right else width + 2, uppery=size * 1.2)  # fmt: skip
        self.setFont(font, size)
        self.setFillColor(self.form_ink)
        if right:
            self.drawRightString(0, 0, text)
        else:
            self.drawString(0, 0, text)
        self.endForm()


class SheetStart(Flowable):
    """Zero-size marker at the top of a sheet: bookmark, outline entry, running-header state."""

    def __init__(self, key: str, title: str, level: int = 0,
                 on_draw: Callable[[], None] | None = None):  # fmt: skip
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.on_draw = on_draw
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv: SheetCanvas = self.canv
        page = canv.getPageNumber()
        canv.bookmarkPage(self.key)
        canv.addOutlineEntry(self.title, self.key, level=self.level, closed=True)
        canv.sheet_pages[self.key] = page
        canv.sheet_name = self.title
        canv.sheet_first_page = page
        if self.on_draw is not None:
            self.on_draw()


class OutlineMark(Flowable):
    """A nested outline entry (a section of a sheet) pointing at this spot."""

    def __init__(self, key: str, title: str, level: int):
        super().__init__()
        self.key, self.title, self.level = key, title, level

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 16)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=True)


class CoverMark(Flowable):
    """Marks the current page as the cover: no footer is drawn on it."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.cover_pages.add(self.canv.getPageNumber())


class PageNumberRef(Flowable):
    """Right-aligned page number of another sheet, drawn from a form defined at save."""

    def __init__(self, key: str, height: float = 9):
        super().__init__()
        self.key = key
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(self.width, 2)
        self.canv.doForm(f"toc-{self.key}")
        self.canv.restoreState()


class TitleBand(Flowable):
    """Country name (shrunk to fit), region and the dataset's as-of date."""

    HEIGHT = 24 * mm

    def __init__(self, name: str, subtitle: str, right_top: str, right_bottom: str,
                 pal: Palette):  # fmt: skip
        super().__init__()
        self.name, self.subtitle = name, subtitle
        self.right_top, self.right_bottom = right_top, right_bottom
        self.pal = pal

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.HEIGHT

    def draw(self) -> None:
        c, p, w, h = self.canv, self.pal, self.width, self.HEIGHT
        pad = 4 * mm
        if p.band_fill:
            c.setFillColor(p.accent)
            c.rect(0, 0, w, h, stroke=0, fill=1)
        else:
            c.setStrokeColor(p.ink)
            c.setLineWidth(2.2)
            c.line(0, h, w, h)
            c.setLineWidth(0.6)
            c.line(0, 0, w, 0)
        c.setFillColor(p.accent_text)
        right_w = max(stringWidth(self.right_top, fonts.BOLD, 8.5),
                      stringWidth(self.right_bottom, fonts.REGULAR, 8)) + pad  # fmt: skip
        room = w - 2 * pad - right_w - 4 * mm
        size = 22.0
        while size > 11 and stringWidth(self.name, fonts.BOLD, size) > room:
            size -= 0.5
        c.setFont(fonts.BOLD, size)
        c.drawString(pad, h - pad - size * 0.8, self.name)
        c.setFont(fonts.REGULAR, 9)
        c.drawString(pad, pad - 0.5, self.subtitle)
        c.setFont(fonts.BOLD, 8.5)
        c.drawRightString(w - pad, h - pad - 7, self.right_top)
        c.setFont(fonts.REGULAR, 8)
        c.drawRightString(w - pad, pad - 0.5, self.right_bottom)


# -- page decoration -----------------------------------------------------------------


def _page_end_factory(dataset: DatasetInfo, language: str, generated: date, pal: Palette,
                      paper: str):  # fmt: skip
    width, height = page_size(paper)
    left_text = "  ·  ".join((
        label("dataset", language, version=dataset.version),
        label("data_as_of", language, date=format_date(dataset.as_of, language)),
        label("generated", language, date=format_day(generated, language, "medium")),
    ))  # fmt: skip
    continued = label("continued", language)
    title = label("sheet_title", language)

    def on_page_end(canv: SheetCanvas, doc: BaseDocTemplate) -> None:
        page = canv.getPageNumber()
        if page in canv.cover_pages:
            return
        canv.saveState()
        canv.setStrokeColor(pal.rule)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, FOOTER_Y + 9, width - MARGIN_X, FOOTER_Y + 9)
        canv.setFillColor(pal.muted)
        canv.setFont(fonts.REGULAR, 7)
        canv.drawString(MARGIN_X, FOOTER_Y, left_text)
        canv.translate(width - MARGIN_X, FOOTER_Y)
        canv.doForm(f"pageno{page}")
        canv.restoreState()
        if canv.sheet_name and page > canv.sheet_first_page:
            canv.saveState()
            canv.setFillColor(pal.muted)
            canv.setFont(fonts.BOLD, 8)
            y = height - MARGIN_TOP + 4 * mm
            canv.drawString(MARGIN_X, y, canv.sheet_name)
            canv.setFont(fonts.REGULAR, 8)
            canv.drawRightString(width - MARGIN_X, y, f"{title} ({continued})")
            canv.restoreState()

    return on_page_end


def _document(buffer: BytesIO, paper: str, title: str, subject: str, language: str,
              keywords: str, on_page_end) -> BaseDocTemplate:  # fmt: skip
    width, height = page_size(paper)
    doc = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        subject=subject,
        author="Landmine Fact Sheets",
        creator=CREATOR,
        keywords=keywords,
        lang=language,
        invariant=1,
        initialFontName=fonts.REGULAR,
        initialFontSize=8,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPageEnd=on_page_end)])
    return doc


def _canvas_maker(language: str, pal: Palette):
    def make(*args: object, **kwargs: object) -> SheetCanvas:
        canv = SheetCanvas(*args, **kwargs)
        canv.form_ink = pal.muted
        canv.page_label = label("page_of", language, page="{page}", total="{total}")
        canv.number_format = lambda n: format_number(n, language)
        canv.setPageCompression(1)
        return canv

    return make


# -- the sections of one sheet -------------------------------------------------------


# Text that reportlab's mini-HTML parser would turn into one plain fragment unchanged:
# no markup, no entity, no whitespace that its cleaner would collapse.
_PLAIN = re.compile(r"[^<>&\s](?:[^<>&\s]| (?! ))*")
_PLAIN_FRAGS: dict[int, tuple[object, object]] = {}  # id(style) -> (style, template fragment)


class SheetParagraph(Paragraph):
    """A Paragraph that skips the parser for plain text and wraps once per width.

    Tables wrap every cell paragraph when they measure rows and again when they
    draw, nested tables once more, and the mini-HTML parser runs per paragraph:
    together most of a sheet's time (issue 6). The result of ``wrap`` depends
    only on the width here (the styles do not change while a sheet is built), and
    a plain-text paragraph's fragment is the style's own, so both are reused; the
    PDF bytes are the same as with a plain Paragraph.
    """

    _wrapped_width: float | None = None

    def __init__(self, text, style=None, bulletText=None, frags=None, **kwargs):  # noqa: N803
        if frags is None and style is not None and text and _PLAIN.fullmatch(text):
            frag = copy.copy(_plain_template(style))
            frag.text, frag.link, frag.us_lines = text, [], []
            frags = [frag]
        super().__init__(text, style, bulletText, frags, **kwargs)

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803
        # Markup: the same parser, driven from a tuple tree (ParaParser.tt_parse) instead
        # of html.parser's character-by-character scan, which costs more than the
        # frags themselves. The tree makes the same handler calls in the same order.
        if frags is None and style is not None:
            text = cleaner(text)
            tree = _markup_tree(text)
            if tree is not None:
                parser = ParaParser()
                parser.caseSensitive = self.caseSensitive
                style, frags, bullet_frags = parser.tt_parse(tree, style)
                if frags is None:
                    raise ValueError(f"xml parser error ({parser.errors[0]}) in paragraph "
                                     f"beginning\n'{text[:30]}'")  # fmt: skip
                textTransformFrags(frags, style)
                bulletText = bullet_frags or bulletText
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # split() drops blPara when the paragraph moves on whole: wrap again then.
        if avail_width == self._wrapped_width and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(avail_width, avail_height)
        self._wrapped_width = avail_width
        return size


# The markup this module writes: a few tags with double-quoted attributes, text,
# and the named entities escape() makes. Anything else goes to reportlab's parser.
_TOKEN = re.compile(r'<(/?)([a-z]+)((?: [a-z]+="[^"<>]*")*) ?(/?)>|&([a-z]+);|[^<&]+')
_ATTR = re.compile(r' ([a-z]+)="([^"]*)"')


def _markup_tree(text: str):
    """``text`` as ParaParser's tuple tree ``("para", {}, [children])``, or None.

    html.parser (with convert_charrefs off, as ParaParser runs it) reports text up to
    each tag or entity as one data call, an entity as its own data call, an empty
    tag ``<x/>`` as start + end, and unescapes attribute values; the tree below has a
    string child per data call and a node per element, so tt_parse makes the same
    handler calls. None when the text has anything outside that grammar.
    """
    root: tuple = ("para", {}, [])
    stack = [root]
    pos, end = 0, len(text)
    match = _TOKEN.match
    while pos < end:
        m = match(text, pos)
        if m is None:
            return None
        pos = m.end()
        closing, tag, attrs, empty, entity = m.groups()
        if tag is None:
            if entity is None:
                stack[-1][2].append(m.group())
            elif entity in _ENTITIES:
                stack[-1][2].append(_ENTITIES[entity])
            else:
                return None
        elif closing:
            if attrs or empty or len(stack) == 1 or stack[-1][0] != tag:
                return None
            stack.pop()
        else:
            values = {k: unescape(v) if "&" in v else v for k, v in _ATTR.findall(attrs)}
            node = (tag, values, [])
            stack[-1][2].append(node)
            if not empty:
                stack.append(node)
    return root if len(stack) == 1 else None


_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"'}


def _plain_template(style):
    cached = _PLAIN_FRAGS.get(id(style))
    if cached is None or cached[0] is not style:
        frag = Paragraph("x", style).frags[0]
        cached = _PLAIN_FRAGS[id(style)] = (style, frag)
    return cached[1]


def _p(text: str, style) -> Paragraph:
    return SheetParagraph(text, style)


CELL_PADDING = 6  # left + right padding of the grid tables (see _grid_style)


def _one_line_cells(rows: list[list], widths: Sequence[float]) -> list[tuple]:
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


def _heading(ctx: _Context, text: str, anchor: str, level: int) -> list[Flowable]:
    # The mark follows the heading so that keepWithNext carries both to the content's page.
    mark = OutlineMark(f"{ctx.key}-{anchor}", text, level)
    mark.keepWithNext = 1
    return [_p(escape(text), ctx.styles.heading), mark]


def _grid_style(ctx: _Context, header: bool = True, zebra: bool = True) -> list[tuple]:
    p = ctx.palette
    commands: list[tuple] = [
        *FONT_COMMAND,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, p.rule),
    ]
    if header:
        commands += [("LINEBELOW", (0, 0), (-1, 0), 0.8, p.ink)]
        if not ctx.low_ink:
            commands += [("BACKGROUND", (0, 0), (-1, 0), p.tint)]
    commands += [("LINEBELOW", (0, 1 if header else 0), (-1, -2), 0.25, p.rule)]
    return commands


def _treaty_section(ctx: _Context, profile: CountryProfile) -> list[Flowable]:
    s = ctx.styles
    head = [_p(escape(ctx.label(k)), s.cell_head)
            for k in ("treaty", "standing", "signed", "deposit", "in_force", "withdrawal")]  # fmt: skip
    rows: list[list] = [head]
    computed = False
    notes: list[str] = []
    for treaty in TREATY_IDS:
        status = profile.status(treaty)
        name = _p(escape(treaty_name(treaty, ctx.language)), s.cell_bold)
        if status is None:
            dash = _p("–", s.cell)
            rows.append([name, _p(f"<i>{escape(ctx.label('no_data'))}</i>", s.cell), dash, dash,
                         dash, dash])  # fmt: skip
            continue
        rows.append([name, *_treaty_cells(ctx, status)])
        computed = computed or (status.eif_basis == "computed" and bool(status.entry_into_force))
        title = f"<b>{escape(treaty_name(treaty, ctx.language))}:</b> "
        if status.display_note:
            notes.append(f"{title}{escape(status.display_note)}{ctx.note(status.source)}")
        for date_field in DATE_FIELDS:
            text = facts.disputed(status, date_field, ctx.language,
                                  cite=lambda d: ctx.note(d.source), esc=escape)  # fmt: skip
            if text:
                notes.append(f"‡ {title}{text}")
    widths = [ctx.width * f for f in (0.27, 0.15, 0.12, 0.18, 0.12, 0.16)]
    strings = _one_line_cells(rows, widths)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(_grid_style(ctx) + strings))
    out: list[Flowable] = [*_heading(ctx, ctx.label("treaties"), "treaties", 1), table]
    if computed:
        out.append(_p(f"† {escape(ctx.label('computed_eif'))}", s.tiny))
    out += [_p(n, s.small) for n in notes]
    return out


def _treaty_cells(ctx: _Context, t: TreatyStatus) -> list[Paragraph]:
    s = ctx.styles
    standing = f"{escape(status_label(t.status, ctx.language))}{ctx.note(t.source)}"

    def cited(date_field: str, text: str) -> str:
        """A date cites its own source where it is not the standing's; ‡ where sources disagree."""
        source = t.date_source(date_field)
        mark = ctx.note(source) if source.id != t.source.id else ""
        return text + mark + ("\u00a0‡" if t.disputes(date_field) else "")

    deposit = ""
    if t.deposited:
        kind = f" ({escape(label(t.deposit_type, ctx.language))})" if t.deposit_type else ""
        deposit = cited("deposited", f"{ctx.date(t.deposited)}{kind}")
    in_force = ctx.date(t.entry_into_force)
    if in_force:
        in_force = cited("entry_into_force", in_force)
    if in_force and t.eif_basis == "computed":
        in_force += "\u00a0†"
    withdrawal = "<br/>".join(
        ctx.label(key, date=ctx.date(value))
        for key, value in (("notified", t.withdrawal_notified),
                           ("effective", t.withdrawal_effective))
        if value
    )  # fmt: skip
    dash = "–"
    return [
        _p(standing, s.cell),
        _p(cited("signed", ctx.date(t.signed)) if t.signed else dash, s.cell),
        _p(deposit or dash, s.cell),
        _p(in_force or dash, s.cell),
        _p(withdrawal or dash, s.cell),
    ]


def _figure_value(ctx: _Context, f: Figure) -> str:
    kind = f.indicator.value_type
    if kind == "usd" and isinstance(f.value, int | float):
        text = escape(format_usd(f.value, ctx.language))
    elif kind == "date":
        return ctx.date(str(f.value))
    elif isinstance(f.value, int | float):
        text = ctx.number(f.value)
        unit = unit_label(f.indicator.unit, ctx.language)
        if unit in ("km²",):
            text = f"{text}\u00a0{unit}"
        elif unit and kind == "count" and unit != "people":
            text = f"{text} {escape(unit)}"
    else:
        return escape(str(f.value))
    return escape(facts.qualified(text, f.qualifier, ctx.language))


def _when(f: Figure) -> str:
    """``(2023, LM2024)``: the year a figure is about and the edition that gave it."""
    parts = [str(f.year)] if f.year and f.indicator.value_type != "date" else []
    if f.edition and f.edition != str(f.year):
        parts.append(f"LM{f.edition}" if f.edition.isdigit() else escape(f.edition))
    return f" ({', '.join(parts)})" if parts else ""


def _figure_lines(ctx: _Context, figures: Sequence[Figure]) -> list[str]:
    """One line per indicator: its latest value, and earlier values in brief."""
    by_indicator: dict[str, list[Figure]] = {}
    for f in figures:
        by_indicator.setdefault(f.indicator.id, []).append(f)
    lines = []
    for rows in by_indicator.values():
        rows.sort(key=lambda f: (f.year is None, f.year or 0))
        latest = rows[-1]
        if latest.indicator.id in FLAG_IDS:
            text = facts.word("listed_survivors", ctx.language, year=latest.year or "")
            lines.append(escape(text) + ctx.note(latest.source))
            continue
        name = escape(indicator_label(latest.indicator.id, latest.indicator.label, ctx.language))
        line = f"{name}: <b>{_figure_value(ctx, latest)}</b>{_when(latest)}{ctx.note(latest.source)}"
        earlier = [f"{_figure_value(ctx, f)} ({f.year}){ctx.note(f.source)}"
                   for f in reversed(rows[:-1]) if f.year]  # fmt: skip
        if earlier:
            line += f"; {escape(ctx.label('earlier'))}: " + ", ".join(earlier)
        lines.append(line)
    return lines


def _obligation_line(ctx: _Context, ob: Obligation | None) -> list[str]:
    if ob is None:
        return []
    text = f"<b>{escape(facts.obligation(ob, ctx.language))}</b>{ctx.note(ob.figure.source)}"
    return [text + ctx.notes(e.source for e in ob.extensions)]


def _casualty_cell(ctx: _Context, profile: CountryProfile, world: Sequence[CasualtyYear],
                   cumulative: Sequence[Figure]) -> list[Paragraph]:  # fmt: skip
    s = ctx.styles
    latest = profile.latest_casualties
    lines: list[Paragraph] = []
    if latest is not None:
        total = facts.qualified(ctx.number(latest.total), latest.qualifier, ctx.language)
        big = f'<font size="14"><b>{escape(total)}</b></font>'
        headline = catalog.plural("casualties_in", latest.total, ctx.language, total="\x00",
                                  year=latest.year).replace("\x00", big)  # fmt: skip
        if is_stale(latest.year, profile.dataset.as_of):
            # An old figure must not read as current: say it is the latest we have.
            headline = f"<b>{escape(facts.word('latest_in_dataset', ctx.language))}:</b> {headline}"
        lines.append(_p(headline + ctx.note(latest.source), s.headline))
        detail = []
        if latest.killed is not None and latest.injured is not None:
            detail.append(ctx.label("killed_injured", killed=ctx.number(latest.killed),
                                    injured=ctx.number(latest.injured)))  # fmt: skip
        shares = facts.shares(latest.civilian, latest.child, ctx.language)
        if shares:
            detail.append(shares)
        detail.append(ctx.label("reported_in", edition=latest.edition))
        previous = profile.previous_casualties
        if previous is not None and previous.total is not None:
            change = latest.total - previous.total
            text = format_signed(change, ctx.language)
            if previous.total:
                percent = format_percent(change / previous.total, locale=ctx.language)
                if change:
                    text += " (" + percent.replace("-", "\u2212") + ")"
            detail.append(ctx.label("change_on", change=text, year=previous.year,
                                    previous=ctx.number(previous.total)))  # fmt: skip
        else:
            detail.append(ctx.label("no_previous", year=latest.year - 1))
        lines.append(_p(escape(" · ".join(detail)), s.small))
    lines += [_p(line, s.small) for line in _figure_lines(ctx, cumulative)]
    world_latest = next((c for c in reversed(world) if c.total is not None), None)
    if world_latest is not None:
        lines.append(_p(escape(ctx.label("world_context", total=ctx.number(world_latest.total),
                                         year=world_latest.year))
                        + ctx.note(world_latest.source), s.small))  # fmt: skip
    return lines


def _key_figures(ctx: _Context, profile: CountryProfile,
                 world: Sequence[CasualtyYear], width: float) -> list[Flowable]:  # fmt: skip
    s = ctx.styles
    grouped: dict[str, list[Figure]] = {}
    for f in profile.figures:
        grouped.setdefault(f.indicator.group, []).append(f)
    rows = []
    cumulative = grouped.get("casualties", [])
    if profile.latest_casualties is not None or cumulative:
        rows.append([_p(escape(ctx.label("casualties")), s.cell_head),
                     _casualty_cell(ctx, profile, world, cumulative)])  # fmt: skip
    obligations = {"clearance": article5(profile), "stockpiles": article4(profile)}
    for group in facts.SHOWN_GROUPS:
        figures = [f for f in grouped.get(group, []) if f.indicator.id not in OBLIGATION_IDS]
        lines = _obligation_line(ctx, obligations.get(group)) + _figure_lines(ctx, figures)
        if lines:
            title = ctx.label(group) if group != "contamination" else facts.word("contamination", ctx.language)
            rows.append([_p(escape(title), s.cell_head), [_p(line, s.cell) for line in lines]])
    out: list[Flowable] = [*_heading(ctx, ctx.label("key_figures"), "figures", 1)]
    if rows:
        table = Table(rows, colWidths=[25 * mm, width - 25 * mm])
        style = _grid_style(ctx, header=False)
        style += [("LINEABOVE", (0, 0), (-1, 0), 0.8, ctx.palette.ink)]
        table.setStyle(TableStyle(style))
        out.append(table)
    gaps = [facts.lacking(facts.groups_lacking(profile), ctx.language),
            facts.searched(profile, ctx.language)]  # fmt: skip
    out += [_p(escape(text), s.tiny) for text in gaps if text]
    return out


def _locator(iso3: str, low_ink: bool, not_available: str) -> Flowable:
    """The locator map, or a marked placeholder when the map cannot place the country."""
    from app.factsheet.locator import LocatorMap

    try:
        return LocatorMap(iso3, MAP_WIDTH, MAP_HEIGHT, low_ink=low_ink)
    except (KeyError, ValueError):  # a code the map does not know, or a damaged map file
        return _placeholder_map(not_available, low_ink)


def _placeholder_map(text: str, low_ink: bool) -> Drawing:
    p = palette(low_ink)
    d = Drawing(MAP_WIDTH, MAP_HEIGHT)
    d.add(Rect(0, 0, MAP_WIDTH, MAP_HEIGHT, fillColor=None, strokeColor=p.rule,
               strokeWidth=0.5, strokeDashArray=[2, 2]))  # fmt: skip
    d.add(String(MAP_WIDTH / 2, MAP_HEIGHT / 2 - 2, text, fontName=fonts.ITALIC, fontSize=5.5,
                 fillColor=p.muted, textAnchor="middle"))  # fmt: skip
    return d


def _chart_section(ctx: _Context, profile: CountryProfile) -> list[Flowable]:
    years = [c for c in profile.casualties]
    if not any(c.total is not None for c in years):
        return []
    if len({c.year for c in years}) < 2:
        return []  # one year is no trend; the key figures already give it
    out = _heading(ctx, ctx.label("chart_title"), "chart", 1)
    nr = "n/c" if ctx.language in ("fr", "es") else "n/r"
    chart = casualty_chart(years, ctx.width, 46 * mm, ctx.language, ctx.low_ink, not_reported=nr)
    sources = ctx.notes(c.source for c in reversed(years) if c.total is not None)
    note = _p(escape(ctx.label("chart_note")) + sources, ctx.styles.tiny)
    return [*out, KeepTogether([chart, note])]


def _event_table(ctx: _Context, events: Sequence[Event], anchor: str, title: str) -> list[Flowable]:
    s = ctx.styles
    rows = [
        [
            _p(ctx.date(e.date), s.cell_bold),
            _p(escape(facts.event_kind(e.kind, ctx.language)), s.small),
            _p(escape(e.summary) + ctx.note(e.source), s.cell),
        ]
        for e in events
    ]
    widths = [22 * mm, 22 * mm, ctx.width - 44 * mm]
    strings = _one_line_cells(rows, widths)
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle(_grid_style(ctx, header=False) + strings
                              + [("LINEABOVE", (0, 0), (-1, 0), 0.8, ctx.palette.ink)]))  # fmt: skip
    return [*_heading(ctx, title, anchor, 1), table]


def _donor_section(ctx: _Context, profile: CountryProfile) -> list[Flowable]:
    events = [e for e in profile.events if e.kind == "donor"]
    figures = [f for f in profile.figures if f.indicator.group == "donor"]
    if not events and not figures:
        return []
    out = _event_table(ctx, events, "donor", ctx.label("donor")) if events else _heading(
        ctx, ctx.label("donor"), "donor", 1
    )
    out += [_p(line, ctx.styles.cell) for line in _figure_lines(ctx, figures)]
    return out


def _sources_section(ctx: _Context) -> list[Flowable]:
    s = ctx.styles
    out = _heading(ctx, ctx.label("sources"), "sources", 1)
    for number, src in enumerate(ctx.sources, 1):
        title = f"<b>{escape(src.publisher)}</b>: {escape(src.title)}"
        if src.edition and src.edition not in src.title:
            title += f" ({escape(src.edition)})"
        if src.published:
            title += f", {ctx.date(src.published)}"
        parts = [title]
        url = escape(src.url)
        link = f'<a href="{url}" color="{ctx.palette.accent.hexval()}">{url}</a>'
        accessed = escape(ctx.label("accessed", date=format_date(src.seen, ctx.language)))
        text = f'<a name="{ctx.key}-src{number}"/>{number}.\u00a0' + ". ".join(parts)
        out.append(_p(f"{text}. {link} ({accessed})", s.source))
    if ctx.language != "en":
        out.append(Spacer(1, 2))
        out.append(_p(escape(ctx.label("summaries_language")), s.tiny))
    return out


def sheet_story(profile: CountryProfile, language: str, paper: str, low_ink: bool,
                world_casualties: Sequence[CasualtyYear] = (),
                on_draw: Callable[[], None] | None = None) -> list[Flowable]:  # fmt: skip
    """The flowables of one country's sheet (used alone or inside a pack)."""
    c = profile.country
    width = page_size(paper)[0] - 2 * MARGIN_X
    ctx = _Context(c.iso3, language, low_ink, styles(low_ink), palette(low_ink), width)
    name = c.display_name(language)
    band = TitleBand(
        name,
        f"{region_name(c.subregion, language)} · {region_name(c.region, language)} · {c.iso3}",
        label("sheet_title", language),
        label("data_as_of", language, date=format_date(profile.dataset.as_of, language, "long")),
        ctx.palette,
    )
    key_width = width - MAP_WIDTH - 6 * mm
    key = _key_figures(ctx, profile, world_casualties, key_width)
    map_cell = [_p(escape(ctx.label("map_title")), ctx.styles.cell_head), Spacer(1, 3),
                _locator(c.iso3, low_ink, ctx.label("map_missing"))]  # fmt: skip
    top = Table([[key, map_cell]], colWidths=[key_width + 6 * mm, MAP_WIDTH])
    top.setStyle(TableStyle([
        *FONT_COMMAND,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm), ("TOPPADDING", (1, 0), (1, 0), 12),
    ]))  # fmt: skip
    story: list[Flowable] = [SheetStart(c.iso3, name, on_draw=on_draw), band, Spacer(1, 2 * mm),
                             top]  # fmt: skip
    story += _treaty_section(ctx, profile)
    story += _chart_section(ctx, profile)
    policy = [e for e in profile.events if e.kind != "donor"]
    if policy:
        story += _event_table(ctx, policy, "timeline", ctx.label("timeline"))
    story += _donor_section(ctx, profile)
    story += _sources_section(ctx)
    return story


def _metadata(language: str, dataset: DatasetInfo) -> tuple[str, str]:
    subject = (f"{label('treaties', language)}; {label('key_figures', language)}. "
               f"{label('dataset', language, version=dataset.version)}, "
               f"{label('data_as_of', language, date=dataset.as_of)}")  # fmt: skip
    keywords = "landmines, Mine Ban Treaty, APMBC, CCM, CCW, CRPD, casualties, Landmine Monitor"
    return subject, keywords


def build_sheet(
    profile: CountryProfile,
    language: str = "en",
    paper: str = "a4",
    low_ink: bool = False,
    world_casualties: Sequence[CasualtyYear] = (),
    generated: date | None = None,
) -> bytes:
    """One country's fact sheet as PDF bytes (one or two pages).

    ``world_casualties`` (``Store.casualties(None)``) gives the world context line
    and the Monitor editions searched when the country has none of its own;
    ``generated`` defaults to today and is printed in the footer.
    """
    check_language(language)
    generated = generated or date.today()
    pal = palette(low_ink)
    buffer = BytesIO()
    name = profile.country.display_name(language)
    subject, keywords = _metadata(language, profile.dataset)
    doc = _document(buffer, paper, f"{name} – {label('sheet_title', language)}", subject,
                    language, keywords,
                    _page_end_factory(profile.dataset, language, generated, pal, paper))  # fmt: skip
    doc.build(sheet_story(profile, language, paper, low_ink, world_casualties),
              canvasmaker=_canvas_maker(language, pal))  # fmt: skip
    return buffer.getvalue()


def _cover(description: str, profiles_count: int, dataset: DatasetInfo, language: str,
           generated: date, s: Styles, pal: Palette) -> list[Flowable]:  # fmt: skip
    count = catalog.plural("countries_count", profiles_count, language, n=format_number(profiles_count, language))
    as_of = label("data_as_of", language, date=format_date(dataset.as_of, language, "long"))
    band = TitleBand(label("pack_title", language), description, label("pack_subtitle", language),
                     as_of, pal)  # fmt: skip
    lines = [
        CoverMark(),
        OutlineMark("cover", label("pack_subtitle", language), 0),
        Spacer(1, 40 * mm),
        band,
        Spacer(1, 10 * mm),
        _p(f"<b>{escape(label('selection', language))}:</b> {escape(description)}", s.body),
        _p(escape(count), s.body),
        Spacer(1, 4 * mm),
        _p(f"<b>{escape(as_of)}</b>", s.body),
        _p(escape(label("dataset", language, version=dataset.version)) + " · "
           + escape(label("generated", language, date=format_day(generated, language))), s.body),
        Spacer(1, 10 * mm),
        _p(escape(label("cover_note", language)), s.small),
        Spacer(1, 4 * mm),
        _p(escape(CREATOR), s.tiny),
    ]  # fmt: skip
    return lines


def build_pack(
    profiles: Iterable[CountryProfile],
    description: str,
    language: str = "en",
    paper: str = "a4",
    low_ink: bool = False,
    world_casualties: Sequence[CasualtyYear] = (),
    generated: date | None = None,
    on_sheet: Callable[[int], None] | None = None,
) -> bytes:
    """A briefing pack: cover, table of contents, then one sheet per profile, as PDF bytes.

    ``on_sheet(n)`` is called as the n-th sheet starts rendering (progress); an
    exception it raises (a cancel) aborts the build.
    """
    check_language(language)
    generated = generated or date.today()
    profiles = list(profiles)
    if not profiles:
        raise ValueError("a briefing pack needs at least one country")
    dataset = profiles[0].dataset
    pal, s = palette(low_ink), styles(low_ink)
    width = page_size(paper)[0] - 2 * MARGIN_X

    story: list[Flowable] = _cover(description, len(profiles), dataset, language, generated, s, pal)
    story += [PageBreak(), OutlineMark("contents", label("contents", language), 0),
              _p(escape(label("contents", language)), s.heading), Spacer(1, 2 * mm)]  # fmt: skip
    rows = []
    for profile in profiles:
        c = profile.country
        name = escape(c.display_name(language))
        rows.append([_p(f'<a href="#{c.iso3}">{name}</a>', s.toc_entry),
                     _p(escape(region_name(c.subregion, language)), s.small), PageNumberRef(c.iso3)])  # fmt: skip
    toc = Table(rows, colWidths=[width * 0.55, width * 0.33, width * 0.12], repeatRows=0)
    toc.setStyle(TableStyle([
        *FONT_COMMAND,
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, pal.rule),
    ]))  # fmt: skip
    story.append(toc)
    for number, profile in enumerate(profiles):
        story.append(PageBreak())
        notify = None if on_sheet is None else (lambda n=number: on_sheet(n))
        story += sheet_story(profile, language, paper, low_ink, world_casualties, notify)

    buffer = BytesIO()
    subject, keywords = _metadata(language, dataset)
    title = f"{label('pack_title', language)} – {description}"
    doc = _document(buffer, paper, title, subject, language, keywords,
                    _page_end_factory(dataset, language, generated, pal, paper))  # fmt: skip
    doc.build(story, canvasmaker=_canvas_maker(language, pal))
    return buffer.getvalue()


def fingerprint(data: bytes) -> str:
    """Short content hash (tests and the benchmark compare outputs with it)."""
    return hashlib.sha256(data).hexdigest()[:16]
