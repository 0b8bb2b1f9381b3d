"""Side-by-side comparison of up to five countries (Ctrl+click in the table or on the map)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.models import CountryProfile
from app.core.regions import region_name
from app.ui.formatting import (
    casualties_text,
    deposit_label,
    format_date,
    format_figure_value,
    language,
    no_data,
    status_label,
    translate,
)
from app.ui.state import MAX_COMPARED, AppState


def comparison_rows(profiles: list[CountryProfile]) -> list[tuple[str, list[str | None]]]:
    """(row label, one cell per country; None = missing) for the comparison grid."""
    lang = language()

    def treaty_rows(treaty: str, name: str) -> list[tuple[str, list[str | None]]]:
        statuses = [p.status(treaty) for p in profiles]
        return [
            (name, [status_label(t.status) if t else None for t in statuses]),
            (translate("Compare", "{0}: joined").replace("{0}", name),
             [f"{format_date(t.deposited)} ({deposit_label(t.deposit_type)})"
              if t and t.deposited else None for t in statuses]),
            (translate("Compare", "{0}: in force").replace("{0}", name),
             [format_date(t.entry_into_force) if t and t.entry_into_force else None
              for t in statuses]),
        ]

    rows: list[tuple[str, list[str | None]]] = [
        (translate("Compare", "Region"),
         [f"{region_name(p.country.subregion, lang)}, {region_name(p.country.region, lang)}" for p in profiles]),
    ]
    rows += treaty_rows("APMBC", translate("Compare", "Mine Ban Treaty"))
    withdrawals = [
        format_date(t.withdrawal_effective or t.withdrawal_notified)
        if (t := p.status("APMBC")) and (t.withdrawal_effective or t.withdrawal_notified) else None
        for p in profiles
    ]
    if any(withdrawals):
        rows.append((translate("Compare", "Mine Ban Treaty: withdrawal"), withdrawals))
    rows += treaty_rows("CCM", translate("Compare", "Cluster Munitions"))
    rows.append((
        translate("Compare", "Latest casualties (year)"),
        [casualties_text(c.total, c.year) if (c := p.latest_casualties) else None
         for p in profiles],
    ))
    rows.append((
        translate("Compare", "Previous year"),
        [casualties_text(c.total, c.year) if (c := p.previous_casualties) else None
         for p in profiles],
    ))
    # Latest value of every indicator that at least one of the countries has.
    labels: dict[str, str] = {}
    for p in profiles:
        for f in p.figures:
            labels.setdefault(f.indicator.id, f.indicator.label)
    for indicator, label in sorted(labels.items(), key=lambda kv: kv[1]):
        cells: list[str | None] = []
        for p in profiles:
            figures = [f for f in p.figures if f.indicator.id == indicator]
            if figures:
                f = figures[-1]
                cells.append(format_figure_value(f) + (f" ({f.year})" if f.year else ""))
            else:
                cells.append(None)
        rows.append((label, cells))
    return rows


class ComparePanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("comparePanel")
        self.setAccessibleName(translate("Compare", "Comparison"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.remove = QPushButton(translate("Compare", "Remove selected column"), self)
        self.remove.setObjectName("compareRemove")
        self.remove.setAccessibleName(translate("Compare", "Remove the selected country from the comparison"))
        self.clear = QPushButton(translate("Compare", "Clear comparison"), self)
        self.clear.setObjectName("compareClear")
        self.clear.setAccessibleName(translate("Compare", "Clear comparison"))
        self.table = QTableWidget(self)
        self.table.setObjectName("compareTable")
        self.table.setAccessibleName(translate("Compare", "Countries side by side"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.remove)
        top.addWidget(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.clear.clicked.connect(lambda: state.set_compared(()))
        self.remove.clicked.connect(self._remove_current)
        self.table.horizontalHeader().sectionDoubleClicked.connect(self._select_column)
        state.comparedChanged.connect(self.show_codes)
        self.show_codes(state.compared)

    def show_codes(self, codes: tuple[str, ...]) -> None:
        profiles = [self.state.store.profile(code) for code in codes]
        self.hint.setText(
            translate("Compare", "{0} of {1} countries. Ctrl+click countries in the table or on the map "
                                 "(or press Ctrl+D) to add or remove them; double-click a column header to "
                                 "select that country.").replace("{0}", str(len(codes))).replace(
                "{1}", str(MAX_COMPARED))
        )
        self.clear.setEnabled(bool(codes))
        self.remove.setEnabled(bool(codes))
        rows = comparison_rows(profiles) if profiles else []
        names = [p.country.display_name(language()) for p in profiles]
        self.table.clear()
        self.table.setColumnCount(len(profiles))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(names)
        self.table.setVerticalHeaderLabels([label for label, _ in rows])
        muted = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for i, (label, cells) in enumerate(rows):
            # Every empty cell is a gap in this dataset, not a source saying "none".
            missing_text = no_data()
            for j, cell in enumerate(cells):
                item = QTableWidgetItem(cell if cell is not None else missing_text)
                item.setToolTip(f"{names[j]}: {label}")
                if cell is None:
                    item.setForeground(muted)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)

    @property
    def codes(self) -> tuple[str, ...]:
        return self.state.compared

    def _remove_current(self) -> None:
        column = self.table.currentColumn()
        if 0 <= column < len(self.state.compared):
            self.state.toggle_compared(self.state.compared[column])

    def _select_column(self, column: int) -> None:
        if 0 <= column < len(self.state.compared):
            self.state.select(self.state.compared[column])
