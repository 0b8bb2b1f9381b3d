"""AppState: the one owner of the filter, the selection and the compared countries.

Views read from it and write back only through its setters; they never call each
other. Every setter returns early when the value does not change, so linked
views cannot ping-pong signals back and forth.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.models import CountrySummary, Filter
from app.core.store import Store

MAX_COMPARED = 5


class AppState(QObject):
    selectionChanged = Signal(object)  # str | None: the selected ISO3 code
    comparedChanged = Signal(tuple)  # tuple[str, ...]: up to MAX_COMPARED codes
    filterChanged = Signal(object)  # Filter; ``visible`` is already updated

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._filter = Filter()
        self._selected: str | None = None
        self._compared: tuple[str, ...] = ()
        self._all = store.summaries()
        self._visible = self._all

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
