"""Charts painted with QPainter: casualties per year, and treaty membership over time.

Painted by hand rather than with QtCharts, which is a PySide6-Addons module
(~150 MB more in the packaged binary) and which would restyle poorly in a dark
palette. Both widgets only draw what they are given; the profile pane decides
what that is. Their accessible description carries the numbers as text so a
screen reader gets the data, not a picture.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.core.models import CasualtyYear
from app.text.facts import bar_label, figure_text, killed_injured, reported_in
from app.ui.colors import blend
from app.ui.formatting import format_int, language, not_reported, translate

if TYPE_CHECKING:  # typing only: each Qt class costs ms of start-up when first imported
    from PySide6.QtGui import QMouseEvent

BAR_COLOR = QColor("#21918c")  # viridis mid-point: readable on light and dark bases
LINE_COLOR = QColor("#009E73")  # Okabe-Ito bluish green, as "State Party" on the map
MARK_COLOR = QColor("#D55E00")  # Okabe-Ito vermillion: the selected country


def nice_ticks(maximum: float, count: int = 4) -> list[float]:
    """Round tick values from 0 to at least ``maximum`` (1, 2, 2.5 or 5 times a power of ten)."""
    if maximum <= 0:
        return [0.0, 1.0]
    raw = maximum / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    ticks = [0.0]
    while ticks[-1] < maximum:
        ticks.append(ticks[-1] + step)
    return ticks


class _Chart(QWidget):
    """Shared frame: title, plot rectangle, axes text in palette colours."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so its description can be read
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._title = ""
        self._empty = ""

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(380, self.fontMetrics().height() * 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(220, self.fontMetrics().height() * 9)

    def _colors(self) -> tuple[QColor, QColor, QColor, QColor]:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        ink = pal.color(QPalette.ColorRole.Text)
        return base, ink, blend(base, ink, 0.55), blend(base, ink, 0.12)

    def _frame(self, painter: QPainter, y_labels: list[str]) -> QRectF:
        """Paint background and title; return the plot rectangle."""
        base, ink, muted, grid = self._colors()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(grid, 1))
        painter.setBrush(base)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        title_rect = QRectF(8, 4, self.width() - 16, line + 2)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(self._title, Qt.TextElideMode.ElideRight,
                                                       int(title_rect.width())))
        painter.setFont(self.font())
        label_width = max((metrics.horizontalAdvance(t) for t in y_labels), default=0)
        left = 10 + label_width + 6
        return QRectF(left, 8 + line + 8, self.width() - left - 14, self.height() - 2 * line - 26)

    def _paint_empty(self, painter: QPainter) -> None:
        _base, _ink, muted, _grid = self._colors()
        self._frame(painter, [])
        painter.setPen(muted)
        painter.drawText(QRectF(self.rect()).adjusted(16, 24, -16, -8),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty)

    def _paint_y_axis(self, painter: QPainter, plot: QRectF, ticks: list[float],
                      labels: list[str]) -> None:
        _base, _ink, muted, grid = self._colors()
        top = ticks[-1] or 1
        for value, label in zip(ticks, labels, strict=True):
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            painter.drawText(QRectF(0, y - 10, plot.left() - 6, 20),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    def _paint_focus(self, painter: QPainter) -> None:
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        self.update()  # palette or font change


class CasualtyChart(_Chart):
    """Bars of recorded casualties per year; a year without a total is marked, never drawn as 0."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("casualtyChart")
        self.setAccessibleName(translate("Charts", "Casualties per year"))
        self._years: tuple[CasualtyYear, ...] = ()
        self._bars: list[tuple[QRectF, CasualtyYear]] = []

    def set_data(self, title: str, years: Sequence[CasualtyYear], empty_text: str = "") -> None:
        self._title = title
        self._years = tuple(years)
        self._empty = empty_text or translate("Charts", "No casualty figures reported")
        self.setAccessibleName(title)
        if self._years:
            values = "; ".join(f"{y.year}: {self._value(y)}" for y in self._years)
            self.setAccessibleDescription(values)
        else:
            self.setAccessibleDescription(self._empty)
        self.update()

    @property
    def years(self) -> tuple[CasualtyYear, ...]:
        return self._years

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        self._bars = []
        if not self._years:
            self._paint_empty(painter)
            self._paint_focus(painter)
            return
        _base, ink, muted, grid = self._colors()
        highest = max((y.total or 0 for y in self._years), default=0)
        ticks = nice_ticks(highest)
        labels = [format_int(t) for t in ticks]
        plot = self._frame(painter, labels)
        self._paint_y_axis(painter, plot, ticks, labels)

        first = min(y.year for y in self._years)
        last = max(y.year for y in self._years)
        slots = last - first + 1
        slot = plot.width() / slots
        bar_width = max(min(slot * 0.72, 48), 2)
        metrics = QFontMetrics(self.font())
        label_every = max(1, math.ceil(metrics.horizontalAdvance("2024 ") / slot))
        top = ticks[-1] or 1
        # A year without a total (reported without one, or absent from the data) is a
        # hatched gap the full height of the plot, labelled "n/r": never an empty slot
        # or a stub that could be read as 0.
        by_year = {y.year: y for y in self._years}
        hatch = QBrush(blend(_base, muted, 0.6), Qt.BrushStyle.BDiagPattern)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 6.0))
        small_metrics = QFontMetrics(small)
        gap_label = translate("Charts", "n/r")  # "not reported"
        for year in range(first, last + 1):
            if by_year.get(year) is not None and by_year[year].total is not None:
                continue
            x = plot.left() + (year - first + 0.5) * slot
            gap = QRectF(x - bar_width / 2, plot.top(), bar_width, plot.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(hatch)
            painter.drawRect(gap)
            if small_metrics.horizontalAdvance(gap_label) <= slot:
                painter.setFont(small)
                painter.setPen(muted)
                painter.drawText(QRectF(x - slot / 2, plot.bottom() - small_metrics.height() - 2,
                                        slot, small_metrics.height()),
                                 Qt.AlignmentFlag.AlignCenter, gap_label)
                painter.setFont(self.font())
            if year not in by_year:
                self._bars.append((QRectF(x - slot / 2, plot.top(), slot, plot.height()),
                                   CasualtyYear(year, None, None, None, None, None, None, None)))
        for y in self._years:
            x = plot.left() + (y.year - first + 0.5) * slot
            if y.total is not None:  # a year without one is a gap, drawn above
                height = plot.height() * y.total / top
                rect = QRectF(x - bar_width / 2, plot.bottom() - height, bar_width, height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(BAR_COLOR)
                painter.drawRect(rect)
                if slots <= 8:
                    painter.setPen(ink)
                    painter.drawText(QRectF(x - 40, rect.top() - metrics.height() - 1, 80,
                                            metrics.height()), Qt.AlignmentFlag.AlignCenter,
                                     bar_label(y.total, y.qualifier, language()))
            self._bars.append((QRectF(x - slot / 2, plot.top(), slot, plot.height()), y))
        painter.setPen(QPen(grid.darker(130) if grid.lightness() > 128 else grid.lighter(160), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(muted)
        for year in range(first, last + 1):
            if (last - year) % label_every:
                continue
            x = plot.left() + (year - first + 0.5) * slot
            painter.drawText(QRectF(x - 30, plot.bottom() + 3, 60, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(year))
        self._paint_focus(painter)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        for rect, y in self._bars:
            if rect.contains(pos):
                QToolTip.showText(event.globalPosition().toPoint(), self._tooltip(y), self)
                return
        QToolTip.hideText()

    @staticmethod
    def _value(y: CasualtyYear) -> str:
        if y.total is None:
            return not_reported()
        return figure_text(y.total, y.qualifier, language())

    @staticmethod
    def _tooltip(y: CasualtyYear) -> str:
        lines = [f"{y.year}: {CasualtyChart._value(y)}"]
        if y.edition is None:  # a year missing from the data altogether
            lines.append(translate("Charts", "no figure in this dataset (not 0)"))
            return "\n".join(lines)
        parts = killed_injured(y.killed, y.injured, language())
        if parts:
            lines.append(parts)
        lines.append(reported_in(y.source, y.edition, language()))
        return "\n".join(lines)


class Marker(NamedTuple):
    x: float  # fractional year
    count: int  # the curve's value there
    label: str


class MembershipChart(_Chart):
    """Cumulative number of States Parties, as a step line, with one country's joining marked.

    Clicking the plot emits ``yearClicked`` with the year under the pointer; the
    profile turns it into the country that joined then (a chart point selects).
    """

    yearClicked = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("membershipChart")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(translate("Charts", "States Parties over time"))
        self._steps: list[tuple[float, int]] = []
        self._marker: Marker | None = None
        self._note = ""
        self._end = 2026.0
        self._cache: tuple[tuple, QPixmap] | None = None
        self._geo: tuple[QRectF, float, float, float] = (QRectF(), 0.0, 1.0, 1.0)

    def set_data(self, title: str, steps: list[tuple[float, int]], end: float) -> None:
        """steps: (fractional year, count after that change), oldest first."""
        self._title = title
        self._steps = steps
        self._end = end
        self._cache = None
        self._empty = translate("Charts", "No membership data")
        self.update()

    def set_marker(self, marker: Marker | None, note: str = "") -> None:
        self._marker = marker
        self._note = note
        summary = (
            translate("Charts", "{0} States Parties by {1}")
            .replace("{0}", str(self._steps[-1][1]))
            .replace("{1}", str(int(self._steps[-1][0])))
            if self._steps
            else self._empty
        )
        extra = marker.label if marker else note
        self.setAccessibleDescription(f"{summary}. {extra}" if extra else summary)
        self.update()

    @property
    def marker(self) -> Marker | None:
        return self._marker

    def _geometry(self) -> tuple[QRectF, float, float, float]:
        """Plot rectangle, first year, span in years and y-axis top, for the current size."""
        highest = max(count for _, count in self._steps)
        ticks = nice_ticks(highest, 4)
        metrics = QFontMetrics(self.font())
        label_width = max(metrics.horizontalAdvance(format_int(t)) for t in ticks)
        left = 10 + label_width + 6
        line = metrics.height()
        plot = QRectF(left, 8 + line + 8, self.width() - left - 14, self.height() - 2 * line - 26)
        start = math.floor(self._steps[0][0])
        end = max(self._end, self._steps[-1][0])
        return plot, start, max(end - start, 1), ticks[-1] or 1

    def _point(self, x: float, count: float) -> QPointF:
        plot, start, span, top = self._geo
        return QPointF(plot.left() + plot.width() * (x - start) / span,
                       plot.bottom() - plot.height() * count / top)

    def _background(self) -> QPixmap:
        """Frame, axes and curve: the same for every country, so painted once per size."""
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        _base, _ink, muted, _grid = self._colors()
        highest = max(count for _, count in self._steps)
        ticks = nice_ticks(highest, 4)
        labels = [format_int(t) for t in ticks]
        plot = self._frame(painter, labels)
        self._paint_y_axis(painter, plot, ticks, labels)
        _plot, start, span, _top = self._geo
        end = start + span
        point = self._point
        path = QPainterPath(point(start, 0))
        previous = 0
        for x, count in self._steps:
            path.lineTo(point(x, previous))
            path.lineTo(point(x, count))
            previous = count
        path.lineTo(point(end, previous))
        area = QPainterPath(path)
        area.lineTo(point(end, 0))
        area.closeSubpath()
        fill = QColor(LINE_COLOR)
        fill.setAlphaF(0.18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawPath(area)
        painter.setPen(QPen(LINE_COLOR, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        metrics = QFontMetrics(self.font())
        painter.setPen(muted)
        step = 5 if span <= 40 else 10
        year = math.ceil(start / step) * step
        while year <= end:
            x = point(year, 0).x()
            painter.drawText(QRectF(x - 30, plot.bottom() + 3, 60, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(year))
            year += step
        painter.end()
        return pixmap

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        if not self._steps:
            self._paint_empty(painter)
            self._paint_focus(painter)
            return
        key = (self.width(), self.height(), self.palette().cacheKey(), id(self._steps))
        if self._cache is None or self._cache[0] != key:
            self._geo = self._geometry()
            self._cache = (key, self._background())
        painter.drawPixmap(0, 0, self._cache[1])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base, ink, muted, _grid = self._colors()
        plot = self._geo[0]
        point = self._point
        metrics = QFontMetrics(self.font())

        if self._marker is not None:
            at = point(self._marker.x, self._marker.count)
            painter.setPen(QPen(MARK_COLOR, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(at.x(), plot.top()), QPointF(at.x(), plot.bottom()))
            painter.setPen(QPen(base, 2))
            painter.setBrush(MARK_COLOR)
            painter.drawEllipse(at, 5, 5)
            text = self._marker.label
            width = metrics.horizontalAdvance(text) + 8
            left = at.x() + 8 if at.x() + 8 + width < plot.right() else at.x() - 8 - width
            box = QRectF(left, plot.bottom() - metrics.height() - 8, width, metrics.height() + 2)
            backdrop = QColor(base)
            backdrop.setAlphaF(0.85)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(backdrop)
            painter.drawRect(box)
            painter.setPen(ink)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        elif self._note:
            painter.setPen(muted)
            painter.drawText(plot.adjusted(8, 4, -8, -4),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, self._note)
        self._paint_focus(painter)

    def year_at(self, x: float) -> float | None:
        """Fractional year under a horizontal widget position, or None outside the plot."""
        plot, start, span, _top = self._geo
        if not self._steps or plot.width() <= 0 or not plot.left() <= x <= plot.right():
            return None
        return start + span * (x - plot.left()) / plot.width()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        year = self.year_at(event.position().x()) if event.button() == Qt.MouseButton.LeftButton else None
        if year is None:
            super().mousePressEvent(event)
            return
        self.yearClicked.emit(year)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._marker is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self._marker.label, self)
