"""Print preview (Ctrl+P): shows the exact PDF that would be exported, then prints it.

The preview rasterises the very bytes ``app.factsheet.build`` produced, with
pdfium (the ``pypdfium2`` package): what is seen is what prints and what a
saved file contains, where a second renderer (say, re-drawing the sheet with
QPainter) could drift from the PDF. Why pdfium and not Qt's own QtPdf: QtPdf
comes only in the separate ``PySide6_Pdf`` wheel, which exists only for
PySide6 6.12.0, and 6.12.0 crashes Python 3.11 (a None reference-count bug);
we stay on PySide6-Essentials 6.11, and pdfium is the same engine QtPdf wraps.

Pages are rendered lazily, when a page first paints at the current zoom, so
opening the dialog or zooming costs one visible page at a time; a sheet has
one or two pages, so no thread is needed (pdfium is not thread-safe anyway).
Printing goes through the system print dialog (QtPrintSupport is in
Essentials): each page is rendered at the printer's resolution, capped at
PRINT_DPI_CAP, and drawn on the printer's page, honouring page ranges and
copies when the printer does not make the copies itself.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, QSize, Qt, Slot
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.core.store import Store
from app.ui.formatting import language as ui_language

PRINT_DPI_CAP = 300  # bounds memory: an A4 page at 300 dpi is ~35 MB as an image
SCREEN_DPI = 96.0  # zoom 100% = the paper's real size on a 96 dpi screen
ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 1.25, 0.25, 4.0
PAGE_GAP = 12  # pixels between pages, and around them


def render_image(page: pdfium.PdfPage, dpi: float) -> QImage:
    """One PDF page as an opaque white-backed QImage at ``dpi``."""
    bitmap = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255), rev_byteorder=True,
                         prefer_bgrx=True, draw_annots=False)  # fmt: skip
    try:
        # RGBx bytes; copy() so the image owns its pixels once pdfium's bitmap is freed.
        return QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                      QImage.Format.Format_RGBX8888).copy()  # fmt: skip
    finally:
        bitmap.close()


class PageView(QWidget):
    """One page at the dialog's zoom; renders its image the first time it is painted."""

    def __init__(self, dialog: PreviewDialog, index: int):
        super().__init__()
        self.dialog, self.index = dialog, index
        self._image: QImage | None = None
        self._image_zoom = 0.0
        self.setObjectName(f"page{index + 1}")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.update_size()

    def update_size(self) -> None:
        width_pt, height_pt = self.dialog.page_size_points(self.index)
        scale = self.dialog.zoom * SCREEN_DPI / 72
        self.setFixedSize(QSize(round(width_pt * scale), round(height_pt * scale)))
        self.update()

    def image(self) -> QImage:
        """The rendered page at the current zoom and screen pixel ratio (cached)."""
        zoom = self.dialog.zoom * self.devicePixelRatioF()
        if self._image is None or self._image_zoom != zoom:
            self._image = self.dialog.render_page(self.index, SCREEN_DPI * zoom)
            self._image_zoom = zoom
        return self._image

    def is_rendered(self) -> bool:
        return self._image is not None

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.drawImage(QRectF(self.rect()), self.image())
        painter.setPen(Qt.GlobalColor.gray)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


