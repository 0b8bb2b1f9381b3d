"""The world map widget: clicks name the right country; state changes repaint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.core.geometry import load_world
from app.ui.map_view import MapView


@pytest.fixture
def view(qtbot):
    widget = MapView()
    qtbot.addWidget(widget)
    widget.resize(900, 460)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def label_pos(view, iso3):
    x, y = load_world().shapes[iso3].label
    return view.world_to_widget(x, y).toPoint()


@pytest.mark.parametrize("iso3", ["DEU", "BRA", "NGA", "AUS"])
def test_click_on_a_country_emits_its_code(qtbot, view, iso3):
    with qtbot.waitSignal(view.countryClicked) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=label_pos(view, iso3))
    assert signal.args == [iso3, False]


def test_ctrl_click_on_a_small_state_marker(qtbot, view):
    with qtbot.waitSignal(view.countryClicked) as signal:
        qtbot.mouseClick(
            view,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            pos=label_pos(view, "MLT"),
        )
    assert signal.args == ["MLT", True]


def test_click_on_the_sea_emits_nothing(qtbot, view):
    with qtbot.assertNotEmitted(view.countryClicked):
        # Mid-Pacific, well away from any marker.
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.world_to_widget(-12000, -3000).toPoint())


def test_hover_names_the_country(qtbot, view):
    view.set_names({"FRA": "France"})
    with qtbot.waitSignal(view.countryHovered) as signal:
        qtbot.mouseMove(view, label_pos(view, "FRA"))
    assert signal.args == ["FRA"]


def test_state_changes_repaint(view):
    view.set_colors({"FRA": QColor("darkgreen"), "TUV": QColor("red")})
    view.set_dimmed({"DEU", "MLT"})
    view.set_selected("FRA", {"DEU", "MLT"})
    view.set_legend([("Party", QColor("darkgreen"))], "Mine Ban Treaty")
    assert not view.grab().isNull()
    view.set_selected(None)
    assert not view.grab().isNull()


def test_keyboard_zoom_and_reset(qtbot, view):
    assert view.objectName() == "worldMap"
    assert view.accessibleName() == "World map"
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom() > 1
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.zoom() == 1


def test_zoom_to_keeps_the_country_clickable(qtbot, view):
    view.zoom_to("LUX")
    assert view.zoom() > 4
    assert view.country_at(label_pos(view, "LUX").toPointF()) == "LUX"


def test_dimming_veils_only_the_dimmed_countries(qtbot, view):
    view.set_colors({"FRA": QColor("#009E73"), "DEU": QColor("#009E73")})
    before = view.grab().toImage()
    view.set_dimmed({"DEU"})
    after = view.grab().toImage()
    fra, deu = label_pos(view, "FRA"), label_pos(view, "DEU")
    assert after.pixelColor(fra) == before.pixelColor(fra)
    assert after.pixelColor(deu) != before.pixelColor(deu)
    view.set_dimmed(set())
    assert view.grab().toImage().pixelColor(deu) == before.pixelColor(deu)
