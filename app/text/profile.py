"""One country profile, worded once: everything the window, the sheet and ``show`` say.

``profile_view(profile, language)`` turns the store's records into plain text
lines with numbered source references. Renderers only lay these out (markup,
fonts, colours); none of them computes a fact or chooses a word, so the pane,
the comparison, the sheet and the command line cannot disagree. The parity test
(tests/test_parity.py) holds them to it.

Footnotes are numbered by first use in one fixed order: treaties, casualties,
key figures, timeline, donor facts.
"""

from __future__ import annotations

from typing import NamedTuple

from app.core.models import CountryProfile, Event, Figure, ShownCasualties, Source, TreatyStatus
from app.core.obligations import Obligation, article4, article5, is_stale
from app.core.regions import region_name
from app.core.vocab import TREATY_DATE_FIELDS, TREATY_IDS
from app.text import catalog, facts
from app.text.i18n import (
    format_date,
    format_number,
    format_percent_change,
    format_signed,
    format_usd,
    indicator_label,
    label,
    status_label,
    treaty_name,
    unit_label,
)

OBLIGATION_IDS = frozenset({"article5_deadline", "article5_completed", "article4_deadline",
                            "stockpile_destruction_completed"})  # fmt: skip


class Line(NamedTuple):
    """A sentence or phrase with the footnotes it cites. ``lead`` is its emphasised start."""

    text: str
    refs: tuple[int, ...] = ()
    lead: str = ""

    @property
    def plain(self) -> str:
        return f"{self.lead} {self.text}".strip() if self.lead else self.text


class Cell(NamedTuple):
    text: str  # "" when the source gives no value
    refs: tuple[int, ...] = ()  # a date's own source, where it is not the standing's
    disputed: bool = False
    computed: bool = False  # entry into force computed by the treaty rule


class TreatyRow(NamedTuple):
    treaty: str
    name: str
    short_name: str  # for narrow columns (the window, the comparison)
    status: str | None  # None: no row in the dataset
    standing: Cell
    signed: Cell
    deposit: Cell
    in_force: Cell
    withdrawal: tuple[str, ...]  # "notified 10 Jul 2025", "effective 10 Jan 2026"
    note: Line | None  # the note written for readers
    disputes: tuple[Line, ...]  # "Sources disagree on the deposit date: ..."


class FigureLine(NamedTuple):
    indicator: str
    label: str
    value: str
    when: str  # "2023, LM2024"
    refs: tuple[int, ...]
    earlier: tuple[tuple[str, str, tuple[int, ...]], ...] = ()  # (value, year, refs), newest first
    sentence: str = ""  # for facts worded whole (a listing, an obligation)


class FigureGroup(NamedTuple):
    key: str
    title: str
    lines: tuple[FigureLine, ...]


class CasualtySummary(NamedTuple):
    headline: Line | None  # "293 casualties in 2024", lead "Latest in this dataset:" when old
    total: str  # the headline number alone, formatted
    stale: bool
    detail: tuple[str, ...]  # killed/injured, civilians, edition, change on the year before
    cumulative: tuple[FigureLine, ...]
    world: Line | None
    searched: Line | None
    latest: str = ""  # "293 (2024)": the headline for a grid cell
    previous: str = ""  # the data year before it, when the dataset has it
    newer: Line | None = None  # a later year reported without a total: "24 killed, 72 injured in 2023"


class EventRow(NamedTuple):
    date: str
    kind: str
    summary: str
    refs: tuple[int, ...]


class ProfileView(NamedTuple):
    iso3: str
    language: str
    title: str
    subtitle: str
    treaties: tuple[TreatyRow, ...]
    computed_note: str | None
    casualties: CasualtySummary
    chart_refs: tuple[int, ...]  # the sources of the casualty years a chart draws
    groups: tuple[FigureGroup, ...]
    lacking: str | None
    timeline: tuple[EventRow, ...]
    donor_events: tuple[EventRow, ...]
    donor_figures: tuple[FigureLine, ...]
    sources: tuple[Source, ...]
    glance: tuple[str, ...] = ()  # the at-a-glance line: standings, the obligation, the latest figure
    world: tuple[str, ...] = ()  # States Parties as of the dataset date, and entry into force
    chart_numbers: str = ""  # the chart's figures as text, for print and screen readers