class PreviewDialog(QDialog):
    """Shows one fact sheet's PDF; paper and low ink rebuild it; zoom, Print and Save."""

    def __init__(self, store: Store, iso3: str, parent: QWidget | None = None,
                 language: str | None = None, paper: str = "a4", low_ink: bool = False):  # fmt: skip
        super().__init__(parent)
        from app.text.languages import LANGUAGES

        # The sheet speaks the window's language, as the export dialog does (issue 9).
        language = language or (ui_language() if ui_language() in LANGUAGES else "en")
        self.store, self.iso3, self.language = store, iso3, language
        self.country = store.country(iso3)
        self.setObjectName("previewDialog")
        self.setWindowTitle(self.tr("Fact sheet: {0}").replace("{0}", self.country.display_name(ui_language())))
        self.pdf_bytes = b""
        self.document: pdfium.PdfDocument | None = None
        self._page_sizes: list[tuple[float, float]] = []
        self.zoom = 1.0
        self.pages: list[PageView] = []

        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.low_ink = QCheckBox(self.tr("Low ink"))
        self.low_ink.setChecked(low_ink)
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.fit_width_button = QToolButton()
        self.fit_width_button.setText(self.tr("Fit width"))
        self.fit_width_button.setCheckable(True)
        self.fit_width_button.setChecked(True)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.paper.currentIndexChanged.connect(self.rebuild)
        self.low_ink.toggled.connect(self.rebuild)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_width_button.toggled.connect(self._fit_width_toggled)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.zoom_in)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.zoom_out)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Paper:")))
        bar.addWidget(self.paper)
        bar.addWidget(self.low_ink)
        bar.addSpacing(12)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_width_button)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)

        self._pages_box = QWidget()
        self._pages_box.setObjectName("pageImages")
        self._pages_layout = QVBoxLayout(self._pages_box)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._pages_layout.setSpacing(PAGE_GAP)
        self._pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.view = QScrollArea(self)
        self.view.setObjectName("pageView")
        self.view.setWidgetResizable(True)
        self.view.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.view.setBackgroundRole(QPalette.ColorRole.Dark)
        self.view.setWidget(self._pages_box)

        self.pages_label = QLabel()
        self.pages_label.setObjectName("pageCount")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pages_label)
        self.resize(760, 900)
        self.rebuild()

    @classmethod
    def for_country(cls, store: Store, iso3: str, parent: QWidget | None = None,
                    **options: object) -> PreviewDialog:  # fmt: skip
        return cls(store, iso3, parent, **options)

    # -- building and showing --------------------------------------------------------

    def build(self) -> bytes:
        from app.factsheet.build import build_sheet

        return build_sheet(
            self.store.profile(self.iso3),
            language=self.language,
            paper=self.paper.currentData(),
            low_ink=self.low_ink.isChecked(),
            world_casualties=self.store.casualties(None),
        )

    @Slot()
    def rebuild(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.pdf_bytes = self.build()
            self._load(self.pdf_bytes)
        finally:
            QGuiApplication.restoreOverrideCursor()
        count = self.page_count()
        self.pages_label.setText((self.tr("1 page") if count == 1 else self.tr("{0} pages"))
                                 .replace("{0}", str(count)))  # fmt: skip
        self._make_page_views()
        self._apply_zoom()

    def _load(self, data: bytes) -> None:
        if self.document is not None:
            self.document.close()
        self.document = pdfium.PdfDocument(data)
        self._page_sizes = [self.document.get_page_size(i) for i in range(len(self.document))]

    def done(self, result: int) -> None:
        """Close pdfium's document now, on the GUI thread. Left to the garbage collector it
        is finalised on whichever thread next allocates (an export's QThread), and pdfium
        is not thread-safe."""
        if self.document is not None:
            self.document.close()
            self.document = None
        super().done(result)

    def page_count(self) -> int:
        return len(self._page_sizes)

    def page_size_points(self, index: int) -> tuple[float, float]:
        return self._page_sizes[index]

    def render_page(self, index: int, dpi: float) -> QImage:
        """Page ``index`` (0-based) of the current PDF as an image at ``dpi``."""
        if self.document is None:  # closed by done(); shown again
            self._load(self.pdf_bytes)
        page = self.document[index]
        try:
            return render_image(page, dpi)
        finally:
            page.close()

    def _make_page_views(self) -> None:
        for view in self.pages:
            self._pages_layout.removeWidget(view)
            view.deleteLater()
        self.pages = [PageView(self, i) for i in range(self.page_count())]
        for view in self.pages:
            self._pages_layout.addWidget(view, 0, Qt.AlignmentFlag.AlignHCenter)

    # -- zoom ------------------------------------------------------------------------

    def set_zoom(self, zoom: float) -> None:
        """A fixed zoom (1.0 = real size at 96 dpi); leaves fit-width mode."""
        self.fit_width_button.setChecked(False)
        self.zoom = min(max(zoom, ZOOM_MIN), ZOOM_MAX)
        self._apply_zoom()

    @Slot()
    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    @Slot(bool)
    def _fit_width_toggled(self, checked: bool) -> None:
        if checked:
            self._apply_zoom()

    def fit_width_zoom(self) -> float:
        if not self._page_sizes:
            return 1.0
        widest = max(w for w, _ in self._page_sizes) * SCREEN_DPI / 72
        scrollbar = self.view.verticalScrollBar().sizeHint().width()
        room = self.view.viewport().width() - 2 * PAGE_GAP - (0 if self.view.verticalScrollBar().isVisible()
                                                               else scrollbar)  # fmt: skip
        return min(max(room / widest, ZOOM_MIN), ZOOM_MAX)

    def _apply_zoom(self) -> None:
        if self.fit_width_button.isChecked():
            self.zoom = self.fit_width_zoom()
        for view in self.pages:
            view.update_size()
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")
        self.zoom_in_button.setEnabled(self.zoom < ZOOM_MAX)
        self.zoom_out_button.setEnabled(self.zoom > ZOOM_MIN)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.fit_width_button.isChecked():
            self._apply_zoom()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._apply_zoom()  # the viewport has its real width only now

    # -- print and save ----------------------------------------------------------------

    @Slot()
    def print_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("{0} fact sheet").replace("{0}", self.country.display_name(ui_language())))
        printer.setFullPage(True)  # the PDF carries its own printer-safe margins
        size_id = QPageSize.PageSizeId.Letter if self.paper.currentData() == "letter" else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size_id))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok = self.print_to(printer)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not ok:
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))

    def pages_to_print(self, printer) -> list[int]:
        """0-based page indexes in print order: the chosen range, times the copies we make."""
        count = self.page_count()
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            pages = [i for i in range(count) if ranges.contains(i + 1)]
        else:
            first, last = printer.fromPage(), printer.toPage()
            pages = list(range(first - 1, min(last, count))) if first and last else list(range(count))
        # A printer that makes copies itself (most real ones) gets one; else we repeat.
        copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
        if copies == 1:
            return pages
        if printer.collateCopies():
            return pages * copies
        return [i for i in pages for _ in range(copies)]

    def print_to(self, printer) -> bool:
        """Draw the PDF's pages on ``printer``; False if the printer would not start."""
        pages = self.pages_to_print(printer)
        if not pages:
            return True
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for n, index in enumerate(pages):
                if n:
                    printer.newPage()
                image = self.render_page(index, dpi)
                # The painter's window is the printer page in device pixels (full page).
                target = QRectF(painter.window())
                scale = min(target.width() / image.width(), target.height() / image.height())
                width, height = image.width() * scale, image.height() * scale
                x = target.x() + (target.width() - width) / 2  # a Letter sheet on A4 stays centred
                painter.drawImage(QRectF(x, target.y(), width, height), image)
        finally:
            painter.end()
        return True

    @Slot()
    def save_pdf(self) -> None:
        from app.factsheet.batch import ExportError, save_bytes, sheet_filename

        start = paths.user_documents_dir() / sheet_filename(self.iso3, self.country.name)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF as"), str(start),
                                                self.tr("PDF files (*.pdf)"))  # fmt: skip
        if not chosen:
            return
        if not chosen.lower().endswith(".pdf"):
            chosen += ".pdf"
        try:
            save_bytes(Path(chosen), self.pdf_bytes)  # temporary file, then rename
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("Save PDF"), str(exc))
