"""Choosing a country on the map by keyboard: type-ahead by name, Ctrl+arrows to the nearest
country that way, the arrow keys and +/- for the view. Mixed into MapView."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt

from app.ui.map_layers import MARGIN

if TYPE_CHECKING:  # typing only: each Qt class costs ms of start-up when first imported
    from PySide6.QtGui import QKeyEvent


class MapKeyboard:
    """Keyboard handling mixed into MapView (it uses the view's names, transform and signals)."""

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
