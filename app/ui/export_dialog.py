"""The export dialog (Ctrl+E): which countries, PDF or HTML, paper, files or pack, where; runs in the background.

The export runs ``app.factsheet.batch.export`` on a QThread, so the window
keeps painting; the PDFs themselves are built in worker processes started by
a forkserver (never forked from this Qt process, whose mutexes and widgets a
fork would copy). Progress arrives as queued signals, and Cancel sets a flag
the batch polls; the workers are then killed and no file is left. Existing
files are replaced only after the user confirms.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.core.store import Store
from app.factsheet.batch import (
    ExportCancelled,
    ExportError,
    ExportRequest,
    export,
    pack_filename,
    plan,
    sheet_filename,
)
from app.text.describe import describe
from app.ui.formatting import language as ui_language

SCOPES = ("current", "compared", "filtered", "all")
LANGUAGE_NAMES = (("en", "English"), ("fr", "Français"), ("es", "Español"))


class ExportWorker(QObject):
    """Runs one export request; lives on a worker thread."""

    progressed = Signal(int, int)
    succeeded = Signal(list)  # list[Path]
    failed = Signal(str)  # one sentence for the user
    cancelled = Signal(str)

    def __init__(self, request: ExportRequest):
        super().__init__()
        self.request = request
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()  # polled by the batch between sheets; thread-safe

    @Slot()
    def run(self) -> None:
        try:
            written = export(self.request, progress=self.progressed.emit, cancel=self._cancel.is_set)
        except ExportCancelled as exc:
            self.cancelled.emit(str(exc))
        except ExportError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must not leave the dialog waiting forever
            self.failed.emit(self.tr("Export failed unexpectedly: {0}").replace("{0}", str(exc)))
        else:
            self.succeeded.emit(written)


class ExportDialog(QDialog):
    finishedExport = Signal(list)  # paths written (tests and the main window's status bar)

    def __init__(self, store: Store, state, parent: QWidget | None = None, language: str = "en"):
        super().__init__(parent)
        self.store, self.state = store, state
        self.setWindowTitle(self.tr("Export fact sheets"))
        self.setObjectName("exportDialog")
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self._custom_output = False
        self.written: list[Path] = []

        scope_box = QGroupBox(self.tr("Countries"))
        scope_layout = QVBoxLayout(scope_box)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        for scope in SCOPES:
            button = QRadioButton(self._scope_text(scope))
            button.setObjectName(f"scope_{scope}")
            button.setEnabled(bool(self.codes(scope)))
            self.scope_group.addButton(button)
            self.scope_buttons[scope] = button
            scope_layout.addWidget(button)
        first = next((s for s in SCOPES if self.scope_buttons[s].isEnabled()), "all")
        self.scope_buttons[first].setChecked(True)

        self.separate = QRadioButton(self.tr("Separate files, one per country"))
        self.pack = QRadioButton(self.tr("One briefing pack (cover, contents, all sheets)"))
        self.separate.setChecked(True)
        form_group = QButtonGroup(self)
        form_group.addButton(self.separate)
        form_group.addButton(self.pack)

        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        self.format.addItem(self.tr("PDF"), "pdf")
        self.format.addItem(self.tr("HTML (accessible: headings, tables, text for charts)"), "html")
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        index = self.language.findData(language)
        self.language.setCurrentIndex(index if index >= 0 else 0)
        self.low_ink = QCheckBox(self.tr("Low ink (no filled areas)"))
        self.open_when_done = QCheckBox(self.tr("Open the result when done"))
        self.open_when_done.setChecked(True)

        self.output = QLineEdit()
        self.output.setObjectName("outputPath")
        self.output.textEdited.connect(self._output_edited)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_output)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(choose)

        form = QFormLayout()
        form.addRow(self.tr("Output:"), self.separate)
        form.addRow("", self.pack)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.low_ink)
        form.addRow(self.tr("Save to:"), output_row)
        form.addRow("", self.open_when_done)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.scope_group.buttonToggled.connect(self._update_default_output)
        self.pack.toggled.connect(self._update_default_output)
        self.format.currentIndexChanged.connect(self._update_default_output)
        self._update_default_output()

    # -- what to export ----------------------------------------------------------------

    def scope(self) -> str:
        return next(s for s, b in self.scope_buttons.items() if b.isChecked())

    def codes(self, scope: str | None = None) -> list[str]:
        scope = scope or self.scope()
        if scope == "current":
            return [self.state.selected] if self.state.selected else []
        if scope == "compared":
            return list(self.state.compared)
        if scope == "filtered":
            return [c.iso3 for c in self.state.visible]
        return [c.iso3 for c in self.state.all_countries]

    def _scope_text(self, scope: str) -> str:
        codes = self.codes(scope)
        if scope == "current":
            name = self._name(codes[0], ui_language()) if codes else self.tr("none selected")
            return self.tr("Current country ({0})").replace("{0}", name)
        count = len(codes)
        if scope == "compared":
            return self.tr("Compared countries ({0})").replace("{0}", str(count))
        if scope == "filtered":
            return self.tr("Filtered set: {0}").replace("{0}", describe(self.state.filter, count, ui_language()))
        return self.tr("All countries ({0})").replace("{0}", str(count))

    def _name(self, iso3: str, language: str = "en") -> str:
        """The country's name in ``language``; file names keep the English one, as the batch export does."""
        try:
            return self.store.country(iso3).display_name(language)
        except KeyError:
            return iso3

    def description(self) -> str:
        codes = self.codes()
        scope = self.scope()
        # The pack's cover prints this: in the sheets' language, not the interface's.
        language = self.language.currentData()
        if scope == "current":
            return self._name(codes[0], language)
        if scope == "compared":
            return ", ".join(self._name(c, language) for c in codes)
        if scope == "filtered":
            return describe(self.state.filter, len(codes), language)
        return describe(type(self.state.filter)(), len(codes), language)

    def request(self, force: bool = False) -> ExportRequest:
        return ExportRequest(
            iso3s=tuple(self.codes()),
            output=Path(self.output.text().strip()).expanduser(),
            db_path=self.store.path,
            paper=self.paper.currentData(),
            pack=self.pack.isChecked(),
            low_ink=self.low_ink.isChecked(),
            force=force,
            language=self.language.currentData(),
            description=self.description(),
            format=self.format.currentData(),
        )

    # -- where to write ----------------------------------------------------------------

    def _default_folder(self) -> Path:
        current = Path(self.output.text().strip()) if self.output.text().strip() else None
        if current is not None:
            return current.parent if current.suffix.lower() in (".pdf", ".html") else current
        return paths.user_documents_dir()

    @Slot()
    def _update_default_output(self, *args: object) -> None:
        folder = self._default_folder() if self._custom_output else paths.user_documents_dir()
        kind = self.format.currentData()
        if self.pack.isChecked():
            self.output.setText(str(folder / pack_filename(kind)))
        elif len(self.codes()) == 1:
            self.output.setText(str(folder / sheet_filename(self.codes()[0],
                                                            self._name(self.codes()[0]), kind)))  # fmt: skip
        else:
            self.output.setText(str(folder))

    def _output_edited(self, text: str) -> None:
        self._custom_output = True

    @Slot()
    def choose_output(self) -> None:
        start = self.output.text()
        if self.pack.isChecked() or len(self.codes()) == 1:
            if self.format.currentData() == "html":
                title, files, suffix = self.tr("Save HTML as"), self.tr("HTML files (*.html)"), ".html"
            else:
                title, files, suffix = self.tr("Save PDF as"), self.tr("PDF files (*.pdf)"), ".pdf"
            chosen, _ = QFileDialog.getSaveFileName(self, title, start, files)
            if chosen and not chosen.lower().endswith(suffix):
                chosen += suffix
        else:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the fact sheets"),
                                                      start)  # fmt: skip
        if chosen:
            self._custom_output = True
            self.output.setText(chosen)

    # -- running -----------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._thread is not None

    @Slot()
    def start(self) -> None:
        if self.is_running():
            return
        if not self.codes():
            self._show_error(self.tr("No country to export."))
            return
        if not self.output.text().strip():
            self._show_error(self.tr("Choose where to save the PDF."))
            return
        try:
            existing = plan(self.request()).existing()
        except ExportError as exc:
            self._show_error(str(exc))
            return
        force = False
        if existing:
            if not self.confirm_replace(existing):
                self.status.setText(self.tr("Nothing was written."))
                return
            force = True
        self._run(self.request(force=force))

    def confirm_replace(self, existing: list[Path]) -> bool:
        if len(existing) == 1:
            text = self.tr("{0} already exists. Replace it?").replace("{0}", existing[0].name)
        else:
            text = (self.tr("{0} files already exist in {1}. Replace them?")
                    .replace("{0}", str(len(existing))).replace("{1}", str(existing[0].parent)))  # fmt: skip
        answer = QMessageBox.question(
            self, self.tr("Replace files?"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, request: ExportRequest) -> None:
        self.progress.setRange(0, len(request.iso3s))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Preparing…"))
        self._set_inputs_enabled(False)
        self.cancel_button.setText(self.tr("Cancel export"))
        thread = QThread(self)
        worker = ExportWorker(request)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        for signal in (worker.succeeded, worker.failed, worker.cancelled):
            signal.connect(thread.quit)
        thread.finished.connect(self._thread_done)
        self._thread, self._worker = thread, worker
        thread.start()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.status.setText(self.tr("{0} of {1} sheets").replace("{0}", str(done))
                            .replace("{1}", str(total)))  # fmt: skip

    @Slot(list)
    def _succeeded(self, written: list) -> None:
        self.written = list(written)
        self.progress.setValue(self.progress.maximum())
        where = written[0] if len(written) == 1 else written[0].parent
        self.status.setText(self.tr("Wrote {0} file(s) to {1}").replace("{0}", str(len(written)))
                            .replace("{1}", str(where)))  # fmt: skip
        if self.open_when_done.isChecked() and written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(where)))
        self.finishedExport.emit(self.written)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._show_error(message)

    @Slot(str)
    def _cancelled(self, message: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(message)

    def _show_error(self, message: str) -> None:
        self.status.setStyleSheet("color: #a01010;")
        self.status.setText(message)

    @Slot()
    def _thread_done(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
        if self._thread is not None:
            self._thread.deleteLater()
        self._thread = self._worker = None
        self._set_inputs_enabled(True)
        self.cancel_button.setText(self.tr("Close"))
        if not self.written:
            self.progress.setVisible(False)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in self.findChildren(QWidget):
            if widget in (self.cancel_button, self.progress, self.status, self.buttons):
                continue
            if isinstance(widget, QRadioButton) and widget in self.scope_buttons.values():
                widget.setEnabled(enabled and bool(self.codes(self._scope_of(widget))))
            elif isinstance(widget, QCheckBox | QComboBox | QLineEdit | QPushButton | QRadioButton):
                widget.setEnabled(enabled)

    def _scope_of(self, button: QRadioButton) -> str:
        return next(s for s, b in self.scope_buttons.items() if b is button)

    @Slot()
    def cancel_or_close(self) -> None:
        if self._worker is not None:
            self.status.setText(self.tr("Cancelling…"))
            self._worker.cancel()
        else:
            self.reject()

    def wait_until_idle(self) -> None:
        if self._thread is not None:
            self._thread.wait()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._worker is not None:
            self._worker.cancel()
            self._thread.quit()
            self._thread.wait()
        super().closeEvent(event)

    def reject(self) -> None:
        if self._worker is not None:  # Esc while running cancels, it does not abandon
            self.cancel_or_close()
            return
        super().reject()
