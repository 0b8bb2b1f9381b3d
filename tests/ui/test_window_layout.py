"""The window on field-laptop screens, for assistive technology, and in light and dark themes.

Sizes run on the bundled 200-country database (the longest names and labels are
there); contrast is computed (WCAG 2.x ratios) from the colours the views use.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.core.store import Store
from app.ui.colors import (
    GRAPHIC_CONTRAST,
    TEXT_CONTRAST,
    blend,
    contrast,
    no_data_color,
    older_figure_color,
    outline_color,
    selection_color,
)
from app.ui.country_table import CASUALTIES, COUNTRY, OPTIONAL_COLUMNS
from app.ui.map_view import MARKER_RADIUS
from tests.ui import palettes
from tests.ui.conftest import build_window

SIZES = [(1024, 700), (1366, 768), (1600, 1000)]


@pytest.fixture(scope="module")
def bundled():
    with Store.open() as store:
        yield store


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_nothing_is_cut_and_the_table_never_scrolls_sideways(qtbot, bundled, size):
    window = build_window(qtbot, bundled, size)
    check_fits(window, size)
    if size[0] >= 1366:
        header = window.table.horizontalHeader()
        assert not any(header.isSectionHidden(c) for c in range(CASUALTIES + 1)), "all columns at 1366 px"


@pytest.mark.parametrize("language", ["fr", "es"])
def test_french_and_spanish_fit_at_1024(qtbot, bundled, use_language, language):
    use_language(language)
    window = build_window(qtbot, bundled, (1024, 700))
    check_fits(window, (1024, 700))


def check_fits(window, size) -> None:
    assert (window.width(), window.height()) == size  # the window did not grow to fit
    window.state.select("COD")  # the longest name
    table = window.table
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    shown = [c for c in range(CASUALTIES + 1) if not header.isSectionHidden(c)]
    assert COUNTRY in shown and CASUALTIES in shown
    assert set(range(CASUALTIES + 1)) - set(shown) <= set(OPTIONAL_COLUMNS)
    for column in shown:  # every cell and header whole (the Country column takes the rest)
        assert table.columnWidth(column) >= table._natural[column], column

    bar = window.filter_bar
    for combo in (bar.region, bar.apmbc, bar.ccm):
        assert combo.width() >= combo.sizeHint().width(), combo.objectName()  # "Cluster Munitions: an…"
    assert bar.search.width() >= bar._search_min - 1  # the placeholder's example names show
    assert bar.casualties.width() >= bar.casualties.sizeHint().width()
    assert bar.clear.width() >= bar.clear.sizeHint().width()

    panel = window.map_panel
    for widget in (panel.mode_box, panel.year_box, panel.reset, panel.zoom):
        assert widget.width() >= widget.sizeHint().width(), widget.objectName()
    hint = panel.hint
    assert not hint.text() or hint.fontMetrics().horizontalAdvance(hint.text()) <= hint.contentsRect().width()


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("mode", ["apmbc", "casualties"])
def test_the_legend_hides_no_country_and_no_marker(qtbot, bundled, size, mode):
    window = build_window(qtbot, bundled, size)
    window.map_panel.set_mode(mode)
    view = window.map_panel.map
    view.grab()
    legend = view.legend_rect()
    assert legend.width() > 0
    transform = view._transform()
    assert not legend.intersects(transform.mapRect(view._world_rect)), "the legend is over the map"
    for iso3 in ("TON", "WSM", "NIU", "COK", "FJI", "TUV"):
        if iso3 in view._points:
            centre = transform.map(view._points[iso3])
            r = MARKER_RADIUS + 2
            assert not legend.intersects(QRectF(centre - QPointF(r, r), centre + QPointF(r, r))), iso3
    assert view.rect().contains(legend.toRect())


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def test_every_widget_has_an_accessible_name(qtbot, store):
    window = build_window(qtbot, store, (1366, 768))
    window.state.select("KHM")
    window.state.set_compared(("KHM", "UKR"))
    window.profile.complete()
    qtbot.waitUntil(lambda: window.compare_dock.isVisible())
    widgets = [w for w in window.findChildren(QWidget)
               if w.isVisibleTo(window) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
               and w.objectName() != "qt_scrollarea_viewport"]
    widgets += [window.map_panel.year_box, window.map_panel.map, window.table, window.filter_bar,
                window._status]
    unnamed = [(type(w).__name__, w.objectName()) for w in widgets if not accessible_name(w).strip()]
    assert not unnamed
    assert accessible_name(window.map_panel.map) == "World map"
    assert "type a country" in window.map_panel.map.accessibleDescription()


# -- contrast -----------------------------------------------------------------------

PALETTES = {
    "fusion-light": None,  # the style's own palette, as the tests run
    "windows-light": palettes.windows_light_palette,
    "dark": palettes.dark_palette,
    "breeze-dark": palettes.breeze_dark_palette,
}


def set_palette(qapp, palette: QPalette) -> None:
    # Windows of earlier tests are closed but maybe not yet deleted; their stores are.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qapp.setPalette(palette)


@pytest.fixture(params=list(PALETTES))
def themed(request, qapp):
    before = QPalette(qapp.palette())
    make = PALETTES[request.param]
    set_palette(qapp, make() if make else qapp.style().standardPalette())
    yield request.param
    set_palette(qapp, before)


def test_colours_reach_wcag_contrast(qtbot, store, themed):
    window = build_window(qtbot, store, (1366, 768))
    window.state.select("KHM")
    pal = window.palette()
    role = QPalette.ColorRole
    base, alternate, win = pal.color(role.Base), pal.color(role.AlternateBase), pal.color(role.Window)
    text = pal.color(role.Text)
    texts = {  # (foreground, background): text at 4.5:1
        "table text": (text, base),
        "table text, alternate row": (text, alternate),
        "window text": (pal.color(role.WindowText), win),
        "selected row": (pal.color(role.HighlightedText), pal.color(role.Highlight)),
        "button text": (pal.color(role.ButtonText), pal.color(role.Button)),
        "filter description": (window.filter_bar.description.palette().color(
            window.filter_bar.description.foregroundRole()), win),
        "map hint": (window.map_panel.hint.palette().color(window.map_panel.hint.foregroundRole()), win),
        "profile subtitle": (pal.color(role.PlaceholderText), base),
    }
    model = window.table.table_model
    foreground = Qt.ItemDataRole.ForegroundRole
    muted = model.index(model.row_of("TON"), CASUALTIES).data(foreground)  # "no data"
    older = model.index(model.row_of("KHM"), CASUALTIES).data(foreground)  # 2010, before 2024: greyed
    assert muted is not None and older is not None
    for name, brush in (("no data cell", muted), ("older figure cell", older)):
        texts[name] = (brush.color(), base)
        texts[name + ", alternate row"] = (brush.color(), alternate)

    view = window.map_panel.map
    sea, ink = view.palette().color(role.Base), view.palette().color(role.Text)
    legend_backdrop = QColor(sea)
    legend_backdrop.setAlphaF(0.85)
    texts["map legend"] = (ink, legend_backdrop)
    failing = {k: round(contrast(*v), 2) for k, v in texts.items() if contrast(*v) < TEXT_CONTRAST}
    assert not failing, f"{themed}: text below 4.5:1: {failing}"

    land = no_data_color(view.palette())
    highlight = selection_color(view.palette())
    graphics = {  # (graphic, what it sits on): 3:1
        "country borders and coasts": (outline_color(view.palette()), sea),
        "markers' outline": (blend(ink, sea, 0.35), sea),
        "legend swatch outline": (blend(ink, sea, 0.4), sea),
        "table swatch outline": (outline_color(window.table.palette()), base),
        "selected country outline on the sea": (highlight, sea),
        "selected country outline on land": (highlight, land),
        "map focus frame": (view.palette().color(role.Highlight), sea),
    }
    failing = {k: round(contrast(*v), 2) for k, v in graphics.items() if contrast(*v) < GRAPHIC_CONTRAST}
    assert not failing, f"{themed}: graphics below 3:1: {failing}"
    # Not a WCAG pair (the legend names both), but the two map greys must not look alike.
    assert contrast(older_figure_color(view.palette()), land) >= 1.5


def test_the_contrast_formula():
    assert round(contrast(QColor("black"), QColor("white")), 1) == 21.0
    assert round(contrast(QColor("#777777"), QColor("white")), 2) == 4.48  # the classic near miss
    half = QColor(0, 0, 0, 128)  # Qt's default placeholder: black at half opacity
    assert 3.9 < contrast(half, QColor("white")) < 4.1  # fails 4.5:1: accessible_palette fixes it


def test_the_window_follows_a_switch_to_dark(qtbot, store, qapp):
    window = build_window(qtbot, store, (1024, 700))
    before = QPalette(qapp.palette())
    try:
        set_palette(qapp, palettes.breeze_dark_palette())
        QApplication.processEvents()
        pal = window.palette()
        on, under = pal.color(QPalette.ColorRole.HighlightedText), pal.color(QPalette.ColorRole.Highlight)
        assert contrast(on, under) >= TEXT_CONTRAST
        assert pal.color(QPalette.ColorRole.Base).lightness() < 60  # still the dark theme's base
        model = window.table.table_model
        muted = model.index(model.row_of("TON"), CASUALTIES).data(Qt.ItemDataRole.ForegroundRole)
        assert contrast(muted.color(), pal.color(QPalette.ColorRole.Base)) >= TEXT_CONTRAST  # re-greyed
    finally:
        set_palette(qapp, before)


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru"])
def test_the_profile_fits_its_pane_at_1024(qtbot, bundled, use_language, language):
    """Nothing in the profile is wider than the pane (it was cut on the right in French)."""
    use_language(language)
    window = build_window(qtbot, bundled, (1024, 700))
    pane = window.profile
    pane.complete()
    for iso3 in ("KHM", "COD", "UKR"):
        window.state.select(iso3)
        qtbot.wait(10)
        assert pane.widget().width() <= pane.viewport().width(), (iso3, language)
