"""The About / data sources dialog (F1) and the one-source citation dialog.

URLs are shown as selectable, copyable text and are never opened: the app
works offline and must not reach the network, even on a click.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.models import Source
from app.core.store import Store
from app.ui.formatting import format_date, source_citation

QUALITY = {
    "primary": QT_TRANSLATE_NOOP("SourceDialog", "primary (publisher's own document)"),
    "press_report_of_primary": QT_TRANSLATE_NOOP("SourceDialog", "press report of a primary source"),
    "secondary": QT_TRANSLATE_NOOP("SourceDialog", "secondary (aggregator)"),
}


def citation_text(source: Source) -> str:
    return f"{source_citation(source)} {source.url}"


class SourceDialog(QDialog):
    """A footnote opened: the full citation and its URL, as text to copy."""

    def __init__(self, source: Source, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sourceDialog")
        self.setWindowTitle(self.tr("Source"))
        self.source = source
        form = QFormLayout()

        def row(label: str, text: str | None) -> None:
            if not text:
                return
            value = QLabel(text, self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setAccessibleName(label)
            form.addRow(label, value)

        row(self.tr("Publisher"), source.publisher)
        row(self.tr("Title"), source.title)
        row(self.tr("Edition"), source.edition)
        row(self.tr("Published"), format_date(source.published))
        row(self.tr("Consulted"), format_date(source.seen))
        row(self.tr("Kind"), self.tr(QUALITY.get(source.quality, source.quality)))
        url = QLineEdit(source.url, self)
        url.setObjectName("sourceUrl")
        url.setReadOnly(True)
        url.setAccessibleName(self.tr("Address (URL)"))
        url.setCursorPosition(0)
        url.setMinimumWidth(420)
        form.addRow(self.tr("Address"), url)
        note = QLabel(self.tr("This program works offline and never opens links. "
                              "Copy the address to look it up on a connected computer."), self)
        note.setWordWrap(True)
        note.setEnabled(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy citation"), self)
        copy.setAccessibleName(self.tr("Copy citation and address"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_citation)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def copy_citation(self) -> None:
        QGuiApplication.clipboard().setText(citation_text(self.source))


class AboutDialog(QDialog):
    """Program and dataset version, as-of date, and every source with its URL."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Landmine Fact Sheets and its data"))
        self.resize(980, 620)
        info = store.dataset_info()
        sources = store.sources()
        header = self.header = QLabel(self)
        header.setTextFormat(Qt.TextFormat.RichText)
        header.setWordWrap(True)
        header.setText(
            self.tr(
                "<h2>Landmine Fact Sheets {version}</h2>"
                "<p>Offline fact sheets on landmine treaties, casualties and victim assistance.</p>"
                "<p><b>Dataset</b> {dataset}, as of {as_of} (schema {schema}) &middot; "
                "{count} sources cited.<br>Every figure carries its source; a figure this dataset "
                "lacks is named as such, never shown as 0.</p>"
            )
            .replace("{version}", __version__)
            .replace("{dataset}", info.version)
            .replace("{as_of}", format_date(info.as_of))
            .replace("{schema}", str(info.schema_version))
            .replace("{count}", str(len(sources)))
        )
        search = QLineEdit(self)
        search.setObjectName("sourceSearch")
        search.setPlaceholderText(self.tr("Filter sources…"))
        search.setAccessibleName(self.tr("Filter sources"))
        search.setClearButtonEnabled(True)

        table = QTableWidget(len(sources), 5, self)
        table.setObjectName("sourcesTable")
        table.setAccessibleName(self.tr("Data sources"))
        table.setHorizontalHeaderLabels([
            self.tr("Publisher"), self.tr("Title"), self.tr("Edition"),
            self.tr("Address (URL)"), self.tr("Consulted"),
        ])  # fmt: skip
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        for i, s in enumerate(sources):
            for j, text in enumerate((s.publisher, s.title, s.edition or "", s.url, s.seen)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(i, j, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(0, 220)
        table.setColumnWidth(1, 300)
        table.setColumnWidth(2, 120)
        table.setColumnWidth(3, 320)
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        self.sources = sources

        def apply(text: str) -> None:
            needle = text.casefold()
            for i, s in enumerate(sources):
                hay = " ".join((s.publisher, s.title, s.edition or "", s.url)).casefold()
                table.setRowHidden(i, bool(needle) and needle not in hay)

        search.textChanged.connect(apply)
        table.doubleClicked.connect(lambda index: SourceDialog(sources[index.row()], self).exec())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy all sources"), self)
        copy.setAccessibleName(self.tr("Copy every source as text"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_all)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(search)
        layout.addWidget(table, 1)
        hint = QLabel(self.tr("Double-click a source for its full citation. "
                              "Links are shown as text and never opened."), self)
        hint.setEnabled(False)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def all_sources_text(self) -> str:
        return "\n".join(citation_text(s) for s in self.sources)

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.all_sources_text())
