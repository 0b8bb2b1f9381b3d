"""The filter bar: search, region, treaty standing and casualty-data filters.

It writes the whole Filter to AppState on every edit and mirrors AppState back
into its controls (with signals blocked), so a filter set elsewhere (clear-all,
restored settings) shows here without echoing a second change.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.filters import fold
from app.core.models import STATUS_ORDER, Filter
from app.core.regions import region_name
from app.text.describe import describe
from app.ui.formatting import language, status_label
from app.ui.state import AppState

ANY = ""


SEARCH_MIN = 220  # px, at least: the search box shows its whole hint, else the bar takes two rows


def _whole(combo: QComboBox) -> None:
    """As wide as its longest item, never narrower: a choice is never cut ("Cluster Munitions: an")."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class FilterBar(QWidget):
    searchAccepted = Signal()  # Enter in the search box: the window selects the table's top row

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("filterBar")
        self.setAccessibleName(self.tr("Filters"))

        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search countries, e.g. cote, KHM, Myanmar…"))
        self.search.setAccessibleName(self.tr("Search countries"))
        self.search.setAccessibleDescription(
            self.tr("Name, alternative name or ISO code; accents and case are ignored. "
                    "Press Enter to select the first match.")
        )
        self.search.setClearButtonEnabled(True)
        # A paste of a whole document is not a search: the CLI's limit (app/cli_guard.py).
        self.search.setMaxLength(500)
        self.search.setMinimumWidth(160)
        # Wide enough for the whole placeholder (its example names are the hint), plus the
        # frame and the clear button.
        self._search_min = max(SEARCH_MIN, self.search.fontMetrics().horizontalAdvance(
            self.search.placeholderText()) + 40)

        self.region = QComboBox(self)
        self.region.setObjectName("regionFilter")
        self.region.setAccessibleName(self.tr("Region or sub-region"))
        self.region.addItem(self.tr("All regions"), ANY)
        # Shown in the interface language and sorted as shown; the data keeps the English name.
        lang = language()
        regions = state.store.regions()
        shown = {name: region_name(name, lang) for region, subs in regions.items() for name in (region, *subs)}

        def as_shown(name: str) -> str:
            return fold(shown[name])

        for region in sorted(regions, key=as_shown):
            self.region.addItem(shown[region], f"region:{region}")
            for sub in sorted(regions[region], key=as_shown):
                if sub != region:
                    self.region.addItem("    " + shown[sub], f"subregion:{sub}")
        _whole(self.region)

        self.apmbc = self._status_combo("statusFilter", self.tr("Mine Ban Treaty standing"),
                                        self.tr("Mine Ban Treaty: any"))
        self.ccm = self._status_combo("ccmFilter", self.tr("Cluster Munitions standing"),
                                      self.tr("Cluster Munitions: any"))

        self.casualties = QCheckBox(self.tr("With casualty data"), self)
        self.casualties.setObjectName("casualtyFilter")
        self.casualties.setAccessibleName(self.tr("Only countries with casualty data"))

        self.clear = QPushButton(self.tr("Clear filters"), self)
        self.clear.setObjectName("clearFilters")
        self.clear.setAccessibleName(self.tr("Clear all filters"))
        self.clear.setToolTip(self.tr("Show all countries again"))

        self.description = QLabel(self)
        self.description.setObjectName("filterDescription")
        self.description.setAccessibleName(self.tr("Active filter"))
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Wraps between words when long, never cut; muted but 4.5:1 (accessible_palette).
        self.description.setWordWrap(True)
        self.description.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.description.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # One row when everything fits beside a usable search box, else two: search, tick
        # and button above, the three lists and the description below (see _arrange).
        self._rows = (QHBoxLayout(), QHBoxLayout())
        for row in self._rows:
            row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 2)
        layout.setSpacing(3)
        layout.addLayout(self._rows[0])
        layout.addLayout(self._rows[1])
        self._two_rows: bool | None = None
        self._arrange(False)
        # The least width is that of two rows, whatever the current arrangement: else a
        # narrow window first grows to fit one row before the bar can switch to two.
        spacing = max(self._rows[0].spacing(), 0)
        margins = layout.contentsMargins()
        top = [self.search.minimumWidth(), self.casualties.sizeHint().width(), self.clear.sizeHint().width()]
        bottom = [w.sizeHint().width() for w in (self.region, self.apmbc, self.ccm)]
        self.setMinimumWidth(max(sum(top) + 2 * spacing, sum(bottom) + 3 * spacing)
                             + margins.left() + margins.right())

        self.search.textChanged.connect(self._apply)
        self.search.returnPressed.connect(self.searchAccepted)
        self.region.currentIndexChanged.connect(self._apply)
        self.apmbc.currentIndexChanged.connect(self._apply)
        self.ccm.currentIndexChanged.connect(self._apply)
        self.casualties.toggled.connect(self._apply)
        self.clear.clicked.connect(state.clear_filter)
        state.filterChanged.connect(self._show_filter)
        self._show_filter(state.filter)

    def _arrange(self, two_rows: bool) -> None:
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        top, bottom = self._rows
        for row in self._rows:
            while row.count():
                row.takeAt(0)
        top.addWidget(self.search, 1)
        combos = (self.region, self.apmbc, self.ccm)
        for combo in combos:
            (bottom if two_rows else top).addWidget(combo)
        top.addWidget(self.casualties)
        top.addWidget(self.clear)
        bottom.addWidget(self.description, 1)

    def _one_row_width(self) -> int:
        spacing = max(self._rows[0].spacing(), 0)
        widgets = (self.region, self.apmbc, self.ccm, self.casualties, self.clear)
        margins = self.layout().contentsMargins()
        return (self._search_min + sum(w.sizeHint().width() for w in widgets) + spacing * len(widgets)
                + margins.left() + margins.right())

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._arrange(event.size().width() < self._one_row_width())
        super().resizeEvent(event)

    def _status_combo(self, name: str, accessible: str, any_text: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.addItem(any_text, ANY)
        for status in STATUS_ORDER:
            combo.addItem(status_label(status), status)
        _whole(combo)
        return combo

    # -- controls -> state -------------------------------------------------------

    def current_filter(self) -> Filter:
        kind, _, place = (self.region.currentData() or ANY).partition(":")
        apmbc = self.apmbc.currentData()
        ccm = self.ccm.currentData()
        return self.state.filter._replace(
            search=self.search.text(),
            regions=frozenset([place]) if kind == "region" else frozenset(),
            subregions=frozenset([place]) if kind == "subregion" else frozenset(),
            apmbc_status=frozenset([apmbc]) if apmbc else frozenset(),
            ccm_status=frozenset([ccm]) if ccm else frozenset(),
            has_casualties=True if self.casualties.isChecked() else None,
        )

    def _apply(self) -> None:
        self.state.set_filter(self.current_filter())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- state -> controls -------------------------------------------------------

    def _show_filter(self, flt: Filter) -> None:
        blockers = [QSignalBlocker(w) for w in (self.search, self.region, self.apmbc, self.ccm,
                                                self.casualties)]
        if self.search.text() != flt.search:
            self.search.setText(flt.search)
        if flt.subregions:
            wanted = f"subregion:{min(flt.subregions)}"
        elif flt.regions:
            wanted = f"region:{min(flt.regions)}"
        else:
            wanted = ANY
        self.region.setCurrentIndex(max(self.region.findData(wanted), 0))
        self.apmbc.setCurrentIndex(max(self.apmbc.findData(min(flt.apmbc_status, default=ANY)), 0))
        self.ccm.setCurrentIndex(max(self.ccm.findData(min(flt.ccm_status, default=ANY)), 0))
        self.casualties.setChecked(flt.has_casualties is True)
        del blockers
        self.clear.setEnabled(not flt.is_empty)
        self.description.setText(self.describe(flt, len(self.state.visible)))

    def describe(self, flt: Filter, count: int) -> str:
        return self.tr("Showing: {0}").replace("{0}", describe(flt, count, language()))