class _Notes:
    """Footnote numbers by first use."""

    def __init__(self) -> None:
        self.sources: list[Source] = []

    def ref(self, *sources: Source) -> tuple[int, ...]:
        numbers = []
        for source in sources:
            ids = [s.id for s in self.sources]
            if source.id not in ids:
                self.sources.append(source)
                ids.append(source.id)
            numbers.append(ids.index(source.id) + 1)
        return tuple(dict.fromkeys(numbers))


def figure_value(f: Figure, language: str) -> str:
    """A figure as every view prints it: unit, decimals, currency magnitude, "at least"."""
    kind = f.indicator.value_type
    if kind == "date":
        return format_date(str(f.value), language)
    if kind == "usd" and isinstance(f.value, int | float):
        text = format_usd(f.value, language)
    elif isinstance(f.value, int | float):
        text = format_number(f.value, language)
        # "1.7 km²", "605 mines" (the word agrees with the number: Russian "2 мины", "5 мин");
        # people, states and the like go without a unit word.
        if f.indicator.unit == "km2":
            text = f"{text}\u00a0{unit_label(f.indicator.unit, language)}"
        elif kind == "count" and f.indicator.unit == "mines" and float(f.value).is_integer():
            text = catalog.plural("count_mines", int(f.value), language, n=text)
    else:
        text = str(f.value)
    return facts.qualified(text, f.qualifier, language)


def _when(f: Figure) -> str:
    parts = [str(f.year)] if f.year and f.indicator.value_type != "date" else []
    if f.edition and f.edition != str(f.year):
        # "LM2018" only for the Monitor's figures: another report's edition is its year.
        monitor = f.edition.isdigit() and facts.names_the_monitor(f.source)
        parts.append(f"LM{f.edition}" if monitor else f.edition)
    return ", ".join(parts)


def _figure_lines(figures: list[Figure], language: str, notes: _Notes,
                  profile: CountryProfile) -> tuple[FigureLine, ...]:  # fmt: skip
    by_indicator: dict[str, list[Figure]] = {}
    for f in figures:
        by_indicator.setdefault(f.indicator.id, []).append(f)
    lines = []
    for rows in by_indicator.values():
        rows.sort(key=lambda f: (f.year is None, f.year or 0))
        latest = rows[-1]
        label_text = profile.translated(latest.indicator.label, language) or latest.indicator.label
        name = indicator_label(latest.indicator.id, label_text, language)
        if latest.indicator.value_type == "flag":
            sentence = facts.word("listed_survivors", language, year=latest.year or "")
            lines.append(FigureLine(latest.indicator.id, name, "", "", notes.ref(latest.source), (), sentence))
            continue
        earlier = tuple(
            (figure_value(f, language), str(f.year), notes.ref(f.source)) for f in reversed(rows[:-1]) if f.year
        )
        lines.append(FigureLine(latest.indicator.id, name, figure_value(latest, language), _when(latest),
                                notes.ref(latest.source), earlier))  # fmt: skip
    return tuple(lines)


def _obligation_line(ob: Obligation | None, language: str, notes: _Notes) -> tuple[FigureLine, ...]:
    if ob is None:
        return ()
    refs = notes.ref(ob.figure.source, *(e.source for e in ob.extensions))
    key = "article5_obligation" if ob.article == 5 else "article4_obligation"
    return (FigureLine(key, "", "", "", refs, (), facts.obligation(ob, language)),)


