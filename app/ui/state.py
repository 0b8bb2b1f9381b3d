"""AppState: the one owner of the filter, the selection and the compared countries.

Views read from it and write back only through its setters; they never call each
other. Every setter returns early when the value does not change, so linked
views cannot ping-pong signals back and forth.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.models import CountrySummary, Filter, ShownCasualties
from app.core.store import Store

MAX_COMPARED = 5


class AppState(QObject):
    selectionChanged = Signal(object)  # str | None: the selected ISO3 code
    comparedChanged = Signal(tuple)  # tuple[str, ...]: up to MAX_COMPARED codes
    filterChanged = Signal(object)  # Filter; ``visible`` is already updated
    casualtyYearChanged = Signal(int)  # the data year the table and the map show casualties for

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._filter = Filter()
        self._selected: str | None = None
        self._compared: tuple[str, ...] = ()
        self._all = store.summaries()
        self._visible = self._all
        self._casualty_year: int | None = None  # see casualty_year
        self._world_years: list[int] | None = None
        self._totals: dict[str, tuple[ShownCasualties, ...]] | None = None  # loaded on first use

    # -- reading ---------------------------------------------------------------

    @property
    def filter(self) -> Filter:
        return self._filter

    @property
    def selected(self) -> str | None:
        return self._selected

    @property
    def compared(self) -> tuple[str, ...]:
        return self._compared

    @property
    def all_countries(self) -> list[CountrySummary]:
        return self._all

    @property
    def visible(self) -> list[CountrySummary]:
        """Countries matching the current filter, sorted by name."""
        return self._visible

    def visible_codes(self) -> set[str]:
        return {c.iso3 for c in self._visible}

    def casualty_years(self) -> list[int]:
        """The years the casualty picker offers, newest first: those with a world figure."""
        if self._world_years is None:
            years = {c.year for c in self.store.casualties(None) if c.total is not None}
            self._world_years = sorted(years, reverse=True)
        return self._world_years

    @property
    def casualty_year(self) -> int | None:
        """The data year casualties are shown for; the newest world year by default."""
        if self._casualty_year is None:
            years = self.casualty_years()
            newest_country = max((c.latest_casualty_year or 0 for c in self._all), default=0)
            self._casualty_year = years[0] if years else (newest_country or None)
        return self._casualty_year

    def casualties_for(self, row: CountrySummary) -> ShownCasualties | None:
        """The figure shown for the casualty year: that year's, or the latest before it (an
        older figure, marked as such); None when there is none."""
        year = self.casualty_year
        latest = row.shown_casualties
        if latest is None or year is None:
            return None
        if self._totals is None and latest.year <= year:
            return latest  # the summary has it: no query
        if self._totals is None:
            self._totals = self.store.casualty_totals()
        earlier = [shown for shown in self._totals.get(row.iso3, ()) if shown.year <= year]
        return earlier[-1] if earlier else None

    # -- writing ---------------------------------------------------------------

    def select(self, iso3: str | None) -> None:
        if iso3 == self._selected:
            return
        self._selected = iso3
        self.selectionChanged.emit(iso3)

    def set_filter(self, flt: Filter) -> None:
        if flt == self._filter:
            return
        self._filter = flt
        self._visible = self._all if flt.is_empty else self.store.summaries(flt)
        self.filterChanged.emit(flt)

    def set_casualty_year(self, year: int) -> None:
        if year == self.casualty_year:
            return
        self._casualty_year = year
        self.casualtyYearChanged.emit(year)

    def clear_filter(self) -> None:
        self.set_filter(Filter())

    def set_compared(self, codes: tuple[str, ...]) -> None:
        codes = tuple(dict.fromkeys(codes))[-MAX_COMPARED:]
        if codes == self._compared:
            return
        self._compared = codes
        self.comparedChanged.emit(codes)

    def toggle_compared(self, iso3: str) -> None:
        """Ctrl-click: add or remove one country; the oldest drops out past the limit."""
        if iso3 in self._compared:
            self.set_compared(tuple(c for c in self._compared if c != iso3))
        else:
            self.set_compared((*self._compared, iso3))
