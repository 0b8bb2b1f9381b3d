"""Main window (minimal placeholder; the linked views replace it)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QTableWidget, QTableWidgetItem

from app.core.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store | None = None):
        super().__init__()
        self.store = store or Store.open()
        self.setWindowTitle("Landmine Fact Sheets")
        rows = self.store.summaries()
        table = QTableWidget(len(rows), 3, self)
        table.setObjectName("countryTable")
        table.setHorizontalHeaderLabels(["Country", "Region", "Mine Ban Treaty"])
        for i, r in enumerate(rows):
            for j, text in enumerate((r.name, r.region, r.apmbc_status or "no data")):
                table.setItem(i, j, QTableWidgetItem(text))
        self.setCentralWidget(table)
        self.resize(1100, 700)
