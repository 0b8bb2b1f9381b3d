"""Immutable records returned by the store. ``None`` always means "not reported".

They are ``typing.NamedTuple`` classes rather than frozen dataclasses: the same
immutability and typing, but creating thirteen frozen dataclasses cost ~20 ms
of import time (measured), a third of the budget of ``factsheets show``.
Change a field with ``record._replace(field=value)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from app.core.vocab import TREATY_IDS  # noqa: F401 - re-exported for the views

# English labels; the GUI translates them, the PDF looks them up per language.
STATUS_LABELS = {
    "party": "State Party",
    "signatory": "Signatory",
    "not_party": "Not party",
    "withdrawal_pending": "Withdrawal announced",
    "withdrawn": "Withdrawn",
    "not_eligible": "Cannot join",
}
STATUS_ORDER = tuple(STATUS_LABELS)


class Source(NamedTuple):
    id: str
    publisher: str
    title: str
    edition: str | None
    url: str
    published: str | None
    seen: str
    quality: str


class DatasetInfo(NamedTuple):
    version: str
    as_of: str
    schema_version: int


class Country(NamedTuple):
    iso3: str
    iso2: str | None
    name: str
    name_fr: str
    name_es: str
    region: str
    subregion: str
    kind: str

    def display_name(self, language: str = "en") -> str:
        stored = {"fr": self.name_fr, "es": self.name_es}.get(language)
        if stored or language == "en":
            return stored or self.name
        from app.core.regions import country_name

        return country_name(self.iso2, self.name, language)


class Treaty(NamedTuple):
    id: str
    short_name: str
    name: str
    adopted: str | None
    entry_into_force: str | None


class DisputedDate(NamedTuple):
    """One source's value for a treaty date that another source gives differently."""

    field: str  # signed | deposited | entry_into_force | withdrawal_notified | withdrawal_effective
    value: str
    source: Source
    shown: bool  # the value the views show (the depositary's, where it gives one)


class TreatyStatus(NamedTuple):
    treaty: str
    status: str
    signed: str | None
    deposited: str | None
    deposit_type: str | None
    entry_into_force: str | None
    eif_basis: str | None  # "source", or "computed" from the treaty's own rule
    withdrawal_notified: str | None
    withdrawal_effective: str | None
    note: str | None
    source: Source  # of the standing; a date may cite another (date_source)
    date_sources: tuple[tuple[str, Source], ...] = ()  # (field, source) where not ``source``
    disputed: tuple[DisputedDate, ...] = ()

    def date_source(self, field: str) -> Source:
        return next((s for f, s in self.date_sources if f == field), self.source)

    def disputes(self, field: str) -> tuple[DisputedDate, ...]:
        return tuple(d for d in self.disputed if d.field == field)

    @property
    def label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def display_note(self) -> str | None:
        """The note written for readers (how a source was read is in the curators' locator)."""
        return self.note


class CasualtyYear(NamedTuple):
    year: int
    total: int | None
    killed: int | None
    injured: int | None
    unknown: int | None
    edition: int  # Landmine Monitor edition year that reported it
    source: Source
    note: str | None = None
    civilian: int | None = None
    child: int | None = None
    qualifier: str | None = None  # None: exact; "at_least": a floor


class CasualtySearch(NamedTuple):
    """A data year with no casualty figure, and the editions that were searched for it."""

    year: int
    editions: tuple[int, ...]  # newest first


class Indicator(NamedTuple):
    id: str
    label: str
    unit: str | None
    value_type: str  # count | usd | km2 | date | flag
    applies_to: str = "all"  # or "apmbc_parties"
    group: str = "funding"  # where views show it: app.core.vocab.INDICATOR_GROUPS


class Figure(NamedTuple):
    indicator: Indicator
    year: int | None
    value: float | int | str
    edition: str | None
    source: Source
    note: str | None = None
    qualifier: str | None = None  # None: exact; "at_least": a floor


class Event(NamedTuple):
    date: str
    kind: str
    summary: str
    source: Source


class ShownCasualties(NamedTuple):
    """The casualty figure a table cell or map country shows: total, data year, floor or not."""

    total: int
    year: int
    qualifier: str | None = None  # None: exact; "at_least": a floor


