"""The world map: a choropleth painted with QPainter from ``app.core.geometry``.

The view knows nothing of the data: it is told colours, which countries are
dimmed, which are selected, and says which country was clicked or hovered.
Geometry is in Equal Earth km with y north; each country's QPainterPath is
built once with y flipped, and the view transform (fit x zoom x pan) is
applied by the painter, so zooming never rebuilds paths.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from app.core.geometry import CountryShape, WorldMap, load_world

MARKER_RADIUS = 4.0  # px, constant on screen whatever the zoom
MARKER_HIT_RADIUS = 8.0  # px: small targets get a generous hit area
MAX_ZOOM = 16.0
POINT_ZOOM = 6.0  # zoom_to a small state: a regional view around its marker
MARGIN = 8.0  # px around the world at zoom 1
DRAG_THRESHOLD = 4  # px of movement before a press becomes a pan, not a click


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    """a moved a fraction t of the way towards b."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def _path(shape: CountryShape) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)  # rings include holes (Lesotho)
    for ring in shape.polygons:
        path.moveTo(ring[0][0], -ring[0][1])
        for x, y in ring[1:]:
            path.lineTo(x, -y)
        path.closeSubpath()
    return path


class MapView(QWidget):
    countryClicked = Signal(str, bool)  # iso3, ctrl (or cmd) held: add to comparison
    countryHovered = Signal(str)  # iso3, or "" when the pointer leaves all countries

    def __init__(self, parent: QWidget | None = None, world: WorldMap | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worldMap")
        self.setAccessibleName("World map")
        self.setAccessibleDescription(
            "Click a country to select it, Ctrl+click to compare. "
            "Wheel or +/- to zoom, drag or arrow keys to pan, 0 to reset."
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

        self._world = world if world is not None else load_world()
        self._paths: dict[str, QPainterPath] = {}
        self._boxes: dict[str, QRectF] = {}
        self._points: dict[str, QPointF] = {}
        for iso3, shape in self._world.shapes.items():
            if shape.is_point:
                self._points[iso3] = QPointF(shape.label[0], -shape.label[1])
            else:
                path = _path(shape)
                self._paths[iso3] = path
                self._boxes[iso3] = path.boundingRect()
        self._context = _path(CountryShape("", self._world.context, (0.0, 0.0), False))
        min_x, min_y, max_x, max_y = self._world.bounds
        self._world_rect = QRectF(min_x, -max_y, max_x - min_x, max_y - min_y)

        self._colors: dict[str, QColor] = {}
        self._dimmed: set[str] = set()
        self._selected: str | None = None
        self._extra: frozenset[str] = frozenset()
        self._names: dict[str, str] = {}
        self._legend: list[tuple[str, QColor]] = []
        self._legend_title = ""
        self._hovered = ""
        self._base: QPixmap | None = None  # see _base_layer
        self._base_key: tuple = ()

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
        self._invalidate()

    def set_selected(self, iso3: str | None, extra: set[str] = frozenset()) -> None:
        """Outline the selection thick and the compared countries (extra) thinner."""
        self._selected = iso3
        self._extra = frozenset(extra) - {iso3}
        self.update()

    def set_legend(self, entries: list[tuple[str, QColor]], title: str) -> None:
        self._legend = list(entries)
        self._legend_title = title
        self.update()

    def set_names(self, names: dict[str, str]) -> None:
        self._names = dict(names)

    def reset_view(self) -> None:
        self._zoom = 1.0
        self._center = self._world_rect.center()
        self.update()

    def zoom_to(self, iso3: str) -> None:
        """Centre on a country, zoomed so it fills about half the view."""
        shape = self._world.shapes.get(iso3)
        if shape is None:
            return
        min_x, min_y, max_x, max_y = shape.bounds
        box = QRectF(min_x, -max_y, max_x - min_x, max_y - min_y)
        if shape.is_point:
            self._zoom = POINT_ZOOM
        else:
            fit = self._fit_scale()
            span = max(box.width() * fit / max(self.width(), 1), box.height() * fit / max(self.height(), 1))
            self._zoom = min(max(0.5 / span, 1.0), MAX_ZOOM)
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

    def zoom(self) -> float:
        return self._zoom

    # --------------------------------------------------------- view transform
    def _fit_scale(self) -> float:
        w = max(self.width() - 2 * MARGIN, 1.0)
        h = max(self.height() - 2 * MARGIN, 1.0)
        return min(w / self._world_rect.width(), h / self._world_rect.height())

    def _transform(self) -> QTransform:
        scale = self._fit_scale() * self._zoom
        t = QTransform()
        t.translate(self.width() / 2, self.height() / 2)
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
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(transform)
        self._paint_outline(painter, self._extra, pal.color(QPalette.ColorRole.Text), 1.5)
        if self._selected:
            self._paint_outline(painter, {self._selected}, pal.color(QPalette.ColorRole.Highlight), 3.0)

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

    def _base_layer(self, transform, sea, land, faded_to) -> QPixmap:
        """Sea, land and borders; cached, so selection and hover repaints are cheap."""
        ratio = self.devicePixelRatioF()
        key = (
            self.width(),
            self.height(),
            ratio,
            self._zoom,
            self._center.x(),
            self._center.y(),
            sea.rgba(),
            land.rgba(),
        )
        if self._base is not None and self._base_key == key:
            return self._base
        pixmap = QPixmap(QSize(round(self.width() * ratio), round(self.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(sea)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(transform)
        border = QPen(sea, 0.6)
        border.setCosmetic(True)  # widths in px whatever the zoom
        painter.setPen(border)
        painter.setBrush(_blend(land, faded_to, 0.5))
        painter.drawPath(self._context)
        visible = transform.inverted()[0].mapRect(QRectF(self.rect()))
        for iso3, path in self._paths.items():
            if self._boxes[iso3].intersects(visible):
                painter.setBrush(self._fill(iso3, land, faded_to))
                painter.drawPath(path)
        painter.end()
        self._base, self._base_key = pixmap, key
        return pixmap

    def _invalidate(self) -> None:
        self._base = None
        self.update()

    def _fill(self, iso3: str, land: QColor, faded_to: QColor) -> QColor:
        color = self._colors.get(iso3, land)
        if iso3 in self._dimmed:
            return _blend(color, faded_to, 0.7)
        return color

    def _paint_outline(self, painter: QPainter, iso3s, color: QColor, width: float) -> None:
        pen = QPen(color, width)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for iso3 in iso3s:
            if iso3 in self._paths:
                painter.drawPath(self._paths[iso3])

    def _paint_markers(self, painter, transform, land, faded_to, sea, ink) -> None:
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        for iso3, point in self._points.items():
            center = transform.map(point)
            if iso3 == self._selected:
                pen, radius = QPen(highlight, 2.5), MARKER_RADIUS + 2
            elif iso3 in self._extra:
                pen, radius = QPen(ink, 1.5), MARKER_RADIUS + 1
            else:
                pen, radius = QPen(_blend(ink, sea, 0.35), 1.0), MARKER_RADIUS
            painter.setPen(pen)
            painter.setBrush(self._fill(iso3, land, faded_to))
            painter.drawEllipse(center, radius, radius)

    def _paint_legend(self, painter: QPainter, sea: QColor, ink: QColor) -> None:
        metrics = QFontMetrics(self.font())
        line = metrics.height() + 2
        swatch = metrics.height() - 4
        rows = ([self._legend_title] if self._legend_title else []) + [label for label, _ in self._legend]
        width = max(metrics.horizontalAdvance(r) for r in rows) + swatch + 18
        height = line * len(rows) + 8
        box = QRectF(MARGIN + 4, self.height() - MARGIN - 4 - height, width, height)
        backdrop = QColor(sea)
        backdrop.setAlphaF(0.85)
        painter.setPen(QPen(_blend(sea, ink, 0.3), 1))
        painter.setBrush(backdrop)
        painter.drawRoundedRect(box, 4, 4)
        y = box.top() + 4
        painter.setPen(ink)
        if self._legend_title:
            bold = self.font()
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(QRectF(box.left() + 6, y, width, line), self._legend_title)
            painter.setFont(self.font())
            y += line
        for label, color in self._legend:
            painter.setPen(QPen(_blend(ink, sea, 0.4), 1))
            painter.setBrush(color)
            painter.drawRect(QRectF(box.left() + 6, y + (line - swatch) / 2, swatch, swatch))
            painter.setPen(ink)
            painter.drawText(QRectF(box.left() + 12 + swatch, y, width, line), label)
            y += line

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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        step = 40.0  # px per arrow press
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._zoom_by(1.25)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self._zoom_by(1 / 1.25)
        elif key == Qt.Key.Key_0:
            self.reset_view()
        elif key == Qt.Key.Key_Left:
            self._pan_by(step, 0)
        elif key == Qt.Key.Key_Right:
            self._pan_by(-step, 0)
        elif key == Qt.Key.Key_Up:
            self._pan_by(0, step)
        elif key == Qt.Key.Key_Down:
            self._pan_by(0, -step)
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        self._invalidate()  # palette or style change: colours come from the palette