def _treaty_row(treaty: str, t: TreatyStatus | None, language: str, notes: _Notes,
                profile: CountryProfile) -> TreatyRow:  # fmt: skip
    name = treaty_name(treaty, language)
    short = catalog.text(f"treaty_short_{treaty}", language)
    if t is None:
        empty = Cell("")
        return TreatyRow(treaty, name, short, None, Cell(label("no_data", language)), empty, empty, empty, (), None, ())
    standing_refs = notes.ref(t.source)

    def cell(field: str, text: str, computed: bool = False) -> Cell:
        if not text:
            return Cell("")
        source = t.date_source(field)
        refs = notes.ref(source) if source.id != t.source.id else ()
        return Cell(text, refs, bool(t.disputes(field)), computed)

    deposit = ""
    if t.deposited:
        kind = f" ({label(t.deposit_type, language)})" if t.deposit_type else ""
        deposit = f"{format_date(t.deposited, language)}{kind}"
    withdrawal = tuple(
        label(key, language, date=format_date(value, language))
        for key, value in (("notified", t.withdrawal_notified), ("effective", t.withdrawal_effective))
        if value
    )
    note = Line(profile.translated(t.display_note, language), standing_refs) if t.display_note else None
    disputes = []
    for field in TREATY_DATE_FIELDS:
        values = t.disputes(field)
        if values:
            disputes.append(Line(facts.disputed(t, field, language) or "", notes.ref(*(d.source for d in values))))
    return TreatyRow(
        treaty, name, short, t.status, Cell(status_label(t.status, language), standing_refs),
        cell("signed", format_date(t.signed, language)), cell("deposited", deposit),
        cell("entry_into_force", format_date(t.entry_into_force, language),
             computed=t.eif_basis == "computed" and bool(t.entry_into_force)),
        withdrawal, note, tuple(disputes),
    )  # fmt: skip


def _casualties(
    profile: CountryProfile, language: str, notes: _Notes, world_latest, cumulative: list[Figure]
) -> CasualtySummary:
    latest = profile.latest_casualties
    headline, total, stale, detail = None, "", False, []
    if latest is not None:
        shown = ShownCasualties(latest.total, latest.year, latest.qualifier)
        total = facts.figure_text(latest.total, latest.qualifier, language)
        stale = is_stale(latest.year, profile.dataset.as_of)
        text = facts.casualty_figure(shown, language)
        lead = f"{facts.word('latest_in_dataset', language)}:" if stale else ""
        headline = Line(text, notes.ref(latest.source), lead)
        parts = facts.killed_injured(latest.killed, latest.injured, language)
        if parts:
            detail.append(parts)
        shares = facts.shares(latest.civilian, latest.child, language)
        if shares:
            detail.append(shares)
        detail.append(facts.reported_in(latest.source, latest.edition, language))
        previous = profile.previous_casualties
        if previous is not None and previous.total is not None:
            change = format_signed(latest.total - previous.total, language)
            change += format_percent_change(latest.total, previous.total, language)
            detail.append(label("change_on", language, change=change, year=previous.year,
                                previous=format_number(previous.total, language)))  # fmt: skip
        else:
            detail.append(label("no_previous", language, year=latest.year - 1))
    world = None
    if world_latest is not None:
        world = Line(label("world_context", language, total=format_number(world_latest.total, language),
                           year=world_latest.year), notes.ref(world_latest.source))  # fmt: skip
    searched = facts.searched(profile, language)
    newer = _newer_parts(profile, language, notes)
    cells = []
    for record in (latest, profile.previous_casualties if latest else None):
        shown = None if record is None or record.total is None else ShownCasualties(
            record.total, record.year, record.qualifier)  # fmt: skip
        cells.append(facts.casualty_cell(shown, language) if shown else "")
    return CasualtySummary(
        headline, total, stale, tuple(detail), _figure_lines(cumulative, language, notes, profile), world,
        Line(searched) if searched else None, *cells, newer,
    )  # fmt: skip


def _newer_parts(profile: CountryProfile, language: str, notes: _Notes) -> Line | None:
    """The newest year after the headline's that the source gives only as killed and/or
    injured, without a total: shown as given, never summed into one."""
    latest = profile.latest_casualties
    after = [c for c in profile.casualties if c.total is None and (latest is None or c.year > latest.year)
             and (c.killed is not None or c.injured is not None)]  # fmt: skip
    if not after:
        return None
    c = after[-1]
    parts = facts.killed_injured(c.killed, c.injured, language)
    return Line(facts.word("casualties_parts", language, parts=parts, year=c.year), notes.ref(c.source))