class CountrySummary(NamedTuple):
    """One row of the country table and of ``factsheets list``."""

    iso3: str
    name: str
    name_fr: str
    name_es: str
    region: str
    subregion: str
    kind: str
    apmbc_status: str | None
    apmbc_entry_into_force: str | None
    ccm_status: str | None
    latest_casualty_year: int | None
    latest_casualties: int | None
    iso2: str | None = None
    latest_casualty_qualifier: str | None = None  # "at_least" when the latest total is a floor

    @property
    def shown_casualties(self) -> ShownCasualties | None:
        """The latest figure, or None when the dataset has none."""
        if self.latest_casualties is None or self.latest_casualty_year is None:
            return None
        return ShownCasualties(self.latest_casualties, self.latest_casualty_year, self.latest_casualty_qualifier)

    def display_name(self, language: str = "en") -> str:
        stored = {"fr": self.name_fr, "es": self.name_es}.get(language)
        if stored or language == "en":
            return stored or self.name
        from app.core.regions import country_name

        return country_name(self.iso2, self.name, language)


class CountryProfile(NamedTuple):
    country: Country
    dataset: DatasetInfo
    treaties: tuple[TreatyStatus, ...]  # preferred row per treaty, in treaty order
    casualties: tuple[CasualtyYear, ...]  # preferred row per data year, oldest first
    figures: tuple[Figure, ...]
    events: tuple[Event, ...]  # oldest first
    # Editions that reported this country at all, newest first (for "not reported" notes).
    casualty_editions: tuple[int, ...] = ()
    casualty_searches: tuple[CasualtySearch, ...] = ()  # years searched without a figure
    dataset_editions: tuple[int, ...] = ()  # every Monitor edition in the dataset, newest first
    # (treaty, States Parties as of the dataset date, the treaty's entry into force): world context.
    treaty_parties: tuple[tuple[str, int, str | None], ...] = ()
    # (English data text, language) -> translation, for summaries, notes and labels.
    translations: Mapping[tuple[str, str], str] = MappingProxyType({})

    def translated(self, text: str | None, language: str) -> str | None:
        """Data text in ``language`` (English stays as it is)."""
        if not text or language == "en":
            return text
        return self.translations.get((text, language), text)

    def status(self, treaty: str) -> TreatyStatus | None:
        return next((t for t in self.treaties if t.treaty == treaty), None)

    @property
    def latest_casualties(self) -> CasualtyYear | None:
        with_total = [c for c in self.casualties if c.total is not None]
        return with_total[-1] if with_total else None

    @property
    def previous_casualties(self) -> CasualtyYear | None:
        """The year before the latest, only if the data has exactly that year."""
        latest = self.latest_casualties
        if latest is None:
            return None
        return next(
            (c for c in self.casualties if c.year == latest.year - 1 and c.total is not None),
            None,
        )

    def sources(self) -> list[Source]:
        """Every cited source, in order of first use (treaties, casualties, figures, events)."""
        seen: dict[str, Source] = {}
        cited = [
            *(s for t in self.treaties for s in (t.source, *(s for _, s in t.date_sources))),
            *(c.source for c in self.casualties),
            *(f.source for f in self.figures),
            *(e.source for e in self.events),
        ]
        for source in cited:
            seen.setdefault(source.id, source)
        return list(seen.values())


class Filter(NamedTuple):
    """What the user narrowed the country list to. The empty Filter matches everything."""

    search: str = ""
    regions: frozenset[str] = frozenset()
    subregions: frozenset[str] = frozenset()
    apmbc_status: frozenset[str] = frozenset()
    ccm_status: frozenset[str] = frozenset()
    has_casualties: bool | None = None
    iso3s: frozenset[str] = frozenset()  # explicit codes (command line, selection export)

    @property
    def is_empty(self) -> bool:
        return self == Filter()


class CoverageRow(NamedTuple):
    indicator: str
    countries_with_data: int  # or years / country-years: see ``unit``
    countries_applicable: int  # 0 when the row counts something other than countries
    note: str = ""
    unit: str = "countries"
