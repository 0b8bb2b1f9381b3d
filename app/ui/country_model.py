"""The country table's model: one row per country, the columns' text, tooltips and sort keys.

AppState decides which countries are visible; the proxy only shows that set
and sorts it (app/ui/country_table.py is the view).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)

from app.core.filters import fold, search_terms
from app.core.models import STATUS_ORDER, CountrySummary, ShownCasualties
from app.core.regions import region_name
from app.text.facts import casualty_cell, casualty_note
from app.ui.colors import STATUS_COLORS, muted_text, outline_color
from app.ui.formatting import format_date, language, status_label, translate

if TYPE_CHECKING:  # typing only: each Qt class costs ms of start-up when first imported
    from PySide6.QtCore import QPersistentModelIndex

    Index = QModelIndex | QPersistentModelIndex

COUNTRY, REGION, APMBC, EIF, CCM, CASUALTIES = range(6)
# Shown as long as they fit beside the others; on a narrow table these go first, in this
# order (the sub-region is in the Country cell's tooltip and the profile), so the table
# never scrolls sideways and no cell is cut.
OPTIONAL_COLUMNS = (REGION, EIF)

Select = QItemSelectionModel.SelectionFlag
SORT_ROLE = int(Qt.ItemDataRole.UserRole.value) + 2  # the key the proxy compares


def _status_rank(status: str | None) -> int | None:
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else None


# Sort key per column, given the interface language; None (no data) sorts last in either direction.
# Names sort as shown (localized), folded: case- and accent-blind, so "Égypte" sorts under E.
# Casualties sort by the figure of the chosen year (CountryTableModel.sort).
SORT_KEYS: dict[int, Callable[[CountrySummary, str], object]] = {
    COUNTRY: lambda r, lang: fold(r.display_name(lang)),
    REGION: lambda r, lang: f"{fold(region_name(r.region, lang))}\t{fold(region_name(r.subregion, lang))}",
    APMBC: lambda r, lang: _status_rank(r.apmbc_status),
    EIF: lambda r, lang: r.apmbc_entry_into_force,
    CCM: lambda r, lang: _status_rank(r.ccm_status),
    CASUALTIES: lambda r, lang: r.latest_casualties,
}
TEXT_COLUMNS = {COUNTRY, REGION, EIF}
OLDER = 1e9  # casualty sort: an older year's figure ranks after every figure of the chosen year

Casualties = Callable[[CountrySummary], "ShownCasualties | None"]


def _latest(row: CountrySummary) -> ShownCasualties | None:
    return row.shown_casualties


def search_rank(name: str, iso3: str, query: str) -> int:
    """How well a country matches the search box, for the row order while searching:
    0 its shown name starts with the text (or it is the ISO code), 1 every word starts a
    word of the shown name, 2 it matched otherwise (an alternative or other-language name).
    ``name`` and ``query`` are folded."""
    query = " ".join(query.split())
    if not query or name.startswith(query) or query == iso3.lower():
        return 0
    words = name.replace("-", " ").split()
    if all(any(w.startswith(term) for w in words) for term in query.split()):
        return 1
    return 2


def _swatch(color: QColor, outline: QColor, size: int = 12) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(outline)  # 3:1 against the cell, so a pale swatch (yellow) still shows
    painter.setBrush(color)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 2, 2)
    painter.end()
    return pixmap  # as the decoration itself: the view needs no QIcon


def _region_text(row: CountrySummary, lang: str) -> str:
    """The Region cell: the sub-region (the region when there is none), in the interface language."""
    return region_name(row.subregion or row.region, lang)


def _text(row: CountrySummary, column: int, lang: str = "en") -> str:
    if column == COUNTRY:
        return row.display_name(lang)
    if column == REGION:
        return _region_text(row, lang)
    if column == APMBC:
        return status_label(row.apmbc_status)
    if column == EIF:
        return format_date(row.apmbc_entry_into_force, short=True)
    if column == CCM:
        return status_label(row.ccm_status)
    return casualty_cell(row.shown_casualties, lang)


def _tooltip(row: CountrySummary, column: int, lang: str = "en") -> str:
    if column == REGION:
        return f"{region_name(row.subregion, lang)}, {region_name(row.region, lang)}"
    if column == COUNTRY:
        return f"{row.display_name(lang)} · {region_name(row.subregion, lang)}, {region_name(row.region, lang)}"
    if column == CASUALTIES:
        return casualty_note(row.display_name(lang), row.shown_casualties, None, lang)
    if column == EIF and not row.apmbc_entry_into_force:
        return translate("CountryTable", "Not in force for this country")
    return _text(row, column, lang)


class CountryTableModel(QSortFilterProxyModel):
    """Every country as items of a QStandardItemModel, filtered to AppState.visible and sorted.

    The cells live in C++ items, so painting the table calls no Python per
    cell (a Python data() was ~700 calls and several ms per repaint). Sorting
    and filtering are the proxy's; only the row test and the sort keys are ours.
    """

    def __init__(self, countries: list[CountrySummary], parent: QObject | None = None,
                 lang: str | None = None, casualties: Casualties | None = None,
                 casualty_year: int | None = None, palette: QPalette | None = None):
        super().__init__(parent)
        # Names are shown in the interface language; iso3 codes stay the keys.
        self._lang = lang = language() if lang is None else lang
        # The casualty column shows each country's figure for casualty_year, or the latest
        # before it, greyed (AppState.casualties_for); without a year, the latest figure.
        self._casualties: Casualties = casualties or _latest
        self._casualty_year = casualty_year
        self._search = ""  # folded search words: the Country order ranks matches (sort())
        self._source = QStandardItemModel(0, CASUALTIES + 1, self)
        headers = [
            translate("CountryTable", "Country"),
            translate("CountryTable", "Region"),
            translate("CountryTable", "Mine Ban Treaty"),
            translate("CountryTable", "In force"),
            translate("CountryTable", "Cluster Munitions"),
            self._casualty_header(),
        ]
        tips = [
            translate("CountryTable", "Country or area"),
            translate("CountryTable", "UN M49 sub-region (hover a cell for the region)"),
            translate("CountryTable", "Standing under the Anti-Personnel Mine Ban Convention (1997)"),
            translate("CountryTable", "Date the Mine Ban Treaty entered into force for the country"),
            translate("CountryTable", "Standing under the Convention on Cluster Munitions (2008)"),
            self._casualty_header_tip(),
        ]
        for column, (text, tip) in enumerate(zip(headers, tips, strict=True)):
            header = QStandardItem(text)
            header.setToolTip(tip)
            self._source.setHorizontalHeaderItem(column, header)
        palette = palette or QPalette()
        outline = outline_color(palette)
        self._swatches = {status: _swatch(color, outline) for status, color in STATUS_COLORS.items()}
        self._muted = QBrush(muted_text(palette))  # "no data" and older figures: 4.5:1 at least
        # Rows in name order (the default sort), folded names computed once: they are the
        # Country column's sort keys too.
        named = sorted(((fold(r.display_name(lang)), r) for r in countries), key=lambda pair: pair[0])
        self._summaries = [r for _name, r in named]
        self._codes = [r.iso3 for r in self._summaries]
        self._source_row = {code: i for i, code in enumerate(self._codes)}
        self._by_code = {r.iso3: r for r in self._summaries}
        # Raw sort keys per column, in source-row order, made when that column is first
        # sorted (start-up sorts by name only); see sort().
        self._names = [name for name, _r in named]
        self._keys: dict[int, list[object]] = {COUNTRY: self._names}
        self._texts: dict[int, set[str]] = {EIF: set(), CASUALTIES: set()}
        self._fill()
        self._visible: set[str] | None = None
        self._compared: frozenset[str] = frozenset()
        self.setSortRole(SORT_ROLE)
        self.setSourceModel(self._source)

    def _fill(self) -> None:
        """One item per cell with its text, swatch, muted colour and alignment.

        Start-up pays for every Python-to-C++ call here (1,200 cells), so a cell
        gets only what it needs: tooltips are made when asked (CountryTable.
        viewportEvent), sort keys live in ``_keys`` and labels are looked up once.
        """
        statuses = {s: status_label(s) for s in (*STATUS_ORDER, None)}
        # A plain int: converting a Python flag enum costs ~40 us per call, 200 calls.
        right = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
        align = Qt.ItemDataRole.TextAlignmentRole.value
        swatches, muted = self._swatches, self._muted
        decoration = Qt.ItemDataRole.DecorationRole.value  # ints: see ``right``
        append = self._source.appendRow
        lang = self._lang
        date_texts, casualty_texts = self._texts[EIF], self._texts[CASUALTIES]  # column widths
        for r in self._summaries:
            apmbc = QStandardItem(statuses.get(r.apmbc_status, r.apmbc_status))
            ccm = QStandardItem(statuses.get(r.ccm_status, r.ccm_status))
            for item, status in ((apmbc, r.apmbc_status), (ccm, r.ccm_status)):
                if status is None:
                    item.setForeground(muted)
                elif status in swatches:
                    item.setData(swatches[status], decoration)
            text, older = self._casualty_cell(r)
            casualty_texts.add(text)
            casualties = QStandardItem(text)
            if older:
                casualties.setForeground(muted)
            casualties.setData(right, align)
            in_force = format_date(r.apmbc_entry_into_force, short=True)
            date_texts.add(in_force)
            append([
                QStandardItem(r.display_name(lang)),
                QStandardItem(_region_text(r, lang)),
                apmbc,
                QStandardItem(in_force),
                ccm,
                casualties,
            ])

    def _casualty_cell(self, row: CountrySummary) -> tuple[str, bool]:
        """The casualty cell's text, and whether it is muted (no figure, or an older year's)."""
        figure = self._casualties(row)
        year = self._casualty_year
        older = figure is None or (year is not None and figure.year < year)
        return casualty_cell(figure, self._lang), older

    def _casualty_header(self) -> str:
        if self._casualty_year is None:
            return translate("CountryTable", "Latest casualties")
        return translate("CountryTable", "Casualties {0}").replace("{0}", str(self._casualty_year))

    def _casualty_header_tip(self) -> str:
        if self._casualty_year is None:
            return translate("CountryTable", "Mine/ERW casualties in the latest year with data (Landmine Monitor)")
        return translate("CountryTable", "Mine/ERW casualties in {0} (Landmine Monitor); a greyed figure is "
                                         "the latest from an earlier year").replace("{0}", str(self._casualty_year))

    @property
    def casualty_year(self) -> int | None:
        return self._casualty_year

    def set_casualties(self, year: int | None, casualties: Casualties | None = None) -> None:
        """Show the casualty figures of another data year (AppState.casualtyYearChanged)."""
        self._casualty_year = year
        if casualties is not None:
            self._casualties = casualties
        header = self._source.horizontalHeaderItem(CASUALTIES)
        header.setText(self._casualty_header())
        header.setToolTip(self._casualty_header_tip())
        muted, plain = self._muted, QBrush()
        self._texts[CASUALTIES] = texts = set()
        for source_row, r in enumerate(self._summaries):
            text, older = self._casualty_cell(r)
            texts.add(text)
            item = self._source.item(source_row, CASUALTIES)
            item.setText(text)
            item.setForeground(muted if older else plain)
        self._keys.pop(CASUALTIES, None)
        if self.sortColumn() == CASUALTIES:
            self.sort(CASUALTIES, self.sortOrder())

    def set_palette(self, palette: QPalette) -> None:
        """A theme switch (light <-> dark): the muted text and the swatch outlines follow."""
        muted = muted_text(palette)
        if muted == self._muted.color():
            return
        self._muted = QBrush(muted)
        outline = outline_color(palette)
        self._swatches = {status: _swatch(color, outline) for status, color in STATUS_COLORS.items()}
        decoration = Qt.ItemDataRole.DecorationRole.value
        for source_row, r in enumerate(self._summaries):
            for column, status in ((APMBC, r.apmbc_status), (CCM, r.ccm_status)):
                item = self._source.item(source_row, column)
                if status is None:
                    item.setForeground(self._muted)
                elif status in self._swatches:
                    item.setData(self._swatches[status], decoration)
        self.set_casualties(self._casualty_year)  # re-greys the older figures

    def set_search(self, text: str) -> None:
        """While searching, rows sorted by Country put the best matches first (Enter picks
        the top row): names starting with the text, then word starts, then the rest."""
        words = " ".join(search_terms(text))
        if words == self._search:
            return
        self._search = words
        if self.sortColumn() == COUNTRY:
            self.sort(COUNTRY, self.sortOrder())

    @property
    def language(self) -> str:
        """The language names are shown in."""
        return self._lang

    def texts(self, column: int) -> set[str]:
        """Every distinct cell text of a column, as shown (column widths), from the data:
        reading 1,200 items back from C++ cost ~2 ms of start-up."""
        if column in self._texts:
            return self._texts[column]
        if column == COUNTRY:
            return {r.display_name(self._lang) for r in self._summaries}
        if column == REGION:
            return self.region_texts()
        attribute = "apmbc_status" if column == APMBC else "ccm_status"
        return {status_label(s) for s in {getattr(r, attribute) for r in self._summaries}}

    def region_texts(self) -> set[str]:
        """Every Region cell's text, as shown."""
        return {_region_text(r, self._lang) for r in self._summaries}

    def tooltip(self, row: int, column: int) -> str:
        """The tooltip of a visible cell, made on demand."""
        iso3 = self.iso3_at(row)
        if not iso3:
            return ""
        summary = self._by_code[iso3]
        if column == CASUALTIES:
            return casualty_note(summary.display_name(self._lang), self._casualties(summary),
                                 self._casualty_year, self._lang)
        return _tooltip(summary, column, self._lang)

    # -- data --------------------------------------------------------------------

    @property
    def rows(self) -> list[CountrySummary]:
        """The visible rows in display order."""
        return [self._by_code[self.iso3_at(i)] for i in range(self.rowCount())]

    def set_rows(self, rows: list[CountrySummary]) -> None:
        """Show only these countries (AppState.visible)."""
        codes = {r.iso3 for r in rows}
        self.beginFilterChange()
        self._visible = None if len(codes) == len(self._codes) else codes
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_compared(self, codes: tuple[str, ...]) -> None:
        """Compared countries are shown in bold."""
        changed = self._compared ^ frozenset(codes)
        self._compared = frozenset(codes)
        for code in changed:
            source_row = self._source_row.get(code)
            if source_row is None:
                continue
            font = QFont()
            font.setBold(code in self._compared)
            for column in range(CASUALTIES + 1):
                self._source.item(source_row, column).setFont(font)

    def row_of(self, iso3: str | None) -> int | None:
        source_row = self._source_row.get(iso3) if iso3 else None
        if source_row is None:
            return None
        index = self.mapFromSource(self._source.index(source_row, 0))
        return index.row() if index.isValid() else None

    def iso3_at(self, row: int) -> str | None:
        if not 0 <= row < self.rowCount():
            return None
        return self._codes[self.mapToSource(self.index(row, 0)).row()]

    # -- proxy hooks ---------------------------------------------------------------

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        return self._visible is None or self._codes[source_row] in self._visible

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        # Write plain comparable sort values once per sort, so the proxy sorts in C++;
        # "no data" becomes a sentinel that sorts last in this direction.
        descending = order == Qt.SortOrder.DescendingOrder
        text = column in TEXT_COLUMNS
        last: object = ("" if descending else "\uffff") if text else (
            -math.inf if descending else math.inf)
        keys = self._sort_keys(column, descending)
        sort_role = SORT_ROLE
        self._source.blockSignals(True)
        try:
            for source_row, key in enumerate(keys):
                self._source.item(source_row, column).setData(
                    last if key is None else (key if text else float(key)), sort_role)
        finally:
            self._source.blockSignals(False)
        if column == self.sortColumn() and order == self.sortOrder():
            self.invalidate()  # same column again (new year, new search): the proxy's sort() is a no-op
        else:
            super().sort(column, order)

    def _sort_keys(self, column: int, descending: bool) -> list[object]:
        if column == COUNTRY and self._search:
            # Best matches first in either direction: the rank is flipped with the order.
            flip = 2 if descending else 0
            return [f"{abs(flip - search_rank(name, code, self._search))}\t{name}"
                    for name, code in zip(self._names, self._codes, strict=True)]
        keys = self._keys.get(column)
        if keys is None:
            if column == CASUALTIES:
                # (figure, older than the chosen year) -> one number: the chosen year's
                # figures rank before older ones in either direction; none sorts last.
                year = self._casualty_year
                keys = []
                for r in self._summaries:
                    figure = self._casualties(r)
                    keys.append(None if figure is None else
                                (figure.total, year is not None and figure.year < year))
            else:
                key_of, lang = SORT_KEYS[column], self._lang
                keys = [key_of(r, lang) for r in self._summaries]
            self._keys[column] = keys
        if column == CASUALTIES:
            offset = -OLDER if descending else OLDER
            return [None if k is None else k[0] + (offset if k[1] else 0) for k in keys]
        return keys

