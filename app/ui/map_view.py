"""The world map: a choropleth painted with QPainter from the bundled map geometry.

The view knows nothing of the data: it is told colours, which countries are
dimmed, which are selected, and says which country was clicked or hovered.
Geometry is in Equal Earth km with y north; each country's QPainterPath is
built once with y flipped (at build time: see map_paths), and the view
transform (fit x zoom x pan) is applied by the painter, so zooming never
rebuilds paths.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
    qRgb,
)
from PySide6.QtWidgets import QToolTip, QWidget

from app.ui import map_paths
from app.ui.colors import outline_color, selection_color

if TYPE_CHECKING:  # typing only: each Qt class costs ms of start-up when first imported
    from PySide6.QtGui import QKeyEvent, QMouseEvent, QPaintEvent, QWheelEvent

    from app.core.geometry import WorldMap

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


class MapView(QWidget):
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

    def _view_key(self) -> tuple:
        return (self.width(), self.height(), self.devicePixelRatioF(), self._zoom,
                self._center.x(), self._center.y(), self._legend_extent)

    def _base_layer(self, transform, sea, land, faded_to) -> QPixmap:
        """Sea, land and borders, nothing dimmed; cached, so selection, hover and filter
        repaints are cheap."""
        ratio = self.devicePixelRatioF()
        key = (*self._view_key(), sea.rgba(), land.rgba(), faded_to.rgba())
        if self._base is not None and self._base_key == key:
            return self._base
        pixmap = QPixmap(QSize(round(self.width() * ratio), round(self.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(sea)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(transform)
        # Borders and coasts at 3:1 against the sea (WCAG 1.4.11): a pale country (yellow,
        # light green) still has a visible edge on a white or black sea.
        border = QPen(outline_color(self.palette()), 0.6)
        border.setCosmetic(True)  # widths in px whatever the zoom
        painter.setPen(border)
        painter.setBrush(_blend(land, faded_to, 0.5))
        painter.drawPath(self._context)
        visible = transform.inverted()[0].mapRect(QRectF(self.rect()))
        for iso3, path in self._paths.items():
            if self._boxes[iso3].intersects(visible):
                painter.setBrush(self._colors.get(iso3, land))
                painter.drawPath(path)
        painter.end()
        self._base, self._base_key = pixmap, key
        return pixmap

    def _id_layer(self, transform) -> QImage:
        """Which country each pixel shows: palette index i + 1 for the i-th path, 0 for none.

        Painted once per view (no antialiasing; a 1 px outline in the same index
        takes in the base layer's soft edge pixels), it turns dimming into a
        colour-table change: see _dim_layer.
        """
        key = self._view_key()
        if self._ids is not None and self._ids_key == key:
            return self._ids
        ratio = self.devicePixelRatioF()
        image = QImage(QSize(round(self.width() * ratio), round(self.height() * ratio)),
                       QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(0)
        painter = QPainter(image)
        painter.setTransform(transform)
        pen = QPen()
        pen.setCosmetic(True)
        pen.setWidthF(1.0)
        visible = transform.inverted()[0].mapRect(QRectF(self.rect()))
        for index, (iso3, path) in enumerate(self._paths.items(), 1):
            if self._boxes[iso3].intersects(visible):
                color = QColor(index, index, index)
                pen.setColor(color)
                painter.setPen(pen)
                painter.setBrush(color)
                painter.drawPath(path)
        painter.end()
        grey = [qRgb(i, i, i) for i in range(256)]
        self._ids = image.convertToFormat(QImage.Format.Format_Indexed8, grey)
        self._ids_key = key
        return self._ids

    def _dim_layer(self, transform, faded_to: QColor) -> QImage:
        """The countries outside the filter, veiled 70 % towards ``faded_to``; clear elsewhere.

        Drawn over the base layer this gives exactly the fill a dimmed country
        would get (its colour blended 70 % towards faded_to), yet a filter change
        costs one colour-table lookup over the image instead of repainting every
        country.
        """
        key = (*self._view_key(), faded_to.rgba(), frozenset(self._dimmed))
        if self._dim is not None and self._dim_key == key:
            return self._dim
        veil = QColor(faded_to)
        veil.setAlphaF(0.7)
        veil_rgba = veil.rgba()
        table = [0] * 256
        for index, iso3 in enumerate(self._paths, 1):
            if iso3 in self._dimmed:
                table[index] = veil_rgba
        ids = QImage(self._id_layer(transform))  # shares the pixels; the table is our own
        ids.setColorTable(table)
        self._dim = ids.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        self._dim_key = key
        return self._dim

    def _invalidate(self) -> None:
        self._base = self._dim = None
        self.update()

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
        highlight = selection_color(self.palette())
        plain = QPen(_blend(ink, sea, 0.35), 1.0)  # every marker but the selected and compared
        dimmed: dict[int, QColor] = {}  # fill colour -> its dimmed blend, made once per colour
        for iso3, point in self._points.items():
            center = transform.map(point)
            if iso3 == self._selected:
                pen, radius = QPen(highlight, 2.5), MARKER_RADIUS + 2
            elif iso3 in self._extra:
                pen, radius = QPen(ink, 1.5), MARKER_RADIUS + 1
            else:
                pen, radius = plain, MARKER_RADIUS
            painter.setPen(pen)
            color = self._colors.get(iso3, land)
            if iso3 in self._dimmed:
                rgba = color.rgba()
                if rgba not in dimmed:
                    dimmed[rgba] = _blend(color, faded_to, 0.7)
                color = dimmed[rgba]
            painter.setBrush(color)
            painter.drawEllipse(center, radius, radius)

    def _paint_legend(self, painter: QPainter, sea: QColor, ink: QColor) -> None:
        """The legend in the bottom-left corner, drawn from a cached layer: it changes only
        with the colouring, the palette or the font, not with the selection or the filter."""
        pixmap, height = self._legend_layer(sea, ink)
        painter.drawPixmap(QPointF(MARGIN + 4 - 1, self.height() - MARGIN - 4 - height - 1), pixmap)

    def _measure_legend(self) -> None:
        """The legend box's size (it sets the map's fit area, see _fit_area)."""
        if not self._legend:
            self._legend_extent = (0.0, 0.0)
            return
        metrics = QFontMetrics(self.font())
        line = metrics.height() + 2
        swatch = metrics.height() - 4
        rows = ([self._legend_title] if self._legend_title else []) + [label for label, _ in self._legend]
        width = max(metrics.horizontalAdvance(r) for r in rows) + swatch + 18
        bold = self.font()
        bold.setBold(True)
        if self._legend_title:  # drawn bold: a long (translated) title must not be clipped
            width = max(width, QFontMetrics(bold).horizontalAdvance(self._legend_title) + 12)
        extent = (float(width + 2), float(line * len(rows) + 8 + 2))
        if extent != self._legend_extent:
            self._legend_extent = extent
            self._invalidate()

    def legend_rect(self) -> QRectF:
        """Where the legend box sits in the widget (tests: it must not hide a country)."""
        width, height = self._legend_extent
        return QRectF(MARGIN + 4 - 1, self.height() - MARGIN - 4 - (height - 2) - 1, width, height)

    def _legend_layer(self, sea: QColor, ink: QColor) -> tuple[QPixmap, int]:
        ratio = self.devicePixelRatioF()
        key = (tuple((label, color.rgba()) for label, color in self._legend), self._legend_title,
               sea.rgba(), ink.rgba(), self.font().key(), ratio)
        if self._legend_cache is not None and self._legend_cache[0] == key:
            return self._legend_cache[1]
        metrics = QFontMetrics(self.font())
        line = metrics.height() + 2
        swatch = metrics.height() - 4
        width = round(self._legend_extent[0] - 2)
        height = line * (len(self._legend) + bool(self._legend_title)) + 8
        bold = self.font()
        bold.setBold(True)
        # The box sits 1 px inside the layer so its 1 px outline is not clipped.
        pixmap = QPixmap(QSize(math.ceil((width + 2) * ratio), math.ceil((height + 2) * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        box = QRectF(1, 1, width, height)
        backdrop = QColor(sea)
        backdrop.setAlphaF(0.85)
        painter.setPen(QPen(_blend(sea, ink, 0.3), 1))
        painter.setBrush(backdrop)
        painter.drawRoundedRect(box, 4, 4)
        y = box.top() + 4
        painter.setPen(ink)
        if self._legend_title:
            painter.setFont(bold)
            painter.drawText(QRectF(box.left() + 6, y, width, line), self._legend_title)
            painter.setFont(self.font())
            y += line
        swatch_pen = QPen(_blend(ink, sea, 0.4), 1)
        for label, color in self._legend:
            painter.setPen(swatch_pen)
            painter.setBrush(color)
            painter.drawRect(QRectF(box.left() + 6, y + (line - swatch) / 2, swatch, swatch))
            painter.setPen(ink)
            painter.drawText(QRectF(box.left() + 12 + swatch, y, width, line), label)
            y += line
        painter.end()
        self._legend_cache = (key, (pixmap, height))
        return pixmap, height

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
        elif (event.modifiers() & Qt.KeyboardModifier.ControlModifier
              and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)):
            self._select_towards(key)
        elif self._type_ahead(event):
            pass
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

    # -------------------------------------------------------- keyboard choice
    def _anchor(self, iso3: str) -> QPointF | None:
        """A country's point in path coordinates: its marker, or its label point (inside the
        main landmass: the box centre of France or the United States is not)."""
        if iso3 in self._points:
            return self._points[iso3]
        try:
            shape = self._world.shapes.get(iso3)  # world.json: read on the first Ctrl+arrow
        except (OSError, ValueError):  # the paths came from world.qpaths; the JSON is unreadable
            shape = None
        if shape is not None:
            return QPointF(shape.label[0], -shape.label[1])
        return self._boxes[iso3].center() if iso3 in self._boxes else None

    def _select_towards(self, key: Qt.Key) -> None:
        """Ctrl+arrow: choose the nearest country in that direction from the selected one."""
        dx, dy = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}[key]
        start = self._anchor(self._selected) if self._selected else None
        if start is None:
            start = self._transform().inverted()[0].map(QPointF(self.width() / 2, self.height() / 2))
        best, best_score = "", math.inf
        for _name, iso3 in self._keyboard_names:
            point = self._anchor(iso3) if iso3 != self._selected else None
            if point is None:
                continue
            vx, vy = point.x() - start.x(), point.y() - start.y()
            along = vx * dx + vy * dy
            if along <= 0:
                continue
            across = abs(vx * dy - vy * dx)
            score = along + 2 * across  # straight ahead beats nearer but off to the side
            if score < best_score:
                best, best_score = iso3, score
        if best:
            self._choose(best)

    def _type_ahead(self, event: QKeyEvent) -> bool:
        """Letters pick the first country whose shown name starts with what was typed (typed
        within a second); the same letter again moves on to the next such country."""
        import time

        from app.core.filters import fold

        text = event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        if not text or not (text.isalpha() or (self._typed and text in " -'")) or mods:
            return False
        now = time.monotonic()
        self._typed = (self._typed if now - self._typed_at < 1.0 else "") + fold(text)
        self._typed_at = now
        typed = self._typed
        if len(set(typed)) == 1 and len(typed) > 1:  # "ccc": the third country under C
            matches = [iso3 for name, iso3 in self._keyboard_names if name.startswith(typed[0])]
            if matches and not any(name.startswith(typed) for name, _ in self._keyboard_names):
                self._choose(matches[(len(typed) - 1) % len(matches)])
                return True
        match = next((iso3 for name, iso3 in self._keyboard_names if name.startswith(typed)), "")
        if match:
            self._choose(match)
        return True

    def _choose(self, iso3: str) -> None:
        """Select a country from the keyboard, and bring it into view if it is outside."""
        point = self._anchor(iso3)
        if point is not None:
            shown = self._transform().map(point)
            if not QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN).contains(shown):
                self._center = QPointF(point)
                self._clamp_center()
                self.update()
        self.countryClicked.emit(iso3, False)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._measure_legend()
        self._invalidate()  # palette or style change: colours come from the palette
