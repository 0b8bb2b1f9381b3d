"""The world overview (no country selected), worded once: the window shows it, and any
other view of the world figures can reuse it word for word.

Plain text in, plain text out: the renderer styles it and adds citation marks.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from app.core.models import STATUS_ORDER, CasualtyYear, CountrySummary, Figure, Source
from app.text import catalog
from app.text.i18n import format_number, indicator_label, status_label
from app.text.profile import figure_value

# Standings in the order every view lists them; None (no row in the dataset) last.
STANDING_ORDER = (*STATUS_ORDER, None)


class StandingCount(NamedTuple):
    status: str | None
    label: str
    count: int


class WorldFigure(NamedTuple):
    label: str
    value: str
    year: int
    source: Source


class WorldCasualties(NamedTuple):
    sentence: str  # the total stands as "{total}", for the renderer to emphasise
    total: str
    source: Source


class WorldView(NamedTuple):
    intro: str
    standings: tuple[StandingCount, ...]
    casualties: WorldCasualties | None  # None: the dataset has no world total
    no_casualties: str
    chart_title: str
    figures: tuple[WorldFigure, ...]


def _latest_per_indicator(figures: Iterable[Figure]) -> list[Figure]:
    latest: dict[str, Figure] = {}
    for f in figures:  # ordered by indicator, then year
        latest[f.indicator.id] = f
    return sorted(latest.values(), key=lambda f: f.indicator.label)


def world_view(
    countries: Iterable[CountrySummary], casualties: Iterable[CasualtyYear], figures: Iterable[Figure], language: str
) -> WorldView:
    """Mine Ban Treaty standings counted, the newest world casualty total and the newest
    world figure per indicator, in ``language``."""
    counts: dict[str | None, int] = {}
    for c in countries:
        counts[c.apmbc_status] = counts.get(c.apmbc_status, 0) + 1
    standings = tuple(
        StandingCount(s, status_label(s, language) if s else catalog.text("no_data", language), counts[s])
        for s in STANDING_ORDER
        if counts.get(s)
    )
    latest = next((y for y in reversed(list(casualties)) if y.total is not None), None)
    world = None
    if latest is not None:
        sentence = catalog.text("world_casualties", language, total="{total}", year=latest.year, edition=latest.edition)
        world = WorldCasualties(sentence, format_number(latest.total, language), latest.source)
    rows = tuple(
        WorldFigure(
            indicator_label(f.indicator.id, f.indicator.label, language), figure_value(f, language), f.year, f.source
        )
        for f in _latest_per_indicator(figures)
    )
    return WorldView(
        catalog.text("world_intro", language), standings, world,
        catalog.text("not_reported_dataset", language), catalog.text("world_chart", language), rows,
    )  # fmt: skip
