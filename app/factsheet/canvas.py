"""The sheet's canvas and the flowables that talk to it: page numbers drawn as forms
defined when the last page is known, outline marks, the title band, the footer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app import __version__
from app.core.models import DatasetInfo
from app.factsheet import fonts
from app.factsheet.styles import FOOTER_Y, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, Palette, page_size
from app.text.i18n import format_date, format_day, format_number, label

CREATOR = f"Landmine Fact Sheets {__version__}"


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
        size = 7.5  # the print minimum, as the footer it sits in
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
        canv.setFont(fonts.REGULAR, 7.5)
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
