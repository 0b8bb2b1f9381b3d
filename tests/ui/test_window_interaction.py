"""Keys and choices of the window: Ctrl+E from the search box, Enter picks the best match,
the map by keyboard, the casualty year, the comparison panel closing when empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.store import Store
from app.ui.country_table import CASUALTIES
from app.ui.main_window import MainWindow
from tests.ui.conftest import build_window


@pytest.fixture
def window(qtbot, store):
    return build_window(qtbot, store, (1366, 768))


@pytest.fixture(scope="module")
def bundled():
    """The real 200 countries (Mexico's "United Mexican States", every world year); closed
    once the module's windows are gone."""
    with Store.open() as store:
        yield store


def test_ctrl_e_exports_while_the_search_box_has_focus(qtbot, store, monkeypatch):
    calls = []
    monkeypatch.setattr(MainWindow, "export_factsheets", lambda self: calls.append("export"))
    window = build_window(qtbot, store, (1366, 768))
    window.activateWindow()
    window.filter_bar.focus_search()
    qtbot.keyClicks(window.filter_bar.search, "camb")
    assert window.focusWidget() is window.filter_bar.search
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["export"]
    assert window.filter_bar.search.text() == "camb"  # the key did not edit the text
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_bar.search.selectedText() == "camb"  # editing keys still edit


def test_enter_picks_the_top_row_and_the_best_match_is_on_top(qtbot, bundled):
    window = build_window(qtbot, bundled, (1366, 768))
    window.activateWindow()
    search = window.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "united st")
    codes = [r.iso3 for r in window.table.table_model.rows]
    assert "MEX" in codes and codes[0] == "USA"  # Mexico matches as "United Mexican States"
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.state.selected == "USA"
    # Sorted by another column, Enter still takes the row shown on top.
    window.table.sortByColumn(CASUALTIES, Qt.SortOrder.DescendingOrder)
    top = window.table.table_model.iso3_at(0)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.state.selected == top


def test_search_rank_orders_name_starts_before_other_matches():
    from app.ui.country_model import search_rank

    assert search_rank("united states", "USA", "united st") == 0
    assert search_rank("mexico", "MEX", "united st") == 2
    assert search_rank("korea, republic of", "KOR", "rep kor") == 1
    assert search_rank("cambodia", "KHM", "khm") == 0


def test_the_comparison_closes_when_its_last_country_leaves(qtbot, window):
    window.state.set_compared(("FIN", "UKR"))
    assert window.compare_dock.isVisible()
    window.state.toggle_compared("FIN")
    assert window.compare_dock.isVisible()
    window.state.toggle_compared("UKR")
    assert not window.compare_dock.isVisible()


def test_a_country_can_be_chosen_on_the_map_by_keyboard(qtbot, window):
    view = window.map_panel.map
    window.activateWindow()
    view.setFocus()
    qtbot.keyClicks(view, "uk")
    assert window.state.selected == "UKR"
    assert view.accessibleDescription().startswith("Selected: Ukraine.")  # read back to a screen reader
    assert window.table.table_model.iso3_at(window.table.selectionModel().selectedRows()[0].row()) == "UKR"
    view._typed_at = 0  # a pause: typing starts again
    qtbot.keyClicks(view, "t")
    assert window.state.selected == "TON"
    window.state.select("FIN")
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.state.selected == "UKR"  # south of Finland
    window.state.select("FIN")
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert window.state.selected == "USA"  # west of Finland
    zoom = view.zoom()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom() > zoom  # the old keys still zoom and pan
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert window.state.selected == "USA"


def test_casualties_are_shown_for_the_chosen_year_and_older_figures_are_marked(qtbot, window):
    state, model, panel = window.state, window.table.table_model, window.map_panel
    assert state.casualty_year == 2024  # the newest world year in the fixture
    assert panel.year_box.currentData() == 2024
    assert "2024" in model.headerData(CASUALTIES, Qt.Orientation.Horizontal)
    khm, ukr = model.row_of("KHM"), model.row_of("UKR")
    assert model.index(khm, CASUALTIES).data() == "286 (2010)"
    assert model.index(khm, CASUALTIES).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert model.index(ukr, CASUALTIES).data(Qt.ItemDataRole.ForegroundRole) in (None,) or \
        model.index(ukr, CASUALTIES).data(Qt.ItemDataRole.ForegroundRole).style() == Qt.BrushStyle.NoBrush
    tip = model.tooltip(khm, CASUALTIES)
    assert "2010" in tip and "latest figure in this dataset up to 2024" in tip

    panel.set_mode("casualties")
    coloring = panel.coloring
    assert coloring.title == "Casualties in 2024"
    assert any(label == "only before 2024" for label, _ in coloring.legend)
    assert coloring.colors["KHM"] != coloring.colors["UKR"]  # not ranked on the 2024 scale
    assert "none for 2024" in coloring.values["KHM"]

    state.set_casualty_year(2010)  # as the year box does
    assert model.index(model.row_of("KHM"), CASUALTIES).data() == "286 (2010)"
    assert model.index(model.row_of("UKR"), CASUALTIES).data() == "no data"  # nothing up to 2010
    assert "2010" in model.headerData(CASUALTIES, Qt.Orientation.Horizontal)
    assert panel.coloring.title == "Casualties in 2010"
    assert "none for" not in panel.coloring.values["KHM"]


def test_the_year_box_offers_the_world_years_newest_first(qtbot, bundled):
    window = build_window(qtbot, bundled, (1366, 768))
    box = window.map_panel.year_box
    years = [box.itemData(i) for i in range(box.count())]
    world = sorted({c.year for c in bundled.casualties(None) if c.total is not None}, reverse=True)
    assert years == world and box.currentData() == world[0]
    window.table.sortByColumn(CASUALTIES, Qt.SortOrder.DescendingOrder)
    rows = window.table.table_model.rows
    with_figure = [r for r in rows if r.latest_casualties is not None]
    current = [r.latest_casualty_year == world[0] for r in with_figure]
    # This year's figures first, then the older ones (never ranked among them), then none.
    assert current == sorted(current, reverse=True) and any(current) and not all(current)
