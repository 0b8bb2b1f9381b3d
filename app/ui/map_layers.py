"""The map's cached layers (land, country ids for hit tests, dimming veil), its outlines,
markers and legend: drawn by MapView, kept apart so the view itself stays readable."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QImage,
    QPainter,
    QPen,
    QPixmap,
    qRgb,
)

from app.ui.colors import outline_color, selection_color

if TYPE_CHECKING:  # typing only: each Qt class costs ms of start-up when first imported

    pass

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


class MapLayers:
    """Painting helpers mixed into MapView (they use its state: colours, transform, caches)."""

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