def _events(events: list[Event], language: str, notes: _Notes, profile: CountryProfile) -> tuple[EventRow, ...]:
    return tuple(
        EventRow(format_date(e.date, language), facts.event_kind(e.kind, language),
                 profile.translated(e.summary, language) or "", notes.ref(e.source))  # fmt: skip
        for e in events
    )


def _glance_year(t: TreatyStatus | None) -> str:
    """The year beside a standing at a glance: the year it took effect (in force, or the
    withdrawal's effect), or the notification of a pending withdrawal; "" when unknown."""
    if t is None:
        return ""
    date = {"party": t.entry_into_force or t.deposited, "withdrawn": t.withdrawal_effective,
            "withdrawal_pending": t.withdrawal_notified}.get(t.status)  # fmt: skip
    return (date or "")[:4]


def profile_view(profile: CountryProfile, language: str, world_latest=None) -> ProfileView:
    """Every row, figure, gap and footnote of one country's profile, worded in ``language``.

    ``world_latest`` is the world's newest casualty year (a CasualtyYear), for context.
    """
    c = profile.country
    notes = _Notes()
    treaties = tuple(_treaty_row(t, profile.status(t), language, notes, profile) for t in TREATY_IDS)
    computed = any(row.in_force.computed for row in treaties)
    grouped: dict[str, list[Figure]] = {}
    for f in profile.figures:
        grouped.setdefault(f.indicator.group, []).append(f)
    casualties = _casualties(profile, language, notes, world_latest, grouped.get("casualties", []))
    chart_refs = notes.ref(*(c.source for c in reversed(profile.casualties) if c.total is not None))
    obligations = {"clearance": article5(profile), "stockpiles": article4(profile)}
    groups = []
    for key in facts.SHOWN_GROUPS:
        figures = [f for f in grouped.get(key, []) if f.indicator.id not in OBLIGATION_IDS]
        lines = _obligation_line(obligations.get(key), language, notes)
        lines += _figure_lines(figures, language, notes, profile)
        if lines:
            title = label(key, language) if key != "contamination" else facts.word("contamination", language)
            groups.append(FigureGroup(key, title, lines))
    timeline = _events([e for e in profile.events if e.kind != "donor"], language, notes, profile)
    donor_events = _events([e for e in profile.events if e.kind == "donor"], language, notes, profile)
    donor_figures = _figure_lines(grouped.get("donor", []), language, notes, profile)
    glance = []
    for row in treaties[:2]:
        if row.status is None:
            continue
        t = profile.status(row.treaty)
        year = _glance_year(t)
        glance.append(catalog.text("glance_standing_year" if year.isdigit() else "glance_standing", language,
                                   treaty=row.short_name, standing=row.standing.text, year=year))  # fmt: skip
    obligation = next((f.sentence for g in groups for f in g.lines if f.indicator == "article5_obligation"), None)
    if obligation:
        glance.append(obligation)
    if casualties.headline is not None:
        glance.append(casualties.headline.plain)
    world = tuple(
        catalog.plural("world_parties", count, language, n=format_number(count, language),
                       treaty=catalog.text(f"treaty_short_{treaty}", language),
                       date=format_date(profile.dataset.as_of, language, "long"),
                       eif=format_date(eif, language, "long"))  # fmt: skip
        for treaty, count, eif in profile.treaty_parties
    )
    drawn = [c for c in profile.casualties if c.total is not None]
    chart_numbers = catalog.text("chart_numbers", language, figures=", ".join(
        f"{c.year}: {facts.figure_text(c.total, c.qualifier, language)}" for c in drawn
    )) if len(drawn) > 1 else ""  # fmt: skip
    return ProfileView(
        glance=tuple(glance),
        world=world,
        chart_numbers=chart_numbers,
        iso3=c.iso3,
        language=language,
        title=c.display_name(language),
        subtitle=f"{region_name(c.subregion, language)} · {region_name(c.region, language)} · {c.iso3}",
        treaties=treaties,
        computed_note=label("computed_eif", language) if computed else None,
        casualties=casualties,
        chart_refs=chart_refs,
        groups=tuple(groups),
        lacking=facts.lacking(facts.groups_lacking(profile), language),
        timeline=timeline,
        donor_events=donor_events,
        donor_figures=donor_figures,
        sources=tuple(notes.sources),
    )
