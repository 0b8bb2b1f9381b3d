"""The country table: the filtered countries (AppState.visible), sortable, linked to the selection.

Ctrl+click adds a country to the comparison instead of selecting it, matching
the map. The rows, their text and sort keys are app/ui/country_model.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QWidget

from app.core.models import CountrySummary
from app.ui.country_model import (  # noqa: F401 - APMBC, CCM, EIF, REGION: the columns tests and views name
    APMBC,
    CASUALTIES,
    CCM,
    COUNTRY,
    EIF,
    OPTIONAL_COLUMNS,
    REGION,
    CountryTableModel,
    Select,
)
from app.ui.formatting import (
    status_label,
    translate,
)
from app.ui.state import AppState

if TYPE_CHECKING:
    from PySide6.QtCore import QPersistentModelIndex
    from PySide6.QtGui import QMouseEvent

    Index = QModelIndex | QPersistentModelIndex


def rows_to_csv(rows: list[CountrySummary]) -> str:
    """The visible rows as CSV; a missing value is an empty cell, never 0."""
    import csv  # only when exporting: keeps start-up lean
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([
        "iso3", "country", "region", "subregion",
        "mine_ban_treaty", "mine_ban_treaty_in_force", "cluster_munitions_convention",
        "latest_casualties", "latest_casualties_year", "latest_casualties_qualifier",
    ])  # fmt: skip
    for r in rows:
        writer.writerow([
            r.iso3, r.name, r.region, r.subregion,
            status_label(r.apmbc_status) if r.apmbc_status else "",
            r.apmbc_entry_into_force or "",
            status_label(r.ccm_status) if r.ccm_status else "",
            "" if r.latest_casualties is None else r.latest_casualties,
            "" if r.latest_casualty_year is None else r.latest_casualty_year,
            r.latest_casualty_qualifier or "",  # "at_least": the total is a floor
        ])  # fmt: skip
    return buffer.getvalue()


class CountryTable(QTableView):
    """Shows AppState.visible; selecting a row selects the country everywhere."""

    paintedWithData = Signal()  # once, the first time rows have been painted

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("countryTable")
        self.setAccessibleName(translate("CountryTable", "Countries"))
        self.setAccessibleDescription(
            translate("CountryTable", "Arrow keys select a country; Ctrl+click or Ctrl+D adds it to the comparison")
        )
        self._model = CountryTableModel(state.all_countries, self, casualties=state.casualties_for,
                                        casualty_year=state.casualty_year, palette=self.palette())
        self.setModel(self._model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COUNTRY, QHeaderView.ResizeMode.Stretch)  # takes what is left
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setAccessibleName(translate("CountryTable", "Columns: click to sort"))
        header.setSortIndicator(COUNTRY, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)  # sorts once, by that indicator
        self._painted = False
        self._syncing = False

        self._model.set_rows(state.visible)
        self._natural: dict[int, int] = {}
        self._size_columns()
        header.sortIndicatorChanged.connect(lambda *_: self._size_columns())
        self.selectionModel().selectionChanged.connect(self._on_view_selection)
        state.filterChanged.connect(self._on_filter)
        state.casualtyYearChanged.connect(self._on_casualty_year)
        state.selectionChanged.connect(self._show_selection)
        state.comparedChanged.connect(self._model.set_compared)
        self._model.layoutChanged.connect(self._scroll_to_selection)
        self._show_selection(state.selected)

    @property
    def table_model(self) -> CountryTableModel:
        return self._model

    def _size_columns(self) -> None:
        """Each column as wide as its widest cell or header (measured on the texts, not by
        the delegate: start-up), then fitted to the viewport (fit_columns)."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader().fontMetrics()
        # Cell margins, the status swatch and its gap; the header's sort arrow and margins.
        padding = {COUNTRY: 14, REGION: 14, APMBC: 32, EIF: 14, CCM: 32, CASUALTIES: 14}
        model = self._model
        sorted_by = self.horizontalHeader().sortIndicatorSection()
        for column, pad in padding.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            # The longest texts by length only: measuring all 200 names costs a millisecond.
            longest = sorted(model.texts(column), key=len)[-12:]
            cells = max(map(metrics.horizontalAdvance, longest), default=0)
            arrow = 20 if column == sorted_by else 0  # the sort indicator, on one header only
            self._natural[column] = max(cells + pad, header.horizontalAdvance(title) + 14 + arrow)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Show every column that fits beside the others, dropping the optional ones first
        (OPTIONAL_COLUMNS); Country takes the rest. Nothing is cut, nothing scrolls sideways."""
        if not self._natural:
            return
        available = self.viewport().width()
        shown = set(self._natural)
        for column in OPTIONAL_COLUMNS:
            if sum(self._natural[c] for c in shown) <= available:
                break
            shown.discard(column)
        fitted = (available, frozenset(shown), tuple(self._natural.items()))
        if fitted == getattr(self, "_fitted", None):
            return  # each resize before the first paint asked again: the header relayout costs ms
        self._fitted = fitted
        header = self.horizontalHeader()
        for column, width in self._natural.items():
            header.setSectionHidden(column, column not in shown)
            if column != COUNTRY:
                self.setColumnWidth(column, width)
        header.setMinimumSectionSize(min(self._natural.values()))
        header.setSectionResizeMode(COUNTRY, QHeaderView.ResizeMode.Stretch)

    def natural_width(self) -> int:
        """The width that shows every column whole, scroll bar and frame included."""
        return (sum(self._natural.values()) + self.verticalScrollBar().sizeHint().width()
                + 2 * self.frameWidth())

    def hidden_columns(self) -> list[int]:
        return [c for c in self._natural if self.horizontalHeader().isSectionHidden(c)]

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._model.set_palette(self.palette())

    def _on_casualty_year(self, year: int) -> None:
        self._model.set_casualties(year)
        self._size_columns()

    # -- state -> view -------------------------------------------------------------

    def _on_filter(self, flt) -> None:
        self._syncing = True
        try:
            self._model.set_rows(self.state.visible)
            self._model.set_search(flt.search)
        finally:
            self._syncing = False
        self._show_selection(self.state.selected)

    def _show_selection(self, iso3: str | None) -> None:
        row = self._model.row_of(iso3)
        current = self.selectionModel().selectedRows()
        if row is None:
            if current:
                self._syncing = True
                try:
                    self.clearSelection()
                finally:
                    self._syncing = False
            return
        if current and current[0].row() == row:
            return
        self._syncing = True
        try:
            flags = Select.ClearAndSelect | Select.Rows
            self.selectionModel().setCurrentIndex(self._model.index(row, 0), flags)
        finally:
            self._syncing = False
        self.scrollTo(self._model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    def _scroll_to_selection(self) -> None:
        row = self._model.row_of(self.state.selected)
        if row is not None:
            self.scrollTo(self._model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    # -- view -> state -------------------------------------------------------------

    def _on_view_selection(self, *_args: object) -> None:
        if self._syncing:
            return
        rows = self.selectionModel().selectedRows()
        if rows:
            self.state.select(self._model.iso3_at(rows[0].row()))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        ctrl = event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                    | Qt.KeyboardModifier.MetaModifier)
        if ctrl and event.button() == Qt.MouseButton.LeftButton:
            index = self.indexAt(event.position().toPoint())
            if index.isValid():
                self.state.toggle_compared(self._model.iso3_at(index.row()))
                event.accept()
                return
        super().mousePressEvent(event)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()  # the window, the splitter or the scroll bar changed the room
        elif event.type() == QEvent.Type.ToolTip:
            index = self.indexAt(event.pos())
            text = self._model.tooltip(index.row(), index.column()) if index.isValid() else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport(), self.visualRect(index))
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted and self._model.rowCount() > 0:
            self._painted = True
            self.paintedWithData.emit()

