"""The main window on the five-country fixture: linked views, filters, export, settings."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView, QWidget

from app.core.models import Filter
from app.ui.main_window import MainWindow
from tests.ui.conftest import build_window

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, store):
    return build_window(qtbot, store, (1200, 800))


def table_codes(win: MainWindow) -> list[str]:
    return [r.iso3 for r in win.table.table_model.rows]


def click_row(qtbot, win: MainWindow, iso3: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    row = win.table.table_model.row_of(iso3)
    assert row is not None, iso3
    rect = win.table.visualRect(win.table.model().index(row, 0))
    qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def map_selected(win: MainWindow) -> str | None:
    return win.map_panel.map._selected  # MapView has no getter; it is told, not asked


def test_builds_with_the_named_widgets(window):
    for name in ("searchBox", "countryTable", "worldMap", "profilePane", "casualtyChart",
                 "regionFilter", "statusFilter"):
        assert window.findChild(QWidget, name) is not None, name
    assert isinstance(window.findChild(QLineEdit, "searchBox"), QLineEdit)
    assert isinstance(window.findChild(QTableView, "countryTable"), QTableView)
    assert table_codes(window) == ["FIN", "KHM", "TON", "USA", "UKR"] or len(table_codes(window)) == 5


def test_every_control_has_an_accessible_name(window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView

    controls = [w for w in window.findChildren(QWidget)
                if isinstance(w, QLineEdit | QComboBox | QAbstractButton | QAbstractItemView)
                and w.isVisibleTo(window) and w.objectName() != "qt_scrollarea_viewport"]
    unnamed = [w for w in controls if not (w.accessibleName() or getattr(w, "text", lambda: "")())]
    assert not unnamed, [(type(w).__name__, w.objectName()) for w in unnamed]


def test_selecting_in_the_table_moves_map_and_profile(qtbot, window):
    with qtbot.waitSignal(window.state.selectionChanged):
        click_row(qtbot, window, "KHM")
    assert window.state.selected == "KHM"
    assert map_selected(window) == "KHM"
    assert window.profile.title.text() == "Cambodia"
    assert window.profile.chart.years and window.profile.chart.years[-1].year == 2010
    assert "Cambodia" in window.windowTitle()


def test_clicking_the_map_selects_the_table_row(qtbot, window):
    view = window.map_panel.map
    label = view._world.shapes["UKR"].label
    pos = view.world_to_widget(*label).toPoint()
    assert view.country_at(pos.toPointF()) == "UKR"
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    assert window.state.selected == "UKR"
    rows = window.table.selectionModel().selectedRows()
    assert [window.table.table_model.iso3_at(r.row()) for r in rows] == ["UKR"]
    assert window.profile.title.text() == "Ukraine"


def test_ctrl_click_compares_instead_of_selecting(qtbot, window):
    click_row(qtbot, window, "FIN", Qt.KeyboardModifier.ControlModifier)
    window.map_panel.map.countryClicked.emit("UKR", True)
    assert window.state.selected is None
    assert window.state.compared == ("FIN", "UKR")
    assert window.compare_dock.isVisible()
    assert window.compare.table.columnCount() == 2
    assert window.map_panel.map._extra == frozenset({"FIN", "UKR"})
    window.map_panel.map.countryClicked.emit("UKR", True)  # again: removed
    assert window.state.compared == ("FIN",)


def test_a_filter_dims_the_map_and_narrows_the_table(qtbot, window):
    region = window.filter_bar.region
    region.setCurrentIndex(region.findData("region:Europe"))
    assert sorted(table_codes(window)) == ["FIN", "UKR"]
    assert window.map_panel.map._dimmed == {"KHM", "TON", "USA"}
    assert "Europe" in window.filter_bar.description.text()
    assert "2 countries" in window.filter_bar.description.text()
    window.filter_bar.clear.click()
    assert len(table_codes(window)) == 5
    assert window.map_panel.map._dimmed == set()
    assert region.currentIndex() == 0


def test_status_and_casualty_filters(window):
    bar = window.filter_bar
    bar.apmbc.setCurrentIndex(bar.apmbc.findData("withdrawn"))
    assert table_codes(window) == ["FIN"]
    bar.apmbc.setCurrentIndex(0)
    bar.casualties.setChecked(True)
    assert sorted(table_codes(window)) == ["KHM", "UKR"]
    assert window.state.filter == Filter(has_casualties=True)


def test_search_ignores_accents_and_case_and_enter_selects(qtbot, window):
    search = window.filter_bar.search
    qtbot.keyClicks(search, "CAMBÔ")
    assert table_codes(window) == ["KHM"]
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.state.selected == "KHM"


def test_same_value_emits_nothing_and_nothing_loops(qtbot, window):
    state = window.state
    emitted: list[object] = []
    state.selectionChanged.connect(emitted.append)
    click_row(qtbot, window, "USA")
    assert emitted == ["USA"]  # one emission for one click: no echo from the linked views
    click_row(qtbot, window, "USA")
    state.select("USA")
    window.map_panel.map.countryClicked.emit("USA", False)
    assert emitted == ["USA"]
    filters: list[object] = []
    state.filterChanged.connect(filters.append)
    window.filter_bar.casualties.setChecked(True)
    state.set_filter(Filter(has_casualties=True))
    window.filter_bar.casualties.setChecked(True)
    assert filters == [Filter(has_casualties=True)]


def test_selection_survives_a_filter_that_hides_it(window):
    window.state.select("TON")
    window.state.set_filter(Filter(has_casualties=True))
    assert window.state.selected == "TON"
    assert window.profile.title.text() == "Tonga"
    assert window.table.selectionModel().selectedRows() == []
    window.state.clear_filter()
    rows = window.table.selectionModel().selectedRows()
    assert [window.table.table_model.iso3_at(r.row()) for r in rows] == ["TON"]


def test_csv_export_of_visible_rows(tmp_path, window):
    window.state.set_filter(Filter(regions=frozenset({"Europe", "Oceania"})))
    written = window.export_csv(tmp_path / "countries.csv")
    assert written is not None
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["iso3"] for r in rows] == table_codes(window)
    assert {r["iso3"] for r in rows} == {"FIN", "TON", "UKR"}
    by_code = {r["iso3"]: r for r in rows}
    assert by_code["UKR"]["latest_casualties"] == "293"
    assert by_code["UKR"]["latest_casualties_year"] == "2024"
    assert by_code["TON"]["latest_casualties"] == ""  # no data is empty, never 0
    assert by_code["FIN"]["mine_ban_treaty"] == "Withdrawn"
    assert by_code["TON"]["mine_ban_treaty_in_force"] == "2025-12-01"


def test_csv_follows_the_table_sort(tmp_path, window):
    from app.ui.country_table import CASUALTIES

    window.table.sortByColumn(CASUALTIES, Qt.SortOrder.DescendingOrder)
    assert table_codes(window)[:2] == ["UKR", "KHM"]
    window.table.sortByColumn(CASUALTIES, Qt.SortOrder.AscendingOrder)
    # Cambodia's 2010 figure is older than the 2024 column: it ranks after Ukraine's 2024
    # figure in either direction, and no data stays last.
    assert table_codes(window)[:2] == ["UKR", "KHM"]
    window.state.set_casualty_year(2010)
    assert table_codes(window)[:1] == ["KHM"]  # Ukraine has no figure up to 2010
    written = window.export_csv(tmp_path / "sorted.csv")
    with written.open(encoding="utf-8-sig", newline="") as handle:
        assert [r["iso3"] for r in csv.DictReader(handle)][:1] == ["KHM"]


def test_missing_values_say_so(window):
    from app.ui.country_table import CASUALTIES, EIF

    model = window.table.model()
    row = window.table.table_model.row_of("TON")
    assert model.index(row, CASUALTIES).data() == "no data"  # a gap in this dataset, not a sourced "none"
    khm = window.table.table_model.row_of("KHM")
    assert model.index(khm, CASUALTIES).data() == "286 (2010)"
    assert model.index(khm, EIF).data() in ("", "1999")  # a year stays a year, never a day


def test_profile_is_honest_about_missing_data(window):
    window.state.select("TON")
    html = window.profile.top_text.toHtml()
    assert "No casualty figure in this dataset (searched: Landmine Monitor 2011, 2025)." in html
    window.state.select("KHM")
    text = window.profile.top_text.toPlainText()
    assert "1999" in text and "1999-01" not in text and "1 Jan 1999" not in text


def test_footnotes_open_the_citation_never_the_network(monkeypatch, window):
    opened = []
    monkeypatch.setattr(type(window.profile), "open_source", lambda self, s: opened.append(s))
    window.state.select("UKR")
    assert "source:1" in window.profile.top_text.toHtml()
    window.profile._open_link("source:1")
    window.profile._open_link("https://example.org/")  # ignored
    assert len(opened) == 1 and opened[0].url.startswith("http")

    from app.ui.about_dialog import SourceDialog

    dialog = SourceDialog(opened[0], window)
    assert dialog.findChild(QLineEdit, "sourceUrl").text() == opened[0].url


def test_about_dialog_lists_every_source(store, qtbot):
    from app.ui.about_dialog import AboutDialog

    dialog = AboutDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(store.sources())
    urls = {dialog.table.item(i, 3).text() for i in range(dialog.table.rowCount())}
    assert urls == {s.url for s in store.sources()}
    assert "test-1" in dialog.header.text() and "November 30, 2026" in dialog.header.text()
    assert all(s.url in dialog.all_sources_text() for s in store.sources())


def test_escape_clears_the_selection(qtbot, window):
    window.state.select("USA")
    window.activateWindow()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert window.state.selected is None
    assert map_selected(window) is None
    assert window.profile.title.text() == "World"


def test_shortcuts(window):
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    for key in ("Ctrl+F", "Ctrl+E", "Ctrl+P", "Esc", "F1", "Ctrl+Q"):
        assert key in shortcuts, key
    window.activateWindow()
    window.find_action.trigger()
    assert window.focusWidget() is window.filter_bar.search


def test_map_colouring_modes(window):
    panel = window.map_panel
    assert panel.mode == "apmbc"
    window.mode_actions["casualties"].trigger()
    assert panel.mode == "casualties"
    assert set(panel.coloring.colors) == {"KHM", "UKR"}  # the others have no data: land grey
    assert panel.coloring.legend[-1][0] == "no figure in this dataset"
    panel.set_mode("ccm")
    assert window.mode_actions["ccm"].isChecked()


def test_settings_restore(qtbot, store):
    from app.ui.settings import settings_path

    first = MainWindow(store)
    qtbot.addWidget(first)
    first.show()
    first.state.select("UKR")
    first.state.set_compared(("FIN",))
    first.map_panel.set_mode("casualties")
    first.main_split.setSizes([700, 300])
    sizes = first.main_split.sizes()
    first.close()
    assert settings_path().is_file()
    assert str(settings_path()).startswith(os.environ["XDG_CONFIG_HOME"])

    second = MainWindow(store)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.state.selected == "UKR"
    assert second.state.compared == ("FIN",)
    assert second.map_panel.mode == "casualties"
    restored = second.main_split.sizes()
    # Restored as proportions of the (possibly different) window width.
    assert abs(restored[1] / sum(restored) - sizes[1] / sum(sizes)) < 0.02
    assert second.profile.title.text() == "Ukraine"


def test_print_without_selection_explains(monkeypatch, window):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a))
    window.state.select(None)
    window.print_profile()
    assert shown and "Select a country" in shown[0][2]


def test_keyboard_reaches_the_panes(qtbot, window):
    window.activateWindow()
    window.filter_bar.search.setFocus()
    seen = []
    for _ in range(4):
        window.next_pane_action.trigger()
        seen.append(window.focusWidget())
    assert window.map_panel.map in seen and window.table in seen


def test_gui_smoke_prints_first_paint(fixture_db, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(fixture_db), "gui", "--smoke"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first paint with data ")


def test_point_helper_is_inside_widget(window):
    # Guard for the map click test: the fixture country sits inside the view.
    view = window.map_panel.map
    pos = view.world_to_widget(*view._world.shapes["UKR"].label)
    assert view.rect().contains(QPoint(int(pos.x()), int(pos.y())))


def test_profile_lower_half_follows_the_first_paint(qtbot, window):
    qtbot.waitUntil(lambda: window.profile.bottom_text is not None, timeout=5000)
    window.state.select("KHM")
    assert window.profile.membership.marker is not None
    assert "Cambodia" in window.profile.membership.marker.label
    assert window.profile.bottom_text.toPlainText()


def test_casualty_gap_years_are_drawn_as_not_reported(qtbot, window):
    from PySide6.QtCore import QPointF

    from app.core.models import CasualtyYear

    chart = window.profile.chart
    years = list(window.state.store.casualties(None))
    src = years[0].source
    chart.set_data("t", [CasualtyYear(2010, 100, None, None, None, 2011, src),
                         CasualtyYear(2011, None, None, None, None, 2012, src),
                         CasualtyYear(2013, 50, None, None, None, 2014, src)])
    chart.resize(400, 220)
    chart.grab()  # paints, recording each year's slot
    slots = {y.year: (rect, y) for rect, y in chart._bars}
    assert set(slots) == {2010, 2011, 2012, 2013}  # 2012 is absent from the data: still a slot
    assert chart._tooltip(slots[2011][1]).startswith("2011: not reported")
    assert "not 0" in chart._tooltip(slots[2012][1])
    assert slots[2012][0].contains(QPointF(slots[2012][0].center()))


def test_clicking_the_membership_chart_selects_who_joined_then(qtbot, window):
    chart = window.profile.membership
    chart.resize(600, 240)
    chart.grab()  # paint once so the chart knows its geometry
    plot = chart._geo[0]
    # Ukraine's treaty entered into force in June 2006, Tonga's in December 2025.
    for target, code in ((2006.4, "UKR"), (2025.9, "TON")):
        x = next(px for px in range(int(plot.left()), int(plot.right()) + 1)
                 if chart.year_at(px) is not None and chart.year_at(px) >= target)
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(x, int(plot.center().y())))
        assert window.state.selected == code
        assert map_selected(window) == code  # the other views follow
