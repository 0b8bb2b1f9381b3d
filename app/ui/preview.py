"""Print preview (Ctrl+P): shows the exact PDF that would be exported, then prints it.

The preview renders the very bytes ``app.factsheet.build`` produced with QtPdf
(the separate ``PySide6_Pdf`` wheel), so what is seen is what prints and what a
saved file contains; a second renderer could drift from the PDF. QPdfView is
used when QtPdfWidgets is present, otherwise pages are rendered with
``QPdfDocument.render`` into a scroll area. Printing draws the same rendered
pages on a QPrinter chosen in the system print dialog. Should QtPdf be missing
altogether, the dialog offers to open the PDF in the system viewer instead.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPainter, QPixmap
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
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.core.store import Store

try:  # the PySide6_Pdf wheel
    from PySide6.QtPdf import QPdfDocument
except ImportError:  # pragma: no cover - depends on the installed wheels
    QPdfDocument = None
try:
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover
    QPdfView = None

PRINT_DPI_CAP = 300  # bounds memory: an A4 page at 300 dpi is ~35 MB as an image


def qtpdf_available() -> bool:
    return QPdfDocument is not None


class PreviewDialog(QDialog):
    """Shows one fact sheet's PDF; paper and low ink rebuild it; Print and Save."""

    def __init__(self, store: Store, iso3: str, parent: QWidget | None = None,
                 language: str = "en", paper: str = "a4", low_ink: bool = False):  # fmt: skip
        super().__init__(parent)
        self.store, self.iso3, self.language = store, iso3, language
        self.country = store.country(iso3)
        self.setObjectName("previewDialog")
        self.setWindowTitle(self.tr("Fact sheet: {0}").replace("{0}", self.country.name))
        self.pdf_bytes = b""
        self._buffer: QBuffer | None = None
        self._data: QByteArray | None = None
        self.document = QPdfDocument(self) if QPdfDocument is not None else None

        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.low_ink = QCheckBox(self.tr("Low ink"))
        self.low_ink.setChecked(low_ink)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.paper.currentIndexChanged.connect(self.rebuild)
        self.low_ink.toggled.connect(self.rebuild)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.accept)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Paper:")))
        bar.addWidget(self.paper)
        bar.addWidget(self.low_ink)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)

        self.pages_label = QLabel()
        self.view = self._make_view()
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

    def _make_view(self) -> QWidget:
        if self.document is not None and QPdfView is not None:
            view = QPdfView(self)
            view.setObjectName("pdfView")
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.setDocument(self.document)
            return view
        self._pages_box = QWidget()
        self._pages_layout = QVBoxLayout(self._pages_box)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea(self)
        scroll.setObjectName("pageImages")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._pages_box)
        return scroll

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
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.document is None:
            self.pages_label.setText(self.tr(
                "The preview needs Qt's PDF module (the PySide6_Pdf package), which is not "
                "installed. Save the PDF, or Print to open it in your PDF viewer."))  # fmt: skip
            return
        # QPdfDocument reads from the device lazily: buffer and bytes must outlive it.
        self.document.close()
        self._data = QByteArray(self.pdf_bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.pages_label.setText(self.tr("{0} page(s)").replace("{0}", str(self.page_count())))
        if QPdfView is None:
            self._show_page_images()

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def render_page(self, index: int, dpi: float) -> QPixmap:
        points = self.document.pagePointSize(index)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        return QPixmap.fromImage(self.document.render(index, size))

    def _show_page_images(self) -> None:
        while self._pages_layout.count():
            item = self._pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        ratio = self.devicePixelRatioF()
        for index in range(self.page_count()):
            pixmap = self.render_page(index, 96 * ratio)
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setPixmap(pixmap)
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self._pages_layout.addWidget(label)

    # -- print and save ----------------------------------------------------------------

    @Slot()
    def print_sheet(self) -> None:
        if self.document is None:
            self._open_externally()
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{self.country.name} fact sheet")
        printer.setFullPage(True)  # the PDF carries its own printer-safe margins
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer) -> None:
        """Draw the rendered pages onto ``printer``, honouring its page range."""
        first, last = printer.fromPage() or 1, printer.toPage() or self.page_count()
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
            return
        try:
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            for index in range(first - 1, min(last, self.page_count())):
                if index > first - 1:
                    printer.newPage()
                pixmap = self.render_page(index, dpi)
                scaled = pixmap.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawPixmap(0, 0, scaled.width(), scaled.height(), pixmap)
        finally:
            painter.end()

    def _open_externally(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="factsheet-"))
        path = folder / f"{self.iso3}-preview.pdf"
        path.write_bytes(self.pdf_bytes)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

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
            save_bytes(Path(chosen), self.pdf_bytes)
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("Save PDF"), str(exc))
