"""Frozen records returned by the store. ``None`` always means "not reported"."""

from __future__ import annotations

from dataclasses import dataclass, field

TREATY_IDS = ("APMBC", "CCM", "CCW_P5", "CCW_AP2", "CRPD")

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
NO_DATA = "not reported"


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    title: str
    edition: str | None
    url: str
    published: str | None
    seen: str
    quality: str


@dataclass(frozen=True)
class DatasetInfo:
    version: str
    as_of: str
    schema_version: int


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str | None
    name: str
    name_fr: str
    name_es: str
    region: str
    subregion: str
    kind: str

    def display_name(self, language: str = "en") -> str:
        return {"fr": self.name_fr, "es": self.name_es}.get(language, self.name)


@dataclass(frozen=True)
class Treaty:
    id: str
    short_name: str
    name: str
    adopted: str | None
    entry_into_force: str | None


@dataclass(frozen=True)
class TreatyStatus:
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
    source: Source

    @property
    def label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class CasualtyYear:
    year: int
    total: int | None
    killed: int | None
    injured: int | None
    unknown: int | None
    edition: int  # Landmine Monitor edition year that reported it
    source: Source
    note: str | None = None


@dataclass(frozen=True)
class Indicator:
    id: str
    label: str
    unit: str | None
    value_type: str  # count | usd | km2 | date


@dataclass(frozen=True)
class Figure:
    indicator: Indicator
    year: int | None
    value: float | int | str
    edition: str | None
    source: Source
    note: str | None = None


@dataclass(frozen=True)
class Event:
    date: str
    kind: str
    summary: str
    source: Source


@dataclass(frozen=True)
class CountrySummary:
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

    def display_name(self, language: str = "en") -> str:
        return {"fr": self.name_fr, "es": self.name_es}.get(language, self.name)


@dataclass(frozen=True)
class CountryProfile:
    country: Country
    dataset: DatasetInfo
    treaties: tuple[TreatyStatus, ...]  # preferred row per treaty, in treaty order
    casualties: tuple[CasualtyYear, ...]  # preferred row per data year, oldest first
    figures: tuple[Figure, ...]
    events: tuple[Event, ...]  # oldest first
    # Editions that reported this country at all, newest first (for "not reported" notes).
    casualty_editions: tuple[int, ...] = field(default=())

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
            *(t.source for t in self.treaties),
            *(c.source for c in self.casualties),
            *(f.source for f in self.figures),
            *(e.source for e in self.events),
        ]
        for source in cited:
            seen.setdefault(source.id, source)
        return list(seen.values())


@dataclass(frozen=True)
class Filter:
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


@dataclass(frozen=True)
class CoverageRow:
    indicator: str
    countries_with_data: int
    countries_applicable: int
    note: str = ""
