"""The world map: a choropleth painted with QPainter from the bundled map geometry.

The view knows nothing of the data: it is told colours, which countries are
dimmed, which are selected, and says which country was clicked or hovered.
Geometry is in Equal Earth km with y north; each country's QPainterPath is
built once with y flipped (at build time: see map_paths), and the view
transform (fit x zoom x pan) is applied by the painter, so zooming never
rebuilds paths.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QToolTip, QWidget

from app.ui import map_paths
from app.ui.colors import selection_color

if TYPE_CHECKING:  # typing only: each Qt class costs ms of start-up when first imported
    from PySide6.QtGui import QMouseEvent, QPaintEvent, QWheelEvent

    from app.core.geometry import WorldMap

from app.ui.map_keyboard import MapKeyboard
from app.ui.map_layers import (  # noqa: F401 - MARKER_RADIUS is part of the view's interface
    DRAG_THRESHOLD,
    MARGIN,
    MARKER_HIT_RADIUS,
    MARKER_RADIUS,
    MAX_ZOOM,
    POINT_ZOOM,
    MapLayers,
    _blend,
)


class MapView(MapLayers, MapKeyboard, QWidget):
    countryClicked = Signal(str, bool)  # iso3, ctrl (or cmd) held: add to comparison
    countryHovered = Signal(str)  # iso3, or "" when the pointer leaves all countries

    def __init__(self, parent: QWidget | None = None, world: WorldMap | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worldMap")
        self.setAccessibleName(self.tr("World map"))
        self.setAccessibleDescription(self.tr(
            "Click a country to select it, Ctrl+click to compare. By keyboard: type a country's "
            "name, or Ctrl+arrow keys for the nearest country that way. "
            "Wheel or +/- to zoom, drag or arrow keys to pan, 0 to reset."
        ))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

        # Paths come ready-made from world.qpaths (see map_paths); a given WorldMap is built here.
        screen = map_paths.from_world(world) if world is not None else map_paths.load()
        self._world_data = world
        self._paths: dict[str, QPainterPath] = screen.paths
        self._points: dict[str, QPointF] = screen.points
        self._boxes: dict[str, QRectF] = {iso3: p.boundingRect() for iso3, p in self._paths.items()}
        self._context = screen.context
        self._world_rect = screen.world_rect

        self._colors: dict[str, QColor] = {}
        self._dimmed: set[str] = set()
        self._selected: str | None = None
        self._extra: frozenset[str] = frozenset()
        self._names: dict[str, str] = {}
        self._legend: list[tuple[str, QColor]] = []
        self._legend_title = ""
        self._legend_cache: tuple[tuple, tuple[QPixmap, int]] | None = None  # see _legend_layer
        self._legend_extent = (0.0, 0.0)  # the legend box's width and height, px (see _fit_area)
        self._keyboard_names: list[tuple[str, str]] = []  # (folded name, iso3), sorted: type-ahead
        self._typed = ""
        self._typed_at = 0.0
        self._hovered = ""
        self._base: QPixmap | None = None  # see _base_layer
        self._ids: QImage | None = None  # see _id_layer
        self._ids_key: tuple = ()
        self._dim: QImage | None = None  # see _dim_layer
        self._dim_key: tuple = ()
        self._base_key: tuple = ()
        self._hatched = QPainterPath()  # disputed areas (see set_hatched)

        self._zoom = 1.0
        self._center = self._world_rect.center()
        self._press_pos: QPointF | None = None
        self._press_center = QPointF()
        self._dragging = False

    # ----------------------------------------------------------------- API
    def set_colors(self, colors: dict[str, QColor]) -> None:
        self._colors = dict(colors)
        self._invalidate()

    def set_dimmed(self, iso3s: set[str]) -> None:
        """Countries outside the current filter: drawn faded."""
        self._dimmed = set(iso3s)
        self.update()  # the dim layer follows; the base layer stays

    def set_selected(self, iso3: str | None, extra: set[str] = frozenset()) -> None:
        """Outline the selection thick and the compared countries (extra) thinner."""
        self._selected = iso3
        self._extra = frozenset(extra) - {iso3}
        self.update()

    def set_legend(self, entries: list[tuple[str, QColor]], title: str) -> None:
        self._legend = list(entries)
        self._legend_title = title
        self._measure_legend()
        self.update()

    def set_hatched(self, path: QPainterPath) -> None:
        """Disputed areas (map path coordinates): a neutral grey hatch over whatever fill they
        have, so none reads as a claimant's (issue 11, app/factsheet/map_notice.py)."""
        self._hatched = path
        self.update()

    def set_names(self, names: dict[str, str]) -> None:
        self._names = dict(names)

    def set_keyboard_names(self, names: dict[str, str]) -> None:
        """The countries a keyboard user can choose, by shown name (type-ahead, Ctrl+arrows)."""
        from app.core.filters import fold

        self._keyboard_names = sorted((fold(name), iso3) for iso3, name in names.items())

    def reset_view(self) -> None:
        self._zoom = 1.0
        self._center = self._world_rect.center()
        self.update()

    def zoom_to(self, iso3: str) -> None:
        """Centre on a country, zoomed so it fills about half the view."""
        if iso3 in self._points:
            self._zoom = POINT_ZOOM
            point = self._points[iso3]
            box = QRectF(point.x(), point.y(), 0, 0)
        elif iso3 in self._boxes:
            box = self._boxes[iso3]
            fit = self._fit_scale()
            span = max(box.width() * fit / max(self.width(), 1), box.height() * fit / max(self.height(), 1))
            self._zoom = min(max(0.5 / span, 1.0), MAX_ZOOM)
        else:
            return
        self._center = box.center()
        self._clamp_center()
        self.update()

    def country_at(self, pos: QPointF) -> str:
        """iso3 of the country under a widget position, or ""."""
        # Markers first: they sit on top and are far smaller than any polygon.
        best, best_d2 = "", MARKER_HIT_RADIUS**2
        transform = self._transform()
        for iso3, point in self._points.items():
            d = transform.map(point) - pos
            d2 = d.x() ** 2 + d.y() ** 2
            if d2 <= best_d2:
                best, best_d2 = iso3, d2
        if best:
            return best
        inverse, _ok = transform.inverted()
        world_pos = inverse.map(pos)
        for iso3, box in self._boxes.items():
            if box.contains(world_pos) and self._paths[iso3].contains(world_pos):
                return iso3
        return ""

    def world_to_widget(self, x: float, y: float) -> QPointF:
        """Widget position of a map point (Equal Earth km, y north)."""
        return self._transform().map(QPointF(x, -y))

    @property
    def _world(self) -> WorldMap:
        """The geometry as plain data (tests and tools); the view itself only needs its paths."""
        if self._world_data is None:
            from app.core.geometry import load_world

            self._world_data = load_world()
        return self._world_data

    def zoom(self) -> float:
        return self._zoom

    # --------------------------------------------------------- view transform
    def _fit_area(self) -> QRectF:
        """Where the whole world fits at zoom 1: the widget less a column (or a strip) for the
        legend in the bottom-left corner, whichever leaves the bigger map, so the legend never
        covers a country or a marker (Tonga, Samoa and Niue sit in that corner)."""
        full = QRectF(MARGIN, MARGIN, max(self.width() - 2 * MARGIN, 1.0),
                      max(self.height() - 2 * MARGIN, 1.0))
        width, height = self._legend_extent
        if not self._legend or not width:
            return full
        gap = 6 + MARKER_RADIUS + 2  # a marker on the world's edge (Tonga) stays clear of the box
        column = full.adjusted(width + gap, 0, 0, 0)
        strip = full.adjusted(0, 0, 0, -(height + gap))
        candidates = [r for r in (column, strip) if r.width() > 1 and r.height() > 1]
        return max(candidates, key=self._scale_for, default=full)

    def _scale_for(self, area: QRectF) -> float:
        return min(area.width() / self._world_rect.width(), area.height() / self._world_rect.height())

    def _fit_scale(self) -> float:
        return self._scale_for(self._fit_area())

    def _transform(self) -> QTransform:
        area = self._fit_area()
        scale = self._scale_for(area) * self._zoom
        t = QTransform()
        t.translate(area.center().x(), area.center().y())
        t.scale(scale, scale)
        t.translate(-self._center.x(), -self._center.y())
        return t

    def _clamp_center(self) -> None:
        r = self._world_rect
        self._center = QPointF(
            min(max(self._center.x(), r.left()), r.right()),
            min(max(self._center.y(), r.top()), r.bottom()),
        )

    def _zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the map point under anchor (widget px) where it is."""
        new_zoom = min(max(self._zoom * factor, 1.0), MAX_ZOOM)
        if new_zoom == self._zoom:
            return
        if anchor is not None:
            inverse, _ok = self._transform().inverted()
            before = inverse.map(anchor)
            self._zoom = new_zoom
            inverse, _ok = self._transform().inverted()
            self._center += before - inverse.map(anchor)
        else:
            self._zoom = new_zoom
        if self._zoom == 1.0:
            self._center = self._world_rect.center()
        self._clamp_center()
        self.update()

    def _pan_by(self, dx_px: float, dy_px: float) -> None:
        scale = self._fit_scale() * self._zoom
        self._center -= QPointF(dx_px / scale, dy_px / scale)
        self._clamp_center()
        self.update()

    # ------------------------------------------------------------- painting
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(800, 420)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, 130)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        pal = self.palette()
        sea = pal.color(QPalette.ColorRole.Base)
        ink = pal.color(QPalette.ColorRole.Text)
        land = _blend(sea, ink, 0.18)  # "no data": a neutral grey in either theme
        faded_to = _blend(sea, ink, 0.06)

        transform = self._transform()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._base_layer(transform, sea, land, faded_to))
        if self._dimmed:
            painter.drawImage(0, 0, self._dim_layer(transform, faded_to))
        if not self._hatched.isEmpty():
            # Mapped to pixels first: a pattern brush keeps its spacing in device space.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(_blend(sea, ink, 0.55), Qt.BrushStyle.BDiagPattern))
            painter.drawPath(transform.map(self._hatched))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(transform)
        self._paint_outline(painter, self._extra, pal.color(QPalette.ColorRole.Text), 1.5)
        if self._selected:
            self._paint_outline(painter, {self._selected}, selection_color(pal), 3.0)

        painter.resetTransform()
        self._paint_markers(painter, transform, land, faded_to, sea, ink)
        if self._legend:
            self._paint_legend(painter, sea, ink)
        if self.hasFocus():
            focus = QPen(pal.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()












    # ------------------------------------------------------------ interaction
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = event.position()
            self._press_center = QPointF(self._center)
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if self._press_pos is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = pos - self._press_pos
            if self._dragging or delta.manhattanLength() > DRAG_THRESHOLD:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._center = self._press_center
                self._pan_by(delta.x(), delta.y())
            return
        self._hover(pos, event.globalPosition().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._press_pos is not None:
            if not self._dragging:
                iso3 = self.country_at(event.position())
                if iso3:
                    mods = event.modifiers()
                    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
                    self.countryClicked.emit(iso3, ctrl)
            self._press_pos = None
            self._dragging = False
            self.unsetCursor()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.reset_view()

    def leaveEvent(self, event) -> None:  # noqa: N802
        if self._hovered:
            self._hovered = ""
            self.countryHovered.emit("")
        super().leaveEvent(event)

    def _hover(self, pos: QPointF, global_pos) -> None:
        iso3 = self.country_at(pos)
        if iso3 == self._hovered:
            return
        self._hovered = iso3
        self.countryHovered.emit(iso3)
        if iso3:
            QToolTip.showText(global_pos, self._names.get(iso3, iso3), self)
        else:
            QToolTip.hideText()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120.0  # one notch of a classic wheel
        if steps:
            self._zoom_by(1.25**steps, event.position())
        event.accept()


    # -------------------------------------------------------- keyboard choice

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._measure_legend()
        self._invalidate()  # palette or style change: colours come from the palette
