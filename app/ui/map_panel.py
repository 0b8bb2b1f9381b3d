"""The world map with its colour-mode chooser, linked to AppState.

MapView (map_view.py) knows nothing about the data; this panel tells it the
colours, legend, dimmed countries and selection, and turns its clicks into
AppState calls. If the map geometry cannot be loaded the panel says so and the
rest of the window keeps working.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.colors import MODES, Coloring, coloring, mode_label
from app.ui.formatting import language, translate
from app.ui.state import AppState


class FittingLabel(QLabel):
    """A hint that shows the longest of its wordings that fits whole, or nothing: never cut."""

    def __init__(self, variants: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self._variants = variants
        self.setToolTip(variants[0])
        self.setAccessibleName(variants[0])
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        room = self.contentsRect().width()
        metrics = self.fontMetrics()
        text = next((v for v in self._variants if metrics.horizontalAdvance(v) <= room), "")
        if text != self.text():
            self.setText(text)


class MapPanel(QWidget):
    modeChanged = Signal(str)
    paintedWithData = Signal()  # once, after the map first painted with colours

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("mapPanel")
        self._mode = "apmbc"
        self._painted = False
        self._known = {c.iso3 for c in state.all_countries}
        self.coloring: Coloring | None = None

        self.mode_box = QComboBox(self)
        self.mode_box.setObjectName("mapColorMode")
        self.mode_box.setAccessibleName(translate("Map", "Colour the map by"))
        for mode in MODES:
            self.mode_box.addItem(mode_label(mode), mode)
        self.mode_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label = QLabel(translate("Map", "Colour by"), self)
        label.setBuddy(self.mode_box)
        # The data year of the casualty figures, for the map and the table's casualty column.
        self.year_box = QComboBox(self)
        self.year_box.setObjectName("casualtyYear")
        self.year_box.setAccessibleName(translate("Map", "Casualty figures of the year"))
        self.year_box.setToolTip(translate(
            "Map", "The year whose casualty figures colour the map and fill the table; a country "
                   "without a figure for it shows its latest earlier one, marked as older"))
        for year in state.casualty_years():
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(max(self.year_box.findData(state.casualty_year), 0))
        self.year_box.setEnabled(self.year_box.count() > 0)
        year_label = QLabel(translate("Map", "Casualties in"), self)
        year_label.setBuddy(self.year_box)
        self.reset = QToolButton(self)
        self.reset.setText(translate("Map", "Whole world"))
        self.reset.setObjectName("mapReset")
        self.reset.setAccessibleName(translate("Map", "Show the whole world"))
        self.reset.setToolTip(translate("Map", "Zoom out to the whole world (0 on the map)"))
        self.zoom = QToolButton(self)
        self.zoom.setText(translate("Map", "Zoom to selection"))
        self.zoom.setObjectName("mapZoomSelection")
        self.zoom.setAccessibleName(translate("Map", "Zoom the map to the selected country"))
        hint = FittingLabel([
            translate("Map", "Click or type a name: select · Ctrl+click: compare · wheel/drag: zoom and pan"),
            translate("Map", "Click: select · Ctrl+click: compare · wheel/drag: zoom and pan"),
            translate("Map", "Ctrl+click: compare"),
        ], self)
        hint.setObjectName("mapHint")
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, yet 4.5:1 (accessible_palette)
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hint = hint

        # One row when it fits, else the view buttons and the hint go to a second row (a
        # narrow left pane on a small screen); nothing is cut either way.
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 2)
        bar.addWidget(label)
        bar.addWidget(self.mode_box)
        bar.addSpacing(8)
        bar.addWidget(year_label)
        bar.addWidget(self.year_box)
        self._second_row = QHBoxLayout()
        self._second_row.setContentsMargins(6, 0, 6, 2)
        self._bar = bar
        self._two_rows: bool | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addLayout(self._second_row)
        self._arrange(False)
        first = [label, self.mode_box, year_label, self.year_box]
        spacing = max(bar.spacing(), 0)
        self._first_width = sum(w.sizeHint().width() for w in first) + 8 + 3 * spacing + 12
        self._buttons_width = self.reset.sizeHint().width() + self.zoom.sizeHint().width() + spacing + 8
        self.setMinimumWidth(max(self._first_width, self._buttons_width + 12))

        self.map = self._make_map()
        layout.addWidget(self.map, 1)
        self.available = self.map.objectName() == "worldMap"
        # The year also drives the table: it works without the map.
        self.year_box.currentIndexChanged.connect(self._pick_year)
        state.casualtyYearChanged.connect(self._show_year)
        if not self.available:
            return

        lang = language()  # tooltips name countries in the interface language
        names = {c.iso3: c.display_name(lang) for c in state.all_countries}
        self._names = names
        self.map.set_keyboard_names(names)
        self.map.installEventFilter(self)
        self.map.countryClicked.connect(self._on_clicked)
        self.mode_box.currentIndexChanged.connect(
            lambda _i: self.set_mode(self.mode_box.currentData()))
        self.reset.clicked.connect(self.map.reset_view)
        self.zoom.clicked.connect(self.zoom_to_selection)
        state.selectionChanged.connect(self._show_selection)
        state.comparedChanged.connect(self._show_selection)
        state.filterChanged.connect(self._show_filter)
        self._apply_colors()
        self._show_filter(state.filter)
        self._description = self.map.accessibleDescription()  # how to use it; the choice goes first
        self._show_selection()

        # The map notice (issue 11): one line under the map, the full text as its tooltip
        # and in a dialog on click; the disputed areas hatched once the map has painted.
        notice = map_notice()
        lang = language()
        self.notice = QLabel(f'<a href="notice">{_html(notice.short_notice(lang))}</a>', self)
        self.notice.setObjectName("mapNotice")
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setToolTip(notice.disclaimer(lang))
        self.notice.setAccessibleName(notice.short_notice(lang))
        self.notice.setAccessibleDescription(notice.disclaimer(lang))
        self.notice.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.notice.setContentsMargins(6, 1, 6, 2)
        self.notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        small = self.notice.font()
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        self.notice.setFont(small)
        self.notice.linkActivated.connect(self.show_notice)
        layout.addWidget(self.notice)
        self.paintedWithData.connect(self._hatch_disputed)

    def show_notice(self, _link: str = "") -> None:
        """The map's notice in full: what its boundaries do not mean, and whose data they are."""
        from PySide6.QtWidgets import QMessageBox

        notice, lang = map_notice(), language()
        # Titled with the notice's own short form: no string of its own to translate.
        box = QMessageBox(QMessageBox.Icon.Information, notice.short_notice(lang), notice.disclaimer(lang),
                          QMessageBox.StandardButton.Close, self)  # fmt: skip
        box.setObjectName("mapNoticeDialog")
        box.open()
        self.notice_dialog = box

    def _hatch_disputed(self) -> None:
        """Give the map its disputed areas (world.json's "disputed"), read after the first paint."""
        import json

        from app.paths import resource
        from app.ui.map_paths import ring_path

        try:
            world = json.loads(resource("map", "world.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return  # the map itself came from the same file: nothing more to say here
        rings = []
        for code in world.get("disputed", ()):
            flats = world["countries"].get(code, {}).get("rings") or world["context"].get(code, [])
            rings += [list(zip(flat[0::2], flat[1::2], strict=True)) for flat in flats]
        self.map.set_hatched(ring_path(rings))

    def _arrange(self, two_rows: bool) -> None:
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        for row, keep in ((self._bar, 5), (self._second_row, 0)):  # the bar keeps its first five items
            while row.count() > keep:
                row.takeAt(keep)
        row = self._second_row if two_rows else self._bar
        if not two_rows:
            row.addSpacing(8)
        row.addWidget(self.reset)
        row.addWidget(self.zoom)
        row.addWidget(self.hint, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._arrange(event.size().width() < self._first_width + 8 + self._buttons_width)
        super().resizeEvent(event)

    def _make_map(self) -> QWidget:
        try:
            from app.ui.map_view import MapView

            return MapView(self)
        except (ImportError, ValueError, OSError) as exc:
            missing = QLabel(translate("Map", "The world map is not available: {0}").replace("{0}", str(exc)),
                             self)
            missing.setObjectName("worldMapMissing")
            missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
            missing.setWordWrap(True)
            self.mode_box.setEnabled(False)
            return missing

    # -- state -> map ----------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        if mode not in MODES or mode == self._mode:
            return
        self._mode = mode
        index = self.mode_box.findData(mode)
        if self.mode_box.currentIndex() != index:
            self.mode_box.setCurrentIndex(index)
        if self.available:
            self._apply_colors()
        self.modeChanged.emit(mode)

    def _pick_year(self, _index: int) -> None:
        year = self.year_box.currentData()
        if year is not None:
            self.state.set_casualty_year(year)

    def _show_year(self, year: int) -> None:
        index = self.year_box.findData(year)
        if index >= 0 and index != self.year_box.currentIndex():
            self.year_box.setCurrentIndex(index)
        if self.available and self._mode == "casualties":
            self._apply_colors()

    def _apply_colors(self) -> None:
        self.coloring = coloring(self._mode, self.state.all_countries, self.palette(),
                                 self.state.casualty_year, self.state.casualties_for)
        self.map.set_colors(self.coloring.colors)
        self.map.set_legend(self.coloring.legend, self.coloring.title)
        self.map.set_names({
            iso3: f"{name}\n{self.coloring.title}: {self.coloring.values.get(iso3, '')}"
            for iso3, name in self._names.items()
        })

    def _show_filter(self, _flt: object = None) -> None:
        if self.state.filter.is_empty:
            self.map.set_dimmed(set())
        else:
            self.map.set_dimmed(self._known - self.state.visible_codes())

    def _show_selection(self, *_args: object) -> None:
        self.map.set_selected(self.state.selected, set(self.state.compared))
        # A screen reader reads the choice back (the map paints it only).
        name = self._names.get(self.state.selected or "")
        self.map.setAccessibleDescription(self._description if not name else translate(
            "Map", "Selected: {0}.").replace("{0}", name) + " " + self._description)
        self.zoom.setEnabled(self.state.selected is not None)

    def zoom_to_selection(self) -> None:
        if self.available and self.state.selected:
            self.map.zoom_to(self.state.selected)

    # -- map -> state ----------------------------------------------------------------

    def _on_clicked(self, iso3: str, ctrl: bool) -> None:
        if iso3 not in self._known:
            return
        if ctrl:
            self.state.toggle_compared(iso3)
        else:
            self.state.select(iso3)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self._painted and watched is self.map:
            # The filter sees the event before the map paints it; report once the loop is idle.
            self._painted = True
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.paintedWithData.emit)
        elif event.type() == QEvent.Type.PaletteChange and watched is self.map:
            self._apply_colors()  # the "no data" grey follows the palette
        return False


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@functools.cache
def map_notice():
    """``app.factsheet.map_notice`` (pure Python), without running ``app.factsheet``'s
    ``__init__``: that imports reportlab, ~100 ms of start-up the window does not need.
    Loaded under a private name, so a later real import is unaffected; in a frozen build
    (no source file) or once app.factsheet is loaded anyway, imported the usual way."""
    name = "app.factsheet.map_notice"
    path = Path(__file__).resolve().parent.parent / "factsheet" / "map_notice.py"
    if "app.factsheet" in sys.modules or not path.is_file():
        return importlib.import_module(name)
    spec = importlib.util.spec_from_file_location("_window_map_notice", path)
    if spec is None or spec.loader is None:
        return importlib.import_module(name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
