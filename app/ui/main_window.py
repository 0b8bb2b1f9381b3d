"""The main window: wires the views to one AppState. Views never reference each other.

Layout: the filter bar on top; the world map above the country table on the
left; the country profile on the right; the comparison in a bottom dock that
appears when countries are Ctrl+clicked. Geometry, splitter and dock state,
the map colouring and the last selection are kept in the user's settings file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.store import Store
from app.ui.colors import MODES, mode_label
from app.ui.country_table import CountryTable, rows_to_csv
from app.ui.detail_pane import ProfilePane
from app.ui.filter_bar import FilterBar
from app.ui.formatting import language
from app.ui.map_panel import MapPanel
from app.ui.settings import open_settings
from app.ui.state import AppState

if TYPE_CHECKING:  # typing only: each Qt class costs ms of start-up when first imported
    from PySide6.QtGui import QCloseEvent, QShowEvent

SETTINGS_VERSION = 1
PROFILE_MIN_EM = 40  # the profile pane's least width by default, in widths of "M"


def _sizes(value: object) -> list[int] | None:
    try:
        sizes = [int(part) for part in str(value or "").split(",") if part]
    except ValueError:
        return None
    return sizes if sizes and all(size >= 0 for size in sizes) and sum(sizes) > 0 else None


class MainWindow(QMainWindow):
    paintedWithData = Signal()  # once: the table and the map have painted real data

    def __init__(self, store: Store | None = None, restore: bool = True):
        super().__init__()
        self.store = store or Store.open()
        self.state = AppState(self.store, self)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Landmine Fact Sheets"))
        self.setAccessibleName(self.tr("Landmine Fact Sheets"))
        self._fix_palette()  # before the views exist: they read their colours from it
        self._painted: set[str] = set()
        self._pending_splitters: tuple[list[int] | None, list[int] | None] = (None, None)
        self._split_done = False  # the first show sets the default (or the saved) pane sizes

        self.filter_bar = FilterBar(self.state, self)
        self.map_panel = MapPanel(self.state, self)
        self.table = CountryTable(self.state, self)
        self.profile = ProfilePane(self.state, self)
        self._compare = None  # the ComparePanel, built when first needed

        self.left_split = QSplitter(Qt.Orientation.Vertical, self)
        self.left_split.setObjectName("leftSplitter")
        self.left_split.addWidget(self.map_panel)
        self.left_split.addWidget(self.table)
        self.left_split.setStretchFactor(0, 1)
        self.left_split.setStretchFactor(1, 1)
        self.left_split.setChildrenCollapsible(False)
        self.main_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_split.setObjectName("mainSplitter")
        self.main_split.addWidget(self.left_split)
        self.main_split.addWidget(self.profile)
        self.main_split.setStretchFactor(0, 2)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setChildrenCollapsible(False)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.main_split, 1)
        self.setCentralWidget(central)

        self.compare_dock = QDockWidget(self.tr("Compare countries"), self)
        self.compare_dock.setObjectName("compareDock")
        self.compare_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                      | QDockWidget.DockWidgetFeature.DockWidgetMovable
                                      | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.compare_dock)
        self.compare_dock.hide()
        self.compare_dock.visibilityChanged.connect(
            lambda visible: visible and self.compare)  # View > Show comparison before any Ctrl+click

        self._build_actions()
        self._build_menus()
        self.profile.set_actions([self.export_action, self.print_action])
        self._status = QLabel(self)
        self._status_template: str | None = None
        self._status.setObjectName("statusText")
        self._status.setAccessibleName(self.tr("Status"))
        self.statusBar().addWidget(self._status, 1)
        self.setTabOrder(self.filter_bar.clear, self.map_panel.mode_box)
        self.setTabOrder(self.map_panel.zoom, self.map_panel.map)
        self.setTabOrder(self.map_panel.map, self.table)
        self.setTabOrder(self.table, self.profile)

        self.state.selectionChanged.connect(self._on_selection)
        self.state.filterChanged.connect(self._update_status)
        self.state.comparedChanged.connect(self._on_compared)
        self.filter_bar.searchAccepted.connect(self._select_top_row)
        # The window's commands win over the search box's own Emacs-style keys (Ctrl+E is
        # "end of line" in a Qt line edit on Linux, so Export did nothing while it had focus).
        self._claimed_keys = {a.shortcut().toString() for a in (
            self.export_action, self.csv_action, self.compare_action)}
        self.filter_bar.search.installEventFilter(self)
        self.map_panel.modeChanged.connect(self._sync_mode_actions)
        self.table.paintedWithData.connect(lambda: self._mark_painted("table"))
        if self.map_panel.available:
            self.map_panel.paintedWithData.connect(lambda: self._mark_painted("map"))
        else:
            self._painted.add("map")

        self.resize(1400, 900)
        self.main_split.setSizes([930, 470])
        self.left_split.setSizes([430, 400])
        self._update_status()
        self._on_selection(self.state.selected)
        if restore:
            self.restore_settings()

    # -- actions and menus ---------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work whichever pane has focus
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.export_action = self._action(
            self.tr("&Export fact sheet…"), self.export_factsheets, "Ctrl+E",
            self.tr("Write PDF fact sheets for the selection or the filtered countries"))
        self.print_action = self._action(
            self.tr("&Print…"), self.print_profile, key.Print,
            self.tr("Preview and print the selected country's fact sheet"))
        self.csv_action = self._action(
            self.tr("Export &visible rows as CSV…"), self.export_csv, "Ctrl+Shift+E",
            self.tr("Save the countries in the table, as filtered and sorted, to a CSV file"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, key.Quit)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.find_action = self._action(self.tr("&Find country"), self.filter_bar.focus_search,
                                        key.Find)
        self.clear_selection_action = self._action(
            self.tr("Clear &selection"), lambda: self.state.select(None), "Esc")
        self.clear_filters_action = self._action(
            self.tr("Clear fil&ters"), self.state.clear_filter, "Ctrl+Shift+X")
        self.compare_action = self._action(
            self.tr("Add to or remove from &comparison"), self.toggle_compare_selected, "Ctrl+D")
        self.clear_compare_action = self._action(
            self.tr("Clear compa&rison"), lambda: self.state.set_compared(()))
        self.next_pane_action = self._action(self.tr("&Next pane"), lambda: self._cycle(1), "F6")
        self.prev_pane_action = self._action(self.tr("Pre&vious pane"), lambda: self._cycle(-1),
                                             "Shift+F6")
        self.world_action = self._action(self.tr("&Whole world"), self.map_panel.map.reset_view
                                         if self.map_panel.available else lambda: None, "Ctrl+0")
        self.zoom_action = self._action(self.tr("&Zoom map to selection"),
                                        self.map_panel.zoom_to_selection, "Ctrl+Shift+Z")
        self.sources_action = self._action(self.tr("&Data sources…"), self.show_sources, key.HelpContents)
        self.sources_action.setShortcut(QKeySequence("F1"))
        self.about_action = self._action(self.tr("&About Landmine Fact Sheets"), self.show_sources)

        self.mode_group = QActionGroup(self)
        self.mode_actions: dict[str, QAction] = {}
        for i, mode in enumerate(MODES, 1):
            action = QAction(mode_label(mode), self.mode_group)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{i}"))
            action.triggered.connect(lambda _checked=False, m=mode: self.map_panel.set_mode(m))
            self.addAction(action)
            self.mode_actions[mode] = action
        self.mode_actions[self.map_panel.mode].setChecked(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.export_action, self.print_action, self.csv_action])
        file_menu.addSeparator()
        from app.ui.pack_dialog import add_pack_actions  # data packs: Import…, Restore previous data…

        add_pack_actions(self, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.find_action, self.clear_filters_action, self.clear_selection_action])
        edit.addSeparator()
        edit.addActions([self.compare_action, self.clear_compare_action])
        view = bar.addMenu(self.tr("&View"))
        colour = view.addMenu(self.tr("&Colour map by"))
        colour.addActions(list(self.mode_actions.values()))
        view.addActions([self.world_action, self.zoom_action])
        view.addSeparator()
        toggle = self.compare_dock.toggleViewAction()
        toggle.setText(self.tr("Show &comparison"))
        view.addAction(toggle)
        view.addSeparator()
        view.addActions([self.next_pane_action, self.prev_pane_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.sources_action, self.about_action])

    def _sync_mode_actions(self, mode: str) -> None:
        self.mode_actions[mode].setChecked(True)

    def _cycle(self, step: int) -> None:
        panes = [self.filter_bar.search, self.map_panel.map, self.table, self.profile]
        if self.compare_dock.isVisible():
            panes.append(self.compare.table)
        focus = self.focusWidget()
        current = next((i for i, p in enumerate(panes)
                        if focus is not None and (focus is p or p.isAncestorOf(focus))), -1)
        target = panes[(current + step) % len(panes)]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- reactions to state ------------------------------------------------------------

    def _on_selection(self, iso3: str | None) -> None:
        row = next((c for c in self.state.all_countries if c.iso3 == iso3), None)
        name = row.display_name(language()) if row else None
        title = self.tr("Landmine Fact Sheets")
        self.setWindowTitle(f"{name} — {title}" if name else title)
        self.print_action.setEnabled(iso3 is not None)
        self.compare_action.setEnabled(iso3 is not None)

    @property
    def compare(self):  # -> ComparePanel (not annotated: PySide resolves hints at runtime)
        """The comparison panel, created on first use (it is not needed to start)."""
        if self._compare is None:
            from app.ui.compare import ComparePanel

            self._compare = ComparePanel(self.state, self.compare_dock)
            self.compare_dock.setWidget(self._compare)
        return self._compare

    def _on_compared(self, codes: tuple[str, ...]) -> None:
        if codes:
            self.compare  # noqa: B018 - builds the panel, which then follows the state
        if codes and not self.compare_dock.isVisible():
            self.compare_dock.show()
        elif not codes and self.compare_dock.isVisible():
            self.compare_dock.hide()  # nothing left to compare: an empty panel only takes room
        self.clear_compare_action.setEnabled(bool(codes))

    def _select_top_row(self) -> None:
        """Enter in the search box: the table's top row, in its current order (while a search
        is typed the best-matching names come first: "united st" gives the United States)."""
        iso3 = self.table.table_model.iso3_at(0)
        if iso3:
            self.state.select(iso3)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.ShortcutOverride and watched is self.filter_bar.search
                and QKeySequence(event.keyCombination()).toString() in self._claimed_keys):
            event.ignore()  # not overridden: the window's shortcut fires
            return True
        return super().eventFilter(watched, event)

    def _fix_palette(self) -> None:
        """Raise the theme's colours that fail WCAG contrast (placeholder text, selection)
        just enough; every other role keeps following the system theme."""
        from PySide6.QtWidgets import QApplication

        from app.ui.colors import accessible_palette

        self.setPalette(accessible_palette(QApplication.palette()))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.ThemeChange):
            self._fix_palette()  # the user switched between light and dark
        super().changeEvent(event)

    def _update_status(self, *_args: object) -> None:
        if self._status_template is None:  # the dataset does not change: read it once
            info = self.store.dataset_info()
            self._status_template = (
                self.tr("{0} of {1} countries · dataset {2}, as of {3} · F1: data sources")
                .replace("{1}", str(len(self.state.all_countries)))
                .replace("{2}", info.version).replace("{3}", info.as_of)
            )
        self._status.setText(self._status_template.replace("{0}", str(len(self.state.visible))))

    def _mark_painted(self, what: str) -> None:
        if len(self._painted) == 2:
            return
        self._painted.add(what)
        if len(self._painted) == 2:
            self.paintedWithData.emit()
            # What the first frame does not show is built after it, and after every
            # reaction to paintedWithData (queued ones too, such as --smoke's report):
            # a zero timer started now runs once the events posted so far are handled.
            QTimer.singleShot(0, self._after_first_frame)

    def _after_first_frame(self) -> None:
        self.profile.complete()

    @property
    def painted_with_data(self) -> bool:
        return len(self._painted) == 2

    # -- commands ----------------------------------------------------------------------

    def toggle_compare_selected(self) -> None:
        if self.state.selected:
            self.state.toggle_compared(self.state.selected)

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        """Write the visible rows (in table order); ask for a file name unless given one."""
        from PySide6.QtWidgets import QMessageBox

        if path is None:
            from PySide6.QtWidgets import QFileDialog

            from app.paths import user_documents_dir

            default = str(user_documents_dir() / "landmine-countries.csv")
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export visible rows as CSV"), default,
                self.tr("CSV files (*.csv);;All files (*)"))
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        try:
            # utf-8-sig: spreadsheet programs then read accented names correctly.
            target.write_text(rows_to_csv(self.table.table_model.rows), encoding="utf-8-sig")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("Could not write {0}: {1}").replace("{0}", str(target))
                                .replace("{1}", exc.strerror or str(exc)))
            return None
        self.statusBar().showMessage(
            self.tr("Saved {0} rows to {1}").replace("{0}", str(len(self.table.table_model.rows)))
            .replace("{1}", str(target)), 6000)
        return target

    def export_factsheets(self) -> None:
        try:
            from app.ui.export_dialog import ExportDialog
        except ImportError:
            self._not_available(self.tr("PDF export"))
            return
        # Sheets in the interface language by default; the dialog offers en, fr and es.
        ExportDialog(self.store, self.state, self, language=language()).exec()

    def print_profile(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not self.state.selected:
            QMessageBox.information(self, self.tr("Print"),
                                    self.tr("Select a country first, then print its fact sheet."))
            return
        try:
            from app.ui.preview import PreviewDialog
        except ImportError:
            self._not_available(self.tr("Printing"))
            return
        PreviewDialog.for_country(self.store, self.state.selected, self).exec()

    def _not_available(self, what: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self, what,
            self.tr("{0} is not available in this build of the program.").replace("{0}", what))

    def show_sources(self) -> None:
        from app.ui.about_dialog import AboutDialog

        AboutDialog(self.store, self).exec()

    # -- settings ------------------------------------------------------------------------

    def save_settings(self) -> None:
        settings = open_settings()
        settings.setValue("version", SETTINGS_VERSION)
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState(SETTINGS_VERSION))
        settings.setValue("window/mainSplitter", ",".join(map(str, self.main_split.sizes())))
        settings.setValue("window/leftSplitter", ",".join(map(str, self.left_split.sizes())))
        settings.setValue("window/tableHeader", self.table.horizontalHeader().saveState())
        settings.setValue("view/mapMode", self.map_panel.mode)
        settings.setValue("selection/country", self.state.selected or "")
        settings.setValue("selection/compared", ",".join(self.state.compared))
        settings.sync()

    def restore_settings(self) -> None:
        settings = open_settings()
        if settings.value("version") is None:
            return

        def blob(key: str) -> QByteArray | None:
            value = settings.value(key)
            return value if isinstance(value, QByteArray) and not value.isEmpty() else None

        if (geometry := blob("window/geometry")) is not None:
            self.restoreGeometry(geometry)
        if (state := blob("window/state")) is not None:
            self.restoreState(state, SETTINGS_VERSION)
        # Splitter sizes only fit once the window has its final size: see showEvent.
        self._pending_splitters = (
            _sizes(settings.value("window/mainSplitter")),
            _sizes(settings.value("window/leftSplitter")),
        )
        if (header := blob("window/tableHeader")) is not None:
            self.table.horizontalHeader().restoreState(header)  # the sort order, above all
            self.table.fit_columns()  # the widths follow this window, not the last one
        self.map_panel.set_mode(str(settings.value("view/mapMode", "apmbc")))
        known = {c.iso3 for c in self.state.all_countries}
        compared = [c for c in str(settings.value("selection/compared", "")).split(",") if c in known]
        self.state.set_compared(tuple(compared))
        if not compared:
            self.compare_dock.hide()
        selected = str(settings.value("selection/country", ""))
        if selected in known:
            self.state.select(selected)

    def _default_split(self) -> None:
        """The map and table get two thirds of the width, more when that lets the table show
        all its columns (1366 px wide: about 30 px more), as long as the profile keeps
        PROFILE_MIN_EM of room."""
        self.centralWidget().layout().activate()
        total = sum(self.main_split.sizes())
        if total <= 0:
            return
        profile_min = self.fontMetrics().horizontalAdvance("M") * PROFILE_MIN_EM
        wanted = self.table.natural_width() + self.map_panel.layout().contentsMargins().left()
        left = max(round(total * 2 / 3), min(wanted, total - profile_min))
        self.main_split.setSizes([left, total - left])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        pending, self._pending_splitters = self._pending_splitters, (None, None)
        if not self._split_done:
            self._split_done = True
            if pending[0] is None:
                self._default_split()
        for splitter, saved in zip((self.main_split, self.left_split), pending, strict=True):
            if saved and len(saved) == splitter.count():
                # Saved as sizes, restored as proportions: the screen may have changed.
                self.centralWidget().layout().activate()
                total = sum(splitter.sizes()) or sum(saved)
                splitter.setSizes([round(total * size / sum(saved)) for size in saved])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_settings()
        super().closeEvent(event)
