"""Side-by-side comparison of up to five countries (Ctrl+click in the table or on the map)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.models import CountryProfile
from app.ui.formatting import (
    language,
    no_data,
    translate,
)
from app.ui.state import MAX_COMPARED, AppState


def comparison_rows(profiles: list[CountryProfile]) -> list[tuple[str, list[str | None]]]:
    """(row label, one cell per country; None = a gap in this dataset), from the profile views."""
    from app.text.compare import comparison_rows as rows_of
    from app.text.profile import profile_view

    lang = language()
    return rows_of([profile_view(p, lang) for p in profiles], lang)


class ComparePanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("comparePanel")
        self.setAccessibleName(translate("Compare", "Comparison"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.remove = QPushButton(translate("Compare", "Remove selected column"), self)
        self.remove.setObjectName("compareRemove")
        self.remove.setAccessibleName(translate("Compare", "Remove the selected country from the comparison"))
        self.clear = QPushButton(translate("Compare", "Clear comparison"), self)
        self.clear.setObjectName("compareClear")
        self.clear.setAccessibleName(translate("Compare", "Clear comparison"))
        self.table = QTableWidget(self)
        self.table.setObjectName("compareTable")
        self.table.setAccessibleName(translate("Compare", "Countries side by side"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.remove)
        top.addWidget(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.clear.clicked.connect(lambda: state.set_compared(()))
        self.remove.clicked.connect(self._remove_current)
        self.table.horizontalHeader().sectionDoubleClicked.connect(self._select_column)
        state.comparedChanged.connect(self.show_codes)
        self.show_codes(state.compared)

    def show_codes(self, codes: tuple[str, ...]) -> None:
        profiles = [self.state.store.profile(code) for code in codes]
        self.hint.setText(
            translate("Compare", "{0} of {1} countries. Ctrl+click countries in the table or on the map "
                                 "(or press Ctrl+D) to add or remove them; double-click a column header to "
                                 "select that country.").replace("{0}", str(len(codes))).replace(
                "{1}", str(MAX_COMPARED))
        )
        self.clear.setEnabled(bool(codes))
        self.remove.setEnabled(bool(codes))
        rows = comparison_rows(profiles) if profiles else []
        names = [p.country.display_name(language()) for p in profiles]
        self.table.clear()
        self.table.setColumnCount(len(profiles))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(names)
        self.table.setVerticalHeaderLabels([label for label, _ in rows])
        muted = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for i, (label, cells) in enumerate(rows):
            # Every empty cell is a gap in this dataset, not a source saying "none".
            missing_text = no_data()
            for j, cell in enumerate(cells):
                item = QTableWidgetItem(cell if cell is not None else missing_text)
                item.setToolTip(f"{names[j]}: {label}")
                if cell is None:
                    item.setForeground(muted)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)

    @property
    def codes(self) -> tuple[str, ...]:
        return self.state.compared

    def _remove_current(self) -> None:
        column = self.table.currentColumn()
        if 0 <= column < len(self.state.compared):
            self.state.toggle_compared(self.state.compared[column])

    def _select_column(self, column: int) -> None:
        if 0 <= column < len(self.state.compared):
            self.state.select(self.state.compared[column])
